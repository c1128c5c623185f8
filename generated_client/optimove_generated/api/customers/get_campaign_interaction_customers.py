# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_interaction_customers_item import (
    GetCampaignInteractionCustomersItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params["EventID"] = event_id

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCampaignInteractionCustomers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCampaignInteractionCustomersItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCampaignInteractionCustomersItem.from_dict(
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
) -> Response[list[GetCampaignInteractionCustomersItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCampaignInteractionCustomersItem]]:
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns
    delivered on a date via a channel.

     Uncertain (low confidence): Purpose and returned field names from a one-line description; query
    parameter names are guesses.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        event_id (int): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCampaignInteractionCustomersItem]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        date=date,
        event_id=event_id,
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
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCampaignInteractionCustomersItem] | None:
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns
    delivered on a date via a channel.

     Uncertain (low confidence): Purpose and returned field names from a one-line description; query
    parameter names are guesses.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        event_id (int): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCampaignInteractionCustomersItem]
    """

    return sync_detailed(
        client=client,
        channel_id=channel_id,
        date=date,
        event_id=event_id,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCampaignInteractionCustomersItem]]:
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns
    delivered on a date via a channel.

     Uncertain (low confidence): Purpose and returned field names from a one-line description; query
    parameter names are guesses.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        event_id (int): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCampaignInteractionCustomersItem]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        date=date,
        event_id=event_id,
        top=top,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCampaignInteractionCustomersItem] | None:
    """Customers (with campaign and template IDs) who performed a given interaction with campaigns
    delivered on a date via a channel.

     Uncertain (low confidence): Purpose and returned field names from a one-line description; query
    parameter names are guesses.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        event_id (int): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCampaignInteractionCustomersItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            channel_id=channel_id,
            date=date,
            event_id=event_id,
            top=top,
            skip=skip,
        )
    ).parsed
