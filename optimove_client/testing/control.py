"""The control endpoints (MockConfig.control_endpoints, `--control`): what a test in any language needs to
drive a served mock, under a prefix that Optimove never uses. Off unless asked for.

  GET    /_mock/counters          calls in all and by function, 429s for a full budget, Logins and refusals
  GET    /_mock/faults            the faults waiting to fire
  POST   /_mock/faults            arm one: {"fault": 503, "operation": "GetAllActions", "times": 3}
  DELETE /_mock/faults            drop every waiting fault
  POST   /_mock/sessions/expire   expire every Login session now: its token is answered 403, as Optimove does

Control calls are not calls of Optimove: they are not counted, not limited and never meet a fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import Any

from optimove_client.testing.encoding import json_response
from optimove_client.testing.fault_syntax import fault_from_json, fault_to_json
from optimove_client.testing.faults import FaultPlan
from optimove_client.testing.messages import MockRequest, MockResponse

CONTROL_PREFIX = "/_mock"
COUNTERS = f"{CONTROL_PREFIX}/counters"
FAULTS = f"{CONTROL_PREFIX}/faults"
EXPIRE_SESSIONS = f"{CONTROL_PREFIX}/sessions/expire"

Endpoint = Callable[[MockRequest], MockResponse]


def is_control_path(path: str) -> bool:
    key = path.lower().rstrip("/")
    return key == CONTROL_PREFIX or key.startswith(CONTROL_PREFIX + "/")


class ControlEndpoints:
    """Answers the control paths; given the parts of the mock it drives, so it knows nothing else of it."""

    def __init__(
        self,
        faults: FaultPlan,
        operation_ids: Collection[str],
        counters: Callable[[], dict[str, Any]],
        expire_sessions: Callable[[], int],
    ) -> None:
        self._faults = faults
        self._operation_ids = operation_ids
        self._counters = counters
        self._expire_sessions = expire_sessions
        self._routes: dict[str, dict[str, Endpoint]] = {
            COUNTERS: {"GET": lambda _: json_response(200, self._counters())},
            FAULTS: {"GET": self._waiting, "POST": self._arm, "DELETE": self._clear},
            EXPIRE_SESSIONS: {"POST": self._expire},
        }

    def handle(self, request: MockRequest) -> MockResponse:
        methods = self._routes.get(request.path.lower().rstrip("/"))
        if methods is None:
            known = ", ".join(self._routes)
            return json_response(404, f"No control endpoint at {request.path}; there are {known}")
        endpoint = methods.get(request.method.upper())
        if endpoint is None:
            allow = ", ".join(sorted(methods))
            return json_response(405, f"{request.path} answers {allow}", ("Allow", allow))
        return endpoint(request)

    def _waiting(self, _: MockRequest) -> MockResponse:
        return json_response(200, {"faults": [fault_to_json(fault) for fault in self._faults.waiting()]})

    def _arm(self, request: MockRequest) -> MockResponse:
        try:
            body = json.loads(request.body or b"null")
        except ValueError:  # not JSON, or not UTF-8
            return json_response(400, "Cannot arm the fault: the body is not JSON")
        try:
            fault = fault_from_json(body, self._operation_ids)
        except ValueError as problem:
            return json_response(400, f"Cannot arm the fault: {problem}")
        self._faults.add(fault)
        return json_response(200, {"armed": fault_to_json(fault), "waiting": self._faults.pending})

    def _clear(self, _: MockRequest) -> MockResponse:
        return json_response(200, {"cleared": self._faults.clear()})

    def _expire(self, _: MockRequest) -> MockResponse:
        return json_response(200, {"expired": self._expire_sessions()})
