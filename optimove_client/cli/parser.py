"""The command line's grammar (argparse): `functions`, `call`, `request`, `load`, `config`, `budget` and
`mock serve`."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from optimove_client._version import __version__
from optimove_client.cli.budget_command import add_budget_command
from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import HELP as EXIT_CODES
from optimove_client.cli.help_texts import CALL_EPILOG, DESCRIPTION, REQUEST_DESCRIPTION, REQUEST_EPILOG
from optimove_client.cli.load import add_load_command
from optimove_client.cli.output_formats import COMPRESSIONS, FORMATS, KNOWN
from optimove_client.testing.usage_errors import OneLineErrorParser

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class _FunctionHelp(argparse.Action):
    """`call NAME --help`: the call's help with NAME's own parameters, body and result at the top."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> NoReturn:  # fmt: skip
        name = getattr(namespace, "function", None)
        if name:
            # Only now: the operations table is not imported for the CLI's other help.
            from optimove_client.cli import describe, describe_text  # noqa: PLC0415
            from optimove_client.cli.catalog import find  # noqa: PLC0415
            from optimove_client.cli.problems import CliError  # noqa: PLC0415

            try:
                function = find(name)
            except CliError as error:
                parser.exit(2, f"optimove: {error}\n")
            parser.description = f"{parser.description}\n\n{describe_text.text(describe.details(function))}"
        parser.print_help()
        parser.exit()


class Parser(OneLineErrorParser):
    """argparse writing to the Console; a usage error is one line naming the command it is about, and never
    repeats a value it did not understand (a mistyped flag's value may be a secret)."""

    def __init__(self, *args: Any, console: Console, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.console = console

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            (self.console.stderr if file is sys.stderr else self.console.stdout).write(message)

    def parse_args(self, args: Sequence[str] | None = None, namespace: None = None) -> argparse.Namespace:  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            # What a subcommand does not know reaches the top: said by the subcommand it was given to.
            _command_parser(self, parsed).error(_unknown(extras, _command_parser(self, parsed)))
        return parsed


def _command_parser(parser: argparse.ArgumentParser, parsed: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the (sub)command the arguments chose: `optimove call`, `optimove mock serve`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
            if isinstance(chosen, argparse.ArgumentParser):
                return _command_parser(chosen, parsed)
    return parser


def _unknown(extras: list[str], parser: argparse.ArgumentParser) -> str:
    """The options a command does not know, each with the one it probably meant; other words uncounted and
    unshown (they may be a mistyped flag's secret value)."""
    flags = [word.split("=", 1)[0] for word in extras if word.startswith("-")]
    if not flags:
        return f"unexpected argument{'s' if len(extras) > 1 else ''} (not shown)"
    known = [option for option in parser._option_string_actions if option.startswith("--")]
    named = []
    for flag in flags:
        close = difflib.get_close_matches(flag, known, n=1)
        named.append(f"{flag} (did you mean {close[0]}?)" if close else flag)
    return f"unknown option{'s' if len(flags) > 1 else ''} {', '.join(named)}"


def _connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("credentials and server")
    group.add_argument("--api-key", metavar="KEY", help="API key (X-API-KEY)")
    group.add_argument("--username", metavar="NAME", help="log in with this user (Login)")
    group.add_argument("--password", metavar="PASSWORD", help="the user's password (asked for if missing)")
    group.add_argument("--token", metavar="TOKEN", help="a session token from elsewhere")
    group.add_argument(
        "--server", metavar="N", help="Optimove server number (api<N>.optimove.net) or sandbox"
    )
    group.add_argument("--base-url", metavar="URL", help="any API host, e.g. a mock")
    group.add_argument(
        "--config",
        metavar="FILE",
        help="TOML config file (default ~/.config/optimove/config.toml on Linux; "
        "`optimove config` prints it)",
    )
    group.add_argument(
        "--store",
        metavar="URL",
        help="what the account's processes share (budget, Login session, pause): sqlite:///PATH, "
        "redis://HOST:PORT/DB or memory:// (default: a SQLite file in the user cache folder)",
    )
    tuning = parser.add_argument_group("limits")
    tuning.add_argument("--timeout", type=float, metavar="SECONDS", help="per-call timeout")
    tuning.add_argument("--max-retries", type=int, metavar="N", help="retries of a failed call")
    tuning.add_argument(
        "--rate-limit",
        metavar="CALLS/SECONDS,...|off",
        help="the account's budget, every window at once: CALLS/SECONDS such as 2000/3600 (a bare number "
        "is refused), or off for none (default 2000/3600,50/10)",
    )


def _request_command(commands: Any, console: Console) -> None:
    request = commands.add_parser(
        "request", help="send any call, for a function the spec does not know of yet", console=console,
        epilog=REQUEST_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description=REQUEST_DESCRIPTION,
    )  # fmt: skip
    request.add_argument("method", metavar="METHOD", help="GET, POST, PUT, PATCH or DELETE")
    request.add_argument(
        "path", metavar="PATH", help="relative to the base URL, e.g. /current/general/GetLastDataUpdate"
    )
    request.add_argument(
        "--param", "-p", action="append", default=[], metavar="NAME=VALUE",
        help="a query parameter, sent as text (repeatable; a name given twice is sent twice)",
    )  # fmt: skip
    request.add_argument("--body", metavar="JSON|@FILE", help="the JSON body (@- reads standard input)")
    request.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="an HTTP header (repeatable)"
    )
    output = request.add_argument_group("output")
    output.add_argument(
        "--format", choices=FORMATS, help=f"default: the --output suffix ({KNOWN}), else json"
    )
    output.add_argument(
        "--output", "-o", metavar="FILE", help="write here instead of standard output (- is standard output)"
    )
    _connection_options(request)


def command_named(argv: Sequence[str]) -> str | None:
    """The command the arguments name: the first that is not an option (the top level takes no values)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-"):
            return word
    return None


def build_parser(console: Console, command: str | None = None) -> Parser:
    """The whole grammar; the mock's options (from its configuration, in testing/) are added only when
    `command` is `mock`: every other run, --help included, leaves the mock's modules unimported."""
    parser = Parser(prog="optimove", description=DESCRIPTION, console=console, epilog=EXIT_CODES,
                    formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--version", action="version", version=f"optimove-client {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    listing = commands.add_parser(
        "functions", help="list every function of the API, or describe one", console=console
    )
    listing.add_argument(
        "name", nargs="?", metavar="NAME", help="one function: its parameters, body, result and paging"
    )
    listing.add_argument("--category", help="only this category (e.g. customers)")
    listing.add_argument("--format", choices=("text", "json"), default="text")

    call = commands.add_parser(
        "call", help="call a function", console=console, epilog=CALL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter, add_help=False,
        description="Call any function by its Optimove name (any case) and print or write the result.",
    )  # fmt: skip
    call.add_argument(
        "-h",
        "--help",
        action=_FunctionHelp,
        help="show this help; after a function's name, its parameters too",
    )
    call.add_argument("function", help="the function's Optimove name, e.g. GetCustomersByAction")
    call.add_argument(
        "--param", "-p", action="append", default=[], metavar="NAME=VALUE",
        help="a parameter or body field by its Optimove name, any case (repeatable); "
        "`optimove call NAME --help` lists them",
    )  # fmt: skip
    call.add_argument("--body", metavar="JSON|@FILE", help="the JSON body (@- reads standard input)")
    call.add_argument("--attributes", metavar="A,B", help="customer attributes to return with each customer")
    call.add_argument("--delimiter", metavar="D", help="attribute delimiter: , : ; or tab (default ,)")
    call.add_argument(
        "--attribute-mismatch", choices=("raise", "keep"), help="a customer whose attribute values hold the "
        "delimiter, so cannot be split: raise stops (the default); keep writes it with empty attribute "
        "values (a plain call's JSON keeps Optimove's joined string, as CustomerAttribute)",
    )  # fmt: skip
    call.add_argument("--xml", action="store_true", help="print Optimove's XML answer (GET functions)")
    call.add_argument(
        "--batched", action="store_true", help="send a list of any length in as many calls as it needs "
        "(functions that batch: see `optimove functions`)",
    )  # fmt: skip
    call.add_argument(
        "--start-at", metavar="N", help="with --batched: skip the items before N (numbered from 0), to "
        "continue a failed batch where its message says",
    )  # fmt: skip
    extras = call.add_argument_group("beyond the spec (what it does not know of yet)")
    extras.add_argument(
        "--extra-param", action="append", default=[], metavar="NAME=VALUE",
        help="an extra query parameter, sent as text (repeatable)",
    )  # fmt: skip
    extras.add_argument(
        "--extra-field", action="append", default=[], metavar="NAME=VALUE",
        help="an extra body field: JSON when VALUE parses as JSON, else text (repeatable)",
    )  # fmt: skip
    extras.add_argument(
        "--extra-header", action="append", default=[], metavar="NAME:VALUE",
        help="an extra HTTP header (repeatable)",
    )  # fmt: skip
    output = call.add_argument_group("output")
    output.add_argument(
        "--format", choices=FORMATS, help=f"default: the --output suffix ({KNOWN}), else json (jsonl for "
        "--all-pages); another suffix needs --format",
    )  # fmt: skip
    output.add_argument(
        "--output", "-o", metavar="FILE", help="write here instead of standard output (- is standard output)"
    )
    output.add_argument(
        "--raw", action="store_true", help="print a scalar answer bare (a string unquoted), a list of "
        "scalars one per line: DAY=$(optimove call GetLastDataUpdate --raw)",
    )  # fmt: skip
    output.add_argument(
        "--compress", choices=COMPRESSIONS, help="compress text output (implied by a .gz --output suffix)"
    )
    output.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress display, wait lines, summary or full-page warning on standard error",
    )
    paging = call.add_argument_group("paging (functions that page)")
    paging.add_argument("--all-pages", action="store_true", help="fetch and stream every page")
    paging.add_argument(
        "--page-size",
        type=int,
        metavar="N",
        help="records per call, 1..200000 (default: the largest the function takes, the fewest calls)",
    )
    paging.add_argument("--max-items", type=int, metavar="N", help="stop after N records in all")
    paging.add_argument("--concurrency", type=int, metavar="K", help="fetch up to K pages ahead (default 1)")
    paging.add_argument("--resume", action="store_true", help="continue an interrupted export to --output")
    _connection_options(call)
    _request_command(commands, console)
    _connection_options(add_load_command(commands, console))

    config = commands.add_parser(
        "config", help="where settings come from: config file, store, resume state, credentials",
        console=console, description="Print where a run's settings come from and where its files live: "
        "the config file (and whether it exists), the store (the account's budget and Login session), "
        "where resume state is kept, which credentials and server would be used (named by where they come "
        "from, never their values) and the limits. Give a call's flags to see what that call would use; "
        "nothing is sent.",
    )  # fmt: skip
    _connection_options(config)
    _connection_options(add_budget_command(commands, console))

    mock = commands.add_parser("mock", help="the bundled mock Optimove", console=console)
    mock_commands = mock.add_subparsers(dest="mock_command", required=True, metavar="COMMAND")
    serve = mock_commands.add_parser("serve", help="serve the mock on 127.0.0.1", console=console)
    if command == "mock":
        from optimove_client.testing.serve_options import add_serve_options  # noqa: PLC0415

        add_serve_options(serve)
    return parser
