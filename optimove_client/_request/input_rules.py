"""What a setting or an extra may hold, checked before anything is sent: its type, length and characters.

Each check raises with a message naming the setting, where it came from and the rule it breaks, and never
the value of a secret: a credential or a header value is never shown, a URL only as a short excerpt
without its user name and password (nor a ?password= option).

The rules follow where each value goes. httpx encodes header values as ASCII and h11 refuses control
characters in them, so the API key and the token (X-API-KEY, Authorization-Token) are visible ASCII
only. A user name and a password travel in Login's JSON body as UTF-8: any character but control
characters, line breaks and lone surrogates (which UTF-8 cannot encode).
"""

from __future__ import annotations

import json
import re
import unicodedata
import urllib.parse

from optimove_client.errors import ConfigurationError

# Far above any real key, token or password, and below what a proxy takes in one header line (8 KiB).
CREDENTIAL_MAX_LENGTH = 4096
# Browsers and proxies commonly stop at 2,048 characters; httpx refuses URLs over 65,536.
URL_MAX_LENGTH = 2048
# A SQLite path may be as long as the file system allows (PATH_MAX is 4,096 on Linux).
STORE_MAX_LENGTH = 4096
HEADER_NAME_MAX_LENGTH = 256
HEADER_VALUE_MAX_LENGTH = 4096
# How much of a non-secret value a message shows.
EXCERPT_LENGTH = 80

# Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and surrogates (which only
# occur alone in a str: text decoded with errors="surrogateescape", or a stray escape).
_UNSENDABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_UNSENDABLE_OR_SPACE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]|\s")
_NOT_VISIBLE_ASCII = re.compile("[^\x21-\x7e]")
# RFC 9110 field-value: visible ASCII, with spaces and tabs between.
_NOT_HEADER_VALUE = re.compile("[^\x20-\x7e\t]")
# RFC 9110 token (tchar): what a header name is made of.
_NOT_TCHAR = re.compile(r"[^!#$%&'*+\-.^_`|~0-9A-Za-z]")

_LINE_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def describe(character: str) -> str:
    """What a refused character is, in words that do not show it when it could belong to a secret."""
    kinds = (
        (character in _LINE_BREAKS, "a line break"),
        (character == "\x00", "a NUL character"),
        ("\ud800" <= character <= "\udfff", "a lone surrogate"),
        (unicodedata.category(character) == "Cc", "a control character"),
        (character == " ", "a space"),
        (character.isspace(), "a whitespace character"),
        (not character.isascii(), "a non-ASCII character"),
    )
    return next((words for matches, words in kinds if matches), f"the character {character!r}")


def first_refused(text: str, refused: re.Pattern[str]) -> str | None:
    """The first character of text that `refused` matches, described with its place; None if there is none."""
    found = refused.search(text)
    if found is None:
        return None
    return f"{describe(found.group())} (character {found.start() + 1})"


def unsendable(text: str) -> str | None:
    """The first control character, line break or lone surrogate of text, described; None if none."""
    return first_refused(text, _UNSENDABLE)


def length_problem(text: str, limit: int) -> str | None:
    if len(text) <= limit:
        return None
    return f"is {len(text):,} characters long: at most {limit:,} are taken"


def brief(value: object) -> str:
    """repr() of a non-secret value for a message, cut short (an int too long for repr() included)."""
    try:
        text = repr(value)
    except ValueError:  # int -> str refuses more than 4,300 digits
        return "a number too long to show"
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


def type_name(value: object) -> str:
    return type(value).__name__


def credential(value: object, where: str, header: str | None) -> str:
    """A credential as given, or a ConfigurationError naming `where` it came from and the rule.

    header: the HTTP header it is sent in (the API key, the token), None for a user name or password,
    which go in Login's JSON body."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{where} must be a string, not {type_name(value)}")
    too_long = length_problem(value, CREDENTIAL_MAX_LENGTH)
    if too_long:
        raise ConfigurationError(f"{where} {too_long}")
    if header is None:
        found = unsendable(value)
        if found:
            raise ConfigurationError(
                f"{where} has {found}: it may hold any character but control characters, line breaks "
                "and lone surrogates"
            )
    else:
        found = first_refused(value, _NOT_VISIBLE_ASCII)
        if found:
            raise ConfigurationError(
                f"{where} has {found}: it is sent in the {header} header, which takes visible ASCII "
                "characters only (! to ~, no spaces)"
            )
    return value


def url_text(value: object, where: str, *, limit: int, spaces: bool = False) -> str:
    """A URL setting's text, stripped, or a ConfigurationError: a string, at most `limit` characters, no
    control characters, line breaks or lone surrogates, and no whitespace inside unless `spaces` (a store
    URL: a SQLite path may hold spaces; else an http(s) URL)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{where} must be a string, not {type_name(value)}")
    text = value.strip()
    too_long = length_problem(text, limit)
    if too_long:
        raise ConfigurationError(f"{where} {too_long}")
    found = first_refused(text, _UNSENDABLE if spaces else _UNSENDABLE_OR_SPACE)
    if found:
        kind = "a URL" if spaces else "an http(s) URL"
        rule = ("" if spaces else "whitespace, ") + "control characters, line breaks or lone surrogates"
        raise ConfigurationError(f"{where} must be {kind} without {rule}: it has {found}")
    return text


def header_name(name: object) -> str | None:
    """Why a header name cannot be sent (None when it can): a token of RFC 9110, at most 256 characters."""
    if not isinstance(name, str):
        return f"a header name must be a string, not {type_name(name)}"
    if not name:
        return "a header name cannot be empty"
    if len(name) > HEADER_NAME_MAX_LENGTH:
        return f"a header name is at most {HEADER_NAME_MAX_LENGTH} characters, not {len(name):,}"
    refused = _NOT_TCHAR.search(name)
    if refused:
        # What comes before the refused character is a token: enough of it says which header is meant.
        before = name[: refused.start()]
        place = f"the header name {before[:40]!r}… has" if before else "a header name starts with"
        return f"{place} {describe(refused.group())}: a header name is letters, digits and !#$%&'*+-.^_`|~"
    return None


def header_value(value: object) -> str | None:
    """Why a header value cannot be sent (None when it can), never showing it: it may be a secret."""
    if not isinstance(value, str):
        return f"must be a string, not {type_name(value)}"
    too_long = length_problem(value, HEADER_VALUE_MAX_LENGTH)
    if too_long:
        return too_long
    found = first_refused(value, _NOT_HEADER_VALUE)
    if found:
        return f"has {found}: a header value is visible ASCII characters, spaces and tabs, on one line"
    return None


def json_problem(value: object) -> str | None:
    """Why value cannot be a JSON body as httpx encodes it (UTF-8, no NaN or infinity); None if it can."""
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:  # its message would quote the text around the character
        return "it holds a lone surrogate, which UTF-8 cannot encode"
    except RecursionError:
        return "it is nested too deeply"
    except (TypeError, ValueError) as error:
        return str(error)
    return None


def redacted(text: str) -> str:
    """A URL without its user name's password, its password option (?password=...) and anything like them.

    Written to hide a password even where the URL cannot be parsed: everything up to the last '@' after
    '//' is user information (a password may hold '/', '?', '#' or '@' that were not percent-encoded),
    and an option whose name holds password, secret or token loses its value up to the next '&'.
    """
    head, separator, rest = text.partition("://")
    if not separator:
        head, rest = "", text
    else:
        head += separator
    if not rest.startswith("/"):  # sqlite:///path has no user information, and its path may hold '@'
        at = rest.rfind("@")
        if at >= 0:
            user, colon, _ = rest[:at].partition(":")
            hidden = f"{user}:***" if colon and not any(mark in user for mark in "/?#") else "***"
            rest = f"{hidden}@{rest[at + 1 :]}"
    address, question, query = rest.partition("?")
    if question:
        query = "&".join(_redacted_option(option) for option in query.split("&"))
    return head + address + question + query


def _redacted_option(option: str) -> str:
    name, equals, _ = option.partition("=")
    lowered = urllib.parse.unquote_plus(name).lower()
    if equals and any(word in lowered for word in ("password", "secret", "token")):
        return f"{name}=***"
    return option


def url_excerpt(text: str) -> str:
    """A URL for a message: redacted, cut to a few dozen characters, and escaped (repr)."""
    shown = redacted(text)
    if len(shown) > EXCERPT_LENGTH:
        shown = shown[: EXCERPT_LENGTH - 1] + "…"
    return repr(shown)
