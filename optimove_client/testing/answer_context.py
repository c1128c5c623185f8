"""What a handler reads the account through: its data and state, which inputs refer to nothing, customer
lists with their paging bounds and requested attributes. `handlers.Handlers` adds the dispatch on top.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from optimove_generated.facts import MAX_ATTRIBUTE_NAMES

from optimove_client.testing.dataset import BRAND_IDS, EVENT_IDS, Dataset
from optimove_client.testing.spec import Operation, Spec
from optimove_client.testing.state import AccountState
from optimove_client.testing.synthesis import RowSynthesizer
from optimove_client.testing.validation import RequestInvalid

MAX_ATTRIBUTES = MAX_ATTRIBUTE_NAMES  # the spec's x-optimove-max-items of CustomerAttributes
NOT_FILTERS = frozenset({"$top", "$skip", "customerattributes", "customerattributesdelimiter"})


@dataclass(frozen=True)
class Rows:
    """A lazily made list of rows: a page of customers is never built as one Python list."""

    count: int
    rows: Iterator[dict[str, Any]]


@dataclass(frozen=True)
class Call:
    operation: Operation
    params: dict[str, Any]
    body: Any


class AnswerContext:
    def __init__(self, spec: Spec, dataset: Dataset, state: AccountState, attribute_shape: str) -> None:
        self.spec = spec
        self.data = dataset
        self.state = state
        self.attribute_shape = attribute_shape
        self.synth = RowSynthesizer(spec, dataset)

    # Inputs that point at nothing give "no data" ----------------------------------------------------------

    def refers_to_nothing(self, params: dict[str, Any]) -> bool:
        data = self.data
        known: dict[str, Callable[[Any], bool]] = {
            "actionid": lambda v: v in data.actions,
            "campaignid": lambda v: v in data.campaigns,
            "targetgroupid": lambda v: v in data.target_groups,
            "channelid": lambda v: v in data.channels,
            "valuesegmentid": lambda v: v in data.value_segments,
            "brandid": lambda v: v in BRAND_IDS,
            "eventid": lambda v: v in EVENT_IDS,
            "customerid": lambda v: data.customer_index(v) is not None,
        }
        for name, value in params.items():
            exists = known.get(name.lower())
            if exists is not None and not exists(value):
                return True
            if name.lower() == "date" and isinstance(value, datetime.date) and not data.has_data_on(value):
                return True
        start, end = params.get("StartDate"), params.get("EndDate")
        if isinstance(start, datetime.date) and isinstance(end, datetime.date):
            oldest = data.last_data_update - datetime.timedelta(days=data.config.history_days)
            return end < start or end < oldest or start > data.last_data_update
        return False

    # Customer lists -------------------------------------------------------------------------------------

    def _is_customer_list(self, operation: Operation) -> bool:
        schema, _ = self.spec.resolve(operation.success_schema or {})
        if schema.get("type") != "array":
            return False
        items, _ = self.spec.resolve(schema.get("items", {}))
        return "CustomerID" in items.get("properties", {})

    def page_bounds(self, call: Call) -> tuple[int, int]:
        paging = call.operation.paging
        config = self.data.config
        fixed = paging.fixed_page_size if paging is not None else None
        size: int = config.default_page_size if fixed is None else fixed
        top: int = call.params.get("$top", size)
        if top > config.max_page_size:  # the spec says so too; kept here for specs without a maximum
            raise RequestInvalid(f"Parameter $top must be at most {config.max_page_size}")
        skip: int = call.params.get("$skip", 0)
        return skip, top

    def requested_attributes(self, call: Call) -> tuple[list[str], str] | None:
        names_text = call.params.get("CustomerAttributes")
        if not call.operation.takes_customer_attributes or names_text is None:
            return None
        names = [name for name in names_text.split(";")]
        if len(names) > MAX_ATTRIBUTES:
            raise RequestInvalid(f"Parameter CustomerAttributes names {len(names)} attributes; at most 10")
        known = self.known_attribute_names()
        unknown = [name for name in names if name.lower() not in known]
        if unknown:
            raise RequestInvalid(f"Parameter CustomerAttributes: unknown attribute {unknown[0]!r}")
        return [name.lower() for name in names], call.params.get("CustomerAttributesDelimiter", ",")

    def known_attribute_names(self) -> set[str]:
        return set(self.data.attributes) | set(self.state.added_attributes)

    def attribute_value(self, index: int, name: str) -> str:
        updated = self.state.attribute_updates.get(index, {}).get(name)
        if updated is not None:
            return updated
        attribute = self.data.attributes.get(name)
        return attribute.value_of(index) if attribute is not None else "NULL"

    def customer_rows(self, call: Call, extra: Callable[[int], dict[str, Any]] | None = None) -> Rows | None:
        filters = {k: v for k, v in call.params.items() if k.lower() not in NOT_FILTERS}
        selection = self.data.customer_selection(call.operation.operation_id, filters)
        if call.operation.paging is not None:
            skip, top = self.page_bounds(call)
            selection = selection[skip : skip + top]
        else:
            selection = selection[: self.data.config.default_page_size]
        if not selection:
            return None
        schema, _ = self.spec.resolve(call.operation.success_schema or {})
        make = self.synth.row_maker(schema["items"], filters)
        attributes = self.requested_attributes(call)

        def rows() -> Iterator[dict[str, Any]]:
            for index in selection:
                row = make(index)
                if extra is not None:
                    row.update(extra(index))
                if attributes is not None:
                    names, delimiter = attributes
                    values = [self.attribute_value(index, name) for name in names]
                    if self.attribute_shape == "joined":
                        row["CustomerAttribute"] = delimiter.join(values)
                    else:
                        row["CustomerAttributes"] = values
                yield row

        return Rows(len(selection), rows())
