"""The policies a user sets for calls: rate limits (the call budget's windows) and retries, each checked
when it is made."""

from __future__ import annotations

import dataclasses

from optimove_client._config import defaults as _defaults
from optimove_client._config.rate_text import RateTextError, parse_windows
from optimove_client._request import input_rules
from optimove_client.errors import ConfigurationError


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_count(value: object) -> bool:
    """A whole number >= 0 (bool is an int to Python, never a count to a user)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# Bounds that no real budget comes near, and that every store can hold (SQLite's integers are 64-bit).
MAX_CALLS = 10**9
MAX_PERIOD_SECONDS = 366 * 24 * 3600.0
# The longest a retry policy may wait at once: longer cannot be meant, and sleep() refuses far longer.
MAX_WAIT_SECONDS = 86_400


@dataclasses.dataclass(frozen=True)
class RateLimit:
    """At most `calls` calls in any `period` seconds. Several of them are enforced together."""

    calls: int = _defaults.RATE_LIMIT_CALLS
    period: float = _defaults.RATE_LIMIT_PERIOD_SECONDS

    def __post_init__(self) -> None:
        calls_ok = is_count(self.calls) and 1 <= self.calls <= MAX_CALLS
        number = _is_number(self.period)
        # inf and NaN would reach the store's arithmetic (milliseconds, expiry) and fail there.
        if not calls_ok or not number or not 0 < self.period <= MAX_PERIOD_SECONDS:
            raise ConfigurationError(
                f"a rate limit needs calls >= 1 and period > 0 (whole calls up to {MAX_CALLS:,}, a period "
                f"of at most {MAX_PERIOD_SECONDS:,.0f} seconds: a year), not "
                f"{input_rules.brief(self.calls)}/{input_rules.brief(self.period)}"
            )

    def __str__(self) -> str:
        return f"{self.calls}/{self.period:g}"

    @classmethod
    def parse(cls, text: str, name: str = "rate_limit") -> tuple[RateLimit, ...]:
        """'2000/3600,50/10' -> two windows; 'off' -> none. A bare number is refused (see _rate_text)."""
        try:
            windows = parse_windows(text, name)
        except RateTextError as error:
            raise ConfigurationError(str(error)) from None
        try:
            return tuple(cls(calls, seconds) for calls, seconds in windows)
        except ConfigurationError as error:  # beyond the bounds every store can hold
            raise ConfigurationError(f"{name}: {error}") from None


DEFAULT_RATE_LIMITS = tuple(RateLimit(calls, period) for calls, period in _defaults.RATE_LIMITS)
TRANSACTIONAL_RATE_LIMITS = tuple(
    RateLimit(calls, period) for calls, period in _defaults.TRANSACTIONAL_RATE_LIMITS
)


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a failed call again."""

    max_retries: int = _defaults.MAX_RETRIES
    initial_backoff: float = _defaults.INITIAL_BACKOFF_SECONDS
    max_backoff: float = _defaults.MAX_BACKOFF_SECONDS
    jitter: float = _defaults.BACKOFF_JITTER
    max_retry_after: float = _defaults.MAX_RETRY_AFTER_SECONDS

    def __post_init__(self) -> None:
        if not is_count(self.max_retries):
            raise ConfigurationError(
                f"max_retries must be a whole number >= 0, not {input_rules.brief(self.max_retries)}"
            )
        if not _is_number(self.jitter) or not 0 <= self.jitter < 1:
            raise ConfigurationError(
                f"jitter must be a number in [0, 1), not {input_rules.brief(self.jitter)}"
            )
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            seconds = getattr(self, name)
            if not _is_number(seconds) or not seconds >= 0:
                raise ConfigurationError(
                    f"{name} must be a number of seconds >= 0, not {input_rules.brief(seconds)}"
                )
            if not seconds <= MAX_WAIT_SECONDS:
                raise ConfigurationError(
                    f"{name} must be at most {MAX_WAIT_SECONDS:,} seconds (a day), "
                    f"not {input_rules.brief(seconds)}"
                )
        if self.max_backoff < self.initial_backoff:
            raise ConfigurationError(
                f"max_backoff ({self.max_backoff}) must be >= initial_backoff ({self.initial_backoff})"
            )
