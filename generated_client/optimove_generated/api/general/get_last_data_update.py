# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_last_data_update_result import GetLastDataUpdateResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/general/GetLastDataUpdate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLastDataUpdateResult | None:
    if response.status_code == 200:
        response_200 = GetLastDataUpdateResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLastDataUpdateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetLastDataUpdateResult]:
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

     Gives the date of the newest customer data loaded into Optimove (i.e. the last completed daily
    update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLastDataUpdateResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetLastDataUpdateResult | None:
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

     Gives the date of the newest customer data loaded into Optimove (i.e. the last completed daily
    update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLastDataUpdateResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetLastDataUpdateResult]:
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

     Gives the date of the newest customer data loaded into Optimove (i.e. the last completed daily
    update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLastDataUpdateResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetLastDataUpdateResult | None:
    """Gives the date of the newest customer data loaded into Optimove (the last completed daily update).

     Gives the date of the newest customer data loaded into Optimove (i.e. the last completed daily
    update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLastDataUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
