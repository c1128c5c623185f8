"""An attribute value that holds the delimiter, said in the command line's words.

The library's error advises its keywords (attribute_delimiter, attribute_mismatch) and says what went
wrong in fields of its own (errors.AttributeValuesMismatchError); on the command line the way past it is a
flag: another --delimiter, or --attribute-mismatch keep. A resume may change either (see resume.py), so an
export that stopped on such a value continues with the flag added and --resume.
"""

from __future__ import annotations

from optimove_client._request.attributes import DELIMITERS, check_delimiter
from optimove_client.errors import AttributeValuesMismatchError

# The delimiters to suggest, the least likely inside a value first.
_SUGGESTED = ("tab", "semicolon", "colon", "comma")


def other_delimiter(given: str | None) -> str:
    """The delimiter to suggest instead of the one given (--delimiter's text; None: comma)."""
    current = DELIMITERS.get(check_delimiter(given or ","))
    return next(name for name in _SUGGESTED if name != current)


def flags(given: str | None) -> str:
    """The flags that get past the value, for the one given as --delimiter."""
    return f"--delimiter {other_delimiter(given)} (or --attribute-mismatch keep)"


def in_cli_words(error: BaseException, given: str | None) -> str | None:
    """The error's message with the advice in flags; None when it is not about a value that holds the
    delimiter."""
    if not (isinstance(error, AttributeValuesMismatchError) and error.mismatch.delimiter_in_value):
        return None
    return error.worded(
        f"give another delimiter, such as --delimiter {other_delimiter(given)}, or --attribute-mismatch keep "
        "to write such customers without split values"
    )
