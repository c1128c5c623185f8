"""One function's section of docs/api.md, from what reference_data.py read of it (its describe.details(),
its Python forms as the facade declares them, what its record and the spec add)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.reference_markdown import (
    DATE_PATTERNS,
    anchor,
    code,
    field_lines,
    inline,
    paragraphs,
    split_rule,
)

_WIDTH = 100
# The value a parameter takes on the command line, by its type (lists and objects are JSON).
_PLACEHOLDERS = {"date": "YYYY-MM-DD", "date-time": "YYYY-MM-DD HH:MM:SS"}
BUDGET_SECTION = "Call budget"
_BATCHED = code("--batched")


def _keyword(keyword: dict[str, Any]) -> str:
    default = "" if keyword["default"] is None else f" = {keyword['default']}"
    return f"{keyword['name']}: {keyword['annotation']}{default}"


def python_signature(call: str, form: dict[str, Any], everywhere: set[str]) -> str:
    """`opt.<category>.<function>(keyword: type, ...) -> result`, on one line or one keyword a line."""
    keywords = [_keyword(k) for k in form["keywords"] if k["name"] not in everywhere]
    one_line = f"{call}({', '.join(keywords)}) -> {form['returns']}"
    if len(one_line) <= _WIDTH:
        return one_line
    listed = "".join(f"    {keyword},\n" for keyword in keywords)
    return f"{call}(\n{listed}) -> {form['returns']}"


def _other_forms(python: dict[str, dict[str, Any]], everywhere: set[str]) -> list[str]:
    """The forms beyond the call (.xml, .iter, .pages, .record_batches, .to_arrow, .batched), those that take
    the same keywords together: what each returns and how its keywords differ from the call's."""
    call = {k["name"]: _keyword(k) for k in python["__call__"]["keywords"] if k["name"] not in everywhere}
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for name, form in python.items():
        if name == "__call__":
            continue
        own = {k["name"]: _keyword(k) for k in form["keywords"] if k["name"] not in everywhere}
        left_out = tuple(keyword for keyword in call if keyword not in own)
        changed = tuple(text for keyword, text in own.items() if call.get(keyword) != text)
        groups.setdefault((left_out, changed), []).append(
            f"{code(f'.{name}(...)')} → {code(form['returns'])}"
        )
    lines = []
    for (left_out, changed), forms in groups.items():
        differences = []
        if left_out:
            differences.append("without " + ", ".join(map(code, left_out)))
        if changed:
            differences.append("with " + ", ".join(map(code, changed)))
        how = "; ".join(differences) if differences else "the same keywords"
        lines.append(f"- {', '.join(forms)}: {how}")
    return lines


def _placeholder(entry: dict[str, Any]) -> str:
    kind = entry["type"]
    if kind.startswith("array") or kind in ("object", "JSON"):
        return "<JSON>"
    pattern = split_rule(entry["rule"])[1]
    return f"<{DATE_PATTERNS.get(pattern or '') or _PLACEHOLDERS.get(kind, kind)}>"


def _option(entry: dict[str, Any]) -> str:
    option = f"--param {entry['name']}={_placeholder(entry)}"
    if " " in option.partition("=")[2]:
        option = f"--param '{entry['name']}={_placeholder(entry)}'"
    return option if entry["required"] else f"[{option}]"


def cli_form(data: dict[str, Any]) -> str:
    """`optimove call NAME --param ...`: the required parameters and fields, then the optional ones in
    brackets, the options that stand for parameters (--attributes, --all-pages), --body, --batched."""
    details = data["details"]
    paging = details["paging"] or {}
    driven = {paging.get("offset"), paging.get("page_size"), *data["attribute_parameters"]}
    options = [_option(p) for p in details["parameters"] if p["name"] not in driven]
    if data["attribute_parameters"]:
        options.append("[--attributes A,B]")
        if len(data["attribute_parameters"]) > 1:
            options.append("[--delimiter D]")
    body = details["body"]
    if body is not None and body["kind"] == "object":
        options += [_option(field) for field in body["fields"]]
    elif body is not None:
        options.append("--body JSON|@FILE|@-")
    if details["batch"] is not None:
        options.append("[--batched]")
    if details["paging"] is not None:
        options.append("[--all-pages]" + (" [--page-size N]" if paging["page_size"] else ""))
    return _wrapped(["optimove", "call", details["function"], *sorted(options, key=_optional_last)])


def _optional_last(option: str) -> bool:
    return option.startswith("[")


def _wrapped(words: Iterable[str]) -> str:
    lines = [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + len(word) + 3 > _WIDTH:
            lines[-1] += " \\"
            lines.append("   ")
        lines[-1] += (" " if lines[-1] else "") + word
    return "\n".join(lines)


def _paging(data: dict[str, Any]) -> str:
    paging = data["details"]["paging"]
    if paging is None:
        return "no"
    every = (
        f"a plain call answers one page; {code('.iter()')}, {code('.pages()')} and {code('--all-pages')} "
        "every page"
    )
    offset = code(paging["offset"])
    if paging["page_size"] is None:
        return f"by {offset}, {paging['fixed_page_size']} records a page, set by the server; {every}"
    default = data["default_page_size"]
    asked = f", {default} when no size is asked for" if default is not None else ""
    size = code(paging["page_size"])
    return f"by {size} and {offset}: up to {paging['max_page_size']} records a page{asked}; {every}"


def _batching(details: dict[str, Any]) -> str:
    batch = details["batch"]
    if batch is None:
        return "no"
    if batch["list"] == "the array body":
        text = f"{code('.batched(items=...)')} and {_BATCHED}: any number of items, {batch['limit']} a call"
    else:
        keyword = next(f["keyword"] for f in details["body"]["fields"] if f["name"] == batch["list"])
        text = (
            f"{code(f'.batched({keyword}=...)')} and {_BATCHED}: any number of {code(batch['list'])}, "
            f"{batch['limit']} a call, the other fields with every call"
        )
    text += ", in order"
    if batch["not_repeatable"]:
        text += f"; not with {', '.join(map(code, batch['not_repeatable']))} (every call would repeat it)"
    return text


def _traits(data: dict[str, Any], max_attribute_names: int) -> list[str]:
    details = data["details"]
    attributes = "no"
    if details["customer_attributes"]:
        attributes = (
            f"yes, up to {max_attribute_names} names ({code('attributes=[...]')}, "
            f"{code('--attributes A,B')}), their values with each row"
        )
    budget = f"[call budget](#{anchor(BUDGET_SECTION)})"
    exempt = (
        f"exempt from the counted {budget}" if data["rate_limit_exempt"] else f"counted against the {budget}"
    )
    confidence = data["confidence"] or "not stated"
    if confidence == "low":
        confidence += ": what is uncertain is said above"
    return [
        f"- **Paging:** {_paging(data)}.",
        f"- **Customer attributes:** {attributes}.",
        f"- **Batching:** {_batching(details)}.",
        f"- **Rate limit:** {exempt}.",
        f"- **Success:** {', '.join(str(status) for status in data['success_statuses'])}.",
        f"- **Confidence:** {confidence}.",
    ]


def _body(details: dict[str, Any], zones: dict[str, str]) -> list[str]:
    body = details["body"]
    if body is None:
        return ["**Body:** none."]
    if body["kind"] == "object":
        return ["**Body:** a JSON object:", "", *field_lines(body["fields"], zones)]
    count = f" of {inline(body['rule'])}" if body["rule"] else ""
    fields = ", each with:" if body["fields"] else f", each {inline(body['item'])}."
    lines = [f"**Body:** a JSON array{count}{fields}"]
    return lines + (["", *field_lines(body["fields"])] if body["fields"] else [])


def _result(data: dict[str, Any]) -> list[str]:
    result = data["details"]["result"]
    secret = (
        " A secret: the command line says the call succeeded and never prints it."
        if data["sensitive_result"]
        else ""
    )
    returns = code(data["python"]["__call__"]["returns"])
    fields = ", with:" if result["fields"] else "."
    head = f"**Result:** {inline(data['result_kind'])}: {returns}{fields}{secret}"
    return [head] + (["", *field_lines(result["fields"])] if result["fields"] else [])


def section(data: dict[str, Any], everywhere: set[str], max_attribute_names: int) -> list[str]:
    """The lines of one function's section: summary, route, Python and CLI forms, parameters, body, result."""
    details = data["details"]
    lines = [f"### {details['function']}", ""]
    described = paragraphs(data["description"])
    if not described or not described[0].startswith(inline(details["summary"])):
        described.insert(0, inline(details["summary"]))  # else the description begins with the summary
    lines += [line for paragraph in described for line in (paragraph, "")]
    lines += [f"{code(details['method'] + ' ' + details['path'])}", ""]
    lines += [*_traits(data, max_attribute_names), ""]
    lines += [
        "```python",
        python_signature(details["client"], data["python"]["__call__"], everywhere),
        "```",
        "",
    ]
    others = _other_forms(data["python"], everywhere)
    lines += ["Also:", "", *others, ""] if others else []
    lines += ["```sh", cli_form(data), "```", ""]
    if details["parameters"]:
        lines += ["**Parameters:**", "", *field_lines(details["parameters"], data["time_zones"])]
        lines += [
            f"- One of {', '.join(map(code, names))} is required." for names in details["required_one_of"]
        ]
    else:
        lines.append("**Parameters:** none.")
    return [*lines, "", *_body(details, data["time_zones"]), "", *_result(data), ""]
