"""What each Optimove function answers. Functions with state or cross-references have a handler in one of
the answers_* modules (answer_registry.py says what a handler returns); every other function answers rows
synthesised from its response schema.
"""

from __future__ import annotations

from typing import Any

from optimove_client.testing import (
    answers_campaigns,
    answers_customers,
    answers_general,
    answers_integrations,
    answers_mail,
    answers_names,
)
from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handler_for

# Importing these modules registers their handlers: every one is imported here, so whatever imports
# Handlers answers every function that has a handler.
ANSWER_MODULES = (
    answers_general,
    answers_names,
    answers_campaigns,
    answers_customers,
    answers_integrations,
    answers_mail,
)


class Handlers(AnswerContext):
    def answer(self, call: Call) -> Any:
        handler = handler_for(call.operation.operation_id)
        with self.state.lock:
            if handler is not None:
                return handler(self, call)
            if self.refers_to_nothing(call.params):
                return None
            if self._is_customer_list(call.operation):
                return self.customer_rows(call)
            if call.operation.success_schema is None or call.operation.acknowledges:
                return None  # nothing to return: 200 with an empty body
            return self.synth.value(call.operation.success_schema, call.params)
