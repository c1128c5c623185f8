"""generator/models.py: the post-processing that gives every generated model its repr and flat docstring;
and the models package (templates/models_init.py.jinja) that imports a model's module on first use."""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from optimove_generated import facade, models
from optimove_generated.models import AttributeValue, GetRegisteredEventListenersItem
from optimove_generated.operations import OPERATIONS
from optimove_generated.types import UNSET

from generator.models import ModelShapeError, polish, polish_types


def test_a_wrapped_description_keeps_the_attributes_section_at_its_depth() -> None:
    """help() shows the Attributes section beside the description, not as a nested block."""
    wrapped = inspect.getdoc(GetRegisteredEventListenersItem) or ""
    assert len(wrapped.split("\n\n")[0].splitlines()) > 1  # the description is wrapped
    assert "\nAttributes:\n    event_type_id (int):" in wrapped
    one_line = inspect.getdoc(AttributeValue) or ""
    assert "\nAttributes:\n    real_field_name (str):" in one_line


def test_a_model_of_another_shape_stops_the_generation() -> None:
    """Should a new generator version write models differently, the step fails rather than skip a model."""
    text = "from __future__ import annotations\n\n@_attrs_define\nclass Thing:\n    name: str\n"
    with pytest.raises(ModelShapeError, match="to_dict"):
        polish(text)
    enum = "from enum import Enum\n\nclass Kind(str, Enum):\n    A = 'A'\n"
    assert polish(enum) == enum  # enum modules have nothing to change


def test_unset_read_directly_shows_as_unset() -> None:
    assert repr(UNSET) == "UNSET" and f"{[UNSET]}" == "[UNSET]"
    with pytest.raises(ModelShapeError, match=r"types\.py"):
        polish_types("class Unset:\n    pass\n")


def _modules_after(code: str) -> set[str]:
    """The optimove_generated.models submodules a fresh interpreter has imported after running `code`."""
    script = code + (
        "\nimport sys\nprint(' '.join(m for m in sys.modules if m.startswith('optimove_generated.models.')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_starting_the_client_imports_no_model_until_a_call_needs_one() -> None:
    started = _modules_after(
        "from optimove_client import Optimove\nimport optimove_client.cli.call\n"
        "Optimove(api_key='k', base_url='http://127.0.0.1:9')"
    )
    assert started <= {"optimove_generated.models.attribute_delimiter"}  # the one the overlay reads
    built = _modules_after(
        "from optimove_client import Optimove\n"
        "from optimove_client.testing import MockOptimove, MOCK_BASE_URL\n"
        "mock = MockOptimove(rate_limits=())\n"
        "with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport()) as opt:\n"
        "    opt.model.get_lifecycle_stage_list()"
    )
    assert "optimove_generated.models.get_lifecycle_stage_list_item" in built
    assert len(built) < 10  # that function's own models, not all of them


def test_every_model_name_resolves_lazily_and_only_those() -> None:
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))
    written = {module.stem for module in Path(models.__file__).parent.glob("*.py")} - {"__init__"}
    assert set(models._MODULES.values()) == written  # every model module is listed, once
    assert len(models._MODULES) == len(models.__all__) == len(written)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018 - the attribute access is the test


def test_the_operations_table_names_models_that_exist() -> None:
    for operation in OPERATIONS:
        if operation.body is not None:
            assert operation.body.model is getattr(models, operation.body.model_name)
        if operation.result.model_name is not None:
            assert operation.result.model is getattr(models, operation.result.model_name)
        else:
            assert operation.result.model is None


def test_facade_annotations_resolve_at_run_time() -> None:
    """The facade names models as models.<Name>, so typing.get_type_hints needs no import of them all."""
    hints = typing.get_type_hints(facade.RegisterEventListener.__call__)
    assert hints["event_type_id"] is models.EventType
