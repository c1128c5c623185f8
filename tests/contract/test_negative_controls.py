"""Negative controls: the contract checks do fail when a response or the spec is wrong."""

from __future__ import annotations

import copy

import orjson

from optimove_client.testing import MockOptimove
from optimove_client.testing.spec import Spec, load_spec
from optimove_client.testing.validation import RequestValidator

SPEC = load_spec()


def _all_actions_body(mock: MockOptimove) -> object:
    with mock.client() as http:
        return orjson.loads(http.get("/current/actions/GetAllActions").content)


def test_a_wrong_response_fixture_is_caught() -> None:
    pointer = SPEC.by_id["GetAllActions"].success_pointer
    validator = RequestValidator(SPEC)
    assert validator.errors(pointer, [{"ActionID": 1, "ActionName": "Welcome"}]) is None
    problem = validator.errors(pointer, [{"ActionID": "one", "ActionName": "Welcome"}])
    assert problem is not None and "ActionID" in problem


def test_a_wrong_spec_field_is_caught() -> None:
    mock = MockOptimove(customers=3)
    document = copy.deepcopy(SPEC.document)
    document["components"]["schemas"]["GetAllActionsItem"]["required"].append("ActionCategory")
    strict = Spec(document)
    problem = RequestValidator(strict).errors(
        strict.by_id["GetAllActions"].success_pointer, _all_actions_body(mock)
    )
    assert problem is not None and "ActionCategory" in problem


def test_the_generated_client_fails_on_a_body_that_breaks_its_model() -> None:
    from optimove_generated.models.get_all_actions_item import GetAllActionsItem  # noqa: PLC0415

    assert GetAllActionsItem.from_dict({"ActionID": 1, "ActionName": "x"}).action_id == 1
    try:
        GetAllActionsItem.from_dict({"ActionName": "x"})
    except (KeyError, ValueError, TypeError):
        return
    raise AssertionError("a body without the required ActionID parsed")
