"""`optimove functions NAME` and `optimove call NAME --help` for a terminal: describe.details() in lines."""

from __future__ import annotations

from typing import Any

RESULT_KINDS = {
    "rows": "rows, one page a call",
    "list": "a list of objects",
    "object": "an object",
    "value": "one value",
    "string": "a string",
    "none": "nothing (an acknowledgement)",
    "any": "JSON, as Optimove sends it",
}


def _field_lines(entries: list[dict[str, Any]], depth: int = 1) -> list[str]:
    """A line per field (and one for its description), the fields inside it indented under it."""
    lines = []
    indent = "  " * depth
    for entry in entries:
        traits = [entry["type"]]
        if entry.get("required"):
            traits.append("required")
        traits += [text for text in (entry.get("rule"), entry.get("option")) if text]
        lines.append(f"{indent}{entry['name']}  {', '.join(traits)}")
        if entry.get("description"):
            lines.append(f"{indent}    {entry['description']}")
        lines += _field_lines(entry.get("fields", []), depth + 1)
    return lines


def _paging_lines(paging: dict[str, Any] | None) -> list[str]:
    if paging is None:
        return ["pages: no"]
    if paging["page_size"] is None:
        size = f"{paging['fixed_page_size']} records a page, set by the server"
    else:
        size = f"{paging['page_size']} records a page, at most {paging['max_page_size']}"
    return [
        f"pages: yes, from {paging['offset']}, {size}",
        "  a plain call gives one page; --all-pages fetches every page",
    ]


def _batch_lines(batch: dict[str, Any] | None) -> list[str]:
    if batch is None:
        return ["batches: no"]
    if batch["list"] == "the array body":
        lines = [f"batches: yes, --batched sends any number of items, {batch['limit']} per call, in order"]
    else:
        lines = [
            f"batches: yes, --batched sends any number of {batch['list']}, {batch['limit']} per call, in "
            "order; the other fields go with every call"
        ]
    if batch["not_repeatable"]:
        lines.append(
            f"  not with --batched: {', '.join(batch['not_repeatable'])} (every call would repeat it)"
        )
    return lines


def text(data: dict[str, Any]) -> str:
    """details() for a terminal."""
    lines = [
        f"{data['function']}: {data['summary']}",
        f"  {data['method']} {data['path']} ({data['client']} in Python)",
        *(f"  {line}" for line in _paging_lines(data["paging"])),
        f"  customer attributes: {'yes (--attributes A,B)' if data['customer_attributes'] else 'no'}",
        *(f"  {line}" for line in _batch_lines(data["batch"])),
        f"  beyond the spec: {', '.join(data['extra_options'])}",
        "    (repeatable) send what the spec does not know of; a name it knows is refused (use --param)",
        "",
    ]
    if data["parameters"]:
        lines.append("parameters (--param NAME=VALUE, names in any case):")
        lines += _field_lines(data["parameters"])
        lines += [f"  one of {', '.join(names)} is required" for names in data["required_one_of"]]
    else:
        lines.append("parameters: none")
    body = data["body"]
    if body is None:
        lines.append("body: none")
    elif body["kind"] == "object":
        lines.append("body: an object (--param FIELD=VALUE, or --body JSON, @FILE or @-), fields:")
        lines += _field_lines(body["fields"])
    else:
        count = f" of {body['rule']}" if body["rule"] else ""
        fields = " with the fields:" if body["fields"] else ""
        lines.append(f"body: an array{count} (--body JSON, @FILE or @-), each item: {body['item']}{fields}")
        lines += _field_lines(body["fields"])
    result = data["result"]
    described = RESULT_KINDS.get(result["kind"], result["kind"])
    lines.append(f"result: {described}" + (", fields:" if result["fields"] else ""))
    lines += _field_lines(result["fields"])
    return "\n".join(lines) + "\n"
