"""Answers of Optimail and transactional mail: unsubscribers, sends."""

from __future__ import annotations

from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles, list_or_none


@handles("AddUnsubscribers")
def _add_unsubscribers(h: AnswerContext, call: Call) -> Any:
    brand = h.state.unsubscribers.setdefault(call.body["BrandId"], {})
    stamp = f"{h.data.last_data_update.isoformat()} 12:00:00"
    for address in call.body["EmailAddresses"]:
        brand.setdefault(address, stamp)
    return {"Error": None}


@handles("DeleteUnsubscribers")
def _delete_unsubscribers(h: AnswerContext, call: Call) -> Any:
    brand = h.state.unsubscribers.get(call.body["BrandId"], {})
    if brand.pop(call.body["EmailAddress"], None) is None:
        return {"Error": "The address is not unsubscribed"}
    return {"Error": None}


@handles("GetUnsubscribers")
def _unsubscribers(h: AnswerContext, call: Call) -> Any:
    brand = h.state.unsubscribers.get(call.params["BrandID"], {})
    skip, top = h.page_bounds(call)
    rows = [
        {"Email": e, "UnsubscribedTime": t}
        for e, t in sorted(brand.items())[skip : skip + top]  # a slice takes any $skip, islice does not
    ]
    return list_or_none(rows)


@handles("SendTransactionalMail", "SendFinalizedTransactionalMail")
def _send_mail(h: AnswerContext, call: Call) -> Any:
    send_id = h.state.next_send_id
    h.state.next_send_id += 1
    return {"IsSuccess": "true", "SendID": send_id, "Error": None}
