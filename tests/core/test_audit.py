"""The audit trail (issue 7, point 2): who, when, which record, which field, old → new; append-only
in the session and (triggers) in the database; history per record; a filtered list; CSV/XLSX export."""
from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from core.audit import AuditFilter, audit_count, audit_list, export_audit, record_history
from core.db import transaction
from core.dossiers import update_details
from core.errors import PermissionDenied
from core.models import AuditEntry, Dossier
from tests.core.test_auth import make_accounts, take_in


@pytest.fixture
def people(db):
    return make_accounts(db)


def entries(db, **where):
    with transaction(db.sessions, write=False) as s:
        s.info["system"] = True
        q = select(AuditEntry).order_by(AuditEntry.id)
        for k, v in where.items():
            q = q.where(getattr(AuditEntry, k) == v)
        return list(s.scalars(q))


def test_create_change_delete_are_recorded_field_by_field(db, people):
    clerk = people["clerk"]
    before = datetime.now().replace(microsecond=0)
    with transaction(db.sessions, user=clerk) as s:
        d = take_in(s)
    created = entries(db, table_name="dossier", record_id=str(d.id))
    assert {e.action for e in created} == {"insert"}
    fields = {e.field: e.new_value for e in created}
    assert fields["code"] == d.code and fields["applicant_id_number"] == "001203004567"
    assert fields["received_at"] == "2026-10-05 09:30:00" and fields["status"] == "in_progress"
    assert "search_key" not in fields and "created_at" not in fields  # derived noise is left out
    e = created[0]
    assert (e.user_name, e.user_role) == ("canbo", "clerk") and e.at >= before and e.workstation
    # the intake's first event is a record of its own
    assert entries(db, table_name="dossier_event", action="insert")

    with transaction(db.sessions, user=clerk) as s:
        update_details(s, d.id, notes="Thiếu bản sao giấy chứng sinh", channel="online")
    changed = entries(db, table_name="dossier", record_id=str(d.id), action="update")
    assert {(e.field, e.old_value, e.new_value) for e in changed} == {
        ("notes", None, "Thiếu bản sao giấy chứng sinh"), ("channel", "direct", "online")}

    with transaction(db.sessions) as s:
        s.info["user"] = people["clerk"]
        s.delete(s.get(Dossier, d.id))
    gone = entries(db, table_name="dossier", record_id=str(d.id), action="delete")
    assert {e.field: e.old_value for e in gone}["applicant_name"] == "Nguyễn Thị Hường"
    # the events went with it (cascade) and are recorded too
    assert entries(db, table_name="dossier_event", action="delete")


def test_a_rolled_back_change_leaves_no_audit_row(db):
    n = len(entries(db))
    with pytest.raises(RuntimeError):
        with transaction(db.sessions) as s:
            take_in(s)
            s.flush()
            raise RuntimeError("the clerk pressed Cancel")
    assert len(entries(db)) == n


def test_single_clerk_mode_records_the_name_given(db):
    with transaction(db.sessions) as s:
        s.info["user"] = "vanthu"  # what the window passes before any account exists
        take_in(s)
    assert {e.user_name for e in entries(db, table_name="dossier")} == {"vanthu"}


def test_bulk_statements_are_recorded_with_their_count(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        take_in(s)
        s.execute(update(Dossier).values(notes="đã rà soát"))
    [bulk] = entries(db, action="bulk_update")
    assert (bulk.table_name, bulk.note, bulk.user_name) == ("dossier", "2 rows", "canbo")


def test_imports_leave_one_entry_with_the_counts(db, people, tmp_path):
    from core.auth import set_db_user
    from core.imports import ImportFailed, run_import

    set_db_user(db, people["clerk"])
    good = tmp_path / "hs.csv"
    good.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n"
                    "X-1,Đăng ký khai sinh,Hộ tịch,05/10/2026,05/10/2026\n"
                    "X-2,Đăng ký khai sinh,Hộ tịch,05/10/2026,05/10/2026\n", encoding="utf-8")
    run_import("dossiers", db, good, user="canbo")
    run_import("dossiers", db, good, user="canbo")  # the same file again: 2 updated
    bad = tmp_path / "bad.csv"
    bad.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\nX-3,Đăng ký khai sinh,Hộ tịch,hôm qua\n",
                   encoding="utf-8")
    with pytest.raises(ImportFailed):
        run_import("dossiers", db, bad, user="canbo")
    rows = entries(db, action="import")
    assert [(r.user_name, r.user_role, r.field) for r in rows] == [("canbo", "clerk", "dossiers")] * 2
    assert rows[0].note == "dossiers from hs.csv: 2 added, 0 updated"
    assert rows[1].note == "dossiers from hs.csv: 0 added, 2 updated"
    assert rows[0].record_id  # the import batch


def test_the_trail_cannot_be_changed_through_the_application(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
    for actor in (people["admin"], None):
        with pytest.raises(PermissionDenied, match="audit trail"):
            with transaction(db.sessions, user=actor) as s:
                s.info["system"] = actor is None
                s.scalar(select(AuditEntry)).new_value = "đã sửa"
        with pytest.raises(PermissionDenied):
            with transaction(db.sessions, user=people["admin"]) as s:
                s.execute(delete(AuditEntry))
        with pytest.raises(PermissionDenied):
            with transaction(db.sessions, user=people["admin"]) as s:
                s.add(AuditEntry(at=datetime.now(), action="insert", table_name="dossier", note="giả"))


@pytest.mark.parametrize("sql", ["UPDATE audit_entry SET new_value = 'x'", "DELETE FROM audit_entry"])
def test_database_triggers_refuse_update_and_delete(db, sql):
    with transaction(db.sessions) as s:
        take_in(s)
    n = len(entries(db))
    with pytest.raises(DBAPIError, match="append-only"):
        with db.engine.begin() as conn:
            conn.execute(text(sql))
    assert len(entries(db)) == n


def test_history_of_one_record_and_masking(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
    with transaction(db.sessions, user=people["clerk"]) as s:
        update_details(s, d.id, notes="ghi chú")
    with transaction(db.sessions, user=people["viewer"], write=False) as s:
        rows = record_history(s, "dossier", d.id)
        assert [r.action for r in rows][-1] == "update"
        assert {r.new_value for r in rows if r.field == "applicant_id_number"} == {"********4567"}
    with transaction(db.sessions, user=people["clerk"], write=False) as s:
        assert {r.new_value for r in record_history(s, "dossier", d.id)
                if r.field == "applicant_id_number"} == {"001203004567"}
    with transaction(db.sessions, write=False) as s:
        s.info["system"] = True
        assert s.scalar(select(AuditEntry.new_value).where(AuditEntry.field == "applicant_id_number")) \
            == "001203004567"


def test_the_list_filters_and_is_for_administrators_and_leaders(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
    with transaction(db.sessions, user=people["clerk"]) as s:
        update_details(s, d.id, notes="ghi chú riêng")
    for role in ("clerk", "viewer"):
        with transaction(db.sessions, user=people[role], write=False) as s, pytest.raises(PermissionDenied):
            audit_list(s)
    with transaction(db.sessions, user=people["leader"], write=False) as s:
        everything = audit_list(s)
        assert everything[0].id > everything[-1].id  # newest first
        mine = audit_list(s, user="canbo", table="dossier", action="update")
        assert [(e.field, e.new_value) for e in mine] == [("notes", "ghi chú riêng")]
        assert audit_count(s, AuditFilter(search="chú riêng")) == 1
        assert audit_list(s, record_id=d.id, table="dossier", field="notes")
        today = date.today()
        assert audit_count(s, since=today, until=today) == audit_count(s)
        assert audit_count(s, until=today - timedelta(days=1)) == 0
        logins = audit_list(s, action="login")
        assert {e.user_name for e in logins} == {"admin", "lanhdao", "canbo", "xem"}


def test_export_csv_and_xlsx_keeps_text_as_text(db, people, tmp_path):
    import openpyxl

    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
        d.notes = '=HYPERLINK("http://x","bấm")'
        d.applicant_address = "+84 912 345 678"
    with transaction(db.sessions, user=people["admin"], write=False) as s:
        n = export_audit(s, tmp_path / "nk.xlsx", table="dossier")
        assert export_audit(s, tmp_path / "nk.csv", table="dossier") == n > 10
    book = openpyxl.load_workbook(tmp_path / "nk.xlsx")
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Thời gian", "Người dùng", "Vai trò"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value.startswith(("=", "+"))]
    assert {c.value for c in formula_like} >= {'=HYPERLINK("http://x","bấm")', "+84 912 345 678"}
    assert all(c.data_type == "s" for c in formula_like)  # strings, never formulas
    assert isinstance(sheet.cell(2, 1).value, datetime)
    with open(tmp_path / "nk.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == n + 1
    assert "'=HYPERLINK(\"http://x\",\"bấm\")" in {c for r in rows for c in r}


def test_the_trail_shows_a_handler_by_name_and_a_year_as_a_year(db, people):
    import core.staff as S
    from core.audit_words import names_for, readable, value_text
    from core.models import Department

    with transaction(db.sessions, user=people["clerk"]) as s:
        dep = s.scalar(select(Department.id).order_by(Department.id))
        pid = S.add_staff(s, S.Person(full_name="Lê Văn Tâm", category="civil_servant",
                                      start_date=date(2020, 1, 1)), dep).id
        d = take_in(s)
    with transaction(db.sessions, user=people["clerk"]) as s:
        s.get(Dossier, d.id).handler_id = pid
    [entry] = entries(db, table_name="dossier", record_id=str(d.id), field="handler_id", action="update")
    with transaction(db.sessions, user=people["leader"], write=False) as s:
        words = readable(entry, names_for(s, [entry]))
    assert words.field == "Cán bộ xử lý" and words.new == f"Lê Văn Tâm (#{pid})"
    assert value_text("dossier", "book_year", "2026") == "2026"
    assert value_text("need", "unit_cost", "2026") == "2.026"
