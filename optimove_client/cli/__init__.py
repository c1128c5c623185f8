"""The `optimove` command line: list functions, call one, export every page of one, serve the mock."""

from optimove_client.cli.main import main, run

__all__ = ["main", "run"]
