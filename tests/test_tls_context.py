"""The client's own transport verifies TLS with httpx's CA bundle for an https base URL; for a plain-http
one it loads no bundle (about 25 ms of every start) and trusts no certificate at all, so that TLS on it
could never go unverified."""

from __future__ import annotations

import ssl

import pytest

from optimove_client import AsyncOptimove, Optimove
from optimove_client._transport.tls import verify_for


def _context(client: Optimove | AsyncOptimove) -> ssl.SSLContext:
    context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    return context


def _trusted(context: ssl.SSLContext) -> int:
    return int(context.cert_store_stats()["x509_ca"])


@pytest.mark.parametrize("kind", [Optimove, AsyncOptimove])
def test_an_https_base_url_verifies_with_the_ca_bundle(kind: type[Optimove] | type[AsyncOptimove]) -> None:
    context = _context(kind(api_key="k", server=5, environ={}))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert _trusted(context) > 50


@pytest.mark.parametrize("kind", [Optimove, AsyncOptimove])
@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "HTTP://localhost/x"])
def test_a_plain_http_base_url_trusts_nothing_and_still_verifies(
    kind: type[Optimove] | type[AsyncOptimove], url: str
) -> None:
    context = _context(kind(api_key="k", base_url=url, environ={}))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert _trusted(context) == 0


def test_only_plain_http_skips_the_bundle() -> None:
    assert verify_for("https://api5.optimove.net") is True
    assert verify_for("HTTPS://api5.optimove.net") is True
    assert isinstance(verify_for("http://127.0.0.1:1"), ssl.SSLContext)
