"""argparse answering a usage error with one line: the mock's `optimove-mock` and the `optimove` command
line share it. Only argparse: the command line's parser imports this without the mock's configuration."""

from __future__ import annotations

import argparse
from typing import NoReturn


class OneLineErrorParser(argparse.ArgumentParser):
    """argparse that answers a usage error with one line (the usage is one --help away), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {one_line(message)}; see {self.prog} --help\n")


def one_line(message: str) -> str:
    """argparse's message, without its `argument --flag:` prefix when the rule already names the flag."""
    prefix, colon, rest = message.partition(": ")
    flag = prefix.removeprefix("argument ")
    return rest if colon and prefix.startswith("argument ") and rest.startswith(flag) else message
