"""generator/models.py: the post-processing that gives every generated model its repr and flat docstring."""

from __future__ import annotations

import inspect

import pytest
from optimove_generated.models import AttributeValue, GetRegisteredEventListenersItem
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
