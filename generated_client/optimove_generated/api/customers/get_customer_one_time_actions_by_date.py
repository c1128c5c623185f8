# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_delimiter import AttributeDelimiter
from ...models.get_customer_one_time_actions_by_date_item import (
    GetCustomerOneTimeActionsByDateItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    include_control_group: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["Date"] = json_date

    params["CustomerAttributes"] = customer_attributes

    json_customer_attributes_delimiter: str | Unset = UNSET
    if not isinstance(customer_attributes_delimiter, Unset):
        json_customer_attributes_delimiter = customer_attributes_delimiter.value

    params["CustomerAttributesDelimiter"] = json_customer_attributes_delimiter

    params["IncludeControlGroup"] = include_control_group

    params["ChannelID"] = channel_id

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerOneTimeActionsByDate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomerOneTimeActionsByDateItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomerOneTimeActionsByDateItem.from_dict(
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
) -> Response[list[GetCustomerOneTimeActionsByDateItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    include_control_group: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerOneTimeActionsByDateItem]]:
    """Customers and action details for all one-time campaigns executed on a date.

    Args:
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        include_control_group (bool | Unset):
        channel_id (int | Unset): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerOneTimeActionsByDateItem]]
    """

    kwargs = _get_kwargs(
        date=date,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        include_control_group=include_control_group,
        channel_id=channel_id,
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
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    include_control_group: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerOneTimeActionsByDateItem] | None:
    """Customers and action details for all one-time campaigns executed on a date.

    Args:
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        include_control_group (bool | Unset):
        channel_id (int | Unset): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerOneTimeActionsByDateItem]
    """

    return sync_detailed(
        client=client,
        date=date,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        include_control_group=include_control_group,
        channel_id=channel_id,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    include_control_group: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerOneTimeActionsByDateItem]]:
    """Customers and action details for all one-time campaigns executed on a date.

    Args:
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        include_control_group (bool | Unset):
        channel_id (int | Unset): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerOneTimeActionsByDateItem]]
    """

    kwargs = _get_kwargs(
        date=date,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        include_control_group=include_control_group,
        channel_id=channel_id,
        top=top,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    include_control_group: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerOneTimeActionsByDateItem] | None:
    """Customers and action details for all one-time campaigns executed on a date.

    Args:
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        include_control_group (bool | Unset):
        channel_id (int | Unset): Optimove integer, a whole number >= 0.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerOneTimeActionsByDateItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            customer_attributes=customer_attributes,
            customer_attributes_delimiter=customer_attributes_delimiter,
            include_control_group=include_control_group,
            channel_id=channel_id,
            top=top,
            skip=skip,
        )
    ).parsed
