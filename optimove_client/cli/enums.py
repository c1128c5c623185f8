"""Enum values by number or by name: EventTypeID=1, CampaignProcessed, campaign_processed, CAMPAIGN_PROCESSED.

The names are the spec's x-enum-varnames, from which the generated enums take their members
(EventType.CAMPAIGN_PROCESSED); they are matched in any case, with or without underscores, and shown the
way Optimove writes them (CampaignProcessed).
"""

from __future__ import annotations

import json
import re
from typing import Any


def optimove_name(varname: str) -> str:
    """CAMPAIGN_PROCESSED -> CampaignProcessed."""
    return "".join(part.capitalize() for part in varname.split("_"))


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def choices(schema: dict[str, Any]) -> list[tuple[Any, str | None]]:
    """Each value of an enum schema with its name (None where the spec names none)."""
    names = schema.get("x-enum-varnames") or []
    return [
        (value, optimove_name(names[i]) if i < len(names) else None) for i, value in enumerate(schema["enum"])
    ]


def _shown(value: Any) -> str:
    return json.dumps(value) if isinstance(value, str) else str(value)


def describe(schema: dict[str, Any]) -> str:
    """1 CampaignProcessed, 2 AllCampaignsProcessed, ... (string values in JSON quotes)."""
    return ", ".join(f"{_shown(value)} {name}" if name else _shown(value) for value, name in choices(schema))


def enum_value(schema: dict[str, Any], text: str) -> tuple[bool, Any]:
    """(True, the value) when text is one of the enum's values or names; (False, None) otherwise."""
    for value, name in choices(schema):
        if str(value) in (text, text.strip()) or (name is not None and _key(text) == _key(name)):
            return True, value
    return False, None
