# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""Contains all the data models used in inputs/outputs.

A model's module is imported when its name is first used, so that importing the client does not import
them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_channel_apps_request_item import AddChannelAppsRequestItem
    from .add_channel_templates_request_item import AddChannelTemplatesRequestItem
    from .add_customer_attribute_request import AddCustomerAttributeRequest
    from .add_customer_attribute_result import AddCustomerAttributeResult
    from .add_promotions_request_item import AddPromotionsRequestItem
    from .add_template_request import AddTemplateRequest
    from .add_unsubscribers_request import AddUnsubscribersRequest
    from .add_unsubscribers_result import AddUnsubscribersResult
    from .attribute_delimiter import AttributeDelimiter
    from .attribute_value import AttributeValue
    from .delete_channel_apps_request_item import DeleteChannelAppsRequestItem
    from .delete_channel_templates_request_item import DeleteChannelTemplatesRequestItem
    from .delete_promotions_request_item import DeletePromotionsRequestItem
    from .delete_unsubscribers_request import DeleteUnsubscribersRequest
    from .delete_unsubscribers_result import DeleteUnsubscribersResult
    from .event_type import EventType
    from .get_action_details_by_target_group_item import (
        GetActionDetailsByTargetGroupItem,
    )
    from .get_action_id_result import GetActionIDResult
    from .get_action_name_result import GetActionNameResult
    from .get_actions_by_target_group_item import GetActionsByTargetGroupItem
    from .get_all_actions_item import GetAllActionsItem
    from .get_campaign_details_result import GetCampaignDetailsResult
    from .get_campaign_details_result_channels_item import (
        GetCampaignDetailsResultChannelsItem,
    )
    from .get_campaign_interaction_customers_item import (
        GetCampaignInteractionCustomersItem,
    )
    from .get_canceled_campaign_customers_item import GetCanceledCampaignCustomersItem
    from .get_channel_templates_item import GetChannelTemplatesItem
    from .get_currently_targeted_customers_item import GetCurrentlyTargetedCustomersItem
    from .get_customer_action_details_by_date_item import (
        GetCustomerActionDetailsByDateItem,
    )
    from .get_customer_actions_by_target_group_item import (
        GetCustomerActionsByTargetGroupItem,
    )
    from .get_customer_attribute_changers_item import GetCustomerAttributeChangersItem
    from .get_customer_attribute_list_item import GetCustomerAttributeListItem
    from .get_customer_attributes_item import GetCustomerAttributesItem
    from .get_customer_channel_interactions_item import (
        GetCustomerChannelInteractionsItem,
    )
    from .get_customer_execution_details_by_campaign_item import (
        GetCustomerExecutionDetailsByCampaignItem,
    )
    from .get_customer_future_values_item import GetCustomerFutureValuesItem
    from .get_customer_last_action_executed_result import (
        GetCustomerLastActionExecutedResult,
    )
    from .get_customer_one_time_actions_by_campaign_item import (
        GetCustomerOneTimeActionsByCampaignItem,
    )
    from .get_customer_one_time_actions_by_date_item import (
        GetCustomerOneTimeActionsByDateItem,
    )
    from .get_customer_product_details_by_campaign_item import (
        GetCustomerProductDetailsByCampaignItem,
    )
    from .get_customer_product_details_by_date_item import (
        GetCustomerProductDetailsByDateItem,
    )
    from .get_customer_product_recommendations_item import (
        GetCustomerProductRecommendationsItem,
    )
    from .get_customer_send_details_by_campaign_item import (
        GetCustomerSendDetailsByCampaignItem,
    )
    from .get_customer_send_details_by_channel_item import (
        GetCustomerSendDetailsByChannelItem,
    )
    from .get_customers_action_ended_by_date_item import (
        GetCustomersActionEndedByDateItem,
    )
    from .get_customers_by_action_item import GetCustomersByActionItem
    from .get_customers_by_value_segment_item import GetCustomersByValueSegmentItem
    from .get_executed_campaign_channel_details_item import (
        GetExecutedCampaignChannelDetailsItem,
    )
    from .get_executed_campaign_details_item import GetExecutedCampaignDetailsItem
    from .get_executed_campaigns_by_channel_item import (
        GetExecutedCampaignsByChannelItem,
    )
    from .get_execution_channels_item import GetExecutionChannelsItem
    from .get_last_data_update_result import GetLastDataUpdateResult
    from .get_lifecycle_stage_list_item import GetLifecycleStageListItem
    from .get_microsegment_changers_item import GetMicrosegmentChangersItem
    from .get_microsegment_list_item import GetMicrosegmentListItem
    from .get_processed_campaign_customers_item import GetProcessedCampaignCustomersItem
    from .get_promo_codes_by_campaign_item import GetPromoCodesByCampaignItem
    from .get_promo_codes_by_target_group_item import GetPromoCodesByTargetGroupItem
    from .get_promo_codes_item import GetPromoCodesItem
    from .get_promotions_item import GetPromotionsItem
    from .get_registered_event_listeners_item import GetRegisteredEventListenersItem
    from .get_target_group_changers_item import GetTargetGroupChangersItem
    from .get_target_group_details_item import GetTargetGroupDetailsItem
    from .get_target_group_id_result import GetTargetGroupIDResult
    from .get_target_group_name_result import GetTargetGroupNameResult
    from .get_target_groups_by_date_item import GetTargetGroupsByDateItem
    from .get_template_details_item import GetTemplateDetailsItem
    from .get_unsubscribers_item import GetUnsubscribersItem
    from .get_value_segment_changers_item import GetValueSegmentChangersItem
    from .get_value_segment_id_result import GetValueSegmentIDResult
    from .get_value_segment_name_result import GetValueSegmentNameResult
    from .get_value_segments_item import GetValueSegmentsItem
    from .login_request import LoginRequest
    from .register_event_listener_request import RegisterEventListenerRequest
    from .remove_customer_pii_request import RemoveCustomerPIIRequest
    from .remove_customer_pii_result import RemoveCustomerPIIResult
    from .send_finalized_transactional_mail_request import (
        SendFinalizedTransactionalMailRequest,
    )
    from .send_finalized_transactional_mail_request_attachments_item import (
        SendFinalizedTransactionalMailRequestAttachmentsItem,
    )
    from .send_finalized_transactional_mail_request_bcc_item import (
        SendFinalizedTransactionalMailRequestBccItem,
    )
    from .send_finalized_transactional_mail_request_recipients_item import (
        SendFinalizedTransactionalMailRequestRecipientsItem,
    )
    from .send_finalized_transactional_mail_result import (
        SendFinalizedTransactionalMailResult,
    )
    from .send_transactional_mail_request import SendTransactionalMailRequest
    from .send_transactional_mail_request_attachments_item import (
        SendTransactionalMailRequestAttachmentsItem,
    )
    from .send_transactional_mail_request_recipients_item import (
        SendTransactionalMailRequestRecipientsItem,
    )
    from .send_transactional_mail_request_recipients_item_personalizations_item import (
        SendTransactionalMailRequestRecipientsItemPersonalizationsItem,
    )
    from .send_transactional_mail_result import SendTransactionalMailResult
    from .set_customer_channel_preference_request import (
        SetCustomerChannelPreferenceRequest,
    )
    from .unregister_event_listener_request import UnregisterEventListenerRequest
    from .update_campaign_interactions_request import UpdateCampaignInteractionsRequest
    from .update_campaign_metrics_request_item import UpdateCampaignMetricsRequestItem
    from .update_customer_attributes_request import UpdateCustomerAttributesRequest
    from .update_customer_attributes_request_customer_new_attributes_values_list_item import (
        UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem,
    )
    from .update_customer_attributes_result import UpdateCustomerAttributesResult
    from .update_customer_attributes_result_errors_item import (
        UpdateCustomerAttributesResultErrorsItem,
    )
    from .update_customer_promotion_status_request import (
        UpdateCustomerPromotionStatusRequest,
    )
    from .update_customer_promotion_status_request_promos_updated_item import (
        UpdateCustomerPromotionStatusRequestPromosUpdatedItem,
    )
    from .update_template_request import UpdateTemplateRequest
    from .upsert_customer_request import UpsertCustomerRequest
    from .upsert_customer_request_attributes_item import (
        UpsertCustomerRequestAttributesItem,
    )
    from .upsert_customer_result import UpsertCustomerResult

_MODULES = {
    "AddChannelAppsRequestItem": "add_channel_apps_request_item",
    "AddChannelTemplatesRequestItem": "add_channel_templates_request_item",
    "AddCustomerAttributeRequest": "add_customer_attribute_request",
    "AddCustomerAttributeResult": "add_customer_attribute_result",
    "AddPromotionsRequestItem": "add_promotions_request_item",
    "AddTemplateRequest": "add_template_request",
    "AddUnsubscribersRequest": "add_unsubscribers_request",
    "AddUnsubscribersResult": "add_unsubscribers_result",
    "AttributeDelimiter": "attribute_delimiter",
    "AttributeValue": "attribute_value",
    "DeleteChannelAppsRequestItem": "delete_channel_apps_request_item",
    "DeleteChannelTemplatesRequestItem": "delete_channel_templates_request_item",
    "DeletePromotionsRequestItem": "delete_promotions_request_item",
    "DeleteUnsubscribersRequest": "delete_unsubscribers_request",
    "DeleteUnsubscribersResult": "delete_unsubscribers_result",
    "EventType": "event_type",
    "GetActionDetailsByTargetGroupItem": "get_action_details_by_target_group_item",
    "GetActionIDResult": "get_action_id_result",
    "GetActionNameResult": "get_action_name_result",
    "GetActionsByTargetGroupItem": "get_actions_by_target_group_item",
    "GetAllActionsItem": "get_all_actions_item",
    "GetCampaignDetailsResult": "get_campaign_details_result",
    "GetCampaignDetailsResultChannelsItem": "get_campaign_details_result_channels_item",
    "GetCampaignInteractionCustomersItem": "get_campaign_interaction_customers_item",
    "GetCanceledCampaignCustomersItem": "get_canceled_campaign_customers_item",
    "GetChannelTemplatesItem": "get_channel_templates_item",
    "GetCurrentlyTargetedCustomersItem": "get_currently_targeted_customers_item",
    "GetCustomerActionDetailsByDateItem": "get_customer_action_details_by_date_item",
    "GetCustomerActionsByTargetGroupItem": "get_customer_actions_by_target_group_item",
    "GetCustomerAttributeChangersItem": "get_customer_attribute_changers_item",
    "GetCustomerAttributeListItem": "get_customer_attribute_list_item",
    "GetCustomerAttributesItem": "get_customer_attributes_item",
    "GetCustomerChannelInteractionsItem": "get_customer_channel_interactions_item",
    "GetCustomerExecutionDetailsByCampaignItem": "get_customer_execution_details_by_campaign_item",
    "GetCustomerFutureValuesItem": "get_customer_future_values_item",
    "GetCustomerLastActionExecutedResult": "get_customer_last_action_executed_result",
    "GetCustomerOneTimeActionsByCampaignItem": "get_customer_one_time_actions_by_campaign_item",
    "GetCustomerOneTimeActionsByDateItem": "get_customer_one_time_actions_by_date_item",
    "GetCustomerProductDetailsByCampaignItem": "get_customer_product_details_by_campaign_item",
    "GetCustomerProductDetailsByDateItem": "get_customer_product_details_by_date_item",
    "GetCustomerProductRecommendationsItem": "get_customer_product_recommendations_item",
    "GetCustomerSendDetailsByCampaignItem": "get_customer_send_details_by_campaign_item",
    "GetCustomerSendDetailsByChannelItem": "get_customer_send_details_by_channel_item",
    "GetCustomersActionEndedByDateItem": "get_customers_action_ended_by_date_item",
    "GetCustomersByActionItem": "get_customers_by_action_item",
    "GetCustomersByValueSegmentItem": "get_customers_by_value_segment_item",
    "GetExecutedCampaignChannelDetailsItem": "get_executed_campaign_channel_details_item",
    "GetExecutedCampaignDetailsItem": "get_executed_campaign_details_item",
    "GetExecutedCampaignsByChannelItem": "get_executed_campaigns_by_channel_item",
    "GetExecutionChannelsItem": "get_execution_channels_item",
    "GetLastDataUpdateResult": "get_last_data_update_result",
    "GetLifecycleStageListItem": "get_lifecycle_stage_list_item",
    "GetMicrosegmentChangersItem": "get_microsegment_changers_item",
    "GetMicrosegmentListItem": "get_microsegment_list_item",
    "GetProcessedCampaignCustomersItem": "get_processed_campaign_customers_item",
    "GetPromoCodesByCampaignItem": "get_promo_codes_by_campaign_item",
    "GetPromoCodesByTargetGroupItem": "get_promo_codes_by_target_group_item",
    "GetPromoCodesItem": "get_promo_codes_item",
    "GetPromotionsItem": "get_promotions_item",
    "GetRegisteredEventListenersItem": "get_registered_event_listeners_item",
    "GetTargetGroupChangersItem": "get_target_group_changers_item",
    "GetTargetGroupDetailsItem": "get_target_group_details_item",
    "GetTargetGroupIDResult": "get_target_group_id_result",
    "GetTargetGroupNameResult": "get_target_group_name_result",
    "GetTargetGroupsByDateItem": "get_target_groups_by_date_item",
    "GetTemplateDetailsItem": "get_template_details_item",
    "GetUnsubscribersItem": "get_unsubscribers_item",
    "GetValueSegmentChangersItem": "get_value_segment_changers_item",
    "GetValueSegmentIDResult": "get_value_segment_id_result",
    "GetValueSegmentNameResult": "get_value_segment_name_result",
    "GetValueSegmentsItem": "get_value_segments_item",
    "LoginRequest": "login_request",
    "RegisterEventListenerRequest": "register_event_listener_request",
    "RemoveCustomerPIIRequest": "remove_customer_pii_request",
    "RemoveCustomerPIIResult": "remove_customer_pii_result",
    "SendFinalizedTransactionalMailRequest": "send_finalized_transactional_mail_request",
    "SendFinalizedTransactionalMailRequestAttachmentsItem": "send_finalized_transactional_mail_request_attachments_item",
    "SendFinalizedTransactionalMailRequestBccItem": "send_finalized_transactional_mail_request_bcc_item",
    "SendFinalizedTransactionalMailRequestRecipientsItem": "send_finalized_transactional_mail_request_recipients_item",
    "SendFinalizedTransactionalMailResult": "send_finalized_transactional_mail_result",
    "SendTransactionalMailRequest": "send_transactional_mail_request",
    "SendTransactionalMailRequestAttachmentsItem": "send_transactional_mail_request_attachments_item",
    "SendTransactionalMailRequestRecipientsItem": "send_transactional_mail_request_recipients_item",
    "SendTransactionalMailRequestRecipientsItemPersonalizationsItem": "send_transactional_mail_request_recipients_item_personalizations_item",
    "SendTransactionalMailResult": "send_transactional_mail_result",
    "SetCustomerChannelPreferenceRequest": "set_customer_channel_preference_request",
    "UnregisterEventListenerRequest": "unregister_event_listener_request",
    "UpdateCampaignInteractionsRequest": "update_campaign_interactions_request",
    "UpdateCampaignMetricsRequestItem": "update_campaign_metrics_request_item",
    "UpdateCustomerAttributesRequest": "update_customer_attributes_request",
    "UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem": "update_customer_attributes_request_customer_new_attributes_values_list_item",
    "UpdateCustomerAttributesResult": "update_customer_attributes_result",
    "UpdateCustomerAttributesResultErrorsItem": "update_customer_attributes_result_errors_item",
    "UpdateCustomerPromotionStatusRequest": "update_customer_promotion_status_request",
    "UpdateCustomerPromotionStatusRequestPromosUpdatedItem": "update_customer_promotion_status_request_promos_updated_item",
    "UpdateTemplateRequest": "update_template_request",
    "UpsertCustomerRequest": "upsert_customer_request",
    "UpsertCustomerRequestAttributesItem": "upsert_customer_request_attributes_item",
    "UpsertCustomerResult": "upsert_customer_result",
}

__all__ = (
    "AddChannelAppsRequestItem",
    "AddChannelTemplatesRequestItem",
    "AddCustomerAttributeRequest",
    "AddCustomerAttributeResult",
    "AddPromotionsRequestItem",
    "AddTemplateRequest",
    "AddUnsubscribersRequest",
    "AddUnsubscribersResult",
    "AttributeDelimiter",
    "AttributeValue",
    "DeleteChannelAppsRequestItem",
    "DeleteChannelTemplatesRequestItem",
    "DeletePromotionsRequestItem",
    "DeleteUnsubscribersRequest",
    "DeleteUnsubscribersResult",
    "EventType",
    "GetActionDetailsByTargetGroupItem",
    "GetActionIDResult",
    "GetActionNameResult",
    "GetActionsByTargetGroupItem",
    "GetAllActionsItem",
    "GetCampaignDetailsResult",
    "GetCampaignDetailsResultChannelsItem",
    "GetCampaignInteractionCustomersItem",
    "GetCanceledCampaignCustomersItem",
    "GetChannelTemplatesItem",
    "GetCurrentlyTargetedCustomersItem",
    "GetCustomerActionDetailsByDateItem",
    "GetCustomerActionsByTargetGroupItem",
    "GetCustomerAttributeChangersItem",
    "GetCustomerAttributeListItem",
    "GetCustomerAttributesItem",
    "GetCustomerChannelInteractionsItem",
    "GetCustomerExecutionDetailsByCampaignItem",
    "GetCustomerFutureValuesItem",
    "GetCustomerLastActionExecutedResult",
    "GetCustomerOneTimeActionsByCampaignItem",
    "GetCustomerOneTimeActionsByDateItem",
    "GetCustomerProductDetailsByCampaignItem",
    "GetCustomerProductDetailsByDateItem",
    "GetCustomerProductRecommendationsItem",
    "GetCustomerSendDetailsByCampaignItem",
    "GetCustomerSendDetailsByChannelItem",
    "GetCustomersActionEndedByDateItem",
    "GetCustomersByActionItem",
    "GetCustomersByValueSegmentItem",
    "GetExecutedCampaignChannelDetailsItem",
    "GetExecutedCampaignDetailsItem",
    "GetExecutedCampaignsByChannelItem",
    "GetExecutionChannelsItem",
    "GetLastDataUpdateResult",
    "GetLifecycleStageListItem",
    "GetMicrosegmentChangersItem",
    "GetMicrosegmentListItem",
    "GetProcessedCampaignCustomersItem",
    "GetPromoCodesByCampaignItem",
    "GetPromoCodesByTargetGroupItem",
    "GetPromoCodesItem",
    "GetPromotionsItem",
    "GetRegisteredEventListenersItem",
    "GetTargetGroupChangersItem",
    "GetTargetGroupDetailsItem",
    "GetTargetGroupIDResult",
    "GetTargetGroupNameResult",
    "GetTargetGroupsByDateItem",
    "GetTemplateDetailsItem",
    "GetUnsubscribersItem",
    "GetValueSegmentChangersItem",
    "GetValueSegmentIDResult",
    "GetValueSegmentNameResult",
    "GetValueSegmentsItem",
    "LoginRequest",
    "RegisterEventListenerRequest",
    "RemoveCustomerPIIRequest",
    "RemoveCustomerPIIResult",
    "SendFinalizedTransactionalMailRequest",
    "SendFinalizedTransactionalMailRequestAttachmentsItem",
    "SendFinalizedTransactionalMailRequestBccItem",
    "SendFinalizedTransactionalMailRequestRecipientsItem",
    "SendFinalizedTransactionalMailResult",
    "SendTransactionalMailRequest",
    "SendTransactionalMailRequestAttachmentsItem",
    "SendTransactionalMailRequestRecipientsItem",
    "SendTransactionalMailRequestRecipientsItemPersonalizationsItem",
    "SendTransactionalMailResult",
    "SetCustomerChannelPreferenceRequest",
    "UnregisterEventListenerRequest",
    "UpdateCampaignInteractionsRequest",
    "UpdateCampaignMetricsRequestItem",
    "UpdateCustomerAttributesRequest",
    "UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem",
    "UpdateCustomerAttributesResult",
    "UpdateCustomerAttributesResultErrorsItem",
    "UpdateCustomerPromotionStatusRequest",
    "UpdateCustomerPromotionStatusRequestPromosUpdatedItem",
    "UpdateTemplateRequest",
    "UpsertCustomerRequest",
    "UpsertCustomerRequestAttributesItem",
    "UpsertCustomerResult",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later uses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
