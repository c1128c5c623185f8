"""Write optimove_generated/facts.py: what the spec says of the API as a whole, for the overlay to read.

The header each way of authenticating is sent in (securitySchemes) and the rules of a Login session (the
SessionToken scheme's x-optimove-session), the call budget of an account (x-optimove-rate-limits), how
many attribute names a CustomerAttributes parameter takes (its x-optimove-max-items) and the tables the dlt
source loads (the operations' x-optimove-load, load_tables.py): the overlay and the mock take them from
here, so that no module writes them down a second time.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, TypeGuard

from generator.load_tables import load_tables
from generator.static.load_table import LoadTable

# The security schemes the overlay implements, by the name the spec gives them.
API_KEY_SCHEME = "ApiKey"
SESSION_TOKEN_SCHEME = "SessionToken"  # noqa: S105 - the name of a scheme
ATTRIBUTE_NAMES_COMPONENT = "CustomerAttributes"


def _header_of(spec: dict[str, Any], scheme: str) -> str:
    found = spec["components"]["securitySchemes"][scheme]
    if (found.get("type"), found.get("in")) != ("apiKey", "header"):
        raise ValueError(f"securitySchemes.{scheme} must be an apiKey sent in a header")
    name: str = found["name"]
    return name


def _max_attribute_names(spec: dict[str, Any]) -> int:
    parameter = spec["components"]["parameters"][ATTRIBUTE_NAMES_COMPONENT]
    limit = parameter.get("x-optimove-max-items")
    if not isinstance(limit, int) or limit < 1:
        raise ValueError(
            f"parameters.{ATTRIBUTE_NAMES_COMPONENT} needs x-optimove-max-items (a whole number >= 1)"
        )
    return limit


def _windows(spec: dict[str, Any], kind: str) -> tuple[tuple[int, float], ...]:
    """(calls, seconds) of each window of x-optimove-rate-limits' `kind`, all of which hold at once."""
    windows = spec.get("x-optimove-rate-limits", {}).get(kind)
    where = f"x-optimove-rate-limits.{kind}"
    if not isinstance(windows, list) or not windows:
        raise ValueError(f"{where} must list the windows of the call budget ({{calls, seconds}} each)")
    found: list[tuple[int, float]] = []
    for index, window in enumerate(windows):
        calls, seconds = (window.get("calls"), window.get("seconds")) if isinstance(window, dict) else (0, 0)
        if not (_whole(calls) and calls >= 1 and _number(seconds) and seconds > 0):
            raise ValueError(f"{where}[{index}] needs calls (a whole number >= 1) and seconds (> 0)")
        found.append((calls, float(seconds)))
    return tuple(found)


def _session_rule(spec: dict[str, Any], rule: str) -> float:
    """A rule of a Login session: seconds, from the SessionToken scheme's x-optimove-session."""
    rules = spec["components"]["securitySchemes"][SESSION_TOKEN_SCHEME].get("x-optimove-session", {})
    seconds = rules.get(rule)
    if not _number(seconds) or seconds <= 0:
        raise ValueError(
            f"securitySchemes.{SESSION_TOKEN_SCHEME}.x-optimove-session.{rule} must be seconds (> 0)"
        )
    return float(seconds)


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _constructor(table: LoadTable) -> str:
    """The table as the call that makes it, the fields it leaves at their default left out."""
    given = [
        f"{field.name}={getattr(table, field.name)!r}"
        for field in dataclasses.fields(table)
        if getattr(table, field.name) != field.default
    ]
    return f"LoadTable({', '.join(given)})"


def _load_tables(spec: dict[str, Any]) -> str:
    tables = "".join(f"    {_constructor(table)},\n" for table in load_tables(spec))
    return f"LOAD_TABLES: tuple[LoadTable, ...] = (\n{tables})\n"


def render(spec: dict[str, Any]) -> str:
    return (
        '"""What spec/optimove.yaml says of the API as a whole (generator/facts.py writes it)."""\n\n'
        "from optimove_generated.load_table import LeadingColumn, LoadTable\n\n"
        "# The header an API key is sent in, and the one a Login session's token goes in (securitySchemes).\n"
        f"API_KEY_HEADER = {_header_of(spec, API_KEY_SCHEME)!r}\n"
        f"SESSION_TOKEN_HEADER = {_header_of(spec, SESSION_TOKEN_SCHEME)!r}\n\n"
        "# A session token stays valid this long after the last call made with it, and Logins closer\n"
        "# together than this are refused (x-optimove-session of the SessionToken scheme; seconds).\n"
        f"SESSION_IDLE_SECONDS = {_session_rule(spec, 'idle-seconds')!r}\n"
        f"MIN_SECONDS_BETWEEN_LOGINS = {_session_rule(spec, 'min-seconds-between-logins')!r}\n\n"
        "# The call budget of an account (x-optimove-rate-limits): (calls, seconds) windows that all\n"
        "# hold at once, for the functions it counts, and for those marked x-optimove-rate-limit-exempt.\n"
        f"RATE_LIMITS = {_windows(spec, 'counted')!r}\n"
        f"EXEMPT_RATE_LIMITS = {_windows(spec, 'exempt')!r}\n\n"
        "# How many attribute names one CustomerAttributes parameter takes.\n"
        f"MAX_ATTRIBUTE_NAMES = {_max_attribute_names(spec)!r}\n\n"
        "# The tables the dlt source loads (x-optimove-load), each after the table it is loaded for.\n"
        + _load_tables(spec)
    )


def write_facts(package: Path, spec: dict[str, Any]) -> None:
    (package / "facts.py").write_text(render(spec), encoding="utf-8")
