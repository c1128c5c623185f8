# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_customer_attributes_request import UpdateCustomerAttributesRequest
from ...models.update_customer_attributes_result import UpdateCustomerAttributesResult
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateCustomerAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/customers/UpdateCustomerAttributes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateCustomerAttributesResult | None:
    if response.status_code == 200:
        response_200 = UpdateCustomerAttributesResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = UpdateCustomerAttributesResult.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateCustomerAttributesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerAttributesRequest,
) -> Response[UpdateCustomerAttributesResult]:
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a
    callback URL.

    Args:
        body (UpdateCustomerAttributesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomerAttributesResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerAttributesRequest,
) -> UpdateCustomerAttributesResult | None:
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a
    callback URL.

    Args:
        body (UpdateCustomerAttributesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomerAttributesResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerAttributesRequest,
) -> Response[UpdateCustomerAttributesResult]:
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a
    callback URL.

    Args:
        body (UpdateCustomerAttributesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomerAttributesResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerAttributesRequest,
) -> UpdateCustomerAttributesResult | None:
    """Overwrites attribute values for up to 1,000 customers per call; outcome optionally posted to a
    callback URL.

    Args:
        body (UpdateCustomerAttributesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomerAttributesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
