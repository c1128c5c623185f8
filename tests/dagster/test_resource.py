"""OptimoveResource: clients made from its fields (EnvVar resolved by Dagster), every setting checked by the
client's own constructor before any call, the store shared by every client it makes, and its secrets never
in a repr, a log line of a run or an error."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from typing import Any

import dagster as dg
import pydantic
import pytest

from optimove_client import ClientClosedError, ConfigurationError
from optimove_client.dagster import OptimoveResource
from optimove_client.testing import MockOptimove
from optimove_client.testing.serve import MockServer

# The mock's credentials, and a Redis password: unlike its defaults, each is found if it ever leaks.
API_KEY = "Qz9-resource-test-key"
PASSWORD = "Wv4-resource-test-password"
REDIS_PASSWORD = "Kx2-redis-password"


@pytest.fixture
def secret_mock() -> MockOptimove:
    return MockOptimove(
        customers=10, rate_limits=(), api_keys=frozenset({API_KEY}), users=(("ann", PASSWORD),)
    )


@pytest.fixture
def secret_served(secret_mock: MockOptimove) -> Iterator[str]:
    with MockServer(secret_mock) as server:
        yield server.base_url


def test_a_client_of_the_resource_calls_optimove_and_is_closed_after_its_block(
    optimove: OptimoveResource,
) -> None:
    with optimove.get_client() as opt:
        assert opt.general.get_last_data_update() == datetime.date(2024, 6, 30)
    with pytest.raises(ClientClosedError):
        opt.general.get_last_data_update()


def test_the_async_client_too(optimove: OptimoveResource) -> None:
    async def last_update() -> Any:
        async with optimove.get_async_client() as opt:
            day = await opt.general.get_last_data_update()
        with pytest.raises(ClientClosedError):
            await opt.general.get_last_data_update()
        return day

    assert asyncio.run(last_update()) == datetime.date(2024, 6, 30)


def test_every_client_of_the_resource_shares_its_store_and_so_the_budget(
    mock: MockOptimove, served: str, store: str
) -> None:
    optimove = OptimoveResource(api_key=mock.api_key, base_url=served, store=store)
    with optimove.get_client() as first:
        first.general.get_last_data_update()
    with optimove.get_client() as second:  # another run, or the sensor
        general = [window for window in second.budget().windows if window.budget == "general"]
    assert general and all(window.used == 1 for window in general)  # the first client's call


def test_secrets_are_never_in_the_repr(secret_served: str) -> None:
    store = f"redis://:{REDIS_PASSWORD}@cache:6379/0"
    for resource in (
        OptimoveResource(api_key=API_KEY, base_url=secret_served, store=store),
        OptimoveResource(username="ann", password=PASSWORD, server="5", store=store),
    ):
        shown = repr(resource) + str(resource) + resource.describe()
        assert API_KEY not in shown and PASSWORD not in shown and REDIS_PASSWORD not in shown
        assert "cache:6379" in shown  # the store, redacted


def test_a_run_with_secrets_from_the_environment_logs_none_of_them(
    secret_mock: MockOptimove,
    secret_served: str,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TEST_OPTIMOVE_PASSWORD", PASSWORD)
    resource = OptimoveResource(
        username="ann", password=dg.EnvVar("TEST_OPTIMOVE_PASSWORD"), base_url=secret_served
    )

    @dg.asset
    def last_update(
        context, optimove: OptimoveResource
    ) -> str:  # context: a string annotation Dagster refuses
        context.log.info(f"reading with {optimove}")
        with optimove.get_client() as opt:
            return str(opt.general.get_last_data_update())

    result = dg.materialize([last_update], resources={"optimove": resource})
    assert result.success and result.output_for_node("last_update") == "2024-06-30"
    assert secret_mock.calls.by_operation["Login"] == 1  # the password was used...
    logged = "\n".join(str(event) for event in result.all_events) + "".join(capfd.readouterr())
    assert "reading with OptimoveResource(" in logged and "login 'ann'" in logged
    assert PASSWORD not in logged  # ...and never shown


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "no credentials: set api_key (EnvVar('OPTIMOVE_API_KEY')), or username and password"),
        ({"username": "ann"}, "username is set without password: a Login takes both"),
        ({"password": PASSWORD}, "password is set without username: a Login takes both"),
        ({"api_key": API_KEY, "base_url": None}, "no server: set server ('5': https://api5.optimove.net"),
        ({"api_key": f"{API_KEY} x"}, "api_key has a space (character 22): it is sent in the X-API-KEY"),
        ({"api_key": API_KEY, "server": "5"}, "give server or base_url, not both"),
        ({"api_key": API_KEY, "server": "api5", "base_url": None}, "server must be a number such as 5"),
        ({"api_key": API_KEY, "rate_limit": "2000"}, "rate_limit"),
        ({"api_key": API_KEY, "store": f"redis://:{REDIS_PASSWORD}@cache:port"}, "store"),
        ({"api_key": API_KEY, "timeout": -1.0}, "timeout must be a positive number of seconds"),
        ({"api_key": API_KEY, "username": "ann", "password": PASSWORD}, "give one kind of credentials"),
    ],
)  # fmt: skip
def test_a_bad_setting_is_refused_in_words_before_any_call(
    secret_mock: MockOptimove, secret_served: str, fields: dict[str, Any], message: str
) -> None:
    resource = OptimoveResource(**{"base_url": secret_served, **fields})
    message = f"OptimoveResource: {message}"
    with pytest.raises(ConfigurationError) as refused, resource.get_client():
        pass
    assert str(refused.value).startswith(message)
    assert API_KEY not in str(refused.value) and PASSWORD not in str(refused.value)
    assert REDIS_PASSWORD not in str(refused.value)

    @dg.asset
    def uses_optimove(optimove: OptimoveResource) -> None:
        raise AssertionError("the run must stop when its resource starts")

    result = dg.materialize([uses_optimove], resources={"optimove": resource}, raise_on_error=False)
    assert not result.success
    failed = "\n".join(str(event) for event in result.all_events)
    assert message in failed and API_KEY not in failed and PASSWORD not in failed
    assert secret_mock.calls.total == 0  # nothing was sent


def test_a_value_of_the_wrong_type_is_not_quoted() -> None:
    with pytest.raises(pydantic.ValidationError) as refused:
        OptimoveResource(api_key=9_876_543_210)
    assert "api_key" in str(refused.value) and "9876543210" not in str(refused.value)
