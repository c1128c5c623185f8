"""Which handler answers which Optimove function: the answers_* modules register theirs with `handles`,
and `handlers.Handlers` looks them up with `handler_for`.

A handler returns None for "no data" (an empty body), a JSON value, or Rows for customer lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call

Handler = Callable[[AnswerContext, Call], Any]
_REGISTRY: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            _REGISTRY[operation_id] = handler
        return handler

    return register


def handler_for(operation_id: str) -> Handler | None:
    return _REGISTRY.get(operation_id)


def list_or_none(items: list[Any]) -> list[Any] | None:
    """An empty list is Optimove's "no data": an empty body, not `[]`."""
    return items or None
