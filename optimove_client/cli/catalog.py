"""Every function of the spec, found by its Optimove name, from the generated operations table.

The listing needs no client and no credentials: the table says each function's category and the name the
client exposes it under (`opt.<category>.<name>`), so the catalogue cannot drift from the facade.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from typing import Any

from optimove_generated.operation import Operation
from optimove_generated.operations import OPERATIONS

from optimove_client.cli.problems import CliError


@dataclasses.dataclass(frozen=True)
class Function:
    operation: Operation

    @property
    def name(self) -> str:
        return self.operation.operation_id

    @property
    def category(self) -> str:
        return self.operation.category

    @property
    def pages(self) -> bool:
        return self.operation.paging is not None

    @property
    def batch_limit(self) -> int | None:
        """Items per call of .batched (--batched), or None when the function does not batch."""
        batch = self.operation.batch
        return None if batch is None else batch.limit

    @property
    def takes_attributes(self) -> bool:
        return self.operation.attributes is not None

    def bound_to(self, client: Any) -> Any:
        """The client's entry point for this function (call it; .iter/.pages when it pages)."""
        return getattr(getattr(client, self.operation.category), self.operation.name)


@functools.cache
def functions() -> dict[str, Function]:
    """Every function, keyed by its lower-cased Optimove name, in the spec's order."""
    return {operation.operation_id.lower(): Function(operation) for operation in OPERATIONS}


def find(name: str) -> Function:
    """The function of this name, case-insensitively; a bad-input error with suggestions otherwise."""
    known = functions()
    function = known.get(name.strip().lower())
    if function is None:
        names = [f.name for f in known.values()]
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `optimove functions` lists them"
        raise CliError(f"no function named {name!r}{hint}")
    return function


def categories() -> list[str]:
    return list(dict.fromkeys(f.category for f in functions().values()))


def batching() -> list[str]:
    """The names of the functions that batch (--batched), in the spec's order."""
    return [f.name for f in functions().values() if f.batch_limit is not None]
