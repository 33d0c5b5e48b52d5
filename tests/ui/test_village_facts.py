"""What the village (and the yard) has, as the form asks it: the same facts as the case model,
each a tick that goes into the case, and a ground-source heat pump advised only once the yard is
said to take its boreholes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

from heatadvisor.core.contract.case import Infrastructure
from heatadvisor.ui.form.location import VILLAGE_FACTS

from .conftest import settle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_form_asks_every_fact_the_case_knows():
    assert get_args(Infrastructure) == VILLAGE_FACTS


def test_ticking_the_yard_lets_the_ground_source_pump_be_advised(qtbot, window):
    beijing = json.loads((EXAMPLES / "beijing_household.json").read_text(encoding="utf-8"))
    window.write_form({**beijing, "options": [{"device_id": d} for d in ("gshp", "ashp_aw_10kw", "split_ac")]})
    settle(qtbot, window)
    facts = window.location.has
    assert window.read_form()[0]["village"] == {}
    gshp = next(o for o in window.last.comparison.options if o.device_id == "gshp")
    assert gshp.missing == ["borehole_site"]
    facts.boxes["borehole_site"].setChecked(True)
    settle(qtbot, window)
    assert window.read_form()[0]["village"] == {"borehole_site": True}
    gshp = next(o for o in window.last.comparison.options if o.device_id == "gshp")
    assert gshp.missing == [] and window.last.comparison.recommended == "gshp"  # the cheapest there over 15 years
