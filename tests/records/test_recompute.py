"""A reopened consultation keeps its numbers when packs change; recompute says what changed."""

from __future__ import annotations

from dataclasses import replace

from heatadvisor.core.setting.bundle import bundled
from heatadvisor.records.recompute import recompute


def dearer_coal(province: str):
    """Today's packs with the province's coal price up by half, as a new region pack version."""
    data = bundled()
    region = data.regions[province]
    prices = region.prices.model_copy(
        update={
            "coal_yuan_per_t": region.prices.coal_yuan_per_t.model_copy(
                update={k: getattr(region.prices.coal_yuan_per_t, k) * 1.5 for k in ("low", "typ", "high")}
            )
        }
    )
    newer = region.model_copy(update={"prices": prices, "version": "99.0.0"})
    return replace(
        data, regions={**data.regions, province: newer}, versions={**data.versions, region.pack_id: "99.0.0"}
    )


def test_recompute_after_a_price_change_lists_what_changed(store, compared):
    case, result = next((c, r) for c, r in compared if c.current.device_id == "coal_stove")  # today: a coal stove
    saved = store.save(case, result)
    record = store.get(saved.id)
    newer = dearer_coal(case.location.province)
    again = recompute(record, newer)
    codes = {c.code for c in again.changes}
    assert "pack" in codes and "running_cost" in codes
    texts = [c.text("zh") for c in again.changes]
    assert any("99.0.0" in t for t in texts) and all("{" not in t and "?" not in t for t in texts)
    assert all("{" not in c.text("en") for c in again.changes)
    assert store.get(saved.id).result.model_dump_json() == result.model_dump_json()  # the saved result is untouched


def test_recompute_with_the_same_packs_changes_nothing(store, compared):
    case, result = compared[0]
    record = store.get(store.save(case, result).id)
    assert recompute(record).changes == []
