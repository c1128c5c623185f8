"""Whether a query parameter's wire value keeps its rule (optimove_generated.operation.Rule).

The generator writes each parameter's schema as a Rule where the schema is a plain one (all of the spec's
are). Each check here is the JSON Schema validator's own for that keyword, and a value passes only if it
passes every one, so a value kept is valid by the schema. A value not kept goes to the validator, which
finds what it breaks and words the error: the rule never refuses anything itself. Calls without a body
never import the validator (about 40 ms of every start).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from optimove_generated.operation import Rule

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # jsonschema's "date" format: this shape, a real date


def _is_date(text: str) -> bool:
    if _DATE.fullmatch(text) is None:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _keeps_integer(rule: Rule, value: int) -> bool:
    return (rule.minimum is None or value >= rule.minimum) and (rule.maximum is None or value <= rule.maximum)


def _keeps_string(rule: Rule, value: str) -> bool:
    return (
        (rule.min_length is None or len(value) >= rule.min_length)
        and (rule.pattern is None or re.search(rule.pattern, value) is not None)
        and (rule.enum is None or value in rule.enum)
        and (rule.format is None or _is_date(value))
    )


def keeps(rule: Rule, value: Any) -> bool:
    """True when value certainly satisfies the rule; False when the validator should look at it."""
    if rule.type == "integer":
        return isinstance(value, int) and not isinstance(value, bool) and _keeps_integer(rule, value)
    if rule.type == "string":
        return isinstance(value, str) and _keeps_string(rule, value)
    return rule.type == "boolean" and isinstance(value, bool)
