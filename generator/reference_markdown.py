"""The Markdown of docs/api.md: text kept as it reads, anchors, rules in words, fields in nested lists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Outside code spans these would start emphasis, HTML, links or (on GitHub) math: `$top/$skip`. An
# underscore inside a word (FIRST_NAME, a URL's post_optimail) and a `<` before no tag (<= 9) start nothing.
_SPECIAL = re.compile(r"([\\*\[\]$]|<(?=[A-Za-z/!?])|(?<!\w)_|_(?!\w))")
_CODE_SPAN = re.compile(r"(`[^`]*`)")
# A list of values joined by a separator, as a pattern: ^[0-9]+(,[0-9]+)*$ or ^[^;]+(;[^;]+){0,9}$.
_JOINED = re.compile(
    r"^\^(?P<item>\[0-9\]\+|\[\^(?P<other>.)\]\+)\((?P<sep>.)(?P=item)\)(?:\*|\{0,(?P<more>\d+)\})\$$"
)
_URL = "^https?://"
# The patterns the spec gives the forms of a date and a time (its DateTime is a pattern, not a format).
DATE_PATTERNS = {
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "YYYY-MM-DD",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$": "YYYY-MM-DD HH:MM:SS",
}
_ZONES = {"UTC": "read as UTC (an aware datetime is converted)", "account": "read in the account's time zone"}


def inline(text: str) -> str:
    """Text as it reads, whatever Markdown would make of it; the spec's own `code spans` stay code."""
    parts = _CODE_SPAN.split(" ".join(text.split()))
    return "".join(part if part.startswith("`") else _SPECIAL.sub(r"\\\1", part) for part in parts)


def code(text: str) -> str:
    """An inline code span, whatever backticks the text holds."""
    fence = "``" if "`" in text else "`"
    padding = " " if fence == "``" else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, spaces to hyphens, other punctuation dropped."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def paragraphs(text: str) -> list[str]:
    """A description's paragraphs (blank lines apart in the spec), each on one line."""
    return [inline(block) for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


def pattern_words(pattern: str) -> str:
    """A pattern the way a reader says it where it is simple (values joined by a separator, a URL's scheme);
    the pattern itself otherwise."""
    if pattern in DATE_PATTERNS:
        return DATE_PATTERNS[pattern]
    joined = _JOINED.match(pattern)
    if joined and joined["other"] in (None, joined["sep"]):
        values = "whole numbers" if joined["other"] is None else "values"
        count = f"1 to {int(joined['more']) + 1} {values}" if joined["more"] else values
        return f"{count} joined by {code(joined['sep'])} (pattern {code(pattern)})"
    if pattern.startswith(_URL):
        return f"begins with {code('http://')} or {code('https://')} (pattern {code(pattern)})"
    return f"matches {code(pattern)}"


def split_rule(rule: str) -> tuple[str, str | None]:
    """A rule of cli/describe.rule() and its pattern, which comes last, after "matches ", when it has one."""
    at = 0 if rule.startswith("matches ") else rule.find(", matches ") + 2
    if at == 1:
        return rule, None
    return rule[:at].removesuffix(", "), rule[at:].removeprefix("matches ")


def rule_words(rule: str) -> str:
    """A rule of cli/describe.rule() for Markdown, its pattern in words where it is simple."""
    before, pattern = split_rule(rule)
    if pattern is None:
        return inline(rule)
    words = pattern_words(pattern)
    return f"{inline(before)}, {words}" if before else words


def field_lines(
    entries: list[dict[str, Any]], zones: Mapping[str, str] | None = None, depth: int = 0
) -> list[str]:
    """A list item per field of describe.details() (a parameter, a body or result field), the fields inside it
    nested under it to any depth: name (and Python keyword), type, required, rules, description."""
    lines = []
    indent = "  " * depth
    for entry in entries:
        traits = [inline(entry["type"])]
        if entry.get("required"):
            traits.append("required")
        if entry.get("rule"):
            traits.append(rule_words(entry["rule"]))
        zone = (zones or {}).get(entry["name"])
        if zone is not None:
            traits.append(_ZONES.get(zone, f"read in the time zone {inline(zone)}"))
        if entry.get("option"):
            traits.append(inline(entry["option"]))
        keyword = f" ({code(entry['keyword'])})" if entry.get("keyword") else ""
        description = f" {inline(entry['description'])}" if entry.get("description") else ""
        lines.append(f"{indent}- {code(entry['name'])}{keyword}: {', '.join(traits)}.{description}")
        lines += field_lines(entry.get("fields", []), None, depth + 1)
    return lines
