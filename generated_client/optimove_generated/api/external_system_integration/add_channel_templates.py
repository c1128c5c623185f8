# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_channel_templates_request_item import AddChannelTemplatesRequestItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: list[AddChannelTemplatesRequestItem],
    channel_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/integrations/AddChannelTemplates",
        "params": params,
    }

    _kwargs["json"] = []
    for componentsschemas_add_channel_templates_request_item_data in body:
        componentsschemas_add_channel_templates_request_item = (
            componentsschemas_add_channel_templates_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_add_channel_templates_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[AddChannelTemplatesRequestItem],
    channel_id: int,
) -> Response[Any]:
    """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        body (list[AddChannelTemplatesRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[AddChannelTemplatesRequestItem],
    channel_id: int,
) -> Response[Any]:
    """Registers template IDs/names for a channel so marketers can pick them when building campaigns.

    Args:
        channel_id (int): Optimove integer, a whole number >= 0.
        body (list[AddChannelTemplatesRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
