"""CustomerAttributes round trips: names in, wire form out; values in either shape, mapping out."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optimove_client import AttributeValuesMismatchError, Optimove, ResponseParseError, ValidationError
from optimove_client._request.attributes import (
    DELIMITERS,
    MISMATCH_ADVICE,
    AttributeNameError,
    AttributeValuesError,
    join_names,
    split_values,
)

names = st.lists(
    st.text(st.characters(blacklist_characters=";", blacklist_categories=("Cs",)), min_size=1).filter(
        str.strip
    ),
    min_size=1,
    max_size=10,
    unique=True,
)
delimiters = st.sampled_from(sorted(DELIMITERS))


def _values(delimiter: str, count: int) -> st.SearchStrategy[list[str]]:
    plain = st.text(st.characters(blacklist_characters=delimiter, blacklist_categories=("Cs",)))
    return st.lists(plain.filter(lambda value: value != "NULL"), min_size=count, max_size=count)


@given(names)
def test_names_join_with_semicolons_and_split_back(requested: list[str]) -> None:
    wire = join_names(requested)
    assert wire.split(";") == requested


@pytest.mark.parametrize(
    ("requested", "rule"),
    [
        ([], "1 to 10"),
        ([f"A{i}" for i in range(11)], "1 to 10"),
        (["Alias", ""], "must be an attribute name, not an empty or blank string"),
        (["Alias", "  "], "must be an attribute name, not an empty or blank string"),
        (["Al;ias"], "must not contain ';'"),
        (["Alias", "Alias"], "twice"),
        ("Alias", "list of attribute names"),
    ],
)
def test_bad_names_are_refused_with_the_rule(requested: Any, rule: str) -> None:
    with pytest.raises(AttributeNameError, match=rule):
        join_names(requested)


@given(st.data(), names, delimiters)
def test_joined_values_map_to_the_names_in_order(
    data: st.DataObject, requested: list[str], delimiter: str
) -> None:
    values = data.draw(_values(delimiter, len(requested)))
    joined = delimiter.join(values)
    if len(requested) == 1 or joined.count(delimiter) == len(requested) - 1:
        assert split_values(requested, None, joined, delimiter) == dict(zip(requested, values, strict=True))


@given(st.data(), names, delimiters)
def test_array_values_map_to_the_names_and_null_becomes_none(
    data: st.DataObject, requested: list[str], delimiter: str
) -> None:
    values = data.draw(
        st.lists(st.one_of(st.text(), st.just("NULL")), min_size=len(requested), max_size=len(requested))
    )
    mapping = split_values(requested, values, None, delimiter)
    assert list(mapping) == requested
    assert list(mapping.values()) == [None if value == "NULL" else value for value in values]


@given(st.data(), names.filter(lambda n: len(n) >= 2), delimiters)
def test_a_value_containing_the_delimiter_is_never_silently_shifted(
    data: st.DataObject, requested: list[str], delimiter: str
) -> None:
    values = data.draw(_values(delimiter, len(requested)))
    index = data.draw(st.integers(0, len(requested) - 1))
    values[index] = values[index] + delimiter + "x"
    with pytest.raises(AttributeValuesError, match=f"for {len(requested)} names"):
        split_values(requested, None, delimiter.join(values), delimiter)


@given(st.text(), delimiters)
def test_one_name_takes_the_whole_joined_string_delimiters_and_all(joined: str, delimiter: str) -> None:
    assert split_values(["City"], None, joined, delimiter) == {"City": None if joined == "NULL" else joined}


def test_the_message_suggests_another_delimiter() -> None:
    with pytest.raises(
        AttributeValuesError, match="contains the delimiter comma: ask for another attribute_delimiter"
    ):
        split_values(["City", "Country"], None, "Washington, D.C.,US", ",")


@settings(max_examples=60)
@given(st.data(), names, delimiters, st.sampled_from(["array", "joined"]))
def test_through_the_client_names_go_out_joined_and_values_come_back_mapped(
    data: st.DataObject, requested: list[str], delimiter: str, shape: str
) -> None:
    values = data.draw(_values(delimiter, len(requested)))
    if len(requested) > 1 and delimiter.join(values).count(delimiter) != len(requested) - 1:
        return
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        row: dict[str, Any] = {"CustomerID": "42"}
        row["CustomerAttributes" if shape == "array" else "CustomerAttribute"] = (
            values if shape == "array" else delimiter.join(values)
        )
        return httpx.Response(200, content=json.dumps([row]).encode())

    with Optimove(  # one call per example, many examples: no budget to wait for
        api_key="k",
        base_url="https://api5.optimove.net",
        transport=httpx.MockTransport(answer),
        rate_limit=(),
    ) as client:
        (row,) = client.customers.get_customers_by_action(
            recipient_group_id=1,
            action_id=1,
            date=datetime.date(2024, 6, 30),
            attributes=requested,
            attribute_delimiter=delimiter,
        )
    (request,) = seen
    assert request.url.params["CustomerAttributes"].split(";") == requested
    assert request.url.params["CustomerAttributesDelimiter"] == delimiter
    assert row.attributes == dict(zip(requested, values, strict=True))


def test_bad_names_fail_before_the_network() -> None:
    calls: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: calls.append(request) or httpx.Response(200))
    with Optimove(api_key="k", base_url="https://api5.optimove.net", transport=transport) as client:
        for bad in (["A;B"], [], [""], [f"A{i}" for i in range(11)]):
            with pytest.raises(ValidationError, match="GetCustomersByAction: attributes"):
                client.customers.get_customers_by_action(
                    recipient_group_id=1, action_id=1, date=datetime.date(2024, 6, 30), attributes=bad
                )
        with pytest.raises(ValidationError, match="attribute_delimiter must be one of"):
            client.customers.get_customers_by_action(
                recipient_group_id=1, action_id=1, date=datetime.date(2024, 6, 30), attribute_delimiter="|"
            )
    assert calls == []


def test_a_mismatch_through_the_client_names_the_row() -> None:
    body = json.dumps([{"CustomerID": "42", "CustomerAttribute": "Washington, D.C.,US"}]).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    expected = pytest.raises(
        ResponseParseError, match=r"GetCustomersByAction: .*row 0 \(42\): 3 attribute values"
    )
    with Optimove(api_key="k", base_url="https://api5.optimove.net", transport=transport) as client, expected:
        client.customers.get_customers_by_action(
            recipient_group_id=1,
            action_id=1,
            date=datetime.date(2024, 6, 30),
            attributes=["City", "Country"],
        )


@pytest.mark.parametrize("shape", ["array", "joined"])
def test_one_attribute_whose_value_holds_the_delimiter_is_read_whole(shape: str) -> None:
    """With one name, the joined string is that name's value: nothing to split, nothing refused."""
    row: dict[str, Any] = {"CustomerID": "42"}
    row["CustomerAttributes" if shape == "array" else "CustomerAttribute"] = (
        ["Washington, D.C."] if shape == "array" else "Washington, D.C."
    )
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=json.dumps([row]).encode()))
    with Optimove(
        api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=()
    ) as opt:
        (found,) = opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=datetime.date(2024, 6, 30), attributes=["City"]
        )
    assert found.attributes == {"City": "Washington, D.C."}


def test_both_shapes_give_the_same_mapping_type_equality_and_repr() -> None:
    """The array shape and the joined string give one mapping type, equal and shown alike."""
    answers = {
        "array": {"CustomerID": "42", "CustomerAttributes": ["Ann", "NULL"]},
        "joined": {"CustomerID": "42", "CustomerAttribute": "Ann,NULL"},
    }
    found = {}
    for shape, row in answers.items():
        content = json.dumps([row]).encode()
        transport = httpx.MockTransport(lambda request, content=content: httpx.Response(200, content=content))
        with Optimove(
            api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=()
        ) as opt:
            (found[shape],) = opt.customers.get_customers_by_action(
                recipient_group_id=1,
                action_id=1,
                date=datetime.date(2024, 6, 30),
                attributes=["Alias", "City"],
            )
    array, joined = found["array"].attributes, found["joined"].attributes
    assert type(array) is type(joined)
    assert array == joined == {"Alias": "Ann", "City": None}
    assert repr(array) == repr(joined) == "AttributeValues({'Alias': 'Ann', 'City': None})"
    assert list(joined.items()) == [("Alias", "Ann"), ("City", None)] and joined["City"] is None


def test_attribute_names_may_come_from_any_iterable_and_bad_ones_are_named() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"[]")

    with Optimove(
        api_key="k", base_url="https://api5.optimove.net", transport=httpx.MockTransport(answer)
    ) as opt:
        day = datetime.date(2024, 6, 30)
        opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=day, attributes=(name for name in ["Alias", "City"])
        )
        assert seen[0].url.params["CustomerAttributes"] == "Alias;City"
        for wrong, rule in ((42, "must be a list of attribute names, not int"), ("Alias", "not one string")):
            with pytest.raises(ValidationError, match=rule) as raised:
                opt.customers.get_customers_by_action(
                    recipient_group_id=1,
                    action_id=1,
                    date=day,
                    attributes=wrong,  # type: ignore[arg-type]
                )
            assert raised.value.parameter == "attributes"
    assert len(seen) == 1


def _get_customers(rows: list[dict[str, Any]], **options: Any) -> list[Any]:
    content = json.dumps(rows).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    with Optimove(
        api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=(), **options
    ) as opt:
        return list(
            opt.customers.get_customers_by_action(
                recipient_group_id=1,
                action_id=1,
                date=datetime.date(2024, 6, 30),
                attributes=["Alias", "City"],
            )
        )


# The second row's array has one value too many; the first and third are right, the third also has an
# unknown field and an ID sent as a number (the fast decoder refuses the page for any of these).
_ARRAY_ROWS: list[dict[str, Any]] = [
    {"CustomerID": "1", "CustomerAttributes": ["Ann", "Oslo"]},
    {"CustomerID": "2", "CustomerAttributes": ["Bob", "Rome", "IT"]},
    {"CustomerID": 3, "CustomerAttributes": ["Cy", "NULL"], "Surprise": True},
]


def test_an_array_of_the_wrong_length_is_refused_naming_its_row_and_shape() -> None:
    with pytest.raises(AttributeValuesMismatchError) as raised:
        _get_customers(_ARRAY_ROWS)
    error = raised.value
    assert isinstance(error, ResponseParseError)
    assert str(error) == (
        "GetCustomersByAction: unexpected response: row 1 (2): "
        "3 attribute values in the array for 2 names ['Alias', 'City']"
    )
    assert (error.mismatch.count, error.mismatch.shape, error.mismatch.delimiter_in_value) == (
        3,
        "array",
        False,
    )


def test_kept_mismatches_leave_only_their_own_rows_without_a_mapping() -> None:
    first, second, third = _get_customers(_ARRAY_ROWS, attribute_mismatch="keep")
    assert first.attributes == {"Alias": "Ann", "City": "Oslo"}
    assert second.attributes is None and second.customer_attributes == ["Bob", "Rome", "IT"]
    assert third.customer_id == "3" and third.attributes == {"Alias": "Cy", "City": None}
    assert third.extra == {"Surprise": True}


def test_a_value_holding_the_delimiter_is_worded_with_the_advice_given() -> None:
    rows = [{"CustomerID": "42", "CustomerAttribute": "Ann,Washington, D.C."}]
    with pytest.raises(AttributeValuesMismatchError) as raised:
        _get_customers(rows)
    error = raised.value
    assert error.mismatch.delimiter_in_value
    assert str(error).endswith("contains the delimiter comma: " + MISMATCH_ADVICE)
    assert error.worded("use a flag") == (
        "GetCustomersByAction: unexpected response: row 0 (42): 3 attribute values in the joined string "
        "for 2 names ['Alias', 'City']; a value probably contains the delimiter comma: use a flag"
    )
