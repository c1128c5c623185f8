"""optimove_generated.facts: what the spec says of the API as a whole, written by the generator and read by
the overlay and the mock instead of writing the same facts down again."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from optimove_generated import facts

from generator.facts import render
from generator.generate import load_spec
from optimove_client import _attributes, _auth
from optimove_client.testing import auth as mock_auth
from optimove_client.testing import handlers as mock_handlers


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def test_the_facts_are_the_specs(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKey"]["name"] == facts.API_KEY_HEADER
    assert schemes["SessionToken"]["name"] == facts.SESSION_TOKEN_HEADER
    parameter = spec["components"]["parameters"]["CustomerAttributes"]
    assert parameter["x-optimove-max-items"] == facts.MAX_ATTRIBUTE_NAMES
    # The parameter's pattern allows exactly as many names: one, then up to limit - 1 more.
    more = re.search(r"\{0,(\d+)\}", parameter["schema"]["pattern"])
    assert more is not None and int(more.group(1)) + 1 == facts.MAX_ATTRIBUTE_NAMES


def test_the_overlay_and_the_mock_read_them() -> None:
    assert (_auth.API_KEY_HEADER, _auth.TOKEN_HEADER) == (facts.API_KEY_HEADER, facts.SESSION_TOKEN_HEADER)
    assert (
        facts.API_KEY_HEADER.lower(),
        facts.SESSION_TOKEN_HEADER.lower(),
    ) == (mock_auth.API_KEY_HEADER, mock_auth.TOKEN_HEADER)
    assert _attributes.MAX_ATTRIBUTES == mock_handlers.MAX_ATTRIBUTES == facts.MAX_ATTRIBUTE_NAMES


def test_another_spec_gives_other_facts(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["securitySchemes"]["ApiKey"]["name"] = "X-Other-Key"
    changed["components"]["parameters"]["CustomerAttributes"]["x-optimove-max-items"] = 5
    text = render(changed)
    assert "API_KEY_HEADER = 'X-Other-Key'" in text and "MAX_ATTRIBUTE_NAMES = 5" in text


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda s: s["components"]["parameters"]["CustomerAttributes"].pop("x-optimove-max-items"),
            "x-optimove-max-items",
        ),
        (
            lambda s: s["components"]["securitySchemes"]["ApiKey"].update({"in": "query"}),
            "securitySchemes.ApiKey",
        ),
    ],
)
def test_a_spec_without_a_fact_is_refused_by_name(spec: dict[str, Any], change: Any, words: str) -> None:
    broken = copy.deepcopy(spec)
    change(broken)
    with pytest.raises(ValueError, match=re.escape(words)):
        render(broken)
