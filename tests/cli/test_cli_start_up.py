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


def test_a_call_of_plain_query_parameters_reads_neither_the_spec_document_nor_the_validator() -> None:
    """--param texts are typed by each parameter's generated Rule and the wire values kept by it: the
    command line's call needs no spec document, jsonschema or referencing (one more check of a value the
    Rule does not keep is in tests/test_wire_rules.py)."""
    script = (
        "import io, sys, httpx\n"
        "from optimove_client.cli.main import main\n"
        "from optimove_client.cli.console import Console\n"
        "from optimove_client._request.spec_document import spec_document\n"
        'page = b\'[{"CustomerID": "7", "CustomerAttributes": ["a", "DE"]}]\'\n'
        "sent = []\n"
        "def answer(request):\n"
        "    sent.append(dict(request.url.params))\n"
        "    return httpx.Response(200, content=page)\n"
        "out = io.StringIO()\n"
        "mock = {'transport': httpx.MockTransport(answer)}\n"
        "console = Console(stdout=out, environ={}, client_options=mock)\n"
        "code = main(['call', 'GetCustomersByAction', '-p', 'RecipientGroupID=1', '-p', 'ActionID=3',\n"
        "             '-p', 'Date=2024-06-30', '--attributes', 'Alias,Country', '--api-key', 'k',\n"
        "             '--base-url', 'http://o.test', '--store', 'memory://', '--format', 'csv'], console)\n"
        "print(code, sent[0]['RecipientGroupID'], sent[0]['Date'], out.getvalue().splitlines()[1])\n"
        "print(spec_document.cache_info().currsize,"
        " sorted({m.split('.')[0] for m in sys.modules} & {'jsonschema', 'referencing'}))\n"
    )
    assert _run(script) == ["0", "1", "2024-06-30", "7,a,DE", "0", "[]"]
