"""`optimove request METHOD PATH`: any call (Optimove.request), for a function the spec does not know of yet.

The client is built as for `optimove call` (credentials, server, store, rate limit, retries, timeout) and
its answer, decoded JSON, is written by the same output rules. Nothing is checked against the spec; the
client refuses a URL on another host than the configured one, and the headers it sets itself.
"""

from __future__ import annotations

import argparse

from optimove_generated.operations import OPERATIONS

from optimove_client import Optimove
from optimove_client._transport.waiting import watching
from optimove_client.cli.call import client_options
from optimove_client.cli.call_job import render
from optimove_client.cli.console import Console
from optimove_client.cli.credentials import client_settings
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.extras import header_pairs, query_pairs
from optimove_client.cli.output_formats import check_parquet, format_for
from optimove_client.cli.params import read_body
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import WaitLines
from optimove_client.cli.sink import Sink, output_path

# Answers that are secrets (the spec's x-optimove-sensitive-result: Login's session token), by the last
# segment of their path: not printed, as `optimove call` does not print them.
_SECRET_PATHS = frozenset(
    op.path.rstrip("/").rsplit("/", 1)[-1].lower() for op in OPERATIONS if op.sensitive_result
)


def request(args: argparse.Namespace, console: Console) -> ExitCode:
    params = query_pairs(args.param, "--param")
    headers = header_pairs(args.header, "--header")
    if args.body is not None and args.method.upper() == "GET":
        raise CliError("--body: a GET call has no body (give its parameters with --param)")
    body = read_body(args.body) if args.body is not None else None
    output = output_path(args.output, console.stdout)
    fmt = format_for(args.format, args.output, paging=False)
    check_parquet(fmt, paging=False)
    settings = {**client_settings(args, console), **client_options(args), **console.client_options}
    with Optimove(**settings) as client, watching(WaitLines(console.stderr)):  # a budget wait is said
        result = client.request(
            args.method, args.path, params=params or None, json=body, headers=headers or None
        )
    name = args.path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if name.lower() in _SECRET_PATHS:
        console.stderr.write(f"{name} succeeded; its session token is not shown.\n")
        return ExitCode.OK
    sink = Sink.open(output, console.stdout)
    try:
        sink.write(render(result, fmt))
    finally:
        sink.close()
    return ExitCode.OK
