# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""Contains all the data models used in inputs/outputs"""

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
from .get_action_details_by_target_group_item import GetActionDetailsByTargetGroupItem
from .get_action_id_result import GetActionIDResult
from .get_action_name_result import GetActionNameResult
from .get_actions_by_target_group_item import GetActionsByTargetGroupItem
from .get_all_actions_item import GetAllActionsItem
from .get_campaign_details_result import GetCampaignDetailsResult
from .get_campaign_details_result_channels_item import (
    GetCampaignDetailsResultChannelsItem,
)
from .get_campaign_interaction_customers_item import GetCampaignInteractionCustomersItem
from .get_canceled_campaign_customers_item import GetCanceledCampaignCustomersItem
from .get_channel_templates_item import GetChannelTemplatesItem
from .get_currently_targeted_customers_item import GetCurrentlyTargetedCustomersItem
from .get_customer_action_details_by_date_item import GetCustomerActionDetailsByDateItem
from .get_customer_actions_by_target_group_item import (
    GetCustomerActionsByTargetGroupItem,
)
from .get_customer_attribute_changers_item import GetCustomerAttributeChangersItem
from .get_customer_attribute_list_item import GetCustomerAttributeListItem
from .get_customer_attributes_item import GetCustomerAttributesItem
from .get_customer_channel_interactions_item import GetCustomerChannelInteractionsItem
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
from .get_customers_action_ended_by_date_item import GetCustomersActionEndedByDateItem
from .get_customers_by_action_item import GetCustomersByActionItem
from .get_customers_by_value_segment_item import GetCustomersByValueSegmentItem
from .get_executed_campaign_channel_details_item import (
    GetExecutedCampaignChannelDetailsItem,
)
from .get_executed_campaign_details_item import GetExecutedCampaignDetailsItem
from .get_executed_campaigns_by_channel_item import GetExecutedCampaignsByChannelItem
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
from .set_customer_channel_preference_request import SetCustomerChannelPreferenceRequest
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
from .upsert_customer_request_attributes_item import UpsertCustomerRequestAttributesItem
from .upsert_customer_result import UpsertCustomerResult

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
    "GetCustomersActionEndedByDateItem",
    "GetCustomersByActionItem",
    "GetCustomersByValueSegmentItem",
    "GetCustomerSendDetailsByCampaignItem",
    "GetCustomerSendDetailsByChannelItem",
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
