# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_action_details_by_target_group_item import (
    GetActionDetailsByTargetGroupItem,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    target_group_id: int,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["TargetGroupID"] = target_group_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/actions/GetActionDetailsByTargetGroup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetActionDetailsByTargetGroupItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetActionDetailsByTargetGroupItem.from_dict(
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
) -> Response[list[GetActionDetailsByTargetGroupItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_group_id: int,
    date: datetime.date,
) -> Response[list[GetActionDetailsByTargetGroupItem]]:
    """For one target group on one date, gives each action's duration, lead time and execution channel per
    recipient group.

    Args:
        target_group_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetActionDetailsByTargetGroupItem]]
    """

    kwargs = _get_kwargs(
        target_group_id=target_group_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    target_group_id: int,
    date: datetime.date,
) -> list[GetActionDetailsByTargetGroupItem] | None:
    """For one target group on one date, gives each action's duration, lead time and execution channel per
    recipient group.

    Args:
        target_group_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetActionDetailsByTargetGroupItem]
    """

    return sync_detailed(
        client=client,
        target_group_id=target_group_id,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_group_id: int,
    date: datetime.date,
) -> Response[list[GetActionDetailsByTargetGroupItem]]:
    """For one target group on one date, gives each action's duration, lead time and execution channel per
    recipient group.

    Args:
        target_group_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetActionDetailsByTargetGroupItem]]
    """

    kwargs = _get_kwargs(
        target_group_id=target_group_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    target_group_id: int,
    date: datetime.date,
) -> list[GetActionDetailsByTargetGroupItem] | None:
    """For one target group on one date, gives each action's duration, lead time and execution channel per
    recipient group.

    Args:
        target_group_id (int): Optimove integer, a whole number >= 0.
        date (datetime.date): Optimove date, YYYY-MM-DD.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetActionDetailsByTargetGroupItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            target_group_id=target_group_id,
            date=date,
        )
    ).parsed
