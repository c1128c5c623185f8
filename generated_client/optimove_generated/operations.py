# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""Every operation of spec/optimove.yaml, as one frozen record each (see operation.py)."""

from __future__ import annotations

from .api.actions import (
    get_action_details_by_target_group as _get_action_details_by_target_group,
)
from .api.actions import get_action_id as _get_action_id
from .api.actions import get_action_name as _get_action_name
from .api.actions import get_actions_by_target_group as _get_actions_by_target_group
from .api.actions import get_all_actions as _get_all_actions
from .api.actions import get_campaign_details as _get_campaign_details
from .api.actions import (
    get_executed_campaign_channel_details as _get_executed_campaign_channel_details,
)
from .api.actions import get_executed_campaign_details as _get_executed_campaign_details
from .api.actions import (
    get_executed_campaigns_by_channel as _get_executed_campaigns_by_channel,
)
from .api.actions import get_execution_channels as _get_execution_channels
from .api.actions import get_promo_codes as _get_promo_codes
from .api.actions import get_promo_codes_by_campaign as _get_promo_codes_by_campaign
from .api.actions import (
    get_promo_codes_by_target_group as _get_promo_codes_by_target_group,
)
from .api.api_key import api_key_info as _api_key_info
from .api.customers import add_customer_attribute as _add_customer_attribute
from .api.customers import (
    get_campaign_interaction_customers as _get_campaign_interaction_customers,
)
from .api.customers import (
    get_canceled_campaign_customers as _get_canceled_campaign_customers,
)
from .api.customers import (
    get_currently_targeted_customers as _get_currently_targeted_customers,
)
from .api.customers import (
    get_customer_action_details_by_date as _get_customer_action_details_by_date,
)
from .api.customers import (
    get_customer_actions_by_target_group as _get_customer_actions_by_target_group,
)
from .api.customers import (
    get_customer_attribute_changers as _get_customer_attribute_changers,
)
from .api.customers import get_customer_attributes as _get_customer_attributes
from .api.customers import (
    get_customer_channel_interactions as _get_customer_channel_interactions,
)
from .api.customers import (
    get_customer_execution_details_by_campaign as _get_customer_execution_details_by_campaign,
)
from .api.customers import get_customer_future_values as _get_customer_future_values
from .api.customers import (
    get_customer_last_action_executed as _get_customer_last_action_executed,
)
from .api.customers import (
    get_customer_one_time_actions_by_campaign as _get_customer_one_time_actions_by_campaign,
)
from .api.customers import (
    get_customer_one_time_actions_by_date as _get_customer_one_time_actions_by_date,
)
from .api.customers import (
    get_customer_product_details_by_campaign as _get_customer_product_details_by_campaign,
)
from .api.customers import (
    get_customer_product_details_by_date as _get_customer_product_details_by_date,
)
from .api.customers import (
    get_customer_product_recommendations as _get_customer_product_recommendations,
)
from .api.customers import (
    get_customer_send_details_by_campaign as _get_customer_send_details_by_campaign,
)
from .api.customers import (
    get_customer_send_details_by_channel as _get_customer_send_details_by_channel,
)
from .api.customers import (
    get_customers_action_ended_by_date as _get_customers_action_ended_by_date,
)
from .api.customers import (
    get_customers_activity_event_attributes as _get_customers_activity_event_attributes,
)
from .api.customers import get_customers_by_action as _get_customers_by_action
from .api.customers import (
    get_processed_campaign_customers as _get_processed_campaign_customers,
)
from .api.customers import get_target_group_changers as _get_target_group_changers
from .api.customers import remove_customer_pii as _remove_customer_pii
from .api.customers import update_customer_attributes as _update_customer_attributes
from .api.customers import upsert_customer as _upsert_customer
from .api.external_system_integration import add_channel_apps as _add_channel_apps
from .api.external_system_integration import (
    add_channel_templates as _add_channel_templates,
)
from .api.external_system_integration import delete_channel_apps as _delete_channel_apps
from .api.external_system_integration import (
    delete_channel_templates as _delete_channel_templates,
)
from .api.external_system_integration import (
    get_channel_template_details as _get_channel_template_details,
)
from .api.external_system_integration import (
    get_channel_templates as _get_channel_templates,
)
from .api.external_system_integration import (
    set_customer_channel_preference as _set_customer_channel_preference,
)
from .api.external_system_integration import (
    update_campaign_interactions as _update_campaign_interactions,
)
from .api.external_system_integration import (
    update_campaign_metrics as _update_campaign_metrics,
)
from .api.external_system_integration import (
    update_customer_promotion_status as _update_customer_promotion_status,
)
from .api.general import get_last_data_update as _get_last_data_update
from .api.general import (
    get_registered_event_listeners as _get_registered_event_listeners,
)
from .api.general import login as _login
from .api.general import register_event_listener as _register_event_listener
from .api.general import unregister_event_listener as _unregister_event_listener
from .api.model import get_customer_attribute_list as _get_customer_attribute_list
from .api.model import get_lifecycle_stage_list as _get_lifecycle_stage_list
from .api.model import get_microsegment_changers as _get_microsegment_changers
from .api.model import get_microsegment_list as _get_microsegment_list
from .api.optimail import add_template as _add_template
from .api.optimail import add_unsubscribers as _add_unsubscribers
from .api.optimail import delete_unsubscribers as _delete_unsubscribers
from .api.optimail import get_unsubscribers as _get_unsubscribers
from .api.optimail import update_template as _update_template
from .api.promotions import add_promotions as _add_promotions
from .api.promotions import delete_promotions as _delete_promotions
from .api.promotions import get_promotions as _get_promotions
from .api.target_groups import get_target_group_details as _get_target_group_details
from .api.target_groups import get_target_group_id as _get_target_group_id
from .api.target_groups import get_target_group_name as _get_target_group_name
from .api.target_groups import get_target_groups_by_date as _get_target_groups_by_date
from .api.transactional_mail import get_template_details as _get_template_details
from .api.transactional_mail import (
    get_transactional_template_metrics as _get_transactional_template_metrics,
)
from .api.transactional_mail import (
    get_transactional_user_metrics as _get_transactional_user_metrics,
)
from .api.transactional_mail import (
    send_finalized_transactional_mail as _send_finalized_transactional_mail,
)
from .api.transactional_mail import send_transactional_mail as _send_transactional_mail
from .api.value_segments import (
    get_customers_by_value_segment as _get_customers_by_value_segment,
)
from .api.value_segments import (
    get_value_segment_changers as _get_value_segment_changers,
)
from .api.value_segments import get_value_segment_id as _get_value_segment_id
from .api.value_segments import get_value_segment_name as _get_value_segment_name
from .api.value_segments import get_value_segments as _get_value_segments
from .models import (
    AddChannelAppsRequestItem,
    AddChannelTemplatesRequestItem,
    AddCustomerAttributeRequest,
    AddCustomerAttributeResult,
    AddPromotionsRequestItem,
    AddUnsubscribersRequest,
    AddUnsubscribersResult,
    DeleteChannelAppsRequestItem,
    DeleteChannelTemplatesRequestItem,
    DeletePromotionsRequestItem,
    DeleteUnsubscribersRequest,
    DeleteUnsubscribersResult,
    GetActionDetailsByTargetGroupItem,
    GetActionIDResult,
    GetActionNameResult,
    GetActionsByTargetGroupItem,
    GetAllActionsItem,
    GetCampaignDetailsResult,
    GetChannelTemplatesItem,
    GetCustomerAttributeListItem,
    GetCustomerAttributesItem,
    GetCustomerChannelInteractionsItem,
    GetCustomerLastActionExecutedResult,
    GetExecutedCampaignChannelDetailsItem,
    GetExecutedCampaignDetailsItem,
    GetExecutedCampaignsByChannelItem,
    GetExecutionChannelsItem,
    GetLastDataUpdateResult,
    GetLifecycleStageListItem,
    GetMicrosegmentListItem,
    GetPromoCodesByCampaignItem,
    GetPromoCodesByTargetGroupItem,
    GetPromoCodesItem,
    GetPromotionsItem,
    GetRegisteredEventListenersItem,
    GetTargetGroupDetailsItem,
    GetTargetGroupIDResult,
    GetTargetGroupNameResult,
    GetTargetGroupsByDateItem,
    GetTemplateDetailsItem,
    GetValueSegmentIDResult,
    GetValueSegmentNameResult,
    GetValueSegmentsItem,
    LoginRequest,
    RegisterEventListenerRequest,
    RemoveCustomerPIIRequest,
    RemoveCustomerPIIResult,
    SendFinalizedTransactionalMailRequest,
    SendFinalizedTransactionalMailResult,
    SendTransactionalMailRequest,
    SendTransactionalMailResult,
    SetCustomerChannelPreferenceRequest,
    UnregisterEventListenerRequest,
    UpdateCampaignInteractionsRequest,
    UpdateCampaignMetricsRequestItem,
    UpdateCustomerAttributesRequest,
    UpdateCustomerAttributesResult,
    UpdateCustomerPromotionStatusRequest,
    UpsertCustomerRequest,
    UpsertCustomerResult,
)
from .operation import Attributes, Body, BodyField, Operation, Paging, Parameter, Result
from .rows import (
    GetCampaignInteractionCustomersRow,
    GetCanceledCampaignCustomersRow,
    GetCurrentlyTargetedCustomersRow,
    GetCustomerActionDetailsByDateRow,
    GetCustomerActionsByTargetGroupRow,
    GetCustomerAttributeChangersRow,
    GetCustomerExecutionDetailsByCampaignRow,
    GetCustomerFutureValuesRow,
    GetCustomerOneTimeActionsByCampaignRow,
    GetCustomerOneTimeActionsByDateRow,
    GetCustomerProductDetailsByCampaignRow,
    GetCustomerProductDetailsByDateRow,
    GetCustomerProductRecommendationsRow,
    GetCustomersActionEndedByDateRow,
    GetCustomersByActionRow,
    GetCustomersByValueSegmentRow,
    GetCustomerSendDetailsByCampaignRow,
    GetCustomerSendDetailsByChannelRow,
    GetMicrosegmentChangersRow,
    GetProcessedCampaignCustomersRow,
    GetTargetGroupChangersRow,
    GetUnsubscribersRow,
    GetValueSegmentChangersRow,
)

_LOGIN_PARAMETERS: tuple[Parameter, ...] = ()
LOGIN = Operation(
    operation_id="Login",
    category="general",
    name="login",
    summary="Exchanges a username and password for a session token that must be sent on later calls.",
    method="POST",
    path="/current/general/login",
    build=_login._get_kwargs,
    parameters=_LOGIN_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1general~1login/post/requestBody/content/application~1json/schema",
        model=LoginRequest,
        fields=(
            BodyField(
                name="UserName",
                attribute="user_name",
                keyword="user_name",
                required=True,
                schema="#/components/schemas/LoginRequest/properties/UserName",
                description="User name given by Optimove. Servers match the field name case-insensitively (Username works too).",
            ),
            BodyField(
                name="Password",
                attribute="password",
                keyword="password",
                required=True,
                schema="#/components/schemas/LoginRequest/properties/Password",
                description="Password of that user.",
            ),
        ),
    ),
    result=Result(kind="string"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_API_KEY_INFO_PARAMETERS: tuple[Parameter, ...] = ()
API_KEY_INFO = Operation(
    operation_id="ApiKeyInfo",
    category="api_key",
    name="api_key_info",
    summary="Returns information about the API key used to make the call.",
    method="GET",
    path="/ApiKey/ApiKeyInfo",
    build=_api_key_info._get_kwargs,
    parameters=_API_KEY_INFO_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_LAST_DATA_UPDATE_PARAMETERS: tuple[Parameter, ...] = ()
GET_LAST_DATA_UPDATE = Operation(
    operation_id="GetLastDataUpdate",
    category="general",
    name="get_last_data_update",
    summary="Gives the date of the newest customer data loaded into Optimove (i.e.",
    method="GET",
    path="/current/general/GetLastDataUpdate",
    build=_get_last_data_update._get_kwargs,
    parameters=_GET_LAST_DATA_UPDATE_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetLastDataUpdateResult,
        value_field="date",
        fields=("Date",),
        schema="#/components/schemas/GetLastDataUpdateResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_REGISTER_EVENT_LISTENER_PARAMETERS: tuple[Parameter, ...] = ()
REGISTER_EVENT_LISTENER = Operation(
    operation_id="RegisterEventListener",
    category="general",
    name="register_event_listener",
    summary="Registers a URL (webhook) that Optimove will call when events of a given type happen, optionally only for one execution channel.",
    method="POST",
    path="/current/general/RegisterEventListener",
    build=_register_event_listener._get_kwargs,
    parameters=_REGISTER_EVENT_LISTENER_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1general~1RegisterEventListener/post/requestBody/content/application~1json/schema",
        model=RegisterEventListenerRequest,
        fields=(
            BodyField(
                name="EventTypeID",
                attribute="event_type_id",
                keyword="event_type_id",
                required=True,
                schema="#/components/schemas/RegisterEventListenerRequest/properties/EventTypeID",
                description="Event type: 1 campaign processed, 2 all of today's campaigns processed, 3 daily process finished, 4 campaign canceled, 5 conditional execution held for clearance, 11 real-time trigger met, 13 campaign executed on one channel.",
            ),
            BodyField(
                name="ListenerURL",
                attribute="listener_url",
                keyword="listener_url",
                required=True,
                schema="#/components/schemas/RegisterEventListenerRequest/properties/ListenerURL",
                description="Absolute URL that Optimove calls when the event happens.",
            ),
            BodyField(
                name="ChannelID",
                attribute="channel_id",
                keyword="channel_id",
                required=False,
                schema="#/components/schemas/RegisterEventListenerRequest/properties/ChannelID",
                description="Only notify for this execution channel (event types 11 and 13). Not allowed with event type 5.",
            ),
        ),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_UNREGISTER_EVENT_LISTENER_PARAMETERS: tuple[Parameter, ...] = ()
UNREGISTER_EVENT_LISTENER = Operation(
    operation_id="UnregisterEventListener",
    category="general",
    name="unregister_event_listener",
    summary="Tells Optimove to stop notifying the listener registered for an event type (and channel).",
    method="POST",
    path="/current/general/UnregisterEventListener",
    build=_unregister_event_listener._get_kwargs,
    parameters=_UNREGISTER_EVENT_LISTENER_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1general~1UnregisterEventListener/post/requestBody/content/application~1json/schema",
        model=UnregisterEventListenerRequest,
        fields=(
            BodyField(
                name="EventTypeID",
                attribute="event_type_id",
                keyword="event_type_id",
                required=True,
                schema="#/components/schemas/UnregisterEventListenerRequest/properties/EventTypeID",
                description="Event type of the listener to remove (same codes as RegisterEventListener).",
            ),
            BodyField(
                name="ChannelID",
                attribute="channel_id",
                keyword="channel_id",
                required=False,
                schema="#/components/schemas/UnregisterEventListenerRequest/properties/ChannelID",
                description="Channel of a channel-specific listener (inferred from RegisterEventListener, not confirmed).",
            ),
        ),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_REGISTERED_EVENT_LISTENERS_PARAMETERS: tuple[Parameter, ...] = ()
GET_REGISTERED_EVENT_LISTENERS = Operation(
    operation_id="GetRegisteredEventListeners",
    category="general",
    name="get_registered_event_listeners",
    summary="Lists every listener currently registered for this account.",
    method="GET",
    path="/current/general/GetRegisteredEventListeners",
    build=_get_registered_event_listeners._get_kwargs,
    parameters=_GET_REGISTERED_EVENT_LISTENERS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetRegisteredEventListenersItem,
        value_field=None,
        fields=("EventTypeID", "ListenerURL", "ChannelID"),
        schema="#/components/schemas/GetRegisteredEventListenersItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ATTRIBUTE_LIST_PARAMETERS: tuple[Parameter, ...] = ()
GET_CUSTOMER_ATTRIBUTE_LIST = Operation(
    operation_id="GetCustomerAttributeList",
    category="model",
    name="get_customer_attribute_list",
    summary="Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.",
    method="GET",
    path="/current/model/GetCustomerAttributeList",
    build=_get_customer_attribute_list._get_kwargs,
    parameters=_GET_CUSTOMER_ATTRIBUTE_LIST_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetCustomerAttributeListItem,
        value_field=None,
        fields=("RealFieldName", "Description"),
        schema="#/components/schemas/GetCustomerAttributeListItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_LIFECYCLE_STAGE_LIST_PARAMETERS: tuple[Parameter, ...] = ()
GET_LIFECYCLE_STAGE_LIST = Operation(
    operation_id="GetLifecycleStageList",
    category="model",
    name="get_lifecycle_stage_list",
    summary="Lists all lifecycle stages (IDs and names), e.g.",
    method="GET",
    path="/current/model/GetLifecycleStageList",
    build=_get_lifecycle_stage_list._get_kwargs,
    parameters=_GET_LIFECYCLE_STAGE_LIST_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetLifecycleStageListItem,
        value_field=None,
        fields=("StageID", "StageName"),
        schema="#/components/schemas/GetLifecycleStageListItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_MICROSEGMENT_LIST_PARAMETERS: tuple[Parameter, ...] = ()
GET_MICROSEGMENT_LIST = Operation(
    operation_id="GetMicrosegmentList",
    category="model",
    name="get_microsegment_list",
    summary="Lists all microsegments with their lifecycle stage, predicted future value and churn rate.",
    method="GET",
    path="/current/model/GetMicrosegmentList",
    build=_get_microsegment_list._get_kwargs,
    parameters=_GET_MICROSEGMENT_LIST_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetMicrosegmentListItem,
        value_field=None,
        fields=(
            "MicrosegmentID",
            "MicrosegmentName",
            "LifecycleStageID",
            "FutureValue",
            "ChurnRate",
        ),
        schema="#/components/schemas/GetMicrosegmentListItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_MICROSEGMENT_CHANGERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=False,
        schema="#/paths/~1current~1model~1GetMicrosegmentChangers/get/parameters/0/schema",
        description="First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe the function without a range (the last day with data), so it is optional here.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=False,
        schema="#/paths/~1current~1model~1GetMicrosegmentChangers/get/parameters/1/schema",
        description="Last date of the range, YYYY-MM-DD (see StartDate).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_MICROSEGMENT_CHANGERS = Operation(
    operation_id="GetMicrosegmentChangers",
    category="model",
    name="get_microsegment_changers",
    summary="Lists customers whose microsegment changed, with before and after microsegment IDs.",
    method="GET",
    path="/current/model/GetMicrosegmentChangers",
    build=_get_microsegment_changers._get_kwargs,
    parameters=_GET_MICROSEGMENT_CHANGERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetMicrosegmentChangersRow),
    paging=Paging(
        offset=_GET_MICROSEGMENT_CHANGERS_PARAMETERS[5],
        page_size=_GET_MICROSEGMENT_CHANGERS_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_MICROSEGMENT_CHANGERS_PARAMETERS[2],
        delimiter=_GET_MICROSEGMENT_CHANGERS_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_ALL_ACTIONS_PARAMETERS: tuple[Parameter, ...] = ()
GET_ALL_ACTIONS = Operation(
    operation_id="GetAllActions",
    category="actions",
    name="get_all_actions",
    summary="Lists every defined action (ID and name).",
    method="GET",
    path="/current/actions/GetAllActions",
    build=_get_all_actions._get_kwargs,
    parameters=_GET_ALL_ACTIONS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetAllActionsItem,
        value_field=None,
        fields=("ActionID", "ActionName"),
        schema="#/components/schemas/GetAllActionsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_ACTIONS_BY_TARGET_GROUP_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupID",
        argument="target_group_id",
        keyword="target_group_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionsByTargetGroup/get/parameters/0/schema",
        description="Target group ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionsByTargetGroup/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_ACTIONS_BY_TARGET_GROUP = Operation(
    operation_id="GetActionsByTargetGroup",
    category="actions",
    name="get_actions_by_target_group",
    summary="For one target group on one date, lists the recipient groups and the action each received.",
    method="GET",
    path="/current/actions/GetActionsByTargetGroup",
    build=_get_actions_by_target_group._get_kwargs,
    parameters=_GET_ACTIONS_BY_TARGET_GROUP_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetActionsByTargetGroupItem,
        value_field=None,
        fields=("RecipientGroupID", "ActionID"),
        schema="#/components/schemas/GetActionsByTargetGroupItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_ACTION_ID_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ActionName",
        argument="action_name",
        keyword="action_name",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionID/get/parameters/0/schema",
        description="Action name, exactly as defined.",
    ),
)
GET_ACTION_ID = Operation(
    operation_id="GetActionID",
    category="actions",
    name="get_action_id",
    summary="Looks up the action ID for an action name.",
    method="GET",
    path="/current/actions/GetActionID",
    build=_get_action_id._get_kwargs,
    parameters=_GET_ACTION_ID_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetActionIDResult,
        value_field="action_id",
        fields=("ActionID",),
        schema="#/components/schemas/GetActionIDResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_ACTION_NAME_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ActionID",
        argument="action_id",
        keyword="action_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionName/get/parameters/0/schema",
        description="Action ID.",
    ),
)
GET_ACTION_NAME = Operation(
    operation_id="GetActionName",
    category="actions",
    name="get_action_name",
    summary="Looks up the action name for an action ID.",
    method="GET",
    path="/current/actions/GetActionName",
    build=_get_action_name._get_kwargs,
    parameters=_GET_ACTION_NAME_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetActionNameResult,
        value_field="action_name",
        fields=("ActionName",),
        schema="#/components/schemas/GetActionNameResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_ACTION_DETAILS_BY_TARGET_GROUP_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupID",
        argument="target_group_id",
        keyword="target_group_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionDetailsByTargetGroup/get/parameters/0/schema",
        description="Target group ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetActionDetailsByTargetGroup/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_ACTION_DETAILS_BY_TARGET_GROUP = Operation(
    operation_id="GetActionDetailsByTargetGroup",
    category="actions",
    name="get_action_details_by_target_group",
    summary="For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.",
    method="GET",
    path="/current/actions/GetActionDetailsByTargetGroup",
    build=_get_action_details_by_target_group._get_kwargs,
    parameters=_GET_ACTION_DETAILS_BY_TARGET_GROUP_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetActionDetailsByTargetGroupItem,
        value_field=None,
        fields=("RecipientGroupID", "ActionID", "Duration", "LeadTime", "ChannelID"),
        schema="#/components/schemas/GetActionDetailsByTargetGroupItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_PROMO_CODES_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetPromoCodes/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_PROMO_CODES = Operation(
    operation_id="GetPromoCodes",
    category="actions",
    name="get_promo_codes",
    summary="For one date, lists every target group / recipient group / action with its promo code.",
    method="GET",
    path="/current/actions/GetPromoCodes",
    build=_get_promo_codes._get_kwargs,
    parameters=_GET_PROMO_CODES_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetPromoCodesItem,
        value_field=None,
        fields=("TargetGroupID", "RecipientGroupID", "ActionID", "PromoCode"),
        schema="#/components/schemas/GetPromoCodesItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_PROMO_CODES_BY_CAMPAIGN_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetPromoCodesByCampaign/get/parameters/0/schema",
        description="Campaign ID.",
    ),
)
GET_PROMO_CODES_BY_CAMPAIGN = Operation(
    operation_id="GetPromoCodesByCampaign",
    category="actions",
    name="get_promo_codes_by_campaign",
    summary="For one campaign, lists recipient groups, actions and promo codes.",
    method="GET",
    path="/current/actions/GetPromoCodesByCampaign",
    build=_get_promo_codes_by_campaign._get_kwargs,
    parameters=_GET_PROMO_CODES_BY_CAMPAIGN_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetPromoCodesByCampaignItem,
        value_field=None,
        fields=("RecipientGroupID", "ActionID", "PromoCode"),
        schema="#/components/schemas/GetPromoCodesByCampaignItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_PROMO_CODES_BY_TARGET_GROUP_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupID",
        argument="target_group_id",
        keyword="target_group_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetPromoCodesByTargetGroup/get/parameters/0/schema",
        description="Target group ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetPromoCodesByTargetGroup/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_PROMO_CODES_BY_TARGET_GROUP = Operation(
    operation_id="GetPromoCodesByTargetGroup",
    category="actions",
    name="get_promo_codes_by_target_group",
    summary="For one target group on one date, lists recipient groups, actions and promo codes.",
    method="GET",
    path="/current/actions/GetPromoCodesByTargetGroup",
    build=_get_promo_codes_by_target_group._get_kwargs,
    parameters=_GET_PROMO_CODES_BY_TARGET_GROUP_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetPromoCodesByTargetGroupItem,
        value_field=None,
        fields=("RecipientGroupID", "ActionID", "PromoCode"),
        schema="#/components/schemas/GetPromoCodesByTargetGroupItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_EXECUTED_CAMPAIGN_DETAILS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetExecutedCampaignDetails/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_EXECUTED_CAMPAIGN_DETAILS = Operation(
    operation_id="GetExecutedCampaignDetails",
    category="actions",
    name="get_executed_campaign_details",
    summary="Lists every campaign executed on a given date with its type, timing, flags and status.",
    method="GET",
    path="/current/actions/GetExecutedCampaignDetails",
    build=_get_executed_campaign_details._get_kwargs,
    parameters=_GET_EXECUTED_CAMPAIGN_DETAILS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetExecutedCampaignDetailsItem,
        value_field=None,
        fields=(
            "CampaignID",
            "TargetGroupID",
            "CampaignType",
            "Duration",
            "LeadTime",
            "Notes",
            "IsMultiChannel",
            "IsRecurrence",
            "Status",
            "Error",
        ),
        schema="#/components/schemas/GetExecutedCampaignDetailsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CAMPAIGN_DETAILS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetCampaignDetails/get/parameters/0/schema",
        description="Campaign ID.",
    ),
)
GET_CAMPAIGN_DETAILS = Operation(
    operation_id="GetCampaignDetails",
    category="actions",
    name="get_campaign_details",
    summary="Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).",
    method="GET",
    path="/current/actions/GetCampaignDetails",
    build=_get_campaign_details._get_kwargs,
    parameters=_GET_CAMPAIGN_DETAILS_PARAMETERS,
    body=None,
    result=Result(
        kind="object",
        model=GetCampaignDetailsResult,
        value_field=None,
        fields=(
            "TargetGroupID",
            "CampaignType",
            "Duration",
            "LeadTime",
            "Notes",
            "IsMultiChannel",
            "IsRecurrence",
            "Status",
            "Error",
            "TestGroupSize",
            "ControlGroupSize",
            "Channels",
            "Tags",
        ),
        schema="#/components/schemas/GetCampaignDetailsResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_EXECUTION_CHANNELS_PARAMETERS: tuple[Parameter, ...] = ()
GET_EXECUTION_CHANNELS = Operation(
    operation_id="GetExecutionChannels",
    category="actions",
    name="get_execution_channels",
    summary="Lists the execution channels available to the account (ID and name).",
    method="GET",
    path="/current/actions/GetExecutionChannels",
    build=_get_execution_channels._get_kwargs,
    parameters=_GET_EXECUTION_CHANNELS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetExecutionChannelsItem,
        value_field=None,
        fields=("ChannelID", "ChannelName"),
        schema="#/components/schemas/GetExecutionChannelsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_EXECUTED_CAMPAIGNS_BY_CHANNEL_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetExecutedCampaignsByChannel/get/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1actions~1GetExecutedCampaignsByChannel/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_EXECUTED_CAMPAIGNS_BY_CHANNEL = Operation(
    operation_id="GetExecutedCampaignsByChannel",
    category="actions",
    name="get_executed_campaigns_by_channel",
    summary="Lists the campaigns executed through one channel on one date.",
    method="GET",
    path="/current/actions/GetExecutedCampaignsByChannel",
    build=_get_executed_campaigns_by_channel._get_kwargs,
    parameters=_GET_EXECUTED_CAMPAIGNS_BY_CHANNEL_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetExecutedCampaignsByChannelItem,
        value_field=None,
        fields=("CampaignID",),
        schema="#/components/schemas/GetExecutedCampaignsByChannelItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetExecutedCampaignChannelDetails/get/parameters/0/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1actions~1GetExecutedCampaignChannelDetails/get/parameters/1/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
)
GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS = Operation(
    operation_id="GetExecutedCampaignChannelDetails",
    category="actions",
    name="get_executed_campaign_channel_details",
    summary="For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).",
    method="GET",
    path="/current/actions/GetExecutedCampaignChannelDetails",
    build=_get_executed_campaign_channel_details._get_kwargs,
    parameters=_GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetExecutedCampaignChannelDetailsItem,
        value_field=None,
        fields=("ListID", "SendID", "TemplateID", "ScheduledTime"),
        schema="#/components/schemas/GetExecutedCampaignChannelDetailsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TARGET_GROUPS_BY_DATE_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1groups~1GetTargetGroupsByDate/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
)
GET_TARGET_GROUPS_BY_DATE = Operation(
    operation_id="GetTargetGroupsByDate",
    category="target_groups",
    name="get_target_groups_by_date",
    summary="Lists the target groups that had an action executed on a given date.",
    method="GET",
    path="/current/groups/GetTargetGroupsByDate",
    build=_get_target_groups_by_date._get_kwargs,
    parameters=_GET_TARGET_GROUPS_BY_DATE_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetTargetGroupsByDateItem,
        value_field=None,
        fields=("TargetGroupID",),
        schema="#/components/schemas/GetTargetGroupsByDateItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TARGET_GROUP_ID_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupName",
        argument="target_group_name",
        keyword="target_group_name",
        required=True,
        schema="#/paths/~1current~1groups~1GetTargetGroupID/get/parameters/0/schema",
        description="Target group name.",
    ),
)
GET_TARGET_GROUP_ID = Operation(
    operation_id="GetTargetGroupID",
    category="target_groups",
    name="get_target_group_id",
    summary="Looks up a target group ID from its name.",
    method="GET",
    path="/current/groups/GetTargetGroupID",
    build=_get_target_group_id._get_kwargs,
    parameters=_GET_TARGET_GROUP_ID_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetTargetGroupIDResult,
        value_field="target_group_id",
        fields=("TargetGroupID",),
        schema="#/components/schemas/GetTargetGroupIDResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TARGET_GROUP_NAME_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupID",
        argument="target_group_id",
        keyword="target_group_id",
        required=True,
        schema="#/paths/~1current~1groups~1GetTargetGroupName/get/parameters/0/schema",
        description="Target group ID.",
    ),
)
GET_TARGET_GROUP_NAME = Operation(
    operation_id="GetTargetGroupName",
    category="target_groups",
    name="get_target_group_name",
    summary="Looks up a target group name from its ID.",
    method="GET",
    path="/current/groups/GetTargetGroupName",
    build=_get_target_group_name._get_kwargs,
    parameters=_GET_TARGET_GROUP_NAME_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetTargetGroupNameResult,
        value_field="target_group_name",
        fields=("TargetGroupName",),
        schema="#/components/schemas/GetTargetGroupNameResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TARGET_GROUP_DETAILS_PARAMETERS: tuple[Parameter, ...] = ()
GET_TARGET_GROUP_DETAILS = Operation(
    operation_id="GetTargetGroupDetails",
    category="target_groups",
    name="get_target_group_details",
    summary="Lists all defined target groups with ID, name and priority.",
    method="GET",
    path="/current/groups/GetTargetGroupDetails",
    build=_get_target_group_details._get_kwargs,
    parameters=_GET_TARGET_GROUP_DETAILS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetTargetGroupDetailsItem,
        value_field=None,
        fields=("TargetGroupID", "TargetGroupName", "TargetGroupPriority"),
        schema="#/components/schemas/GetTargetGroupDetailsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_VALUE_SEGMENTS_PARAMETERS: tuple[Parameter, ...] = ()
GET_VALUE_SEGMENTS = Operation(
    operation_id="GetValueSegments",
    category="value_segments",
    name="get_value_segments",
    summary="Lists all value segments (ID and name).",
    method="GET",
    path="/current/segments/GetValueSegments",
    build=_get_value_segments._get_kwargs,
    parameters=_GET_VALUE_SEGMENTS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetValueSegmentsItem,
        value_field=None,
        fields=("ValueSegmentID", "ValueSegmentName"),
        schema="#/components/schemas/GetValueSegmentsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_VALUE_SEGMENT_ID_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ValueSegmentName",
        argument="value_segment_name",
        keyword="value_segment_name",
        required=True,
        schema="#/paths/~1current~1segments~1GetValueSegmentID/get/parameters/0/schema",
        description="Value segment name.",
    ),
)
GET_VALUE_SEGMENT_ID = Operation(
    operation_id="GetValueSegmentID",
    category="value_segments",
    name="get_value_segment_id",
    summary="Looks up a value segment ID from its name.",
    method="GET",
    path="/current/segments/GetValueSegmentID",
    build=_get_value_segment_id._get_kwargs,
    parameters=_GET_VALUE_SEGMENT_ID_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetValueSegmentIDResult,
        value_field="value_segment_id",
        fields=("ValueSegmentID",),
        schema="#/components/schemas/GetValueSegmentIDResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_VALUE_SEGMENT_NAME_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ValueSegmentID",
        argument="value_segment_id",
        keyword="value_segment_id",
        required=True,
        schema="#/paths/~1current~1segments~1GetValueSegmentName/get/parameters/0/schema",
        description="Value segment ID.",
    ),
)
GET_VALUE_SEGMENT_NAME = Operation(
    operation_id="GetValueSegmentName",
    category="value_segments",
    name="get_value_segment_name",
    summary="Looks up a value segment name from its ID.",
    method="GET",
    path="/current/segments/GetValueSegmentName",
    build=_get_value_segment_name._get_kwargs,
    parameters=_GET_VALUE_SEGMENT_NAME_PARAMETERS,
    body=None,
    result=Result(
        kind="value",
        model=GetValueSegmentNameResult,
        value_field="value_segment_name",
        fields=("ValueSegmentName",),
        schema="#/components/schemas/GetValueSegmentNameResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ValueSegmentID",
        argument="value_segment_id",
        keyword="value_segment_id",
        required=True,
        schema="#/paths/~1current~1segments~1GetCustomersByValueSegment/get/parameters/0/schema",
        description="Value segment ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1segments~1GetCustomersByValueSegment/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMERS_BY_VALUE_SEGMENT = Operation(
    operation_id="GetCustomersByValueSegment",
    category="value_segments",
    name="get_customers_by_value_segment",
    summary="Lists the customers who were in a given value segment on a given date, optionally with attribute values.",
    method="GET",
    path="/current/segments/GetCustomersByValueSegment",
    build=_get_customers_by_value_segment._get_kwargs,
    parameters=_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomersByValueSegmentRow),
    paging=Paging(
        offset=_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS[5],
        page_size=_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS[2],
        delimiter=_GET_CUSTOMERS_BY_VALUE_SEGMENT_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=True,
        schema="#/paths/~1current~1segments~1GetValueSegmentChangers/get/parameters/0/schema",
        description="First date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=True,
        schema="#/paths/~1current~1segments~1GetValueSegmentChangers/get/parameters/1/schema",
        description="Last date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_VALUE_SEGMENT_CHANGERS = Operation(
    operation_id="GetValueSegmentChangers",
    category="value_segments",
    name="get_value_segment_changers",
    summary="Lists customers whose value segment changed in a date range, with before and after segment IDs.",
    method="GET",
    path="/current/segments/GetValueSegmentChangers",
    build=_get_value_segment_changers._get_kwargs,
    parameters=_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetValueSegmentChangersRow),
    paging=Paging(
        offset=_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS[5],
        page_size=_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS[2],
        delimiter=_GET_VALUE_SEGMENT_CHANGERS_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CURRENTLY_TARGETED_CUSTOMERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CURRENTLY_TARGETED_CUSTOMERS = Operation(
    operation_id="GetCurrentlyTargetedCustomers",
    category="customers",
    name="get_currently_targeted_customers",
    summary="Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.",
    method="GET",
    path="/current/customers/GetCurrentlyTargetedCustomers",
    build=_get_currently_targeted_customers._get_kwargs,
    parameters=_GET_CURRENTLY_TARGETED_CUSTOMERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCurrentlyTargetedCustomersRow),
    paging=Paging(
        offset=_GET_CURRENTLY_TARGETED_CUSTOMERS_PARAMETERS[1],
        page_size=_GET_CURRENTLY_TARGETED_CUSTOMERS_PARAMETERS[0],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CANCELED_CAMPAIGN_CUSTOMERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCanceledCampaignCustomers/get/parameters/0/schema",
        description="ID of the canceled campaign (data stays available for two hours after the cancel event).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CANCELED_CAMPAIGN_CUSTOMERS = Operation(
    operation_id="GetCanceledCampaignCustomers",
    category="customers",
    name="get_canceled_campaign_customers",
    summary="Customers (with action and promo codes) that had been in a campaign which was later canceled.",
    method="GET",
    path="/current/customers/GetCanceledCampaignCustomers",
    build=_get_canceled_campaign_customers._get_kwargs,
    parameters=_GET_CANCELED_CAMPAIGN_CUSTOMERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCanceledCampaignCustomersRow),
    paging=Paging(
        offset=_GET_CANCELED_CAMPAIGN_CUSTOMERS_PARAMETERS[2],
        page_size=_GET_CANCELED_CAMPAIGN_CUSTOMERS_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_PROCESSED_CAMPAIGN_CUSTOMERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetProcessedCampaignCustomers/get/parameters/0/schema",
        description="ID of the processed campaign (from an event type 1 or 5 notification).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_PROCESSED_CAMPAIGN_CUSTOMERS = Operation(
    operation_id="GetProcessedCampaignCustomers",
    category="customers",
    name="get_processed_campaign_customers",
    summary="Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).",
    method="GET",
    path="/current/customers/GetProcessedCampaignCustomers",
    build=_get_processed_campaign_customers._get_kwargs,
    parameters=_GET_PROCESSED_CAMPAIGN_CUSTOMERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetProcessedCampaignCustomersRow),
    paging=Paging(
        offset=_GET_PROCESSED_CAMPAIGN_CUSTOMERS_PARAMETERS[2],
        page_size=_GET_PROCESSED_CAMPAIGN_CUSTOMERS_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_LAST_ACTION_EXECUTED_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CustomerID",
        argument="customer_id",
        keyword="customer_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerLastActionExecuted/get/parameters/0/schema",
        description="Customer ID, as Optimove received it.",
    ),
)
GET_CUSTOMER_LAST_ACTION_EXECUTED = Operation(
    operation_id="GetCustomerLastActionExecuted",
    category="customers",
    name="get_customer_last_action_executed",
    summary="Details of the most recent action executed for one customer.",
    method="GET",
    path="/current/customers/GetCustomerLastActionExecuted",
    build=_get_customer_last_action_executed._get_kwargs,
    parameters=_GET_CUSTOMER_LAST_ACTION_EXECUTED_PARAMETERS,
    body=None,
    result=Result(
        kind="object",
        model=GetCustomerLastActionExecutedResult,
        value_field=None,
        fields=("ActionID", "Date", "Duration", "TargetGroupID"),
        schema="#/components/schemas/GetCustomerLastActionExecutedResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TargetGroupID",
        argument="target_group_id",
        keyword="target_group_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerActionsByTargetGroup/get/parameters/0/schema",
        description="Target group ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerActionsByTargetGroup/get/parameters/1/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="IncludeControlGroup",
        argument="include_control_group",
        keyword="include_control_group",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerActionsByTargetGroup/get/parameters/2/schema",
        description="Also return control-group customers (their ActionID is 1).",
    ),
    Parameter(
        name="IncludeRecipientGroupID",
        argument="include_recipient_group_id",
        keyword="include_recipient_group_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerActionsByTargetGroup/get/parameters/3/schema",
        description="Add RecipientGroupID to each row.",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerActionsByTargetGroup/get/parameters/4/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP = Operation(
    operation_id="GetCustomerActionsByTargetGroup",
    category="customers",
    name="get_customer_actions_by_target_group",
    summary="Customers of a target group on a date, with the action and channel each received.",
    method="GET",
    path="/current/customers/GetCustomerActionsByTargetGroup",
    build=_get_customer_actions_by_target_group._get_kwargs,
    parameters=_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerActionsByTargetGroupRow),
    paging=Paging(
        offset=_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS[8],
        page_size=_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS[7],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS[5],
        delimiter=_GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP_PARAMETERS[6],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByCampaign/get/parameters/0/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="IncludeControlGroup",
        argument="include_control_group",
        keyword="include_control_group",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByCampaign/get/parameters/3/schema",
        description="Also return control-group customers (their ActionID is 1).",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByCampaign/get/parameters/4/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN = Operation(
    operation_id="GetCustomerOneTimeActionsByCampaign",
    category="customers",
    name="get_customer_one_time_actions_by_campaign",
    summary="Customers and action details for one one-time (ad hoc list) campaign.",
    method="GET",
    path="/current/customers/GetCustomerOneTimeActionsByCampaign",
    build=_get_customer_one_time_actions_by_campaign._get_kwargs,
    parameters=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerOneTimeActionsByCampaignRow),
    paging=Paging(
        offset=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS[6],
        page_size=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS[5],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS[1],
        delimiter=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN_PARAMETERS[2],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByDate/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="IncludeControlGroup",
        argument="include_control_group",
        keyword="include_control_group",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByDate/get/parameters/3/schema",
        description="Also return control-group customers (their ActionID is 1).",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerOneTimeActionsByDate/get/parameters/4/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE = Operation(
    operation_id="GetCustomerOneTimeActionsByDate",
    category="customers",
    name="get_customer_one_time_actions_by_date",
    summary="Customers and action details for all one-time campaigns executed on a date.",
    method="GET",
    path="/current/customers/GetCustomerOneTimeActionsByDate",
    build=_get_customer_one_time_actions_by_date._get_kwargs,
    parameters=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerOneTimeActionsByDateRow),
    paging=Paging(
        offset=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS[6],
        page_size=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS[5],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS[1],
        delimiter=_GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE_PARAMETERS[2],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMERS_BY_ACTION_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="RecipientGroupID",
        argument="recipient_group_id",
        keyword="recipient_group_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomersByAction/get/parameters/0/schema",
        description="Recipient group ID (RGID): 0 control group, 1..9 recipient groups.",
    ),
    Parameter(
        name="ActionID",
        argument="action_id",
        keyword="action_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomersByAction/get/parameters/1/schema",
        description="Action ID.",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomersByAction/get/parameters/2/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMERS_BY_ACTION = Operation(
    operation_id="GetCustomersByAction",
    category="customers",
    name="get_customers_by_action",
    summary="Customer IDs of one recipient group and action on a date.",
    method="GET",
    path="/current/customers/GetCustomersByAction",
    build=_get_customers_by_action._get_kwargs,
    parameters=_GET_CUSTOMERS_BY_ACTION_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomersByActionRow),
    paging=Paging(
        offset=_GET_CUSTOMERS_BY_ACTION_PARAMETERS[6],
        page_size=_GET_CUSTOMERS_BY_ACTION_PARAMETERS[5],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMERS_BY_ACTION_PARAMETERS[3],
        delimiter=_GET_CUSTOMERS_BY_ACTION_PARAMETERS[4],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMERS_ACTION_ENDED_BY_DATE_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomersActionEndedByDate/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMERS_ACTION_ENDED_BY_DATE = Operation(
    operation_id="GetCustomersActionEndedByDate",
    category="customers",
    name="get_customers_action_ended_by_date",
    summary="Customers whose action duration ended on a date, with the action details.",
    method="GET",
    path="/current/customers/GetCustomersActionEndedByDate",
    build=_get_customers_action_ended_by_date._get_kwargs,
    parameters=_GET_CUSTOMERS_ACTION_ENDED_BY_DATE_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomersActionEndedByDateRow),
    paging=Paging(
        offset=_GET_CUSTOMERS_ACTION_ENDED_BY_DATE_PARAMETERS[2],
        page_size=_GET_CUSTOMERS_ACTION_ENDED_BY_DATE_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerSendDetailsByCampaign/get/parameters/0/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="IncludeTemplateIDs",
        argument="include_template_i_ds",
        keyword="include_template_ids",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerSendDetailsByCampaign/get/parameters/1/schema",
        description="Add TemplateID to each row.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN = Operation(
    operation_id="GetCustomerSendDetailsByCampaign",
    category="customers",
    name="get_customer_send_details_by_campaign",
    summary="Per-customer channel, scheduled send time and channel send ID for a campaign.",
    method="GET",
    path="/current/customers/GetCustomerSendDetailsByCampaign",
    build=_get_customer_send_details_by_campaign._get_kwargs,
    parameters=_GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerSendDetailsByCampaignRow),
    paging=Paging(
        offset=_GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN_PARAMETERS[3],
        page_size=_GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN_PARAMETERS[2],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerSendDetailsByChannel/get/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerSendDetailsByChannel/get/parameters/1/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL = Operation(
    operation_id="GetCustomerSendDetailsByChannel",
    category="customers",
    name="get_customer_send_details_by_channel",
    summary="Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).",
    method="GET",
    path="/current/customers/GetCustomerSendDetailsByChannel",
    build=_get_customer_send_details_by_channel._get_kwargs,
    parameters=_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerSendDetailsByChannelRow),
    paging=Paging(
        offset=_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS[5],
        page_size=_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS[2],
        delimiter=_GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerExecutionDetailsByCampaign/get/parameters/0/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerExecutionDetailsByCampaign/get/parameters/1/schema",
        description="Execution channel ID, from the event notification.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN = Operation(
    operation_id="GetCustomerExecutionDetailsByCampaign",
    category="customers",
    name="get_customer_execution_details_by_campaign",
    summary="Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.",
    method="GET",
    path="/current/customers/GetCustomerExecutionDetailsByCampaign",
    build=_get_customer_execution_details_by_campaign._get_kwargs,
    parameters=_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerExecutionDetailsByCampaignRow),
    paging=Paging(
        offset=_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS[5],
        page_size=_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS[2],
        delimiter=_GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ACTION_DETAILS_BY_DATE_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerActionDetailsByDate/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_ACTION_DETAILS_BY_DATE = Operation(
    operation_id="GetCustomerActionDetailsByDate",
    category="customers",
    name="get_customer_action_details_by_date",
    summary="Customers and the recipient group/action/channel of campaigns sent to them on a date.",
    method="GET",
    path="/current/customers/GetCustomerActionDetailsByDate",
    build=_get_customer_action_details_by_date._get_kwargs,
    parameters=_GET_CUSTOMER_ACTION_DETAILS_BY_DATE_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerActionDetailsByDateRow),
    paging=Paging(
        offset=_GET_CUSTOMER_ACTION_DETAILS_BY_DATE_PARAMETERS[2],
        page_size=_GET_CUSTOMER_ACTION_DETAILS_BY_DATE_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerProductDetailsByDate/get/parameters/0/schema",
        description="Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE = Operation(
    operation_id="GetCustomerProductDetailsByDate",
    category="customers",
    name="get_customer_product_details_by_date",
    summary="Customers and recommended product IDs for every product-recommendation campaign on a date.",
    method="GET",
    path="/current/customers/GetCustomerProductDetailsByDate",
    build=_get_customer_product_details_by_date._get_kwargs,
    parameters=_GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerProductDetailsByDateRow),
    paging=Paging(
        offset=_GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE_PARAMETERS[2],
        page_size=_GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CampaignID",
        argument="campaign_id",
        keyword="campaign_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerProductDetailsByCampaign/get/parameters/0/schema",
        description="Campaign ID.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN = Operation(
    operation_id="GetCustomerProductDetailsByCampaign",
    category="customers",
    name="get_customer_product_details_by_campaign",
    summary="Customers and recommended product IDs for one product-recommendation campaign.",
    method="GET",
    path="/current/customers/GetCustomerProductDetailsByCampaign",
    build=_get_customer_product_details_by_campaign._get_kwargs,
    parameters=_GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerProductDetailsByCampaignRow),
    paging=Paging(
        offset=_GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN_PARAMETERS[2],
        page_size=_GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN_PARAMETERS[1],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_PRODUCT_RECOMMENDATIONS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CustomerID",
        argument="customer_id",
        keyword="customer_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerProductRecommendations/get/parameters/0/schema",
        description="Only this customer.",
    ),
    Parameter(
        name="SuggestedInCampaign",
        argument="suggested_in_campaign",
        keyword="suggested_in_campaign",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerProductRecommendations/get/parameters/1/schema",
        description="true: only products recommended in campaigns in the date range (the past month without dates); false or omitted: every calculated recommendation, dates ignored.",
    ),
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerProductRecommendations/get/parameters/2/schema",
        description="First date, YYYY-MM-DD (only with SuggestedInCampaign=true).",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerProductRecommendations/get/parameters/3/schema",
        description="Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).",
    ),
    Parameter(
        name="ProductAttributes",
        argument="product_attributes",
        keyword="product_attributes",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerProductRecommendations/get/parameters/4/schema",
        description="Product attribute names joined by commas; their values come back in this order.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_PRODUCT_RECOMMENDATIONS = Operation(
    operation_id="GetCustomerProductRecommendations",
    category="customers",
    name="get_customer_product_recommendations",
    summary="Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.",
    method="GET",
    path="/current/customers/GetCustomerProductRecommendations",
    build=_get_customer_product_recommendations._get_kwargs,
    parameters=_GET_CUSTOMER_PRODUCT_RECOMMENDATIONS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerProductRecommendationsRow),
    paging=Paging(
        offset=_GET_CUSTOMER_PRODUCT_RECOMMENDATIONS_PARAMETERS[6],
        page_size=_GET_CUSTOMER_PRODUCT_RECOMMENDATIONS_PARAMETERS[5],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_FUTURE_VALUES_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="LifecycleStageID",
        argument="lifecycle_stage_id",
        keyword="lifecycle_stage_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerFutureValues/get/parameters/0/schema",
        description="One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or CustomerAttribute with CustomerAttributeValue.",
    ),
    Parameter(
        name="CustomerAttribute",
        argument="customer_attribute",
        keyword="customer_attribute",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerFutureValues/get/parameters/1/schema",
        description="Select customers by this attribute (with CustomerAttributeValue).",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="customer_attributes",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerFutureValues/get/parameters/2/schema",
        description="Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).",
    ),
    Parameter(
        name="CustomerAttributeValue",
        argument="customer_attribute_value",
        keyword="customer_attribute_value",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerFutureValues/get/parameters/3/schema",
        description="Value of CustomerAttribute that selects the customers.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_FUTURE_VALUES = Operation(
    operation_id="GetCustomerFutureValues",
    category="customers",
    name="get_customer_future_values",
    summary="Customers and their predicted future value, selected by lifecycle stage or by one attribute value.",
    method="GET",
    path="/current/customers/GetCustomerFutureValues",
    build=_get_customer_future_values._get_kwargs,
    parameters=_GET_CUSTOMER_FUTURE_VALUES_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerFutureValuesRow),
    paging=Paging(
        offset=_GET_CUSTOMER_FUTURE_VALUES_PARAMETERS[5],
        page_size=_GET_CUSTOMER_FUTURE_VALUES_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(("LifecycleStageID", "CustomerAttribute", "CustomerAttributes"),),
)


_GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES_PARAMETERS: tuple[Parameter, ...] = ()
GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES = Operation(
    operation_id="GetCustomersActivityEventAttributes",
    category="customers",
    name="get_customers_activity_event_attributes",
    summary="Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.",
    method="GET",
    path="/current/customers/GetCustomersActivityEventAttributes",
    build=_get_customers_activity_event_attributes._get_kwargs,
    parameters=_GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CAMPAIGN_INTERACTION_CUSTOMERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCampaignInteractionCustomers/get/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
    Parameter(
        name="Date",
        argument="date",
        keyword="date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCampaignInteractionCustomers/get/parameters/1/schema",
        description="Delivery date, YYYY-MM-DD (parameter name inferred).",
    ),
    Parameter(
        name="EventID",
        argument="event_id",
        keyword="event_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCampaignInteractionCustomers/get/parameters/2/schema",
        description="Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CAMPAIGN_INTERACTION_CUSTOMERS = Operation(
    operation_id="GetCampaignInteractionCustomers",
    category="customers",
    name="get_campaign_interaction_customers",
    summary="Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.",
    method="GET",
    path="/current/customers/GetCampaignInteractionCustomers",
    build=_get_campaign_interaction_customers._get_kwargs,
    parameters=_GET_CAMPAIGN_INTERACTION_CUSTOMERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCampaignInteractionCustomersRow),
    paging=Paging(
        offset=_GET_CAMPAIGN_INTERACTION_CUSTOMERS_PARAMETERS[4],
        page_size=_GET_CAMPAIGN_INTERACTION_CUSTOMERS_PARAMETERS[3],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_CHANNEL_INTERACTIONS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CustomerID",
        argument="customer_id",
        keyword="customer_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerChannelInteractions/get/parameters/0/schema",
        description="Customer ID, as Optimove received it.",
    ),
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerChannelInteractions/get/parameters/1/schema",
        description="First date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerChannelInteractions/get/parameters/2/schema",
        description="Last date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerChannelInteractions/get/parameters/3/schema",
        description="Only this channel (inferred as optional).",
    ),
)
GET_CUSTOMER_CHANNEL_INTERACTIONS = Operation(
    operation_id="GetCustomerChannelInteractions",
    category="customers",
    name="get_customer_channel_interactions",
    summary="One customer's interactions with campaigns sent within a date range.",
    method="GET",
    path="/current/customers/GetCustomerChannelInteractions",
    build=_get_customer_channel_interactions._get_kwargs,
    parameters=_GET_CUSTOMER_CHANNEL_INTERACTIONS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetCustomerChannelInteractionsItem,
        value_field=None,
        fields=(
            "Date",
            "CampaignID",
            "RecipientGroupID",
            "ActionID",
            "ChannelID",
            "TemplateID",
            "EventID",
        ),
        schema="#/components/schemas/GetCustomerChannelInteractionsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ATTRIBUTES_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="CustomerID",
        argument="customer_id",
        keyword="customer_id",
        required=True,
        schema="#/paths/~1current~1customers~1GetCustomerAttributes/get/parameters/0/schema",
        description="Customer whose attribute values are returned.",
    ),
)
GET_CUSTOMER_ATTRIBUTES = Operation(
    operation_id="GetCustomerAttributes",
    category="customers",
    name="get_customer_attributes",
    summary="Returns attribute values for a customer.",
    method="GET",
    path="/current/customers/GetCustomerAttributes",
    build=_get_customer_attributes._get_kwargs,
    parameters=_GET_CUSTOMER_ATTRIBUTES_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetCustomerAttributesItem,
        value_field=None,
        fields=("RealFieldName", "Alias", "FieldType", "Value"),
        schema="#/components/schemas/GetCustomerAttributesItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_ADD_CUSTOMER_ATTRIBUTE_PARAMETERS: tuple[Parameter, ...] = ()
ADD_CUSTOMER_ATTRIBUTE = Operation(
    operation_id="AddCustomerAttribute",
    category="customers",
    name="add_customer_attribute",
    summary="Creates a new API-sourced customer attribute, optionally with a default value; result is reported to a callback URL.",
    method="POST",
    path="/current/customers/AddCustomerAttribute",
    build=_add_customer_attribute._get_kwargs,
    parameters=_ADD_CUSTOMER_ATTRIBUTE_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1customers~1AddCustomerAttribute/post/requestBody/content/application~1json/schema",
        model=AddCustomerAttributeRequest,
        fields=(
            BodyField(
                name="Name",
                attribute="name",
                keyword="name",
                required=True,
                schema="#/components/schemas/AddCustomerAttributeRequest/properties/Name",
                description="RealFieldName of the new attribute.",
            ),
            BodyField(
                name="Type",
                attribute="type_",
                keyword="type",
                required=True,
                schema="#/components/schemas/AddCustomerAttributeRequest/properties/Type",
                description="Column type: DECIMAL(19,4), INT, BIGINT, DATE, VARCHAR(n) or NVARCHAR(n).",
            ),
            BodyField(
                name="DefaultValue",
                attribute="default_value",
                keyword="default_value",
                required=False,
                schema="#/components/schemas/AddCustomerAttributeRequest/properties/DefaultValue",
                description="Default value, valid for Type.",
            ),
            BodyField(
                name="CallbackURL",
                attribute="callback_url",
                keyword="callback_url",
                required=False,
                schema="#/components/schemas/AddCustomerAttributeRequest/properties/CallbackURL",
                description="URL that Optimove calls with the outcome when processing ends.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=AddCustomerAttributeResult,
        value_field=None,
        fields=("attributeName", "isSuccess", "errorId", "errorMsg"),
        schema="#/components/schemas/AddCustomerAttributeResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_UPDATE_CUSTOMER_ATTRIBUTES_PARAMETERS: tuple[Parameter, ...] = ()
UPDATE_CUSTOMER_ATTRIBUTES = Operation(
    operation_id="UpdateCustomerAttributes",
    category="customers",
    name="update_customer_attributes",
    summary="Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.",
    method="POST",
    path="/current/customers/UpdateCustomerAttributes",
    build=_update_customer_attributes._get_kwargs,
    parameters=_UPDATE_CUSTOMER_ATTRIBUTES_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1customers~1UpdateCustomerAttributes/post/requestBody/content/application~1json/schema",
        model=UpdateCustomerAttributesRequest,
        fields=(
            BodyField(
                name="CustomerNewAttributesValuesList",
                attribute="customer_new_attributes_values_list",
                keyword="customer_new_attributes_values_list",
                required=True,
                schema="#/components/schemas/UpdateCustomerAttributesRequest/properties/CustomerNewAttributesValuesList",
                description="Customers and their new attribute values: at most 1,000 customers, 10 attributes each.",
            ),
            BodyField(
                name="CallbackURL",
                attribute="callback_url",
                keyword="callback_url",
                required=False,
                schema="#/components/schemas/UpdateCustomerAttributesRequest/properties/CallbackURL",
                description="URL that Optimove calls with the outcome when processing ends.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=UpdateCustomerAttributesResult,
        value_field=None,
        fields=("isSuccess", "requestId", "errors"),
        schema="#/components/schemas/UpdateCustomerAttributesResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_UPSERT_CUSTOMER_PARAMETERS: tuple[Parameter, ...] = ()
UPSERT_CUSTOMER = Operation(
    operation_id="UpsertCustomer",
    category="customers",
    name="upsert_customer",
    summary="Registers a new customer in real time or updates attributes of an existing one (gradual rollout).",
    method="PUT",
    path="/Customers/UpsertCustomer",
    build=_upsert_customer._get_kwargs,
    parameters=_UPSERT_CUSTOMER_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1Customers~1UpsertCustomer/put/requestBody/content/application~1json/schema",
        model=UpsertCustomerRequest,
        fields=(
            BodyField(
                name="CustomerId",
                attribute="customer_id",
                keyword="customer_id",
                required=True,
                schema="#/components/schemas/UpsertCustomerRequest/properties/CustomerId",
                description="Persistent customer ID.",
            ),
            BodyField(
                name="Attributes",
                attribute="attributes",
                keyword="attributes",
                required=False,
                schema="#/components/schemas/UpsertCustomerRequest/properties/Attributes",
                description="Attribute values to set.",
            ),
            BodyField(
                name="CallbackUrl",
                attribute="callback_url",
                keyword="callback_url",
                required=False,
                schema="#/components/schemas/UpsertCustomerRequest/properties/CallbackUrl",
                description="URL that Optimove calls with the outcome when processing ends.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=UpsertCustomerResult,
        value_field=None,
        fields=(),
        schema="#/components/schemas/UpsertCustomerResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChangedCustomerAttribute",
        argument="changed_customer_attribute",
        keyword="changed_customer_attribute",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerAttributeChangers/get/parameters/0/schema",
        description="The one attribute whose changes are listed (a RealFieldName).",
    ),
    Parameter(
        name="ChangedCustomerAttributes",
        argument="changed_customer_attributes",
        keyword="changed_customer_attributes",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerAttributeChangers/get/parameters/1/schema",
        description="Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous version of this function.",
    ),
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerAttributeChangers/get/parameters/2/schema",
        description="First date of the range (previous version of this function), YYYY-MM-DD.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=False,
        schema="#/paths/~1current~1customers~1GetCustomerAttributeChangers/get/parameters/3/schema",
        description="Last date of the range (previous version of this function), YYYY-MM-DD.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_CUSTOMER_ATTRIBUTE_CHANGERS = Operation(
    operation_id="GetCustomerAttributeChangers",
    category="customers",
    name="get_customer_attribute_changers",
    summary="Customers whose chosen attribute changed from the previous day to the current day, with old and new values.",
    method="GET",
    path="/current/customers/GetCustomerAttributeChangers",
    build=_get_customer_attribute_changers._get_kwargs,
    parameters=_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetCustomerAttributeChangersRow),
    paging=Paging(
        offset=_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS[7],
        page_size=_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS[6],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS[4],
        delimiter=_GET_CUSTOMER_ATTRIBUTE_CHANGERS_PARAMETERS[5],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(("ChangedCustomerAttribute", "ChangedCustomerAttributes"),),
)


_REMOVE_CUSTOMER_PII_PARAMETERS: tuple[Parameter, ...] = ()
REMOVE_CUSTOMER_PII = Operation(
    operation_id="RemoveCustomerPII",
    category="customers",
    name="remove_customer_pii",
    summary="Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.",
    method="POST",
    path="/current/customers/RemoveCustomerPII",
    build=_remove_customer_pii._get_kwargs,
    parameters=_REMOVE_CUSTOMER_PII_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1customers~1RemoveCustomerPII/post/requestBody/content/application~1json/schema",
        model=RemoveCustomerPIIRequest,
        fields=(
            BodyField(
                name="CustomerIDs",
                attribute="customer_i_ds",
                keyword="customer_ids",
                required=True,
                schema="#/components/schemas/RemoveCustomerPIIRequest/properties/CustomerIDs",
                description="Customers whose personal data is removed (at most 50,000).",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=RemoveCustomerPIIResult,
        value_field=None,
        fields=("FailedCustomerIDs",),
        schema="#/components/schemas/RemoveCustomerPIIResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TARGET_GROUP_CHANGERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=True,
        schema="#/paths/~1current~1customers~1GetTargetGroupChangers/get/parameters/0/schema",
        description="First date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=True,
        schema="#/paths/~1current~1customers~1GetTargetGroupChangers/get/parameters/1/schema",
        description="Last date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="CustomerAttributes",
        argument="customer_attributes",
        keyword="attributes",
        required=False,
        schema="#/components/parameters/CustomerAttributes/schema",
        description="Customer attribute names (1 to 10) whose current values come back per row.",
    ),
    Parameter(
        name="CustomerAttributesDelimiter",
        argument="customer_attributes_delimiter",
        keyword="attribute_delimiter",
        required=False,
        schema="#/components/parameters/CustomerAttributesDelimiter/schema",
        description="Character that separates the returned attribute values; a comma when omitted.",
    ),
    Parameter(
        name="$top",
        argument="top",
        keyword="top",
        required=False,
        schema="#/components/parameters/Top/schema",
        description="Page size. The server returns 10,000 records when it is omitted; at most 200,000.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_TARGET_GROUP_CHANGERS = Operation(
    operation_id="GetTargetGroupChangers",
    category="customers",
    name="get_target_group_changers",
    summary="Customers whose target group changed within a date range, with before/after target group IDs.",
    method="GET",
    path="/current/customers/GetTargetGroupChangers",
    build=_get_target_group_changers._get_kwargs,
    parameters=_GET_TARGET_GROUP_CHANGERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetTargetGroupChangersRow),
    paging=Paging(
        offset=_GET_TARGET_GROUP_CHANGERS_PARAMETERS[5],
        page_size=_GET_TARGET_GROUP_CHANGERS_PARAMETERS[4],
        fixed_page_size=None,
        max_page_size=200000,
    ),
    attributes=Attributes(
        names=_GET_TARGET_GROUP_CHANGERS_PARAMETERS[2],
        delimiter=_GET_TARGET_GROUP_CHANGERS_PARAMETERS[3],
    ),
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CHANNEL_TEMPLATES_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1integrations~1GetChannelTemplates/get/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
)
GET_CHANNEL_TEMPLATES = Operation(
    operation_id="GetChannelTemplates",
    category="external_system_integration",
    name="get_channel_templates",
    summary="Template IDs and names registered for one execution channel.",
    method="GET",
    path="/current/integrations/GetChannelTemplates",
    build=_get_channel_templates._get_kwargs,
    parameters=_GET_CHANNEL_TEMPLATES_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetChannelTemplatesItem,
        value_field=None,
        fields=("TemplateID", "TemplateName"),
        schema="#/components/schemas/GetChannelTemplatesItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_CHANNEL_TEMPLATE_DETAILS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1integrations~1GetChannelTemplateDetails/get/parameters/0/schema",
        description="Channel ID (assumed, as for GetChannelTemplates).",
    ),
    Parameter(
        name="TemplateID",
        argument="template_id",
        keyword="template_id",
        required=False,
        schema="#/paths/~1current~1integrations~1GetChannelTemplateDetails/get/parameters/1/schema",
        description="Template ID (assumed).",
    ),
)
GET_CHANNEL_TEMPLATE_DETAILS = Operation(
    operation_id="GetChannelTemplateDetails",
    category="external_system_integration",
    name="get_channel_template_details",
    summary="Details of channel templates (sidebar 'Channel Template Details').",
    method="GET",
    path="/current/integrations/GetChannelTemplateDetails",
    build=_get_channel_template_details._get_kwargs,
    parameters=_GET_CHANNEL_TEMPLATE_DETAILS_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_ADD_CHANNEL_TEMPLATES_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1integrations~1AddChannelTemplates/post/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
)
ADD_CHANNEL_TEMPLATES = Operation(
    operation_id="AddChannelTemplates",
    category="external_system_integration",
    name="add_channel_templates",
    summary="Registers template IDs/names for a channel so marketers can pick them when building campaigns.",
    method="POST",
    path="/current/integrations/AddChannelTemplates",
    build=_add_channel_templates._get_kwargs,
    parameters=_ADD_CHANNEL_TEMPLATES_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1AddChannelTemplates/post/requestBody/content/application~1json/schema",
        model=AddChannelTemplatesRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_DELETE_CHANNEL_TEMPLATES_PARAMETERS: tuple[Parameter, ...] = ()
DELETE_CHANNEL_TEMPLATES = Operation(
    operation_id="DeleteChannelTemplates",
    category="external_system_integration",
    name="delete_channel_templates",
    summary="Removes previously added channel templates.",
    method="POST",
    path="/current/integrations/DeleteChannelTemplates",
    build=_delete_channel_templates._get_kwargs,
    parameters=_DELETE_CHANNEL_TEMPLATES_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1DeleteChannelTemplates/post/requestBody/content/application~1json/schema",
        model=DeleteChannelTemplatesRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_ADD_CHANNEL_APPS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="ChannelID",
        argument="channel_id",
        keyword="channel_id",
        required=True,
        schema="#/paths/~1current~1integrations~1AddChannelApps/post/parameters/0/schema",
        description="Execution channel ID (see GetExecutionChannels).",
    ),
)
ADD_CHANNEL_APPS = Operation(
    operation_id="AddChannelApps",
    category="external_system_integration",
    name="add_channel_apps",
    summary="Registers app IDs/names selectable for a channel (typically push-notification channels).",
    method="POST",
    path="/current/integrations/AddChannelApps",
    build=_add_channel_apps._get_kwargs,
    parameters=_ADD_CHANNEL_APPS_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1AddChannelApps/post/requestBody/content/application~1json/schema",
        model=AddChannelAppsRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_DELETE_CHANNEL_APPS_PARAMETERS: tuple[Parameter, ...] = ()
DELETE_CHANNEL_APPS = Operation(
    operation_id="DeleteChannelApps",
    category="external_system_integration",
    name="delete_channel_apps",
    summary="Removes previously added channel apps.",
    method="POST",
    path="/current/integrations/DeleteChannelApps",
    build=_delete_channel_apps._get_kwargs,
    parameters=_DELETE_CHANNEL_APPS_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1DeleteChannelApps/post/requestBody/content/application~1json/schema",
        model=DeleteChannelAppsRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_UPDATE_CAMPAIGN_METRICS_PARAMETERS: tuple[Parameter, ...] = ()
UPDATE_CAMPAIGN_METRICS = Operation(
    operation_id="UpdateCampaignMetrics",
    category="external_system_integration",
    name="update_campaign_metrics",
    summary="Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.",
    method="POST",
    path="/current/integrations/UpdateCampaignMetrics",
    build=_update_campaign_metrics._get_kwargs,
    parameters=_UPDATE_CAMPAIGN_METRICS_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1UpdateCampaignMetrics/post/requestBody/content/application~1json/schema",
        model=UpdateCampaignMetricsRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_UPDATE_CAMPAIGN_INTERACTIONS_PARAMETERS: tuple[Parameter, ...] = ()
UPDATE_CAMPAIGN_INTERACTIONS = Operation(
    operation_id="UpdateCampaignInteractions",
    category="external_system_integration",
    name="update_campaign_interactions",
    summary="Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.",
    method="POST",
    path="/current/integrations/UpdateCampaignInteractions",
    build=_update_campaign_interactions._get_kwargs,
    parameters=_UPDATE_CAMPAIGN_INTERACTIONS_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1integrations~1UpdateCampaignInteractions/post/requestBody/content/application~1json/schema",
        model=UpdateCampaignInteractionsRequest,
        fields=(
            BodyField(
                name="CampaignID",
                attribute="campaign_id",
                keyword="campaign_id",
                required=True,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/CampaignID",
                description="Campaign ID.",
            ),
            BodyField(
                name="ChannelID",
                attribute="channel_id",
                keyword="channel_id",
                required=True,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/ChannelID",
                description="Execution channel ID (see GetExecutionChannels).",
            ),
            BodyField(
                name="InteractionDate",
                attribute="interaction_date",
                keyword="interaction_date",
                required=True,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/InteractionDate",
                description="Date of the interactions, YYYY-MM-DD.",
            ),
            BodyField(
                name="EventID",
                attribute="event_id",
                keyword="event_id",
                required=True,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/EventID",
                description="Interaction type: 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.",
            ),
            BodyField(
                name="CustomerIDs",
                attribute="customer_i_ds",
                keyword="customer_ids",
                required=True,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/CustomerIDs",
                description="Customers who had the interaction (at most 10,000).",
            ),
            BodyField(
                name="TemplateID",
                attribute="template_id",
                keyword="template_id",
                required=False,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/TemplateID",
                description="Template ID.",
            ),
            BodyField(
                name="RecipientGroupID",
                attribute="recipient_group_id",
                keyword="recipient_group_id",
                required=False,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/RecipientGroupID",
                description="Recipient group (RGID); 1 when omitted.",
            ),
            BodyField(
                name="AppID",
                attribute="app_id",
                keyword="app_id",
                required=False,
                schema="#/components/schemas/UpdateCampaignInteractionsRequest/properties/AppID",
                description="Application ID within the channel.",
            ),
        ),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_SET_CUSTOMER_CHANNEL_PREFERENCE_PARAMETERS: tuple[Parameter, ...] = ()
SET_CUSTOMER_CHANNEL_PREFERENCE = Operation(
    operation_id="SetCustomerChannelPreference",
    category="external_system_integration",
    name="set_customer_channel_preference",
    summary="Sets the communication mode (opt-in/out style preference) of customers for a channel.",
    method="POST",
    path="/current/integrations/SetCustomerChannelPreference",
    build=_set_customer_channel_preference._get_kwargs,
    parameters=_SET_CUSTOMER_CHANNEL_PREFERENCE_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1integrations~1SetCustomerChannelPreference/post/requestBody/content/application~1json/schema",
        model=SetCustomerChannelPreferenceRequest,
        fields=(
            BodyField(
                name="ChannelID",
                attribute="channel_id",
                keyword="channel_id",
                required=True,
                schema="#/components/schemas/SetCustomerChannelPreferenceRequest/properties/ChannelID",
                description="Execution channel ID (see GetExecutionChannels).",
            ),
            BodyField(
                name="CustomerIDs",
                attribute="customer_i_ds",
                keyword="customer_ids",
                required=True,
                schema="#/components/schemas/SetCustomerChannelPreferenceRequest/properties/CustomerIDs",
                description="Customers whose preference is set (at most 50,000).",
            ),
            BodyField(
                name="CommunicationMode",
                attribute="communication_mode",
                keyword="communication_mode",
                required=True,
                schema="#/components/schemas/SetCustomerChannelPreferenceRequest/properties/CommunicationMode",
                description="Preference code (values not documented publicly; 2 is used in Optimove's example).",
            ),
            BodyField(
                name="AppID",
                attribute="app_id",
                keyword="app_id",
                required=False,
                schema="#/components/schemas/SetCustomerChannelPreferenceRequest/properties/AppID",
                description="Application ID within the channel.",
            ),
        ),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_UPDATE_CUSTOMER_PROMOTION_STATUS_PARAMETERS: tuple[Parameter, ...] = ()
UPDATE_CUSTOMER_PROMOTION_STATUS = Operation(
    operation_id="UpdateCustomerPromotionStatus",
    category="external_system_integration",
    name="update_customer_promotion_status",
    summary="Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.",
    method="POST",
    path="/current/integrations/UpdateCustomerPromotionStatus",
    build=_update_customer_promotion_status._get_kwargs,
    parameters=_UPDATE_CUSTOMER_PROMOTION_STATUS_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1integrations~1UpdateCustomerPromotionStatus/post/requestBody/content/application~1json/schema",
        model=UpdateCustomerPromotionStatusRequest,
        fields=(
            BodyField(
                name="TimeStamp",
                attribute="time_stamp",
                keyword="time_stamp",
                required=True,
                schema="#/components/schemas/UpdateCustomerPromotionStatusRequest/properties/TimeStamp",
                description="Time of the report, YYYY-MM-DD HH:MM:SS.",
            ),
            BodyField(
                name="CampaignID",
                attribute="campaign_id",
                keyword="campaign_id",
                required=True,
                schema="#/components/schemas/UpdateCustomerPromotionStatusRequest/properties/CampaignID",
                description="Campaign ID.",
            ),
            BodyField(
                name="PromosUpdated",
                attribute="promos_updated",
                keyword="promos_updated",
                required=True,
                schema="#/components/schemas/UpdateCustomerPromotionStatusRequest/properties/PromosUpdated",
                description="Promotion activation status per customer (at most 10,000).",
            ),
        ),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_PROMOTIONS_PARAMETERS: tuple[Parameter, ...] = ()
GET_PROMOTIONS = Operation(
    operation_id="GetPromotions",
    category="promotions",
    name="get_promotions",
    summary="All promo codes and their names registered in Optimove.",
    method="GET",
    path="/current/integrations/GetPromotions",
    build=_get_promotions._get_kwargs,
    parameters=_GET_PROMOTIONS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetPromotionsItem,
        value_field=None,
        fields=("PromoCode", "PromotionName"),
        schema="#/components/schemas/GetPromotionsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_ADD_PROMOTIONS_PARAMETERS: tuple[Parameter, ...] = ()
ADD_PROMOTIONS = Operation(
    operation_id="AddPromotions",
    category="promotions",
    name="add_promotions",
    summary="Adds promo codes with names for selection in campaigns; existing codes get their name replaced.",
    method="POST",
    path="/current/integrations/AddPromotions",
    build=_add_promotions._get_kwargs,
    parameters=_ADD_PROMOTIONS_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1AddPromotions/post/requestBody/content/application~1json/schema",
        model=AddPromotionsRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_DELETE_PROMOTIONS_PARAMETERS: tuple[Parameter, ...] = ()
DELETE_PROMOTIONS = Operation(
    operation_id="DeletePromotions",
    category="promotions",
    name="delete_promotions",
    summary="Removes previously added promo codes.",
    method="POST",
    path="/current/integrations/DeletePromotions",
    build=_delete_promotions._get_kwargs,
    parameters=_DELETE_PROMOTIONS_PARAMETERS,
    body=Body(
        kind="array",
        schema="#/paths/~1current~1integrations~1DeletePromotions/post/requestBody/content/application~1json/schema",
        model=DeletePromotionsRequestItem,
        fields=(),
    ),
    result=Result(kind="none"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=100,
    required_one_of=(),
)


_ADD_TEMPLATE_PARAMETERS: tuple[Parameter, ...] = ()
ADD_TEMPLATE = Operation(
    operation_id="AddTemplate",
    category="optimail",
    name="add_template",
    summary="Creates an Optimail email template.",
    method="POST",
    path="/current/optimail/AddTemplate",
    build=_add_template._get_kwargs,
    parameters=_ADD_TEMPLATE_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_UPDATE_TEMPLATE_PARAMETERS: tuple[Parameter, ...] = ()
UPDATE_TEMPLATE = Operation(
    operation_id="UpdateTemplate",
    category="optimail",
    name="update_template",
    summary="Updates an existing Optimail email template.",
    method="POST",
    path="/current/optimail/UpdateTemplate",
    build=_update_template._get_kwargs,
    parameters=_UPDATE_TEMPLATE_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_ADD_UNSUBSCRIBERS_PARAMETERS: tuple[Parameter, ...] = ()
ADD_UNSUBSCRIBERS = Operation(
    operation_id="AddUnsubscribers",
    category="optimail",
    name="add_unsubscribers",
    summary="Adds email addresses to a brand's global Optimail unsubscribe list.",
    method="POST",
    path="/current/optimail/AddUnsubscribers",
    build=_add_unsubscribers._get_kwargs,
    parameters=_ADD_UNSUBSCRIBERS_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1optimail~1AddUnsubscribers/post/requestBody/content/application~1json/schema",
        model=AddUnsubscribersRequest,
        fields=(
            BodyField(
                name="BrandId",
                attribute="brand_id",
                keyword="brand_id",
                required=True,
                schema="#/components/schemas/AddUnsubscribersRequest/properties/BrandId",
                description="Optimail brand (account) ID, given by Optimove.",
            ),
            BodyField(
                name="EmailAddresses",
                attribute="email_addresses",
                keyword="email_addresses",
                required=True,
                schema="#/components/schemas/AddUnsubscribersRequest/properties/EmailAddresses",
                description="Addresses to unsubscribe (at most 200).",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=AddUnsubscribersResult,
        value_field=None,
        fields=("Error",),
        schema="#/components/schemas/AddUnsubscribersResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_DELETE_UNSUBSCRIBERS_PARAMETERS: tuple[Parameter, ...] = ()
DELETE_UNSUBSCRIBERS = Operation(
    operation_id="DeleteUnsubscribers",
    category="optimail",
    name="delete_unsubscribers",
    summary="Removes one email address from a brand's global unsubscribe list.",
    method="POST",
    path="/current/optimail/DeleteUnsubscribers",
    build=_delete_unsubscribers._get_kwargs,
    parameters=_DELETE_UNSUBSCRIBERS_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1optimail~1DeleteUnsubscribers/post/requestBody/content/application~1json/schema",
        model=DeleteUnsubscribersRequest,
        fields=(
            BodyField(
                name="BrandId",
                attribute="brand_id",
                keyword="brand_id",
                required=True,
                schema="#/components/schemas/DeleteUnsubscribersRequest/properties/BrandId",
                description="Optimail brand (account) ID, given by Optimove.",
            ),
            BodyField(
                name="EmailAddress",
                attribute="email_address",
                keyword="email_address",
                required=True,
                schema="#/components/schemas/DeleteUnsubscribersRequest/properties/EmailAddress",
                description="Address to subscribe again.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=DeleteUnsubscribersResult,
        value_field=None,
        fields=("Error",),
        schema="#/components/schemas/DeleteUnsubscribersResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_UNSUBSCRIBERS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="BrandID",
        argument="brand_id",
        keyword="brand_id",
        required=True,
        schema="#/paths/~1current~1optimail~1GetUnsubscribers/get/parameters/0/schema",
        description="Optimail brand (account) ID, given by Optimove.",
    ),
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=False,
        schema="#/paths/~1current~1optimail~1GetUnsubscribers/get/parameters/1/schema",
        description="First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=False,
        schema="#/paths/~1current~1optimail~1GetUnsubscribers/get/parameters/2/schema",
        description="Last unsubscribe date, YYYY-MM-DD, inclusive.",
    ),
    Parameter(
        name="$skip",
        argument="skip",
        keyword="skip",
        required=False,
        schema="#/components/parameters/Skip/schema",
        description="Number of records of the whole result to skip before this page.",
    ),
)
GET_UNSUBSCRIBERS = Operation(
    operation_id="GetUnsubscribers",
    category="optimail",
    name="get_unsubscribers",
    summary="Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.",
    method="GET",
    path="/current/optimail/GetUnsubscribers",
    build=_get_unsubscribers._get_kwargs,
    parameters=_GET_UNSUBSCRIBERS_PARAMETERS,
    body=None,
    result=Result(kind="rows", row=GetUnsubscribersRow),
    paging=Paging(
        offset=_GET_UNSUBSCRIBERS_PARAMETERS[3],
        page_size=None,
        fixed_page_size=10000,
        max_page_size=10000,
    ),
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_SEND_TRANSACTIONAL_MAIL_PARAMETERS: tuple[Parameter, ...] = ()
SEND_TRANSACTIONAL_MAIL = Operation(
    operation_id="SendTransactionalMail",
    category="transactional_mail",
    name="send_transactional_mail",
    summary="Sends a stored transactional template to a list of recipients with per-recipient personalization tags.",
    method="POST",
    path="/current/transactionalmail/SendTransactionalMail",
    build=_send_transactional_mail._get_kwargs,
    parameters=_SEND_TRANSACTIONAL_MAIL_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1transactionalmail~1SendTransactionalMail/post/requestBody/content/application~1json/schema",
        model=SendTransactionalMailRequest,
        fields=(
            BodyField(
                name="TemplateID",
                attribute="template_id",
                keyword="template_id",
                required=True,
                schema="#/components/schemas/SendTransactionalMailRequest/properties/TemplateID",
                description="Transactional template ID (Manage Templates).",
            ),
            BodyField(
                name="Recipients",
                attribute="recipients",
                keyword="recipients",
                required=True,
                schema="#/components/schemas/SendTransactionalMailRequest/properties/Recipients",
                description="Recipients of the message.",
            ),
            BodyField(
                name="ScheduleTime",
                attribute="schedule_time",
                keyword="schedule_time",
                required=False,
                schema="#/components/schemas/SendTransactionalMailRequest/properties/ScheduleTime",
                description="When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.",
            ),
            BodyField(
                name="Attachments",
                attribute="attachments",
                keyword="attachments",
                required=False,
                schema="#/components/schemas/SendTransactionalMailRequest/properties/Attachments",
                description="Files to attach.",
            ),
            BodyField(
                name="UniqueMessageID",
                attribute="unique_message_id",
                keyword="unique_message_id",
                required=False,
                schema="#/components/schemas/SendTransactionalMailRequest/properties/UniqueMessageID",
                description="Idempotency key (at most 254 characters): a repeat is answered 409.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=SendTransactionalMailResult,
        value_field=None,
        fields=("IsSuccess", "SendID", "Error"),
        schema="#/components/schemas/SendTransactionalMailResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=True,
    max_list_items=None,
    required_one_of=(),
)


_SEND_FINALIZED_TRANSACTIONAL_MAIL_PARAMETERS: tuple[Parameter, ...] = ()
SEND_FINALIZED_TRANSACTIONAL_MAIL = Operation(
    operation_id="SendFinalizedTransactionalMail",
    category="transactional_mail",
    name="send_finalized_transactional_mail",
    summary="Sends a transactional email whose final HTML/plain content is supplied in the call.",
    method="POST",
    path="/current/transactionalmail/SendFinalizedTransactionalMail",
    build=_send_finalized_transactional_mail._get_kwargs,
    parameters=_SEND_FINALIZED_TRANSACTIONAL_MAIL_PARAMETERS,
    body=Body(
        kind="object",
        schema="#/paths/~1current~1transactionalmail~1SendFinalizedTransactionalMail/post/requestBody/content/application~1json/schema",
        model=SendFinalizedTransactionalMailRequest,
        fields=(
            BodyField(
                name="BrandID",
                attribute="brand_id",
                keyword="brand_id",
                required=True,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/BrandID",
                description="Optimail brand (account) ID, given by Optimove.",
            ),
            BodyField(
                name="Recipients",
                attribute="recipients",
                keyword="recipients",
                required=True,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/Recipients",
                description="Recipients (at most 200).",
            ),
            BodyField(
                name="FromEmail",
                attribute="from_email",
                keyword="from_email",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/FromEmail",
                description="Sender address.",
            ),
            BodyField(
                name="FromName",
                attribute="from_name",
                keyword="from_name",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/FromName",
                description="Sender name.",
            ),
            BodyField(
                name="ReplyTo",
                attribute="reply_to",
                keyword="reply_to",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/ReplyTo",
                description="Reply-to address.",
            ),
            BodyField(
                name="Subject",
                attribute="subject",
                keyword="subject",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/Subject",
                description="Subject line.",
            ),
            BodyField(
                name="Html",
                attribute="html",
                keyword="html",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/Html",
                description="HTML body.",
            ),
            BodyField(
                name="PlainText",
                attribute="plain_text",
                keyword="plain_text",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/PlainText",
                description="Plain-text body.",
            ),
            BodyField(
                name="Bcc",
                attribute="bcc",
                keyword="bcc",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/Bcc",
                description="Blind-copy recipients (item fields not documented publicly).",
            ),
            BodyField(
                name="Attachments",
                attribute="attachments",
                keyword="attachments",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/Attachments",
                description="Files to attach.",
            ),
            BodyField(
                name="ScheduleTime",
                attribute="schedule_time",
                keyword="schedule_time",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/ScheduleTime",
                description="When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.",
            ),
            BodyField(
                name="UniqueMessageID",
                attribute="unique_message_id",
                keyword="unique_message_id",
                required=False,
                schema="#/components/schemas/SendFinalizedTransactionalMailRequest/properties/UniqueMessageID",
                description="Idempotency key (at most 254 characters): a repeat is answered 409.",
            ),
        ),
    ),
    result=Result(
        kind="object",
        model=SendFinalizedTransactionalMailResult,
        value_field=None,
        fields=("IsSuccess", "SendID", "Error"),
        schema="#/components/schemas/SendFinalizedTransactionalMailResult",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TEMPLATE_DETAILS_PARAMETERS: tuple[Parameter, ...] = ()
GET_TEMPLATE_DETAILS = Operation(
    operation_id="GetTemplateDetails",
    category="transactional_mail",
    name="get_template_details",
    summary="All transactional (Optimail) templates with content and attributes.",
    method="GET",
    path="/current/transactionalmail/GetTemplateDetails",
    build=_get_template_details._get_kwargs,
    parameters=_GET_TEMPLATE_DETAILS_PARAMETERS,
    body=None,
    result=Result(
        kind="list",
        model=GetTemplateDetailsItem,
        value_field=None,
        fields=("TemplateID", "TemplateName", "TemplateContent", "TemplateAttributes"),
        schema="#/components/schemas/GetTemplateDetailsItem",
    ),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TRANSACTIONAL_TEMPLATE_METRICS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="TemplateID",
        argument="template_id",
        keyword="template_id",
        required=True,
        schema="#/paths/~1current~1transactionalmail~1GetTransactionalTemplateMetrics/get/parameters/0/schema",
        description="Template whose metrics are returned (inferred).",
    ),
    Parameter(
        name="StartDate",
        argument="start_date",
        keyword="start_date",
        required=False,
        schema="#/paths/~1current~1transactionalmail~1GetTransactionalTemplateMetrics/get/parameters/1/schema",
        description="First date of the range, YYYY-MM-DD.",
    ),
    Parameter(
        name="EndDate",
        argument="end_date",
        keyword="end_date",
        required=False,
        schema="#/paths/~1current~1transactionalmail~1GetTransactionalTemplateMetrics/get/parameters/2/schema",
        description="Last date of the range, YYYY-MM-DD.",
    ),
)
GET_TRANSACTIONAL_TEMPLATE_METRICS = Operation(
    operation_id="GetTransactionalTemplateMetrics",
    category="transactional_mail",
    name="get_transactional_template_metrics",
    summary="Post-send metrics of one transactional template over time.",
    method="GET",
    path="/current/transactionalmail/GetTransactionalTemplateMetrics",
    build=_get_transactional_template_metrics._get_kwargs,
    parameters=_GET_TRANSACTIONAL_TEMPLATE_METRICS_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


_GET_TRANSACTIONAL_USER_METRICS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        name="Email",
        argument="email",
        keyword="email",
        required=True,
        schema="#/paths/~1current~1transactionalmail~1GetTransactionalUserMetrics/get/parameters/0/schema",
        description="Recipient address (inferred).",
    ),
)
GET_TRANSACTIONAL_USER_METRICS = Operation(
    operation_id="GetTransactionalUserMetrics",
    category="transactional_mail",
    name="get_transactional_user_metrics",
    summary="Post-send transactional email metrics for one recipient.",
    method="GET",
    path="/current/transactionalmail/GetTransactionalUserMetrics",
    build=_get_transactional_user_metrics._get_kwargs,
    parameters=_GET_TRANSACTIONAL_USER_METRICS_PARAMETERS,
    body=None,
    result=Result(kind="any"),
    paging=None,
    attributes=None,
    rate_limit_exempt=False,
    max_list_items=None,
    required_one_of=(),
)


# Every operation, in the spec's order.
OPERATIONS: tuple[Operation, ...] = (
    LOGIN,
    API_KEY_INFO,
    GET_LAST_DATA_UPDATE,
    REGISTER_EVENT_LISTENER,
    UNREGISTER_EVENT_LISTENER,
    GET_REGISTERED_EVENT_LISTENERS,
    GET_CUSTOMER_ATTRIBUTE_LIST,
    GET_LIFECYCLE_STAGE_LIST,
    GET_MICROSEGMENT_LIST,
    GET_MICROSEGMENT_CHANGERS,
    GET_ALL_ACTIONS,
    GET_ACTIONS_BY_TARGET_GROUP,
    GET_ACTION_ID,
    GET_ACTION_NAME,
    GET_ACTION_DETAILS_BY_TARGET_GROUP,
    GET_PROMO_CODES,
    GET_PROMO_CODES_BY_CAMPAIGN,
    GET_PROMO_CODES_BY_TARGET_GROUP,
    GET_EXECUTED_CAMPAIGN_DETAILS,
    GET_CAMPAIGN_DETAILS,
    GET_EXECUTION_CHANNELS,
    GET_EXECUTED_CAMPAIGNS_BY_CHANNEL,
    GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS,
    GET_TARGET_GROUPS_BY_DATE,
    GET_TARGET_GROUP_ID,
    GET_TARGET_GROUP_NAME,
    GET_TARGET_GROUP_DETAILS,
    GET_VALUE_SEGMENTS,
    GET_VALUE_SEGMENT_ID,
    GET_VALUE_SEGMENT_NAME,
    GET_CUSTOMERS_BY_VALUE_SEGMENT,
    GET_VALUE_SEGMENT_CHANGERS,
    GET_CURRENTLY_TARGETED_CUSTOMERS,
    GET_CANCELED_CAMPAIGN_CUSTOMERS,
    GET_PROCESSED_CAMPAIGN_CUSTOMERS,
    GET_CUSTOMER_LAST_ACTION_EXECUTED,
    GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP,
    GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN,
    GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE,
    GET_CUSTOMERS_BY_ACTION,
    GET_CUSTOMERS_ACTION_ENDED_BY_DATE,
    GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN,
    GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL,
    GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN,
    GET_CUSTOMER_ACTION_DETAILS_BY_DATE,
    GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE,
    GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN,
    GET_CUSTOMER_PRODUCT_RECOMMENDATIONS,
    GET_CUSTOMER_FUTURE_VALUES,
    GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES,
    GET_CAMPAIGN_INTERACTION_CUSTOMERS,
    GET_CUSTOMER_CHANNEL_INTERACTIONS,
    GET_CUSTOMER_ATTRIBUTES,
    ADD_CUSTOMER_ATTRIBUTE,
    UPDATE_CUSTOMER_ATTRIBUTES,
    UPSERT_CUSTOMER,
    GET_CUSTOMER_ATTRIBUTE_CHANGERS,
    REMOVE_CUSTOMER_PII,
    GET_TARGET_GROUP_CHANGERS,
    GET_CHANNEL_TEMPLATES,
    GET_CHANNEL_TEMPLATE_DETAILS,
    ADD_CHANNEL_TEMPLATES,
    DELETE_CHANNEL_TEMPLATES,
    ADD_CHANNEL_APPS,
    DELETE_CHANNEL_APPS,
    UPDATE_CAMPAIGN_METRICS,
    UPDATE_CAMPAIGN_INTERACTIONS,
    SET_CUSTOMER_CHANNEL_PREFERENCE,
    UPDATE_CUSTOMER_PROMOTION_STATUS,
    GET_PROMOTIONS,
    ADD_PROMOTIONS,
    DELETE_PROMOTIONS,
    ADD_TEMPLATE,
    UPDATE_TEMPLATE,
    ADD_UNSUBSCRIBERS,
    DELETE_UNSUBSCRIBERS,
    GET_UNSUBSCRIBERS,
    SEND_TRANSACTIONAL_MAIL,
    SEND_FINALIZED_TRANSACTIONAL_MAIL,
    GET_TEMPLATE_DETAILS,
    GET_TRANSACTIONAL_TEMPLATE_METRICS,
    GET_TRANSACTIONAL_USER_METRICS,
)
