"""The API key, the password and the session token never appear in logs, reprs, messages or tracebacks.

A whole session runs with every logger involved at DEBUG: API key calls, a Login, a refused Login, a 403
with a re-login, a retried call and errors; then everything a user can see is searched for the secrets.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from optimove_client import AsyncOptimove, Optimove, OptimoveError
from optimove_client._config import log as _log
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import AsyncSpy, Spy, run

API_KEY = "SECRET-api-key-5f2a9c"
USERNAME = "analyst"
PASSWORD = "SECRET-password-81b7"
WRONG_PASSWORD = "SECRET-wrong-password-33d1"
LOGGERS = ("optimove_client", "httpx", "httpcore")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def _visible(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _session(mode: str, mock: MockOptimove, clock: ManualClock) -> tuple[list[str], list[str]]:
    """Run a full session; return what a user can see, and the tokens that were sent."""
    seen: list[str] = []
    spies: list[Any] = []
    common: dict[str, Any] = {"base_url": MOCK_BASE_URL, "clock": clock, "environ": {}}

    def client(**credentials: str) -> Any:
        if mode == "sync":
            spy: Any = Spy(mock.transport())
            built: Any = Optimove(transport=spy, **credentials, **common)
        else:
            spy = AsyncSpy(mock.async_transport())
            built = AsyncOptimove(transport=spy, **credentials, **common)
        spies.append(spy)
        settings = built._settings
        seen.extend(
            map(
                repr,
                (built, settings.credentials, built._parts.budget, built._parts.store, settings.decisions),
            )
        )
        seen.extend(
            map(
                repr,
                (
                    settings.decisions,
                    settings.decisions.policy,
                    settings.clock,
                    built._http.auth,
                    built._parts.session,
                ),
            )
        )
        return built

    async def call(function: Any, **arguments: Any) -> Any:
        result = function(**arguments)
        return await result if mode == "async" else result

    async def close(opt: Any) -> None:
        await (opt.aclose() if mode == "async" else _closed(opt))

    async def scenario() -> None:
        keyed = client(api_key=API_KEY)
        mock.faults.fail(503, operation="GetAllActions")
        await call(keyed.actions.get_all_actions)  # retried once
        session = client(username=USERNAME, password=PASSWORD)
        await call(session.general.get_last_data_update)  # Login
        mock.expire_tokens()
        clock.advance(2)
        await call(session.general.get_last_data_update)  # 403, Login again, replay
        mock.faults.fail(500, operation="GetLastDataUpdate", times=10)
        refused = client(username=USERNAME, password=WRONG_PASSWORD)
        for failing in (
            lambda: call(refused.general.get_last_data_update),
            lambda: call(session.with_options(max_retries=1).general.get_last_data_update),
            lambda: call(session.general.login, user_name=USERNAME, password=""),
        ):
            try:
                await failing()
            except OptimoveError as error:
                seen.extend(_visible(error))
            else:
                raise AssertionError("the call should have failed")
        for opt in (keyed, session, refused):
            await close(opt)

    run(scenario)
    tokens = [
        headers["authorization-token"]
        for spy in spies
        for headers in spy.headers
        if "authorization-token" in headers
    ]
    return seen, tokens


async def _closed(opt: Any) -> None:
    opt.close()


@pytest.mark.reliability
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_secret_in_logs_reprs_messages_or_tracebacks(
    mode: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    clock = ManualClock()
    mock = MockOptimove(
        customers=5, clock=clock, api_keys=frozenset({API_KEY}), users=((USERNAME, PASSWORD),)
    )
    seen, tokens = _session(mode, mock, clock)
    assert len(set(tokens)) == 2  # two Logins really happened, so there were tokens to leak
    assert mock.logins.rejected_credentials == 1
    logged = [record.getMessage() for record in debug_logs.records]
    logged += [debug_logs.text]
    assert any("GetAllActions" in line for line in logged)  # debug output was captured
    assert any("retry" in line for line in logged)
    text = "\n".join(seen + logged)
    for secret in (API_KEY, PASSWORD, WRONG_PASSWORD, *tokens):
        assert secret not in text


def test_optimove_log_switches_the_logger_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("optimove_client")
    saved = (logger.level, list(logger.handlers))
    monkeypatch.setenv("OPTIMOVE_LOG", "debug")
    try:
        logger.handlers.clear()
        _log.configure_from_environment()
        assert logger.level == logging.DEBUG and len(logger.handlers) == 1
        clock = ManualClock()
        mock = MockOptimove(customers=5, clock=clock, api_keys=frozenset({API_KEY}))
        with Optimove(
            api_key=API_KEY, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock, environ={}
        ) as opt:
            opt.general.get_last_data_update()
        err = capsys.readouterr().err
        assert "GetLastDataUpdate: HTTP 200" in err
        assert API_KEY not in err
    finally:
        logger.handlers[:] = saved[1]
        logger.setLevel(saved[0])


def test_secrets_do_not_pickle_or_format() -> None:
    import pickle  # noqa: PLC0415

    from optimove_client._auth.secret import Secret  # noqa: PLC0415

    secret = Secret(PASSWORD)
    assert PASSWORD not in f"{secret} {secret!r} {secret:>40}"
    with pytest.raises(TypeError):
        pickle.dumps(secret)
