"""Answers of the integration functions: channel templates and apps, promotions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles, list_or_none
from optimove_client.testing.state import AccountState


@handles("GetChannelTemplates")
def _templates(h: AnswerContext, call: Call) -> Any:
    templates = h.state.templates.get(call.params["ChannelID"], {})
    return list_or_none([{"TemplateID": i, "TemplateName": name} for i, name in sorted(templates.items())])


def _handle_channel_items(
    add: str,
    delete: str,
    *,
    kept: Callable[[AccountState], dict[int, dict[Any, str]]],
    id_field: str,
    name_field: str,
) -> None:
    """Register the Add and Delete handlers of one kind of named item that the account keeps per channel
    (ChannelID -> item ID -> name): templates, apps."""

    @handles(add)
    def add_items(h: AnswerContext, call: Call) -> Any:
        # To the channel the query names; an item already there is renamed.
        named = kept(h.state).setdefault(call.params["ChannelID"], {})
        for item in call.body:
            named[item[id_field]] = item[name_field]

    @handles(delete)
    def delete_items(h: AnswerContext, call: Call) -> Any:
        # Each from the channel it names; an unknown one is no error.
        by_channel = kept(h.state)
        for item in call.body:
            by_channel.get(item["ChannelID"], {}).pop(item[id_field], None)


_handle_channel_items(
    "AddChannelTemplates",
    "DeleteChannelTemplates",
    kept=lambda state: state.templates,
    id_field="TemplateID",
    name_field="TemplateName",
)
_handle_channel_items(
    "AddChannelApps",
    "DeleteChannelApps",
    kept=lambda state: state.apps,
    id_field="AppID",
    name_field="AppName",
)


@handles("GetPromotions")
def _promotions(h: AnswerContext, call: Call) -> Any:
    return list_or_none([{"PromoCode": c, "PromotionName": n} for c, n in sorted(h.state.promotions.items())])


@handles("AddPromotions")
def _add_promotions(h: AnswerContext, call: Call) -> Any:
    for item in call.body:
        h.state.promotions[item["PromoCode"]] = item["PromotionName"]


@handles("DeletePromotions")
def _delete_promotions(h: AnswerContext, call: Call) -> Any:
    for item in call.body:
        h.state.promotions.pop(item["PromoCode"], None)
