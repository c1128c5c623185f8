"""The names of what optimove_client.otel reports: its spans' and metrics' attributes, and its metrics.

OpenTelemetry's semantic conventions name what they define (the HTTP client's method and status, the
server, the error's type); the rest is optimove.*. Durations are seconds, as the conventions measure them.
No attribute holds a credential, a token, a user name, a URL's query or a body.
"""

from __future__ import annotations

from typing import Final

# The instrumentation scope: this library, and the version of the semantic conventions it follows.
SCOPE: Final = "optimove_client"
SCHEMA_URL: Final = "https://opentelemetry.io/schemas/1.26.0"

# -- attributes of the semantic conventions -------------------------------------------------------------
HTTP_METHOD: Final = "http.request.method"
HTTP_STATUS: Final = "http.response.status_code"  # the last answer to the call (a Login's on its own span)
SERVER_ADDRESS: Final = "server.address"
SERVER_PORT: Final = "server.port"
ERROR_TYPE: Final = "error.type"  # the exception's class name, or the HTTP status that failed the attempt

# -- attributes of this library ------------------------------------------------------------------------
FUNCTION: Final = "optimove.function"  # the spec's operationId: GetCustomersByAction, Login, ...
ATTEMPTS: Final = "optimove.attempts"  # requests the call put on the wire, its Logins included
RETRIES: Final = "optimove.retries"  # waits before another attempt (a Login and replay after a 401/403 too)
RETRY_WAIT: Final = "optimove.retry.wait_seconds"  # the seconds of those waits, added up
BUDGET_WAIT: Final = "optimove.budget.wait_seconds"  # seconds waited for the call budget (and a 429's pause)
CANCELLED: Final = "optimove.cancelled"  # the task running the call was cancelled (not an error)
ROWS: Final = "optimove.rows"  # records in the answer (a page's, or a pull's in all)
PAGE_NUMBER: Final = "optimove.page.number"  # from 1
PAGE_OFFSET: Final = "optimove.page.offset"  # the $skip the page was asked for with
PAGE_SIZE: Final = "optimove.page.size"  # rows asked for per page
PAGE_START: Final = "optimove.page.start"  # a pull's first offset (start=)
PAGES: Final = "optimove.pages"  # pages a pull handed over
LOGIN_OUTCOME: Final = "optimove.login.outcome"  # token (a session token was saved), refused, failed
BUDGET_SCOPE: Final = "optimove.budget.scope"  # general, or exempt (the exempt functions' own budget)
WINDOW_CALLS: Final = "optimove.budget.window.calls"  # a window of the budget: so many calls ...
WINDOW_SECONDS: Final = "optimove.budget.window.seconds"  # ... in so many seconds
ACCOUNT: Final = "optimove.account"  # the key of the account in its store (a hash, never the credential)

# -- metrics --------------------------------------------------------------------------------------------
CALLS: Final = "optimove.client.calls"
RETRIES_METRIC: Final = "optimove.client.retries"
TOO_MANY_REQUESTS: Final = "optimove.client.too_many_requests"
BUDGET_WAIT_METRIC: Final = "optimove.client.budget.wait"
CALLS_LEFT: Final = "optimove.client.budget.calls_left"

# Seconds: from no wait through a window of 10 s being full, to the hour of the 2,000 calls.
BUDGET_WAIT_BUCKETS: Final = (0.0, 0.01, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
BUDGET_WAIT_BUCKETS_LONG: Final = (300.0, 900.0, 1800.0, 3600.0)
