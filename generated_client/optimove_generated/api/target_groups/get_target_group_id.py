# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_target_group_id_result import GetTargetGroupIDResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    target_group_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["TargetGroupName"] = target_group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/groups/GetTargetGroupID",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTargetGroupIDResult | None:
    if response.status_code == 200:
        response_200 = GetTargetGroupIDResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTargetGroupIDResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_group_name: str,
) -> Response[GetTargetGroupIDResult]:
    """Looks up a target group ID from its name.

    Args:
        target_group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTargetGroupIDResult]
    """

    kwargs = _get_kwargs(
        target_group_name=target_group_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    target_group_name: str,
) -> GetTargetGroupIDResult | None:
    """Looks up a target group ID from its name.

    Args:
        target_group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTargetGroupIDResult
    """

    return sync_detailed(
        client=client,
        target_group_name=target_group_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_group_name: str,
) -> Response[GetTargetGroupIDResult]:
    """Looks up a target group ID from its name.

    Args:
        target_group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTargetGroupIDResult]
    """

    kwargs = _get_kwargs(
        target_group_name=target_group_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    target_group_name: str,
) -> GetTargetGroupIDResult | None:
    """Looks up a target group ID from its name.

    Args:
        target_group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTargetGroupIDResult
    """

    return (
        await asyncio_detailed(
            client=client,
            target_group_name=target_group_name,
        )
    ).parsed
