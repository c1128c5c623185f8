"""What each Optimove function answers. Functions with state or cross-references have a handler here;
every other function answers rows synthesised from its response schema.

A handler returns None for "no data" (an empty body), a JSON value, or Rows for customer lists.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from optimove_generated.facts import MAX_ATTRIBUTE_NAMES

from optimove_client.testing.dataset import BRAND_IDS, EVENT_IDS, Dataset
from optimove_client.testing.spec import Operation, Spec
from optimove_client.testing.state import AccountState
from optimove_client.testing.synthesis import RowSynthesizer
from optimove_client.testing.validation import RequestInvalid

MAX_ATTRIBUTES = MAX_ATTRIBUTE_NAMES  # the spec's x-optimove-max-items of CustomerAttributes
NOT_FILTERS = frozenset({"$top", "$skip", "customerattributes", "customerattributesdelimiter"})


@dataclass(frozen=True)
class Rows:
    """A lazily made list of rows: a page of customers is never built as one Python list."""

    count: int
    rows: Iterator[dict[str, Any]]


@dataclass(frozen=True)
class Call:
    operation: Operation
    params: dict[str, Any]
    body: Any


Handler = Callable[["Handlers", Call], Any]
_REGISTRY: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            _REGISTRY[operation_id] = handler
        return handler

    return register


def _list_or_none(items: list[Any]) -> list[Any] | None:
    return items or None


class Handlers:
    def __init__(self, spec: Spec, dataset: Dataset, state: AccountState, attribute_shape: str) -> None:
        self.spec = spec
        self.data = dataset
        self.state = state
        self.attribute_shape = attribute_shape
        self.synth = RowSynthesizer(spec, dataset)

    def answer(self, call: Call) -> Any:
        handler = _REGISTRY.get(call.operation.operation_id)
        with self.state.lock:
            if handler is not None:
                return handler(self, call)
            if self.refers_to_nothing(call.params):
                return None
            if self._is_customer_list(call.operation):
                return self.customer_rows(call)
            if call.operation.success_schema is None or call.operation.acknowledges:
                return None  # nothing to return: 200 with an empty body
            return self.synth.value(call.operation.success_schema, call.params)

    # Inputs that point at nothing give "no data" ----------------------------------------------------------

    def refers_to_nothing(self, params: dict[str, Any]) -> bool:
        data = self.data
        known: dict[str, Callable[[Any], bool]] = {
            "actionid": lambda v: v in data.actions,
            "campaignid": lambda v: v in data.campaigns,
            "targetgroupid": lambda v: v in data.target_groups,
            "channelid": lambda v: v in data.channels,
            "valuesegmentid": lambda v: v in data.value_segments,
            "brandid": lambda v: v in BRAND_IDS,
            "eventid": lambda v: v in EVENT_IDS,
            "customerid": lambda v: data.customer_index(v) is not None,
        }
        for name, value in params.items():
            exists = known.get(name.lower())
            if exists is not None and not exists(value):
                return True
            if name.lower() == "date" and isinstance(value, datetime.date) and not data.has_data_on(value):
                return True
        start, end = params.get("StartDate"), params.get("EndDate")
        if isinstance(start, datetime.date) and isinstance(end, datetime.date):
            oldest = data.last_data_update - datetime.timedelta(days=data.config.history_days)
            return end < start or end < oldest or start > data.last_data_update
        return False

    # Customer lists -------------------------------------------------------------------------------------

    def _is_customer_list(self, operation: Operation) -> bool:
        schema, _ = self.spec.resolve(operation.success_schema or {})
        if schema.get("type") != "array":
            return False
        items, _ = self.spec.resolve(schema.get("items", {}))
        return "CustomerID" in items.get("properties", {})

    def page_bounds(self, call: Call) -> tuple[int, int]:
        paging = call.operation.paging
        config = self.data.config
        fixed = paging.fixed_page_size if paging is not None else None
        size: int = config.default_page_size if fixed is None else fixed
        top: int = call.params.get("$top", size)
        if top > config.max_page_size:  # the spec says so too; kept here for specs without a maximum
            raise RequestInvalid(f"Parameter $top must be at most {config.max_page_size}")
        skip: int = call.params.get("$skip", 0)
        return skip, top

    def requested_attributes(self, call: Call) -> tuple[list[str], str] | None:
        names_text = call.params.get("CustomerAttributes")
        if not call.operation.takes_customer_attributes or names_text is None:
            return None
        names = [name for name in names_text.split(";")]
        if len(names) > MAX_ATTRIBUTES:
            raise RequestInvalid(f"Parameter CustomerAttributes names {len(names)} attributes; at most 10")
        known = self.known_attribute_names()
        unknown = [name for name in names if name.lower() not in known]
        if unknown:
            raise RequestInvalid(f"Parameter CustomerAttributes: unknown attribute {unknown[0]!r}")
        return [name.lower() for name in names], call.params.get("CustomerAttributesDelimiter", ",")

    def known_attribute_names(self) -> set[str]:
        return set(self.data.attributes) | set(self.state.added_attributes)

    def attribute_value(self, index: int, name: str) -> str:
        updated = self.state.attribute_updates.get(index, {}).get(name)
        if updated is not None:
            return updated
        attribute = self.data.attributes.get(name)
        return attribute.value_of(index) if attribute is not None else "NULL"

    def customer_rows(self, call: Call, extra: Callable[[int], dict[str, Any]] | None = None) -> Rows | None:
        filters = {k: v for k, v in call.params.items() if k.lower() not in NOT_FILTERS}
        selection = self.data.customer_selection(call.operation.operation_id, filters)
        if call.operation.paging is not None:
            skip, top = self.page_bounds(call)
            selection = selection[skip : skip + top]
        else:
            selection = selection[: self.data.config.default_page_size]
        if not selection:
            return None
        schema, _ = self.spec.resolve(call.operation.success_schema or {})
        make = self.synth.row_maker(schema["items"], filters)
        attributes = self.requested_attributes(call)

        def rows() -> Iterator[dict[str, Any]]:
            for index in selection:
                row = make(index)
                if extra is not None:
                    row.update(extra(index))
                if attributes is not None:
                    names, delimiter = attributes
                    values = [self.attribute_value(index, name) for name in names]
                    if self.attribute_shape == "joined":
                        row["CustomerAttribute"] = delimiter.join(values)
                    else:
                        row["CustomerAttributes"] = values
                yield row

        return Rows(len(selection), rows())


# General ------------------------------------------------------------------------------------------------


@handles("GetLastDataUpdate")
def _last_data_update(h: Handlers, call: Call) -> Any:
    return {"Date": h.data.last_data_update.isoformat()}


@handles("RegisterEventListener")
def _register_listener(h: Handlers, call: Call) -> Any:
    body = call.body
    h.state.listeners[(body["EventTypeID"], body.get("ChannelID"))] = body["ListenerURL"]


@handles("UnregisterEventListener")
def _unregister_listener(h: Handlers, call: Call) -> Any:
    h.state.listeners.pop((call.body["EventTypeID"], call.body.get("ChannelID")), None)


@handles("GetRegisteredEventListeners")
def _listeners(h: Handlers, call: Call) -> Any:
    rows = []
    for (event_type, channel), url in sorted(
        h.state.listeners.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)
    ):
        row: dict[str, Any] = {"EventTypeID": event_type, "ListenerURL": url}
        if channel is not None:
            row["ChannelID"] = channel
        rows.append(row)
    return _list_or_none(rows)


# Model ---------------------------------------------------------------------------------------------------


@handles("GetCustomerAttributeList")
def _attribute_list(h: Handlers, call: Call) -> Any:
    rows = [
        {"RealFieldName": a.real_field_name, "Description": a.description} for a in h.data.attributes.values()
    ]
    rows += [{"RealFieldName": name, "Description": name} for name in h.state.added_attributes.values()]
    return rows


@handles("GetLifecycleStageList")
def _stages(h: Handlers, call: Call) -> Any:
    return [{"StageID": i, "StageName": name} for i, name in h.data.lifecycle_stages.items()]


@handles("GetMicrosegmentList")
def _microsegments(h: Handlers, call: Call) -> Any:
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


# Actions, campaigns, channels ----------------------------------------------------------------------------


@handles("GetAllActions")
def _all_actions(h: Handlers, call: Call) -> Any:
    return [{"ActionID": i, "ActionName": name} for i, name in h.data.actions.items()]


@handles("GetActionName")
def _action_name(h: Handlers, call: Call) -> Any:
    name = h.data.actions.get(call.params["ActionID"])
    return None if name is None else {"ActionName": name}


@handles("GetActionID")
def _action_id(h: Handlers, call: Call) -> Any:
    wanted = call.params["ActionName"].lower()  # Optimove strings are case-insensitive
    found = next((i for i, name in h.data.actions.items() if name.lower() == wanted), None)
    return None if found is None else {"ActionID": found}


@handles("GetExecutionChannels")
def _channels(h: Handlers, call: Call) -> Any:
    return [{"ChannelID": i, "ChannelName": name} for i, name in h.data.channels.items()]


def _campaigns_on(h: Handlers, day: datetime.date, *, with_lead_time: bool = False) -> list[Any]:
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
def _campaign(h: Handlers, call: Call) -> Any:
    campaign = h.data.campaigns.get(call.params["CampaignID"])
    return None if campaign is None else _campaign_details(campaign)


@handles("GetExecutedCampaignDetails")
def _executed_campaigns(h: Handlers, call: Call) -> Any:
    campaigns = _campaigns_on(h, call.params["Date"], with_lead_time=True)
    return _list_or_none([{"CampaignID": c.campaign_id, **_campaign_details(c)} for c in campaigns])


@handles("GetTargetGroupsByDate")
def _groups_by_date(h: Handlers, call: Call) -> Any:
    groups = sorted({c.target_group_id for c in _campaigns_on(h, call.params["Date"])})
    return _list_or_none([{"TargetGroupID": g} for g in groups])


@handles("GetExecutedCampaignsByChannel")
def _campaigns_by_channel(h: Handlers, call: Call) -> Any:
    campaigns = _campaigns_on(h, call.params["Date"])
    return _list_or_none(
        [{"CampaignID": c.campaign_id} for c in campaigns if c.channel_id == call.params["ChannelID"]]
    )


def _group_actions(h: Handlers, call: Call) -> Iterator[tuple[Any, int, int]]:
    for campaign in _campaigns_on(h, call.params["Date"]):
        if campaign.target_group_id == call.params["TargetGroupID"]:
            for group, action_id in enumerate(campaign.action_ids, start=1):
                yield campaign, group, action_id


@handles("GetActionsByTargetGroup")
def _actions_by_group(h: Handlers, call: Call) -> Any:
    return _list_or_none([{"RecipientGroupID": g, "ActionID": a} for _, g, a in _group_actions(h, call)])


@handles("GetActionDetailsByTargetGroup")
def _action_details_by_group(h: Handlers, call: Call) -> Any:
    return _list_or_none(
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


# Target groups and value segments -------------------------------------------------------------------------


@handles("GetTargetGroupDetails")
def _groups(h: Handlers, call: Call) -> Any:
    return [
        {"TargetGroupID": i, "TargetGroupName": name, "TargetGroupPriority": priority}
        for i, (name, priority) in h.data.target_groups.items()
    ]


@handles("GetTargetGroupName")
def _group_name(h: Handlers, call: Call) -> Any:
    group = h.data.target_groups.get(call.params["TargetGroupID"])
    return None if group is None else {"TargetGroupName": group[0]}


@handles("GetTargetGroupID")
def _group_id(h: Handlers, call: Call) -> Any:
    wanted = call.params["TargetGroupName"].lower()
    found = next((i for i, (name, _) in h.data.target_groups.items() if name.lower() == wanted), None)
    return None if found is None else {"TargetGroupID": found}


@handles("GetValueSegments")
def _segments(h: Handlers, call: Call) -> Any:
    return [{"ValueSegmentID": i, "ValueSegmentName": name} for i, name in h.data.value_segments.items()]


@handles("GetValueSegmentName")
def _segment_name(h: Handlers, call: Call) -> Any:
    name = h.data.value_segments.get(call.params["ValueSegmentID"])
    return None if name is None else {"ValueSegmentName": name}


@handles("GetValueSegmentID")
def _segment_id(h: Handlers, call: Call) -> Any:
    wanted = call.params["ValueSegmentName"].lower()
    found = next((i for i, name in h.data.value_segments.items() if name.lower() == wanted), None)
    return None if found is None else {"ValueSegmentID": found}


# Customers ------------------------------------------------------------------------------------------------


@handles("GetCustomerAttributes")
def _customer_attributes(h: Handlers, call: Call) -> Any:
    index = h.data.customer_index(call.params["CustomerID"])
    if index is None:
        return None
    return [
        {
            "RealFieldName": a.real_field_name,
            "Alias": a.alias,
            "FieldType": a.field_type,
            "Value": h.attribute_value(index, key),
        }
        for key, a in h.data.attributes.items()
    ]


@handles("UpdateCustomerAttributes")
def _update_attributes(h: Handlers, call: Call) -> Any:
    errors = []
    known = h.known_attribute_names()
    for entry in call.body["CustomerNewAttributesValuesList"]:
        index = h.data.customer_index(entry["CustomerID"])
        for attribute in entry["Attributes"]:
            name = attribute["RealFieldName"]
            if index is None or name.lower() not in known:
                reason = "unknown customer" if index is None else "unknown attribute"
                errors.append({"error": reason, "customerId": entry["CustomerID"], "realFieldName": name})
                continue
            value = attribute.get("Value")
            h.state.attribute_updates.setdefault(index, {})[name.lower()] = (
                "NULL" if value is None else str(value)
            )
    request_id = f"req-{h.state.next_send_id:06d}"
    h.state.next_send_id += 1
    return {"isSuccess": "false" if errors else "true", "requestId": request_id, "errors": errors}


@handles("AddCustomerAttribute")
def _add_attribute(h: Handlers, call: Call) -> Any:
    name = call.body["Name"]
    if name.lower() in h.known_attribute_names():
        return {"attributeName": name, "isSuccess": "false", "errorId": "1", "errorMsg": "Attribute exists"}
    h.state.added_attributes[name.lower()] = name
    return {"attributeName": name, "isSuccess": "true", "errorId": "", "errorMsg": ""}


@handles("RemoveCustomerPII")
def _remove_pii(h: Handlers, call: Call) -> Any:
    failed = [cid for cid in call.body["CustomerIDs"] if h.data.customer_index(cid) is None]
    h.state.removed_pii.update(cid for cid in call.body["CustomerIDs"] if cid not in failed)
    return {"FailedCustomerIDs": failed}


@handles("GetCustomerAttributeChangers")
def _attribute_changers(h: Handlers, call: Call) -> Any:
    if h.refers_to_nothing(call.params):
        return None
    changed: str = call.params.get("ChangedCustomerAttribute") or call.params["ChangedCustomerAttributes"]
    if changed.lower() not in h.known_attribute_names():
        raise RequestInvalid(f"Parameter ChangedCustomerAttribute: unknown attribute {changed!r}")
    name = changed.lower()

    def values(index: int) -> dict[str, Any]:
        final = h.attribute_value(index, name)
        initial = "NULL" if index % 4 == 0 else h.attribute_value(index + 1, name)
        return {"InitialCustomerAttribute": initial, "FinalCustomerAttribute": final}

    return h.customer_rows(call, extra=values)


# Integrations ---------------------------------------------------------------------------------------------


@handles("GetChannelTemplates")
def _templates(h: Handlers, call: Call) -> Any:
    templates = h.state.templates.get(call.params["ChannelID"], {})
    return _list_or_none([{"TemplateID": i, "TemplateName": name} for i, name in sorted(templates.items())])


@handles("AddChannelTemplates")
def _add_templates(h: Handlers, call: Call) -> Any:
    templates = h.state.templates.setdefault(call.params["ChannelID"], {})
    for item in call.body:
        templates[item["TemplateID"]] = item["TemplateName"]


@handles("DeleteChannelTemplates")
def _delete_templates(h: Handlers, call: Call) -> Any:
    for item in call.body:
        h.state.templates.get(item["ChannelID"], {}).pop(item["TemplateID"], None)


@handles("AddChannelApps")
def _add_apps(h: Handlers, call: Call) -> Any:
    apps = h.state.apps.setdefault(call.params["ChannelID"], {})
    for item in call.body:
        apps[item["AppID"]] = item["AppName"]


@handles("DeleteChannelApps")
def _delete_apps(h: Handlers, call: Call) -> Any:
    for item in call.body:
        h.state.apps.get(item["ChannelID"], {}).pop(item["AppID"], None)


@handles("GetPromotions")
def _promotions(h: Handlers, call: Call) -> Any:
    return _list_or_none(
        [{"PromoCode": c, "PromotionName": n} for c, n in sorted(h.state.promotions.items())]
    )


@handles("AddPromotions")
def _add_promotions(h: Handlers, call: Call) -> Any:
    for item in call.body:
        h.state.promotions[item["PromoCode"]] = item["PromotionName"]


@handles("DeletePromotions")
def _delete_promotions(h: Handlers, call: Call) -> Any:
    for item in call.body:
        h.state.promotions.pop(item["PromoCode"], None)


# Optimail and transactional mail ----------------------------------------------------------------------------


@handles("AddUnsubscribers")
def _add_unsubscribers(h: Handlers, call: Call) -> Any:
    brand = h.state.unsubscribers.setdefault(call.body["BrandId"], {})
    stamp = f"{h.data.last_data_update.isoformat()} 12:00:00"
    for address in call.body["EmailAddresses"]:
        brand.setdefault(address, stamp)
    return {"Error": None}


@handles("DeleteUnsubscribers")
def _delete_unsubscribers(h: Handlers, call: Call) -> Any:
    brand = h.state.unsubscribers.get(call.body["BrandId"], {})
    if brand.pop(call.body["EmailAddress"], None) is None:
        return {"Error": "The address is not unsubscribed"}
    return {"Error": None}


@handles("GetUnsubscribers")
def _unsubscribers(h: Handlers, call: Call) -> Any:
    brand = h.state.unsubscribers.get(call.params["BrandID"], {})
    skip, top = h.page_bounds(call)
    rows = [
        {"Email": e, "UnsubscribedTime": t}
        for e, t in sorted(brand.items())[skip : skip + top]  # a slice takes any $skip, islice does not
    ]
    return _list_or_none(rows)


@handles("SendTransactionalMail", "SendFinalizedTransactionalMail")
def _send_mail(h: Handlers, call: Call) -> Any:
    send_id = h.state.next_send_id
    h.state.next_send_id += 1
    return {"IsSuccess": "true", "SendID": send_id, "Error": None}
