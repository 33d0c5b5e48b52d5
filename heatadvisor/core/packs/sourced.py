"""Numbers that carry their source.

Every default number in a pack names an entry of the pack's ``sources`` table, and every
source has a confidence code, so the window and the sheet can say where a figure comes
from and how sure it is.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .safe_text import PackVersion, PlainText, SafeId

Confidence = Literal["A", "B", "C", "D", "E"]
"""A official or peer-reviewed, read directly; B official figure via a careful secondary
source; C aggregator or manufacturer, placeholder; D derived by arithmetic from cited
values; E our estimate, to be verified locally (the pack's note says how it was made)."""


Finite = Annotated[float, Field(allow_inf_nan=False)]
"""A number that is neither NaN nor infinite (a pack's quantity kinds add their bounds)."""


class Strict(BaseModel):
    """Base for pack models: unknown keys are errors, values are never coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(Strict):
    citation: PlainText = Field(min_length=1, max_length=500)
    url: PlainText | None = Field(default=None, max_length=500)
    conf: Confidence
    note: PlainText | None = Field(default=None, max_length=2000)


def _bound(
    kind: type[BaseModel], numbers: tuple[str, ...], ge: float | None, gt: float | None, le: float | None
) -> None:
    """Give a kind of number's fields its bounds while the class is made, before pydantic reads
    its fields: ``class Years(Sourced, ge=1, le=60)`` is ``value: Annotated[Finite, Field(ge=1,
    le=60)]`` without writing it out for each of ~50 kinds (``quantities.py``)."""
    if (ge, gt, le) != (None, None, None):
        kind.__annotations__ = {name: Annotated[Finite, Field(ge=ge, gt=gt, le=le)] for name in numbers}


class Sourced(Strict):
    """A number and the key of its source in the pack's ``sources`` table. A subclass may name
    the number's bounds in its class line: ``class Years(Sourced, ge=1, le=60)``."""

    value: float = Field(allow_inf_nan=False)
    src: PlainText = Field(min_length=1, max_length=80)

    def __init_subclass__(cls, ge: float | None = None, gt: float | None = None, le: float | None = None) -> None:
        _bound(cls, ("value",), ge, gt, le)
        super().__init_subclass__()


class SourcedRange(Strict):
    """A low–typical–high estimate with one source (efficiencies, prices, costs). A subclass may
    name the bounds of all three in its class line: ``class Efficiency(SourcedRange, ge=0.05, le=2)``."""

    low: float = Field(allow_inf_nan=False)
    typ: float = Field(allow_inf_nan=False)
    high: float = Field(allow_inf_nan=False)
    src: PlainText = Field(min_length=1, max_length=80)

    def __init_subclass__(cls, ge: float | None = None, gt: float | None = None, le: float | None = None) -> None:
        _bound(cls, ("low", "typ", "high"), ge, gt, le)
        super().__init_subclass__()

    @model_validator(mode="after")
    def _ordered(self) -> SourcedRange:
        if not self.low <= self.typ <= self.high:
            raise ValueError("low ≤ typ ≤ high is required")
        return self


def source_keys(obj: object) -> set[str]:
    """Every ``src`` key used anywhere inside a pack model (to check against its table)."""
    found: set[str] = set()
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, BaseModel):
            fields = type(item).model_fields
            if "src" in fields:
                found.add(vars(item)["src"])
            stack.extend(getattr(item, name) for name in fields if name != "sources")
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return found


class PackHeader(Strict):
    """Fields every pack file starts with."""

    pack_id: SafeId
    version: PackVersion
    title: PlainText = Field(min_length=1, max_length=200)
    sources: dict[Annotated[PlainText, Field(min_length=1, max_length=80)], Source]

    @model_validator(mode="after")
    def _sources_resolve(self) -> PackHeader:
        missing = sorted(source_keys(self) - set(self.sources))
        if missing:
            raise ValueError(f"unknown source keys: {', '.join(missing)}")
        return self
