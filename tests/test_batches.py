""".batched(...): any number of items, in as many calls as the function's limit needs, in order, checked
before the first call; a failed call says which items were sent, which failed and which were not, and
nothing is sent twice or beyond the retry policy."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from optimove_generated.operations import OPERATIONS
from optimove_generated.protocols import BatchProgress

from optimove_client import BatchError, ServerError, ValidationError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import AsyncSpy, Spy, async_client, run, sync_client

LIMIT = 100  # AddPromotions' items per call (x-optimove-max-list-items)


def _promotions(count: int) -> list[dict[str, str]]:
    return [{"PromoCode": f"P{index}", "PromotionName": f"promotion {index}"} for index in range(count)]


def _sent(spy: Spy | AsyncSpy, operation: str) -> list[Any]:
    return [json.loads(r.content) for r in spy.requests if r.url.path.endswith("/" + operation)]


@pytest.mark.parametrize("count", [0, 1, LIMIT, LIMIT + 1, 250])
def test_any_number_of_items_goes_in_order_in_the_fewest_calls(
    count: int, mock: MockOptimove, clock: ManualClock
) -> None:
    spy = Spy(mock.transport())
    seen: list[BatchProgress] = []
    with sync_client(mock, clock, transport=spy) as opt:
        summary = opt.promotions.add_promotions.batched(items=_promotions(count), on_progress=seen.append)
    bodies = _sent(spy, "AddPromotions")
    assert len(bodies) == summary.calls == math.ceil(count / LIMIT)
    assert all(len(body) <= LIMIT for body in bodies)
    assert [item for body in bodies for item in body] == _promotions(count)
    assert summary.items == count and summary.results == (None,) * summary.calls
    assert [(p.calls, p.items, p.total) for p in seen] == [
        (n + 1, min((n + 1) * LIMIT, count), count) for n in range(summary.calls)
    ]
    assert mock.calls.by_operation["AddPromotions"] == summary.calls


def test_the_plain_call_refuses_more_than_the_limit_and_names_batched(
    mock: MockOptimove, clock: ManualClock
) -> None:
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy) as opt, pytest.raises(ValidationError) as raised:
        opt.promotions.add_promotions(items=_promotions(LIMIT + 1))
    assert "at most 100 items (got 101)" in str(raised.value)
    assert "add_promotions.batched(...) sends any number, 100 per call" in str(raised.value)
    assert spy.requests == []


def test_every_call_is_checked_before_the_first_is_sent(mock: MockOptimove, clock: ManualClock) -> None:
    items = _promotions(250)
    items[220] = {"PromoCode": "", "PromotionName": "no code"}  # in the third call
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy) as opt, pytest.raises(ValidationError, match=r"body\[20\]"):
        opt.promotions.add_promotions.batched(items=items)
    assert spy.requests == []


@pytest.mark.parametrize(("status", "applied"), [(503, True), (400, False)], ids=["server-error", "refused"])
def test_a_failed_call_says_what_was_sent_and_nothing_is_sent_after_it(
    status: int, applied: bool, mock: MockOptimove, clock: ManualClock
) -> None:
    mock.faults.fail(status, operation="AddPromotions", nth=2, times=100)
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy) as opt, pytest.raises(BatchError) as raised:
        opt.promotions.add_promotions.batched(items=_promotions(250))
    error = raised.value
    assert (error.sent, error.failed, error.not_sent) == (range(0, 100), range(100, 200), range(200, 250))
    assert error.calls == 1 and error.results == (None,)
    assert error.may_have_applied is applied
    assert isinstance(error.__cause__, type(error.cause)) and error.cause.status_code == status  # type: ignore[attr-defined]
    outcome = "may have been applied" if applied else "were not applied"
    assert (
        f"items 0-99 sent in 1 call, items 100-199 of the failed call {outcome}, items 200-249 not sent"
        in str(error)
    )
    # A POST is not repeated after an answer: two requests in all, the second of them failed.
    assert [len(body) for body in _sent(spy, "AddPromotions")] == [100, 100]


def test_a_batch_after_a_failure_resumes_with_the_items_not_applied(
    mock: MockOptimove, clock: ManualClock
) -> None:
    items = _promotions(250)
    mock.faults.fail(400, operation="AddPromotions", nth=2, times=1)
    with sync_client(mock, clock) as opt:
        with pytest.raises(BatchError) as raised:
            opt.promotions.add_promotions.batched(items=items)
        summary = opt.promotions.add_promotions.batched(items=items[raised.value.failed.start :])
    assert (summary.calls, summary.items) == (2, 150)
    assert mock.calls.by_operation["AddPromotions"] == 4  # 1 + the refused one + 2


def test_an_object_bodys_list_is_split_and_its_other_fields_go_with_every_call(
    mock: MockOptimove, clock: ManualClock
) -> None:
    recipients = [{"Email": f"user{index}@example.com"} for index in range(450)]
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy) as opt:
        summary = opt.transactional_mail.send_transactional_mail.batched(
            template_id=7,
            recipients=recipients,  # type: ignore[arg-type]
        )
    bodies = _sent(spy, "SendTransactionalMail")
    assert [len(body["Recipients"]) for body in bodies] == [200, 200, 50]
    assert {body["TemplateID"] for body in bodies} == {7}
    assert [r for body in bodies for r in body["Recipients"]] == recipients
    assert summary.calls == 3 and len(summary.results) == 3
    assert all(result is not None and result.is_success for result in summary.results)


def test_a_field_every_call_would_repeat_is_refused(mock: MockOptimove, clock: ManualClock) -> None:
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy) as opt, pytest.raises(ValidationError) as raised:
        opt.transactional_mail.send_transactional_mail.batched(
            template_id=7,
            recipients=[{"Email": "a@example.com"}],  # type: ignore[list-item]
            unique_message_id="order-1",
        )
    assert "UniqueMessageID cannot be sent by .batched: every call of a batch would repeat it" in str(
        raised.value
    )
    assert spy.requests == []


def test_the_async_batch_is_the_same(mock: MockOptimove, clock: ManualClock) -> None:
    mock.faults.fail(503, operation="AddPromotions", nth=3, times=100)
    spy = AsyncSpy(mock.async_transport())

    async def main() -> BatchError:
        async with async_client(mock, clock, transport=spy) as opt:
            summary = await opt.promotions.add_promotions.batched(items=_promotions(200))
            assert (summary.calls, summary.items) == (2, 200)
            with pytest.raises(BatchError) as raised:
                await opt.promotions.add_promotions.batched(items=_promotions(150))
            return raised.value

    error = run(main)
    assert (error.sent, error.failed, error.not_sent) == (range(0, 0), range(0, 100), range(100, 150))
    assert isinstance(error.cause, ServerError) and error.calls == 0


def test_every_function_with_a_list_limit_batches() -> None:
    """The table gives .batched to the array bodies with a limit and the object bodies the spec marks, and
    the limit is the spec's."""
    limited = {op.operation_id: op for op in OPERATIONS if op.max_list_items is not None}
    assert limited and all(
        op.batch is not None and op.batch.limit == op.max_list_items for op in limited.values()
    )
    send = next(op for op in OPERATIONS if op.operation_id == "SendTransactionalMail")
    assert send.batch is not None and (send.batch.field, send.batch.limit) == ("Recipients", 200)
    assert send.batch.not_repeatable == ("UniqueMessageID",)
