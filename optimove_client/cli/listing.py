"""`optimove functions`: every function with its category, method, paging, CustomerAttributes and batching.

`optimove functions NAME` says what one function takes and gives (describe.py).
"""

from __future__ import annotations

import argparse

from optimove_client.cli import describe, describe_text
from optimove_client.cli.catalog import categories, find, functions
from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.formats import pretty
from optimove_client.cli.params import Signature
from optimove_client.cli.problems import CliError


def list_functions(args: argparse.Namespace, console: Console) -> ExitCode:
    if args.name is not None:
        return _describe_one(args, console)
    chosen = list(functions().values())
    if args.category:
        wanted = args.category.strip().lower().replace("-", "_").replace(" ", "_")
        if wanted not in categories():
            raise CliError(f"no category {args.category!r} (categories: {', '.join(categories())})")
        chosen = [f for f in chosen if f.category == wanted]
    if args.format == "json":
        rows = [
            {
                "function": f.name,
                "category": f.category,
                "method": f.operation.method,
                "pages": f.pages,
                "customer_attributes": f.takes_attributes,
                "batches": f.batch_limit is not None,
                "batch_limit": f.batch_limit,
                "parameters": [p.describe() for p in Signature(f).parameters.values()],
                "summary": f.operation.summary,
            }
            for f in chosen
        ]
        console.stdout.write(pretty(rows) + "\n")
        return ExitCode.OK
    width = max(len(f.name) for f in chosen)
    category_width = max(len(f.category) for f in chosen)
    console.stdout.write(
        f"{'FUNCTION':<{width}}  {'CATEGORY':<{category_width}}  METHOD  PAGES  ATTRIBUTES  BATCHES\n"
    )
    for f in chosen:
        batches = "no" if f.batch_limit is None else f"{f.batch_limit}/call"
        console.stdout.write(
            f"{f.name:<{width}}  {f.category:<{category_width}}  {f.operation.method:<6}  "
            f"{'yes' if f.pages else 'no':<5}  {'yes' if f.takes_attributes else 'no':<10}  {batches}\n"
        )
    return ExitCode.OK


def _describe_one(args: argparse.Namespace, console: Console) -> ExitCode:
    if args.category:
        raise CliError("give a function's name or --category, not both")
    data = describe.details(find(args.name))
    console.stdout.write(pretty(data) + "\n" if args.format == "json" else describe_text.text(data))
    return ExitCode.OK
