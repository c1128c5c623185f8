"""The `optimove` command: parse, dispatch, and turn every failure into one line and an exit code."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from optimove_client._config.log import is_not_full_page_warning, print_warnings
from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode, exit_code_of
from optimove_client.cli.interrupts import interrupted
from optimove_client.cli.parser import build_parser
from optimove_client.cli.problems import CliError
from optimove_client.errors import OptimoveError
from optimove_client.stopping import raise_on_sigterm

# Each command's module is imported when the command runs: --help and --version load none of them.
_COMMANDS = {
    "functions": ("optimove_client.cli.listing", "list_functions"),
    "call": ("optimove_client.cli.call", "call"),
    "request": ("optimove_client.cli.request", "request"),
    "load": ("optimove_client.cli.load", "load"),
    "mock": ("optimove_client.cli.mock", "serve"),
    "config": ("optimove_client.cli.config_command", "show_config"),
    "budget": ("optimove_client.cli.budget_command", "show_budget"),
}


def _command(name: str) -> Callable[..., ExitCode]:
    module, function = _COMMANDS[name]
    command: Callable[..., ExitCode] = getattr(importlib.import_module(module), function)
    return command


def main(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run the command line; returns the exit code (see `optimove --help`)."""
    console = console or Console()
    parser = build_parser(console)
    try:
        args = parser.parse_args(argv)
        # SIGTERM (a scheduler stopping the task) unwinds as Ctrl-C does: files whole, state saved.
        with raise_on_sigterm():
            return int(_command(args.command)(args, console))
    except SystemExit as done:  # argparse: --help, --version, usage errors
        return done.code if isinstance(done.code, int) else int(ExitCode.BAD_INPUT)
    except (CliError, OptimoveError) as error:  # messages of the library never carry a secret
        console.error(str(error))
        return int(error.code if isinstance(error, CliError) else exit_code_of(error))
    except BrokenPipeError:  # `optimove functions | head`: the reader has seen enough
        return int(ExitCode.OK)
    except KeyboardInterrupt as stop:
        words, code = interrupted(stop)
        console.error(words)
        return int(code)
    except OSError as error:
        console.error(f"{error.strerror or error}: {error.filename}" if error.filename else str(error))
        return int(ExitCode.BAD_INPUT)


def run() -> None:
    """The console script."""
    # The CLI reports a page that came back full in its own words (and --quiet hides it): drop the
    # library's warning about it, and only that one, so it is not printed twice.
    logging.getLogger("optimove_client").addFilter(is_not_full_page_warning)
    print_warnings(sys.stderr)  # the library's other warnings, printed as they are
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the closed pipe again at exit: point stdout at nothing instead.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)
