"""OptimoveExportOperator: every page of a paging function to a file, resumable on a retry of the task.

    export = OptimoveExportOperator(
        task_id="export_customers",
        function="GetCustomersByAction",
        parameters={"RecipientGroupID": 1, "ActionID": 12, "Date": "{{ macros.ds_add(ds, -1) }}"},
        attributes=["Alias", "Country"],
        path="s3://bucket/optimove/customers-{{ ds }}.parquet",  # or a local path, or an ObjectStoragePath
        storage_conn_id="aws_default",
    )

It is `optimove call FUNCTION --all-pages --output FILE` run in the task (the same code: cli/export.py):
parameters by Optimove's names (any case; the client's keyword names work too), converted and checked
against the spec before any call; CSV, JSON lines or Parquet (or JSON) by `format=` or the file's suffix,
gzip for a .csv.gz or .jsonl.gz name; each page written whole, then its resume state saved. A task that
fails or is stopped (SIGTERM stops it between two pages) continues on its retry from the first record it
had not written, with no duplicate and no gap; a state that is not this export's (other arguments, another
server or account) is set aside with a warning and the file written afresh. The XCom value is a dict:
records, path, format, pages and resumed_from. Mistakes in the arguments or the connection fail the task
without retries (AirflowFailException): a retry would make the same mistake.
"""

from __future__ import annotations

import dataclasses
import datetime
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from airflow.providers.common.compat.sdk import AirflowFailException
from airflow.sdk import BaseOperator, ObjectStoragePath

from optimove_client._response import arrow as _arrow
from optimove_client._transport.waiting import watching
from optimove_client.airflow.connection import DEFAULT_CONN_ID
from optimove_client.airflow.export_target import DEFAULT_STAGING, Staging, as_target
from optimove_client.airflow.hook import OptimoveHook
from optimove_client.airflow.task_log import LogLines
from optimove_client.cli.catalog import Function, find
from optimove_client.cli.export import ExportJob, ExportSummary
from optimove_client.cli.identity import Origin
from optimove_client.cli.output_formats import PARQUET, compression_for, format_for
from optimove_client.cli.params import Signature, normal
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import ProgressDisplay, WaitLines
from optimove_client.cli.resume import Checkpoints
from optimove_client.errors import ConfigurationError, MissingExtraError, ValidationError
from optimove_client.stopping import raise_on_sigterm

FORMATS = ("csv", "jsonl", "json", PARQUET)


class OptimoveExportOperator(BaseOperator):
    """Exports every record of a paging function (see the module's description)."""

    template_fields = (
        "function", "parameters", "attributes", "path", "format", "optimove_conn_id", "storage_conn_id"
    )  # fmt: skip
    ui_color = "#d8ecff"

    def __init__(
        self,
        *,
        function: str,
        path: str | Path | ObjectStoragePath,
        parameters: Mapping[str, Any] | None = None,
        attributes: Sequence[str] | str | None = None,
        delimiter: str | None = None,
        format: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
        optimove_conn_id: str = DEFAULT_CONN_ID,
        store: str | None = None,
        storage_conn_id: str | None = None,
        staging_dir: str | Path | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.function = function
        self.path = path
        self.parameters = dict(parameters or {})
        self.attributes = attributes
        self.delimiter = delimiter
        self.format = format
        self.page_size, self.max_items, self.concurrency = page_size, max_items, concurrency
        self.optimove_conn_id = optimove_conn_id
        self.store = store
        self.storage_conn_id = storage_conn_id
        self.staging_dir = Path(staging_dir) if staging_dir is not None else DEFAULT_STAGING

    def execute(self, context: Any) -> dict[str, Any]:
        try:
            target = as_target(self.path, self.storage_conn_id)
            function = find(self.function)
            fmt, compress = self._format(function, target)
            arguments, identity = self._arguments(function, fmt, compress)
            hook = OptimoveHook(self.optimove_conn_id, store=self.store)
            plan = _Plan(function, arguments, identity, hook.settings().origin(), compress)
        except (CliError, ConfigurationError, MissingExtraError, ValueError) as mistake:
            raise AirflowFailException(_operator_words(str(mistake))) from None
        if isinstance(target, Path):
            target.parent.mkdir(parents=True, exist_ok=True)  # a folder per day, say: made as needed
            return _result(self._export(hook, plan, target), target, fmt)
        staging = Staging(target, self.staging_dir, _instance_of(context, self.task_id))
        whole = {**identity, "origin": plan.origin.as_json()}  # what a staged file must be to be uploaded
        staged = staging.complete(whole)
        if staged is None:
            staging.prepare()
            staged = _result(self._export(hook, plan, staging.file), target, fmt)
            staging.mark_complete(whole, staged)
        else:
            self.log.info("%s was exported whole by an earlier try: uploading it", staging.file)
        staging.upload()
        self.log.info("uploaded %s records to %s", f"{staged['records']:,}", target)
        return staged

    def _format(self, function: Function, target: Path | ObjectStoragePath) -> tuple[str, str | None]:
        if not function.pages:
            raise CliError(
                f"{function.name} does not page: the export takes a paging function (`optimove functions` "
                "marks them)"
            )
        fmt = format_for(self.format, target.name, paging=True)
        if fmt not in FORMATS:
            raise CliError(f"format must be {', '.join(FORMATS[:-1])} or {FORMATS[-1]}, not {fmt!r}")
        if fmt == PARQUET:
            _arrow.pyarrow("Parquet exports")  # MissingExtraError naming the extra, before any call
        return fmt, compression_for(None, target.name, fmt)

    def _arguments(
        self, function: Function, fmt: str, compress: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The client's keyword arguments, checked against the spec; and what the export is of."""
        signature = Signature(function)
        given = {signature.lookup(name).name: _text(value) for name, value in self.parameters.items()}
        for name in given:
            if normal(name) in signature.paging_names:
                raise CliError(f"{function.name}: {name} is set by the export (give page_size instead)")
        attribute_names = self.attributes.split(",") if isinstance(self.attributes, str) else self.attributes
        attributes = ",".join(name.strip() for name in attribute_names) if attribute_names else None
        if (attributes or self.delimiter) and not function.takes_attributes:
            raise CliError(f"{function.name} takes no customer attributes")
        taken = {normal(p.name) for p in signature.parameters.values() if p.keyword == "attributes"}
        missing = [
            p.name
            for p in signature.parameters.values()
            if p.required and not p.in_body and p.name not in given and normal(p.name) not in taken
        ]
        if missing:
            raise CliError(f"{function.name} needs {', '.join(missing)} in parameters")
        params = [f"{name}={text}" for name, text in given.items()]
        arguments = signature.arguments(params, attributes=attributes, delimiter=self.delimiter, paging=True)
        identity = {
            "function": function.name,
            "params": sorted(f"{normal(name)}={text}" for name, text in given.items()),
            "attributes": attributes,
            "delimiter": self.delimiter,
            "format": fmt,
            **({"compress": compress} if compress else {}),
        }
        return arguments, identity

    def _export(self, hook: OptimoveHook, plan: _Plan, file: Path) -> ExportSummary:
        resume = self._resumable(file, plan.identity, plan.origin)
        lines = cast(TextIO, LogLines(self.log))  # a text stream: the command line's lines go to the log
        progress = ProgressDisplay(lines, "lines", label=plan.function.name)
        with raise_on_sigterm(), hook.get_conn() as opt, watching(WaitLines(lines)):
            job = ExportJob(
                entry=plan.function.bound_to(opt),
                arguments=plan.arguments,
                format=plan.identity["format"],
                output=file,
                stdout=sys.stdout,
                identity=plan.identity,
                origin=plan.origin,
                page_size=self.page_size,
                max_items=self.max_items,
                concurrency=self.concurrency,
                gzip=plan.compress is not None,
                warn=self.log.warning,
            )
            try:
                summary = job.run(progress, resume=resume)
            except ValidationError as mistake:  # an argument the spec refuses: before any call or write
                raise AirflowFailException(str(mistake)) from None
            except KeyboardInterrupt:
                self.log.warning(
                    "stopped: %s holds %s whole records; a retry continues it", file, job.written
                )
                raise
        resumed = f", resumed at {summary.resumed_from:,}" if summary.resumed_from else ""
        self.log.info(
            "wrote %s records to %s (%d pages in %.1fs%s)",
            f"{summary.records:,}", file, summary.pages, summary.seconds, resumed,
        )  # fmt: skip
        return summary

    def _resumable(self, file: Path, identity: dict[str, Any], origin: Origin) -> bool:
        """Whether to continue the file: it has a resume state, and the state is this very export's."""
        checkpoints = Checkpoints(file, identity, origin)
        if not checkpoints.path.exists():
            return False
        try:
            checkpoints.resumable(file)
        except CliError as refusal:  # in the command line's words: what differs, then how to continue
            what = str(refusal).removeprefix("--resume: ").partition(": give the same")[0]
            self.log.warning("%s: writing it afresh", _operator_words(what.partition(" (or drop")[0]))
            checkpoints.finish()
            return False
        return True


# The command line's words in messages of the code it shares with the operator, and the operator's.
_WORDS = (("--output suffix", "output suffix"), ("--format", "format"), ("--param ", ""))


def _operator_words(message: str) -> str:
    for flag, argument in _WORDS:
        message = message.replace(flag, argument)
    return message


@dataclasses.dataclass(frozen=True)
class _Plan:
    """An export, checked: the function, the client's arguments, what the file is an export of (its resume
    state records it), the server and account it comes from, and its compression."""

    function: Function
    arguments: dict[str, Any]
    identity: dict[str, Any]
    origin: Origin
    compress: str | None


def _result(summary: ExportSummary, target: Path | ObjectStoragePath, fmt: str) -> dict[str, Any]:
    """The XCom value: the records in the file and where it is."""
    return {
        "records": summary.records,
        "path": str(target),
        "format": fmt,
        "pages": summary.pages,
        "resumed_from": summary.resumed_from,
    }


def _text(value: object) -> str:
    """A parameter's value as the command line gives it (the spec's type converts it back)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def _instance_of(context: Any, task_id: str) -> dict[str, Any]:
    """What names this task instance across its tries: its DAG, run, task and map index."""
    ti = context.get("ti")
    return {
        "dag": getattr(context.get("dag"), "dag_id", None),
        "run": context.get("run_id"),
        "task": task_id,
        "map_index": getattr(ti, "map_index", -1),
    }
