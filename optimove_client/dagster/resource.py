"""OptimoveResource: Optimove clients for Dagster assets, ops and sensors, from the resource's fields.

    from dagster import EnvVar
    from optimove_client.dagster import OptimoveResource

    optimove = OptimoveResource(api_key=EnvVar("OPTIMOVE_API_KEY"), server="5", store=EnvVar("STORE"))

    with optimove.get_client() as opt:  # in an asset, an op or a sensor
        print(opt.general.get_last_data_update())

The fields are the client's whole configuration: the process's OPTIMOVE_* variables are not read (give
them as EnvVar, which Dagster resolves when a run starts and shows by name only). Every client made here
uses the resource's store: with a store every run and sensor reaches (redis://... for runs on many
machines), they all share one call budget, one Login session and the pause a 429 asks for. Without one,
the client's default store, a SQLite file of the user cache folder, is shared by the runs of one machine.

The settings are checked by the client's own constructor when a run or a sensor starts, before any call;
a mistake names the field and the rule, never a secret. Secrets (api_key, password, and the store, whose
URL may hold a Redis password) are never in the resource's repr, nor in a validation error.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

from dagster import ConfigurableResource, InitResourceContext
from pydantic import ConfigDict, Field

from optimove_client._client import AsyncOptimove, Optimove
from optimove_client._config import defaults as _defaults
from optimove_client._config.policies import RateLimit
from optimove_client._store import urls
from optimove_client.errors import ConfigurationError

_NAME = "OptimoveResource"
_T = TypeVar("_T")


class OptimoveResource(ConfigurableResource):
    """Optimove clients made from these fields (see the module's description): `get_client()` in a with
    block, `get_async_client()` in an async with block. Each is closed when its block ends."""

    # A value of the wrong type is not quoted in the validation error: it may be a secret.
    model_config = ConfigDict(hide_input_in_errors=True)

    api_key: str | None = Field(
        default=None, repr=False, description="The API key (a secret: give it as EnvVar('OPTIMOVE_API_KEY'))."
    )
    username: str | None = Field(default=None, description="A user name, with password: Login sessions.")
    password: str | None = Field(
        default=None, repr=False, description="The user's password (a secret: give it as an EnvVar)."
    )
    server: str | None = Field(
        default=None,
        description="The account's server number ('5': https://api5.optimove.net), or 'sandbox'.",
    )
    base_url: str | None = Field(
        default=None, description="Any host instead of server: a proxy, or the mock (http://127.0.0.1:8080)."
    )
    store: str | None = Field(
        default=None,
        repr=False,
        description=(
            "The store every run and sensor shares (one call budget, one Login session): "
            "redis://HOST:PORT/DB for runs on many machines, sqlite:///PATH for one. Default: a SQLite "
            "file of the user cache folder. May hold a password: give it as an EnvVar."
        ),
    )
    timeout: float | None = Field(
        default=None,
        description=f"Seconds an attempt of a call may take (default {_defaults.READ_TIMEOUT:g}).",
    )
    max_retries: int | None = Field(
        default=None, description=f"Retries of a failed call (default {_defaults.MAX_RETRIES})."
    )
    rate_limit: str | None = Field(
        default=None,
        description="The call budget: windows of CALLS/SECONDS ('2000/3600,50/10'), or 'off'.",
    )

    def client_arguments(self) -> dict[str, Any]:
        """Optimove(...)'s keyword arguments: the fields that are set, and no environment."""
        self._refuse_missing()
        given = {
            "api_key": self.api_key, "username": self.username, "password": self.password,
            "server": self.server, "base_url": self.base_url, "store": self.store,
            "timeout": self.timeout, "max_retries": self.max_retries,
        }  # fmt: skip
        arguments: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
        if self.rate_limit is not None:
            arguments["rate_limit"] = _checked(lambda: RateLimit.parse(str(self.rate_limit), "rate_limit"))
        return {**arguments, "environ": {}}

    @contextlib.contextmanager
    def get_client(self) -> Iterator[Optimove]:
        """A new Optimove client of the resource, closed when the with block ends."""
        arguments = self.client_arguments()
        with _checked(lambda: Optimove(**arguments)) as opt:
            yield opt

    @contextlib.asynccontextmanager
    async def get_async_client(self) -> AsyncIterator[AsyncOptimove]:
        """A new AsyncOptimove client of the resource, closed when the async with block ends."""
        arguments = self.client_arguments()
        async with _checked(lambda: AsyncOptimove(**arguments)) as opt:
            yield opt

    def setup_for_execution(self, context: InitResourceContext) -> None:
        """Every field checked when a run or a sensor starts, by the client's own constructor (which sends
        nothing and connects to no store): a mistake fails there, before any call."""
        with self.get_client():
            pass

    def describe(self) -> str:
        """What the resource is, without a secret: the server, the kind of credentials, the store redacted."""
        where = self.base_url or (f"server {self.server}" if self.server else "no server")
        who = "api key" if self.api_key else f"login {self.username!r}" if self.username else "no credentials"
        store = "" if self.store is None else f", store={urls.redacted(self.store)!r}"
        return f"{_NAME}({where}, {who}{store})"

    def __repr__(self) -> str:
        return self.describe()

    def __str__(self) -> str:
        return self.describe()

    def _refuse_missing(self) -> None:
        """Fields that must be set, named as the resource names them (the client's own message would point
        at OPTIMOVE_* variables, which the resource does not read)."""
        login = (self.username is not None, self.password is not None)
        if self.api_key is None and login == (False, False):
            raise ConfigurationError(
                f"{_NAME}: no credentials: set api_key (EnvVar('OPTIMOVE_API_KEY')), or username and password"
            )
        if self.api_key is None and login != (True, True):
            given, missing = ("username", "password") if self.password is None else ("password", "username")
            raise ConfigurationError(f"{_NAME}: {given} is set without {missing}: a Login takes both")
        if self.server is None and self.base_url is None:
            raise ConfigurationError(
                f"{_NAME}: no server: set server ('5': https://api5.optimove.net, or 'sandbox') or base_url"
            )


def _checked(make: Callable[[], _T]) -> _T:
    """make(), with its ConfigurationError naming the resource (the client's message names the field and
    the rule, never a value: it may be a secret)."""
    try:
        return make()
    except ConfigurationError as error:
        raise ConfigurationError(f"{_NAME}: {error}") from None
