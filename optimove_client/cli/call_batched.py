"""`optimove call --batched`: a list of any length sent in as many calls as the function needs, and
--start-at, which continues a batch where it failed or was stopped (items numbered from 0 in the whole
list, as a failed batch numbers them)."""

from __future__ import annotations

from typing import Any

from optimove_client._transport.waiting import watching
from optimove_client.cli.call_job import CallJob
from optimove_client.cli.catalog import Function
from optimove_client.cli.exit_codes import ExitCode, exit_code_of
from optimove_client.cli.interrupts import interrupted
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import BatchProgressDisplay
from optimove_client.errors import BatchError, describe_items


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


def start_at(given: str | None, function: Function, arguments: dict[str, Any]) -> int:
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


def batched(job: CallJob, start: int) -> ExitCode:
    """--batched: every call of the batch, a progress line on a terminal, the results and a summary.
    Items are numbered as in the whole list, also when --start-at skipped the first `start` of them."""
    function = job.function
    progress = BatchProgressDisplay(job.console.stderr, job.progress_mode, label=function.name)
    progress.total = _listed(function, job.arguments)
    answers = function.operation.result.kind != "none"
    try:
        with watching(progress.on_wait):  # the line counts down while a call waits for the budget
            summary = job.entry.batched(**job.arguments, on_progress=progress.on_batch)
    except BatchError as error:
        progress.close()
        if answers:  # what the calls that succeeded answered, before the one line that says what failed
            job.write_results(error.results)
        raise CliError(_failed(error, start), exit_code_of(error)) from None
    except KeyboardInterrupt as stop:
        progress.close()
        words, code = interrupted(stop)
        raise CliError(_interrupted(words, progress, function.batch_limit or 1, start), code) from None
    progress.close()
    if answers:
        job.write_results(summary.results)
    if not job.args.quiet:
        calls = f"{summary.calls} call{'s' if summary.calls != 1 else ''}"
        skipped = f" (items {start:,}-{start + summary.items - 1:,}; --start-at {start})" if start else ""
        job.console.stderr.write(f"{function.name}: sent {summary.items:,} items in {calls}{skipped}\n")
    return ExitCode.OK


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
