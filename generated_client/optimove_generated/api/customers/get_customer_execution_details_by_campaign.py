# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_delimiter import AttributeDelimiter
from ...models.get_customer_execution_details_by_campaign_item import (
    GetCustomerExecutionDetailsByCampaignItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int,
    channel_id: int,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CampaignID"] = campaign_id

    params["ChannelID"] = channel_id

    params["CustomerAttributes"] = customer_attributes

    json_customer_attributes_delimiter: str | Unset = UNSET
    if not isinstance(customer_attributes_delimiter, Unset):
        json_customer_attributes_delimiter = customer_attributes_delimiter.value

    params["CustomerAttributesDelimiter"] = json_customer_attributes_delimiter

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerExecutionDetailsByCampaign",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomerExecutionDetailsByCampaignItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomerExecutionDetailsByCampaignItem.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GetCustomerExecutionDetailsByCampaignItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    channel_id: int,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerExecutionDetailsByCampaignItem]]:
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one
    channel; the main pull call after an EventTypeID 13 notification.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.
        channel_id (int): Optimove integer, a whole number >= 0.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerExecutionDetailsByCampaignItem]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        channel_id=channel_id,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        top=top,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    channel_id: int,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerExecutionDetailsByCampaignItem] | None:
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one
    channel; the main pull call after an EventTypeID 13 notification.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.
        channel_id (int): Optimove integer, a whole number >= 0.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerExecutionDetailsByCampaignItem]
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        channel_id=channel_id,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    channel_id: int,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerExecutionDetailsByCampaignItem]]:
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one
    channel; the main pull call after an EventTypeID 13 notification.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.
        channel_id (int): Optimove integer, a whole number >= 0.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerExecutionDetailsByCampaignItem]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        channel_id=channel_id,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        top=top,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    channel_id: int,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerExecutionDetailsByCampaignItem] | None:
    """Per-customer execution details (action, template, schedule time, promo codes) for a campaign on one
    channel; the main pull call after an EventTypeID 13 notification.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.
        channel_id (int): Optimove integer, a whole number >= 0.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerExecutionDetailsByCampaignItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            channel_id=channel_id,
            customer_attributes=customer_attributes,
            customer_attributes_delimiter=customer_attributes_delimiter,
            top=top,
            skip=skip,
        )
    ).parsed
