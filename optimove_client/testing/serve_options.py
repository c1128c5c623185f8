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
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=MockConfig.rate_limit_calls,
        metavar="CALLS",
        help=f"calls per hour before the mock answers 429 (default {MockConfig.rate_limit_calls})",
    )


def config_from(args: argparse.Namespace) -> MockConfig:
    """The mock's configuration for options parsed by add_serve_options."""
    config = MockConfig(
        customers=args.customers,
        attribute_shape=args.attribute_shape,
        seed=args.seed,
        rate_limit_calls=args.rate_limit,
    )
    if args.api_key:
        config = dataclasses.replace(config, api_keys=frozenset(args.api_key))
    return config
