# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_customer_future_values_item import GetCustomerFutureValuesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lifecycle_stage_id: str | Unset = UNSET,
    customer_attribute: str | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attribute_value: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["LifecycleStageID"] = lifecycle_stage_id

    params["CustomerAttribute"] = customer_attribute

    params["CustomerAttributes"] = customer_attributes

    params["CustomerAttributeValue"] = customer_attribute_value

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerFutureValues",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomerFutureValuesItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomerFutureValuesItem.from_dict(
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
) -> Response[list[GetCustomerFutureValuesItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lifecycle_stage_id: str | Unset = UNSET,
    customer_attribute: str | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attribute_value: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerFutureValuesItem]]:
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    Args:
        lifecycle_stage_id (str | Unset):
        customer_attribute (str | Unset):
        customer_attributes (str | Unset):
        customer_attribute_value (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerFutureValuesItem]]
    """

    kwargs = _get_kwargs(
        lifecycle_stage_id=lifecycle_stage_id,
        customer_attribute=customer_attribute,
        customer_attributes=customer_attributes,
        customer_attribute_value=customer_attribute_value,
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
    lifecycle_stage_id: str | Unset = UNSET,
    customer_attribute: str | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attribute_value: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerFutureValuesItem] | None:
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    Args:
        lifecycle_stage_id (str | Unset):
        customer_attribute (str | Unset):
        customer_attributes (str | Unset):
        customer_attribute_value (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerFutureValuesItem]
    """

    return sync_detailed(
        client=client,
        lifecycle_stage_id=lifecycle_stage_id,
        customer_attribute=customer_attribute,
        customer_attributes=customer_attributes,
        customer_attribute_value=customer_attribute_value,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lifecycle_stage_id: str | Unset = UNSET,
    customer_attribute: str | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attribute_value: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerFutureValuesItem]]:
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    Args:
        lifecycle_stage_id (str | Unset):
        customer_attribute (str | Unset):
        customer_attributes (str | Unset):
        customer_attribute_value (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerFutureValuesItem]]
    """

    kwargs = _get_kwargs(
        lifecycle_stage_id=lifecycle_stage_id,
        customer_attribute=customer_attribute,
        customer_attributes=customer_attributes,
        customer_attribute_value=customer_attribute_value,
        top=top,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lifecycle_stage_id: str | Unset = UNSET,
    customer_attribute: str | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attribute_value: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerFutureValuesItem] | None:
    """Customers and their predicted future value, selected by lifecycle stage or by one attribute value.

    Args:
        lifecycle_stage_id (str | Unset):
        customer_attribute (str | Unset):
        customer_attributes (str | Unset):
        customer_attribute_value (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerFutureValuesItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            lifecycle_stage_id=lifecycle_stage_id,
            customer_attribute=customer_attribute,
            customer_attributes=customer_attributes,
            customer_attribute_value=customer_attribute_value,
            top=top,
            skip=skip,
        )
    ).parsed
