"""`optimove call`: one function by its Optimove name, printed or written; --all-pages streams every page;
--batched sends a list of any length in as many calls as the function needs (cli/call_batched.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from optimove_client import Optimove, RateLimit
from optimove_client._response import arrow as _arrow
from optimove_client._transport.waiting import watching
from optimove_client.cli import attribute_advice, heap, raw
from optimove_client.cli.budget_line import spent_line
from optimove_client.cli.call_job import CallJob, render
from optimove_client.cli.catalog import Function, batching, find
from optimove_client.cli.console import Console
from optimove_client.cli.credentials import client_settings
from optimove_client.cli.exit_codes import ExitCode, exit_code_of
from optimove_client.cli.export import ExportJob, ExportSummary, check_resumable
from optimove_client.cli.extras import extra_arguments, extras_identity
from optimove_client.cli.identity import Origin
from optimove_client.cli.interrupts import interrupted
from optimove_client.cli.output_formats import PARQUET, check_parquet, compression_for, format_for
from optimove_client.cli.params import Signature, normal
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import ProgressDisplay, WaitLines
from optimove_client.cli.records import plain
from optimove_client.cli.sink import Sink, is_regular, output_path
from optimove_client.errors import (
    OptimoveError,
    ResponseParseError,
    ValidationError,
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
    if args.batched:
        from optimove_client.cli.call_batched import batched, start_at  # noqa: PLC0415 (--batched only)

        start = start_at(args.start_at, function, arguments)
    settings = {**client_settings(args, console), **client_options(args), **console.client_options}
    with Optimove(**settings) as client, watching(_wait_lines(args, console)):
        job = CallJob(args, console, function, function.bound_to(client), arguments, fmt, output)
        if args.batched:
            return batched(job, start)
        if args.all_pages:
            origin = Origin.of(
                settings["base_url"],
                **{key: settings.get(key) for key in ("api_key", "username", "token")},
            )
            summary = _export(job, compress, origin)
            if output is not None and not args.quiet:
                console.stderr.write(_summary_line(summary) + "\n" + spent_line(client) + "\n")
            return ExitCode.OK
        try:
            result = job.entry.xml(**arguments) if args.xml else job.entry(**arguments)
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


def _export(job: CallJob, compress: str | None, origin: Origin) -> ExportSummary:
    args, output = job.args, job.output
    export = ExportJob(
        entry=job.entry,
        arguments=job.arguments,
        format=job.fmt,
        output=output,
        stdout=job.console.stdout,
        identity=_identity(args, job.function, job.fmt, compress),
        origin=origin,
        page_size=args.page_size,
        max_items=args.max_items,
        concurrency=args.concurrency,
        gzip=compress is not None,
        warn=job.console.error,
    )
    progress = ProgressDisplay(job.console.stderr, job.progress_mode, label=job.function.name)
    if job.fmt == PARQUET:
        heap.map_large_blocks()  # each page's body is given back once its row group is written
    hint = (
        f"; {output} holds {{written:,}} whole records: run the same command with --resume to continue"
        if output is not None and is_regular(output)
        else ""
    )
    try:
        return export.run(progress, resume=args.resume)
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (Terminated)
        words, code = interrupted(stop)
        raise CliError(words + hint.format(written=export.written), code) from None
    except OptimoveError as error:
        advised = attribute_advice.in_cli_words(error, args.delimiter)
        if advised is not None:  # the same command would stop on the same value: the resume adds a flag
            again = hint.replace(
                "run the same command with --resume",
                f"add {attribute_advice.flags(args.delimiter)} and --resume",
            )
            raise CliError(advised + again.format(written=export.written), exit_code_of(error)) from None
        if (export.written == 0 and not hint) or isinstance(error, ValidationError):
            raise  # a ValidationError comes before anything is sent, or written
        raise CliError(f"{error}{hint.format(written=export.written)}", exit_code_of(error)) from None


def _summary_line(summary: ExportSummary) -> str:
    resumed = f", resumed at {summary.resumed_from:,}" if summary.resumed_from else ""
    return (
        f"wrote {summary.records:,} records to {summary.output} "
        f"({summary.pages} pages in {summary.seconds:.1f}s{resumed})"
    )
