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
from optimove_client._auth import headers as _auth
from optimove_client._config import defaults as _defaults
from optimove_client._config.policies import DEFAULT_RATE_LIMITS, TRANSACTIONAL_RATE_LIMITS, RateLimit
from optimove_client._request import attributes as _attributes
from optimove_client.testing import answer_context as mock_answers
from optimove_client.testing import auth as mock_auth
from optimove_client.testing.config import MockConfig


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


def test_the_budget_and_the_session_rules_are_the_specs(spec: dict[str, Any]) -> None:
    budget = spec["x-optimove-rate-limits"]
    assert tuple((w["calls"], float(w["seconds"])) for w in budget["counted"]) == facts.RATE_LIMITS
    assert tuple((w["calls"], float(w["seconds"])) for w in budget["exempt"]) == facts.EXEMPT_RATE_LIMITS
    rules = spec["components"]["securitySchemes"]["SessionToken"]["x-optimove-session"]
    assert rules["idle-seconds"] == facts.SESSION_IDLE_SECONDS
    assert rules["min-seconds-between-logins"] == facts.MIN_SECONDS_BETWEEN_LOGINS


def test_the_client_and_the_mock_keep_the_specs_budget_and_session_rules() -> None:
    limits = [(limit.calls, limit.period) for limit in DEFAULT_RATE_LIMITS]
    exempt = [(limit.calls, limit.period) for limit in TRANSACTIONAL_RATE_LIMITS]
    assert (tuple(limits), tuple(exempt)) == (facts.RATE_LIMITS, facts.EXEMPT_RATE_LIMITS)
    assert (RateLimit().calls, RateLimit().period) == facts.RATE_LIMITS[0]
    mock = MockConfig()
    assert (mock.rate_limits, mock.transactional_rate_limits) == (facts.RATE_LIMITS, facts.EXEMPT_RATE_LIMITS)
    assert mock.token_idle_seconds == _defaults.TOKEN_IDLE_LIFETIME_SECONDS == facts.SESSION_IDLE_SECONDS
    assert mock.min_login_interval_seconds == _defaults.MIN_SECONDS_BETWEEN_LOGINS
    assert _defaults.MIN_SECONDS_BETWEEN_LOGINS == facts.MIN_SECONDS_BETWEEN_LOGINS


def test_the_overlay_and_the_mock_read_them() -> None:
    assert (_auth.API_KEY_HEADER, _auth.TOKEN_HEADER) == (facts.API_KEY_HEADER, facts.SESSION_TOKEN_HEADER)
    assert (
        facts.API_KEY_HEADER.lower(),
        facts.SESSION_TOKEN_HEADER.lower(),
    ) == (mock_auth.API_KEY_HEADER, mock_auth.TOKEN_HEADER)
    assert _attributes.MAX_ATTRIBUTES == mock_answers.MAX_ATTRIBUTES == facts.MAX_ATTRIBUTE_NAMES


def test_another_spec_gives_other_facts(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["securitySchemes"]["ApiKey"]["name"] = "X-Other-Key"
    changed["components"]["parameters"]["CustomerAttributes"]["x-optimove-max-items"] = 5
    changed["x-optimove-rate-limits"]["counted"] = [{"calls": 100, "seconds": 60}]
    changed["components"]["securitySchemes"]["SessionToken"]["x-optimove-session"]["idle-seconds"] = 600
    text = render(changed)
    assert "API_KEY_HEADER = 'X-Other-Key'" in text and "MAX_ATTRIBUTE_NAMES = 5" in text
    assert "RATE_LIMITS = ((100, 60.0),)" in text and "SESSION_IDLE_SECONDS = 600.0" in text


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
        (lambda s: s.pop("x-optimove-rate-limits"), "x-optimove-rate-limits.counted"),
        (
            lambda s: s["x-optimove-rate-limits"]["exempt"][0].update({"calls": 0}),
            "x-optimove-rate-limits.exempt[0] needs calls",
        ),
        (
            lambda s: s["components"]["securitySchemes"]["SessionToken"]["x-optimove-session"].pop(
                "min-seconds-between-logins"
            ),
            "x-optimove-session.min-seconds-between-logins",
        ),
    ],
)
def test_a_spec_without_a_fact_is_refused_by_name(spec: dict[str, Any], change: Any, words: str) -> None:
    broken = copy.deepcopy(spec)
    change(broken)
    with pytest.raises(ValueError, match=re.escape(words)):
        render(broken)
