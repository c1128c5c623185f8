"""--resume: a small state file next to the output says how far an export got.

After every page the export writes the page (whole records, flushed), then records here how many records
and bytes the file holds. The state never runs ahead of the file, so resuming truncates the file to the
recorded size and asks for the next record: no duplicate and no gap, whatever moment the export stopped.
The state names the function and its arguments, and the server and account the records come from
(optimove_client.cli.identity: a keyed hash of the API key or user name, never a secret), so a resume with
other arguments, against another server or with another account is refused, naming what differs, before
anything is sent. It is removed when the export completes. Only a regular file has one (see sink.py): it sits
beside the file itself, wherever the path given leads (a symbolic link, /dev/stderr sent to a file).
A compressed text file resumes the same way (it is cut back to the end of a gzip member); a Parquet file
counts row groups instead of bytes (see cli/parquet.py).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from optimove_client.cli.identity import Origin
from optimove_client.cli.problems import CliError

# 2: the server and account are recorded. A state of version 1 does not say where its file came from.
_VERSION = 2
_UNCHECKED_VERSION = 1
_AFRESH = "(or drop --resume to start afresh)"


def state_path(output: Path) -> Path:
    real = Path(os.path.realpath(output))
    return real.with_name(real.name + ".optimove-resume")


class UncheckedState(Exception):
    """A resume state that does not record the server and account its file came from."""


@dataclasses.dataclass(frozen=True)
class ExportState:
    call: dict[str, Any]  # function, arguments and format: what the file is an export of
    records: int
    size: int  # bytes of the file that hold those records (a text file)
    row_groups: int = 0  # row groups of the file that hold those records (a Parquet file)
    origin: Origin | None = None  # the server and account the records come from

    def save(self, path: Path) -> None:
        """Write atomically (temporary file, then rename): a crash leaves the old state or the new one."""
        data = {**dataclasses.asdict(self), "origin": self.origin.as_json() if self.origin else None}
        text = json.dumps({"version": _VERSION, **data}, sort_keys=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> ExportState:
        """The state saved; UncheckedState for one that does not say where its file came from."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data.get("version")
            if version == _UNCHECKED_VERSION:
                raise UncheckedState
            if version != _VERSION:
                raise ValueError("version")
            return cls(
                call=dict(data["call"]),
                records=int(data["records"]),
                size=int(data["size"]),
                row_groups=int(data.get("row_groups", 0)),
                origin=None if data["origin"] is None else Origin.from_json(data["origin"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise CliError(f"cannot read the resume state {path}; remove it and start again") from None


class Checkpoints:
    """The state of one export, saved after each page."""

    def __init__(self, output: Path, call: dict[str, Any], origin: Origin | None = None) -> None:
        self.path = state_path(output)
        self.call = call
        self.origin = origin

    def resumable(self, output: Path) -> ExportState | None:
        """The state to continue from, None to start afresh; refuses a file that is not this export's."""
        if not output.exists():
            return None
        if not self.path.exists():
            raise CliError(
                f"nothing to resume: {output} has no resume state (it is complete, or was not written "
                "by `optimove call --all-pages`); drop --resume to overwrite it"
            )
        try:
            state = ExportState.load(self.path)
        except UncheckedState:
            raise CliError(
                f"--resume: {output} was begun by an earlier version of optimove-client, whose resume "
                "state does not say which server and account the records came from, so this run cannot "
                "check that it continues the same data: drop --resume to start afresh"
            ) from None
        if (self.origin is None) != (state.origin is None):  # a caller that knew no origin (the demo)
            raise CliError(
                f"--resume: {output} and this run do not both say which server and account the records "
                "come from, so they cannot be compared: drop --resume to start afresh"
            )
        refusal = (
            _other_origin(state.origin, self.origin) if state.origin and self.origin else None
        ) or _other_call(state.call, self.call)
        if refusal:
            raise CliError(f"--resume: {output} {refusal} {_AFRESH}")
        if output.stat().st_size < state.size:
            raise CliError(f"{output} is shorter than its resume state says; remove both and start again")
        return state

    def save(self, records: int, size: int, row_groups: int = 0) -> None:
        ExportState(self.call, records, size, row_groups, self.origin).save(self.path)

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)


_CREDENTIAL_WORDS = {"api_key": "an API key", "username": "a user name and password", "token": "a token"}


def _other_origin(begun: Origin, now: Origin) -> str | None:
    """What differs between where the file was begun and this run, in words; None if nothing does.
    Names the servers (not secrets); never shows a credential or its hash."""
    if begun.server != now.server:
        return f"was begun against {begun.server}, this run is against {now.server}: give the same server"
    if begun.same_account(now) is not False:  # the same, or a token: only the server can be checked
        return None
    if begun.credential != now.credential:
        return (
            f"was begun with {_CREDENTIAL_WORDS[begun.credential]}, this run uses "
            f"{_CREDENTIAL_WORDS[now.credential]}: give the same credentials"
        )
    if begun.credential == "api_key":
        return "was begun with another API key: give the same one"
    return "was begun as another user: give the same user name"


# The arguments an export is an export of, as its command line gives them, in the order they are checked.
_FLAGS = {
    "params": "--param",
    "attributes": "--attributes",
    "delimiter": "--delimiter",
    "format": "--format",
    "compress": "--compress",
    "extra_params": "--extra-param",
    "extra_headers": "--extra-header",
}
_HIDDEN = frozenset({"extra_params", "extra_headers"})  # their values may be secrets: names only
# How attribute values travel, not which: records already written were split whole (a value that held the
# delimiter stops the export), so a resume may change it to get past such a value.
_MAY_CHANGE = frozenset({"delimiter"})


def _other_call(begun: dict[str, Any], now: dict[str, Any]) -> str | None:
    """Which argument differs between the file's export and this run, with both values where they are
    not secrets; None if none does."""
    if begun.get("function") != now.get("function"):
        return (
            f"is an export of {begun.get('function')}, this run asks for {now.get('function')}: "
            "give the same function"
        )
    keys = [*_FLAGS, *sorted((set(begun) | set(now)) - set(_FLAGS) - {"function"})]
    for key in keys:
        old, new = begun.get(key), now.get(key)
        if old == new or key in _MAY_CHANGE:
            continue
        flag = _FLAGS.get(key, key)
        if key == "params":
            was, gives = _params(old, new), _params(new, old)
        elif key in _HIDDEN:
            was, gives = _names(flag, old), _names(flag, new) + " (values not shown)"
        else:
            was, gives = _given(flag, old), _given(flag, new)
        return f"was begun with {was}, this run gives {gives}: give the same {flag}"
    return None


def _given(flag: str, value: Any) -> str:
    return f"no {flag}" if value is None else f"{flag} {value}"


def _params(mine: Any, theirs: Any) -> str:
    """The --param of one side that the other does not have the same (NAME=VALUE, values are not secret)."""
    own = dict(item.partition("=")[::2] for item in mine or ())
    other = dict(item.partition("=")[::2] for item in theirs or ())
    names = sorted(name for name in own.keys() | other.keys() if own.get(name) != other.get(name))
    return ", ".join(f"--param {name}={own[name]}" if name in own else f"no --param {name}" for name in names)


def _names(flag: str, items: Any) -> str:
    names = sorted({str(item).partition("=")[0].partition(":")[0] for item in items or ()})
    return ", ".join(f"{flag} {name}" for name in names) if names else f"no {flag}"
