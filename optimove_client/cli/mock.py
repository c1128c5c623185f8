"""`optimove mock serve`: the bundled mock Optimove on 127.0.0.1 (optimove_client.testing.serve)."""

from __future__ import annotations

import argparse

from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.problems import CliError


def serve(args: argparse.Namespace, console: Console) -> ExitCode:
    try:
        from optimove_client.testing import serve as mock_serve  # noqa: PLC0415 - needs the testing extra
    except ImportError:
        raise CliError("the mock needs the testing extra: pip install 'optimove-client[testing]'") from None
    argv = ["--port", str(args.port), "--attribute-shape", args.attribute_shape]
    if args.customers is not None:
        argv += ["--customers", str(args.customers)]
    if args.seed is not None:
        argv += ["--seed", str(args.seed)]
    if args.api_key:
        argv += ["--api-key", args.api_key]
    mock_serve.main(argv)
    return ExitCode.OK
