# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_customer_product_recommendations_item import (
    GetCustomerProductRecommendationsItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CustomerID"] = customer_id

    params["SuggestedInCampaign"] = suggested_in_campaign

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["ProductAttributes"] = product_attributes

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerProductRecommendations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCustomerProductRecommendationsItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCustomerProductRecommendationsItem.from_dict(
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
) -> Response[list[GetCustomerProductRecommendationsItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerProductRecommendationsItem]]:
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10
    in priority order.

    Args:
        customer_id (str | Unset):
        suggested_in_campaign (bool | Unset):
        start_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        end_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        product_attributes (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerProductRecommendationsItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        suggested_in_campaign=suggested_in_campaign,
        start_date=start_date,
        end_date=end_date,
        product_attributes=product_attributes,
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
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerProductRecommendationsItem] | None:
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10
    in priority order.

    Args:
        customer_id (str | Unset):
        suggested_in_campaign (bool | Unset):
        start_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        end_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        product_attributes (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerProductRecommendationsItem]
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        suggested_in_campaign=suggested_in_campaign,
        start_date=start_date,
        end_date=end_date,
        product_attributes=product_attributes,
        top=top,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[list[GetCustomerProductRecommendationsItem]]:
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10
    in priority order.

    Args:
        customer_id (str | Unset):
        suggested_in_campaign (bool | Unset):
        start_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        end_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        product_attributes (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCustomerProductRecommendationsItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        suggested_in_campaign=suggested_in_campaign,
        start_date=start_date,
        end_date=end_date,
        product_attributes=product_attributes,
        top=top,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> list[GetCustomerProductRecommendationsItem] | None:
    """Product recommendations (replenishment or recommendation) Optimove generated per customer, up to 10
    in priority order.

    Args:
        customer_id (str | Unset):
        suggested_in_campaign (bool | Unset):
        start_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        end_date (datetime.date | Unset): Optimove date, YYYY-MM-DD.
        product_attributes (str | Unset):
        top (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCustomerProductRecommendationsItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            suggested_in_campaign=suggested_in_campaign,
            start_date=start_date,
            end_date=end_date,
            product_attributes=product_attributes,
            top=top,
            skip=skip,
        )
    ).parsed
