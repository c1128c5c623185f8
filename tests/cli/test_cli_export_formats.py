"""The formats an export writes besides plain text: gzip members, Parquet row groups, and their resumes.

Every export is compared with the library's own iteration of the same call: the same values in the same
order, attributes as columns (csv, Parquet) or under "Attributes" (JSON), "NULL" as empty or null.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from optimove_client import Optimove
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.formats import Csv
from optimove_client.cli.resume import state_path
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli
from tests.cli.test_cli_export import EXPORT, InterruptOnPage, expected, interrupt_twice_then_resume
from tests.support import LivePages

DAY = datetime.date(2024, 6, 30)


def read_back(path: Path) -> list[tuple[Any, ...]]:
    """(CustomerID, Alias, City) of every record of an export, whatever its format."""
    if path.suffix == ".parquet":
        return [(r["CustomerID"], r["Alias"], r["City"]) for r in pq.read_table(path).to_pylist()]
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8", newline="") as file:
            text = file.read()
    else:
        text = path.read_text(encoding="utf-8")
    name = path.name.removesuffix(".gz")
    if name.endswith(".csv"):
        return [(r["CustomerID"], r["Alias"], r["City"]) for r in csv.DictReader(io.StringIO(text))]
    records = json.loads(text) if name.endswith(".json") else [json.loads(line) for line in text.splitlines()]
    return [(r["CustomerID"], r["Attributes"]["Alias"], r["Attributes"]["City"]) for r in records]


@pytest.mark.parametrize("suffix", [".csv.gz", ".jsonl.gz", ".json.gz", ".parquet"])
def test_each_format_holds_exactly_the_rows_of_the_library(
    suffix: str, run_cli: RunCli, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / f"customers{suffix}"
    outcome = run_cli(*EXPORT, "--output", str(output))
    assert outcome.code == 0, outcome.err
    wanted = expected(client)
    assert len(wanted) > 150 * 3
    assert read_back(output) == wanted
    assert not state_path(output).exists()


def test_a_gzip_export_is_one_member_per_page(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "customers.csv.gz"
    assert run_cli(*EXPORT, "--max-items", "400", "--output", str(output)).code == 0
    data = output.read_bytes()
    assert data.count(b"\x1f\x8b\x08") >= 4  # the header, then 3 pages: each a member of its own
    assert gzip.decompress(data).decode().count("\n") == 401


def test_compress_gzip_writes_standard_output_as_gzip(
    run_cli: RunCli, client: Optimove, mock: MockOptimove, environ: dict[str, str]
) -> None:
    from optimove_client.cli.console import Console  # noqa: PLC0415
    from optimove_client.cli.main import main  # noqa: PLC0415

    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8")
    console = Console(
        stdout=stdout,
        stderr=io.StringIO(),
        environ=environ,
        client_options={"transport": mock.transport(), "rate_limit": ()},
    )
    code = main([*EXPORT, "--max-items", "300", "--format", "jsonl", "--compress", "gzip"], console)
    assert code == 0
    lines = gzip.decompress(raw.getvalue()).decode().splitlines()
    got = [
        (r["CustomerID"], r["Attributes"]["Alias"], r["Attributes"]["City"]) for r in map(json.loads, lines)
    ]
    assert got == expected(client)[:300]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--compress", "gzip", "--output", "x.csv"), "give the --output file a .csv.gz suffix"),
        (("--output", "x.parquet", "--compress", "gzip"), "Parquet compresses its own pages"),
        (("--format", "csv", "--output", "x.parquet"), "contradicts the --output suffix .parquet"),
    ],
)
def test_contradicting_compression_and_format_are_refused(
    argv: tuple[str, ...], message: str, run_cli: RunCli, tmp_path: Path
) -> None:
    argv = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in argv)
    outcome = run_cli(*EXPORT, *argv)
    assert outcome.code == ExitCode.BAD_INPUT
    assert message in outcome.err


def test_parquet_needs_an_all_pages_export(run_cli: RunCli, tmp_path: Path) -> None:
    outcome = run_cli("call", "GetAllActions", "--output", str(tmp_path / "actions.parquet"))
    assert outcome.code == ExitCode.BAD_INPUT
    assert "--format parquet is for --all-pages exports" in outcome.err


def test_a_parquet_export_has_one_row_group_per_page_and_the_spec_types(
    run_cli: RunCli, tmp_path: Path
) -> None:
    output = tmp_path / "customers.parquet"
    assert run_cli(*EXPORT, "--max-items", "400", "--output", str(output)).code == 0
    file = pq.ParquetFile(output)
    assert [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)] == [150, 150, 100]
    assert file.metadata.row_group(0).column(0).compression == "ZSTD"
    schema = file.schema_arrow
    assert schema.names == ["CustomerID", "ActionID", "ChannelID", "Alias", "City"]
    assert schema.field("CustomerID").type == pa.string()
    assert not schema.field("CustomerID").nullable
    assert schema.field("ActionID").type == pa.int64()


TYPED = {
    # function: (its -p parameters, the facade's entry, its keywords): dates, times and numbers
    "GetCurrentlyTargetedCustomers": ((), "customers.get_currently_targeted_customers", {}),
    "GetCustomerSendDetailsByCampaign": (
        ("CampaignID=1",),
        "customers.get_customer_send_details_by_campaign",
        {"campaign_id": 1},
    ),
    "GetCustomerFutureValues": (
        ("LifecycleStageID=1",),
        "customers.get_customer_future_values",
        {"lifecycle_stage_id": "1"},
    ),
}


@pytest.mark.parametrize("function", TYPED)
def test_dates_times_and_numbers_keep_their_types_in_parquet(
    function: str, run_cli: RunCli, client: Optimove, tmp_path: Path
) -> None:
    params, entry_name, keywords = TYPED[function]
    category, name = entry_name.split(".")
    entry = getattr(getattr(client, category, None), name, None)
    if entry is None or entry.operation.operation_id != function:
        pytest.fail(f"{entry_name} is not {function}'s entry point")
    rows = list(entry.iter(**keywords, max_items=500))
    assert rows, f"the mock has no rows of {function}"
    output = tmp_path / f"{function}.parquet"
    argv = [item for param in params for item in ("-p", param)]
    outcome = run_cli("call", function, *argv, "--all-pages", "--max-items", "500", "-o", str(output))
    assert outcome.code == 0, outcome.err
    expected_records = [
        {wire: getattr(row, attribute) for attribute, wire in row.optimove_names} for row in rows
    ]
    assert pq.read_table(output).to_pylist() == expected_records
    kinds = {type(value) for record in expected_records for value in record.values()}
    assert kinds & {datetime.date, datetime.datetime, float}, "the function has no typed column to check"


def test_null_attribute_values_are_empty_in_csv_and_null_in_parquet_and_json(
    run_cli: RunCli, client: Optimove, tmp_path: Path
) -> None:
    client.customers.add_customer_attribute(name="Unset", type="string")  # no customer has a value yet
    export = [a.replace("Alias,City", "Alias,Unset") for a in EXPORT]
    rows = list(
        client.customers.get_customers_by_action.iter(
            recipient_group_id=1, action_id=12, date=DAY, attributes=["Alias", "Unset"], max_items=300
        )
    )
    assert rows and all(row.attributes is not None and row.attributes["Unset"] is None for row in rows)
    for suffix in (".csv", ".parquet", ".jsonl"):
        output = tmp_path / f"unset{suffix}"
        assert run_cli(*export, "--max-items", "300", "--output", str(output)).code == 0
        if suffix == ".csv":
            with output.open(newline="") as file:
                values = [r["Unset"] for r in csv.DictReader(file)]
            assert values == [""] * 300
        elif suffix == ".parquet":
            assert pq.read_table(output).column("Unset").null_count == 300
        else:
            values = [json.loads(line)["Attributes"]["Unset"] for line in output.read_text().splitlines()]
            assert values == [None] * 300


@pytest.mark.parametrize("suffix", [".csv.gz", ".jsonl.gz", ".parquet"])
def test_an_interrupted_export_resumes_to_the_clean_export(
    suffix: str, run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / f"customers{suffix}"
    interrupt_twice_then_resume(run_cli, mock, (*EXPORT, "--output", str(output)))
    assert read_back(output) == expected(client)
    clean = tmp_path / f"clean{suffix}"
    assert run_cli(*EXPORT, "--output", str(clean)).code == 0
    if suffix == ".parquet":
        resumed, fresh = pq.ParquetFile(output), pq.ParquetFile(clean)
        assert resumed.read().equals(fresh.read())
        layout = [fresh.metadata.row_group(i).num_rows for i in range(fresh.num_row_groups)]
        assert [resumed.metadata.row_group(i).num_rows for i in range(resumed.num_row_groups)] == layout
        assert not (tmp_path / f"customers{suffix}.optimove-partial").exists()
    else:
        assert output.read_bytes() == clean.read_bytes()


def test_a_parquet_file_without_its_footer_starts_again(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.parquet"
    argv = (*EXPORT, "--output", str(output))
    assert run_cli(*argv, transport=CountingTransport(mock, InterruptOnPage(3))).code == ExitCode.INTERRUPTED
    data = output.read_bytes()
    output.write_bytes(data[: len(data) // 2])  # what a killed process leaves: row groups, no footer
    outcome = run_cli(*argv, "--resume")
    assert outcome.code == 0, outcome.err
    assert "without its Parquet footer" in outcome.err
    assert read_back(output) == expected(client)


def test_a_resumed_csv_must_have_the_same_columns(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.csv"
    argv = (*EXPORT, "--output", str(output))
    assert run_cli(*argv, transport=CountingTransport(mock, InterruptOnPage(2))).code == ExitCode.INTERRUPTED
    text = output.read_text()
    output.write_text(text.replace("CustomerID,", "CustomerId,", 1))
    outcome = run_cli(*argv, "--resume")
    assert outcome.code == ExitCode.BAD_INPUT
    assert "has the columns" in outcome.err


def test_without_pyarrow_parquet_names_the_extra_before_any_call(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [module for module in sys.modules if module == "pyarrow" or module.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    sent: list[str] = []
    transport = CountingTransport(mock, lambda request: sent.append(request.url.path))
    output = tmp_path / "customers.parquet"
    outcome = run_cli(*EXPORT, "--output", str(output), transport=transport)
    assert outcome.code == ExitCode.BAD_INPUT, outcome.err
    assert (
        "Parquet exports need pyarrow, which is not installed: pip install 'optimove-client[arrow]'"
        in outcome.err
    )
    assert sent == []
    assert not output.exists()


_cell_values = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.integers(-(2**40), 2**40),
    st.booleans(),
)


@given(st.lists(st.lists(_cell_values, min_size=3, max_size=3), min_size=1, max_size=20), st.booleans())
def test_csv_cells_read_back_as_the_standard_csv_reader_sees_them(rows: list[list[Any]], lone: bool) -> None:
    """Quoting, empty values and newlines inside values: Python's csv reader gets every cell back."""
    width = 1 if lone else 3
    columns = [[row[index] for row in rows] for index in range(width)]
    writer = Csv()
    text = (writer.begin([f"c{i}" for i in range(width)]) + writer.page(columns)).decode()
    read = list(csv.reader(io.StringIO(text, newline="")))
    assert read[0] == [f"c{i}" for i in range(width)]

    def cell(value: Any) -> str:
        return "" if value is None else str(value)

    assert read[1:] == [[cell(row[index]) for index in range(width)] for row in rows]


def test_an_attribute_named_like_a_field_is_refused_before_any_call(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    sent: list[str] = []
    export = [a.replace("Alias,City", "Alias,ActionID") for a in EXPORT]
    output = tmp_path / "customers.csv"
    outcome = run_cli(
        *export, "-o", str(output), transport=CountingTransport(mock, lambda r: sent.append(r.url.path))
    )
    assert outcome.code == ExitCode.BAD_INPUT
    assert "attributes must not name a field of the rows (ActionID)" in outcome.err
    assert sent == []
    assert not output.exists()


def test_parquet_streams_to_a_fifo_and_to_standard_output(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, environ: dict[str, str], tmp_path: Path
) -> None:
    """Neither can be sought: pyarrow writes them front to back, footer last, and they read as a file."""
    from optimove_client.cli.console import Console  # noqa: PLC0415
    from optimove_client.cli.main import main  # noqa: PLC0415
    from tests.cli.test_cli_destinations import FifoReader  # noqa: PLC0415

    reader = FifoReader(tmp_path / "customers.parquet")
    outcome = run_cli(*EXPORT, "--output", str(reader.path))
    assert outcome.code == 0, outcome.err
    (tmp_path / "from-fifo.parquet").write_bytes(reader.received())
    assert read_back(tmp_path / "from-fifo.parquet") == expected(client)

    raw = io.BytesIO()
    console = Console(
        stdout=io.TextIOWrapper(raw, encoding="utf-8"),
        stderr=io.StringIO(),
        environ=environ,
        client_options={"transport": mock.transport(), "rate_limit": ()},
    )
    assert main([*EXPORT, "--format", "parquet"], console) == 0
    (tmp_path / "from-stdout.parquet").write_bytes(raw.getvalue())
    assert read_back(tmp_path / "from-stdout.parquet") == expected(client)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("argv", [("--format", "parquet"), ("--format", "csv", "--compress", "gzip")])
def test_binary_output_is_refused_on_a_terminal_before_any_call(
    argv: tuple[str, ...], mock: MockOptimove, environ: dict[str, str]
) -> None:
    from optimove_client.cli.console import Console  # noqa: PLC0415
    from optimove_client.cli.main import main  # noqa: PLC0415

    sent: list[str] = []
    stderr = io.StringIO()
    console = Console(
        stdout=_Terminal(),
        stderr=stderr,
        environ=environ,
        client_options={
            "transport": CountingTransport(mock, lambda r: sent.append(r.url.path)),
            "rate_limit": (),
        },
    )
    assert main([*EXPORT, *argv], console) == ExitCode.BAD_INPUT
    assert "is binary: write it to a file (--output) or a pipe, not to the terminal" in stderr.getvalue()
    assert sent == []


def _pieces_then_failure(pieces: list[bytes]) -> Iterator[bytes]:
    yield from pieces
    raise ValueError("a row of the page does not decode")


@pytest.mark.parametrize("compressed", [False, True])
def test_a_page_that_fails_midway_leaves_a_file_as_it_was_before_the_page(
    compressed: bool, tmp_path: Path
) -> None:
    from optimove_client.cli.sink import Sink  # noqa: PLC0415

    path = tmp_path / "page.out"
    sink = Sink.open(path, io.StringIO(), gzip=compressed)
    sink.write_page([b"a,1\n", b"b,2\n"])
    whole = sink.size
    with pytest.raises(ValueError, match="does not decode"):
        sink.write_page(_pieces_then_failure([b"c,3\n", b"d,4\n"]))
    assert sink.size == whole
    sink.write_page([b"e,5\n"])
    sink.close()
    data = path.read_bytes()
    assert (gzip.decompress(data) if compressed else data) == b"a,1\nb,2\ne,5\n"
    if compressed:
        assert data.count(b"\x1f\x8b\x08") == 2  # a member per page written, none for the failed one


def test_a_page_that_fails_midway_on_a_stream_keeps_the_whole_records_written() -> None:
    from optimove_client.cli.sink import Sink  # noqa: PLC0415

    out = io.StringIO()
    sink = Sink.open(None, out)
    with pytest.raises(ValueError, match="does not decode"):
        sink.write_page(_pieces_then_failure([b"c,3\n", b"d,4\n"]))
    assert out.getvalue() == "c,3\nd,4\n"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl.gz", ".parquet"])
def test_an_export_holds_one_page_at_a_time_and_writes_a_row_group_without_its_body(
    suffix: str,
    run_cli: RunCli,
    mock: MockOptimove,
    client: Optimove,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page is gone before the next is asked for; Parquet lets the page's JSON go before writing its
    row group (the row group and the body together were the export's peak of memory)."""
    live = LivePages(monkeypatch)
    alive_at_request: list[int] = []
    alive_at_write: list[int] = []
    write_table = pq.ParquetWriter.write_table

    def watched(writer: Any, table: Any, row_group_size: Any = None) -> None:
        alive_at_write.append(live.alive())
        write_table(writer, table, row_group_size=row_group_size)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", watched)
    output = tmp_path / f"customers{suffix}"
    transport = CountingTransport(mock, before=lambda request: alive_at_request.append(live.alive()))
    outcome = run_cli(*EXPORT, "--output", str(output), transport=transport)
    assert outcome.code == 0, outcome.err
    pages = live.made
    assert pages > 3 and alive_at_request == [0] * len(alive_at_request)
    assert alive_at_write == ([0] * pages if suffix == ".parquet" else [])
    assert read_back(output) == expected(client)


def test_gzip_pages_are_compressed_in_order_on_a_thread_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """zlib lets go of the GIL: the next piece of a page is made while the last one is compressed."""
    import threading  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    from optimove_client.cli.sink import Sink  # noqa: PLC0415

    threads: list[str] = []
    real = zlib.compressobj

    class Recording:
        def __init__(self, *args: Any) -> None:
            self._inner = real(*args)

        def compress(self, data: bytes) -> bytes:
            threads.append(threading.current_thread().name)
            return self._inner.compress(data)

        def flush(self) -> bytes:
            return self._inner.flush()

    monkeypatch.setattr(zlib, "compressobj", Recording)
    pages = [[f"{page},{piece}\n".encode() * 50 for piece in range(30)] for page in range(3)]
    path = tmp_path / "pages.csv.gz"
    sink = Sink.open(path, io.StringIO(), gzip=True)
    for pieces in pages:
        sink.write_page(iter(pieces))
    sink.close()
    data = path.read_bytes()
    assert gzip.decompress(data) == b"".join(piece for pieces in pages for piece in pieces)
    assert data.count(b"\x1f\x8b\x08") == 3
    assert len(threads) == 90 and all(name.startswith("optimove-gzip") for name in threads)


class _WithUnknownField(httpx.BaseTransport):
    """The mock's answers, each row carrying a field that the spec does not describe."""

    def __init__(self, mock: MockOptimove) -> None:
        self.inner = mock.transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        rows = json.loads(response.content or b"[]")
        body = json.dumps([{**row, "Surprise": index} for index, row in enumerate(rows)]).encode()
        return httpx.Response(
            response.status_code, content=body, headers={"Content-Type": "application/json"}
        )


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_fields_the_spec_does_not_describe_are_said_once_and_left_out(
    suffix: str, run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / f"customers{suffix}"
    outcome = run_cli(*EXPORT, "--output", str(output), transport=_WithUnknownField(mock))
    assert outcome.code == 0, outcome.err
    assert outcome.err.count("Surprise") == 1  # one warning for the whole export, not one per page
    assert "answered fields that the spec does not describe (Surprise)" in outcome.err
    assert read_back(output) == expected(client)
    assert b"Surprise" not in output.read_bytes()
