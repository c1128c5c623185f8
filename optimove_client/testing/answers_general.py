"""Answers of the general functions (last data update, event listeners) and of the model's lists."""

from __future__ import annotations

from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles, list_or_none

# General ------------------------------------------------------------------------------------------------


@handles("GetLastDataUpdate")
def _last_data_update(h: AnswerContext, call: Call) -> Any:
    return {"Date": h.data.last_data_update.isoformat()}


@handles("RegisterEventListener")
def _register_listener(h: AnswerContext, call: Call) -> Any:
    body = call.body
    h.state.listeners[(body["EventTypeID"], body.get("ChannelID"))] = body["ListenerURL"]


@handles("UnregisterEventListener")
def _unregister_listener(h: AnswerContext, call: Call) -> Any:
    h.state.listeners.pop((call.body["EventTypeID"], call.body.get("ChannelID")), None)


@handles("GetRegisteredEventListeners")
def _listeners(h: AnswerContext, call: Call) -> Any:
    rows = []
    for (event_type, channel), url in sorted(
        h.state.listeners.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)
    ):
        row: dict[str, Any] = {"EventTypeID": event_type, "ListenerURL": url}
        if channel is not None:
            row["ChannelID"] = channel
        rows.append(row)
    return list_or_none(rows)


# Model ---------------------------------------------------------------------------------------------------


@handles("GetCustomerAttributeList")
def _attribute_list(h: AnswerContext, call: Call) -> Any:
    rows = [
        {"RealFieldName": a.real_field_name, "Description": a.description} for a in h.data.attributes.values()
    ]
    rows += [{"RealFieldName": name, "Description": name} for name in h.state.added_attributes.values()]
    return rows


@handles("GetLifecycleStageList")
def _stages(h: AnswerContext, call: Call) -> Any:
    return [{"StageID": i, "StageName": name} for i, name in h.data.lifecycle_stages.items()]


@handles("GetMicrosegmentList")
def _microsegments(h: AnswerContext, call: Call) -> Any:
    return [
        {
            "MicrosegmentID": i,
            "MicrosegmentName": n,
            "LifecycleStageID": s,
            "FutureValue": fv,
            "ChurnRate": cr,
        }
        for i, (n, s, fv, cr) in h.data.microsegments.items()
    ]
