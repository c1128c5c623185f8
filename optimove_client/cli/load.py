"""`optimove load`: Optimove's daily data into a warehouse with dlt (the `[dlt]` extra), one date at a time.

The client is built as for `optimove call` (credentials, server, store, rate limit, retries, timeout); the
destination and its credentials are dlt's (`--destination duckdb|postgres|bigquery|snowflake|...`, with
dlt's configuration: .dlt/secrets.toml, .dlt/config.toml or DESTINATION__... environment variables). Each
pending date is a dlt run of its own (optimove_client.dlt.load_by_date), so a failed run keeps the dates
before the one it stopped on, and the same command continues from there. dlt is imported only when the
command runs: without the extra, exit code 2 names it.
"""

from __future__ import annotations

import argparse
import datetime
from typing import TYPE_CHECKING, Any

from optimove_client.cli.console import Console
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.problems import CliError

if TYPE_CHECKING:
    from dlt import Pipeline

    from optimove_client.dlt import DateLoad, DateLoadError

DESCRIPTION = """\
Load Optimove's daily data into a warehouse with dlt: the reference tables (actions, target groups,
lifecycle stages, microsegments, value segments, the customer attribute list, channels), replaced with
each new date and on the first run of a day, and for each execution date from --start-date (or the day
after the last date loaded) up to Optimove's last data update: the executed campaigns, their details,
their target groups' actions, the customers of each action (with --attributes as columns) and attribute
changers (--changed-attributes). Each date is loaded in a dlt run of its own: a run that fails keeps the
dates before the one it stopped on, and running the same command again continues from that date. A run
with nothing new makes one call (GetLastDataUpdate). Needs the [dlt] extra."""

EPILOG = """\
examples:
  optimove load --destination duckdb --dataset optimove --start-date 2024-06-01
  optimove load --destination postgres --start-date 2024-06-01 --attributes Alias,Country
  # every morning at 07:00, after Optimove's daily update:
  0 7 * * *  optimove load --destination bigquery --start-date 2024-06-01 --quiet

destinations: any of dlt's (duckdb, postgres, bigquery, snowflake, motherduck, filesystem, ...), with
its credentials from dlt's configuration (.dlt/secrets.toml, or environment variables such as
DESTINATION__POSTGRES__CREDENTIALS). duckdb writes PIPELINE_NAME.duckdb in the current folder. The
[dlt] extra brings duckdb; another destination needs dlt's extra of its name (pip install "dlt[postgres]"),
and without it the command says so (exit code 2) before any call.
dlt keeps the pipeline's state (the dates loaded) in --pipelines-dir and in the destination itself.

backfill: a --start-date before the first date loaded is refused, with the command that loads those
dates: the same with --backfill (latest first, then any new date; a date loaded again replaces its rows).
Other --attributes than the last load's are told: a new attribute's column is filled for the dates
loaded from then on (and backfilled ones); a removed one's keeps its values for the dates already loaded."""


def add_load_command(commands: Any, console: Console) -> argparse.ArgumentParser:
    """The `load` subcommand with its own flags; the parser adds the connection flags every command shares."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "load", help="load the daily data into a warehouse with dlt (the [dlt] extra)", console=console,
        description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument(
        "--destination", default="duckdb", metavar="NAME", help="a dlt destination (default duckdb)"
    )
    parser.add_argument("--dataset", default="optimove", metavar="NAME", help="dataset (schema) name")
    parser.add_argument(
        "--start-date", required=True, metavar="YYYY-MM-DD", help="the first execution date to load"
    )
    parser.add_argument(
        "--end-date", metavar="YYYY-MM-DD", help="the last date to load (default: the last data update)"
    )
    parser.add_argument(
        "--attributes", metavar="A,B", help="customer attributes, as columns of action_customers"
    )
    parser.add_argument(
        "--changed-attributes", metavar="A,B", help="load the attribute_changers of these attributes"
    )
    parser.add_argument(
        "--pipeline-name",
        default="optimove_pipeline",
        metavar="NAME",
        help="dlt pipeline name (default optimove_pipeline; a duckdb destination is the file NAME.duckdb)",
    )
    parser.add_argument(
        "--pipelines-dir", metavar="DIR", help="where dlt keeps pipelines (default ~/.dlt/pipelines)"
    )
    parser.add_argument(
        "--page-size", type=int, metavar="N", help="customers per call (default: the most a call takes)"
    )
    parser.add_argument(
        "--backfill",
        action="store_true",
        help="also load the dates from --start-date before the first date loaded (latest first)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no line per date, no summary")
    return parser


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()] if text else []


def _progress_line(load: DateLoad) -> str:
    rows = load.rows
    return (
        f"{load.date}: {load.campaigns:,} campaigns, {rows.get('target_group_actions', 0):,} actions, "
        f"{load.customers:,} customers"
        + (f", {rows['attribute_changers']:,} attribute changers" if "attribute_changers" in rows else "")
        + f" ({load.seconds:.1f}s)"
    )


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def load(args: argparse.Namespace, console: Console) -> ExitCode:
    # Only now: dlt takes about a second to import, and may not be installed (MissingExtraError: exit 2).
    from optimove_client import Optimove  # noqa: PLC0415
    from optimove_client._transport.waiting import watching  # noqa: PLC0415
    from optimove_client.cli.budget_line import spent_line  # noqa: PLC0415
    from optimove_client.cli.call import client_options  # noqa: PLC0415
    from optimove_client.cli.credentials import client_settings  # noqa: PLC0415
    from optimove_client.cli.progress import WaitLines  # noqa: PLC0415
    from optimove_client.dlt import DateLoadError, load_by_date  # noqa: PLC0415
    from optimove_client.dlt._plan import plan_of  # noqa: PLC0415

    attributes, changed = _names(args.attributes), _names(args.changed_attributes)
    settings = {**client_settings(args, console), **client_options(args), **console.client_options}
    # The source's own checks (dates, attribute names), before a pipeline is made or anything is sent.
    plan_of(
        args.start_date,
        end_date=args.end_date,
        max_dates=None,
        attributes=attributes,
        changed_attributes=changed,
        page_size=args.page_size,
    )
    pipeline = _pipeline(args)
    _check_state(args, attributes, pipeline, console)

    def report(done: DateLoad) -> None:
        if not args.quiet:
            console.stderr.write(_progress_line(done) + "\n")
            console.stderr.flush()

    # A spent budget is said as it begins (a load of many dates meets it), not left to look like a hang.
    with Optimove(**settings) as client, watching(None if args.quiet else WaitLines(console.stderr)):
        try:
            loads = load_by_date(
                pipeline,
                client=client,
                start_date=args.start_date,
                end_date=args.end_date,
                attributes=attributes,
                changed_attributes=changed,
                page_size=args.page_size,
                backfill=args.backfill,
                on_date=report,
            )
        except DateLoadError as failure:
            raise _failed(failure) from None
        budget = "" if args.quiet else spent_line(client)  # read while the client is open
    if not args.quiet:
        console.stderr.write(_summary(loads, args) + "\n" + budget + "\n")
    return ExitCode.OK


def _pipeline(args: argparse.Namespace) -> Pipeline:
    """The dlt pipeline (dlt is installed: optimove_client.dlt was imported)."""
    import dlt  # noqa: PLC0415
    from dlt.common.exceptions import DltException  # noqa: PLC0415

    try:
        pipeline = dlt.pipeline(
            pipeline_name=args.pipeline_name,
            destination=args.destination,
            dataset_name=args.dataset,
            pipelines_dir=args.pipelines_dir,
        )
    except DltException as error:
        raise CliError(f"--destination {args.destination}: {_first_line(error)}") from None
    destination = pipeline.destination
    if destination is not None:
        try:  # dlt imports a destination's package only when it first loads: here, before any call
            destination.client_class  # noqa: B018 - the property imports the destination's client
        except ImportError as error:
            missing = _missing_package(destination.destination_type, error)
            raise CliError(missing, ExitCode.BAD_INPUT) from None
    return pipeline


def _missing_package(destination_type: str, error: ImportError) -> str:
    """What to install for a destination whose package is missing: dlt's extra of that name, if it has one."""
    import importlib.metadata  # noqa: PLC0415

    name = destination_type.rpartition(".")[2]
    extras = importlib.metadata.metadata("dlt").get_all("Provides-Extra") or []
    package = f"dlt[{name}]" if name in extras else (error.name or "").partition(".")[0]
    if not package:
        return f"the destination {name} needs a package that is not installed: {_first_line(error)}"
    return f'the destination {name} needs its package: pip install "{package}"'


def _check_state(
    args: argparse.Namespace, attributes: list[str], pipeline: Pipeline, console: Console
) -> None:
    """A --start-date before the dates loaded needs --backfill (refused with the command that backfills);
    other --attributes than the last load's are told, with what they mean for action_customers."""
    import shlex  # noqa: PLC0415

    from optimove_client.dlt._plan import ATTRIBUTES, CURSOR, FIRST  # noqa: PLC0415
    from optimove_client.dlt._runs import loaded_state  # noqa: PLC0415

    state = loaded_state(pipeline)
    first = state.get(FIRST)
    start = datetime.date.fromisoformat(args.start_date).isoformat()  # checked by plan_of already
    if not args.backfill and state.get(CURSOR) and first and start < first:
        again = shlex.join(["optimove", "load", *_load_flags(args), "--backfill"])
        raise CliError(
            f"--start-date {args.start_date} is before the first date loaded ({first}; loaded up to "
            f"{state[CURSOR]}): without --backfill those dates are not loaded. To load them: {again}"
        )
    before = state.get(ATTRIBUTES)
    if before is not None and sorted(before) != sorted(attributes):
        console.stderr.write(
            f"--attributes changed (the last load had {','.join(before) or 'none'}; now "
            f"{','.join(attributes) or 'none'}): in action_customers a new attribute's column is filled "
            "for the dates loaded from now on (and backfilled ones), a removed attribute's column keeps "
            "its values for the dates already loaded and is empty for new dates\n"
        )


def _load_flags(args: argparse.Namespace) -> list[str]:
    """The command's own flags as given (the connection flags come from the environment or config too)."""
    flags = ["--destination", args.destination, "--dataset", args.dataset, "--start-date", args.start_date]
    for flag, value in [
        ("--end-date", args.end_date),
        ("--attributes", args.attributes),
        ("--changed-attributes", args.changed_attributes),
        ("--pipeline-name", args.pipeline_name if args.pipeline_name != "optimove_pipeline" else None),
        ("--pipelines-dir", args.pipelines_dir),
        ("--page-size", None if args.page_size is None else str(args.page_size)),
    ]:
        if value is not None:
            flags += [flag, value]
    return flags


def _summary(loads: list[DateLoad], args: argparse.Namespace) -> str:
    where = f"{args.destination} dataset {args.dataset}"
    if not loads:
        return f"no new date to load into {where}"
    customers = sum(load.customers for load in loads)
    dates = f"{len(loads)} date{'s' if len(loads) != 1 else ''}"
    days = sorted(load.date for load in loads)  # a backfill loads its dates latest first
    span = f"{days[0]}" if len(days) == 1 else f"{days[0]} to {days[-1]}"
    return f"loaded {dates} ({span}) into {where}: {customers:,} customers"


def _failed(failure: DateLoadError) -> CliError:
    """A DateLoadError as one line and the exit code of what failed."""
    from dlt.common.configuration.exceptions import ConfigurationException  # noqa: PLC0415

    from optimove_client.cli.exit_codes import exit_code_of  # noqa: PLC0415
    from optimove_client.cli.interrupts import interrupted  # noqa: PLC0415

    causes = _causes(failure)
    kept = "; the dates before it are loaded" if failure.loaded else ""
    again = f"{kept}: run the same command again to continue from {failure.date}" if failure.date else ""
    where = f"stopped on {failure.date}" if failure.date else "stopped before the first date"
    stop = next((cause for cause in causes if isinstance(cause, KeyboardInterrupt)), None)
    if stop is not None:  # Ctrl-C, or SIGTERM (ours, or dlt's own while it normalizes and loads)
        words, code = interrupted(stop)
        return CliError(f"{words}: {where}{again}", code)
    if failure.error is not None:
        return CliError(f"load {where}: {failure.error}{again}", exit_code_of(failure.error))
    configuration = next((c for c in causes if isinstance(c, ConfigurationException)), None)
    if configuration is not None:  # the destination's credentials, in dlt's configuration
        return CliError(f"load {where}: {_first_line(configuration)}", ExitCode.BAD_INPUT)
    return CliError(f"load {where}: {_first_line(causes[-1])}{again}", ExitCode.API_ERROR)


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain
