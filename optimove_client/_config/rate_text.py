"""A budget written as text (`--rate-limit`, the mock's `--rate-limit`, RateLimit.parse): one rule for all.

`CALLS/SECONDS`, comma-separated for several windows (`2000/3600,50/10`), or `off` for none. A bare number
is refused: `5` could be 5 an hour, a second or a minute, and `0` could be "no calls" or "no budget", so
the period is always written out and no budget is always `off`. Standard library only: the mock's option
parser, built with the command line's --help, imports it.
"""

from __future__ import annotations

import math

OFF = "off"
SYNTAX = "CALLS/SECONDS such as 2000/3600 (several comma-separated: 2000/3600,50/10), or off for no budget"


class RateTextError(ValueError):
    """The text breaks the rule; the message names the setting, the rule and the part at fault."""


def parse_windows(text: object, name: str) -> tuple[tuple[int, float], ...]:
    """The (calls, seconds) windows the text gives, () for off; RateTextError naming `name` otherwise."""
    if not isinstance(text, str):
        raise RateTextError(f"{name} must be text: {SYNTAX}, not {type(text).__name__}")
    stripped = text.strip()
    if stripped.lower() == OFF:
        return ()
    if not stripped:
        raise RateTextError(f"{name} must be {SYNTAX}, not an empty value")
    return tuple(_window(part.strip(), stripped, name) for part in stripped.split(","))


def _window(part: str, whole: str, name: str) -> tuple[int, float]:
    calls_text, slash, seconds_text = part.partition("/")
    if not slash and _is_number(part):
        if float(part) == 0:
            raise RateTextError(
                f"{name} must be CALLS/SECONDS such as 2000/3600, or off for no budget (0 alone is ambiguous)"
            )
        raise RateTextError(f"{name} must be CALLS/SECONDS such as 2000/3600 ({part} alone is ambiguous)")
    if not slash or not _is_number(calls_text) or not _is_number(seconds_text):
        raise RateTextError(f"{name} must be {SYNTAX}, not {whole!r}")
    calls, seconds = float(calls_text), float(seconds_text)
    if calls != int(calls):
        raise RateTextError(f"{name}: CALLS must be a whole number (got {calls_text.strip()} in {part})")
    if calls < 1:
        raise RateTextError(
            f"{name}: CALLS must be at least 1 (got {calls_text.strip()} in {part}); "
            "off sends without a budget"
        )
    if not seconds > 0:
        raise RateTextError(f"{name}: SECONDS must be above 0 (got {seconds_text.strip()} in {part})")
    return int(calls), seconds


def _is_number(text: str) -> bool:
    """A finite decimal number (no inf, nan or underscores): what a person writes for calls and seconds."""
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and "_" not in text
