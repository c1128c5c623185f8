"""The options of a served mock, shared by `optimove-mock` and `optimove mock serve` (one definition).

Light on purpose (argparse and the config only), so that building the command line's parser stays quick.
"""

from __future__ import annotations

import argparse
import dataclasses

from optimove_client.testing.config import MockConfig

DEFAULT_PORT = 8080


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port (0: any free port; default 8080)"
    )
    parser.add_argument(
        "--api-key",
        action="append",
        metavar="KEY",
        help="an API key the mock accepts (repeatable; default mock-api-key)",
    )
    parser.add_argument(
        "--customers",
        type=int,
        default=MockConfig.customers,
        help=f"customers in the dataset (default {MockConfig.customers})",
    )
    parser.add_argument("--attribute-shape", choices=("array", "joined"), default="array")
    parser.add_argument(
        "--seed", type=int, default=MockConfig.seed, help=f"dataset seed (default {MockConfig.seed})"
    )
    windows = ",".join(f"{calls}/{seconds:g}" for calls, seconds in MockConfig.rate_limits)
    parser.add_argument(
        "--rate-limit",
        type=_windows,
        default=MockConfig.rate_limits,
        metavar="CALLS/SECONDS,...",
        help=f"the budget per caller, every window at once, or off (default {windows})",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help="answer GET /_mock/counters with the calls, Logins and refusals seen so far",
    )


def _windows(text: str) -> tuple[tuple[int, float], ...]:
    """--rate-limit: CALLS/SECONDS,... or off."""
    if text.strip().lower() == "off":
        return ()
    windows = []
    for part in text.split(","):
        calls, slash, seconds = part.strip().partition("/")
        try:
            window = (int(calls), float(seconds) if slash else 3600.0)
        except ValueError:
            raise argparse.ArgumentTypeError(f"CALLS/SECONDS,... or off, not {text!r}") from None
        if window[0] < 1 or window[1] <= 0:
            raise argparse.ArgumentTypeError(f"calls >= 1 and seconds > 0, not {part.strip()!r}")
        windows.append(window)
    return tuple(windows)


def config_from(args: argparse.Namespace) -> MockConfig:
    """The mock's configuration for options parsed by add_serve_options."""
    config = MockConfig(
        customers=args.customers,
        attribute_shape=args.attribute_shape,
        seed=args.seed,
        rate_limits=args.rate_limit,
        control_endpoints=args.control,
    )
    if args.api_key:
        config = dataclasses.replace(config, api_keys=frozenset(args.api_key))
    return config
