"""The `optimove` command: parse, dispatch, and turn every failure into one line and an exit code."""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence

from optimove_client._config.log import is_not_full_page_warning, print_warnings
from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode, exit_code_of
from optimove_client.cli.interrupts import interrupted
from optimove_client.cli.parser import build_parser, command_named
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


@contextlib.contextmanager
def _kept_for_good(own_process: bool) -> Iterator[None]:
    """In the console script's own process: the collector paused within the block, and what exists after it
    frozen out of its sight.

    Importing a command makes some 50,000 objects (modules, classes, functions, the operations table)
    that last as long as the process. The collector would walk them again and again while they are made
    (about 70 collections, 15 ms of a one-record export's start) and at every full collection of a long
    export after, and never free one. Not for a program that calls main() itself: frozen objects are
    never collected, which its own objects made so far should not be."""
    if not own_process:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _command(name: str, own_process: bool) -> Callable[..., ExitCode]:
    module, function = _COMMANDS[name]
    with _kept_for_good(own_process):
        loaded = importlib.import_module(module)
    command: Callable[..., ExitCode] = getattr(loaded, function)
    return command


def main(
    argv: Sequence[str] | None = None, console: Console | None = None, *, own_process: bool = False
) -> int:
    """Run the command line; returns the exit code (see `optimove --help`). own_process: the process is
    the command's alone (the console script), so its start-up may be tuned for it (_kept_for_good)."""
    console = console or Console()
    parser = build_parser(console, command_named(sys.argv[1:] if argv is None else argv))
    try:
        args = parser.parse_args(argv)
        # SIGTERM (a scheduler stopping the task) unwinds as Ctrl-C does: files whole, state saved.
        with raise_on_sigterm():
            return int(_command(args.command, own_process)(args, console))
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
    code = main(own_process=True)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the closed pipe again at exit: point stdout at nothing instead.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)
