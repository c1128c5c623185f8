"""What the command line's start-up leaves out or tunes, checked in a fresh interpreter each."""

from __future__ import annotations

import subprocess
import sys


def _run(script: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.split()


_FUNCTIONS = (
    "import gc, io, sys\n"
    "from optimove_client.cli.main import main\n"
    "from optimove_client.cli.console import Console\n"
    "code = main(['functions', 'GetAllActions'], Console(stdout=io.StringIO()){own})\n"
    "print(code, gc.isenabled(), gc.get_freeze_count() > 0,"
    " 'optimove_client.testing.serve_options' in sys.modules)\n"
)


def test_the_console_script_freezes_what_its_imports_made_and_keeps_the_collector_on() -> None:
    assert _run(_FUNCTIONS.format(own=", own_process=True")) == ["0", "True", "True", "False"]


def test_a_program_calling_main_has_its_collector_left_alone() -> None:
    assert _run(_FUNCTIONS.format(own="")) == ["0", "True", "False", "False"]


def test_only_the_mock_command_imports_the_mocks_options() -> None:
    script = (
        "import io, sys\n"
        "from optimove_client.cli.main import main\n"
        "from optimove_client.cli.console import Console\n"
        "out = io.StringIO()\n"
        "code = main(['mock', 'serve', '--help'], Console(stdout=out))\n"
        "print(code, '--customers' in out.getvalue(),"
        " 'optimove_client.testing.serve_options' in sys.modules)\n"
    )
    assert _run(script) == ["0", "True", "True"]
