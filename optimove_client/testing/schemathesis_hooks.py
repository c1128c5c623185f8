"""schemathesis hooks for running `schemathesis run` with the shipped spec against the mock (or Optimove).

    SCHEMATHESIS_HOOKS=optimove_client.testing.schemathesis_hooks schemathesis run SPEC --url URL ...

Some answers of Optimove cannot be written in OpenAPI (the empty "no data" 200, the 400 of a rule outside
JSON Schema such as x-optimove-required-one-of), and schemathesis would report them as failures: this
hook drops exactly those (contract_excuses.py says which) and keeps every other failure.

Loading it registers the hook for every schemathesis run of the process. It reads the shipped spec
(optimove_generated/openapi.json) to know each function.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import schemathesis
from schemathesis.core.failures import Failure
from schemathesis.core.transport import Response

from optimove_client.testing.contract_excuses import excused
from optimove_client.testing.spec import Operation, load_spec


def _operation(case: schemathesis.Case[Any]) -> Operation | None:
    definition = case.operation.definition.raw
    operation_id = definition.get("operationId") if isinstance(definition, Mapping) else None
    return load_spec().by_id.get(operation_id) if isinstance(operation_id, str) else None


@schemathesis.hook
def filter_failure(
    context: schemathesis.HookContext, failure: Failure, case: schemathesis.Case[Any], response: Response
) -> bool:
    """Keep every failure but the excused ones."""
    operation = _operation(case)
    if operation is None:
        return True
    return not excused(failure.code, operation, response.status_code, response.content, case.query)
