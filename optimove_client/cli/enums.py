"""Enum values by number or by name: EventTypeID=1, CampaignProcessed, campaign_processed, CAMPAIGN_PROCESSED.

The names are the spec's x-enum-varnames, from which the generated enums take their members
(EventType.CAMPAIGN_PROCESSED); they are matched in any case, with or without underscores, and shown the
way Optimove writes them (CampaignProcessed).
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

from optimove_client._request import enum_choices


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


choices = enum_choices.of_schema
optimove_name = enum_choices.optimove_name


def refusal(schema: dict[str, Any], text: str) -> str:
    """The rule of an enum for a text that is none of its values: the client's very words, the text shown as
    the value it stands for (99, not '99', where the values are numbers)."""
    numbers = all(isinstance(value, int) for value, _ in choices(schema))
    given: object = text
    if numbers:
        with contextlib.suppress(ValueError):
            given = int(text)
    return enum_choices.one_of(choices(schema), given)


def _shown(value: Any) -> str:
    return json.dumps(value) if isinstance(value, str) else str(value)


def describe(schema: dict[str, Any]) -> str:
    """1 (CampaignProcessed), 2 (AllCampaignsProcessed), ... (string values in JSON quotes): as the errors
    list them (_enum_choices.one_of)."""
    return enum_choices.listed(choices(schema), _shown)


def enum_value(schema: dict[str, Any], text: str) -> tuple[bool, Any]:
    """(True, the value) when text is one of the enum's values or names; (False, None) otherwise."""
    for value, name in choices(schema):
        if str(value) in (text, text.strip()) or (name is not None and _key(text) == _key(name)):
            return True, value
    return False, None
