"""Answers about the account's named things (actions, channels, target groups, value segments): their
lists, and a name by its ID or an ID by its name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles
from optimove_client.testing.dataset import Dataset


def _handle_lookups(id_field: str, name_field: str, names: Callable[[Dataset], Mapping[int, str]]) -> None:
    """Register the two look-ups of one kind of named thing, each function named after the field it answers:
    Get<name_field> gives the name of the ID the query gives in `id_field`, Get<id_field> the ID of the name
    in `name_field`; no data when nothing matches."""

    @handles(f"Get{name_field}")
    def name_of(h: AnswerContext, call: Call) -> Any:
        name = names(h.data).get(call.params[id_field])
        return None if name is None else {name_field: name}

    @handles(f"Get{id_field}")
    def id_of(h: AnswerContext, call: Call) -> Any:
        wanted = call.params[name_field].lower()  # Optimove strings are case-insensitive
        found = next((i for i, name in names(h.data).items() if name.lower() == wanted), None)
        return None if found is None else {id_field: found}


@handles("GetAllActions")
def _all_actions(h: AnswerContext, call: Call) -> Any:
    return [{"ActionID": i, "ActionName": name} for i, name in h.data.actions.items()]


_handle_lookups("ActionID", "ActionName", lambda data: data.actions)


@handles("GetExecutionChannels")
def _channels(h: AnswerContext, call: Call) -> Any:
    return [{"ChannelID": i, "ChannelName": name} for i, name in h.data.channels.items()]


@handles("GetTargetGroupDetails")
def _groups(h: AnswerContext, call: Call) -> Any:
    return [
        {"TargetGroupID": i, "TargetGroupName": name, "TargetGroupPriority": priority}
        for i, (name, priority) in h.data.target_groups.items()
    ]


_handle_lookups(
    "TargetGroupID", "TargetGroupName", lambda data: {i: name for i, (name, _) in data.target_groups.items()}
)


@handles("GetValueSegments")
def _segments(h: AnswerContext, call: Call) -> Any:
    return [{"ValueSegmentID": i, "ValueSegmentName": name} for i, name in h.data.value_segments.items()]


_handle_lookups("ValueSegmentID", "ValueSegmentName", lambda data: data.value_segments)
