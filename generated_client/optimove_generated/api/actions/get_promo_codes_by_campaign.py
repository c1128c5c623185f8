# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_promo_codes_by_campaign_item import GetPromoCodesByCampaignItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    campaign_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CampaignID"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/actions/GetPromoCodesByCampaign",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetPromoCodesByCampaignItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetPromoCodesByCampaignItem.from_dict(
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
) -> Response[list[GetPromoCodesByCampaignItem]]:
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
) -> Response[list[GetPromoCodesByCampaignItem]]:
    """For one campaign, lists recipient groups, actions and promo codes.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetPromoCodesByCampaignItem]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
) -> list[GetPromoCodesByCampaignItem] | None:
    """For one campaign, lists recipient groups, actions and promo codes.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetPromoCodesByCampaignItem]
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
) -> Response[list[GetPromoCodesByCampaignItem]]:
    """For one campaign, lists recipient groups, actions and promo codes.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetPromoCodesByCampaignItem]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
) -> list[GetPromoCodesByCampaignItem] | None:
    """For one campaign, lists recipient groups, actions and promo codes.

    Args:
        campaign_id (int): Optimove integer, a whole number >= 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetPromoCodesByCampaignItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
        )
    ).parsed
