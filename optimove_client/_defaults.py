"""Every default of the client, in one place. Each can be overridden per client; most per call too.

Plain values only (no imports of httpx or the generated package), so that whatever reads a default, the
command line's --help included, stays quick to import.
"""

from __future__ import annotations

# Where Optimove serves each customer: api<N>.optimove.net, N given by Optimove.
SERVER_URL_TEMPLATE = "https://api{server}.optimove.net"
SANDBOX_URL = "https://sandbox-api.optimove.net"

# A 200,000-record page takes a while to start arriving; reads wait long, connecting does not (seconds).
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 300.0
WRITE_TIMEOUT = 60.0
POOL_TIMEOUT = 60.0

# Retries: 429, 5xx (any code from 500 up, 520 included), timeouts and connection errors for GET;
# POST only when nothing can have happened (429, or the connection failed before sending).
MAX_RETRIES = 4
INITIAL_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 30.0
BACKOFF_JITTER = 0.25  # each wait is shortened by up to this fraction, so clients do not retry in step
MAX_RETRY_AFTER_SECONDS = 600.0  # a longer Retry-After is reported as a RateLimitError, not slept through

# Optimove's documented budget: 2000 calls per hour per client (SendTransactionalMail not counted).
RATE_LIMIT_CALLS = 2000
RATE_LIMIT_PERIOD_SECONDS = 3600.0

# Paged pulls: 50,000 rows per call. A million rows then take 20 calls (1% of the hourly budget), one page
# holds about 25 MiB decoded, and per-call latency is spread over many rows. The server's own default is
# 10,000 and its maximum 200,000 (which needs about 100 MiB per page; the spec's $top says so).
PAGE_SIZE = 50_000

# A session token stays valid for 20 minutes after the last call made with it.
TOKEN_IDLE_LIFETIME_SECONDS = 20 * 60.0
# Past the lifetime plus this margin the token is surely dead: log in before the call rather than after a 403.
TOKEN_EXPIRY_MARGIN_SECONDS = 60.0
# Optimove answers 429 to more than one Login per second.
MIN_SECONDS_BETWEEN_LOGINS = 1.0

# Longest error body excerpt kept in an exception.
ERROR_BODY_EXCERPT = 300

ENV_API_KEY = "OPTIMOVE_API_KEY"
ENV_USERNAME = "OPTIMOVE_USERNAME"
ENV_PASSWORD = "OPTIMOVE_PASSWORD"  # noqa: S105 (the name of a variable, not a password)
ENV_TOKEN = "OPTIMOVE_TOKEN"  # noqa: S105
ENV_SERVER = "OPTIMOVE_SERVER"
ENV_BASE_URL = "OPTIMOVE_BASE_URL"
ENV_LOG = "OPTIMOVE_LOG"
ENV_CONFIG = "OPTIMOVE_CONFIG"

# Every setting that the environment can give, and its variable: the one table the library and the CLI read.
ENVIRONMENT = {
    "api_key": ENV_API_KEY,
    "username": ENV_USERNAME,
    "password": ENV_PASSWORD,
    "token": ENV_TOKEN,
    "server": ENV_SERVER,
    "base_url": ENV_BASE_URL,
}
