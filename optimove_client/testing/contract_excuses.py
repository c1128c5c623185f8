"""Which failures schemathesis reports against the mock (or Optimove) are answers that OpenAPI cannot
describe, by failure code (schemathesis's codes are stable: never renumbered or reused).

Three such answers, and nothing else:
- "no data": a function whose 200 answer is JSON answers 200 with an empty body when its inputs point at
  nothing (an unknown ID, a date without data): its missing Content-Type (ST104) and its body that is not
  JSON (ST109);
- exactly one of a group of query parameters (the spec's x-optimove-required-one-of): a request that
  gives none or two of them is answered 400, which schemathesis takes for a valid request rejected
  (ST202), when the request did break the rule;
- attribute names that GetCustomerAttributeList does not list (CustomerAttributes,
  ChangedCustomerAttribute): any text is valid to the spec, an unknown name is answered 400 (ST202).

No schemathesis here: schemathesis_hooks.py registers the hook, and importing that changes every
schemathesis run of the process.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from optimove_client.testing.spec import Operation

NO_DATA_FAILURES = frozenset({"ST104", "ST109"})  # missing Content-Type, not JSON
REJECTED_VALID_REQUEST = "ST202"
ATTRIBUTE_NAMES = frozenset({"customerattributes", "changedcustomerattribute", "changedcustomerattributes"})
UNKNOWN_ATTRIBUTE = b"unknown attribute"  # how the mock's 400 says it


def is_no_data(operation: Operation, status: int, body: bytes) -> bool:
    """The empty 200 of a function whose 200 answer the spec describes as JSON."""
    return status == 200 and not body and operation.success_schema is not None


def breaks_required_one_of(operation: Operation, query: Mapping[str, Any] | None) -> bool:
    """The query gives none, or more than one, of a group of x-optimove-required-one-of."""
    given = {name.lower() for name, value in (query or {}).items() if value is not None}
    return any(sum(name.lower() in given for name in group) != 1 for group in operation.required_one_of)


def names_an_unknown_attribute(status: int, body: bytes, query: Mapping[str, Any] | None) -> bool:
    """A 400 for an attribute name the account does not have, in a parameter that names attributes."""
    names_attributes = any(name.lower() in ATTRIBUTE_NAMES for name in query or {})
    return status == 400 and names_attributes and UNKNOWN_ATTRIBUTE in body


def excused(
    failure_code: str, operation: Operation, status: int, body: bytes, query: Mapping[str, Any] | None
) -> bool:
    """Whether this failure is one of the answers OpenAPI cannot describe."""
    if failure_code in NO_DATA_FAILURES:
        return is_no_data(operation, status, body)
    if failure_code == REJECTED_VALID_REQUEST and status == 400:
        return breaks_required_one_of(operation, query) or names_an_unknown_attribute(status, body, query)
    return False
