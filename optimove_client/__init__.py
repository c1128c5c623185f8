"""optimove-client: a typed Python client for Optimove's REST API v3.

    from optimove_client import Optimove

    with Optimove(api_key="...", server=5) as opt:
        day = opt.general.get_last_data_update()

Every function of the API is `opt.<category>.<function>(...)`; AsyncOptimove is the same with await.
The generated client underneath is optimove_client.generated (`from optimove_client.generated import models`).

Names are imported when first used: `import optimove_client` (and the command line's --help) does not
load httpx and the generated package until a client or a model is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from optimove_client._config.log import configure_from_environment
from optimove_client._lazy import lazy_names
from optimove_client._version import __version__

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports each name when first used
    from optimove_generated.protocols import BatchProgress as BatchProgress
    from optimove_generated.protocols import BatchSummary as BatchSummary
    from optimove_generated.protocols import Page as Page
    from optimove_generated.protocols import PageList as PageList
    from optimove_generated.protocols import PagingProgress as PagingProgress

    from optimove_client import generated as generated
    from optimove_client._client import AsyncOptimove as AsyncOptimove
    from optimove_client._client import Optimove as Optimove
    from optimove_client._config.policies import RateLimit as RateLimit
    from optimove_client._config.policies import RetryPolicy as RetryPolicy
    from optimove_client._transport.budget_report import BudgetReport as BudgetReport
    from optimove_client._transport.budget_report import WindowReport as WindowReport
    from optimove_client._transport.clock import Clock as Clock
    from optimove_client._transport.clock import SystemClock as SystemClock
    from optimove_client._transport.ratelimit import RateLimiter as RateLimiter
    from optimove_client._transport.ratelimit import SlidingWindowLimiter as SlidingWindowLimiter
    from optimove_client.errors import APIConnectionError as APIConnectionError
    from optimove_client.errors import APIStatusError as APIStatusError
    from optimove_client.errors import APITimeoutError as APITimeoutError
    from optimove_client.errors import AttributeValuesMismatchError as AttributeValuesMismatchError
    from optimove_client.errors import AuthenticationError as AuthenticationError
    from optimove_client.errors import BadRequestError as BadRequestError
    from optimove_client.errors import BatchError as BatchError
    from optimove_client.errors import ClientClosedError as ClientClosedError
    from optimove_client.errors import ConfigurationError as ConfigurationError
    from optimove_client.errors import ConflictError as ConflictError
    from optimove_client.errors import MethodNotAllowedError as MethodNotAllowedError
    from optimove_client.errors import MissingExtraError as MissingExtraError
    from optimove_client.errors import NotFoundError as NotFoundError
    from optimove_client.errors import OptimoveError as OptimoveError
    from optimove_client.errors import PermissionDeniedError as PermissionDeniedError
    from optimove_client.errors import RateLimitError as RateLimitError
    from optimove_client.errors import ResponseParseError as ResponseParseError
    from optimove_client.errors import ServerError as ServerError
    from optimove_client.errors import StoreError as StoreError
    from optimove_client.errors import TokenExpiredError as TokenExpiredError
    from optimove_client.errors import UnexpectedStatusError as UnexpectedStatusError
    from optimove_client.errors import ValidationError as ValidationError

_ERRORS = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AttributeValuesMismatchError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "MethodNotAllowedError",
    "MissingExtraError",
    "NotFoundError",
    "OptimoveError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "StoreError",
    "TokenExpiredError",
    "UnexpectedStatusError",
    "ValidationError",
)
_WHERE = {
    "AsyncOptimove": "optimove_client._client",
    "Optimove": "optimove_client._client",
    "BudgetReport": "optimove_client._transport.budget_report",
    "WindowReport": "optimove_client._transport.budget_report",
    "Clock": "optimove_client._transport.clock",
    "SystemClock": "optimove_client._transport.clock",
    "RateLimit": "optimove_client._config.policies",
    "RetryPolicy": "optimove_client._config.policies",
    "RateLimiter": "optimove_client._transport.ratelimit",
    "SlidingWindowLimiter": "optimove_client._transport.ratelimit",
    # what paging hands out: a page of .pages(), a plain call's list (has_more), an on_progress report
    **dict.fromkeys(
        ("BatchProgress", "BatchSummary", "Page", "PageList", "PagingProgress"),
        "optimove_generated.protocols",
    ),
    **dict.fromkeys(_ERRORS, "optimove_client.errors"),
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOptimove",
    "AttributeValuesMismatchError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchProgress",
    "BatchSummary",
    "BudgetReport",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "MethodNotAllowedError",
    "MissingExtraError",
    "NotFoundError",
    "Optimove",
    "OptimoveError",
    "Page",
    "PageList",
    "PagingProgress",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "SlidingWindowLimiter",
    "StoreError",
    "SystemClock",
    "TokenExpiredError",
    "UnexpectedStatusError",
    "ValidationError",
    "WindowReport",
    "__version__",
    "generated",
]

configure_from_environment()


_name_of = lazy_names(globals(), _WHERE)


def __getattr__(name: str) -> Any:
    if name == "generated":  # a module, not a name of one
        value = importlib.import_module("optimove_client.generated")
        globals()[name] = value
        return value
    return _name_of(name)


def __dir__() -> list[str]:
    return sorted(__all__)
