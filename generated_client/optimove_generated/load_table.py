# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""A table the dlt source loads, as the spec's x-optimove-load describes it (facts.LOAD_TABLES).

Copied into the generated package as it is (generator/static).
"""

from __future__ import annotations

import dataclasses
from typing import Literal

# reference: the answer of a call without arguments, replaced on each run; dates: the execution dates
# loaded (the date cursor), one row each; per-date: loaded for the rows of a parent table, merged per date.
LoadKind = Literal["reference", "dates", "per-date"]
# The kind of a column's values, as optimove_client._response.columns names them.
ColumnKind = Literal["string", "int", "float", "bool", "date", "datetime"]


@dataclasses.dataclass(frozen=True, slots=True)
class LeadingColumn:
    """A column of the table before the answer's fields: the value of one parameter of the call."""

    name: str  # ExecutionDate
    parameter: str  # Optimove's name of the parameter whose value it holds: Date
    kind: ColumnKind  # of the parameter's schema


@dataclasses.dataclass(frozen=True, slots=True)
class LoadTable:
    name: str  # the table: action_customers
    function: str  # the operation it is loaded from: GetCustomersByAction
    kind: LoadKind
    primary_key: tuple[str, ...]
    parent: str | None = (
        None  # per-date: the table whose rows give the arguments of its calls
    )
    # per-date: (parameter, the parent's column it takes); one call per distinct set of values in a run.
    arguments: tuple[tuple[str, str], ...] = ()
    # per-date: the parameter that takes, a call each, every changed attribute the load asks for (none asked:
    # the table is not loaded).
    per_changed_attribute: str | None = None
    columns: tuple[LeadingColumn, ...] = ()
    # (a field of the answer, the parameter whose value fills it where the answer leaves it empty)
    fill: tuple[tuple[str, str], ...] = ()
    merge_key: tuple[
        str, ...
    ] = ()  # per-date: a date loaded again replaces the rows of these columns
    answer_column: str | None = None  # dates: the column holding the function's answer

    @property
    def per_date(self) -> bool:
        """Loaded per execution date (the dates table too), not replaced whole on each run."""
        return self.kind != "reference"
