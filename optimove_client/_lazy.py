"""A package's public names imported when first used (PEP 562's module __getattr__), so that importing the
package costs little until a name is asked for: `import optimove_client` does not import httpx, and
Airflow reading the provider's description imports none of its operators (root, testing, airflow and
dagster packages)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(namespace: dict[str, Any], where: Mapping[str, str]) -> Callable[[str], Any]:
    """The __getattr__ of the package whose globals are `namespace`: each name of `where` is imported from
    its module (absolute, or relative to the package with a leading dot) when first asked for, then kept
    as an ordinary attribute."""
    package = str(namespace["__name__"])

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    return __getattr__
