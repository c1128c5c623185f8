"""optimove-client: a typed Python client for Optimove's REST API v3.

    from optimove_client import Optimove

    with Optimove(api_key="...", server=5) as opt:
        day = opt.general.get_last_data_update()

Every function of the API is `opt.<category>.<function>(...)`; AsyncOptimove is the same with await.
The generated client underneath is available as optimove_client.generated.
"""

import optimove_generated as generated

from optimove_client._client import AsyncOptimove, Optimove
from optimove_client._clock import Clock, SystemClock
from optimove_client._config import RateLimit, RetryPolicy
from optimove_client._log import configure_from_environment
from optimove_client._ratelimit import RateLimiter, SlidingWindowLimiter
from optimove_client._version import __version__
from optimove_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    MethodNotAllowedError,
    NotFoundError,
    OptimoveError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    TokenExpiredError,
    ValidationError,
)

configure_from_environment()

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOptimove",
    "AuthenticationError",
    "BadRequestError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Optimove",
    "OptimoveError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "SlidingWindowLimiter",
    "SystemClock",
    "TokenExpiredError",
    "ValidationError",
    "__version__",
    "generated",
]
