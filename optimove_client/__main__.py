"""`python -m optimove_client`: the `optimove` command, for where its script is not on PATH."""

from optimove_client.cli.main import run

if __name__ == "__main__":
    run()
