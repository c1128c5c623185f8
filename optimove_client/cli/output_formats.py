"""The output formats by name, and how an output file's suffix chooses one (no encoder is imported here)."""

from __future__ import annotations

FORMATS = ("json", "jsonl", "csv")


def format_for(requested: str | None, output: str | None, *, paging: bool) -> str:
    """The --format given, else the output file's suffix, else jsonl for exports and json for calls."""
    if requested:
        return requested
    suffix = (output or "").rsplit(".", 1)[-1].lower() if output and "." in output else ""
    if suffix in FORMATS:
        return suffix
    return "jsonl" if paging else "json"
