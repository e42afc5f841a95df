"""Settings declared once (core.settings): typed office settings in the database, unknown keys
refused, and the versioned upgrade of the office store run when a database is opened."""
from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from core import settings
from core.commune import open_database
from core.db import transaction
from core.errors import PermissionDenied, ValidationError
from core.models import AuditEntry, Setting


def _rows(db) -> dict[str, str | None]:
    with transaction(db.sessions, write=False) as s:
        return dict(s.execute(select(Setting.key, Setting.value)).all())


def test_office_settings_are_typed_and_defaulted(db):
    with transaction(db.sessions) as s:
        assert settings.get(s, "return.doc_number") is None
        assert settings.get(s, "staff.departments_seeded") is True  # init seeded the offices
        settings.put(s, "return.doc_number", unicodedata.normalize("NFD", " 15/BC-UBND xã "))
        settings.put(s, "return.recipients", ["UBND tỉnh Hà Nội;", "", "  Lưu: VT. "])
        settings.put(s, "return.signer_authority", "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH")
    rows = _rows(db)
    assert rows["return.doc_number"] == unicodedata.normalize("NFC", "15/BC-UBND xã")
    assert rows["return.recipients"] == "UBND tỉnh Hà Nội;\nLưu: VT."
    with transaction(db.sessions, write=False) as s:
        assert settings.get(s, "return.recipients") == ["UBND tỉnh Hà Nội;", "Lưu: VT."]
        assert settings.values(s, ["return.signer_authority", "return.made_by"]) == {
            "return.signer_authority": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "return.made_by": None}
    with transaction(db.sessions) as s:
        settings.put(s, "return.doc_number", "  ")  # blank: back to the default, the row goes
    assert "return.doc_number" not in _rows(db)


def test_the_return_prints_the_office_settings(db):
    from core.exports import ReturnOptions

    with transaction(db.sessions) as s:
        settings.put(s, "return.doc_number", "15/BC-UBND")
        settings.put(s, "return.signer_authority", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        opts = ReturnOptions.from_session(s, {"commune": "Xã Thượng Tín", "province": "Hà Nội"})
    assert opts.doc_number == "15/BC-UBND" and opts.signer_authority == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert opts.made_by_title == "NGƯỜI LẬP BÁO CÁO"  # not set: the document's own default


def test_unknown_keys_and_wrong_types_are_refused(db):
    with transaction(db.sessions) as s:
        for call in (lambda: settings.get(s, "return.numero"), lambda: settings.put(s, "return.numero", "1"),
                     lambda: settings.values(s, ["return.doc_number", "window/page"])):
            with pytest.raises(settings.UnknownSetting):
                call()
        with pytest.raises(ValueError):
            settings.put(s, "staff.departments_seeded", "perhaps")
        with pytest.raises(ValueError):
            settings.put(s, "return.doc_number", 15)


def test_a_damaged_value_reads_as_the_default(db):
    with transaction(db.sessions) as s:
        s.get(Setting, "staff.departments_seeded").value = "maybe"  # edited by hand
    with transaction(db.sessions, write=False) as s:
        assert settings.get(s, "staff.departments_seeded") is False


def test_every_setting_is_declared_once_with_a_default_of_its_type():
    for registry in (settings.OFFICE, settings.WORKSTATION):
        for opt in registry.options.values():
            assert opt.kind.check(opt.default) == opt.default, opt.key
            assert opt.doc and opt.scope == registry.scope
        with pytest.raises(ValueError):
            registry.declare(next(iter(registry.options)), settings.TEXT, None, "again")
    assert not set(settings.OFFICE.options) & set(settings.WORKSTATION.options)


# ---------------------------------------------------------------- the office store's upgrades
@pytest.fixture
def office_v2(monkeypatch):
    """The office settings as a later release might have them: step 2 renames `return.so_hieu` to
    `return.doc_number` and turns `return.nguoi_nhan` (recipients separated by ';') into lines."""
    reg = settings.Registry(settings.OFFICE_SCOPE, "settings.version", dict(settings.OFFICE.options))
    calls = []

    @reg.step(2)
    def _step(store):
        calls.append(2)
        settings.rename(store, "return.so_hieu", "return.doc_number")
        old = store.raw("return.nguoi_nhan")
        store.remove("return.nguoi_nhan")
        if old:
            store.put_raw("return.recipients", settings.LINES.dump(settings.LINES.check(old.split(";"))))

    monkeypatch.setattr(settings, "OFFICE", reg)
    return calls


def test_a_database_with_the_old_keys_is_upgraded_when_opened(db_target, office_v2):
    from core.commune import init_database

    db = init_database(db_target, "Xã Thượng Tín", "Hà Nội")  # a new database: brought to version 2
    assert office_v2 == [2] and _rows(db)["settings.version"] == "2"
    with transaction(db.sessions) as s:  # as a first-release database holds them
        s.get(Setting, "settings.version").value = None
        s.add_all([Setting(key="return.so_hieu", value="07/BC-UBND"),
                   Setting(key="return.nguoi_nhan", value="UBND tỉnh; Lưu: VT.")])
    db.close()
    db = open_database(db_target)
    try:
        rows = _rows(db)
        assert rows["settings.version"] == "2" and "return.so_hieu" not in rows and "return.nguoi_nhan" not in rows
        with transaction(db.sessions, write=False) as s:
            assert settings.get(s, "return.doc_number") == "07/BC-UBND"
            assert settings.get(s, "return.recipients") == ["UBND tỉnh", "Lưu: VT."]
            audited = s.scalars(select(AuditEntry.record_id).where(AuditEntry.table_name == "setting")).all()
        assert {"return.so_hieu", "return.doc_number", "settings.version"} <= set(audited)
        assert office_v2 == [2, 2]
    finally:
        db.close()
    db = open_database(db_target)  # up to date: nothing runs, nothing is written
    db.close()
    assert office_v2 == [2, 2]


def test_a_current_database_opens_without_writing_settings(sqlite_db):
    before = _rows(sqlite_db)
    path = sqlite_db.engine.url.database
    sqlite_db.close()
    again = open_database(path)
    try:
        assert _rows(again) == before and "settings.version" not in before  # version 1: the first layout
    finally:
        again.close()


def test_the_office_sets_its_settings_as_text_checked_before_any_is_written(db):
    with transaction(db.sessions) as s:
        now = settings.put_office_values(s, {"return.doc_number": " 15/BC-UBND ",
                                             "return.recipients": "Như trên;\n\nLưu: VT.",
                                             "return.signer_name": "Nguyễn Văn Hòa"})
    assert now == {"return.doc_number": "15/BC-UBND", "return.recipients": ["Như trên;", "Lưu: VT."],
                   "return.signer_name": "Nguyễn Văn Hòa"}
    with pytest.raises(ValidationError) as refused, transaction(db.sessions) as s:
        settings.put_office_values(s, {"return.made_by": "Lê Thị Thu", "nope": "x",
                                       "staff.departments_seeded": "0"})
    assert set(refused.value.by_field) == {"nope", "staff.departments_seeded"}  # the program's own is not the office's
    assert refused.value.by_field["nope"].code == "settings.unknown"
    with transaction(db.sessions, write=False) as s:
        assert settings.get(s, "return.made_by") is None  # nothing of a refused set is written
        assert settings.get(s, "staff.departments_seeded") is True
    with transaction(db.sessions) as s:
        settings.put_office_values(s, {"return.doc_number": "", "return.recipients": ""})  # blank: the default again
    assert "return.doc_number" not in _rows(db) and "return.recipients" not in _rows(db)
    assert [o.key for o in settings.office_options()][:2] == ["return.doc_number", "return.made_by"]
    assert "staff.departments_seeded" not in {o.key for o in settings.office_options()}


def test_only_a_role_that_may_change_settings_sets_them(db):
    from tests.core.test_auth import make_accounts

    people = make_accounts(db)
    with pytest.raises(PermissionDenied), transaction(db.sessions, user=people["clerk"]) as s:
        settings.put_office_values(s, {"return.doc_number": "15/BC-UBND"})
    with transaction(db.sessions, user=people["admin"]) as s:
        settings.put_office_values(s, {"return.doc_number": "15/BC-UBND"})
    with transaction(db.sessions, write=False) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "setting")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.user_name == "admin"
