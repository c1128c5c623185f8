"""Every function of the spec, found by its Optimove name, with where the client exposes it.

The listing needs no client and no credentials: the facade's categories are walked on an instance built
without a runner (its constructors only store the runner), so the catalogue cannot drift from the facade.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from typing import Any, cast

from optimove_generated.facade import Operations

from optimove_client._spec import OperationInfo, spec_index
from optimove_client.cli.problems import CliError


@dataclasses.dataclass(frozen=True)
class Function:
    info: OperationInfo
    category: str  # the client's attribute: opt.<category>
    attribute: str  # opt.<category>.<attribute>
    summary: str

    @property
    def name(self) -> str:
        return self.info.operation_id

    @property
    def pages(self) -> bool:
        return self.info.paging is not None

    def bound_to(self, client: Any) -> Any:
        """The client's entry point for this function (call it; .iter/.pages when it pages)."""
        return getattr(getattr(client, self.category), self.attribute)


@functools.cache
def functions() -> dict[str, Function]:
    """Every function, keyed by its lower-cased Optimove name, in the spec's order."""
    spec = spec_index()
    unbound = unbound_operations()
    where: dict[str, tuple[str, str]] = {}
    for category, group in vars(unbound).items():
        for attribute, operation in vars(group).items():
            where[operation.operation_id] = (category, attribute)
    found: dict[str, Function] = {}
    for info in spec.operations():
        category, attribute = where[info.operation_id]
        summary = spec.document["paths"][info.path][info.method].get("summary", "")
        found[info.operation_id.lower()] = Function(info, category, attribute, summary)
    return found


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


@functools.cache
def unbound_operations() -> Operations:
    """The facade without a runner: enough to read the signatures of its entry points."""
    return Operations(cast(Any, None))
