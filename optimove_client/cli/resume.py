"""--resume: a small state file next to the output says how far an export got.

After every page the export writes the page (whole records, flushed), then records here how many records
and bytes the file holds. The state never runs ahead of the file, so resuming truncates the file to the
recorded size and asks for the next record: no duplicate and no gap, whatever moment the export stopped.
The state names the function and its arguments, so a resume with other arguments is refused. It holds no
credentials. It is removed when the export completes. Only a regular file has one (see sink.py): it sits
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

from optimove_client.cli.problems import CliError

_VERSION = 1


def state_path(output: Path) -> Path:
    real = Path(os.path.realpath(output))
    return real.with_name(real.name + ".optimove-resume")


@dataclasses.dataclass(frozen=True)
class ExportState:
    call: dict[str, Any]  # function, arguments and format: what the file is an export of
    records: int
    size: int  # bytes of the file that hold those records (a text file)
    row_groups: int = 0  # row groups of the file that hold those records (a Parquet file)

    def save(self, path: Path) -> None:
        """Write atomically (temporary file, then rename): a crash leaves the old state or the new one."""
        text = json.dumps({"version": _VERSION, **dataclasses.asdict(self)}, sort_keys=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> ExportState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != _VERSION:
                raise ValueError("version")
            return cls(
                call=dict(data["call"]),
                records=int(data["records"]),
                size=int(data["size"]),
                row_groups=int(data.get("row_groups", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            raise CliError(f"cannot read the resume state {path}; remove it and start again") from None


class Checkpoints:
    """The state of one export, saved after each page."""

    def __init__(self, output: Path, call: dict[str, Any]) -> None:
        self.path = state_path(output)
        self.call = call

    def resumable(self, output: Path) -> ExportState | None:
        """The state to continue from, None to start afresh; refuses a file that is not this export's."""
        if not output.exists():
            return None
        if not self.path.exists():
            raise CliError(
                f"nothing to resume: {output} has no resume state (it is complete, or was not written "
                "by `optimove call --all-pages`); drop --resume to overwrite it"
            )
        state = ExportState.load(self.path)
        if state.call != self.call:
            raise CliError(
                f"{output} is an export of {state.call.get('function')} with other arguments or format; "
                "give the same ones to resume, or drop --resume to start afresh"
            )
        if output.stat().st_size < state.size:
            raise CliError(f"{output} is shorter than its resume state says; remove both and start again")
        return state

    def save(self, records: int, size: int, row_groups: int = 0) -> None:
        ExportState(self.call, records, size, row_groups).save(self.path)

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)
