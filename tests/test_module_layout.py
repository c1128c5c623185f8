"""The import graph of optimove_client's own modules has no cycle.

Every import counts: at the top of a module, under TYPE_CHECKING, and inside a function (a deferred
import still says that one module needs the other). `from optimove_client.cli import parquet` is an
import of the submodule; `from optimove_client import Optimove` one of the package's __init__. Importing
a submodule also runs its package's __init__: that is not counted as the submodule's import of it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "optimove_client"
ROOT = Path(__file__).resolve().parent.parent

# Cycles known today, each as the set of modules it joins: none. A new cycle fails the test below; if one
# must stay, name its modules here.
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's own modules that this module imports, wherever in it the import stands."""

    def owner(name: str) -> str | None:  # the module a dotted name is in (a name in it, or the module)
        while name not in modules and "." in name:
            name = name.rsplit(".", 1)[0]
        return name if name in modules else None

    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(owner(alias.name) for alias in node.names if alias.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                base = package[: len(package) - node.level + 1]
                source = ".".join([*base, source] if source else base)
            if source.split(".")[0] == PACKAGE:
                # A name that is a submodule is an import of that submodule; any other, of `source`.
                found.update(owner(f"{source}.{alias.name}") for alias in node.names)
    return {name for name in found if name is not None and name != module}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {module: _imports(module, path, modules) for module, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan): each holds a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = {stack.pop()}
            while module not in component:
                component.add(stack.pop())
            if len(component) > 1:
                found.add(frozenset(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_package_imports_form_no_cycle() -> None:
    graph = import_graph()
    found = cycles(graph)
    new = [
        ", ".join(f"{module} -> {sorted(graph[module] & cycle)}" for module in sorted(cycle))
        for cycle in found - KNOWN_CYCLES
    ]
    fixed = [sorted(cycle) for cycle in KNOWN_CYCLES - found]
    assert found == KNOWN_CYCLES, f"new import cycles: {new}; cycles gone (drop them here): {fixed}"


def test_the_graph_counts_every_kind_of_import() -> None:
    graph = import_graph()
    assert f"{PACKAGE}._client" in graph[PACKAGE]  # under TYPE_CHECKING only
    assert f"{PACKAGE}.cli.parquet" in graph[f"{PACKAGE}.cli.export"]  # inside a function, a submodule
    assert PACKAGE in graph[f"{PACKAGE}.cli.load"]  # a name of the package's __init__
    assert f"{PACKAGE}.errors" in graph[f"{PACKAGE}._request.extras"]


def test_the_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == {frozenset({"a", "b", "c"})}


def test_a_prepared_call_needs_no_other_module_of_the_package() -> None:
    # Every step after preparing reads PreparedCall; it imports none of them, so none can close a cycle.
    assert import_graph()[f"{PACKAGE}._request.prepared_call"] == set()


# The overlay's modules stand in rooms that follow the path of a call (README, Architecture); only these
# stay at the top: the package, the clients, their assembly, the version, the demo, the public errors and
# the stopping helpers.
TOP_LEVEL = {"__init__", "__main__", "_client", "_assembly", "_version", "demo", "errors", "stopping"}
TOP_LEVEL |= {"_lazy"}  # the packages' names imported when first used (root, testing, airflow, dagster)
ROOMS = {"_request", "_transport", "_auth", "_response", "_run", "_config", "_store", "cli", "dlt", "testing"}
ROOMS |= {"airflow"}  # the Airflow provider, beside the dlt source
LONGEST = 300
# The OpenTelemetry room (the [otel] extra): public, like cli/, dlt/ and testing/.
ROOMS |= {"otel"}
# The Dagster integration (the [dagster] extra): its resource, assets and sensor, beside the Airflow provider.
ROOMS |= {"dagster"}


def test_the_overlay_stands_in_rooms() -> None:
    package = ROOT / PACKAGE
    modules = {path.stem for path in package.glob("*.py")}
    folders = {path.name for path in package.iterdir() if (path / "__init__.py").exists()}
    assert modules == TOP_LEVEL
    assert folders == ROOMS | {"generated"}


def test_no_module_of_the_overlay_is_over_300_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / PACKAGE).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST
    }
    assert long == {}
