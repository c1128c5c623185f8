"""x-optimove-load: the tables the spec declares are the tables the dlt source loads, as the spec says.

The generator reads the extension into optimove_generated.facts.LOAD_TABLES (generator/load_tables.py),
refusing a declaration that does not fit its function; the source makes one resource per table from it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest
from optimove_generated import facts

from generator.generate import load_spec
from generator.load_tables import load_tables
from tests.support import operations
from tests.test_generation import _small_spec

EXTENSION = "x-optimove-load"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def declared() -> dict[str, dict[str, Any]]:
    """operationId -> its x-optimove-load, for every operation that has one."""
    return {op_id: op[EXTENSION] for op_id, (_, _, op) in operations().items() if EXTENSION in op}


def test_every_table_the_spec_declares_is_in_the_facts() -> None:
    tables = {table.function: table for table in facts.LOAD_TABLES}
    assert set(tables) == set(declared())
    for function, extension in declared().items():
        table = tables[function]
        assert (table.name, table.kind) == (extension["table"], extension["kind"])
        assert list(table.primary_key) == extension["primary-key"]
        assert list(table.merge_key) == extension.get("merge-key", [])
        assert dict(table.arguments) == extension.get("arguments", {})
        assert {column.name: column.parameter for column in table.columns} == extension.get("columns", {})
    names = [table.name for table in facts.LOAD_TABLES]
    for position, table in enumerate(facts.LOAD_TABLES):  # parents first
        assert table.parent is None or table.parent in names[:position], table.name


def test_every_declared_table_is_loaded_with_its_keys() -> None:
    from optimove_client import Optimove  # noqa: PLC0415
    from optimove_client.dlt import TABLES, optimove_source  # noqa: PLC0415
    from optimove_client.testing import MOCK_BASE_URL  # noqa: PLC0415

    with Optimove(api_key="k", base_url=MOCK_BASE_URL, environ={}) as opt:
        made = optimove_source(start_date="2024-06-01", changed_attributes=["Country"], client=opt)
        without = optimove_source(start_date="2024-06-01", client=opt)
    assert [table.name for table in TABLES] == [table.name for table in facts.LOAD_TABLES]
    assert list(made.resources) == [table.name for table in facts.LOAD_TABLES]
    for table in facts.LOAD_TABLES:
        hints: Any = made.resources[table.name].compute_table_schema()
        columns = hints["columns"]
        assert {name for name, hint in columns.items() if hint.get("primary_key")} == set(table.primary_key)
        assert {name for name, hint in columns.items() if hint.get("merge_key")} == set(table.merge_key)
        assert list(columns)[: len(table.columns)] == [column.name for column in table.columns]
        assert hints["write_disposition"] == ("replace" if table.kind == "reference" else "merge")
        assert made.resources[table.name].is_transformer == (table.kind == "per-date")
    # A table loaded per changed attribute is left out when none is asked for.
    each = {table.name for table in facts.LOAD_TABLES if table.per_changed_attribute is not None}
    assert each and set(without.resources) == set(made.resources) - each


def test_the_columns_a_table_adds_are_typed_by_their_parameters(spec: dict[str, Any]) -> None:
    kinds = {
        (table.name, column.name): column.kind for table in facts.LOAD_TABLES for column in table.columns
    }
    assert kinds[("action_customers", "ExecutionDate")] == "date"
    assert kinds[("action_customers", "RecipientGroupID")] == "int"
    assert kinds[("attribute_changers", "ChangedAttribute")] == "string"
    changed = copy.deepcopy(spec)
    details = changed["paths"]["/current/actions/GetCampaignDetails"]["get"]
    details["parameters"][0]["schema"] = {"type": "string"}
    (campaign,) = next(t for t in load_tables(changed) if t.name == "campaign_details").columns
    assert campaign.kind == "string"


def test_a_spec_without_the_extension_yields_no_table() -> None:
    small = _small_spec({"Date": {"type": "string", "format": "date"}})
    assert load_tables(small) == []
    written: dict[str, Any] = {}
    exec(facts_text(small), written)  # noqa: S102 - the generated module, run as it would be imported
    assert written["LOAD_TABLES"] == ()


def test_a_small_spec_with_the_extension_yields_its_table() -> None:
    small = _small_spec({"ProbeID": {"type": "integer"}})
    probe = small["paths"]["/current/general/Probe"]["get"]
    probe[EXTENSION] = {"table": "probes", "kind": "reference", "primary-key": ["ProbeID"]}
    written: dict[str, Any] = {}
    exec(facts_text(small), written)  # noqa: S102
    (table,) = written["LOAD_TABLES"]
    assert (table.name, table.function, table.kind, table.primary_key) == (
        "probes",
        "Probe",
        "reference",
        ("ProbeID",),
    )
    assert not table.per_date


def facts_text(spec: dict[str, Any]) -> str:
    from generator.facts import render  # noqa: PLC0415

    return render(spec)


def _operation(spec: dict[str, Any], function: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        op for item in spec["paths"].values() for op in item.values() if op["operationId"] == function
    )
    return found


def _load(spec: dict[str, Any], function: str) -> dict[str, Any]:
    extension: dict[str, Any] = _operation(spec, function)[EXTENSION]
    return extension


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda s: _load(s, "GetAllActions").update(kind="sometimes"), "GetAllActions: x-optimove-load kind"),
        (lambda s: _load(s, "GetAllActions").update(color="red"), "unknown fields ['color']"),
        (lambda s: _load(s, "GetAllActions").pop("primary-key"), "primary-key must be a list"),
        (lambda s: _load(s, "GetCampaignDetails").update(kind="reference"), "a call without arguments"),
        (lambda s: _load(s, "GetCustomersByAction")["arguments"].update(Nope="ActionID"), "(not ['Nope'])"),
        (lambda s: _load(s, "GetCustomersByAction").update(parent="nowhere"), "parent nowhere is no dates"),
        (lambda s: _load(s, "GetCustomersByAction")["arguments"].update(Date="Day"), "take ['Day'], not col"),
        (lambda s: _load(s, "GetCustomersByAction")["fill"].update(ActionID="$top"), "columns and fill take"),
        (lambda s: _load(s, "GetCustomersByAction").update({"merge-key": ["CustomerID"]}), "merge-key must"),
        (lambda s: _load(s, "GetCampaignDetails").update(table="actions"), "table actions is declared twice"),
        (lambda s: _load(s, "GetLastDataUpdate").pop("answer-column"), "a one-column primary-key and an"),
        (lambda s: _operation(s, "GetLastDataUpdate").pop(EXTENSION), "need one dates table (found 0)"),
    ],
)
def test_a_declaration_that_does_not_fit_is_refused_by_its_function(
    spec: dict[str, Any], change: Callable[[dict[str, Any]], Any], words: str
) -> None:
    broken = copy.deepcopy(spec)
    change(broken)
    with pytest.raises(ValueError, match=re.escape(words)):
        load_tables(broken)
