"""Years typed wrong: a received date in 2099 or 9999, a due date in 9999, a date before 2000. The
import refuses them by row and the counter refuses them, by the one rule (core.dossiers.date_problems)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.dossiers import Applicant, date_problems, intake
from core.errors import ValidationError
from core.imports import ImportFailed, run_import
from core.models import Dossier

HEADER = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Ngày trả kết quả"]


def write(path, rows):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return path


def refused(db, path) -> list[str]:
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0
    return str(err.value).splitlines()


def test_absurd_years_are_refused_by_row(db, tmp_path):
    tomorrow = (date.today() + timedelta(days=1)).strftime("%d/%m/%Y")
    rows = [
        ("A-1", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "08/07/2025", None),  # fine
        ("A-2", "Đăng ký khai sinh", "Hộ tịch", "01/07/2099", None, None),
        ("A-3", "Đăng ký khai sinh", "Hộ tịch", "01/07/9999", None, None),
        ("A-4", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "31/12/9999", None),
        ("A-5", "Đăng ký khai sinh", "Hộ tịch", "01/07/1925", None, None),
        ("A-6", "Đăng ký khai sinh", "Hộ tịch", tomorrow, None, None),
        ("A-7", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "08/07/2025", "02/07/9999"),
    ]
    lines = refused(db, write(tmp_path / "years.xlsx", rows))
    assert "row 3, Ngày tiếp nhận: the day of receipt is in the future" in lines
    assert "row 4, Ngày tiếp nhận: the day of receipt is in the future" in lines
    assert "row 5, Hạn trả: the due date is more than 2 years after receipt (a mistyped year?)" in lines
    assert "row 6, Ngày tiếp nhận: the date is before 01/01/2000: not in this register (a mistyped year?)" in lines
    assert "row 7, Ngày tiếp nhận: the day of receipt is in the future" in lines
    assert "row 8, Ngày trả kết quả: the date is after today" in lines
    assert not any(line.startswith("row 2,") for line in lines)


def test_a_due_date_two_years_after_receipt_is_still_accepted(db, tmp_path):
    rows = [("B-1", "Đăng ký khai sinh", "Hộ tịch", "29/02/2024", "28/02/2026", None)]
    assert run_import("dossiers", db, write(tmp_path / "far.xlsx", rows)).inserted == 1


def test_the_rule_itself():
    today = date(2026, 12, 2)
    assert date_problems(date(2000, 1, 1), today=today) == {}
    assert set(date_problems(date(1999, 12, 31), today=today)) == {"received"}
    assert set(date_problems(date(2025, 1, 1), today=today, due=date(2027, 1, 2))) == {"due"}
    assert date_problems(date(2025, 1, 1), today=today, due=date(2027, 1, 1)) == {}


@pytest.mark.parametrize("year", [1999, 2099])
def test_the_counter_refuses_the_same_years(db, year):
    from core.catalogue import find_procedure

    when = datetime(year, 7, 1, 9, 0)
    with pytest.raises(ValidationError) as err, transaction(db.sessions) as s:
        intake(s, procedure_id=find_procedure(s, "Đăng ký khai sinh").id, applicant=Applicant("Lê Văn A"),
               received_at=when)
    assert "received_at" in err.value.by_field
