"""Build a pydantic model from values the core computed itself, without validating them again.

Results are made thousands of times per recalculation or village batch (every option, every
programme, every reason); their inputs were validated when the case and the packs were
read. This does what ``model_construct`` does for the core's plain result models (no
aliases, no private attributes, no validators) at a fraction of its cost.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from typing import TypeVar

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

M = TypeVar("M", bound=BaseModel)
_FIELDS: dict[type, tuple[tuple[str, ...], tuple[tuple[str, object, Callable[..., object] | None], ...]]] = {}


def construct(cls: type[M], values: dict[str, object]) -> M:
    """``values`` becomes the model's state (callers pass a fresh dict: their keyword arguments)."""
    known = _FIELDS.get(cls)
    if known is None:
        fields = tuple((name, info.default, info.default_factory) for name, info in cls.model_fields.items())
        known = _FIELDS[cls] = (tuple(name for name, _, _ in fields), fields)
    names, fields = known
    if len(values) == len(names):  # every field given: in declaration order, the order they serialise in
        state = values if tuple(values) == names else {name: values[name] for name in names}
    else:
        state = {}
        for name, default, factory in fields:
            if name in values:
                state[name] = values[name]
            elif factory is not None:
                state[name] = factory()
            elif default is not PydanticUndefined:
                state[name] = copy(default)
    made = cls.__new__(cls)
    object.__setattr__(made, "__dict__", state)
    object.__setattr__(made, "__pydantic_fields_set__", set(values))
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made
