"""`optimove call`: one function by its Optimove name, printed or written; --all-pages streams every page;
--batched sends a list of any length in as many calls as the function needs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from optimove_client import Optimove, RateLimit, _arrow
from optimove_client._identity import Origin
from optimove_client._waiting import watching
from optimove_client.cli import attribute_advice, heap, raw
from optimove_client.cli.catalog import Function, batching, find
from optimove_client.cli.console import Console
from optimove_client.cli.credentials import client_settings
from optimove_client.cli.exit_codes import ExitCode, exit_code_of
from optimove_client.cli.export import ExportJob, ExportSummary, check_resumable
from optimove_client.cli.extras import extra_arguments, extras_identity
from optimove_client.cli.formats import Csv, encode, pretty, records_as_columns
from optimove_client.cli.interrupts import interrupted
from optimove_client.cli.output_formats import PARQUET, check_parquet, compression_for, format_for
from optimove_client.cli.params import Signature, normal
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import BatchProgressDisplay, Mode, ProgressDisplay, WaitLines
from optimove_client.cli.records import flattened, plain, records_of
from optimove_client.cli.sink import Sink, is_regular, output_path
from optimove_client.errors import (
    BatchError,
    OptimoveError,
    ResponseParseError,
    ValidationError,
    describe_items,
)


def _check_flags(args: argparse.Namespace, function: Function, output: Path | None) -> None:
    paging_flags = [
        flag
        for flag, value in (("--page-size", args.page_size), ("--max-items", args.max_items),
                            ("--concurrency", args.concurrency), ("--resume", args.resume or None))
        if value is not None
    ]  # fmt: skip
    if args.batched and function.batch_limit is None:
        raise CliError(
            f"{function.name} does not batch; drop --batched (the functions that batch: "
            f"{', '.join(batching())})"
        )
    if args.batched and args.output is not None and function.operation.result.kind == "none":
        raise CliError(f"{function.name} answers nothing: --batched has no results to write to --output")
    if args.all_pages and not function.pages:
        raise CliError(f"{function.name} does not page; drop --all-pages")
    if paging_flags and not args.all_pages:
        raise CliError(f"{paging_flags[0]} needs --all-pages")
    if args.resume and not args.output:
        raise CliError("--resume needs --output FILE (the export to continue)")
    if args.resume:
        check_resumable(output)
    if args.start_at is not None and not args.batched:
        raise CliError("--start-at needs --batched (it skips the items a failed batch already sent)")
    if args.xml and (args.all_pages or function.operation.method != "GET"):
        raise CliError("--xml is for a single call of a GET function")
    raw.check(args, function)


def client_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"timeout": args.timeout, "max_retries": args.max_retries}
    if args.rate_limit is not None:
        options["rate_limit"] = RateLimit.parse(args.rate_limit, "--rate-limit")
    if getattr(args, "attribute_mismatch", None):  # `optimove call` only
        options["attribute_mismatch"] = args.attribute_mismatch
    return options


def call(args: argparse.Namespace, console: Console) -> ExitCode:
    function = find(args.function)
    output = output_path(args.output, console.stdout)
    _check_flags(args, function, output)
    # --raw writes bare text: any --output suffix but a format's (checked with the flags)
    fmt = "json" if args.raw else format_for(args.format, args.output, paging=args.all_pages, xml=args.xml)
    check_parquet(fmt, paging=args.all_pages)
    if fmt == PARQUET:
        _arrow.pyarrow("Parquet exports")  # missing: the extra to install, before anything is sent or written
    compress = compression_for(args.compress, args.output, fmt)
    if output is None and (compress or fmt == PARQUET) and console.stdout.isatty():
        what = "Parquet" if fmt == PARQUET else "gzip"
        raise CliError(f"{what} is binary: write it to a file (--output) or a pipe, not to the terminal")
    extras = extra_arguments(args)
    arguments = Signature(function).arguments(
        args.param,
        body=args.body,
        attributes=args.attributes,
        delimiter=args.delimiter,
        paging=args.all_pages,
        batched=args.batched,
    )
    arguments.update(extras)
    start = _start_at(args.start_at, function, arguments) if args.batched else 0
    settings = {**client_settings(args, console), **client_options(args), **console.client_options}
    with Optimove(**settings) as client, watching(_wait_lines(args, console)):
        entry = function.bound_to(client)
        if args.batched:
            return _batched(
                args=args, console=console, function=function, entry=entry, arguments=arguments, fmt=fmt,
                output=output, start=start,
            )  # fmt: skip
        if args.all_pages:
            origin = Origin.of(
                settings["base_url"],
                **{key: settings.get(key) for key in ("api_key", "username", "token")},
            )
            summary = _export(
                args=args, console=console, function=function, entry=entry, arguments=arguments, fmt=fmt,
                output=output, compress=compress, origin=origin,
            )  # fmt: skip
            if output is not None and not args.quiet:
                console.stderr.write(_summary_line(summary) + "\n")
            return ExitCode.OK
        try:
            result = entry.xml(**arguments) if args.xml else entry(**arguments)
        except ResponseParseError as error:
            words = attribute_advice.in_cli_words(error, args.delimiter)
            if words is None:
                raise
            raise CliError(words, exit_code_of(error)) from None
    if function.operation.sensitive_result:
        console.stderr.write(f"{function.name} succeeded; its session token is not shown.\n")
        return ExitCode.OK
    text = raw.render(function, plain(result)) if args.raw else None
    sink = Sink.open(output, console.stdout, gzip=compress is not None)
    try:
        sink.write(result if args.xml else text if text is not None else render(result, fmt))
    finally:
        sink.close()
    if getattr(result, "has_more", False) and not args.quiet and not _page_size_asked(function, arguments):
        console.error(_full_page_warning(function, result, output))
    return ExitCode.OK


def _wait_lines(args: argparse.Namespace, console: Console) -> WaitLines | None:
    """Waits said in lines where no progress line counts them down (--all-pages and --batched draw one
    on a terminal); nothing with --quiet."""
    drawn = console.progress_on_terminal() and (args.all_pages or args.batched)
    return None if args.quiet or drawn else WaitLines(console.stderr)


def _page_size_asked(function: Function, arguments: dict[str, Any]) -> bool:
    """Whether the page size was given (-p '$top=3'): then a full page is what was asked for."""
    paging = function.operation.paging
    size = paging.page_size if paging is not None else None
    return size is not None and arguments.get(size.keyword) is not None


def _full_page_warning(function: Function, page: Any, output: Path | None) -> str:
    """A plain call of a paging function gives one page; a full one may not be all there is."""
    where = f" to {output}" if output is not None else ""
    return (
        f"warning: {function.name}: wrote {len(page):,} records{where}, a full page, so there may be more "
        f"(from offset {page.next_offset:,}); --all-pages fetches every page"
    )


def render(result: Any, fmt: str) -> str:
    """A single call's result in the format asked for."""
    value = plain(result)
    if fmt == "json":
        return pretty(value) + "\n"
    rows = value if isinstance(value, list) else [value]
    if fmt == "jsonl":
        return "".join(encode(row) + "\n" for row in rows)
    records = records_of(result) if isinstance(result, list) else records_of([value])
    names, columns = records_as_columns([flattened(record) for record in records])
    writer = Csv()
    return (writer.begin(names) + writer.page(columns)).decode() if names else ""


def _identity(args: argparse.Namespace, function: Function, fmt: str, compress: str | None) -> dict[str, Any]:
    """What an export is of: a resume must ask for the same (page size and limits may change)."""
    params = sorted(f"{normal(key)}={value}" for key, _, value in (p.partition("=") for p in args.param))
    return {
        "function": function.name,
        "params": params,
        "attributes": args.attributes,
        "delimiter": args.delimiter,
        "format": fmt,
        **({"compress": compress} if compress else {}),
        **extras_identity(args),
    }


def _export(
    *,
    args: argparse.Namespace,
    console: Console,
    function: Function,
    entry: Any,
    arguments: dict[str, Any],
    fmt: str,
    output: Path | None,
    compress: str | None,
    origin: Origin,
) -> ExportSummary:
    job = ExportJob(
        entry=entry,
        arguments=arguments,
        format=fmt,
        output=output,
        stdout=console.stdout,
        identity=_identity(args, function, fmt, compress),
        origin=origin,
        page_size=args.page_size,
        max_items=args.max_items,
        concurrency=args.concurrency,
        gzip=compress is not None,
        warn=console.error,
    )
    mode: Mode = "bar" if console.progress_on_terminal() and not args.quiet else "off"
    progress = ProgressDisplay(console.stderr, mode, label=function.name)
    if fmt == PARQUET:
        heap.map_large_blocks()  # each page's body is given back once its row group is written
    hint = (
        f"; {output} holds {{written:,}} whole records: run the same command with --resume to continue"
        if output is not None and is_regular(output)
        else ""
    )
    try:
        return job.run(progress, resume=args.resume)
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (Terminated)
        words, code = interrupted(stop)
        raise CliError(words + hint.format(written=job.written), code) from None
    except OptimoveError as error:
        advised = attribute_advice.in_cli_words(error, args.delimiter)
        if advised is not None:  # the same command would stop on the same value: the resume adds a flag
            again = hint.replace(
                "run the same command with --resume",
                f"add {attribute_advice.flags(args.delimiter)} and --resume",
            )
            raise CliError(advised + again.format(written=job.written), exit_code_of(error)) from None
        if (job.written == 0 and not hint) or isinstance(error, ValidationError):
            raise  # a ValidationError comes before anything is sent, or written
        raise CliError(f"{error}{hint.format(written=job.written)}", exit_code_of(error)) from None


def _summary_line(summary: ExportSummary) -> str:
    resumed = f", resumed at {summary.resumed_from:,}" if summary.resumed_from else ""
    return (
        f"wrote {summary.records:,} records to {summary.output} "
        f"({summary.pages} pages in {summary.seconds:.1f}s{resumed})"
    )


def _list_keyword(function: Function) -> str | None:
    """The keyword of a batch's list (the array body, or the object body's batched field)."""
    batch, body = function.operation.batch, function.operation.body
    if batch is None or body is None:
        return None
    return "items" if batch.field is None else next(f.keyword for f in body.fields if f.name == batch.field)


def _listed(function: Function, arguments: dict[str, Any]) -> int:
    """How many items a batch's list holds."""
    keyword = _list_keyword(function)
    listed = arguments.get(keyword) if keyword is not None else None
    return len(listed) if isinstance(listed, list) else 0


def _start_at(given: str | None, function: Function, arguments: dict[str, Any]) -> int:
    """--start-at N: the items before N (numbered from 0, as a failed batch numbers them) are dropped
    from the list, before anything is sent; N must name one of the items."""
    if given is None:
        return 0
    total = _listed(function, arguments)
    text = given.strip()
    start = int(text) if text.isdigit() else -1
    if not 0 <= start < total:
        if not total:
            raise CliError("--start-at: the list has no items to start at")
        raise CliError(
            f"--start-at must be a whole number from 0 to {total - 1} (one of the {total:,} items, numbered "
            f"from 0 as a failed batch numbers them), not {given!r}"
        )
    keyword = _list_keyword(function)
    if start and keyword is not None:
        arguments[keyword] = arguments[keyword][start:]
    return start


def _batched(
    *,
    args: argparse.Namespace,
    console: Console,
    function: Function,
    entry: Any,
    arguments: dict[str, Any],
    fmt: str,
    output: Path | None,
    start: int,
) -> ExitCode:
    """--batched: every call of the batch, a progress line on a terminal, the results and a summary.
    Items are numbered as in the whole list, also when --start-at skipped the first `start` of them."""
    mode: Mode = "bar" if console.progress_on_terminal() and not args.quiet else "off"
    progress = BatchProgressDisplay(console.stderr, mode, label=function.name)
    progress.total = _listed(function, arguments)
    answers = function.operation.result.kind != "none"
    try:
        with watching(progress.on_wait):  # the line counts down while a call waits for the budget
            summary = entry.batched(**arguments, on_progress=progress.on_batch)
    except BatchError as error:
        progress.close()
        if answers:  # what the calls that succeeded answered, before the one line that says what failed
            _write_results(error.results, fmt, output, console)
        raise CliError(_failed(error, start), exit_code_of(error)) from None
    except KeyboardInterrupt as stop:
        progress.close()
        words, code = interrupted(stop)
        raise CliError(_interrupted(words, progress, function.batch_limit or 1, start), code) from None
    progress.close()
    if answers:
        _write_results(summary.results, fmt, output, console)
    if not args.quiet:
        calls = f"{summary.calls} call{'s' if summary.calls != 1 else ''}"
        skipped = f" (items {start:,}-{start + summary.items - 1:,}; --start-at {start})" if start else ""
        console.stderr.write(f"{function.name}: sent {summary.items:,} items in {calls}{skipped}\n")
    return ExitCode.OK


def _write_results(results: tuple[Any, ...], fmt: str, output: Path | None, console: Console) -> None:
    sink = Sink.open(output, console.stdout)
    try:
        sink.write(render(list(results), fmt))
    finally:
        sink.close()


def _shifted(indexes: range, start: int) -> range:
    return range(indexes.start + start, indexes.stop + start)


def _continue_hint(under_way: range, total: int, *, may_have_applied: bool) -> str:
    """How to send what is left: from the items of the call that failed (or was under way), or, when
    they may have been applied, past them too."""
    again = f"continue with --start-at {under_way.start}"
    if not may_have_applied:
        return again
    if under_way.stop >= total:
        return f"{again} if they were not"
    return f"{again} to send them again, or --start-at {under_way.stop} if they were"


def _failed(error: BatchError, start: int) -> str:
    """The batch's failure in the whole list's numbers, and the --start-at that continues it."""
    sent, failed = _shifted(error.sent, start), _shifted(error.failed, start)
    not_sent = _shifted(error.not_sent, start)
    total = not_sent.stop
    outcome = "may have been applied" if error.may_have_applied else "were not applied"
    calls = f"{error.calls} call{'s' if error.calls != 1 else ''}"
    return (
        f"{error.operation}: batch call {error.calls + 1} failed ({type(error.cause).__name__}: "
        f"{error.cause}); {describe_items(sent)} sent in {calls}, {describe_items(failed)} of the failed "
        f"call {outcome}, {describe_items(not_sent)} not sent; "
        f"{_continue_hint(failed, total, may_have_applied=error.may_have_applied)}"
    )


def _interrupted(words: str, progress: BatchProgressDisplay, limit: int, start: int) -> str:
    """Ctrl-C or SIGTERM during a batch: what was sent, what the call under way carried, what was not."""
    sent, total = progress.records, progress.total
    under_way = range(sent, min(sent + limit, total))
    calls = f"{progress.pages} call{'s' if progress.pages != 1 else ''}"
    not_sent = range(under_way.stop, total)
    hint = _continue_hint(_shifted(under_way, start), start + total, may_have_applied=True)
    return (
        f"{words}: {describe_items(_shifted(range(sent), start))} sent in {calls}, "
        f"{describe_items(_shifted(under_way, start))} of the call under way may have been applied, "
        f"{describe_items(_shifted(not_sent, start))} not sent; {hint}"
    )
