"""Post-processing of the attrs models that openapi-python-client writes into models/ (before ruff).

- Each model gets a __repr__ that leaves out UNSET fields (static/model_repr.py): the upstream template
  has no hook for it, and overriding model.py.jinja would mean carrying a copy of the whole template.
- Unset itself gets a short repr ("UNSET"), for a field read directly: the upstream class has none, so it
  showed as "<optimove_generated.types.Unset object at 0x...>".
- The template writes the docstring's "Attributes:" section four spaces deeper than the description. ruff
  dedents that only when the description is one line; after a wrapped description, help() would show the
  section as a nested block. It is written at the description's depth here.

models/__init__.py, which imports each model's module on first use, is a template of ours
(templates/models_init.py.jinja).
"""

from __future__ import annotations

import re
from pathlib import Path

_DEFINE = "\n@_attrs_define\nclass "
_FIRST_METHOD = "\n    def to_dict(self) -> dict[str, Any]:\n"
_IMPORT = "from __future__ import annotations\n"
_REPR = '''
    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)
'''
_DEEP_ATTRIBUTES = "\n        Attributes:\n"


class ModelShapeError(RuntimeError):
    """A model module does not look as this post-processing expects (the generator version changed)."""


def _flat_attributes(text: str) -> str:
    start = text.find(_DEEP_ATTRIBUTES)
    if start < 0:
        return text
    end = text.index('"""', start)
    return text[:start] + re.sub(r"\n {4}", "\n", text[start:end]) + text[end:]


def polish(text: str) -> str:
    """One model module, with its __repr__ and a flat docstring; enum modules are returned unchanged."""
    if _DEFINE not in text:
        return text
    if text.count(_DEFINE) != 1 or text.count(_FIRST_METHOD) != 1 or _IMPORT not in text:
        raise ModelShapeError("expected one attrs class with a to_dict method")
    text = text.replace(_IMPORT, _IMPORT + "\nfrom ..model_repr import model_repr\n", 1)
    text = text.replace(_FIRST_METHOD, _REPR + _FIRST_METHOD, 1)
    return _flat_attributes(text)


_UNSET_CLASS = "class Unset:\n    def __bool__(self) -> Literal[False]:\n        return False\n"
_UNSET_REPR = '\n    def __repr__(self) -> str:\n        return "UNSET"\n'


def polish_types(text: str) -> str:
    """types.py, with a repr for Unset."""
    if text.count(_UNSET_CLASS) != 1:
        raise ModelShapeError("types.py: expected the Unset class with only __bool__")
    return text.replace(_UNSET_CLASS, _UNSET_CLASS + _UNSET_REPR, 1)


def polish_models(package: Path) -> None:
    types = package / "types.py"
    types.write_text(polish_types(types.read_text(encoding="utf-8")), encoding="utf-8")
    for module in sorted((package / "models").glob("*.py")):
        if module.name == "__init__.py":
            continue
        try:
            polished = polish(module.read_text(encoding="utf-8"))
        except ModelShapeError as error:
            raise ModelShapeError(f"{module.name}: {error}") from None
        module.write_text(polished, encoding="utf-8")
