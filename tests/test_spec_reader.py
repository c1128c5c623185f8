"""One reader of the spec (_spec_document.SpecReader, on referencing) for the overlay, the mock and the tests;
the mock takes what the x-optimove-* extensions say from the generated operations table, as the client does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from optimove_generated.operations import OPERATIONS
from referencing.exceptions import Unresolvable

from optimove_client._request.spec_document import SpecReader, schema_at, spec_document, spec_reader
from optimove_client.testing.spec import load_spec
from tests.support import operations, reader, resolve

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT: dict[str, Any] = {
    "paths": {
        "/current/general/Probe": {"get": {"operationId": "Probe", "parameters": [{"$ref": "#/p/One"}]}},
        "/current/general/Other": {"post": {"operationId": "Other"}, "summary": "not an operation"},
    },
    "p": {"One": {"$ref": "#/s/Two"}},
    "s": {"Two": {"type": "integer"}, "a~b": {"type": "string"}},
}


def test_a_reference_chain_is_followed_to_its_end() -> None:
    spec = SpecReader(DOCUMENT)
    assert spec.at("#/p/One") == {"type": "integer"}
    assert spec.resolve({"$ref": "#/p/One"}) == ({"type": "integer"}, "#/s/Two")
    assert spec.resolve({"type": "string"}) == ({"type": "string"}, None)
    assert spec.at("#/paths/~1current~1general~1Probe/get/parameters/0") == {"type": "integer"}
    assert spec.at("#/s/a~0b") == {"type": "string"}
    with pytest.raises(Unresolvable):
        spec.at("#/s/Three")


def test_the_operations_are_listed_in_the_documents_order() -> None:
    listed = [(path, method, op["operationId"]) for path, method, op in SpecReader(DOCUMENT).operations()]
    assert listed == [("/current/general/Probe", "get", "Probe"), ("/current/general/Other", "post", "Other")]


def test_the_overlay_the_mock_and_the_tests_read_through_it() -> None:
    assert load_spec().document is spec_document()
    assert isinstance(load_spec().reader, SpecReader) and isinstance(reader(), SpecReader)
    pointer = next(op for op in OPERATIONS if op.operation_id == "GetCustomersByAction").parameters[0].schema
    assert schema_at(pointer) == spec_reader().at(pointer) == {**resolve({"$ref": pointer})}
    assert set(operations()) == {op.operation_id for op in OPERATIONS} == set(load_spec().by_id)


def test_the_mock_reads_the_extensions_the_spec_gives() -> None:
    """The mock's facts come from the operations table; here they are checked against the YAML itself."""
    mock = load_spec().by_id
    for function, (_, _, operation) in operations().items():
        paging = operation.get("x-optimove-paging")
        found = mock[function]
        assert (found.paging is not None) == (paging is not None), function
        if found.paging is not None and paging is not None:
            assert found.paging.fixed_page_size == paging.get("fixed-page-size"), function
        assert found.takes_customer_attributes == bool(operation.get("x-optimove-customer-attributes"))
        assert found.rate_limit_exempt == bool(operation.get("x-optimove-rate-limit-exempt")), function
        assert found.max_list_items == operation.get("x-optimove-max-list-items"), function
        assert found.required_one_of == operation.get("x-optimove-required-one-of", []), function


def test_no_other_module_reads_the_spec_by_hand() -> None:
    """JSON pointers are decoded, and referencing registries made, by the reader alone."""
    reader_module = ROOT / "optimove_client" / "_request/spec_document.py"
    sources = [*sorted((ROOT / "optimove_client").rglob("*.py")), ROOT / "tests" / "support.py"]
    for source in sources:
        if source == reader_module:
            continue
        text = source.read_text(encoding="utf-8")
        for sign in ('replace("~1", "/")', "Resource.from_contents", "Registry()"):
            assert sign not in text, (source.relative_to(ROOT), sign)
