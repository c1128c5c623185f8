"""Where an export goes: a local file, written in place, or an object store path, staged then uploaded.

A local path (or a file:// ObjectStoragePath) is the export's own file: its resume state lies beside it,
so a retry of the task continues it (on the same machine, or a volume the workers share).

An object store path (s3://, gs://, abfs://, ... through Airflow's ObjectStoragePath and the connection
named by its conn_id) cannot be appended to. The export is written to a staging file on the worker,
under a folder of this task instance (its DAG, run, task and map index), resumably, and uploaded once
whole; a marker beside it records that it is whole, so a retry after a failed upload uploads the file
again without fetching it anew. The staging folder is removed once the upload is done. Stage on a volume
the workers share (staging_dir=) to let a retry on another worker continue the export too.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from airflow.sdk import ObjectStoragePath

_LOCAL_PROTOCOLS = ("file", "local", "")
_COPY_CHUNK = 8 * 1024 * 1024
DEFAULT_STAGING = Path(tempfile.gettempdir()) / "optimove-airflow"


def as_target(path: object, storage_conn_id: str | None = None) -> Path | ObjectStoragePath:
    """The path as given: a local Path, or an ObjectStoragePath (a str with a scheme becomes one)."""
    if isinstance(path, str) and "://" in path:
        path = ObjectStoragePath(path, conn_id=storage_conn_id or None)
    if isinstance(path, ObjectStoragePath):
        return Path(path.path) if path.protocol in _LOCAL_PROTOCOLS else path
    if isinstance(path, (str, Path)) and str(path).strip():
        return Path(path)
    raise ValueError(f"path must be a local path or an ObjectStoragePath, not {path!r:.60}")


class Staging:
    """The staging file of an export to an object store path, its completion marker, and the upload."""

    def __init__(self, destination: ObjectStoragePath, folder: Path, instance: Mapping[str, Any]) -> None:
        self.destination = destination
        key = json.dumps({**instance, "to": str(destination)}, sort_keys=True, default=str)
        self.folder = folder / hashlib.sha256(key.encode()).hexdigest()[:24]
        self.file = self.folder / destination.name
        self._marker = self.folder / (destination.name + ".optimove-complete")

    def prepare(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)

    def complete(self, identity: Mapping[str, Any]) -> dict[str, Any] | None:
        """The summary of a staged export of `identity` that is whole and not uploaded yet; else None."""
        try:
            marker = json.loads(self._marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not self.file.exists() or marker.get("identity") != json.loads(json.dumps(identity)):
            return None
        summary: dict[str, Any] = marker["summary"]
        return summary

    def mark_complete(self, identity: Mapping[str, Any], summary: Mapping[str, Any]) -> None:
        temporary = self._marker.with_name(self._marker.name + ".tmp")
        temporary.write_text(json.dumps({"identity": identity, "summary": summary}), encoding="utf-8")
        temporary.replace(self._marker)

    def upload(self) -> None:
        """Copy the staged file to the destination, then drop the staging folder."""
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        with self.file.open("rb") as source, self.destination.open("wb") as target:
            shutil.copyfileobj(source, target, _COPY_CHUNK)
        shutil.rmtree(self.folder, ignore_errors=True)
