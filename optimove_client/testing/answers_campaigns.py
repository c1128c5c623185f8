"""Answers about campaigns: their details, and what ran on a day (campaigns, target groups, actions)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles, list_or_none


def _campaigns_on(h: AnswerContext, day: datetime.date, *, with_lead_time: bool = False) -> list[Any]:
    found = []
    for campaign in h.data.campaigns.values():
        starts = campaign.execution_date - datetime.timedelta(
            days=campaign.lead_time if with_lead_time else 0
        )
        if campaign.execution_date == day or (with_lead_time and starts == day):
            found.append(campaign)
    return found


def _campaign_details(campaign: Any) -> dict[str, Any]:
    return {
        "TargetGroupID": campaign.target_group_id,
        "CampaignType": campaign.campaign_type,
        "Duration": campaign.duration,
        "LeadTime": campaign.lead_time,
        "Notes": "",
        "IsMultiChannel": "false",
        "IsRecurrence": "true" if campaign.campaign_type == "Recurring" else "false",
        "Status": "Successful",
        "Error": "",
    }


@handles("GetCampaignDetails")
def _campaign(h: AnswerContext, call: Call) -> Any:
    campaign = h.data.campaigns.get(call.params["CampaignID"])
    return None if campaign is None else _campaign_details(campaign)


@handles("GetExecutedCampaignDetails")
def _executed_campaigns(h: AnswerContext, call: Call) -> Any:
    campaigns = _campaigns_on(h, call.params["Date"], with_lead_time=True)
    return list_or_none([{"CampaignID": c.campaign_id, **_campaign_details(c)} for c in campaigns])


@handles("GetTargetGroupsByDate")
def _groups_by_date(h: AnswerContext, call: Call) -> Any:
    groups = sorted({c.target_group_id for c in _campaigns_on(h, call.params["Date"])})
    return list_or_none([{"TargetGroupID": g} for g in groups])


@handles("GetExecutedCampaignsByChannel")
def _campaigns_by_channel(h: AnswerContext, call: Call) -> Any:
    campaigns = _campaigns_on(h, call.params["Date"])
    return list_or_none(
        [{"CampaignID": c.campaign_id} for c in campaigns if c.channel_id == call.params["ChannelID"]]
    )


def _group_actions(h: AnswerContext, call: Call) -> Iterator[tuple[Any, int, int]]:
    for campaign in _campaigns_on(h, call.params["Date"]):
        if campaign.target_group_id == call.params["TargetGroupID"]:
            for group, action_id in enumerate(campaign.action_ids, start=1):
                yield campaign, group, action_id


@handles("GetActionsByTargetGroup")
def _actions_by_group(h: AnswerContext, call: Call) -> Any:
    return list_or_none([{"RecipientGroupID": g, "ActionID": a} for _, g, a in _group_actions(h, call)])


@handles("GetActionDetailsByTargetGroup")
def _action_details_by_group(h: AnswerContext, call: Call) -> Any:
    return list_or_none(
        [
            {
                "RecipientGroupID": g,
                "ActionID": a,
                "Duration": c.duration,
                "LeadTime": c.lead_time,
                "ChannelID": c.channel_id,
            }
            for c, g, a in _group_actions(h, call)
        ]
    )
