"""Personal details: consent, "keep none", no bank cards, masked IDs, encrypted at rest,
complete deletion, and a forgotten password."""

from __future__ import annotations

from datetime import date

import pytest

from heatadvisor.core.contract.problems import InputError
from heatadvisor.records.crypto import WrongPassword
from heatadvisor.records.model import Stage
from heatadvisor.records.opening import close_store, open_store
from heatadvisor.records.privacy import looks_like_bank_card, mask_id, valid_id_number
from heatadvisor.records.store import Search
from heatadvisor.wording import problem_line

ID = "11010519491231002X"  # the GB 11643 example number
BANK = "6222 0202 0000 0000 006"  # a made-up UnionPay-style number that passes the card checksum
DETAILS = {
    "consent": True,
    "head_name": "赵大山",
    "applicant_name": "赵小河",
    "phone": "13912345678",
    "power_account": "0123456789",
    "gas_account": "G-778899",
}


def _with_name(case, name="赵大山", phone="13912345678"):
    return case.model_copy(update={"household": case.household.model_copy(update={"name": name, "phone": phone})})


def _problem(call):
    with pytest.raises(InputError) as err:
        call()
    return err.value.problems[0]


def test_names_without_consent_are_refused_naming_the_consent(store, compared):
    case, result = compared[0]
    store.set_password("pw-1")
    problem = _problem(lambda: store.save(_with_name(case), result))
    assert problem.field == "personal.consent" and "同意" in problem_line(problem, "zh")
    assert "consent" in problem_line(problem, "en")
    assert store.count() == 0


def test_an_id_number_needs_its_own_consent_and_a_valid_checksum(store, compared):
    case, result = compared[0]
    store.set_password("pw-1")
    assert _problem(lambda: store.save(case, result, {**DETAILS, "id_number": ID})).field == "personal.id_consent"
    assert (
        _problem(
            lambda: store.save(case, result, {**DETAILS, "id_number": "110105194912310021", "id_consent": True})
        ).field
        == "personal.id_number"
    )
    saved = store.save(case, result, {**DETAILS, "id_number": ID.lower(), "id_consent": True})
    assert store.get(saved.id).personal.id_number == ID
    assert mask_id(ID) == "110***********002X"


@pytest.mark.parametrize("field", ["head_name", "power_account", "phone"])
def test_bank_card_numbers_are_never_stored(store, compared, field):
    case, result = compared[0]
    store.set_password("pw-1")
    problem = _problem(lambda: store.save(case, result, {**DETAILS, field: BANK.replace(" ", "")}))
    assert problem.field == f"personal.{field}" and problem.reason == "bank_card"
    saved = store.save(case, result)
    assert (
        _problem(lambda: store.add_stage(saved.id, Stage.applied, date(2026, 12, 1), f"卡号 {BANK}")).reason
        == "bank_card"
    )
    assert looks_like_bank_card(BANK) and not looks_like_bank_card(ID) and not looks_like_bank_card("13912345678")
    assert valid_id_number(ID)


def test_personal_details_need_the_password(store, compared):
    case, result = compared[0]
    assert _problem(lambda: store.save(case, result, DETAILS)).reason == "records_locked"
    assert store.save(case, result).revision == 1  # advice alone is always kept


def test_keep_none_drops_personal_details_and_says_which(store, compared):
    case, result = compared[0]
    store.set_keep_personal(False)
    saved = store.save(_with_name(case), result, {**DETAILS})
    assert set(saved.dropped) == {"head_name", "applicant_name", "phone", "power_account", "gas_account"}
    record = store.get(saved.id)
    assert record.personal is None and record.case.household.name is None


def test_no_personal_field_is_in_clear_on_disk(tmp_path, clock, compared):
    path = tmp_path / "records.sqlite"
    store, _ = open_store(path, clock)
    store.set_password("correct horse")
    case, result = compared[0]
    saved = store.save(_with_name(case), result, {**DETAILS, "id_number": ID, "id_consent": True})
    reopened = store.get(saved.id)
    assert reopened.case.household.name == "赵大山" and reopened.personal.gas_account == "G-778899"
    close_store(store)
    files = [path, *tmp_path.glob("records.sqlite-*"), *(tmp_path / "backups").glob("*")]
    on_disk = b"".join(p.read_bytes() for p in files)
    for value in [*(v for k, v in DETAILS.items() if k != "consent"), ID]:
        assert value.encode("utf-8") not in on_disk, value
        assert value.encode("utf-16-le") not in on_disk, value
    assert b"correct horse" not in on_disk

    again, _ = open_store(path, clock)
    locked = again.get(saved.id)
    assert locked.personal is None and locked.personal_locked and locked.case.household.name is None
    assert locked.result.model_dump_json() == result.model_dump_json()  # the advice needs no password
    with pytest.raises(WrongPassword):
        again.vault.unlock("wrong horse")
    again.vault.unlock("correct horse")
    assert again.get(saved.id).personal.head_name == "赵大山"
    close_store(again)


def test_changing_the_password_reseals_and_forgetting_it_erases_personal_details(store, compared):
    case, result = compared[0]
    store.set_password("old")
    saved = store.save(case, result, DETAILS)
    store.set_password("new")
    store.vault._key = None
    with pytest.raises(WrongPassword):
        store.vault.unlock("old")
    store.vault.unlock("new")
    assert store.get(saved.id).personal.phone == "13912345678"
    store.vault._key = None
    assert store.reset_password("fresh") == 1
    record = store.get(saved.id)
    assert record.personal is None and not record.personal_locked
    assert record.result.model_dump_json() == result.model_dump_json()


def test_a_password_change_needs_the_old_one_and_reseals_in_one_go(store, compared):
    case, result = compared[0]
    store.set_password("old")
    saved = store.save(_with_name(case), result, DETAILS)
    before = store.db.execute("SELECT personal FROM consultations").fetchone()[0]
    with pytest.raises(WrongPassword):
        store.change_password("not it", "new")
    assert store.db.execute("SELECT personal FROM consultations").fetchone()[0] == before
    store.change_password("old", "new")
    assert store.db.execute("SELECT personal FROM consultations").fetchone()[0] != before
    store.vault._key = None
    with pytest.raises(WrongPassword):
        store.vault.unlock("old")
    store.vault.unlock("new")
    assert store.get(saved.id).personal.head_name == "赵大山"


def test_searching_by_name_opens_each_sealed_name_once_and_sees_changes(store, compared, clock):
    case, result = compared[0]
    store.set_password("pw")
    first = store.save(_with_name(case, "赵大山"), result, DETAILS)
    store.save(_with_name(case, "钱二"), result, {**DETAILS, "head_name": "钱二"})
    assert [s.head_name for s in store.search(Search(text="大山"))] == ["赵大山"]
    store.save(_with_name(case, "孙三"), result, {**DETAILS, "head_name": "孙三"}, record_id=first.id)
    assert store.search(Search(text="大山")) == []  # the new blob is opened again, not the cached name
    assert [s.head_name for s in store.search(Search(text="孙"))] == ["孙三"]
    elsewhere, _ = open_store(store.path, clock)  # the CLI, say, saving meanwhile through its own connection
    elsewhere.vault.unlock("pw")
    elsewhere.save(_with_name(case, "李四"), result, {**DETAILS, "head_name": "李四"})
    close_store(elsewhere)
    assert [s.head_name for s in store.search(Search(text="李"))] == ["李四"]
    store.delete([first.id])  # a deleted resident's name leaves the memory too
    assert store.db.execute("SELECT count(*) FROM temp.head_names WHERE id = ?", (first.id,)).fetchone()[0] == 0
    store.vault._use_key(None)  # locked: the names are gone from memory and match nothing
    assert store.search(Search(text="李")) == [] and all(s.head_name is None for s in store.search())
    assert store.db.execute("SELECT count(*) FROM temp.head_names").fetchone()[0] == 0


def test_deleting_a_resident_removes_every_trace_and_names_when_backups_age_out(tmp_path, clock, compared):
    path = tmp_path / "records.sqlite"
    store, _ = open_store(path, clock)
    store.set_password("pw")
    case, result = compared[0]
    saved = store.save(case, result, DETAILS)
    store.add_stage(saved.id, Stage.applied, date(2026, 12, 1), "材料交到村里 A17")
    kept = store.save(*compared[1])
    gone = store.delete([saved.id])
    assert gone.count == 1 and gone.backups_gone_by > clock.now
    assert store.get(saved.id) is None and store.get(kept.id) is not None
    assert store.db.execute("SELECT count(*) FROM stages WHERE consultation_id = ?", (saved.id,)).fetchone() == (0,)
    from heatadvisor.wording import word

    assert str(gone.backups_gone_by.year) in word(
        "records.deleted", "zh", count=1, date=f"{gone.backups_gone_by:%Y-%m-%d}"
    )
    close_store(store)
    raw = path.read_bytes()
    assert "材料交到村里 A17".encode() not in raw
    assert raw.count(saved.id.encode()) == 1  # only in the list of deletions (id and time), for merges elsewhere


def test_the_consent_notice_says_what_why_how_long_and_how_to_delete():
    from heatadvisor.wording import word

    zh, en = word("records.consent_notice", "zh"), word("records.consent_notice", "en")
    for words in ("姓名", "电话", "身份证", "补贴", "删除", "银行卡", "不同意"):
        assert words in zh, words
    for words in ("names", "phone", "ID number", "subsidies", "deleted", "Bank card", "Without your consent"):
        assert words in en, words


def test_a_page_opens_only_its_rows_names_and_remembers_them(store, compared):
    case, result = compared[0]
    store.set_password("pw")
    for name in ("赵大山", "钱二", "孙三"):
        store.save(_with_name(case, name), result, {**DETAILS, "head_name": name})
    store.vault._use_key(None)
    store.vault.unlock("pw")  # a new key: nothing opened yet
    page = store.search(limit=2)
    assert [s.head_name for s in page] == ["孙三", "钱二"]
    remembered = store.db.execute("SELECT id, name FROM temp.head_names ORDER BY name").fetchall()
    assert sorted(remembered) == sorted((s.id, s.head_name) for s in page)


def test_a_name_erased_or_changed_here_stops_matching_at_the_next_search(store, compared):
    case, result = compared[0]
    store.set_password("pw")
    first = store.save(_with_name(case, "赵大山"), result, DETAILS)
    assert [s.id for s in store.search(Search(text="大山"))] == [first.id]  # every name opened
    store.save(_with_name(case, None, None), result, None, record_id=first.id)  # the resident withdrew consent
    assert store.search(Search(text="大山")) == []
    added = store.save(_with_name(case, "钱大山"), result, {**DETAILS, "head_name": "钱大山"})
    assert [s.head_name for s in store.search(Search(text="大山"))] == ["钱大山"]
    assert store.db.execute("SELECT count(*) FROM temp.names_to_open").fetchone()[0] == 0
    assert store.db.execute("SELECT name FROM temp.head_names WHERE id = ?", (added.id,)).fetchone() == ("钱大山",)
