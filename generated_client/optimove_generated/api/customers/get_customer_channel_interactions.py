# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_customer_channel_interactions_item import (
    GetCustomerChannelInteractionsItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CustomerID"] = customer_id

    json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["ChannelID"] = channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerChannelInteractions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomerChannelInteractionsItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomerChannelInteractionsItem.from_dict(
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
) -> Response[list[GetCustomerChannelInteractionsItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> Response[list[GetCustomerChannelInteractionsItem]]:
    """One customer's interactions with campaigns sent within a date range.

    Args:
        customer_id (str):
        start_date (datetime.date): Optimove date, YYYY-MM-DD.
        end_date (datetime.date): Optimove date, YYYY-MM-DD.
        channel_id (int | Unset): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerChannelInteractionsItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start_date=start_date,
        end_date=end_date,
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> list[GetCustomerChannelInteractionsItem] | None:
    """One customer's interactions with campaigns sent within a date range.

    Args:
        customer_id (str):
        start_date (datetime.date): Optimove date, YYYY-MM-DD.
        end_date (datetime.date): Optimove date, YYYY-MM-DD.
        channel_id (int | Unset): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerChannelInteractionsItem]
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        start_date=start_date,
        end_date=end_date,
        channel_id=channel_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> Response[list[GetCustomerChannelInteractionsItem]]:
    """One customer's interactions with campaigns sent within a date range.

    Args:
        customer_id (str):
        start_date (datetime.date): Optimove date, YYYY-MM-DD.
        end_date (datetime.date): Optimove date, YYYY-MM-DD.
        channel_id (int | Unset): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerChannelInteractionsItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start_date=start_date,
        end_date=end_date,
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> list[GetCustomerChannelInteractionsItem] | None:
    """One customer's interactions with campaigns sent within a date range.

    Args:
        customer_id (str):
        start_date (datetime.date): Optimove date, YYYY-MM-DD.
        end_date (datetime.date): Optimove date, YYYY-MM-DD.
        channel_id (int | Unset): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerChannelInteractionsItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            start_date=start_date,
            end_date=end_date,
            channel_id=channel_id,
        )
    ).parsed
