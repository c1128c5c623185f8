"""`optimove mock serve`: the bundled mock Optimove on 127.0.0.1 (optimove_client.testing.serve)."""

from __future__ import annotations

import argparse

from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.problems import CliError


def serve(args: argparse.Namespace, console: Console) -> ExitCode:
    try:
        from optimove_client.testing import serve as mock_serve  # noqa: PLC0415 - needs the testing extra
        from optimove_client.testing.serve_options import config_from  # noqa: PLC0415
    except ImportError:
        raise CliError("the mock needs the testing extra: pip install 'optimove-client[testing]'") from None
    try:
        mock_serve.run(config_from(args), args.port, console.stdout)
    except mock_serve.PortUnavailableError as error:
        raise CliError(str(error)) from None
    return ExitCode.OK
