# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""Typed rows of the paging operations, decoded by msgspec (see generator/rows.py)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from optimove_generated.row import Row


class GetMicrosegmentChangersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "initial_microsegment_id": "InitialMicrosegmentID",
        "final_microsegment_id": "FinalMicrosegmentID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetMicrosegmentChangers: Lists customers whose microsegment changed, with before and after microsegment IDs."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("initial_microsegment_id", "InitialMicrosegmentID"),
        ("final_microsegment_id", "FinalMicrosegmentID"),
    )

    customer_id: str
    initial_microsegment_id: int
    final_microsegment_id: int
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomersByValueSegmentRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomersByValueSegment: Lists the customers who were in a given value segment on a given date, optionally with attribute values."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
    )

    customer_id: str
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetValueSegmentChangersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "initial_value_segment_id": "InitialValueSegmentID",
        "final_value_segment_id": "FinalValueSegmentID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetValueSegmentChangers: Lists customers whose value segment changed in a date range, with before and after segment IDs."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("initial_value_segment_id", "InitialValueSegmentID"),
        ("final_value_segment_id", "FinalValueSegmentID"),
    )

    customer_id: str
    initial_value_segment_id: int
    final_value_segment_id: int
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCurrentlyTargetedCustomersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "campaign_id": "CampaignID",
        "action_id": "ActionID",
        "start_date": "StartDate",
        "end_date": "EndDate",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCurrentlyTargetedCustomers: Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("campaign_id", "CampaignID"),
        ("action_id", "ActionID"),
        ("start_date", "StartDate"),
        ("end_date", "EndDate"),
    )

    customer_id: str
    campaign_id: int
    action_id: int
    start_date: datetime.date
    end_date: datetime.date
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCanceledCampaignCustomersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "promo_code": "PromoCode",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCanceledCampaignCustomers: Customers (with action and promo codes) that had been in a campaign which was later canceled."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("promo_code", "PromoCode"),
    )

    customer_id: str
    action_id: int
    promo_code: str
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetProcessedCampaignCustomersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "promo_code": "PromoCode",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetProcessedCampaignCustomers: Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy)."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("promo_code", "PromoCode"),
    )

    customer_id: str
    action_id: int
    promo_code: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerActionsByTargetGroupRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "recipient_group_id": "RecipientGroupID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerActionsByTargetGroup: Customers of a target group on a date, with the action and channel each received."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
        ("recipient_group_id", "RecipientGroupID"),
    )

    customer_id: str
    action_id: int
    channel_id: int
    recipient_group_id: int | None = None
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerOneTimeActionsByCampaignRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "recipient_group_id": "RecipientGroupID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerOneTimeActionsByCampaign: Customers and action details for one one-time (ad hoc list) campaign."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("recipient_group_id", "RecipientGroupID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
    )

    customer_id: str
    recipient_group_id: int
    action_id: int
    channel_id: int
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerOneTimeActionsByDateRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerOneTimeActionsByDate: Customers and action details for all one-time campaigns executed on a date."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
    )

    customer_id: str
    action_id: int
    channel_id: int
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomersByActionRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomersByAction: Customer IDs of one recipient group and action on a date."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
    )

    customer_id: str
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    action_id: int | None = None
    channel_id: int | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomersActionEndedByDateRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "date": "Date",
        "duration": "Duration",
        "target_group_id": "TargetGroupID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomersActionEndedByDate: Customers whose action duration ended on a date, with the action details."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
        ("date", "Date"),
        ("duration", "Duration"),
        ("target_group_id", "TargetGroupID"),
    )

    customer_id: str
    action_id: int
    channel_id: int
    date: datetime.date
    duration: int
    target_group_id: int
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerSendDetailsByCampaignRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "channel_id": "ChannelID",
        "scheduled_time": "ScheduledTime",
        "send_id": "SendID",
        "template_id": "TemplateID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerSendDetailsByCampaign: Per-customer channel, scheduled send time and channel send ID for a campaign."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("channel_id", "ChannelID"),
        ("scheduled_time", "ScheduledTime"),
        ("send_id", "SendID"),
        ("template_id", "TemplateID"),
    )

    customer_id: str
    channel_id: int
    scheduled_time: datetime.datetime
    send_id: str
    template_id: int | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerSendDetailsByChannelRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "template_id": "TemplateID",
        "scheduled_time": "ScheduledTime",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerSendDetailsByChannel: Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators)."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("template_id", "TemplateID"),
        ("scheduled_time", "ScheduledTime"),
    )

    customer_id: str
    template_id: int
    scheduled_time: datetime.datetime
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerExecutionDetailsByCampaignRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "template_id": "TemplateID",
        "template_name": "TemplateName",
        "schedule_time": "ScheduleTime",
        "promo_code": "PromoCode",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerExecutionDetailsByCampaign: Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
        ("template_id", "TemplateID"),
        ("template_name", "TemplateName"),
        ("schedule_time", "ScheduleTime"),
        ("promo_code", "PromoCode"),
    )

    customer_id: str
    action_id: int
    channel_id: int
    template_id: int
    template_name: str
    schedule_time: datetime.datetime
    promo_code: str
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerActionDetailsByDateRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "recipient_group_id": "RecipientGroupID",
        "action_id": "ActionID",
        "channel_id": "ChannelID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerActionDetailsByDate: Customers and the recipient group/action/channel of campaigns sent to them on a date."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("recipient_group_id", "RecipientGroupID"),
        ("action_id", "ActionID"),
        ("channel_id", "ChannelID"),
    )

    customer_id: str
    recipient_group_id: int
    action_id: int
    channel_id: int
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerProductDetailsByDateRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "product_id": "ProductID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerProductDetailsByDate: Customers and recommended product IDs for every product-recommendation campaign on a date."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("product_id", "ProductID"),
    )

    customer_id: str
    product_id: str
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerProductDetailsByCampaignRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "product_id": "ProductID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerProductDetailsByCampaign: Customers and recommended product IDs for one product-recommendation campaign."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("product_id", "ProductID"),
    )

    customer_id: str
    product_id: str
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerProductRecommendationsRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "product_id": "ProductID",
        "recommendation_type": "RecommendationType",
        "product_attributes": "ProductAttributes",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerProductRecommendations: Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("product_id", "ProductID"),
        ("recommendation_type", "RecommendationType"),
        ("product_attributes", "ProductAttributes"),
    )

    customer_id: str
    product_id: str
    recommendation_type: int
    product_attributes: list[str]
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerFutureValuesRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "future_value": "FutureValue",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerFutureValues: Customers and their predicted future value, selected by lifecycle stage or by one attribute value."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("future_value", "FutureValue"),
    )

    customer_id: str
    future_value: float
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCampaignInteractionCustomersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "campaign_id": "CampaignID",
        "template_id": "TemplateID",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCampaignInteractionCustomers: Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("campaign_id", "CampaignID"),
        ("template_id", "TemplateID"),
    )

    customer_id: str
    campaign_id: int
    template_id: int
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetCustomerAttributeChangersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "initial_customer_attribute": "InitialCustomerAttribute",
        "final_customer_attribute": "FinalCustomerAttribute",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "final_customer_attributes": "FinalCustomerAttributes",
        "initial_customer_attributes": "InitialCustomerAttributes",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetCustomerAttributeChangers: Customers whose chosen attribute changed from the previous day to the current day, with old and new values."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("initial_customer_attribute", "InitialCustomerAttribute"),
        ("final_customer_attribute", "FinalCustomerAttribute"),
        ("final_customer_attributes", "FinalCustomerAttributes"),
        ("initial_customer_attributes", "InitialCustomerAttributes"),
    )

    customer_id: str
    initial_customer_attribute: None | str | None = None
    final_customer_attribute: str | None = None
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    final_customer_attributes: str | None = None
    initial_customer_attributes: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetTargetGroupChangersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "customer_id": "CustomerID",
        "initial_target_group_id": "InitialTargetGroupID",
        "final_target_group_id": "FinalTargetGroupID",
        "customer_attributes": "CustomerAttributes",
        "customer_attribute": "CustomerAttribute",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetTargetGroupChangers: Customers whose target group changed within a date range, with before/after target group IDs."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "CustomerID"),
        ("initial_target_group_id", "InitialTargetGroupID"),
        ("final_target_group_id", "FinalTargetGroupID"),
    )

    customer_id: str
    initial_target_group_id: int
    final_target_group_id: int
    customer_attributes: list[str] | None = None
    customer_attribute: str | None = None
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


class GetUnsubscribersRow(
    Row,
    kw_only=True,
    gc=False,
    forbid_unknown_fields=True,
    repr_omit_defaults=True,
    rename={
        "email": "Email",
        "unsubscribed_time": "UnsubscribedTime",
        "attributes": "#attributes",
        "extra": "#extra",
    },
):
    """One row of GetUnsubscribers: Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range."""

    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "Email"),
        ("unsubscribed_time", "UnsubscribedTime"),
    )

    email: str
    unsubscribed_time: datetime.datetime
    attributes: Mapping[str, str | None] | None = None
    extra: dict[str, Any] | None = None


ROWS: dict[str, type[Row]] = {
    "GetMicrosegmentChangers": GetMicrosegmentChangersRow,
    "GetCustomersByValueSegment": GetCustomersByValueSegmentRow,
    "GetValueSegmentChangers": GetValueSegmentChangersRow,
    "GetCurrentlyTargetedCustomers": GetCurrentlyTargetedCustomersRow,
    "GetCanceledCampaignCustomers": GetCanceledCampaignCustomersRow,
    "GetProcessedCampaignCustomers": GetProcessedCampaignCustomersRow,
    "GetCustomerActionsByTargetGroup": GetCustomerActionsByTargetGroupRow,
    "GetCustomerOneTimeActionsByCampaign": GetCustomerOneTimeActionsByCampaignRow,
    "GetCustomerOneTimeActionsByDate": GetCustomerOneTimeActionsByDateRow,
    "GetCustomersByAction": GetCustomersByActionRow,
    "GetCustomersActionEndedByDate": GetCustomersActionEndedByDateRow,
    "GetCustomerSendDetailsByCampaign": GetCustomerSendDetailsByCampaignRow,
    "GetCustomerSendDetailsByChannel": GetCustomerSendDetailsByChannelRow,
    "GetCustomerExecutionDetailsByCampaign": GetCustomerExecutionDetailsByCampaignRow,
    "GetCustomerActionDetailsByDate": GetCustomerActionDetailsByDateRow,
    "GetCustomerProductDetailsByDate": GetCustomerProductDetailsByDateRow,
    "GetCustomerProductDetailsByCampaign": GetCustomerProductDetailsByCampaignRow,
    "GetCustomerProductRecommendations": GetCustomerProductRecommendationsRow,
    "GetCustomerFutureValues": GetCustomerFutureValuesRow,
    "GetCampaignInteractionCustomers": GetCampaignInteractionCustomersRow,
    "GetCustomerAttributeChangers": GetCustomerAttributeChangersRow,
    "GetTargetGroupChangers": GetTargetGroupChangersRow,
    "GetUnsubscribers": GetUnsubscribersRow,
}
