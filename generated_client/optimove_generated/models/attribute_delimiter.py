# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from enum import StrEnum


class AttributeDelimiter(StrEnum):
    COLON = ":"
    COMMA = ","
    SEMICOLON = ";"
    TAB = "\t"

    def __str__(self) -> str:
        return str(self.value)
