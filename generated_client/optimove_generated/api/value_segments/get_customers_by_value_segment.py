# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_delimiter import AttributeDelimiter
from ...models.get_customers_by_value_segment_item import GetCustomersByValueSegmentItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    value_segment_id: int,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ValueSegmentID"] = value_segment_id

    json_date = date.isoformat()
    params["Date"] = json_date

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
        "url": "/current/segments/GetCustomersByValueSegment",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomersByValueSegmentItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomersByValueSegmentItem.from_dict(
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
) -> Response[list[GetCustomersByValueSegmentItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    value_segment_id: int,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomersByValueSegmentItem]]:
    """Lists the customers who were in a given value segment on a given date, optionally with attribute
    values.

    Args:
        value_segment_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomersByValueSegmentItem]]
    """

    kwargs = _get_kwargs(
        value_segment_id=value_segment_id,
        date=date,
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
    value_segment_id: int,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomersByValueSegmentItem] | None:
    """Lists the customers who were in a given value segment on a given date, optionally with attribute
    values.

    Args:
        value_segment_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomersByValueSegmentItem]
    """

    return sync_detailed(
        client=client,
        value_segment_id=value_segment_id,
        date=date,
        customer_attributes=customer_attributes,
        customer_attributes_delimiter=customer_attributes_delimiter,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    value_segment_id: int,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomersByValueSegmentItem]]:
    """Lists the customers who were in a given value segment on a given date, optionally with attribute
    values.

    Args:
        value_segment_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomersByValueSegmentItem]]
    """

    kwargs = _get_kwargs(
        value_segment_id=value_segment_id,
        date=date,
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
    value_segment_id: int,
    date: datetime.date,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomersByValueSegmentItem] | None:
    """Lists the customers who were in a given value segment on a given date, optionally with attribute
    values.

    Args:
        value_segment_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.
        customer_attributes (str | Unset):
        customer_attributes_delimiter (AttributeDelimiter | Unset): Separator of returned
            attribute values: comma (default), colon, semicolon or tab.
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomersByValueSegmentItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            value_segment_id=value_segment_id,
            date=date,
            customer_attributes=customer_attributes,
            customer_attributes_delimiter=customer_attributes_delimiter,
            top=top,
            skip=skip,
        )
    ).parsed
