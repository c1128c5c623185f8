"""What the client's own transport checks TLS certificates with.

An https base URL gets httpx's default: the certifi bundle (or SSL_CERT_FILE / SSL_CERT_DIR), loaded when
the transport is made, about 25 ms. A plain-http base URL (the mock, a local gateway) never meets TLS on
that transport: the client sends only to its base URL and follows no redirects, and a proxy set in the
environment gets a transport of its own, with httpx's defaults. So it gets a context that trusts no
certificate at all: nothing to load, and a TLS connection, were one ever made on it, fails verification
instead of going unchecked.
"""

from __future__ import annotations

import ssl
from urllib.parse import urlsplit


def verify_for(base_url: str) -> ssl.SSLContext | bool:
    """The `verify=` of the client's transport for this base URL."""
    if urlsplit(base_url).scheme.lower() != "http":
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # certificates and host names required, no CA trusted
