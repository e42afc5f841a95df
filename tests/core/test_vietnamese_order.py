"""Vietnamese alphabetical order where lists are sorted or printed (core.collation, domain.md "Order and
names"): the return's fields (JSON, workbook, PDF), the dossier list's sorts (stored keys, kept on every
write path, keyset paging), staff, the consolidation."""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
from sqlalchemy import insert, select, text

from core import staff as S
from core.collation import sort_key, vn_sorted
from core.db import transaction
from core.dossier_queries import DossierFilter, Sort, fetch_rows, sort_key_of
from core.exports import write_return_files
from core.models import Department, Dossier, Procedure
from core.returns import Period
from core.return_sections import build_return
from core.sortkeys import fill
from tests import factories

OCT = Period.month(2025, 10)
FIELDS = ["Xây dựng", "Hộ tịch", "Đất đai", "Cư trú"]
IN_ORDER = ["Cư trú", "Đất đai", "Hộ tịch", "Xây dựng"]
# Names that differ by a letter of their own (a/ă/â, d/đ, o/ô/ơ, u/ư) and by every tone.
NAMES = ["Lê Thị Mạ", "Lê Thị Mà", "Lê Thị Ma", "Lê Thị Mã", "Lê Thị Má", "Lê Thị Mả", "Đỗ Văn Ân", "Dương Văn An",
         "Đặng Ăn", "Ông Ích", "Ơn Út", "Ưng Hoà", "Uông Bí", "Ong Vàng"]


def _register(db):
    with transaction(db.sessions) as s:
        for i, (field, name) in enumerate(zip(FIELDS * 4, NAMES)):
            d = factories.dossier(s, received=date(2025, 10, 1 + i), due=date(2025, 10, 20), field=field)
            d.applicant_name = name
            d.handler_name = NAMES[-1 - i]
        s.flush()


def test_the_returns_fields_in_vietnamese_order_in_json_workbook_and_pdf(db, tmp_path):
    _register(db)
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, OCT)
        write_return_files(s, OCT, data, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    assert list(data["dossiers"]["by_field"]) == IN_ORDER
    rows = [r[1] for r in openpyxl.load_workbook(tmp_path / "r.xlsx")["Hồ sơ TTHC"].iter_rows(values_only=True)]
    assert [r for r in rows if r in FIELDS] == IN_ORDER
    from pypdf import PdfReader

    text_ = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    at = [text_.find(f) for f in IN_ORDER]
    assert all(a >= 0 for a in at) and at == sorted(at)


def test_the_dossier_list_sorts_names_by_their_stored_keys(db):
    _register(db)
    with transaction(db.sessions, write=False) as s:
        stored = s.execute(select(Dossier.applicant_name, Dossier.applicant_sort, Dossier.field, Dossier.field_sort,
                                  Dossier.handler_name, Dossier.handler_sort)).all()
        for name, key, field, fkey, handler, hkey in stored:
            assert (key, fkey, hkey) == (sort_key(name), sort_key(field), sort_key(handler))
        for sort, attr in (("applicant", "applicant_name"), ("handler", "handler_name"), ("field", "field")):
            rows = fetch_rows(s, DossierFilter(), Sort(sort, descending=False), limit=100)
            names = [getattr(r, attr) for r in rows]
            assert names == vn_sorted(names), sort
            down = [getattr(r, attr) for r in fetch_rows(s, DossierFilter(), Sort(sort, descending=True), limit=100)]
            assert down == list(reversed(vn_sorted(names))), sort
        rows = fetch_rows(s, DossierFilter(), Sort("applicant", descending=False), limit=100)
        assert [r.applicant_name for r in rows][:8] == ["Dương Văn An", "Đặng Ăn", "Đỗ Văn Ân", "Lê Thị Ma", "Lê Thị Mà",
                                                        "Lê Thị Mả", "Lê Thị Mã", "Lê Thị Má"]
        # the field sort pages by keyset: page after page gives the whole list in order
        srt = Sort("field", descending=False)
        first = fetch_rows(s, DossierFilter(), srt, limit=5)
        rest = fetch_rows(s, DossierFilter(), srt, after=sort_key_of(first[-1], srt), limit=100)
        assert [r.field for r in first + rest] == vn_sorted([r.field for r in first + rest])
        assert len(first + rest) == len(NAMES)


def test_every_write_path_keeps_the_keys(db):
    with transaction(db.sessions) as s:
        d = factories.dossier(s, received=date(2025, 10, 2), due=date(2025, 10, 9), field="Đất đai")
        d.applicant_name = "Đoàn Thị Ánh"
        s.flush()
        d.applicant_name, d.handler_name = "Bùi Ưng", None  # an edit moves the key; a name removed, no key
        s.flush()
        p = factories.procedure(s, name="Đăng ký kết hôn")
        row = fill(Dossier, [{"code": "BULK-1", "procedure_id": p.id, "field": "Hộ tịch", "applicant_name": "Ân",
                              "channel": "direct", "received_at": datetime(2025, 10, 3), "received_date": date(2025, 10, 3),
                              "due_date": date(2025, 10, 6), "status": "in_progress", "paused_days": 0,
                              "supplement_count": 0}])
        s.connection().execute(insert(Dossier), row)
    with transaction(db.sessions, write=False) as s:
        got = {r.code: r for r in s.scalars(select(Dossier))}
        assert got[d.code].applicant_sort == sort_key("Bùi Ưng") and got[d.code].handler_sort is None
        assert got["BULK-1"].applicant_sort == sort_key("Ân") and got["BULK-1"].field_sort == sort_key("Hộ tịch")
        assert s.scalar(select(Procedure.name_sort).where(Procedure.id == p.id)) == sort_key("Đăng ký kết hôn")


def test_staff_and_offices_in_vietnamese_order(db):
    with transaction(db.sessions) as s:
        S.seed_departments(s)
        dep = s.scalar(select(Department.id).order_by(Department.id))
        for name in NAMES:
            S.add_staff(s, S.Person(full_name=name, category="civil_servant", start_date=date(2020, 1, 1)), dep)
    with transaction(db.sessions, write=False) as s:
        listed = [r.full_name for r in S.list_staff(s)]
        handlers = [n for _id, n in S.handlers_in_post(s, date(2025, 10, 1))]
    assert listed == vn_sorted(NAMES) == handlers
    assert listed.index("Dương Văn An") < listed.index("Đặng Ăn") < listed.index("Lê Thị Ma")
    assert listed.index("Ong Vàng") < listed.index("Ông Ích") < listed.index("Ơn Út")
    assert listed.index("Uông Bí") < listed.index("Ưng Hoà")


def test_rows_written_before_the_keys_get_them_from_the_migration(tmp_path):
    """Migration 0008 fills the keys of dossiers and procedures already in the database."""
    from alembic import command
    from sqlalchemy import create_engine

    from core import schema
    from core.commune import open_database

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO procedure (name, name_key, field, deadline_unit, active) "
                          "VALUES ('Đăng ký khai tử', 'dang ky khai tu', 'Hộ tịch', 'working_days', 1)"))
        conn.execute(text("INSERT INTO dossier (code, procedure_id, field, applicant_name, channel, received_at, "
                          "received_date, due_date, status, supplement_count, paused_days) VALUES ('OLD-1', 1, "
                          "'Đất đai', 'Đinh Ưng', 'direct', '2025-10-01 08:00:00', '2025-10-01', '2025-10-05', "
                          "'in_progress', 0, 0)"))
    schema.upgrade(engine)
    engine.dispose()
    db = open_database(str(path))
    try:
        with transaction(db.sessions, write=False) as s:
            d = s.scalar(select(Dossier).where(Dossier.code == "OLD-1"))
            assert (d.applicant_sort, d.field_sort, d.handler_sort) == (sort_key("Đinh Ưng"), sort_key("Đất đai"), None)
            assert s.scalar(select(Procedure.name_sort).where(Procedure.name_key == "dang ky khai tu")) == \
                sort_key("Đăng ký khai tử")
    finally:
        db.close()
