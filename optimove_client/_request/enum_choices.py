"""The valid values of an enum, each with the name Optimove gives it, for the messages of the client and
the CLI: "must be one of 1 (CampaignProcessed), 2 (AllCampaignsProcessed), ..., not 99".

The names are the spec's x-enum-varnames, from which the generated enums take their members
(EventType.CAMPAIGN_PROCESSED), written the way Optimove writes them (CampaignProcessed).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from optimove_client._request.input_rules import brief

Choice = tuple[Any, str | None]  # a value, and its name where it has one


def optimove_name(varname: str) -> str:
    """CAMPAIGN_PROCESSED -> CampaignProcessed."""
    return "".join(part.capitalize() for part in varname.split("_"))


def of_enum(kind: type[enum.Enum]) -> list[Choice]:
    """The values of a generated enum with their names."""
    return [(member.value, optimove_name(member.name)) for member in kind]


def of_schema(schema: dict[str, Any]) -> list[Choice]:
    """The values of an enum schema with their names (None where the spec names none)."""
    names = schema.get("x-enum-varnames") or []
    return [
        (value, optimove_name(names[i]) if i < len(names) else None) for i, value in enumerate(schema["enum"])
    ]


def listed(choices: Iterable[Choice], shown: Callable[[Any], str] = brief) -> str:
    """Every value with its name: "1 (CampaignProcessed), 2 (AllCampaignsProcessed), ..."."""
    return ", ".join(f"{shown(value)} ({name})" if name else shown(value) for value, name in choices)


def one_of(choices: Iterable[Choice], given: object) -> str:
    """The rule of an enum, every valid value listed with its name, and the value given."""
    return f"must be one of {listed(choices)}, not {brief(given)}"
