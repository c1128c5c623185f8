# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_executed_campaigns_by_channel_item import (
    GetExecutedCampaignsByChannelItem,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    channel_id: int,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/actions/GetExecutedCampaignsByChannel",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetExecutedCampaignsByChannelItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetExecutedCampaignsByChannelItem.from_dict(
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
) -> Response[list[GetExecutedCampaignsByChannelItem]]:
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
) -> Response[list[GetExecutedCampaignsByChannelItem]]:
    """Lists the campaigns executed through one channel on one date.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetExecutedCampaignsByChannelItem]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        date=date,
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
) -> list[GetExecutedCampaignsByChannelItem] | None:
    """Lists the campaigns executed through one channel on one date.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetExecutedCampaignsByChannelItem]
    """

    return sync_detailed(
        client=client,
        channel_id=channel_id,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_id: int,
    date: datetime.date,
) -> Response[list[GetExecutedCampaignsByChannelItem]]:
    """Lists the campaigns executed through one channel on one date.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetExecutedCampaignsByChannelItem]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channel_id: int,
    date: datetime.date,
) -> list[GetExecutedCampaignsByChannelItem] | None:
    """Lists the campaigns executed through one channel on one date.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetExecutedCampaignsByChannelItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            channel_id=channel_id,
            date=date,
        )
    ).parsed
