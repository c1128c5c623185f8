"""Regenerate generated_client/ from spec/optimove.yaml, from scratch and deterministically.

python -m generator            # what `make generate` runs
python -m generator --check    # what `make check-generated` runs: fail if the committed tree is stale

Beside the package it writes docs/api.md, the reference of every function (reference.py), read from the
package just generated; --check compares it too.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

from generator import upstream
from generator.describe import read_operations
from generator.facade import write_facade
from generator.facts import write_facts
from generator.models import polish_models
from generator.reference import API_REFERENCE, ReferenceError, markdown
from generator.rows import write_rows
from generator.table import write_table
from generator.view import dump, generator_view, operations

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "optimove.yaml"
OUTPUT = ROOT / "generated_client"
PACKAGE = "optimove_generated"
SPEC_RESOURCE = "openapi.json"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
# Handwritten modules copied into the package as they are: the operation record and the runner protocols.
STATIC = Path(__file__).resolve().parent / "static"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}
# The C loader is 6x faster where PyYAML was built with it; both are safe loaders.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class GenerationError(RuntimeError):
    """The generated tree is missing something the spec describes, or the toolchain is not the pinned one."""


def pinned_versions() -> dict[str, str]:
    """The exact versions of the generator toolchain, as pinned in pyproject.toml's `generate` extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins: dict[str, str] = {}
    for requirement in project["project"]["optional-dependencies"]["generate"]:
        name, _, version = requirement.partition("==")
        pins[name.strip()] = version.strip()
    return pins


def check_toolchain() -> dict[str, str]:
    pins = pinned_versions()
    for name, wanted in pins.items():
        installed = importlib.metadata.version(name)
        if installed != wanted:
            raise GenerationError(f"{name} {installed} is installed but {wanted} is pinned: run `make setup`")
    return pins


def header(pins: dict[str, str]) -> str:
    return (
        f"# Generated from spec/optimove.yaml by generator/ with openapi-python-client "
        f"{pins['openapi-python-client']}.\n"
        "# Do not edit by hand: change the spec or the generator, then run `make generate`.\n"
    )


def _run(*command: str | Path) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout:
        raise GenerationError(f"{' '.join(map(str, command))} failed:\n{result.stdout}{result.stderr}")


def _add_headers(package: Path, text: str) -> None:
    for module in sorted(package.rglob("*.py")):
        module.write_text(text + module.read_text(encoding="utf-8"), encoding="utf-8")


def _format(package: Path) -> None:
    # Explicit rules and no cache: ruff's default rule set rewrites __exit__ signatures that mypy --strict
    # then rejects, and a cache folder inside the package would make two runs differ.
    ruff = (sys.executable, "-m", "ruff")
    common = ("--isolated", "--no-cache", "--target-version", "py311")
    _run(*ruff, "check", *common, "--fix-only", "--select", "F,I,UP", "--quiet", package)
    _run(*ruff, "format", *common, "--quiet", package)


def verify(package: Path, view: dict[str, Any]) -> None:
    """Fail when the generator silently dropped an operation or a property (it does, e.g. for two
    properties whose Python names collide)."""
    expected = sum(1 for _ in operations(view))
    modules = [m for m in (package / "api").glob("*/*.py") if m.name != "__init__.py"]
    if len(modules) != expected:
        raise GenerationError(f"{len(modules)} operation modules generated for {expected} operations")
    model_texts = {m: m.read_text(encoding="utf-8") for m in sorted((package / "models").glob("*.py"))}
    by_class = {c: text for text in model_texts.values() for c in re.findall(r"^class (\w+)", text, re.M)}
    everything = "\n".join(model_texts.values())
    for name, schema in view["components"]["schemas"].items():
        properties = schema.get("properties")
        if not properties:
            continue
        text = by_class.get(name, "")
        missing = [key for key in properties if f'"{key}"' not in text]
        if missing:
            raise GenerationError(f"model {name} lacks properties {missing}")
    inline_keys = set(re.findall(r"'(\w+)': \{", str(view["paths"])))
    missing_inline = sorted(key for key in inline_keys if f'"{key}"' not in everything and key[0].isupper())
    if missing_inline:
        raise GenerationError(f"generated models lack properties {missing_inline}")


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # noqa: S506
    return loaded


def build(destination: Path, spec: dict[str, Any] | None = None) -> None:
    """Generate the package into destination/<PACKAGE>, replacing whatever destination held.

    spec defaults to spec/optimove.yaml; tests pass small documents of their own.
    """
    pins = check_toolchain()
    spec = load_spec() if spec is None else spec
    view = generator_view(spec)
    with tempfile.TemporaryDirectory(prefix="optimove-generate-") as scratch:
        package = Path(scratch) / "out" / PACKAGE
        try:
            parsed = upstream.generate(view, package, config_file=CONFIG, templates=TEMPLATES)
        except upstream.UpstreamError as error:
            raise GenerationError(f"openapi-python-client failed:\n{error}") from None
        polish_models(package)  # reprs without Unset, flat docstrings
        write_rows(package, parsed, spec)
        for static in sorted(STATIC.glob("*.py")):
            shutil.copyfile(static, package / static.name)
        described = read_operations(parsed, spec)
        write_table(package, described, spec)
        write_facade(package, described, spec)
        write_facts(package, spec)
        _add_headers(package, header(pins))
        (package / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its types
        # The whole spec, as JSON, for what reads it at run time (overlay, mock server, CLI): it ships in the
        # wheel with the code generated from it, and loads in milliseconds without a YAML parser.
        (package / SPEC_RESOURCE).write_text(dump(spec), encoding="utf-8")
        _format(package)
        verify(package, view)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(package.parent, destination)


def _tree(root: Path) -> set[str]:
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and not IGNORED.intersection(path.parts) and path.suffix != ".pyc"
    }


def differences(committed: Path, fresh: Path) -> list[str]:
    """Paths that differ between two generated trees (added, removed or changed)."""
    old, new = _tree(committed) if committed.exists() else set(), _tree(fresh)
    changed = [p for p in sorted(old & new) if not filecmp.cmp(committed / p, fresh / p, shallow=False)]
    return (
        [f"only in committed tree: {p}" for p in sorted(old - new)]
        + [f"not committed: {p}" for p in sorted(new - old)]
        + [f"changed: {p}" for p in changed]
    )


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def reference_differences(committed: Path, fresh: str) -> list[str]:
    """How the committed reference differs from the one the fresh tree gives ([] when not at all), with the
    first line that differs."""
    name = _shown(committed)
    if not committed.exists():
        return [f"not committed: {name}"]
    text = committed.read_text(encoding="utf-8")
    if text == fresh:
        return []
    pairs = zip(text.splitlines(keepends=True), fresh.splitlines(keepends=True), strict=False)
    line = next((number for number, (old, new) in enumerate(pairs, 1) if old != new), None)
    if line is None:  # one is the other and more
        line = min(text.count("\n"), fresh.count("\n")) + 1
    return [f"changed: {name} (from line {line})"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate into a temporary folder and compare")
    args = parser.parse_args(argv)
    try:
        if not args.check:
            build(OUTPUT)
            API_REFERENCE.parent.mkdir(exist_ok=True)
            API_REFERENCE.write_text(markdown(OUTPUT), encoding="utf-8")
            print(f"generated {_shown(OUTPUT)}/{PACKAGE} and {_shown(API_REFERENCE)} from {_shown(SPEC)}")
            return 0
        with tempfile.TemporaryDirectory(prefix="optimove-check-") as scratch:
            fresh = Path(scratch) / "generated_client"
            build(fresh)
            diff = differences(OUTPUT, fresh) + reference_differences(API_REFERENCE, markdown(fresh))
    except (GenerationError, ReferenceError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if diff:
        stale = "generated_client/ or docs/api.md is stale; run `make generate` and commit:"
        print(stale, *diff, sep="\n  ", file=sys.stderr)
        return 1
    print("generated_client/ and docs/api.md are current")
    return 0
