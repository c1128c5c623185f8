"""`mypy --strict` on user code sees the real signatures of opt.<category>.<function>, sync and async."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SAMPLE = textwrap.dedent(
    """
    import datetime

    from optimove_client import AsyncOptimove, Optimove


    async def run(aopt: AsyncOptimove) -> None:
        reveal_type(await aopt.general.get_last_data_update())  # line 8


    def use(opt: Optimove) -> None:
        reveal_type(opt.general.get_last_data_update())  # line 12
        day = datetime.date(2024, 6, 30)
        reveal_type(opt.customers.get_customers_by_action(recipient_group_id=1, action_id=2, date=day))
        opt.customers.get_customers_by_action(recipient_group_id="1", action_id=2, date=day)  # line 15
        opt.customers.get_customers_by_action(recipient_group_id=1, action_id=2, date="2024-06-30")
        opt.customers.get_customers_by_action(recipient_group_id=1, action_id=2)  # line 17
        opt.general.get_last_data_update(unknown=1)
        opt.general.no_such_function()  # line 19
    """
)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path) -> dict[int, str]:
    folder = tmp_path_factory.mktemp("typing")
    sample = folder / "sample.py"
    sample.write_text(SAMPLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(sample)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr  # the sample's errors, nothing else
    lines: dict[int, str] = {}
    for line in result.stdout.splitlines():
        found = re.match(r".*sample\.py:(\d+): (.*)", line)
        if found:
            number = int(found.group(1))
            lines[number] = lines.get(number, "") + found.group(2) + "\n"
    return lines


def test_results_have_their_real_types(mypy_output: dict[int, str]) -> None:
    # A lookup of one value answers the value itself: GetLastDataUpdate gives a date.
    assert 'Revealed type is "datetime.date | None"' in mypy_output[8]
    assert mypy_output[12] == mypy_output[8]  # sync and async return the same type
    page = r'Revealed type is "optimove_generated\.protocols\.PageList\[optimove_generated\.\S*'
    page += "GetCustomersByAction"
    assert re.search(page, mypy_output[14])  # a plain call of a paging function: one page, and has_more


def test_wrong_argument_types_are_errors(mypy_output: dict[int, str]) -> None:
    assert '"recipient_group_id"' in mypy_output[15] and 'expected "int"' in mypy_output[15]
    assert '"date"' in mypy_output[16] and 'expected "date"' in mypy_output[16]


def test_missing_unknown_arguments_and_functions_are_errors(mypy_output: dict[int, str]) -> None:
    assert 'Missing named argument "date"' in mypy_output[17]
    assert 'Unexpected keyword argument "unknown"' in mypy_output[18]
    assert "no_such_function" in mypy_output[19]
    assert set(mypy_output) == {8, 12, 14, 15, 16, 17, 18, 19}  # no Any leaking, no other complaint
