"""`optimove budget`: the account's call budget as its store holds it, read without spending a call.

The client is built as for `optimove call` (credentials, server, store, --rate-limit, config file): the
store keeps an account's budget under a key made of the server and the credential, and each set of
windows apart, so the command reads the budget that calls made with the same settings draw from.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode

DESCRIPTION = """\
Print the account's call budget as the store holds it for every process of the account: for each window
(the general budget's, 2000 calls an hour and 50 in 10 seconds by default, and the exempt functions' own)
the calls used and left, and when the next slot frees; and any pause a 429 set for every call. Nothing is
sent to Optimove, no slot is taken and nothing is written: give the same credentials, server, --store
and --rate-limit as the runs whose budget it is (a config file or the environment gives them alike)."""

EPILOG = """\
examples:
  optimove budget
  optimove budget --store redis://cache.internal:6379/0 --json | jq .left"""


def add_budget_command(commands: Any, console: Console) -> argparse.ArgumentParser:
    """The `budget` subcommand; the parser adds the connection flags every command shares."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "budget", help="the account's call budget now: calls left per window (sends nothing)",
        console=console, description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument(
        "--json", action="store_true", help="print it as one JSON object (windows, paused_for, left, ...)"
    )
    return parser


def show_budget(args: argparse.Namespace, console: Console) -> ExitCode:
    from optimove_client import Optimove  # noqa: PLC0415 - not for --help
    from optimove_client.cli.call import client_options  # noqa: PLC0415
    from optimove_client.cli.credentials import client_settings  # noqa: PLC0415

    settings = {**client_settings(args, console), **client_options(args), **console.client_options}
    with Optimove(**settings) as client:
        report = client.budget()
    text = json.dumps(report.to_dict(), indent=2) if args.json else str(report)
    console.stdout.write(text + "\n")
    return ExitCode.OK
