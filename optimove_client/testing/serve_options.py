"""The options of a served mock, shared by `optimove-mock` and `optimove mock serve` (one definition).

Every value is checked here: a bad one is a usage error (exit 2) that names the option and its rule.
Light on purpose (argparse, the config and the fault syntax, all standard library), so that building the
command line's parser stays quick; the spec is read only to check the function named by a --fault.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
from collections.abc import Callable

from optimove_client._config.rate_text import RateTextError, parse_windows
from optimove_client.testing.config import MockConfig
from optimove_client.testing.fault_syntax import SYNTAX, parse_fault
from optimove_client.testing.faults import Fault

DEFAULT_PORT = 8080
MAX_PORT = 65535

FAULT_HELP = (
    f"arm a fault before the first call (repeatable): {SYNTAX}, where WHAT is an HTTP status "
    "400..599 or hang, reset, truncate; FUNCTION an operationId (default: every call); OPTION "
    "times=N (calls in a row, default 1), nth=N (the first to fail, default the next), "
    "retry_after=SECONDS (with a status). E.g. 503:GetAllActions:times=3, 429:retry_after=30, "
    "reset:nth=2"
)
CONTROL_HELP = (
    "serve the control endpoints: GET /_mock/counters; GET, POST, DELETE /_mock/faults (POST "
    '{"fault": 503, "operation": "GetAllActions", "times": 3, "nth": 1, "retry_after": 30}); '
    "POST /_mock/sessions/expire"
)


def _whole(rule: str, accepts: Callable[[int], bool]) -> Callable[[str], int]:
    """An argparse type: a whole number that `accepts`, else a usage error stating `rule`."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not accepts(value):
            raise argparse.ArgumentTypeError(f"must be {rule}, not {text!r}")
        return value

    return convert


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text!r}")
    return value


def _api_key(text: str) -> str:
    # Never echo the value: it is a credential.
    if not text or not text.isprintable() or any(char.isspace() for char in text):
        raise argparse.ArgumentTypeError("must be printable text without spaces (the value is not shown)")
    return text


def _windows(text: str) -> tuple[tuple[int, float], ...]:
    """--rate-limit: CALLS/SECONDS,... or off (the client's rule: optimove_client._config.rate_text)."""
    try:
        return parse_windows(text, "--rate-limit")
    except RateTextError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _fault(text: str) -> Fault:
    from optimove_client.testing.spec import load_spec  # noqa: PLC0415 - only when a fault is given

    try:
        return parse_fault(text, load_spec().by_id.keys())
    except ValueError as problem:
        raise argparse.ArgumentTypeError(f"{problem} (in {text!r})") from None


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=_whole(f"a port from 0 to {MAX_PORT}", lambda port: 0 <= port <= MAX_PORT),
        default=DEFAULT_PORT,
        help=f"port (0: any free port; default {DEFAULT_PORT})",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        type=_api_key,
        metavar="KEY",
        help="an API key the mock accepts (repeatable; default mock-api-key)",
    )
    parser.add_argument(
        "--customers",
        type=_whole("a whole number, 0 or more", lambda count: count >= 0),
        default=MockConfig.customers,
        metavar="N",
        help=f"customers in the dataset (default {MockConfig.customers})",
    )
    parser.add_argument(
        "--attribute-shape",
        choices=("array", "joined"),
        default=MockConfig.attribute_shape,
        help="how customer attributes are sent: a JSON array, or one string joined by the delimiter "
        f"(default {MockConfig.attribute_shape})",
    )
    parser.add_argument(
        "--seed",
        type=_whole("a whole number", lambda _: True),
        default=MockConfig.seed,
        metavar="N",
        help=f"dataset seed (default {MockConfig.seed})",
    )
    windows = ",".join(f"{calls}/{seconds:g}" for calls, seconds in MockConfig.rate_limits)
    parser.add_argument(
        "--rate-limit",
        type=_windows,
        default=MockConfig.rate_limits,
        metavar="CALLS/SECONDS,...|off",
        help=f"the budget per caller, every window at once: CALLS/SECONDS (a bare number is refused), or "
        f"off for none (default {windows})",
    )
    parser.add_argument(
        "--token-idle-seconds",
        type=_seconds,
        default=MockConfig.token_idle_seconds,
        metavar="SECONDS",
        help="a Login session expires this long after its last call (default "
        f"{MockConfig.token_idle_seconds:g}, as Optimove)",
    )
    parser.add_argument("--fault", action="append", type=_fault, metavar="SPEC", help=FAULT_HELP)
    parser.add_argument("--control", action="store_true", help=CONTROL_HELP)


def config_from(args: argparse.Namespace) -> MockConfig:
    """The mock's configuration for options parsed by add_serve_options."""
    config = MockConfig(
        customers=args.customers,
        attribute_shape=args.attribute_shape,
        seed=args.seed,
        rate_limits=args.rate_limit,
        token_idle_seconds=args.token_idle_seconds,
        control_endpoints=args.control,
        faults=tuple(args.fault or ()),
    )
    if args.api_key:
        config = dataclasses.replace(config, api_keys=frozenset(args.api_key))
    return config
