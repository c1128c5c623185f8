# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""Typed entry points for every operation of spec/optimove.yaml, grouped by category.

Each operation is a class whose methods only gather their keyword arguments; they hand them, with the
operation's record from operations.py, to the runner that optimove_client supplies (protocols.py).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, cast

from . import operations as _operations
from .models import (
    AddChannelAppsRequestItem,
    AddChannelTemplatesRequestItem,
    AddCustomerAttributeRequest,
    AddCustomerAttributeResult,
    AddPromotionsRequestItem,
    AddTemplateRequest,
    AddUnsubscribersRequest,
    AddUnsubscribersResult,
    AttributeDelimiter,
    DeleteChannelAppsRequestItem,
    DeleteChannelTemplatesRequestItem,
    DeletePromotionsRequestItem,
    DeleteUnsubscribersRequest,
    DeleteUnsubscribersResult,
    EventType,
    GetActionDetailsByTargetGroupItem,
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
    GetLifecycleStageListItem,
    GetMicrosegmentListItem,
    GetPromoCodesByCampaignItem,
    GetPromoCodesByTargetGroupItem,
    GetPromoCodesItem,
    GetPromotionsItem,
    GetRegisteredEventListenersItem,
    GetTargetGroupDetailsItem,
    GetTargetGroupsByDateItem,
    GetTemplateDetailsItem,
    GetValueSegmentsItem,
    LoginRequest,
    RegisterEventListenerRequest,
    RemoveCustomerPIIRequest,
    RemoveCustomerPIIResult,
    SendFinalizedTransactionalMailRequest,
    SendFinalizedTransactionalMailRequestAttachmentsItem,
    SendFinalizedTransactionalMailRequestBccItem,
    SendFinalizedTransactionalMailRequestRecipientsItem,
    SendFinalizedTransactionalMailResult,
    SendTransactionalMailRequest,
    SendTransactionalMailRequestAttachmentsItem,
    SendTransactionalMailRequestRecipientsItem,
    SendTransactionalMailResult,
    SetCustomerChannelPreferenceRequest,
    UnregisterEventListenerRequest,
    UpdateCampaignInteractionsRequest,
    UpdateCampaignMetricsRequestItem,
    UpdateCustomerAttributesRequest,
    UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem,
    UpdateCustomerAttributesResult,
    UpdateCustomerPromotionStatusRequest,
    UpdateCustomerPromotionStatusRequestPromosUpdatedItem,
    UpdateTemplateRequest,
    UpsertCustomerRequest,
    UpsertCustomerRequestAttributesItem,
    UpsertCustomerResult,
)
from .protocols import (
    AsyncBoundOperation,
    AsyncRunner,
    BatchProgress,
    BatchSummary,
    BoundOperation,
    Page,
    PageList,
    PagingProgress,
    Runner,
)
from .protocols import body as _body
from .protocols import extras as _extras
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

__all__ = [
    "AsyncOperations",
    "BatchProgress",
    "BatchSummary",
    "Operations",
    "Page",
    "PageList",
    "PagingProgress",
]


class Login(BoundOperation):
    """Exchanges a username and password for a session token that must be sent on later calls.

    POST /current/general/login."""

    operation = _operations.LOGIN

    def __call__(
        self,
        *,
        user_name: str,
        password: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Exchanges a username and password for a session token that must be sent on later calls.

        Login: POST /current/general/login.

        Args:
            user_name: User name given by Optimove. Servers match the field name case-insensitively (Username works
                too).
            password: Password of that user.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"body": _body(LoginRequest, user_name=user_name, password=password)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncLogin(AsyncBoundOperation):
    """Exchanges a username and password for a session token that must be sent on later calls.

    POST /current/general/login."""

    operation = _operations.LOGIN

    async def __call__(
        self,
        *,
        user_name: str,
        password: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Exchanges a username and password for a session token that must be sent on later calls.

        Login: POST /current/general/login.

        Args:
            user_name: User name given by Optimove. Servers match the field name case-insensitively (Username works
                too).
            password: Password of that user.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"body": _body(LoginRequest, user_name=user_name, password=password)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class ApiKeyInfo(BoundOperation):
    """Returns information about the API key used to make the call.

    GET /ApiKey/ApiKeyInfo."""

    operation = _operations.API_KEY_INFO

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Returns information about the API key used to make the call.

        ApiKeyInfo: GET /ApiKey/ApiKeyInfo.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns information about the API key used to make the call.

        ApiKeyInfo: GET /ApiKey/ApiKeyInfo. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncApiKeyInfo(AsyncBoundOperation):
    """Returns information about the API key used to make the call.

    GET /ApiKey/ApiKeyInfo."""

    operation = _operations.API_KEY_INFO

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Returns information about the API key used to make the call.

        ApiKeyInfo: GET /ApiKey/ApiKeyInfo.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns information about the API key used to make the call.

        ApiKeyInfo: GET /ApiKey/ApiKeyInfo. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetLastDataUpdate(BoundOperation):
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

    GET /current/general/GetLastDataUpdate."""

    operation = _operations.GET_LAST_DATA_UPDATE

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> datetime.date | None:
        """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

        GetLastDataUpdate: GET /current/general/GetLastDataUpdate.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "datetime.date | None",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

        GetLastDataUpdate: GET /current/general/GetLastDataUpdate. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetLastDataUpdate(AsyncBoundOperation):
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

    GET /current/general/GetLastDataUpdate."""

    operation = _operations.GET_LAST_DATA_UPDATE

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> datetime.date | None:
        """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

        GetLastDataUpdate: GET /current/general/GetLastDataUpdate.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "datetime.date | None",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

        GetLastDataUpdate: GET /current/general/GetLastDataUpdate. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class RegisterEventListener(BoundOperation):
    """Registers a URL (webhook) that Optimove will call when events of a given type happen, optionally only for one execution channel.

    POST /current/general/RegisterEventListener."""

    operation = _operations.REGISTER_EVENT_LISTENER

    def __call__(
        self,
        *,
        event_type_id: EventType,
        listener_url: str,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers a URL (webhook) that Optimove will call when events of a given type happen, optionally only for one execution channel.

        RegisterEventListener: POST /current/general/RegisterEventListener.

        Args:
            event_type_id: Event type: 1 campaign processed, 2 all of today's campaigns processed, 3 daily process
                finished, 4 campaign canceled, 5 conditional execution held for clearance, 11 real-time
                trigger met, 13 campaign executed on one channel.
            listener_url: Absolute URL that Optimove calls when the event happens.
            channel_id: Only notify for this execution channel (event types 11 and 13). Not allowed with event type 5.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        RegisterEventListenerRequest,
                        event_type_id=event_type_id,
                        listener_url=listener_url,
                        channel_id=channel_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncRegisterEventListener(AsyncBoundOperation):
    """Registers a URL (webhook) that Optimove will call when events of a given type happen, optionally only for one execution channel.

    POST /current/general/RegisterEventListener."""

    operation = _operations.REGISTER_EVENT_LISTENER

    async def __call__(
        self,
        *,
        event_type_id: EventType,
        listener_url: str,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers a URL (webhook) that Optimove will call when events of a given type happen, optionally only for one execution channel.

        RegisterEventListener: POST /current/general/RegisterEventListener.

        Args:
            event_type_id: Event type: 1 campaign processed, 2 all of today's campaigns processed, 3 daily process
                finished, 4 campaign canceled, 5 conditional execution held for clearance, 11 real-time
                trigger met, 13 campaign executed on one channel.
            listener_url: Absolute URL that Optimove calls when the event happens.
            channel_id: Only notify for this execution channel (event types 11 and 13). Not allowed with event type 5.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        RegisterEventListenerRequest,
                        event_type_id=event_type_id,
                        listener_url=listener_url,
                        channel_id=channel_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UnregisterEventListener(BoundOperation):
    """Tells Optimove to stop notifying the listener registered for an event type (and channel).

    POST /current/general/UnregisterEventListener."""

    operation = _operations.UNREGISTER_EVENT_LISTENER

    def __call__(
        self,
        *,
        event_type_id: EventType,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Tells Optimove to stop notifying the listener registered for an event type (and channel).

        UnregisterEventListener: POST /current/general/UnregisterEventListener.

        Args:
            event_type_id: Event type of the listener to remove (same codes as RegisterEventListener).
            channel_id: Channel of a channel-specific listener (inferred from RegisterEventListener, not confirmed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UnregisterEventListenerRequest,
                        event_type_id=event_type_id,
                        channel_id=channel_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUnregisterEventListener(AsyncBoundOperation):
    """Tells Optimove to stop notifying the listener registered for an event type (and channel).

    POST /current/general/UnregisterEventListener."""

    operation = _operations.UNREGISTER_EVENT_LISTENER

    async def __call__(
        self,
        *,
        event_type_id: EventType,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Tells Optimove to stop notifying the listener registered for an event type (and channel).

        UnregisterEventListener: POST /current/general/UnregisterEventListener.

        Args:
            event_type_id: Event type of the listener to remove (same codes as RegisterEventListener).
            channel_id: Channel of a channel-specific listener (inferred from RegisterEventListener, not confirmed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UnregisterEventListenerRequest,
                        event_type_id=event_type_id,
                        channel_id=channel_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetRegisteredEventListeners(BoundOperation):
    """Lists every listener currently registered for this account.

    GET /current/general/GetRegisteredEventListeners."""

    operation = _operations.GET_REGISTERED_EVENT_LISTENERS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetRegisteredEventListenersItem]:
        """Lists every listener currently registered for this account.

        GetRegisteredEventListeners: GET /current/general/GetRegisteredEventListeners.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetRegisteredEventListenersItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every listener currently registered for this account.

        GetRegisteredEventListeners: GET /current/general/GetRegisteredEventListeners. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetRegisteredEventListeners(AsyncBoundOperation):
    """Lists every listener currently registered for this account.

    GET /current/general/GetRegisteredEventListeners."""

    operation = _operations.GET_REGISTERED_EVENT_LISTENERS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetRegisteredEventListenersItem]:
        """Lists every listener currently registered for this account.

        GetRegisteredEventListeners: GET /current/general/GetRegisteredEventListeners.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetRegisteredEventListenersItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every listener currently registered for this account.

        GetRegisteredEventListeners: GET /current/general/GetRegisteredEventListeners. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerAttributeList(BoundOperation):
    """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

    GET /current/model/GetCustomerAttributeList."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTE_LIST

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerAttributeListItem]:
        """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

        GetCustomerAttributeList: GET /current/model/GetCustomerAttributeList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerAttributeListItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

        GetCustomerAttributeList: GET /current/model/GetCustomerAttributeList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerAttributeList(AsyncBoundOperation):
    """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

    GET /current/model/GetCustomerAttributeList."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTE_LIST

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerAttributeListItem]:
        """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

        GetCustomerAttributeList: GET /current/model/GetCustomerAttributeList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerAttributeListItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the customer attributes that can be requested via CustomerAttributes, with a description of each.

        GetCustomerAttributeList: GET /current/model/GetCustomerAttributeList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetLifecycleStageList(BoundOperation):
    """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

    GET /current/model/GetLifecycleStageList."""

    operation = _operations.GET_LIFECYCLE_STAGE_LIST

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetLifecycleStageListItem]:
        """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

        GetLifecycleStageList: GET /current/model/GetLifecycleStageList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetLifecycleStageListItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

        GetLifecycleStageList: GET /current/model/GetLifecycleStageList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetLifecycleStageList(AsyncBoundOperation):
    """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

    GET /current/model/GetLifecycleStageList."""

    operation = _operations.GET_LIFECYCLE_STAGE_LIST

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetLifecycleStageListItem]:
        """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

        GetLifecycleStageList: GET /current/model/GetLifecycleStageList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetLifecycleStageListItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all lifecycle stages (IDs and names), such as New, Active and Churn.

        GetLifecycleStageList: GET /current/model/GetLifecycleStageList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetMicrosegmentList(BoundOperation):
    """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

    GET /current/model/GetMicrosegmentList."""

    operation = _operations.GET_MICROSEGMENT_LIST

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetMicrosegmentListItem]:
        """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

        GetMicrosegmentList: GET /current/model/GetMicrosegmentList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetMicrosegmentListItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

        GetMicrosegmentList: GET /current/model/GetMicrosegmentList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetMicrosegmentList(AsyncBoundOperation):
    """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

    GET /current/model/GetMicrosegmentList."""

    operation = _operations.GET_MICROSEGMENT_LIST

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetMicrosegmentListItem]:
        """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

        GetMicrosegmentList: GET /current/model/GetMicrosegmentList.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetMicrosegmentListItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all microsegments with their lifecycle stage, predicted future value and churn rate.

        GetMicrosegmentList: GET /current/model/GetMicrosegmentList. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetMicrosegmentChangers(BoundOperation):
    """Lists customers whose microsegment changed, with before and after microsegment IDs.

    GET /current/model/GetMicrosegmentChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_MICROSEGMENT_CHANGERS

    def __call__(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetMicrosegmentChangersRow]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetMicrosegmentChangersRow]",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetMicrosegmentChangersRow]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetMicrosegmentChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetMicrosegmentChangersRow]]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetMicrosegmentChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetMicrosegmentChangers(AsyncBoundOperation):
    """Lists customers whose microsegment changed, with before and after microsegment IDs.

    GET /current/model/GetMicrosegmentChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_MICROSEGMENT_CHANGERS

    async def __call__(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetMicrosegmentChangersRow]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetMicrosegmentChangersRow]",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetMicrosegmentChangersRow]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetMicrosegmentChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetMicrosegmentChangersRow]]:
        """Lists customers whose microsegment changed, with before and after microsegment IDs.

        GetMicrosegmentChangers: GET /current/model/GetMicrosegmentChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD. Required by the previous docs; the current docs describe
                the function without a range (the last day with data), so it is optional here.
            end_date: Last date of the range, YYYY-MM-DD (see StartDate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetMicrosegmentChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetAllActions(BoundOperation):
    """Lists every defined action (ID and name).

    GET /current/actions/GetAllActions."""

    operation = _operations.GET_ALL_ACTIONS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetAllActionsItem]:
        """Lists every defined action (ID and name).

        GetAllActions: GET /current/actions/GetAllActions.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetAllActionsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every defined action (ID and name).

        GetAllActions: GET /current/actions/GetAllActions. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetAllActions(AsyncBoundOperation):
    """Lists every defined action (ID and name).

    GET /current/actions/GetAllActions."""

    operation = _operations.GET_ALL_ACTIONS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetAllActionsItem]:
        """Lists every defined action (ID and name).

        GetAllActions: GET /current/actions/GetAllActions.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetAllActionsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every defined action (ID and name).

        GetAllActions: GET /current/actions/GetAllActions. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetActionsByTargetGroup(BoundOperation):
    """For one target group on one date, lists the recipient groups and the action each received.

    GET /current/actions/GetActionsByTargetGroup."""

    operation = _operations.GET_ACTIONS_BY_TARGET_GROUP

    def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetActionsByTargetGroupItem]:
        """For one target group on one date, lists the recipient groups and the action each received.

        GetActionsByTargetGroup: GET /current/actions/GetActionsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetActionsByTargetGroupItem]",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, lists the recipient groups and the action each received.

        GetActionsByTargetGroup: GET /current/actions/GetActionsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetActionsByTargetGroup(AsyncBoundOperation):
    """For one target group on one date, lists the recipient groups and the action each received.

    GET /current/actions/GetActionsByTargetGroup."""

    operation = _operations.GET_ACTIONS_BY_TARGET_GROUP

    async def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetActionsByTargetGroupItem]:
        """For one target group on one date, lists the recipient groups and the action each received.

        GetActionsByTargetGroup: GET /current/actions/GetActionsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetActionsByTargetGroupItem]",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, lists the recipient groups and the action each received.

        GetActionsByTargetGroup: GET /current/actions/GetActionsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetActionID(BoundOperation):
    """Looks up the action ID for an action name.

    GET /current/actions/GetActionID."""

    operation = _operations.GET_ACTION_ID

    def __call__(
        self,
        *,
        action_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up the action ID for an action name.

        GetActionID: GET /current/actions/GetActionID.

        Args:
            action_name: Action name, exactly as defined.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            self._runner.call(
                self.operation,
                {"action_name": action_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        action_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up the action ID for an action name.

        GetActionID: GET /current/actions/GetActionID. Returns Optimove's XML form of the result, unparsed.

        Args:
            action_name: Action name, exactly as defined.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"action_name": action_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetActionID(AsyncBoundOperation):
    """Looks up the action ID for an action name.

    GET /current/actions/GetActionID."""

    operation = _operations.GET_ACTION_ID

    async def __call__(
        self,
        *,
        action_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up the action ID for an action name.

        GetActionID: GET /current/actions/GetActionID.

        Args:
            action_name: Action name, exactly as defined.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            await self._runner.call(
                self.operation,
                {"action_name": action_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        action_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up the action ID for an action name.

        GetActionID: GET /current/actions/GetActionID. Returns Optimove's XML form of the result, unparsed.

        Args:
            action_name: Action name, exactly as defined.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"action_name": action_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetActionName(BoundOperation):
    """Looks up the action name for an action ID.

    GET /current/actions/GetActionName."""

    operation = _operations.GET_ACTION_NAME

    def __call__(
        self,
        *,
        action_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up the action name for an action ID.

        GetActionName: GET /current/actions/GetActionName.

        Args:
            action_id: Action ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            self._runner.call(
                self.operation,
                {"action_id": action_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        action_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up the action name for an action ID.

        GetActionName: GET /current/actions/GetActionName. Returns Optimove's XML form of the result, unparsed.

        Args:
            action_id: Action ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"action_id": action_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetActionName(AsyncBoundOperation):
    """Looks up the action name for an action ID.

    GET /current/actions/GetActionName."""

    operation = _operations.GET_ACTION_NAME

    async def __call__(
        self,
        *,
        action_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up the action name for an action ID.

        GetActionName: GET /current/actions/GetActionName.

        Args:
            action_id: Action ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            await self._runner.call(
                self.operation,
                {"action_id": action_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        action_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up the action name for an action ID.

        GetActionName: GET /current/actions/GetActionName. Returns Optimove's XML form of the result, unparsed.

        Args:
            action_id: Action ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"action_id": action_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetActionDetailsByTargetGroup(BoundOperation):
    """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

    GET /current/actions/GetActionDetailsByTargetGroup."""

    operation = _operations.GET_ACTION_DETAILS_BY_TARGET_GROUP

    def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetActionDetailsByTargetGroupItem]:
        """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

        GetActionDetailsByTargetGroup: GET /current/actions/GetActionDetailsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetActionDetailsByTargetGroupItem]",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

        GetActionDetailsByTargetGroup: GET /current/actions/GetActionDetailsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetActionDetailsByTargetGroup(AsyncBoundOperation):
    """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

    GET /current/actions/GetActionDetailsByTargetGroup."""

    operation = _operations.GET_ACTION_DETAILS_BY_TARGET_GROUP

    async def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetActionDetailsByTargetGroupItem]:
        """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

        GetActionDetailsByTargetGroup: GET /current/actions/GetActionDetailsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetActionDetailsByTargetGroupItem]",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, gives each action's duration, lead time and execution channel per recipient group.

        GetActionDetailsByTargetGroup: GET /current/actions/GetActionDetailsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetPromoCodes(BoundOperation):
    """For one date, lists every target group / recipient group / action with its promo code.

    GET /current/actions/GetPromoCodes."""

    operation = _operations.GET_PROMO_CODES

    def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesItem]:
        """For one date, lists every target group / recipient group / action with its promo code.

        GetPromoCodes: GET /current/actions/GetPromoCodes.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesItem]",
            self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one date, lists every target group / recipient group / action with its promo code.

        GetPromoCodes: GET /current/actions/GetPromoCodes. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetPromoCodes(AsyncBoundOperation):
    """For one date, lists every target group / recipient group / action with its promo code.

    GET /current/actions/GetPromoCodes."""

    operation = _operations.GET_PROMO_CODES

    async def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesItem]:
        """For one date, lists every target group / recipient group / action with its promo code.

        GetPromoCodes: GET /current/actions/GetPromoCodes.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesItem]",
            await self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one date, lists every target group / recipient group / action with its promo code.

        GetPromoCodes: GET /current/actions/GetPromoCodes. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetPromoCodesByCampaign(BoundOperation):
    """For one campaign, lists recipient groups, actions and promo codes.

    GET /current/actions/GetPromoCodesByCampaign."""

    operation = _operations.GET_PROMO_CODES_BY_CAMPAIGN

    def __call__(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesByCampaignItem]:
        """For one campaign, lists recipient groups, actions and promo codes.

        GetPromoCodesByCampaign: GET /current/actions/GetPromoCodesByCampaign.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesByCampaignItem]",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one campaign, lists recipient groups, actions and promo codes.

        GetPromoCodesByCampaign: GET /current/actions/GetPromoCodesByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetPromoCodesByCampaign(AsyncBoundOperation):
    """For one campaign, lists recipient groups, actions and promo codes.

    GET /current/actions/GetPromoCodesByCampaign."""

    operation = _operations.GET_PROMO_CODES_BY_CAMPAIGN

    async def __call__(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesByCampaignItem]:
        """For one campaign, lists recipient groups, actions and promo codes.

        GetPromoCodesByCampaign: GET /current/actions/GetPromoCodesByCampaign.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesByCampaignItem]",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one campaign, lists recipient groups, actions and promo codes.

        GetPromoCodesByCampaign: GET /current/actions/GetPromoCodesByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetPromoCodesByTargetGroup(BoundOperation):
    """For one target group on one date, lists recipient groups, actions and promo codes.

    GET /current/actions/GetPromoCodesByTargetGroup."""

    operation = _operations.GET_PROMO_CODES_BY_TARGET_GROUP

    def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesByTargetGroupItem]:
        """For one target group on one date, lists recipient groups, actions and promo codes.

        GetPromoCodesByTargetGroup: GET /current/actions/GetPromoCodesByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesByTargetGroupItem]",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, lists recipient groups, actions and promo codes.

        GetPromoCodesByTargetGroup: GET /current/actions/GetPromoCodesByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetPromoCodesByTargetGroup(AsyncBoundOperation):
    """For one target group on one date, lists recipient groups, actions and promo codes.

    GET /current/actions/GetPromoCodesByTargetGroup."""

    operation = _operations.GET_PROMO_CODES_BY_TARGET_GROUP

    async def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromoCodesByTargetGroupItem]:
        """For one target group on one date, lists recipient groups, actions and promo codes.

        GetPromoCodesByTargetGroup: GET /current/actions/GetPromoCodesByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromoCodesByTargetGroupItem]",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one target group on one date, lists recipient groups, actions and promo codes.

        GetPromoCodesByTargetGroup: GET /current/actions/GetPromoCodesByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetExecutedCampaignDetails(BoundOperation):
    """Lists every campaign executed on a given date with its type, timing, flags and status.

    GET /current/actions/GetExecutedCampaignDetails."""

    operation = _operations.GET_EXECUTED_CAMPAIGN_DETAILS

    def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignDetailsItem]:
        """Lists every campaign executed on a given date with its type, timing, flags and status.

        GetExecutedCampaignDetails: GET /current/actions/GetExecutedCampaignDetails.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignDetailsItem]",
            self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every campaign executed on a given date with its type, timing, flags and status.

        GetExecutedCampaignDetails: GET /current/actions/GetExecutedCampaignDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetExecutedCampaignDetails(AsyncBoundOperation):
    """Lists every campaign executed on a given date with its type, timing, flags and status.

    GET /current/actions/GetExecutedCampaignDetails."""

    operation = _operations.GET_EXECUTED_CAMPAIGN_DETAILS

    async def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignDetailsItem]:
        """Lists every campaign executed on a given date with its type, timing, flags and status.

        GetExecutedCampaignDetails: GET /current/actions/GetExecutedCampaignDetails.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignDetailsItem]",
            await self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every campaign executed on a given date with its type, timing, flags and status.

        GetExecutedCampaignDetails: GET /current/actions/GetExecutedCampaignDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCampaignDetails(BoundOperation):
    """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

    GET /current/actions/GetCampaignDetails."""

    operation = _operations.GET_CAMPAIGN_DETAILS

    def __call__(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetCampaignDetailsResult | None:
        """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

        GetCampaignDetails: GET /current/actions/GetCampaignDetails.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "GetCampaignDetailsResult | None",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

        GetCampaignDetails: GET /current/actions/GetCampaignDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCampaignDetails(AsyncBoundOperation):
    """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

    GET /current/actions/GetCampaignDetails."""

    operation = _operations.GET_CAMPAIGN_DETAILS

    async def __call__(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetCampaignDetailsResult | None:
        """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

        GetCampaignDetails: GET /current/actions/GetCampaignDetails.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "GetCampaignDetailsResult | None",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns the details of one campaign (target group, type, timing, flags, status; newer API also channels, tags, group sizes).

        GetCampaignDetails: GET /current/actions/GetCampaignDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetExecutionChannels(BoundOperation):
    """Lists the execution channels available to the account (ID and name).

    GET /current/actions/GetExecutionChannels."""

    operation = _operations.GET_EXECUTION_CHANNELS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutionChannelsItem]:
        """Lists the execution channels available to the account (ID and name).

        GetExecutionChannels: GET /current/actions/GetExecutionChannels.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutionChannelsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the execution channels available to the account (ID and name).

        GetExecutionChannels: GET /current/actions/GetExecutionChannels. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetExecutionChannels(AsyncBoundOperation):
    """Lists the execution channels available to the account (ID and name).

    GET /current/actions/GetExecutionChannels."""

    operation = _operations.GET_EXECUTION_CHANNELS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutionChannelsItem]:
        """Lists the execution channels available to the account (ID and name).

        GetExecutionChannels: GET /current/actions/GetExecutionChannels.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutionChannelsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the execution channels available to the account (ID and name).

        GetExecutionChannels: GET /current/actions/GetExecutionChannels. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetExecutedCampaignsByChannel(BoundOperation):
    """Lists the campaigns executed through one channel on one date.

    GET /current/actions/GetExecutedCampaignsByChannel."""

    operation = _operations.GET_EXECUTED_CAMPAIGNS_BY_CHANNEL

    def __call__(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignsByChannelItem]:
        """Lists the campaigns executed through one channel on one date.

        GetExecutedCampaignsByChannel: GET /current/actions/GetExecutedCampaignsByChannel.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignsByChannelItem]",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the campaigns executed through one channel on one date.

        GetExecutedCampaignsByChannel: GET /current/actions/GetExecutedCampaignsByChannel. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetExecutedCampaignsByChannel(AsyncBoundOperation):
    """Lists the campaigns executed through one channel on one date.

    GET /current/actions/GetExecutedCampaignsByChannel."""

    operation = _operations.GET_EXECUTED_CAMPAIGNS_BY_CHANNEL

    async def __call__(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignsByChannelItem]:
        """Lists the campaigns executed through one channel on one date.

        GetExecutedCampaignsByChannel: GET /current/actions/GetExecutedCampaignsByChannel.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignsByChannelItem]",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the campaigns executed through one channel on one date.

        GetExecutedCampaignsByChannel: GET /current/actions/GetExecutedCampaignsByChannel. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetExecutedCampaignChannelDetails(BoundOperation):
    """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

    GET /current/actions/GetExecutedCampaignChannelDetails."""

    operation = _operations.GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS

    def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignChannelDetailsItem]:
        """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

        GetExecutedCampaignChannelDetails: GET /current/actions/GetExecutedCampaignChannelDetails.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignChannelDetailsItem]",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "channel_id": channel_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

        GetExecutedCampaignChannelDetails: GET /current/actions/GetExecutedCampaignChannelDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "channel_id": channel_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetExecutedCampaignChannelDetails(AsyncBoundOperation):
    """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

    GET /current/actions/GetExecutedCampaignChannelDetails."""

    operation = _operations.GET_EXECUTED_CAMPAIGN_CHANNEL_DETAILS

    async def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetExecutedCampaignChannelDetailsItem]:
        """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

        GetExecutedCampaignChannelDetails: GET /current/actions/GetExecutedCampaignChannelDetails.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetExecutedCampaignChannelDetailsItem]",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "channel_id": channel_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """For one executed campaign and channel, lists the sends (template, scheduled time, ESP send/list IDs).

        GetExecutedCampaignChannelDetails: GET /current/actions/GetExecutedCampaignChannelDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "channel_id": channel_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTargetGroupsByDate(BoundOperation):
    """Lists the target groups that had an action executed on a given date.

    GET /current/groups/GetTargetGroupsByDate."""

    operation = _operations.GET_TARGET_GROUPS_BY_DATE

    def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTargetGroupsByDateItem]:
        """Lists the target groups that had an action executed on a given date.

        GetTargetGroupsByDate: GET /current/groups/GetTargetGroupsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTargetGroupsByDateItem]",
            self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the target groups that had an action executed on a given date.

        GetTargetGroupsByDate: GET /current/groups/GetTargetGroupsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTargetGroupsByDate(AsyncBoundOperation):
    """Lists the target groups that had an action executed on a given date.

    GET /current/groups/GetTargetGroupsByDate."""

    operation = _operations.GET_TARGET_GROUPS_BY_DATE

    async def __call__(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTargetGroupsByDateItem]:
        """Lists the target groups that had an action executed on a given date.

        GetTargetGroupsByDate: GET /current/groups/GetTargetGroupsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTargetGroupsByDateItem]",
            await self._runner.call(
                self.operation,
                {"date": date},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the target groups that had an action executed on a given date.

        GetTargetGroupsByDate: GET /current/groups/GetTargetGroupsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTargetGroupID(BoundOperation):
    """Looks up a target group ID from its name.

    GET /current/groups/GetTargetGroupID."""

    operation = _operations.GET_TARGET_GROUP_ID

    def __call__(
        self,
        *,
        target_group_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up a target group ID from its name.

        GetTargetGroupID: GET /current/groups/GetTargetGroupID.

        Args:
            target_group_name: Target group name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            self._runner.call(
                self.operation,
                {"target_group_name": target_group_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a target group ID from its name.

        GetTargetGroupID: GET /current/groups/GetTargetGroupID. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_name: Target group name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"target_group_name": target_group_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTargetGroupID(AsyncBoundOperation):
    """Looks up a target group ID from its name.

    GET /current/groups/GetTargetGroupID."""

    operation = _operations.GET_TARGET_GROUP_ID

    async def __call__(
        self,
        *,
        target_group_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up a target group ID from its name.

        GetTargetGroupID: GET /current/groups/GetTargetGroupID.

        Args:
            target_group_name: Target group name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            await self._runner.call(
                self.operation,
                {"target_group_name": target_group_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a target group ID from its name.

        GetTargetGroupID: GET /current/groups/GetTargetGroupID. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_name: Target group name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"target_group_name": target_group_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTargetGroupName(BoundOperation):
    """Looks up a target group name from its ID.

    GET /current/groups/GetTargetGroupName."""

    operation = _operations.GET_TARGET_GROUP_NAME

    def __call__(
        self,
        *,
        target_group_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up a target group name from its ID.

        GetTargetGroupName: GET /current/groups/GetTargetGroupName.

        Args:
            target_group_id: Target group ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a target group name from its ID.

        GetTargetGroupName: GET /current/groups/GetTargetGroupName. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"target_group_id": target_group_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTargetGroupName(AsyncBoundOperation):
    """Looks up a target group name from its ID.

    GET /current/groups/GetTargetGroupName."""

    operation = _operations.GET_TARGET_GROUP_NAME

    async def __call__(
        self,
        *,
        target_group_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up a target group name from its ID.

        GetTargetGroupName: GET /current/groups/GetTargetGroupName.

        Args:
            target_group_id: Target group ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a target group name from its ID.

        GetTargetGroupName: GET /current/groups/GetTargetGroupName. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"target_group_id": target_group_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTargetGroupDetails(BoundOperation):
    """Lists all defined target groups with ID, name and priority.

    GET /current/groups/GetTargetGroupDetails."""

    operation = _operations.GET_TARGET_GROUP_DETAILS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTargetGroupDetailsItem]:
        """Lists all defined target groups with ID, name and priority.

        GetTargetGroupDetails: GET /current/groups/GetTargetGroupDetails.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTargetGroupDetailsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all defined target groups with ID, name and priority.

        GetTargetGroupDetails: GET /current/groups/GetTargetGroupDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTargetGroupDetails(AsyncBoundOperation):
    """Lists all defined target groups with ID, name and priority.

    GET /current/groups/GetTargetGroupDetails."""

    operation = _operations.GET_TARGET_GROUP_DETAILS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTargetGroupDetailsItem]:
        """Lists all defined target groups with ID, name and priority.

        GetTargetGroupDetails: GET /current/groups/GetTargetGroupDetails.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTargetGroupDetailsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all defined target groups with ID, name and priority.

        GetTargetGroupDetails: GET /current/groups/GetTargetGroupDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetValueSegments(BoundOperation):
    """Lists all value segments (ID and name).

    GET /current/segments/GetValueSegments."""

    operation = _operations.GET_VALUE_SEGMENTS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetValueSegmentsItem]:
        """Lists all value segments (ID and name).

        GetValueSegments: GET /current/segments/GetValueSegments.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetValueSegmentsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all value segments (ID and name).

        GetValueSegments: GET /current/segments/GetValueSegments. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetValueSegments(AsyncBoundOperation):
    """Lists all value segments (ID and name).

    GET /current/segments/GetValueSegments."""

    operation = _operations.GET_VALUE_SEGMENTS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetValueSegmentsItem]:
        """Lists all value segments (ID and name).

        GetValueSegments: GET /current/segments/GetValueSegments.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetValueSegmentsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists all value segments (ID and name).

        GetValueSegments: GET /current/segments/GetValueSegments. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetValueSegmentID(BoundOperation):
    """Looks up a value segment ID from its name.

    GET /current/segments/GetValueSegmentID."""

    operation = _operations.GET_VALUE_SEGMENT_ID

    def __call__(
        self,
        *,
        value_segment_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up a value segment ID from its name.

        GetValueSegmentID: GET /current/segments/GetValueSegmentID.

        Args:
            value_segment_name: Value segment name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            self._runner.call(
                self.operation,
                {"value_segment_name": value_segment_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        value_segment_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a value segment ID from its name.

        GetValueSegmentID: GET /current/segments/GetValueSegmentID. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_name: Value segment name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"value_segment_name": value_segment_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetValueSegmentID(AsyncBoundOperation):
    """Looks up a value segment ID from its name.

    GET /current/segments/GetValueSegmentID."""

    operation = _operations.GET_VALUE_SEGMENT_ID

    async def __call__(
        self,
        *,
        value_segment_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int | None:
        """Looks up a value segment ID from its name.

        GetValueSegmentID: GET /current/segments/GetValueSegmentID.

        Args:
            value_segment_name: Value segment name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "int | None",
            await self._runner.call(
                self.operation,
                {"value_segment_name": value_segment_name},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        value_segment_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a value segment ID from its name.

        GetValueSegmentID: GET /current/segments/GetValueSegmentID. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_name: Value segment name.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"value_segment_name": value_segment_name},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetValueSegmentName(BoundOperation):
    """Looks up a value segment name from its ID.

    GET /current/segments/GetValueSegmentName."""

    operation = _operations.GET_VALUE_SEGMENT_NAME

    def __call__(
        self,
        *,
        value_segment_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up a value segment name from its ID.

        GetValueSegmentName: GET /current/segments/GetValueSegmentName.

        Args:
            value_segment_id: Value segment ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            self._runner.call(
                self.operation,
                {"value_segment_id": value_segment_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        value_segment_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a value segment name from its ID.

        GetValueSegmentName: GET /current/segments/GetValueSegmentName. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_id: Value segment ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"value_segment_id": value_segment_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetValueSegmentName(AsyncBoundOperation):
    """Looks up a value segment name from its ID.

    GET /current/segments/GetValueSegmentName."""

    operation = _operations.GET_VALUE_SEGMENT_NAME

    async def __call__(
        self,
        *,
        value_segment_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str | None:
        """Looks up a value segment name from its ID.

        GetValueSegmentName: GET /current/segments/GetValueSegmentName.

        Args:
            value_segment_id: Value segment ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str | None",
            await self._runner.call(
                self.operation,
                {"value_segment_id": value_segment_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        value_segment_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Looks up a value segment name from its ID.

        GetValueSegmentName: GET /current/segments/GetValueSegmentName. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_id: Value segment ID.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"value_segment_id": value_segment_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomersByValueSegment(BoundOperation):
    """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

    GET /current/segments/GetCustomersByValueSegment. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMERS_BY_VALUE_SEGMENT

    def __call__(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersByValueSegmentRow]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersByValueSegmentRow]",
            self._runner.call(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomersByValueSegmentRow]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. Every row of every page, fetched lazily.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomersByValueSegmentRow]",
            self._runner.iterate(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomersByValueSegmentRow]]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. The pages (one call each), lazily.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomersByValueSegmentRow]]",
            self._runner.pages(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomersByValueSegment(AsyncBoundOperation):
    """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

    GET /current/segments/GetCustomersByValueSegment. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMERS_BY_VALUE_SEGMENT

    async def __call__(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersByValueSegmentRow]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersByValueSegmentRow]",
            await self._runner.call(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. Returns Optimove's XML form of the result, unparsed.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomersByValueSegmentRow]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. Every row of every page, fetched lazily.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomersByValueSegmentRow]",
            self._runner.iterate(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        value_segment_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomersByValueSegmentRow]]:
        """Lists the customers who were in a given value segment on a given date, optionally with attribute values.

        GetCustomersByValueSegment: GET /current/segments/GetCustomersByValueSegment. The pages (one call each), lazily.

        Args:
            value_segment_id: Value segment ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomersByValueSegmentRow]]",
            self._runner.pages(
                self.operation,
                {
                    "value_segment_id": value_segment_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetValueSegmentChangers(BoundOperation):
    """Lists customers whose value segment changed in a date range, with before and after segment IDs.

    GET /current/segments/GetValueSegmentChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_VALUE_SEGMENT_CHANGERS

    def __call__(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetValueSegmentChangersRow]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetValueSegmentChangersRow]",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetValueSegmentChangersRow]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetValueSegmentChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetValueSegmentChangersRow]]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetValueSegmentChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetValueSegmentChangers(AsyncBoundOperation):
    """Lists customers whose value segment changed in a date range, with before and after segment IDs.

    GET /current/segments/GetValueSegmentChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_VALUE_SEGMENT_CHANGERS

    async def __call__(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetValueSegmentChangersRow]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetValueSegmentChangersRow]",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetValueSegmentChangersRow]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetValueSegmentChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetValueSegmentChangersRow]]:
        """Lists customers whose value segment changed in a date range, with before and after segment IDs.

        GetValueSegmentChangers: GET /current/segments/GetValueSegmentChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetValueSegmentChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCurrentlyTargetedCustomers(BoundOperation):
    """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

    GET /current/customers/GetCurrentlyTargetedCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CURRENTLY_TARGETED_CUSTOMERS

    def __call__(
        self,
        *,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCurrentlyTargetedCustomersRow]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers.

        Args:
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCurrentlyTargetedCustomersRow]",
            self._runner.call(
                self.operation,
                {"top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCurrentlyTargetedCustomersRow]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. Every row of every page, fetched lazily.

        Args:
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCurrentlyTargetedCustomersRow]",
            self._runner.iterate(
                self.operation,
                {},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCurrentlyTargetedCustomersRow]]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. The pages (one call each), lazily.

        Args:
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCurrentlyTargetedCustomersRow]]",
            self._runner.pages(
                self.operation,
                {},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCurrentlyTargetedCustomers(AsyncBoundOperation):
    """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

    GET /current/customers/GetCurrentlyTargetedCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CURRENTLY_TARGETED_CUSTOMERS

    async def __call__(
        self,
        *,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCurrentlyTargetedCustomersRow]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers.

        Args:
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCurrentlyTargetedCustomersRow]",
            await self._runner.call(
                self.operation,
                {"top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCurrentlyTargetedCustomersRow]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. Every row of every page, fetched lazily.

        Args:
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCurrentlyTargetedCustomersRow]",
            self._runner.iterate(
                self.operation,
                {},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCurrentlyTargetedCustomersRow]]:
        """Lists every customer currently inside the active period of one or more campaigns, with campaign, action and start/end dates.

        GetCurrentlyTargetedCustomers: GET /current/customers/GetCurrentlyTargetedCustomers. The pages (one call each), lazily.

        Args:
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCurrentlyTargetedCustomersRow]]",
            self._runner.pages(
                self.operation,
                {},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCanceledCampaignCustomers(BoundOperation):
    """Customers (with action and promo codes) that had been in a campaign which was later canceled.

    GET /current/customers/GetCanceledCampaignCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CANCELED_CAMPAIGN_CUSTOMERS

    def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCanceledCampaignCustomersRow]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCanceledCampaignCustomersRow]",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCanceledCampaignCustomersRow]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. Every row of every page, fetched lazily.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCanceledCampaignCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCanceledCampaignCustomersRow]]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. The pages (one call each), lazily.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCanceledCampaignCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCanceledCampaignCustomers(AsyncBoundOperation):
    """Customers (with action and promo codes) that had been in a campaign which was later canceled.

    GET /current/customers/GetCanceledCampaignCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CANCELED_CAMPAIGN_CUSTOMERS

    async def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCanceledCampaignCustomersRow]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCanceledCampaignCustomersRow]",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCanceledCampaignCustomersRow]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. Every row of every page, fetched lazily.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCanceledCampaignCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCanceledCampaignCustomersRow]]:
        """Customers (with action and promo codes) that had been in a campaign which was later canceled.

        GetCanceledCampaignCustomers: GET /current/customers/GetCanceledCampaignCustomers. The pages (one call each), lazily.

        Args:
            campaign_id: ID of the canceled campaign (data stays available for two hours after the cancel event).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCanceledCampaignCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetProcessedCampaignCustomers(BoundOperation):
    """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

    GET /current/customers/GetProcessedCampaignCustomers. It pages with $top/$skip."""

    operation = _operations.GET_PROCESSED_CAMPAIGN_CUSTOMERS

    def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetProcessedCampaignCustomersRow]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetProcessedCampaignCustomersRow]",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetProcessedCampaignCustomersRow]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. Every row of every page, fetched lazily.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetProcessedCampaignCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetProcessedCampaignCustomersRow]]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. The pages (one call each), lazily.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetProcessedCampaignCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetProcessedCampaignCustomers(AsyncBoundOperation):
    """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

    GET /current/customers/GetProcessedCampaignCustomers. It pages with $top/$skip."""

    operation = _operations.GET_PROCESSED_CAMPAIGN_CUSTOMERS

    async def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetProcessedCampaignCustomersRow]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetProcessedCampaignCustomersRow]",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetProcessedCampaignCustomersRow]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. Every row of every page, fetched lazily.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetProcessedCampaignCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetProcessedCampaignCustomersRow]]:
        """Customers included in a campaign that has been processed for execution (used in the conditional-execution flow before ClearanceRequiredBy).

        GetProcessedCampaignCustomers: GET /current/customers/GetProcessedCampaignCustomers. The pages (one call each), lazily.

        Args:
            campaign_id: ID of the processed campaign (from an event type 1 or 5 notification).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetProcessedCampaignCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerLastActionExecuted(BoundOperation):
    """Details of the most recent action executed for one customer.

    GET /current/customers/GetCustomerLastActionExecuted."""

    operation = _operations.GET_CUSTOMER_LAST_ACTION_EXECUTED

    def __call__(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetCustomerLastActionExecutedResult | None:
        """Details of the most recent action executed for one customer.

        GetCustomerLastActionExecuted: GET /current/customers/GetCustomerLastActionExecuted.

        Args:
            customer_id: Customer ID, as Optimove received it.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "GetCustomerLastActionExecutedResult | None",
            self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Details of the most recent action executed for one customer.

        GetCustomerLastActionExecuted: GET /current/customers/GetCustomerLastActionExecuted. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer ID, as Optimove received it.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerLastActionExecuted(AsyncBoundOperation):
    """Details of the most recent action executed for one customer.

    GET /current/customers/GetCustomerLastActionExecuted."""

    operation = _operations.GET_CUSTOMER_LAST_ACTION_EXECUTED

    async def __call__(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetCustomerLastActionExecutedResult | None:
        """Details of the most recent action executed for one customer.

        GetCustomerLastActionExecuted: GET /current/customers/GetCustomerLastActionExecuted.

        Args:
            customer_id: Customer ID, as Optimove received it.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "GetCustomerLastActionExecutedResult | None",
            await self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Details of the most recent action executed for one customer.

        GetCustomerLastActionExecuted: GET /current/customers/GetCustomerLastActionExecuted. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer ID, as Optimove received it.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerActionsByTargetGroup(BoundOperation):
    """Customers of a target group on a date, with the action and channel each received.

    GET /current/customers/GetCustomerActionsByTargetGroup. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP

    def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerActionsByTargetGroupRow]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerActionsByTargetGroupRow]",
            self._runner.call(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerActionsByTargetGroupRow]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. Every row of every page, fetched lazily.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerActionsByTargetGroupRow]",
            self._runner.iterate(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerActionsByTargetGroupRow]]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. The pages (one call each), lazily.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerActionsByTargetGroupRow]]",
            self._runner.pages(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerActionsByTargetGroup(AsyncBoundOperation):
    """Customers of a target group on a date, with the action and channel each received.

    GET /current/customers/GetCustomerActionsByTargetGroup. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ACTIONS_BY_TARGET_GROUP

    async def __call__(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerActionsByTargetGroupRow]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerActionsByTargetGroupRow]",
            await self._runner.call(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. Returns Optimove's XML form of the result, unparsed.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerActionsByTargetGroupRow]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. Every row of every page, fetched lazily.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerActionsByTargetGroupRow]",
            self._runner.iterate(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        target_group_id: int,
        date: datetime.date,
        include_control_group: bool | None = None,
        include_recipient_group_id: bool | None = None,
        channel_id: int | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerActionsByTargetGroupRow]]:
        """Customers of a target group on a date, with the action and channel each received.

        GetCustomerActionsByTargetGroup: GET /current/customers/GetCustomerActionsByTargetGroup. The pages (one call each), lazily.

        Args:
            target_group_id: Target group ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            include_control_group: Also return control-group customers (their ActionID is 1).
            include_recipient_group_id: Add RecipientGroupID to each row.
            channel_id: Execution channel ID (see GetExecutionChannels).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerActionsByTargetGroupRow]]",
            self._runner.pages(
                self.operation,
                {
                    "target_group_id": target_group_id,
                    "date": date,
                    "include_control_group": include_control_group,
                    "include_recipient_group_id": include_recipient_group_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerOneTimeActionsByCampaign(BoundOperation):
    """Customers and action details for one one-time (ad hoc list) campaign.

    GET /current/customers/GetCustomerOneTimeActionsByCampaign. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN

    def __call__(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerOneTimeActionsByCampaignRow]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerOneTimeActionsByCampaignRow]",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerOneTimeActionsByCampaignRow]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerOneTimeActionsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerOneTimeActionsByCampaignRow]]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerOneTimeActionsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerOneTimeActionsByCampaign(AsyncBoundOperation):
    """Customers and action details for one one-time (ad hoc list) campaign.

    GET /current/customers/GetCustomerOneTimeActionsByCampaign. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ONE_TIME_ACTIONS_BY_CAMPAIGN

    async def __call__(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerOneTimeActionsByCampaignRow]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerOneTimeActionsByCampaignRow]",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerOneTimeActionsByCampaignRow]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerOneTimeActionsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerOneTimeActionsByCampaignRow]]:
        """Customers and action details for one one-time (ad hoc list) campaign.

        GetCustomerOneTimeActionsByCampaign: GET /current/customers/GetCustomerOneTimeActionsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerOneTimeActionsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerOneTimeActionsByDate(BoundOperation):
    """Customers and action details for all one-time campaigns executed on a date.

    GET /current/customers/GetCustomerOneTimeActionsByDate. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE

    def __call__(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerOneTimeActionsByDateRow]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerOneTimeActionsByDateRow]",
            self._runner.call(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerOneTimeActionsByDateRow]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerOneTimeActionsByDateRow]",
            self._runner.iterate(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerOneTimeActionsByDateRow]]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerOneTimeActionsByDateRow]]",
            self._runner.pages(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerOneTimeActionsByDate(AsyncBoundOperation):
    """Customers and action details for all one-time campaigns executed on a date.

    GET /current/customers/GetCustomerOneTimeActionsByDate. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ONE_TIME_ACTIONS_BY_DATE

    async def __call__(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerOneTimeActionsByDateRow]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerOneTimeActionsByDateRow]",
            await self._runner.call(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerOneTimeActionsByDateRow]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerOneTimeActionsByDateRow]",
            self._runner.iterate(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        include_control_group: bool | None = None,
        channel_id: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerOneTimeActionsByDateRow]]:
        """Customers and action details for all one-time campaigns executed on a date.

        GetCustomerOneTimeActionsByDate: GET /current/customers/GetCustomerOneTimeActionsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            include_control_group: Also return control-group customers (their ActionID is 1).
            channel_id: Execution channel ID (see GetExecutionChannels).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerOneTimeActionsByDateRow]]",
            self._runner.pages(
                self.operation,
                {
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "include_control_group": include_control_group,
                    "channel_id": channel_id,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomersByAction(BoundOperation):
    """Customer IDs of one recipient group and action on a date.

    GET /current/customers/GetCustomersByAction. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMERS_BY_ACTION

    def __call__(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersByActionRow]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersByActionRow]",
            self._runner.call(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. Returns Optimove's XML form of the result, unparsed.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomersByActionRow]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. Every row of every page, fetched lazily.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomersByActionRow]",
            self._runner.iterate(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomersByActionRow]]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. The pages (one call each), lazily.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomersByActionRow]]",
            self._runner.pages(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomersByAction(AsyncBoundOperation):
    """Customer IDs of one recipient group and action on a date.

    GET /current/customers/GetCustomersByAction. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMERS_BY_ACTION

    async def __call__(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersByActionRow]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersByActionRow]",
            await self._runner.call(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. Returns Optimove's XML form of the result, unparsed.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomersByActionRow]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. Every row of every page, fetched lazily.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomersByActionRow]",
            self._runner.iterate(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        recipient_group_id: int,
        action_id: int,
        date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomersByActionRow]]:
        """Customer IDs of one recipient group and action on a date.

        GetCustomersByAction: GET /current/customers/GetCustomersByAction. The pages (one call each), lazily.

        Args:
            recipient_group_id: Recipient group ID (RGID): 0 control group, 1..9 recipient groups.
            action_id: Action ID.
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomersByActionRow]]",
            self._runner.pages(
                self.operation,
                {
                    "recipient_group_id": recipient_group_id,
                    "action_id": action_id,
                    "date": date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomersActionEndedByDate(BoundOperation):
    """Customers whose action duration ended on a date, with the action details.

    GET /current/customers/GetCustomersActionEndedByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMERS_ACTION_ENDED_BY_DATE

    def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersActionEndedByDateRow]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersActionEndedByDateRow]",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomersActionEndedByDateRow]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomersActionEndedByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomersActionEndedByDateRow]]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomersActionEndedByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomersActionEndedByDate(AsyncBoundOperation):
    """Customers whose action duration ended on a date, with the action details.

    GET /current/customers/GetCustomersActionEndedByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMERS_ACTION_ENDED_BY_DATE

    async def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomersActionEndedByDateRow]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomersActionEndedByDateRow]",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomersActionEndedByDateRow]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomersActionEndedByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomersActionEndedByDateRow]]:
        """Customers whose action duration ended on a date, with the action details.

        GetCustomersActionEndedByDate: GET /current/customers/GetCustomersActionEndedByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomersActionEndedByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerSendDetailsByCampaign(BoundOperation):
    """Per-customer channel, scheduled send time and channel send ID for a campaign.

    GET /current/customers/GetCustomerSendDetailsByCampaign. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN

    def __call__(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerSendDetailsByCampaignRow]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerSendDetailsByCampaignRow]",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerSendDetailsByCampaignRow]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerSendDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerSendDetailsByCampaignRow]]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerSendDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerSendDetailsByCampaign(AsyncBoundOperation):
    """Per-customer channel, scheduled send time and channel send ID for a campaign.

    GET /current/customers/GetCustomerSendDetailsByCampaign. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_SEND_DETAILS_BY_CAMPAIGN

    async def __call__(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerSendDetailsByCampaignRow]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerSendDetailsByCampaignRow]",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerSendDetailsByCampaignRow]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerSendDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        include_template_ids: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerSendDetailsByCampaignRow]]:
        """Per-customer channel, scheduled send time and channel send ID for a campaign.

        GetCustomerSendDetailsByCampaign: GET /current/customers/GetCustomerSendDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            include_template_ids: Add TemplateID to each row.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerSendDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "include_template_i_ds": include_template_ids,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerSendDetailsByChannel(BoundOperation):
    """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

    GET /current/customers/GetCustomerSendDetailsByChannel. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL

    def __call__(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerSendDetailsByChannelRow]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerSendDetailsByChannelRow]",
            self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerSendDetailsByChannelRow]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. Every row of every page, fetched lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerSendDetailsByChannelRow]",
            self._runner.iterate(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerSendDetailsByChannelRow]]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. The pages (one call each), lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerSendDetailsByChannelRow]]",
            self._runner.pages(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerSendDetailsByChannel(AsyncBoundOperation):
    """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

    GET /current/customers/GetCustomerSendDetailsByChannel. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_SEND_DETAILS_BY_CHANNEL

    async def __call__(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerSendDetailsByChannelRow]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerSendDetailsByChannelRow]",
            await self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerSendDetailsByChannelRow]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. Every row of every page, fetched lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerSendDetailsByChannelRow]",
            self._runner.iterate(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        channel_id: int,
        campaign_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerSendDetailsByChannelRow]]:
        """Per-customer template and scheduled send time for one channel+campaign, optionally with customer attributes (used by channel integrators).

        GetCustomerSendDetailsByChannel: GET /current/customers/GetCustomerSendDetailsByChannel. The pages (one call each), lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            campaign_id: Campaign ID.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerSendDetailsByChannelRow]]",
            self._runner.pages(
                self.operation,
                {
                    "channel_id": channel_id,
                    "campaign_id": campaign_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerExecutionDetailsByCampaign(BoundOperation):
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

    GET /current/customers/GetCustomerExecutionDetailsByCampaign. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN

    def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerExecutionDetailsByCampaignRow]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerExecutionDetailsByCampaignRow]",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerExecutionDetailsByCampaignRow]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerExecutionDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerExecutionDetailsByCampaignRow]]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerExecutionDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerExecutionDetailsByCampaign(AsyncBoundOperation):
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

    GET /current/customers/GetCustomerExecutionDetailsByCampaign. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_EXECUTION_DETAILS_BY_CAMPAIGN

    async def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerExecutionDetailsByCampaignRow]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerExecutionDetailsByCampaignRow]",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerExecutionDetailsByCampaignRow]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerExecutionDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerExecutionDetailsByCampaignRow]]:
        """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one channel; the main pull call after an EventTypeID 13 notification.

        GetCustomerExecutionDetailsByCampaign: GET /current/customers/GetCustomerExecutionDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID, from the event notification.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerExecutionDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {
                    "campaign_id": campaign_id,
                    "channel_id": channel_id,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerActionDetailsByDate(BoundOperation):
    """Customers and the recipient group/action/channel of campaigns sent to them on a date.

    GET /current/customers/GetCustomerActionDetailsByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_ACTION_DETAILS_BY_DATE

    def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerActionDetailsByDateRow]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerActionDetailsByDateRow]",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerActionDetailsByDateRow]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerActionDetailsByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerActionDetailsByDateRow]]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerActionDetailsByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerActionDetailsByDate(AsyncBoundOperation):
    """Customers and the recipient group/action/channel of campaigns sent to them on a date.

    GET /current/customers/GetCustomerActionDetailsByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_ACTION_DETAILS_BY_DATE

    async def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerActionDetailsByDateRow]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerActionDetailsByDateRow]",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerActionDetailsByDateRow]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerActionDetailsByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerActionDetailsByDateRow]]:
        """Customers and the recipient group/action/channel of campaigns sent to them on a date.

        GetCustomerActionDetailsByDate: GET /current/customers/GetCustomerActionDetailsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerActionDetailsByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerProductDetailsByDate(BoundOperation):
    """Customers and recommended product IDs for every product-recommendation campaign on a date.

    GET /current/customers/GetCustomerProductDetailsByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE

    def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductDetailsByDateRow]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductDetailsByDateRow]",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerProductDetailsByDateRow]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerProductDetailsByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerProductDetailsByDateRow]]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerProductDetailsByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerProductDetailsByDate(AsyncBoundOperation):
    """Customers and recommended product IDs for every product-recommendation campaign on a date.

    GET /current/customers/GetCustomerProductDetailsByDate. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_DETAILS_BY_DATE

    async def __call__(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductDetailsByDateRow]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductDetailsByDateRow]",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        date: datetime.date,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. Returns Optimove's XML form of the result, unparsed.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"date": date, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerProductDetailsByDateRow]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. Every row of every page, fetched lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerProductDetailsByDateRow]",
            self._runner.iterate(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        date: datetime.date,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerProductDetailsByDateRow]]:
        """Customers and recommended product IDs for every product-recommendation campaign on a date.

        GetCustomerProductDetailsByDate: GET /current/customers/GetCustomerProductDetailsByDate. The pages (one call each), lazily.

        Args:
            date: Campaign execution date, YYYY-MM-DD (not the data date; see GetLastDataUpdate).
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerProductDetailsByDateRow]]",
            self._runner.pages(
                self.operation,
                {"date": date},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerProductDetailsByCampaign(BoundOperation):
    """Customers and recommended product IDs for one product-recommendation campaign.

    GET /current/customers/GetCustomerProductDetailsByCampaign. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN

    def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductDetailsByCampaignRow]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductDetailsByCampaignRow]",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerProductDetailsByCampaignRow]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerProductDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerProductDetailsByCampaignRow]]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerProductDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerProductDetailsByCampaign(AsyncBoundOperation):
    """Customers and recommended product IDs for one product-recommendation campaign.

    GET /current/customers/GetCustomerProductDetailsByCampaign. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_DETAILS_BY_CAMPAIGN

    async def __call__(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductDetailsByCampaignRow]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign.

        Args:
            campaign_id: Campaign ID.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductDetailsByCampaignRow]",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        campaign_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. Returns Optimove's XML form of the result, unparsed.

        Args:
            campaign_id: Campaign ID.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"campaign_id": campaign_id, "top": top, "skip": skip},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerProductDetailsByCampaignRow]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. Every row of every page, fetched lazily.

        Args:
            campaign_id: Campaign ID.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerProductDetailsByCampaignRow]",
            self._runner.iterate(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        campaign_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerProductDetailsByCampaignRow]]:
        """Customers and recommended product IDs for one product-recommendation campaign.

        GetCustomerProductDetailsByCampaign: GET /current/customers/GetCustomerProductDetailsByCampaign. The pages (one call each), lazily.

        Args:
            campaign_id: Campaign ID.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerProductDetailsByCampaignRow]]",
            self._runner.pages(
                self.operation,
                {"campaign_id": campaign_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerProductRecommendations(BoundOperation):
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

    GET /current/customers/GetCustomerProductRecommendations. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_RECOMMENDATIONS

    def __call__(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductRecommendationsRow]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductRecommendationsRow]",
            self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerProductRecommendationsRow]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. Every row of every page, fetched lazily.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerProductRecommendationsRow]",
            self._runner.iterate(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerProductRecommendationsRow]]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. The pages (one call each), lazily.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerProductRecommendationsRow]]",
            self._runner.pages(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerProductRecommendations(AsyncBoundOperation):
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

    GET /current/customers/GetCustomerProductRecommendations. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_PRODUCT_RECOMMENDATIONS

    async def __call__(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerProductRecommendationsRow]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerProductRecommendationsRow]",
            await self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerProductRecommendationsRow]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. Every row of every page, fetched lazily.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerProductRecommendationsRow]",
            self._runner.iterate(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        customer_id: str | None = None,
        suggested_in_campaign: bool | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        product_attributes: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerProductRecommendationsRow]]:
        """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10 in priority order.

        GetCustomerProductRecommendations: GET /current/customers/GetCustomerProductRecommendations. The pages (one call each), lazily.

        Args:
            customer_id: Only this customer.
            suggested_in_campaign: true: only products recommended in campaigns in the date range (the past month without dates);
                false or omitted: every calculated recommendation, dates ignored.
            start_date: First date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            end_date: Last date, YYYY-MM-DD (only with SuggestedInCampaign=true).
            product_attributes: Product attribute names joined by commas; their values come back in this order.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerProductRecommendationsRow]]",
            self._runner.pages(
                self.operation,
                {
                    "customer_id": customer_id,
                    "suggested_in_campaign": suggested_in_campaign,
                    "start_date": start_date,
                    "end_date": end_date,
                    "product_attributes": product_attributes,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerFutureValues(BoundOperation):
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    GET /current/customers/GetCustomerFutureValues. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_FUTURE_VALUES

    def __call__(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerFutureValuesRow]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerFutureValuesRow]",
            self._runner.call(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. Returns Optimove's XML form of the result, unparsed.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerFutureValuesRow]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. Every row of every page, fetched lazily.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerFutureValuesRow]",
            self._runner.iterate(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerFutureValuesRow]]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. The pages (one call each), lazily.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerFutureValuesRow]]",
            self._runner.pages(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerFutureValues(AsyncBoundOperation):
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    GET /current/customers/GetCustomerFutureValues. It pages with $top/$skip."""

    operation = _operations.GET_CUSTOMER_FUTURE_VALUES

    async def __call__(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerFutureValuesRow]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerFutureValuesRow]",
            await self._runner.call(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. Returns Optimove's XML form of the result, unparsed.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerFutureValuesRow]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. Every row of every page, fetched lazily.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerFutureValuesRow]",
            self._runner.iterate(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        lifecycle_stage_id: str | None = None,
        customer_attribute: str | None = None,
        customer_attributes: str | None = None,
        customer_attribute_value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerFutureValuesRow]]:
        """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

        GetCustomerFutureValues: GET /current/customers/GetCustomerFutureValues. The pages (one call each), lazily.

        Args:
            lifecycle_stage_id: One lifecycle stage ID or several joined by commas (see GetLifecycleStageList). Use this or
                CustomerAttribute with CustomerAttributeValue.
            customer_attribute: Select customers by this attribute (with CustomerAttributeValue).
            customer_attributes: Older spelling of CustomerAttribute (one attribute name, with CustomerAttributeValue).
            customer_attribute_value: Value of CustomerAttribute that selects the customers.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerFutureValuesRow]]",
            self._runner.pages(
                self.operation,
                {
                    "lifecycle_stage_id": lifecycle_stage_id,
                    "customer_attribute": customer_attribute,
                    "customer_attributes": customer_attributes,
                    "customer_attribute_value": customer_attribute_value,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomersActivityEventAttributes(BoundOperation):
    """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

    GET /current/customers/GetCustomersActivityEventAttributes."""

    operation = _operations.GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

        GetCustomersActivityEventAttributes: GET /current/customers/GetCustomersActivityEventAttributes.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

        GetCustomersActivityEventAttributes: GET /current/customers/GetCustomersActivityEventAttributes. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomersActivityEventAttributes(AsyncBoundOperation):
    """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

    GET /current/customers/GetCustomersActivityEventAttributes."""

    operation = _operations.GET_CUSTOMERS_ACTIVITY_EVENT_ATTRIBUTES

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

        GetCustomersActivityEventAttributes: GET /current/customers/GetCustomersActivityEventAttributes.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Listed in the docs sidebar under Customers; presumably returns attribute values of customer activity (real-time/custom) events.

        GetCustomersActivityEventAttributes: GET /current/customers/GetCustomersActivityEventAttributes. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCampaignInteractionCustomers(BoundOperation):
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

    GET /current/customers/GetCampaignInteractionCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CAMPAIGN_INTERACTION_CUSTOMERS

    def __call__(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCampaignInteractionCustomersRow]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCampaignInteractionCustomersRow]",
            self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "date": date,
                    "event_id": event_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "date": date,
                    "event_id": event_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCampaignInteractionCustomersRow]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. Every row of every page, fetched lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCampaignInteractionCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"channel_id": channel_id, "date": date, "event_id": event_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCampaignInteractionCustomersRow]]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. The pages (one call each), lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCampaignInteractionCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"channel_id": channel_id, "date": date, "event_id": event_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCampaignInteractionCustomers(AsyncBoundOperation):
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

    GET /current/customers/GetCampaignInteractionCustomers. It pages with $top/$skip."""

    operation = _operations.GET_CAMPAIGN_INTERACTION_CUSTOMERS

    async def __call__(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCampaignInteractionCustomersRow]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCampaignInteractionCustomersRow]",
            await self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "date": date,
                    "event_id": event_id,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "channel_id": channel_id,
                    "date": date,
                    "event_id": event_id,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCampaignInteractionCustomersRow]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. Every row of every page, fetched lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCampaignInteractionCustomersRow]",
            self._runner.iterate(
                self.operation,
                {"channel_id": channel_id, "date": date, "event_id": event_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        channel_id: int,
        date: datetime.date,
        event_id: int,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCampaignInteractionCustomersRow]]:
        """Customers (with campaign and template IDs) who performed a given interaction with campaigns delivered on a date via a channel.

        GetCampaignInteractionCustomers: GET /current/customers/GetCampaignInteractionCustomers. The pages (one call each), lazily.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            date: Delivery date, YYYY-MM-DD (parameter name inferred).
            event_id: Interaction type (parameter name inferred): 0 sent, 1 delivered, 2 opened, 3 clicked, 4
                unsubscribed.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCampaignInteractionCustomersRow]]",
            self._runner.pages(
                self.operation,
                {"channel_id": channel_id, "date": date, "event_id": event_id},
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerChannelInteractions(BoundOperation):
    """One customer's interactions with campaigns sent within a date range.

    GET /current/customers/GetCustomerChannelInteractions."""

    operation = _operations.GET_CUSTOMER_CHANNEL_INTERACTIONS

    def __call__(
        self,
        *,
        customer_id: str,
        start_date: datetime.date,
        end_date: datetime.date,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerChannelInteractionsItem]:
        """One customer's interactions with campaigns sent within a date range.

        GetCustomerChannelInteractions: GET /current/customers/GetCustomerChannelInteractions.

        Args:
            customer_id: Customer ID, as Optimove received it.
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            channel_id: Only this channel (inferred as optional).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerChannelInteractionsItem]",
            self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "channel_id": channel_id,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        customer_id: str,
        start_date: datetime.date,
        end_date: datetime.date,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """One customer's interactions with campaigns sent within a date range.

        GetCustomerChannelInteractions: GET /current/customers/GetCustomerChannelInteractions. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer ID, as Optimove received it.
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            channel_id: Only this channel (inferred as optional).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "channel_id": channel_id,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerChannelInteractions(AsyncBoundOperation):
    """One customer's interactions with campaigns sent within a date range.

    GET /current/customers/GetCustomerChannelInteractions."""

    operation = _operations.GET_CUSTOMER_CHANNEL_INTERACTIONS

    async def __call__(
        self,
        *,
        customer_id: str,
        start_date: datetime.date,
        end_date: datetime.date,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerChannelInteractionsItem]:
        """One customer's interactions with campaigns sent within a date range.

        GetCustomerChannelInteractions: GET /current/customers/GetCustomerChannelInteractions.

        Args:
            customer_id: Customer ID, as Optimove received it.
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            channel_id: Only this channel (inferred as optional).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerChannelInteractionsItem]",
            await self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "channel_id": channel_id,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        customer_id: str,
        start_date: datetime.date,
        end_date: datetime.date,
        channel_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """One customer's interactions with campaigns sent within a date range.

        GetCustomerChannelInteractions: GET /current/customers/GetCustomerChannelInteractions. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer ID, as Optimove received it.
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            channel_id: Only this channel (inferred as optional).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "customer_id": customer_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "channel_id": channel_id,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerAttributes(BoundOperation):
    """Returns attribute values for a customer.

    GET /current/customers/GetCustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTES

    def __call__(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerAttributesItem]:
        """Returns attribute values for a customer.

        GetCustomerAttributes: GET /current/customers/GetCustomerAttributes.

        Args:
            customer_id: Customer whose attribute values are returned.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerAttributesItem]",
            self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns attribute values for a customer.

        GetCustomerAttributes: GET /current/customers/GetCustomerAttributes. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer whose attribute values are returned.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerAttributes(AsyncBoundOperation):
    """Returns attribute values for a customer.

    GET /current/customers/GetCustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTES

    async def __call__(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetCustomerAttributesItem]:
        """Returns attribute values for a customer.

        GetCustomerAttributes: GET /current/customers/GetCustomerAttributes.

        Args:
            customer_id: Customer whose attribute values are returned.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetCustomerAttributesItem]",
            await self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        customer_id: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Returns attribute values for a customer.

        GetCustomerAttributes: GET /current/customers/GetCustomerAttributes. Returns Optimove's XML form of the result, unparsed.

        Args:
            customer_id: Customer whose attribute values are returned.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"customer_id": customer_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddCustomerAttribute(BoundOperation):
    """Creates a new API-sourced customer attribute, optionally with a default value; result is reported to a callback URL.

    POST /current/customers/AddCustomerAttribute."""

    operation = _operations.ADD_CUSTOMER_ATTRIBUTE

    def __call__(
        self,
        *,
        name: str,
        type: str,
        default_value: str | None = None,
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AddCustomerAttributeResult | None:
        """Creates a new API-sourced customer attribute, optionally with a default value; result is reported to a callback URL.

        AddCustomerAttribute: POST /current/customers/AddCustomerAttribute.

        Args:
            name: RealFieldName of the new attribute.
            type: Column type: DECIMAL(19,4), INT, BIGINT, DATE, VARCHAR(n) or NVARCHAR(n).
            default_value: Default value, valid for Type.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AddCustomerAttributeResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddCustomerAttributeRequest,
                        name=name,
                        type_=type,
                        default_value=default_value,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddCustomerAttribute(AsyncBoundOperation):
    """Creates a new API-sourced customer attribute, optionally with a default value; result is reported to a callback URL.

    POST /current/customers/AddCustomerAttribute."""

    operation = _operations.ADD_CUSTOMER_ATTRIBUTE

    async def __call__(
        self,
        *,
        name: str,
        type: str,
        default_value: str | None = None,
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AddCustomerAttributeResult | None:
        """Creates a new API-sourced customer attribute, optionally with a default value; result is reported to a callback URL.

        AddCustomerAttribute: POST /current/customers/AddCustomerAttribute.

        Args:
            name: RealFieldName of the new attribute.
            type: Column type: DECIMAL(19,4), INT, BIGINT, DATE, VARCHAR(n) or NVARCHAR(n).
            default_value: Default value, valid for Type.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AddCustomerAttributeResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddCustomerAttributeRequest,
                        name=name,
                        type_=type,
                        default_value=default_value,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpdateCustomerAttributes(BoundOperation):
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

    POST /current/customers/UpdateCustomerAttributes."""

    operation = _operations.UPDATE_CUSTOMER_ATTRIBUTES

    def __call__(
        self,
        *,
        customer_new_attributes_values_list: list[
            UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
        ],
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateCustomerAttributesResult | None:
        """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

        UpdateCustomerAttributes: POST /current/customers/UpdateCustomerAttributes.

        Args:
            customer_new_attributes_values_list: Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "UpdateCustomerAttributesResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerAttributesRequest,
                        customer_new_attributes_values_list=customer_new_attributes_values_list,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        customer_new_attributes_values_list: Sequence[
            UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
        ],
        callback_url: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[UpdateCustomerAttributesResult | None]:
        """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

        UpdateCustomerAttributes: POST /current/customers/UpdateCustomerAttributes. Any number of customer_new_attributes_values_list, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            customer_new_attributes_values_list: Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[UpdateCustomerAttributesResult | None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerAttributesRequest,
                        customer_new_attributes_values_list=customer_new_attributes_values_list,
                        callback_url=callback_url,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpdateCustomerAttributes(AsyncBoundOperation):
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

    POST /current/customers/UpdateCustomerAttributes."""

    operation = _operations.UPDATE_CUSTOMER_ATTRIBUTES

    async def __call__(
        self,
        *,
        customer_new_attributes_values_list: list[
            UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
        ],
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateCustomerAttributesResult | None:
        """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

        UpdateCustomerAttributes: POST /current/customers/UpdateCustomerAttributes.

        Args:
            customer_new_attributes_values_list: Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "UpdateCustomerAttributesResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerAttributesRequest,
                        customer_new_attributes_values_list=customer_new_attributes_values_list,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        customer_new_attributes_values_list: Sequence[
            UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
        ],
        callback_url: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[UpdateCustomerAttributesResult | None]:
        """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a callback URL.

        UpdateCustomerAttributes: POST /current/customers/UpdateCustomerAttributes. Any number of customer_new_attributes_values_list, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            customer_new_attributes_values_list: Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[UpdateCustomerAttributesResult | None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerAttributesRequest,
                        customer_new_attributes_values_list=customer_new_attributes_values_list,
                        callback_url=callback_url,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpsertCustomer(BoundOperation):
    """Registers a new customer in real time or updates attributes of an existing one (gradual rollout).

    PUT /Customers/UpsertCustomer."""

    operation = _operations.UPSERT_CUSTOMER

    def __call__(
        self,
        *,
        customer_id: str,
        attributes: list[UpsertCustomerRequestAttributesItem] | None = None,
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpsertCustomerResult | None:
        """Registers a new customer in real time or updates attributes of an existing one (gradual rollout).

        UpsertCustomer: PUT /Customers/UpsertCustomer.

        Args:
            customer_id: Persistent customer ID.
            attributes: Attribute values to set.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "UpsertCustomerResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpsertCustomerRequest,
                        customer_id=customer_id,
                        attributes=attributes,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpsertCustomer(AsyncBoundOperation):
    """Registers a new customer in real time or updates attributes of an existing one (gradual rollout).

    PUT /Customers/UpsertCustomer."""

    operation = _operations.UPSERT_CUSTOMER

    async def __call__(
        self,
        *,
        customer_id: str,
        attributes: list[UpsertCustomerRequestAttributesItem] | None = None,
        callback_url: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpsertCustomerResult | None:
        """Registers a new customer in real time or updates attributes of an existing one (gradual rollout).

        UpsertCustomer: PUT /Customers/UpsertCustomer.

        Args:
            customer_id: Persistent customer ID.
            attributes: Attribute values to set.
            callback_url: URL that Optimove calls with the outcome when processing ends.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "UpsertCustomerResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpsertCustomerRequest,
                        customer_id=customer_id,
                        attributes=attributes,
                        callback_url=callback_url,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetCustomerAttributeChangers(BoundOperation):
    """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

    GET /current/customers/GetCustomerAttributeChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTE_CHANGERS

    def __call__(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerAttributeChangersRow]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerAttributeChangersRow]",
            self._runner.call(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetCustomerAttributeChangersRow]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. Every row of every page, fetched lazily.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetCustomerAttributeChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetCustomerAttributeChangersRow]]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. The pages (one call each), lazily.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetCustomerAttributeChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetCustomerAttributeChangers(AsyncBoundOperation):
    """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

    GET /current/customers/GetCustomerAttributeChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_CUSTOMER_ATTRIBUTE_CHANGERS

    async def __call__(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetCustomerAttributeChangersRow]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetCustomerAttributeChangersRow]",
            await self._runner.call(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetCustomerAttributeChangersRow]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. Every row of every page, fetched lazily.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetCustomerAttributeChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        changed_customer_attribute: str | None = None,
        changed_customer_attributes: str | None = None,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetCustomerAttributeChangersRow]]:
        """Customers whose chosen attribute changed from the previous day to the current day, with old and new values.

        GetCustomerAttributeChangers: GET /current/customers/GetCustomerAttributeChangers. The pages (one call each), lazily.

        Args:
            changed_customer_attribute: The one attribute whose changes are listed (a RealFieldName).
            changed_customer_attributes: Older spelling of ChangedCustomerAttribute, used with StartDate and EndDate by the previous
                version of this function.
            start_date: First date of the range (previous version of this function), YYYY-MM-DD.
            end_date: Last date of the range (previous version of this function), YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetCustomerAttributeChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "changed_customer_attribute": changed_customer_attribute,
                    "changed_customer_attributes": changed_customer_attributes,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class RemoveCustomerPII(BoundOperation):
    """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

    POST /current/customers/RemoveCustomerPII."""

    operation = _operations.REMOVE_CUSTOMER_PII

    def __call__(
        self,
        *,
        customer_ids: list[str],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RemoveCustomerPIIResult | None:
        """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

        RemoveCustomerPII: POST /current/customers/RemoveCustomerPII.

        Args:
            customer_ids: Customers whose personal data is removed (at most 50,000).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "RemoveCustomerPIIResult | None",
            self._runner.call(
                self.operation,
                {"body": _body(RemoveCustomerPIIRequest, customer_i_ds=customer_ids)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        customer_ids: Sequence[str],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[RemoveCustomerPIIResult | None]:
        """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

        RemoveCustomerPII: POST /current/customers/RemoveCustomerPII. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            customer_ids: Customers whose personal data is removed (at most 50,000).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[RemoveCustomerPIIResult | None]",
            self._runner.batch(
                self.operation,
                {"body": _body(RemoveCustomerPIIRequest, customer_i_ds=customer_ids)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncRemoveCustomerPII(AsyncBoundOperation):
    """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

    POST /current/customers/RemoveCustomerPII."""

    operation = _operations.REMOVE_CUSTOMER_PII

    async def __call__(
        self,
        *,
        customer_ids: list[str],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RemoveCustomerPIIResult | None:
        """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

        RemoveCustomerPII: POST /current/customers/RemoveCustomerPII.

        Args:
            customer_ids: Customers whose personal data is removed (at most 50,000).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "RemoveCustomerPIIResult | None",
            await self._runner.call(
                self.operation,
                {"body": _body(RemoveCustomerPIIRequest, customer_i_ds=customer_ids)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        customer_ids: Sequence[str],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[RemoveCustomerPIIResult | None]:
        """Anonymizes all PII attributes of the given customer IDs (GDPR right to be forgotten); records are kept anonymized.

        RemoveCustomerPII: POST /current/customers/RemoveCustomerPII. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            customer_ids: Customers whose personal data is removed (at most 50,000).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[RemoveCustomerPIIResult | None]",
            await self._runner.batch(
                self.operation,
                {"body": _body(RemoveCustomerPIIRequest, customer_i_ds=customer_ids)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTargetGroupChangers(BoundOperation):
    """Customers whose target group changed within a date range, with before/after target group IDs.

    GET /current/customers/GetTargetGroupChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_TARGET_GROUP_CHANGERS

    def __call__(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetTargetGroupChangersRow]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetTargetGroupChangersRow]",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetTargetGroupChangersRow]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetTargetGroupChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetTargetGroupChangersRow]]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetTargetGroupChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTargetGroupChangers(AsyncBoundOperation):
    """Customers whose target group changed within a date range, with before/after target group IDs.

    GET /current/customers/GetTargetGroupChangers. It pages with $top/$skip. It takes CustomerAttributes."""

    operation = _operations.GET_TARGET_GROUP_CHANGERS

    async def __call__(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetTargetGroupChangersRow]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetTargetGroupChangersRow]",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        top: int | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. Returns Optimove's XML form of the result, unparsed.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            top: Page size. The server returns 10,000 records when it is omitted; at most 200,000.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                    "top": top,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetTargetGroupChangersRow]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. Every row of every page, fetched lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetTargetGroupChangersRow]",
            self._runner.iterate(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
        attributes: Sequence[str] | None = None,
        attribute_delimiter: AttributeDelimiter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetTargetGroupChangersRow]]:
        """Customers whose target group changed within a date range, with before/after target group IDs.

        GetTargetGroupChangers: GET /current/customers/GetTargetGroupChangers. The pages (one call each), lazily.

        Args:
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            attributes: Customer attribute names (1 to 10) whose current values come back per row.
            attribute_delimiter: Character that separates the returned attribute values; a comma when omitted.
            page_size: Rows per call (1 to 200,000).
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetTargetGroupChangersRow]]",
            self._runner.pages(
                self.operation,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_attributes": attributes,
                    "customer_attributes_delimiter": attribute_delimiter,
                },
                {
                    "page_size": page_size,
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetChannelTemplates(BoundOperation):
    """Template IDs and names registered for one execution channel.

    GET /current/integrations/GetChannelTemplates."""

    operation = _operations.GET_CHANNEL_TEMPLATES

    def __call__(
        self,
        *,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetChannelTemplatesItem]:
        """Template IDs and names registered for one execution channel.

        GetChannelTemplates: GET /current/integrations/GetChannelTemplates.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetChannelTemplatesItem]",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Template IDs and names registered for one execution channel.

        GetChannelTemplates: GET /current/integrations/GetChannelTemplates. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetChannelTemplates(AsyncBoundOperation):
    """Template IDs and names registered for one execution channel.

    GET /current/integrations/GetChannelTemplates."""

    operation = _operations.GET_CHANNEL_TEMPLATES

    async def __call__(
        self,
        *,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetChannelTemplatesItem]:
        """Template IDs and names registered for one execution channel.

        GetChannelTemplates: GET /current/integrations/GetChannelTemplates.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetChannelTemplatesItem]",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Template IDs and names registered for one execution channel.

        GetChannelTemplates: GET /current/integrations/GetChannelTemplates. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetChannelTemplateDetails(BoundOperation):
    """Details of channel templates (sidebar 'Channel Template Details').

    GET /current/integrations/GetChannelTemplateDetails."""

    operation = _operations.GET_CHANNEL_TEMPLATE_DETAILS

    def __call__(
        self,
        *,
        channel_id: int,
        template_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Details of channel templates (sidebar 'Channel Template Details').

        GetChannelTemplateDetails: GET /current/integrations/GetChannelTemplateDetails.

        Args:
            channel_id: Channel ID (assumed, as for GetChannelTemplates).
            template_id: Template ID (assumed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "template_id": template_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        channel_id: int,
        template_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Details of channel templates (sidebar 'Channel Template Details').

        GetChannelTemplateDetails: GET /current/integrations/GetChannelTemplateDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Channel ID (assumed, as for GetChannelTemplates).
            template_id: Template ID (assumed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "template_id": template_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetChannelTemplateDetails(AsyncBoundOperation):
    """Details of channel templates (sidebar 'Channel Template Details').

    GET /current/integrations/GetChannelTemplateDetails."""

    operation = _operations.GET_CHANNEL_TEMPLATE_DETAILS

    async def __call__(
        self,
        *,
        channel_id: int,
        template_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Details of channel templates (sidebar 'Channel Template Details').

        GetChannelTemplateDetails: GET /current/integrations/GetChannelTemplateDetails.

        Args:
            channel_id: Channel ID (assumed, as for GetChannelTemplates).
            template_id: Template ID (assumed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "template_id": template_id},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        channel_id: int,
        template_id: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Details of channel templates (sidebar 'Channel Template Details').

        GetChannelTemplateDetails: GET /current/integrations/GetChannelTemplateDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            channel_id: Channel ID (assumed, as for GetChannelTemplates).
            template_id: Template ID (assumed).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "template_id": template_id},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddChannelTemplates(BoundOperation):
    """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

    POST /current/integrations/AddChannelTemplates."""

    operation = _operations.ADD_CHANNEL_TEMPLATES

    def __call__(
        self,
        *,
        items: Sequence[AddChannelTemplatesRequestItem],
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

        AddChannelTemplates: POST /current/integrations/AddChannelTemplates.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[AddChannelTemplatesRequestItem],
        channel_id: int,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

        AddChannelTemplates: POST /current/integrations/AddChannelTemplates. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddChannelTemplates(AsyncBoundOperation):
    """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

    POST /current/integrations/AddChannelTemplates."""

    operation = _operations.ADD_CHANNEL_TEMPLATES

    async def __call__(
        self,
        *,
        items: Sequence[AddChannelTemplatesRequestItem],
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

        AddChannelTemplates: POST /current/integrations/AddChannelTemplates.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[AddChannelTemplatesRequestItem],
        channel_id: int,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

        AddChannelTemplates: POST /current/integrations/AddChannelTemplates. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class DeleteChannelTemplates(BoundOperation):
    """Removes previously added channel templates.

    POST /current/integrations/DeleteChannelTemplates."""

    operation = _operations.DELETE_CHANNEL_TEMPLATES

    def __call__(
        self,
        *,
        items: Sequence[DeleteChannelTemplatesRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added channel templates.

        DeleteChannelTemplates: POST /current/integrations/DeleteChannelTemplates.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[DeleteChannelTemplatesRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added channel templates.

        DeleteChannelTemplates: POST /current/integrations/DeleteChannelTemplates. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncDeleteChannelTemplates(AsyncBoundOperation):
    """Removes previously added channel templates.

    POST /current/integrations/DeleteChannelTemplates."""

    operation = _operations.DELETE_CHANNEL_TEMPLATES

    async def __call__(
        self,
        *,
        items: Sequence[DeleteChannelTemplatesRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added channel templates.

        DeleteChannelTemplates: POST /current/integrations/DeleteChannelTemplates.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[DeleteChannelTemplatesRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added channel templates.

        DeleteChannelTemplates: POST /current/integrations/DeleteChannelTemplates. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddChannelApps(BoundOperation):
    """Registers app IDs/names selectable for a channel (typically push-notification channels).

    POST /current/integrations/AddChannelApps."""

    operation = _operations.ADD_CHANNEL_APPS

    def __call__(
        self,
        *,
        items: Sequence[AddChannelAppsRequestItem],
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers app IDs/names selectable for a channel (typically push-notification channels).

        AddChannelApps: POST /current/integrations/AddChannelApps.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[AddChannelAppsRequestItem],
        channel_id: int,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Registers app IDs/names selectable for a channel (typically push-notification channels).

        AddChannelApps: POST /current/integrations/AddChannelApps. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddChannelApps(AsyncBoundOperation):
    """Registers app IDs/names selectable for a channel (typically push-notification channels).

    POST /current/integrations/AddChannelApps."""

    operation = _operations.ADD_CHANNEL_APPS

    async def __call__(
        self,
        *,
        items: Sequence[AddChannelAppsRequestItem],
        channel_id: int,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Registers app IDs/names selectable for a channel (typically push-notification channels).

        AddChannelApps: POST /current/integrations/AddChannelApps.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[AddChannelAppsRequestItem],
        channel_id: int,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Registers app IDs/names selectable for a channel (typically push-notification channels).

        AddChannelApps: POST /current/integrations/AddChannelApps. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            channel_id: Execution channel ID (see GetExecutionChannels).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"channel_id": channel_id, "body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class DeleteChannelApps(BoundOperation):
    """Removes previously added channel apps.

    POST /current/integrations/DeleteChannelApps."""

    operation = _operations.DELETE_CHANNEL_APPS

    def __call__(
        self,
        *,
        items: Sequence[DeleteChannelAppsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added channel apps.

        DeleteChannelApps: POST /current/integrations/DeleteChannelApps.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[DeleteChannelAppsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added channel apps.

        DeleteChannelApps: POST /current/integrations/DeleteChannelApps. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncDeleteChannelApps(AsyncBoundOperation):
    """Removes previously added channel apps.

    POST /current/integrations/DeleteChannelApps."""

    operation = _operations.DELETE_CHANNEL_APPS

    async def __call__(
        self,
        *,
        items: Sequence[DeleteChannelAppsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added channel apps.

        DeleteChannelApps: POST /current/integrations/DeleteChannelApps.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[DeleteChannelAppsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added channel apps.

        DeleteChannelApps: POST /current/integrations/DeleteChannelApps. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpdateCampaignMetrics(BoundOperation):
    """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

    POST /current/integrations/UpdateCampaignMetrics."""

    operation = _operations.UPDATE_CAMPAIGN_METRICS

    def __call__(
        self,
        *,
        items: Sequence[UpdateCampaignMetricsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

        UpdateCampaignMetrics: POST /current/integrations/UpdateCampaignMetrics.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[UpdateCampaignMetricsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

        UpdateCampaignMetrics: POST /current/integrations/UpdateCampaignMetrics. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpdateCampaignMetrics(AsyncBoundOperation):
    """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

    POST /current/integrations/UpdateCampaignMetrics."""

    operation = _operations.UPDATE_CAMPAIGN_METRICS

    async def __call__(
        self,
        *,
        items: Sequence[UpdateCampaignMetricsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

        UpdateCampaignMetrics: POST /current/integrations/UpdateCampaignMetrics.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[UpdateCampaignMetricsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Reports aggregate campaign metrics (sent, delivered, opened…) from an external execution channel.

        UpdateCampaignMetrics: POST /current/integrations/UpdateCampaignMetrics. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpdateCampaignInteractions(BoundOperation):
    """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

    POST /current/integrations/UpdateCampaignInteractions."""

    operation = _operations.UPDATE_CAMPAIGN_INTERACTIONS

    def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        interaction_date: datetime.date,
        event_id: int,
        customer_ids: list[str],
        template_id: int | None = None,
        recipient_group_id: int | None = None,
        app_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

        UpdateCampaignInteractions: POST /current/integrations/UpdateCampaignInteractions.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            interaction_date: Date of the interactions, YYYY-MM-DD.
            event_id: Interaction type: 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.
            customer_ids: Customers who had the interaction (at most 10,000).
            template_id: Template ID.
            recipient_group_id: Recipient group (RGID); 1 when omitted.
            app_id: Application ID within the channel.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCampaignInteractionsRequest,
                        campaign_id=campaign_id,
                        channel_id=channel_id,
                        interaction_date=interaction_date,
                        event_id=event_id,
                        customer_i_ds=customer_ids,
                        template_id=template_id,
                        recipient_group_id=recipient_group_id,
                        app_id=app_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        interaction_date: datetime.date,
        event_id: int,
        customer_ids: Sequence[str],
        template_id: int | None = None,
        recipient_group_id: int | None = None,
        app_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

        UpdateCampaignInteractions: POST /current/integrations/UpdateCampaignInteractions. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            interaction_date: Date of the interactions, YYYY-MM-DD.
            event_id: Interaction type: 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.
            customer_ids: Customers who had the interaction (at most 10,000).
            template_id: Template ID.
            recipient_group_id: Recipient group (RGID); 1 when omitted.
            app_id: Application ID within the channel.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCampaignInteractionsRequest,
                        campaign_id=campaign_id,
                        channel_id=channel_id,
                        interaction_date=interaction_date,
                        event_id=event_id,
                        customer_i_ds=customer_ids,
                        template_id=template_id,
                        recipient_group_id=recipient_group_id,
                        app_id=app_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpdateCampaignInteractions(AsyncBoundOperation):
    """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

    POST /current/integrations/UpdateCampaignInteractions."""

    operation = _operations.UPDATE_CAMPAIGN_INTERACTIONS

    async def __call__(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        interaction_date: datetime.date,
        event_id: int,
        customer_ids: list[str],
        template_id: int | None = None,
        recipient_group_id: int | None = None,
        app_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

        UpdateCampaignInteractions: POST /current/integrations/UpdateCampaignInteractions.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            interaction_date: Date of the interactions, YYYY-MM-DD.
            event_id: Interaction type: 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.
            customer_ids: Customers who had the interaction (at most 10,000).
            template_id: Template ID.
            recipient_group_id: Recipient group (RGID); 1 when omitted.
            app_id: Application ID within the channel.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCampaignInteractionsRequest,
                        campaign_id=campaign_id,
                        channel_id=channel_id,
                        interaction_date=interaction_date,
                        event_id=event_id,
                        customer_i_ds=customer_ids,
                        template_id=template_id,
                        recipient_group_id=recipient_group_id,
                        app_id=app_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        campaign_id: int,
        channel_id: int,
        interaction_date: datetime.date,
        event_id: int,
        customer_ids: Sequence[str],
        template_id: int | None = None,
        recipient_group_id: int | None = None,
        app_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Reports which customers interacted (opened, clicked…) with a campaign run by a third-party system.

        UpdateCampaignInteractions: POST /current/integrations/UpdateCampaignInteractions. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            campaign_id: Campaign ID.
            channel_id: Execution channel ID (see GetExecutionChannels).
            interaction_date: Date of the interactions, YYYY-MM-DD.
            event_id: Interaction type: 0 sent, 1 delivered, 2 opened, 3 clicked, 4 unsubscribed.
            customer_ids: Customers who had the interaction (at most 10,000).
            template_id: Template ID.
            recipient_group_id: Recipient group (RGID); 1 when omitted.
            app_id: Application ID within the channel.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCampaignInteractionsRequest,
                        campaign_id=campaign_id,
                        channel_id=channel_id,
                        interaction_date=interaction_date,
                        event_id=event_id,
                        customer_i_ds=customer_ids,
                        template_id=template_id,
                        recipient_group_id=recipient_group_id,
                        app_id=app_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class SetCustomerChannelPreference(BoundOperation):
    """Sets the communication mode (opt-in/out style preference) of customers for a channel.

    POST /current/integrations/SetCustomerChannelPreference."""

    operation = _operations.SET_CUSTOMER_CHANNEL_PREFERENCE

    def __call__(
        self,
        *,
        channel_id: int,
        customer_ids: list[str],
        communication_mode: int,
        app_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Sets the communication mode (opt-in/out style preference) of customers for a channel.

        SetCustomerChannelPreference: POST /current/integrations/SetCustomerChannelPreference.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            customer_ids: Customers whose preference is set (at most 50,000).
            communication_mode: Preference code (values not documented publicly; 2 is used in Optimove's example).
            app_id: Application ID within the channel.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SetCustomerChannelPreferenceRequest,
                        channel_id=channel_id,
                        customer_i_ds=customer_ids,
                        communication_mode=communication_mode,
                        app_id=app_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        channel_id: int,
        customer_ids: Sequence[str],
        communication_mode: int,
        app_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Sets the communication mode (opt-in/out style preference) of customers for a channel.

        SetCustomerChannelPreference: POST /current/integrations/SetCustomerChannelPreference. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            customer_ids: Customers whose preference is set (at most 50,000).
            communication_mode: Preference code (values not documented publicly; 2 is used in Optimove's example).
            app_id: Application ID within the channel.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SetCustomerChannelPreferenceRequest,
                        channel_id=channel_id,
                        customer_i_ds=customer_ids,
                        communication_mode=communication_mode,
                        app_id=app_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncSetCustomerChannelPreference(AsyncBoundOperation):
    """Sets the communication mode (opt-in/out style preference) of customers for a channel.

    POST /current/integrations/SetCustomerChannelPreference."""

    operation = _operations.SET_CUSTOMER_CHANNEL_PREFERENCE

    async def __call__(
        self,
        *,
        channel_id: int,
        customer_ids: list[str],
        communication_mode: int,
        app_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Sets the communication mode (opt-in/out style preference) of customers for a channel.

        SetCustomerChannelPreference: POST /current/integrations/SetCustomerChannelPreference.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            customer_ids: Customers whose preference is set (at most 50,000).
            communication_mode: Preference code (values not documented publicly; 2 is used in Optimove's example).
            app_id: Application ID within the channel.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SetCustomerChannelPreferenceRequest,
                        channel_id=channel_id,
                        customer_i_ds=customer_ids,
                        communication_mode=communication_mode,
                        app_id=app_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        channel_id: int,
        customer_ids: Sequence[str],
        communication_mode: int,
        app_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Sets the communication mode (opt-in/out style preference) of customers for a channel.

        SetCustomerChannelPreference: POST /current/integrations/SetCustomerChannelPreference. Any number of customer_ids, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            channel_id: Execution channel ID (see GetExecutionChannels).
            customer_ids: Customers whose preference is set (at most 50,000).
            communication_mode: Preference code (values not documented publicly; 2 is used in Optimove's example).
            app_id: Application ID within the channel.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SetCustomerChannelPreferenceRequest,
                        channel_id=channel_id,
                        customer_i_ds=customer_ids,
                        communication_mode=communication_mode,
                        app_id=app_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpdateCustomerPromotionStatus(BoundOperation):
    """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

    POST /current/integrations/UpdateCustomerPromotionStatus."""

    operation = _operations.UPDATE_CUSTOMER_PROMOTION_STATUS

    def __call__(
        self,
        *,
        time_stamp: datetime.datetime,
        campaign_id: int,
        promos_updated: list[UpdateCustomerPromotionStatusRequestPromosUpdatedItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

        UpdateCustomerPromotionStatus: POST /current/integrations/UpdateCustomerPromotionStatus.

        Args:
            time_stamp: Time of the report, YYYY-MM-DD HH:MM:SS, in the account's time zone.
            campaign_id: Campaign ID.
            promos_updated: Promotion activation status per customer (at most 10,000).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerPromotionStatusRequest,
                        time_stamp=time_stamp,
                        campaign_id=campaign_id,
                        promos_updated=promos_updated,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        time_stamp: datetime.datetime,
        campaign_id: int,
        promos_updated: Sequence[UpdateCustomerPromotionStatusRequestPromosUpdatedItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

        UpdateCustomerPromotionStatus: POST /current/integrations/UpdateCustomerPromotionStatus. Any number of promos_updated, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            time_stamp: Time of the report, YYYY-MM-DD HH:MM:SS, in the account's time zone.
            campaign_id: Campaign ID.
            promos_updated: Promotion activation status per customer (at most 10,000).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerPromotionStatusRequest,
                        time_stamp=time_stamp,
                        campaign_id=campaign_id,
                        promos_updated=promos_updated,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpdateCustomerPromotionStatus(AsyncBoundOperation):
    """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

    POST /current/integrations/UpdateCustomerPromotionStatus."""

    operation = _operations.UPDATE_CUSTOMER_PROMOTION_STATUS

    async def __call__(
        self,
        *,
        time_stamp: datetime.datetime,
        campaign_id: int,
        promos_updated: list[UpdateCustomerPromotionStatusRequestPromosUpdatedItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

        UpdateCustomerPromotionStatus: POST /current/integrations/UpdateCustomerPromotionStatus.

        Args:
            time_stamp: Time of the report, YYYY-MM-DD HH:MM:SS, in the account's time zone.
            campaign_id: Campaign ID.
            promos_updated: Promotion activation status per customer (at most 10,000).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerPromotionStatusRequest,
                        time_stamp=time_stamp,
                        campaign_id=campaign_id,
                        promos_updated=promos_updated,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        time_stamp: datetime.datetime,
        campaign_id: int,
        promos_updated: Sequence[UpdateCustomerPromotionStatusRequestPromosUpdatedItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Conditional execution: tells Optimove for which customers the promotion was activated, so only they receive the campaign.

        UpdateCustomerPromotionStatus: POST /current/integrations/UpdateCustomerPromotionStatus. Any number of promos_updated, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            time_stamp: Time of the report, YYYY-MM-DD HH:MM:SS, in the account's time zone.
            campaign_id: Campaign ID.
            promos_updated: Promotion activation status per customer (at most 10,000).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        UpdateCustomerPromotionStatusRequest,
                        time_stamp=time_stamp,
                        campaign_id=campaign_id,
                        promos_updated=promos_updated,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetPromotions(BoundOperation):
    """All promo codes and their names registered in Optimove.

    GET /current/integrations/GetPromotions."""

    operation = _operations.GET_PROMOTIONS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromotionsItem]:
        """All promo codes and their names registered in Optimove.

        GetPromotions: GET /current/integrations/GetPromotions.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromotionsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """All promo codes and their names registered in Optimove.

        GetPromotions: GET /current/integrations/GetPromotions. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetPromotions(AsyncBoundOperation):
    """All promo codes and their names registered in Optimove.

    GET /current/integrations/GetPromotions."""

    operation = _operations.GET_PROMOTIONS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetPromotionsItem]:
        """All promo codes and their names registered in Optimove.

        GetPromotions: GET /current/integrations/GetPromotions.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetPromotionsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """All promo codes and their names registered in Optimove.

        GetPromotions: GET /current/integrations/GetPromotions. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddPromotions(BoundOperation):
    """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

    POST /current/integrations/AddPromotions."""

    operation = _operations.ADD_PROMOTIONS

    def __call__(
        self,
        *,
        items: Sequence[AddPromotionsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

        AddPromotions: POST /current/integrations/AddPromotions.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[AddPromotionsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

        AddPromotions: POST /current/integrations/AddPromotions. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddPromotions(AsyncBoundOperation):
    """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

    POST /current/integrations/AddPromotions."""

    operation = _operations.ADD_PROMOTIONS

    async def __call__(
        self,
        *,
        items: Sequence[AddPromotionsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

        AddPromotions: POST /current/integrations/AddPromotions.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[AddPromotionsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Adds promo codes with names for selection in campaigns; existing codes get their name replaced.

        AddPromotions: POST /current/integrations/AddPromotions. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class DeletePromotions(BoundOperation):
    """Removes previously added promo codes.

    POST /current/integrations/DeletePromotions."""

    operation = _operations.DELETE_PROMOTIONS

    def __call__(
        self,
        *,
        items: Sequence[DeletePromotionsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added promo codes.

        DeletePromotions: POST /current/integrations/DeletePromotions.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        items: Sequence[DeletePromotionsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added promo codes.

        DeletePromotions: POST /current/integrations/DeletePromotions. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncDeletePromotions(AsyncBoundOperation):
    """Removes previously added promo codes.

    POST /current/integrations/DeletePromotions."""

    operation = _operations.DELETE_PROMOTIONS

    async def __call__(
        self,
        *,
        items: Sequence[DeletePromotionsRequestItem],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Removes previously added promo codes.

        DeletePromotions: POST /current/integrations/DeletePromotions.

        Args:
            items: The items of the JSON array body.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "None",
            await self._runner.call(
                self.operation,
                {"body": list(items)},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        items: Sequence[DeletePromotionsRequestItem],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[None]:
        """Removes previously added promo codes.

        DeletePromotions: POST /current/integrations/DeletePromotions. Any number of items, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            items: The items of the JSON array body.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[None]",
            await self._runner.batch(
                self.operation,
                {"body": list(items)},
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddTemplate(BoundOperation):
    """Creates an Optimail email template.

    POST /current/optimail/AddTemplate."""

    operation = _operations.ADD_TEMPLATE

    def __call__(
        self,
        *,
        template_name: str | None = None,
        template_content: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Creates an Optimail email template.

        AddTemplate: POST /current/optimail/AddTemplate.

        Args:
            template_name: Name of the template (field name inferred from GetTemplateDetails).
            template_content: Content of the template, HTML, with personalization tags such as [%FIRST_NAME%] (field name
                inferred from GetTemplateDetails).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddTemplateRequest,
                        template_name=template_name,
                        template_content=template_content,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddTemplate(AsyncBoundOperation):
    """Creates an Optimail email template.

    POST /current/optimail/AddTemplate."""

    operation = _operations.ADD_TEMPLATE

    async def __call__(
        self,
        *,
        template_name: str | None = None,
        template_content: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Creates an Optimail email template.

        AddTemplate: POST /current/optimail/AddTemplate.

        Args:
            template_name: Name of the template (field name inferred from GetTemplateDetails).
            template_content: Content of the template, HTML, with personalization tags such as [%FIRST_NAME%] (field name
                inferred from GetTemplateDetails).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddTemplateRequest,
                        template_name=template_name,
                        template_content=template_content,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class UpdateTemplate(BoundOperation):
    """Updates an existing Optimail email template.

    POST /current/optimail/UpdateTemplate."""

    operation = _operations.UPDATE_TEMPLATE

    def __call__(
        self,
        *,
        template_id: int,
        template_name: str | None = None,
        template_content: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Updates an existing Optimail email template.

        UpdateTemplate: POST /current/optimail/UpdateTemplate.

        Args:
            template_id: ID of the template to change, as GetTemplateDetails lists it (field name inferred).
            template_name: New name of the template (field name inferred from GetTemplateDetails).
            template_content: New content of the template, HTML, with personalization tags such as [%FIRST_NAME%] (field name
                inferred from GetTemplateDetails).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateTemplateRequest,
                        template_id=template_id,
                        template_name=template_name,
                        template_content=template_content,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncUpdateTemplate(AsyncBoundOperation):
    """Updates an existing Optimail email template.

    POST /current/optimail/UpdateTemplate."""

    operation = _operations.UPDATE_TEMPLATE

    async def __call__(
        self,
        *,
        template_id: int,
        template_name: str | None = None,
        template_content: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Updates an existing Optimail email template.

        UpdateTemplate: POST /current/optimail/UpdateTemplate.

        Args:
            template_id: ID of the template to change, as GetTemplateDetails lists it (field name inferred).
            template_name: New name of the template (field name inferred from GetTemplateDetails).
            template_content: New content of the template, HTML, with personalization tags such as [%FIRST_NAME%] (field name
                inferred from GetTemplateDetails).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        UpdateTemplateRequest,
                        template_id=template_id,
                        template_name=template_name,
                        template_content=template_content,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AddUnsubscribers(BoundOperation):
    """Adds email addresses to a brand's global Optimail unsubscribe list.

    POST /current/optimail/AddUnsubscribers."""

    operation = _operations.ADD_UNSUBSCRIBERS

    def __call__(
        self,
        *,
        brand_id: int,
        email_addresses: list[str],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AddUnsubscribersResult | None:
        """Adds email addresses to a brand's global Optimail unsubscribe list.

        AddUnsubscribers: POST /current/optimail/AddUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_addresses: Addresses to unsubscribe (at most 200).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AddUnsubscribersResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddUnsubscribersRequest,
                        brand_id=brand_id,
                        email_addresses=email_addresses,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        brand_id: int,
        email_addresses: Sequence[str],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[AddUnsubscribersResult | None]:
        """Adds email addresses to a brand's global Optimail unsubscribe list.

        AddUnsubscribers: POST /current/optimail/AddUnsubscribers. Any number of email_addresses, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_addresses: Addresses to unsubscribe (at most 200).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[AddUnsubscribersResult | None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        AddUnsubscribersRequest,
                        brand_id=brand_id,
                        email_addresses=email_addresses,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncAddUnsubscribers(AsyncBoundOperation):
    """Adds email addresses to a brand's global Optimail unsubscribe list.

    POST /current/optimail/AddUnsubscribers."""

    operation = _operations.ADD_UNSUBSCRIBERS

    async def __call__(
        self,
        *,
        brand_id: int,
        email_addresses: list[str],
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AddUnsubscribersResult | None:
        """Adds email addresses to a brand's global Optimail unsubscribe list.

        AddUnsubscribers: POST /current/optimail/AddUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_addresses: Addresses to unsubscribe (at most 200).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AddUnsubscribersResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        AddUnsubscribersRequest,
                        brand_id=brand_id,
                        email_addresses=email_addresses,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        brand_id: int,
        email_addresses: Sequence[str],
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[AddUnsubscribersResult | None]:
        """Adds email addresses to a brand's global Optimail unsubscribe list.

        AddUnsubscribers: POST /current/optimail/AddUnsubscribers. Any number of email_addresses, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_addresses: Addresses to unsubscribe (at most 200).
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[AddUnsubscribersResult | None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        AddUnsubscribersRequest,
                        brand_id=brand_id,
                        email_addresses=email_addresses,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class DeleteUnsubscribers(BoundOperation):
    """Removes one email address from a brand's global unsubscribe list.

    POST /current/optimail/DeleteUnsubscribers."""

    operation = _operations.DELETE_UNSUBSCRIBERS

    def __call__(
        self,
        *,
        brand_id: int,
        email_address: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteUnsubscribersResult | None:
        """Removes one email address from a brand's global unsubscribe list.

        DeleteUnsubscribers: POST /current/optimail/DeleteUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_address: Address to subscribe again.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "DeleteUnsubscribersResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        DeleteUnsubscribersRequest,
                        brand_id=brand_id,
                        email_address=email_address,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncDeleteUnsubscribers(AsyncBoundOperation):
    """Removes one email address from a brand's global unsubscribe list.

    POST /current/optimail/DeleteUnsubscribers."""

    operation = _operations.DELETE_UNSUBSCRIBERS

    async def __call__(
        self,
        *,
        brand_id: int,
        email_address: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteUnsubscribersResult | None:
        """Removes one email address from a brand's global unsubscribe list.

        DeleteUnsubscribers: POST /current/optimail/DeleteUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            email_address: Address to subscribe again.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "DeleteUnsubscribersResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        DeleteUnsubscribersRequest,
                        brand_id=brand_id,
                        email_address=email_address,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetUnsubscribers(BoundOperation):
    """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

    GET /current/optimail/GetUnsubscribers. It pages with $top/$skip."""

    operation = _operations.GET_UNSUBSCRIBERS

    def __call__(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetUnsubscribersRow]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetUnsubscribersRow]",
            self._runner.call(
                self.operation,
                {
                    "brand_id": brand_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. Returns Optimove's XML form of the result, unparsed.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "brand_id": brand_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[GetUnsubscribersRow]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. Every row of every page, fetched lazily.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[GetUnsubscribersRow]",
            self._runner.iterate(
                self.operation,
                {"brand_id": brand_id, "start_date": start_date, "end_date": end_date},
                {
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Page[GetUnsubscribersRow]]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. The pages (one call each), lazily.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Iterator[Page[GetUnsubscribersRow]]",
            self._runner.pages(
                self.operation,
                {"brand_id": brand_id, "start_date": start_date, "end_date": end_date},
                {
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetUnsubscribers(AsyncBoundOperation):
    """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

    GET /current/optimail/GetUnsubscribers. It pages with $top/$skip."""

    operation = _operations.GET_UNSUBSCRIBERS

    async def __call__(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageList[GetUnsubscribersRow]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "PageList[GetUnsubscribersRow]",
            await self._runner.call(
                self.operation,
                {
                    "brand_id": brand_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "skip": skip,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        skip: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. Returns Optimove's XML form of the result, unparsed.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            skip: Number of records of the whole result to skip before this page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "brand_id": brand_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "skip": skip,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def iter(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[GetUnsubscribersRow]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. Every row of every page, fetched lazily.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[GetUnsubscribersRow]",
            self._runner.iterate(
                self.operation,
                {"brand_id": brand_id, "start_date": start_date, "end_date": end_date},
                {
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def pages(
        self,
        *,
        brand_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        max_items: int | None = None,
        start: int | None = None,
        concurrency: int | None = None,
        on_progress: Callable[[PagingProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Page[GetUnsubscribersRow]]:
        """Email addresses on a brand's global unsubscribe list, optionally by unsubscribe-date range.

        GetUnsubscribers: GET /current/optimail/GetUnsubscribers. The pages (one call each), lazily.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            start_date: First unsubscribe date, YYYY-MM-DD, inclusive; omit both dates for the whole list.
            end_date: Last unsubscribe date, YYYY-MM-DD, inclusive.
            max_items: Stop after this many rows in all (default: every row).
            start: Offset ($skip) of the first row, to resume a pull (default 0).
            concurrency: Pages fetched ahead at once, yielded in order (default 1).
            on_progress: Called after each page.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "AsyncIterator[Page[GetUnsubscribersRow]]",
            self._runner.pages(
                self.operation,
                {"brand_id": brand_id, "start_date": start_date, "end_date": end_date},
                {
                    "max_items": max_items,
                    "start": start,
                    "concurrency": concurrency,
                    "on_progress": on_progress,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class SendTransactionalMail(BoundOperation):
    """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

    POST /current/transactionalmail/SendTransactionalMail."""

    operation = _operations.SEND_TRANSACTIONAL_MAIL

    def __call__(
        self,
        *,
        template_id: int,
        recipients: list[SendTransactionalMailRequestRecipientsItem],
        schedule_time: datetime.datetime | None = None,
        attachments: list[SendTransactionalMailRequestAttachmentsItem] | None = None,
        unique_message_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendTransactionalMailResult | None:
        """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

        SendTransactionalMail: POST /current/transactionalmail/SendTransactionalMail.

        Args:
            template_id: Transactional template ID (Manage Templates).
            recipients: Recipients of the message (at most 200 per call).
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            attachments: Files to attach.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "SendTransactionalMailResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SendTransactionalMailRequest,
                        template_id=template_id,
                        recipients=recipients,
                        schedule_time=schedule_time,
                        attachments=attachments,
                        unique_message_id=unique_message_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        template_id: int,
        recipients: Sequence[SendTransactionalMailRequestRecipientsItem],
        schedule_time: datetime.datetime | None = None,
        attachments: list[SendTransactionalMailRequestAttachmentsItem] | None = None,
        unique_message_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[SendTransactionalMailResult | None]:
        """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

        SendTransactionalMail: POST /current/transactionalmail/SendTransactionalMail. Any number of recipients, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            template_id: Transactional template ID (Manage Templates).
            recipients: Recipients of the message (at most 200 per call).
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            attachments: Files to attach.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[SendTransactionalMailResult | None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SendTransactionalMailRequest,
                        template_id=template_id,
                        recipients=recipients,
                        schedule_time=schedule_time,
                        attachments=attachments,
                        unique_message_id=unique_message_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncSendTransactionalMail(AsyncBoundOperation):
    """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

    POST /current/transactionalmail/SendTransactionalMail."""

    operation = _operations.SEND_TRANSACTIONAL_MAIL

    async def __call__(
        self,
        *,
        template_id: int,
        recipients: list[SendTransactionalMailRequestRecipientsItem],
        schedule_time: datetime.datetime | None = None,
        attachments: list[SendTransactionalMailRequestAttachmentsItem] | None = None,
        unique_message_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendTransactionalMailResult | None:
        """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

        SendTransactionalMail: POST /current/transactionalmail/SendTransactionalMail.

        Args:
            template_id: Transactional template ID (Manage Templates).
            recipients: Recipients of the message (at most 200 per call).
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            attachments: Files to attach.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "SendTransactionalMailResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SendTransactionalMailRequest,
                        template_id=template_id,
                        recipients=recipients,
                        schedule_time=schedule_time,
                        attachments=attachments,
                        unique_message_id=unique_message_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        template_id: int,
        recipients: Sequence[SendTransactionalMailRequestRecipientsItem],
        schedule_time: datetime.datetime | None = None,
        attachments: list[SendTransactionalMailRequestAttachmentsItem] | None = None,
        unique_message_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[SendTransactionalMailResult | None]:
        """Sends a stored transactional template to a list of recipients with per-recipient personalization tags.

        SendTransactionalMail: POST /current/transactionalmail/SendTransactionalMail. Any number of recipients, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            template_id: Transactional template ID (Manage Templates).
            recipients: Recipients of the message (at most 200 per call).
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            attachments: Files to attach.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[SendTransactionalMailResult | None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SendTransactionalMailRequest,
                        template_id=template_id,
                        recipients=recipients,
                        schedule_time=schedule_time,
                        attachments=attachments,
                        unique_message_id=unique_message_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class SendFinalizedTransactionalMail(BoundOperation):
    """Sends a transactional email whose final HTML/plain content is supplied in the call.

    POST /current/transactionalmail/SendFinalizedTransactionalMail."""

    operation = _operations.SEND_FINALIZED_TRANSACTIONAL_MAIL

    def __call__(
        self,
        *,
        brand_id: int,
        recipients: list[SendFinalizedTransactionalMailRequestRecipientsItem],
        from_email: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        subject: str | None = None,
        html: str | None = None,
        plain_text: str | None = None,
        bcc: list[SendFinalizedTransactionalMailRequestBccItem] | None = None,
        attachments: list[SendFinalizedTransactionalMailRequestAttachmentsItem]
        | None = None,
        schedule_time: datetime.datetime | None = None,
        unique_message_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendFinalizedTransactionalMailResult | None:
        """Sends a transactional email whose final HTML/plain content is supplied in the call.

        SendFinalizedTransactionalMail: POST /current/transactionalmail/SendFinalizedTransactionalMail.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            recipients: Recipients (at most 200).
            from_email: Sender address.
            from_name: Sender name.
            reply_to: Reply-to address.
            subject: Subject line.
            html: HTML body.
            plain_text: Plain-text body.
            bcc: Blind-copy recipients (item fields not documented publicly).
            attachments: Files to attach.
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "SendFinalizedTransactionalMailResult | None",
            self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SendFinalizedTransactionalMailRequest,
                        brand_id=brand_id,
                        recipients=recipients,
                        from_email=from_email,
                        from_name=from_name,
                        reply_to=reply_to,
                        subject=subject,
                        html=html,
                        plain_text=plain_text,
                        bcc=bcc,
                        attachments=attachments,
                        schedule_time=schedule_time,
                        unique_message_id=unique_message_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def batched(
        self,
        *,
        brand_id: int,
        recipients: Sequence[SendFinalizedTransactionalMailRequestRecipientsItem],
        from_email: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        subject: str | None = None,
        html: str | None = None,
        plain_text: str | None = None,
        bcc: list[SendFinalizedTransactionalMailRequestBccItem] | None = None,
        attachments: list[SendFinalizedTransactionalMailRequestAttachmentsItem]
        | None = None,
        schedule_time: datetime.datetime | None = None,
        unique_message_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[SendFinalizedTransactionalMailResult | None]:
        """Sends a transactional email whose final HTML/plain content is supplied in the call.

        SendFinalizedTransactionalMail: POST /current/transactionalmail/SendFinalizedTransactionalMail. Any number of recipients, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            recipients: Recipients (at most 200).
            from_email: Sender address.
            from_name: Sender name.
            reply_to: Reply-to address.
            subject: Subject line.
            html: HTML body.
            plain_text: Plain-text body.
            bcc: Blind-copy recipients (item fields not documented publicly).
            attachments: Files to attach.
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[SendFinalizedTransactionalMailResult | None]",
            self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SendFinalizedTransactionalMailRequest,
                        brand_id=brand_id,
                        recipients=recipients,
                        from_email=from_email,
                        from_name=from_name,
                        reply_to=reply_to,
                        subject=subject,
                        html=html,
                        plain_text=plain_text,
                        bcc=bcc,
                        attachments=attachments,
                        schedule_time=schedule_time,
                        unique_message_id=unique_message_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncSendFinalizedTransactionalMail(AsyncBoundOperation):
    """Sends a transactional email whose final HTML/plain content is supplied in the call.

    POST /current/transactionalmail/SendFinalizedTransactionalMail."""

    operation = _operations.SEND_FINALIZED_TRANSACTIONAL_MAIL

    async def __call__(
        self,
        *,
        brand_id: int,
        recipients: list[SendFinalizedTransactionalMailRequestRecipientsItem],
        from_email: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        subject: str | None = None,
        html: str | None = None,
        plain_text: str | None = None,
        bcc: list[SendFinalizedTransactionalMailRequestBccItem] | None = None,
        attachments: list[SendFinalizedTransactionalMailRequestAttachmentsItem]
        | None = None,
        schedule_time: datetime.datetime | None = None,
        unique_message_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendFinalizedTransactionalMailResult | None:
        """Sends a transactional email whose final HTML/plain content is supplied in the call.

        SendFinalizedTransactionalMail: POST /current/transactionalmail/SendFinalizedTransactionalMail.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            recipients: Recipients (at most 200).
            from_email: Sender address.
            from_name: Sender name.
            reply_to: Reply-to address.
            subject: Subject line.
            html: HTML body.
            plain_text: Plain-text body.
            bcc: Blind-copy recipients (item fields not documented publicly).
            attachments: Files to attach.
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "SendFinalizedTransactionalMailResult | None",
            await self._runner.call(
                self.operation,
                {
                    "body": _body(
                        SendFinalizedTransactionalMailRequest,
                        brand_id=brand_id,
                        recipients=recipients,
                        from_email=from_email,
                        from_name=from_name,
                        reply_to=reply_to,
                        subject=subject,
                        html=html,
                        plain_text=plain_text,
                        bcc=bcc,
                        attachments=attachments,
                        schedule_time=schedule_time,
                        unique_message_id=unique_message_id,
                    )
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def batched(
        self,
        *,
        brand_id: int,
        recipients: Sequence[SendFinalizedTransactionalMailRequestRecipientsItem],
        from_email: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        subject: str | None = None,
        html: str | None = None,
        plain_text: str | None = None,
        bcc: list[SendFinalizedTransactionalMailRequestBccItem] | None = None,
        attachments: list[SendFinalizedTransactionalMailRequestAttachmentsItem]
        | None = None,
        schedule_time: datetime.datetime | None = None,
        unique_message_id: str | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchSummary[SendFinalizedTransactionalMailResult | None]:
        """Sends a transactional email whose final HTML/plain content is supplied in the call.

        SendFinalizedTransactionalMail: POST /current/transactionalmail/SendFinalizedTransactionalMail. Any number of recipients, sent in as many calls as the function's limit per call needs, in order; a failed call raises a BatchError that says which items were sent and which were not.

        Args:
            brand_id: Optimail brand (account) ID, given by Optimove.
            recipients: Recipients (at most 200).
            from_email: Sender address.
            from_name: Sender name.
            reply_to: Reply-to address.
            subject: Subject line.
            html: HTML body.
            plain_text: Plain-text body.
            bcc: Blind-copy recipients (item fields not documented publicly).
            attachments: Files to attach.
            schedule_time: When to send, UTC, YYYY-MM-DD HH:MM:SS; omitted means now.
            unique_message_id: Idempotency key (at most 254 characters): a repeat is answered 409.
            on_progress: Called after each call of the batch.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "BatchSummary[SendFinalizedTransactionalMailResult | None]",
            await self._runner.batch(
                self.operation,
                {
                    "body": _body(
                        SendFinalizedTransactionalMailRequest,
                        brand_id=brand_id,
                        recipients=recipients,
                        from_email=from_email,
                        from_name=from_name,
                        reply_to=reply_to,
                        subject=subject,
                        html=html,
                        plain_text=plain_text,
                        bcc=bcc,
                        attachments=attachments,
                        schedule_time=schedule_time,
                        unique_message_id=unique_message_id,
                    )
                },
                on_progress=on_progress,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTemplateDetails(BoundOperation):
    """All transactional (Optimail) templates with content and attributes.

    GET /current/transactionalmail/GetTemplateDetails."""

    operation = _operations.GET_TEMPLATE_DETAILS

    def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTemplateDetailsItem]:
        """All transactional (Optimail) templates with content and attributes.

        GetTemplateDetails: GET /current/transactionalmail/GetTemplateDetails.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTemplateDetailsItem]",
            self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """All transactional (Optimail) templates with content and attributes.

        GetTemplateDetails: GET /current/transactionalmail/GetTemplateDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTemplateDetails(AsyncBoundOperation):
    """All transactional (Optimail) templates with content and attributes.

    GET /current/transactionalmail/GetTemplateDetails."""

    operation = _operations.GET_TEMPLATE_DETAILS

    async def __call__(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GetTemplateDetailsItem]:
        """All transactional (Optimail) templates with content and attributes.

        GetTemplateDetails: GET /current/transactionalmail/GetTemplateDetails.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "list[GetTemplateDetailsItem]",
            await self._runner.call(
                self.operation,
                {},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """All transactional (Optimail) templates with content and attributes.

        GetTemplateDetails: GET /current/transactionalmail/GetTemplateDetails. Returns Optimove's XML form of the result, unparsed.

        Args:
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTransactionalTemplateMetrics(BoundOperation):
    """Post-send metrics of one transactional template over time.

    GET /current/transactionalmail/GetTransactionalTemplateMetrics."""

    operation = _operations.GET_TRANSACTIONAL_TEMPLATE_METRICS

    def __call__(
        self,
        *,
        template_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Post-send metrics of one transactional template over time.

        GetTransactionalTemplateMetrics: GET /current/transactionalmail/GetTransactionalTemplateMetrics.

        Args:
            template_id: Template whose metrics are returned (inferred).
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {
                    "template_id": template_id,
                    "start_date": start_date,
                    "end_date": end_date,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        template_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Post-send metrics of one transactional template over time.

        GetTransactionalTemplateMetrics: GET /current/transactionalmail/GetTransactionalTemplateMetrics. Returns Optimove's XML form of the result, unparsed.

        Args:
            template_id: Template whose metrics are returned (inferred).
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {
                    "template_id": template_id,
                    "start_date": start_date,
                    "end_date": end_date,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTransactionalTemplateMetrics(AsyncBoundOperation):
    """Post-send metrics of one transactional template over time.

    GET /current/transactionalmail/GetTransactionalTemplateMetrics."""

    operation = _operations.GET_TRANSACTIONAL_TEMPLATE_METRICS

    async def __call__(
        self,
        *,
        template_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Post-send metrics of one transactional template over time.

        GetTransactionalTemplateMetrics: GET /current/transactionalmail/GetTransactionalTemplateMetrics.

        Args:
            template_id: Template whose metrics are returned (inferred).
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {
                    "template_id": template_id,
                    "start_date": start_date,
                    "end_date": end_date,
                },
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        template_id: int,
        start_date: datetime.date | None = None,
        end_date: datetime.date | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Post-send metrics of one transactional template over time.

        GetTransactionalTemplateMetrics: GET /current/transactionalmail/GetTransactionalTemplateMetrics. Returns Optimove's XML form of the result, unparsed.

        Args:
            template_id: Template whose metrics are returned (inferred).
            start_date: First date of the range, YYYY-MM-DD.
            end_date: Last date of the range, YYYY-MM-DD.
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {
                    "template_id": template_id,
                    "start_date": start_date,
                    "end_date": end_date,
                },
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class GetTransactionalUserMetrics(BoundOperation):
    """Post-send transactional email metrics for one recipient.

    GET /current/transactionalmail/GetTransactionalUserMetrics."""

    operation = _operations.GET_TRANSACTIONAL_USER_METRICS

    def __call__(
        self,
        *,
        email: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Post-send transactional email metrics for one recipient.

        GetTransactionalUserMetrics: GET /current/transactionalmail/GetTransactionalUserMetrics.

        Args:
            email: Recipient address (inferred).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            self._runner.call(
                self.operation,
                {"email": email},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    def xml(
        self,
        *,
        email: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Post-send transactional email metrics for one recipient.

        GetTransactionalUserMetrics: GET /current/transactionalmail/GetTransactionalUserMetrics. Returns Optimove's XML form of the result, unparsed.

        Args:
            email: Recipient address (inferred).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            self._runner.call(
                self.operation,
                {"email": email},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class AsyncGetTransactionalUserMetrics(AsyncBoundOperation):
    """Post-send transactional email metrics for one recipient.

    GET /current/transactionalmail/GetTransactionalUserMetrics."""

    operation = _operations.GET_TRANSACTIONAL_USER_METRICS

    async def __call__(
        self,
        *,
        email: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Post-send transactional email metrics for one recipient.

        GetTransactionalUserMetrics: GET /current/transactionalmail/GetTransactionalUserMetrics.

        Args:
            email: Recipient address (inferred).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "Any",
            await self._runner.call(
                self.operation,
                {"email": email},
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )

    async def xml(
        self,
        *,
        email: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Post-send transactional email metrics for one recipient.

        GetTransactionalUserMetrics: GET /current/transactionalmail/GetTransactionalUserMetrics. Returns Optimove's XML form of the result, unparsed.

        Args:
            email: Recipient address (inferred).
            extra_query: Query parameters the spec does not know of, sent as given (a known parameter is an error).
            extra_body: Body fields the spec does not know of, merged into the JSON object sent (a known one is an
                error).
            extra_headers: HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).
        """
        return cast(
            "str",
            await self._runner.call(
                self.operation,
                {"email": email},
                xml=True,
                extras=_extras(extra_query, extra_body, extra_headers),
            ),
        )


class General:
    """Session login, last data update date and event listeners (webhooks)."""

    def __init__(self, runner: Runner) -> None:
        self.login = Login(runner)
        self.get_last_data_update = GetLastDataUpdate(runner)
        self.register_event_listener = RegisterEventListener(runner)
        self.unregister_event_listener = UnregisterEventListener(runner)
        self.get_registered_event_listeners = GetRegisteredEventListeners(runner)


class ApiKey:
    """Information about the API key in use."""

    def __init__(self, runner: Runner) -> None:
        self.api_key_info = ApiKeyInfo(runner)


class Model:
    """The customer model: attributes, lifecycle stages and microsegments."""

    def __init__(self, runner: Runner) -> None:
        self.get_customer_attribute_list = GetCustomerAttributeList(runner)
        self.get_lifecycle_stage_list = GetLifecycleStageList(runner)
        self.get_microsegment_list = GetMicrosegmentList(runner)
        self.get_microsegment_changers = GetMicrosegmentChangers(runner)


class Actions:
    """Actions, campaigns, promo codes and execution channels."""

    def __init__(self, runner: Runner) -> None:
        self.get_all_actions = GetAllActions(runner)
        self.get_actions_by_target_group = GetActionsByTargetGroup(runner)
        self.get_action_id = GetActionID(runner)
        self.get_action_name = GetActionName(runner)
        self.get_action_details_by_target_group = GetActionDetailsByTargetGroup(runner)
        self.get_promo_codes = GetPromoCodes(runner)
        self.get_promo_codes_by_campaign = GetPromoCodesByCampaign(runner)
        self.get_promo_codes_by_target_group = GetPromoCodesByTargetGroup(runner)
        self.get_executed_campaign_details = GetExecutedCampaignDetails(runner)
        self.get_campaign_details = GetCampaignDetails(runner)
        self.get_execution_channels = GetExecutionChannels(runner)
        self.get_executed_campaigns_by_channel = GetExecutedCampaignsByChannel(runner)
        self.get_executed_campaign_channel_details = GetExecutedCampaignChannelDetails(
            runner
        )


class TargetGroups:
    """Target groups and their IDs, names and priorities."""

    def __init__(self, runner: Runner) -> None:
        self.get_target_groups_by_date = GetTargetGroupsByDate(runner)
        self.get_target_group_id = GetTargetGroupID(runner)
        self.get_target_group_name = GetTargetGroupName(runner)
        self.get_target_group_details = GetTargetGroupDetails(runner)


class ValueSegments:
    """Value segments and the customers in them."""

    def __init__(self, runner: Runner) -> None:
        self.get_value_segments = GetValueSegments(runner)
        self.get_value_segment_id = GetValueSegmentID(runner)
        self.get_value_segment_name = GetValueSegmentName(runner)
        self.get_customers_by_value_segment = GetCustomersByValueSegment(runner)
        self.get_value_segment_changers = GetValueSegmentChangers(runner)


class Customers:
    """Customer lists (paged), customer details and customer attribute updates."""

    def __init__(self, runner: Runner) -> None:
        self.get_currently_targeted_customers = GetCurrentlyTargetedCustomers(runner)
        self.get_canceled_campaign_customers = GetCanceledCampaignCustomers(runner)
        self.get_processed_campaign_customers = GetProcessedCampaignCustomers(runner)
        self.get_customer_last_action_executed = GetCustomerLastActionExecuted(runner)
        self.get_customer_actions_by_target_group = GetCustomerActionsByTargetGroup(
            runner
        )
        self.get_customer_one_time_actions_by_campaign = (
            GetCustomerOneTimeActionsByCampaign(runner)
        )
        self.get_customer_one_time_actions_by_date = GetCustomerOneTimeActionsByDate(
            runner
        )
        self.get_customers_by_action = GetCustomersByAction(runner)
        self.get_customers_action_ended_by_date = GetCustomersActionEndedByDate(runner)
        self.get_customer_send_details_by_campaign = GetCustomerSendDetailsByCampaign(
            runner
        )
        self.get_customer_send_details_by_channel = GetCustomerSendDetailsByChannel(
            runner
        )
        self.get_customer_execution_details_by_campaign = (
            GetCustomerExecutionDetailsByCampaign(runner)
        )
        self.get_customer_action_details_by_date = GetCustomerActionDetailsByDate(
            runner
        )
        self.get_customer_product_details_by_date = GetCustomerProductDetailsByDate(
            runner
        )
        self.get_customer_product_details_by_campaign = (
            GetCustomerProductDetailsByCampaign(runner)
        )
        self.get_customer_product_recommendations = GetCustomerProductRecommendations(
            runner
        )
        self.get_customer_future_values = GetCustomerFutureValues(runner)
        self.get_customers_activity_event_attributes = (
            GetCustomersActivityEventAttributes(runner)
        )
        self.get_campaign_interaction_customers = GetCampaignInteractionCustomers(
            runner
        )
        self.get_customer_channel_interactions = GetCustomerChannelInteractions(runner)
        self.get_customer_attributes = GetCustomerAttributes(runner)
        self.add_customer_attribute = AddCustomerAttribute(runner)
        self.update_customer_attributes = UpdateCustomerAttributes(runner)
        self.upsert_customer = UpsertCustomer(runner)
        self.get_customer_attribute_changers = GetCustomerAttributeChangers(runner)
        self.remove_customer_pii = RemoveCustomerPII(runner)
        self.get_target_group_changers = GetTargetGroupChangers(runner)


class ExternalSystemIntegration:
    """Channel templates and apps, campaign metrics and interactions, channel preferences."""

    def __init__(self, runner: Runner) -> None:
        self.get_channel_templates = GetChannelTemplates(runner)
        self.get_channel_template_details = GetChannelTemplateDetails(runner)
        self.add_channel_templates = AddChannelTemplates(runner)
        self.delete_channel_templates = DeleteChannelTemplates(runner)
        self.add_channel_apps = AddChannelApps(runner)
        self.delete_channel_apps = DeleteChannelApps(runner)
        self.update_campaign_metrics = UpdateCampaignMetrics(runner)
        self.update_campaign_interactions = UpdateCampaignInteractions(runner)
        self.set_customer_channel_preference = SetCustomerChannelPreference(runner)
        self.update_customer_promotion_status = UpdateCustomerPromotionStatus(runner)


class Promotions:
    """Promotions known to Optimove (part of the external system integration functions)."""

    def __init__(self, runner: Runner) -> None:
        self.get_promotions = GetPromotions(runner)
        self.add_promotions = AddPromotions(runner)
        self.delete_promotions = DeletePromotions(runner)


class Optimail:
    """Optimail unsubscribers and templates."""

    def __init__(self, runner: Runner) -> None:
        self.add_template = AddTemplate(runner)
        self.update_template = UpdateTemplate(runner)
        self.add_unsubscribers = AddUnsubscribers(runner)
        self.delete_unsubscribers = DeleteUnsubscribers(runner)
        self.get_unsubscribers = GetUnsubscribers(runner)


class TransactionalMail:
    """Transactional e-mail sending and template details."""

    def __init__(self, runner: Runner) -> None:
        self.send_transactional_mail = SendTransactionalMail(runner)
        self.send_finalized_transactional_mail = SendFinalizedTransactionalMail(runner)
        self.get_template_details = GetTemplateDetails(runner)
        self.get_transactional_template_metrics = GetTransactionalTemplateMetrics(
            runner
        )
        self.get_transactional_user_metrics = GetTransactionalUserMetrics(runner)


class Operations:
    """Every operation of the spec, as `<category>.<function>`."""

    def __init__(self, runner: Runner) -> None:
        self.general = General(runner)
        self.api_key = ApiKey(runner)
        self.model = Model(runner)
        self.actions = Actions(runner)
        self.target_groups = TargetGroups(runner)
        self.value_segments = ValueSegments(runner)
        self.customers = Customers(runner)
        self.external_system_integration = ExternalSystemIntegration(runner)
        self.promotions = Promotions(runner)
        self.optimail = Optimail(runner)
        self.transactional_mail = TransactionalMail(runner)


class AsyncGeneral:
    """Session login, last data update date and event listeners (webhooks)."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.login = AsyncLogin(runner)
        self.get_last_data_update = AsyncGetLastDataUpdate(runner)
        self.register_event_listener = AsyncRegisterEventListener(runner)
        self.unregister_event_listener = AsyncUnregisterEventListener(runner)
        self.get_registered_event_listeners = AsyncGetRegisteredEventListeners(runner)


class AsyncApiKey:
    """Information about the API key in use."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.api_key_info = AsyncApiKeyInfo(runner)


class AsyncModel:
    """The customer model: attributes, lifecycle stages and microsegments."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_customer_attribute_list = AsyncGetCustomerAttributeList(runner)
        self.get_lifecycle_stage_list = AsyncGetLifecycleStageList(runner)
        self.get_microsegment_list = AsyncGetMicrosegmentList(runner)
        self.get_microsegment_changers = AsyncGetMicrosegmentChangers(runner)


class AsyncActions:
    """Actions, campaigns, promo codes and execution channels."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_all_actions = AsyncGetAllActions(runner)
        self.get_actions_by_target_group = AsyncGetActionsByTargetGroup(runner)
        self.get_action_id = AsyncGetActionID(runner)
        self.get_action_name = AsyncGetActionName(runner)
        self.get_action_details_by_target_group = AsyncGetActionDetailsByTargetGroup(
            runner
        )
        self.get_promo_codes = AsyncGetPromoCodes(runner)
        self.get_promo_codes_by_campaign = AsyncGetPromoCodesByCampaign(runner)
        self.get_promo_codes_by_target_group = AsyncGetPromoCodesByTargetGroup(runner)
        self.get_executed_campaign_details = AsyncGetExecutedCampaignDetails(runner)
        self.get_campaign_details = AsyncGetCampaignDetails(runner)
        self.get_execution_channels = AsyncGetExecutionChannels(runner)
        self.get_executed_campaigns_by_channel = AsyncGetExecutedCampaignsByChannel(
            runner
        )
        self.get_executed_campaign_channel_details = (
            AsyncGetExecutedCampaignChannelDetails(runner)
        )


class AsyncTargetGroups:
    """Target groups and their IDs, names and priorities."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_target_groups_by_date = AsyncGetTargetGroupsByDate(runner)
        self.get_target_group_id = AsyncGetTargetGroupID(runner)
        self.get_target_group_name = AsyncGetTargetGroupName(runner)
        self.get_target_group_details = AsyncGetTargetGroupDetails(runner)


class AsyncValueSegments:
    """Value segments and the customers in them."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_value_segments = AsyncGetValueSegments(runner)
        self.get_value_segment_id = AsyncGetValueSegmentID(runner)
        self.get_value_segment_name = AsyncGetValueSegmentName(runner)
        self.get_customers_by_value_segment = AsyncGetCustomersByValueSegment(runner)
        self.get_value_segment_changers = AsyncGetValueSegmentChangers(runner)


class AsyncCustomers:
    """Customer lists (paged), customer details and customer attribute updates."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_currently_targeted_customers = AsyncGetCurrentlyTargetedCustomers(
            runner
        )
        self.get_canceled_campaign_customers = AsyncGetCanceledCampaignCustomers(runner)
        self.get_processed_campaign_customers = AsyncGetProcessedCampaignCustomers(
            runner
        )
        self.get_customer_last_action_executed = AsyncGetCustomerLastActionExecuted(
            runner
        )
        self.get_customer_actions_by_target_group = (
            AsyncGetCustomerActionsByTargetGroup(runner)
        )
        self.get_customer_one_time_actions_by_campaign = (
            AsyncGetCustomerOneTimeActionsByCampaign(runner)
        )
        self.get_customer_one_time_actions_by_date = (
            AsyncGetCustomerOneTimeActionsByDate(runner)
        )
        self.get_customers_by_action = AsyncGetCustomersByAction(runner)
        self.get_customers_action_ended_by_date = AsyncGetCustomersActionEndedByDate(
            runner
        )
        self.get_customer_send_details_by_campaign = (
            AsyncGetCustomerSendDetailsByCampaign(runner)
        )
        self.get_customer_send_details_by_channel = (
            AsyncGetCustomerSendDetailsByChannel(runner)
        )
        self.get_customer_execution_details_by_campaign = (
            AsyncGetCustomerExecutionDetailsByCampaign(runner)
        )
        self.get_customer_action_details_by_date = AsyncGetCustomerActionDetailsByDate(
            runner
        )
        self.get_customer_product_details_by_date = (
            AsyncGetCustomerProductDetailsByDate(runner)
        )
        self.get_customer_product_details_by_campaign = (
            AsyncGetCustomerProductDetailsByCampaign(runner)
        )
        self.get_customer_product_recommendations = (
            AsyncGetCustomerProductRecommendations(runner)
        )
        self.get_customer_future_values = AsyncGetCustomerFutureValues(runner)
        self.get_customers_activity_event_attributes = (
            AsyncGetCustomersActivityEventAttributes(runner)
        )
        self.get_campaign_interaction_customers = AsyncGetCampaignInteractionCustomers(
            runner
        )
        self.get_customer_channel_interactions = AsyncGetCustomerChannelInteractions(
            runner
        )
        self.get_customer_attributes = AsyncGetCustomerAttributes(runner)
        self.add_customer_attribute = AsyncAddCustomerAttribute(runner)
        self.update_customer_attributes = AsyncUpdateCustomerAttributes(runner)
        self.upsert_customer = AsyncUpsertCustomer(runner)
        self.get_customer_attribute_changers = AsyncGetCustomerAttributeChangers(runner)
        self.remove_customer_pii = AsyncRemoveCustomerPII(runner)
        self.get_target_group_changers = AsyncGetTargetGroupChangers(runner)


class AsyncExternalSystemIntegration:
    """Channel templates and apps, campaign metrics and interactions, channel preferences."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_channel_templates = AsyncGetChannelTemplates(runner)
        self.get_channel_template_details = AsyncGetChannelTemplateDetails(runner)
        self.add_channel_templates = AsyncAddChannelTemplates(runner)
        self.delete_channel_templates = AsyncDeleteChannelTemplates(runner)
        self.add_channel_apps = AsyncAddChannelApps(runner)
        self.delete_channel_apps = AsyncDeleteChannelApps(runner)
        self.update_campaign_metrics = AsyncUpdateCampaignMetrics(runner)
        self.update_campaign_interactions = AsyncUpdateCampaignInteractions(runner)
        self.set_customer_channel_preference = AsyncSetCustomerChannelPreference(runner)
        self.update_customer_promotion_status = AsyncUpdateCustomerPromotionStatus(
            runner
        )


class AsyncPromotions:
    """Promotions known to Optimove (part of the external system integration functions)."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.get_promotions = AsyncGetPromotions(runner)
        self.add_promotions = AsyncAddPromotions(runner)
        self.delete_promotions = AsyncDeletePromotions(runner)


class AsyncOptimail:
    """Optimail unsubscribers and templates."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.add_template = AsyncAddTemplate(runner)
        self.update_template = AsyncUpdateTemplate(runner)
        self.add_unsubscribers = AsyncAddUnsubscribers(runner)
        self.delete_unsubscribers = AsyncDeleteUnsubscribers(runner)
        self.get_unsubscribers = AsyncGetUnsubscribers(runner)


class AsyncTransactionalMail:
    """Transactional e-mail sending and template details."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.send_transactional_mail = AsyncSendTransactionalMail(runner)
        self.send_finalized_transactional_mail = AsyncSendFinalizedTransactionalMail(
            runner
        )
        self.get_template_details = AsyncGetTemplateDetails(runner)
        self.get_transactional_template_metrics = AsyncGetTransactionalTemplateMetrics(
            runner
        )
        self.get_transactional_user_metrics = AsyncGetTransactionalUserMetrics(runner)


class AsyncOperations:
    """Every operation of the spec, as `<category>.<function>`."""

    def __init__(self, runner: AsyncRunner) -> None:
        self.general = AsyncGeneral(runner)
        self.api_key = AsyncApiKey(runner)
        self.model = AsyncModel(runner)
        self.actions = AsyncActions(runner)
        self.target_groups = AsyncTargetGroups(runner)
        self.value_segments = AsyncValueSegments(runner)
        self.customers = AsyncCustomers(runner)
        self.external_system_integration = AsyncExternalSystemIntegration(runner)
        self.promotions = AsyncPromotions(runner)
        self.optimail = AsyncOptimail(runner)
        self.transactional_mail = AsyncTransactionalMail(runner)
