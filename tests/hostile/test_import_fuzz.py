"""A bounded fuzz of the dossier import: whatever a file holds (any text, numbers, dates, bytes, in a
CSV or a workbook), the import either lands whole or is refused with ImportFailed; nothing else is
raised and a refused file writes nothing. $COMMUNEDESK_FUZZ_EXAMPLES examples (a few hundred
locally; the default keeps CI short)."""
from __future__ import annotations

import os
from datetime import date, datetime

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.db import transaction
from core.imports import ImportFailed, run_import
from core.models import Dossier

EXAMPLES = int(os.environ.get("COMMUNEDESK_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HEADER = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Ngày tiếp nhận", "Hạn trả", "Ngày trả kết quả",
          "Trạng thái"]
cell = st.one_of(st.none(), st.text(max_size=40), st.integers(-10 ** 12, 10 ** 12),
                 st.floats(allow_nan=True, allow_infinity=True),
                 st.dates(date(1, 1, 1), date(9999, 12, 31)),
                 st.datetimes(datetime(1900, 1, 1), datetime(9999, 12, 31)),
                 st.sampled_from(["01/07/2025", "31/02/2025", "2099-01-01", "Đăng ký khai sinh", "Hộ tịch",
                                  "Đã trả kết quả", "=1+1", "\x00", "A" * 300]))
rows = st.lists(st.lists(cell, min_size=0, max_size=10), min_size=0, max_size=8)


def count(db) -> int:
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def lands_or_is_refused(db, path) -> None:
    before = count(db)
    try:
        run_import("dossiers", db, path)
    except ImportFailed as exc:
        assert str(exc)
        assert count(db) == before


@FUZZ
@given(rows=rows)
def test_any_workbook_lands_or_is_refused(sqlite_db, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("fuzz") / "f.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for r in rows:
        try:
            wb.active.append([v for v in r])
        except Exception:  # openpyxl refuses some values (control characters): then as text
            wb.active.append([repr(v) for v in r])
    wb.save(path)
    lands_or_is_refused(sqlite_db, path)


@FUZZ
@given(body=st.binary(max_size=600), header=st.booleans())
def test_any_csv_lands_or_is_refused(sqlite_db, tmp_path_factory, body, header):
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_bytes((";".join(HEADER).encode() + b"\n" if header else b"") + body)
    lands_or_is_refused(sqlite_db, path)
