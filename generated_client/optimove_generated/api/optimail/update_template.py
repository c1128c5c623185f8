# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_template_request import UpdateTemplateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/optimail/UpdateTemplate",
    }

    _kwargs["json"] = body.to_dict()

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
    body: UpdateTemplateRequest,
) -> Response[Any]:
    """Updates an existing Optimail email template.

     Updates an existing Optimail email template. Optimove's reference has a page for this function
    (https://developer.optimove.com/reference/post_optimail-updatetemplate, linked from
    ronenOptimove/Optimove-APIs Sandbox/readme.md as the way to change the content of a template added
    with
    AddTemplate), but no public copy of that page's text was found and no public client calls the
    function.

    Uncertain (low confidence): the request body is not documented publicly. An update must name the
    template it changes: TemplateID is required here because it is the name every documented Optimove
    function gives a template's ID (GetTemplateDetails, SendTransactionalMail, AddChannelTemplates), but
    the name is inferred, not seen. TemplateName and TemplateContent follow GetTemplateDetails, as for
    AddTemplate; whether fields left out are kept or cleared is unknown. The body is open
    (additionalProperties): fields the spec does not list can be sent too. The response shape is not
    documented either.

    Args:
        body (UpdateTemplateRequest): Changes to an existing Optimail template. The fields are
            inferred (see UpdateTemplate); others may be sent as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTemplateRequest,
) -> Response[Any]:
    """Updates an existing Optimail email template.

     Updates an existing Optimail email template. Optimove's reference has a page for this function
    (https://developer.optimove.com/reference/post_optimail-updatetemplate, linked from
    ronenOptimove/Optimove-APIs Sandbox/readme.md as the way to change the content of a template added
    with
    AddTemplate), but no public copy of that page's text was found and no public client calls the
    function.

    Uncertain (low confidence): the request body is not documented publicly. An update must name the
    template it changes: TemplateID is required here because it is the name every documented Optimove
    function gives a template's ID (GetTemplateDetails, SendTransactionalMail, AddChannelTemplates), but
    the name is inferred, not seen. TemplateName and TemplateContent follow GetTemplateDetails, as for
    AddTemplate; whether fields left out are kept or cleared is unknown. The body is open
    (additionalProperties): fields the spec does not list can be sent too. The response shape is not
    documented either.

    Args:
        body (UpdateTemplateRequest): Changes to an existing Optimail template. The fields are
            inferred (see UpdateTemplate); others may be sent as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
