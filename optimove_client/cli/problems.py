"""The CLI's own error: a one-line message and the exit code it ends with."""

from __future__ import annotations

from optimove_client.cli.exit_codes import ExitCode


class CliError(Exception):
    """Stops the command with a one-line message (never carrying a secret) and an exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code
