"""packs/quantities.py: a kind of number names its bounds in its class line, and its numbers
(``value``, or ``low``/``typ``/``high``) are checked against them and show them in the schema."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from heatadvisor.core.packs.quantities import Efficiency, TierQuantity, Years
from heatadvisor.core.packs.sourced import Sourced


def test_a_number_outside_its_kinds_bounds_is_refused():
    assert Years(value=60, src="s").value == 60
    for value in (0.5, 61, float("nan")):
        with pytest.raises(ValidationError):
            Years(value=value, src="s")
    with pytest.raises(ValidationError):
        TierQuantity(value=0, src="s")  # gt: zero itself is out
    assert Sourced(value=-1e9, src="s").value == -1e9  # the base kind has no bounds of its own


def test_every_number_of_a_range_has_the_bounds():
    Efficiency(low=0.5, typ=0.7, high=0.9, src="s")
    with pytest.raises(ValidationError) as caught:
        Efficiency(low=2.5, typ=2.5, high=2.5, src="s")
    assert {(e["loc"], e["type"]) for e in caught.value.errors()} == {
        ((name,), "less_than_equal") for name in ("low", "typ", "high")
    }


def test_the_bounds_show_in_the_schema():
    value = Years.model_json_schema()["properties"]["value"]
    assert (value["minimum"], value["maximum"]) == (1, 60)
    assert TierQuantity.model_json_schema()["properties"]["value"]["exclusiveMinimum"] == 0
    assert {Efficiency.model_json_schema()["properties"][f]["maximum"] for f in ("low", "typ", "high")} == {2.0}
