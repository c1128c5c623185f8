"""Every default of the client, in one place. Each can be overridden per client; most per call too.

Plain values only (nothing but the generated facts is imported: no httpx), so that whatever reads a
default, the command line's --help included, stays quick to import. What Optimove itself decides (its
call budget, its session rules) is the spec's, through optimove_generated.facts.
"""

from __future__ import annotations

from optimove_generated import facts

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

# Optimove's budget, per account, all windows at once (the spec's x-optimove-rate-limits: the seed's 2000
# calls per hour, and the newer rate-limit page's 50 calls per 10 seconds). SendTransactionalMail is
# outside it, with a budget of its own (10 calls a second). RateLimit() alone is the first window.
RATE_LIMITS = facts.RATE_LIMITS  # (calls, seconds) per window
TRANSACTIONAL_RATE_LIMITS = facts.EXEMPT_RATE_LIMITS
RATE_LIMIT_CALLS, RATE_LIMIT_PERIOD_SECONDS = RATE_LIMITS[0]
# The server counts calls when they arrive, the client when it sends them: each window is kept this much
# longer on the client (a fraction of its period: 0.5 s of 10 s), so that calls delayed on the way cannot
# crowd into one of the server's windows. It costs 5% of the budget's throughput.
RATE_LIMIT_MARGIN_FRACTION = 0.05

# Where what belongs to the account is kept: the budget, the Login session and a shared pause after a 429.
# By default, library and CLI alike, a SQLite file of the user's cache folder (_store/default.py), so that
# consecutive runs and the processes of one machine share them; memory:// where that folder is read-only.
CLI_STORE_FILE = "store.sqlite"
APP_NAME = "optimove-client"  # the user cache directory's name (platformdirs)
# A process holding the session lock (while it logs in) loses it after this long, even if it died.
SESSION_LOCK_SECONDS = 30.0
# How often a process waiting for another one's Login looks again.
SESSION_LOCK_POLL_SECONDS = 0.05
# The token's last use is written to a shared store at most this often (the 20 minutes slide for everyone;
# the expiry margin below absorbs the lag).
SESSION_TOUCH_SECONDS = 15.0

# Paged pulls ask for the largest page each function takes (the spec's maximum of $top: 200,000 records for
# most), because calls, not memory, are what runs out: the account has 2,000 an hour (and 50 in 10 s) for all
# its jobs together. A million records take 6 calls (5 pages and the empty one that ends them) where pages of
# 50,000 took 21. A pull holds one page at a time: at 200,000 records with 3 attributes it peaks at about
# 95 MiB in all (bench/README.md). None means each function's largest page; a number would cap the default.
PAGE_SIZE: int | None = None

# A session token stays valid for 20 minutes after the last call made with it (the spec's x-optimove-session).
TOKEN_IDLE_LIFETIME_SECONDS = facts.SESSION_IDLE_SECONDS
# Past the lifetime plus this margin the token is surely dead: log in before the call rather than after a 403.
TOKEN_EXPIRY_MARGIN_SECONDS = 60.0
# Optimove answers 429 to more than one Login per second: Logins are spaced by this much from the previous
# Login's answer (not its request), plus a margin for the server's own clock.
MIN_SECONDS_BETWEEN_LOGINS = facts.MIN_SECONDS_BETWEEN_LOGINS
LOGIN_SPACING_MARGIN_SECONDS = 0.1

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
ENV_STORE = "OPTIMOVE_STORE"

# Every setting that the environment can give, and its variable: the one table the library and the CLI read.
ENVIRONMENT = {
    "api_key": ENV_API_KEY,
    "username": ENV_USERNAME,
    "password": ENV_PASSWORD,
    "token": ENV_TOKEN,
    "server": ENV_SERVER,
    "base_url": ENV_BASE_URL,
    "store": ENV_STORE,
}
