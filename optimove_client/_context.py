"""What the layers below the facade need to know about one call, carried in the request's extensions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import httpx

EXTENSION = "optimove"


@dataclasses.dataclass
class CallContext:
    operation_id: str
    max_retries: int | None = None  # None: the client's retry policy decides
    rate_limit_exempt: bool = False
    streaming: bool = False  # the caller reads the body itself; retries must not read it first
    attempts: int = 0  # filled in by the retry layer
    rate_limit_wait: float = 0.0  # seconds this call waited for the rate limiter
    on_rate_limit_wait: Callable[[float], None] | None = None


def context_of(request: httpx.Request) -> CallContext:
    """The call's context; requests sent without one (e.g. by hand through the client) get a fresh one."""
    context = request.extensions.get(EXTENSION)
    if not isinstance(context, CallContext):
        context = CallContext(operation_id=f"{request.method} {request.url.path}")
        request.extensions = {**request.extensions, EXTENSION: context}
    return context
