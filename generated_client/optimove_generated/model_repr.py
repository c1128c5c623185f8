# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""The repr of the generated attrs models: the fields that are set, never `Unset`.

Copied into the generated package as it is (generator/static); generator/models.py gives every model a
__repr__ that calls model_repr.
"""

from __future__ import annotations

import attrs

# Absolute: this file is also type-checked where it is kept, in generator/static, beside no types.py.
from optimove_generated.types import Unset


def model_repr(model: attrs.AttrsInstance) -> str:
    """attrs' repr without the fields left UNSET and without an empty additional_properties.

    attrs would show an absent field as `<optimove_generated.types.Unset object at 0x...>`, which says
    nothing and differs between runs; fields the spec does not describe are shown when there are any.
    """
    shown = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if isinstance(value, Unset) or (
            field.name == "additional_properties" and not value
        ):
            continue
        shown.append(f"{field.name}={value!r}")
    return f"{type(model).__qualname__}({', '.join(shown)})"
