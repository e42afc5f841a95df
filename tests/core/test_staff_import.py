"""`import staff` and `import staffing`: a realistic roster with title rows, re-import, the failures
(all or nothing, with Excel's row numbers), and the command line end to end."""
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core import staff as S
from core.db import transaction
from core.imports import ImportFailed, run_import
from core.models import Assignment, Dossier, ImportBatch, Staff, StaffingQuota
from core.returns import Period
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS
HEADER = ["STT", "Họ và tên", "Mã cán bộ", "Ngày sinh", "Giới tính", "Loại", "Chức vụ", "Đơn vị",
          "Vị trí việc làm", "Chuyên môn", "Trình độ", "Nguồn", "Ngày nhận nhiệm vụ", "Ngày thôi việc"]
TITLES = ["ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN", "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG",
          "(Kèm theo Báo cáo số 15/BC-UBND ngày 03/11/2025)", None]

# A roster as an office sends it: titles, real dates and text dates, blank rows, labels in any case.
ROSTER = [
    [1, "Nguyễn Văn Hùng", "TT-001", datetime(1975, 3, 12), "Nam", "Cán bộ", "Chủ tịch UBND", VP,
     "Chủ tịch", "Luật", "Thạc sĩ", "Cấp xã cũ", datetime(2025, 7, 1), None],
    [2, "Trần Thị Mai", "TT-002", "21/08/1988", "Nữ", "Công chức", "Chuyên viên", TTPV,
     "Tiếp nhận và trả kết quả", "Công nghệ thông tin", "Đại học", "Cấp huyện chuyển về", "01/07/2025", None],
    [3, "Lê Văn Nam", "TT-003", "1990-02-02", "nam", "công chức", None, KT, "Địa chính - Xây dựng",
     "Quản lý đất đai", "Đại học", "cấp huyện chuyển về", "2025-07-01", None],
    [None, None, None, None, None, None, None, None, None, None, None, None, None, None],
    [4, "Phạm Thị Hoa", None, datetime(1995, 11, 30), "Nữ", "Viên chức", None, VHXH, "Kế toán trường học",
     "Kế toán", "Cao đẳng", "Tuyển mới", datetime(2025, 10, 31), None],  # starts on the last day
    [5, "Hoàng Văn Tú", "TT-005", datetime(1985, 6, 1), "Nam", "Công chức", None, VP, "Văn thư",
     "Kế toán", "Đại học", "Cấp xã cũ", datetime(2025, 7, 1), datetime(2025, 10, 31)],  # ends on it
    [6, "Đặng Thị Lụa", "TT-006", datetime(1992, 1, 15), "Nữ", "Hợp đồng lao động", None, TTPV,
     "Hỗ trợ kỹ thuật", "Công nghệ thông tin", "Trung cấp", "Điều động từ tỉnh", None, None],  # no start
    [7, "Bùi Minh Đức", "TT-007", datetime(1980, 9, 9), "Nam", "Công chức", "Phó Chủ tịch", KT,
     "Phó Chủ tịch", "Kinh tế", "Thạc sĩ", "Cấp huyện chuyển về", datetime(2025, 11, 1), None],  # later
]
PLAN = [
    ["Văn phòng HĐND và UBND", "Kế toán", 1],
    ["Văn phòng HĐND và UBND", "Luật", 1],
    ["Trung tâm Phục vụ hành chính công", "Công nghệ thông tin", 3],
    ["Phòng Kinh tế", "Quản lý đất đai", "1"],
    ["Phòng Văn hóa - Xã hội", "Kế toán", 1],
    ["Phòng Văn hóa - Xã hội", "Giáo dục", 2],
]


def write_xlsx(path, rows, header=HEADER, titles=TITLES):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    for t in titles:
        ws.append([t] if t else [])
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def plan_xlsx(path, rows=PLAN):
    return write_xlsx(path, rows, header=["STT", "Đơn vị", "Chuyên môn", "Định biên"],
                      titles=["KẾ HOẠCH ĐỊNH BIÊN NĂM 2025", None])


def plan_rows(rows):
    return [[i, *r] for i, r in enumerate(rows, start=1)]


def count(db, model=Staff):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def staff_section(db, period=Period.month(2025, 10)):
    with transaction(db.sessions, write=False) as s:
        return S.return_section(s, period)


EXPECTED_OCT = {
    "total": 5,  # Hùng, Mai, Nam, Hoa (starts on 31/10), Lụa (no start); not Tú (ends 31/10), not Đức
    "by_category": {"cadre": 1, "civil_servant": 2, "public_employee": 1, "contract": 1},
    "by_origin": {"former_district": 2, "former_commune": 1, "new_recruit": 1, "province": 1},
    "by_department": {VP: 1, KT: 1, VHXH: 1, TTPV: 2},
    # Filled: Luật at the office (Hùng), IT at the centre (Mai, Lụa), land at Economy (Nam), accounting
    # at Culture (Hoa); accounting at the office is empty since Tú left on the 31st.
    "staffing": {"quota": 9, "filled": 5, "shortage": 4,
                 "by_specialty": {"Công nghệ thông tin": {"quota": 3, "filled": 2, "shortage": 1},
                                  "Giáo dục": {"quota": 2, "filled": 0, "shortage": 2},
                                  "Kế toán": {"quota": 2, "filled": 1, "shortage": 1},
                                  "Luật": {"quota": 1, "filled": 1, "shortage": 0},
                                  "Quản lý đất đai": {"quota": 1, "filled": 1, "shortage": 0}}},
}


def test_realistic_roster_and_plan(db, tmp_path):
    result = run_import("staff", db, write_xlsx(tmp_path / "danh-sach.xlsx", ROSTER))
    assert (result.inserted, result.updated) == (7, 0)
    result = run_import("staffing", db, plan_xlsx(tmp_path / "dinh-bien.xlsx", plan_rows(PLAN)))
    assert (result.inserted, result.updated) == (6, 0)
    assert staff_section(db) == EXPECTED_OCT
    with transaction(db.sessions, write=False) as s:
        mai = s.scalar(select(Staff).where(Staff.code == "TT-002"))
        assert (mai.birth_date, mai.sex, mai.category, mai.origin, mai.start_date) == (
            date(1988, 8, 21), "female", "civil_servant", "former_district", date(2025, 7, 1))
        post = S.current_assignment(s, mai.id, date(2025, 10, 31))
        assert (post.department.name, post.job_position, post.start_date) == (
            TTPV, "Tiếp nhận và trả kết quả", date(2025, 7, 1))
        # "Phòng Kinh tế" in the plan is the seeded office, not a new one.
        assert len(S.list_departments(s)) == 4
        batches = s.execute(select(ImportBatch.kind, ImportBatch.inserted)).all()
        assert sorted(batches) == [("staff", 7), ("staffing", 6)]
    # November: Đức has started, Tú and the rest as before.
    nov = staff_section(db, Period.month(2025, 11))
    assert nov["total"] == 6 and nov["by_department"] == {VP: 1, KT: 2, VHXH: 1, TTPV: 2}


def test_reimport_updates_by_code_else_by_name_and_birth_date(db, tmp_path):
    run_import("staff", db, write_xlsx(tmp_path / "a.xlsx", ROSTER))
    changed = [list(r) for r in ROSTER if r[1]]
    changed[1][7] = KT  # Mai, by code: now in the Economy office (a correction of her current post)
    changed[1][1] = "Trần Thị Mai Anh"  # and her name was mistyped
    changed[3][9] = "Giáo dục"  # Hoa, no code: matched by name and birth date
    changed[3][2] = "TT-004"  # and she now has a code
    changed.append([8, "Phạm Thị Hoa", None, datetime(1999, 1, 1), "Nữ", "Viên chức", None, VHXH, None,
                    "Y tế", None, "Tuyển mới", datetime(2025, 9, 1), None])  # a namesake: a new person
    result = run_import("staff", db, write_xlsx(tmp_path / "b.xlsx", changed))
    assert (result.inserted, result.updated) == (1, 7)
    assert count(db) == 8
    with transaction(db.sessions, write=False) as s:
        mai = s.scalar(select(Staff).where(Staff.code == "TT-002"))
        assert mai.full_name == "Trần Thị Mai Anh"
        assert [a.department.name for a in S.assignment_history(s, mai.id)] == [KT]
        hoa = s.scalar(select(Staff).where(Staff.code == "TT-004"))
        assert (hoa.full_name, hoa.specialty, hoa.birth_date) == ("Phạm Thị Hoa", "Giáo dục", date(1995, 11, 30))
        assert s.scalar(select(func.count()).select_from(Assignment)) == 8


def test_reimport_keeps_columns_the_file_lacks_and_recorded_moves(db, tmp_path):
    run_import("staff", db, write_xlsx(tmp_path / "a.xlsx", ROSTER))
    with transaction(db.sessions) as s:
        hung = s.scalar(select(Staff).where(Staff.code == "TT-001"))
        S.move_staff(s, hung.id, S.department_for_name(s, TTPV).id, date(2025, 9, 1), job_position="Giám đốc")
    short = [["Họ và tên", "Mã cán bộ", "Loại", "Đơn vị", "Chuyên môn"],
             ["Nguyễn Văn Hùng", "TT-001", "Cán bộ", TTPV, "Luật hành chính"]]
    path = tmp_path / "c.csv"
    path.write_text("\n".join(",".join(r) for r in short) + "\n", encoding="utf-8")
    assert run_import("staff", db, path).updated == 1
    with transaction(db.sessions, write=False) as s:
        hung = s.scalar(select(Staff).where(Staff.code == "TT-001"))
        assert (hung.specialty, hung.birth_date, hung.origin) == ("Luật hành chính", date(1975, 3, 12),
                                                                  "former_commune")
        hist = S.assignment_history(s, hung.id)
        assert [(a.department.name, a.job_position, a.start_date, a.end_date) for a in hist] == [
            (VP, "Chủ tịch", date(2025, 7, 1), date(2025, 9, 1)), (TTPV, "Giám đốc", date(2025, 9, 1), None)]


def test_handlers_are_linked_after_a_staff_import(db, tmp_path):
    with transaction(db.sessions) as s:
        d = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 3))
        d.handler_name = "TRẦN THỊ MAI"
        other = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 3))
        other.handler_name = "Người khác"
    run_import("staff", db, write_xlsx(tmp_path / "a.xlsx", ROSTER))
    with transaction(db.sessions, write=False) as s:
        linked = dict(s.execute(select(Dossier.handler_name, Dossier.handler_id)).all())
        mai = s.scalar(select(Staff.id).where(Staff.code == "TT-002"))
    assert linked == {"TRẦN THỊ MAI": mai, "Người khác": None}


# ---------------------------------------------------------------- failures: nothing written
def expect_failure(db, path, kind="staff") -> list[str]:
    with pytest.raises(ImportFailed) as e:
        run_import(kind, db, path)
    assert count(db) == 0 and count(db, StaffingQuota) == 0 and count(db, ImportBatch) == 0
    return [str(x) if x.row else x.message for x in e.value.errors]


def test_missing_required_column(db, tmp_path):
    header = [h for h in HEADER if h != "Loại"]
    rows = [[c for h, c in zip(HEADER, r) if h != "Loại"] for r in ROSTER]
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", rows, header=header))
    assert errors == ["row 5: missing required column 'Loại'"]  # the header is on row 5


def test_bad_category_bad_date_and_empty_required_cells_with_excel_rows(db, tmp_path):
    rows = [list(r) for r in ROSTER]
    rows[1][5] = "Giám đốc"  # row 7 (4 title rows, the header on 5, data from 6)
    rows[2][12] = "31/02/2025"  # row 8
    rows[4][3] = "1995"  # row 10: a year is not a date
    rows[5][7] = None  # row 11: no department
    rows[6][4] = "Khác"  # row 12: sex
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", rows))
    assert errors == [
        "row 7, Loại: 'Giám đốc' is not a category (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)",
        "row 8, Ngày nhận nhiệm vụ: '31/02/2025' is not a date",
        "row 10, Ngày sinh: '1995' is not a date",
        "row 11, Đơn vị: is required",
        "row 12, Giới tính: 'Khác' is not a sex (Nam, Nữ)",
    ]


def test_a_year_instead_of_a_birth_date(db, tmp_path):
    rows = [list(ROSTER[0])]
    rows[0][3] = 1975
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", rows, titles=[]))
    assert errors == ["row 2, Ngày sinh: '1975' is a year, not a date"]


def test_duplicate_staff_code_and_dates_out_of_order(db, tmp_path):
    rows = [list(r) for r in ROSTER]
    rows[2][2] = "TT-001"  # row 8 repeats row 6's code
    rows[7][13] = datetime(2025, 10, 1)  # row 13: ends before it starts
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", rows))
    assert errors == ["row 8, Mã cán bộ: 'TT-001' appears twice in the file (also row 6)",
                      "row 13, Ngày thôi việc: is before the start date"]


def test_same_person_twice_without_a_code(db, tmp_path):
    rows = [list(ROSTER[4]), list(ROSTER[4])]
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", rows, titles=[]))
    assert errors == ["row 3, Họ và tên: 'Phạm Thị Hoa' born 30/11/1995 appears twice in the file "
                      "(also row 2); give each a staff code"]


def test_no_header_and_empty_body(db, tmp_path):
    errors = expect_failure(db, write_xlsx(tmp_path / "x.xlsx", [["a", "b"]], header=["Cột 1", "Cột 2"]))
    assert "no header row found" in errors[0] and "'Họ và tên'" in errors[0]
    errors = expect_failure(db, write_xlsx(tmp_path / "y.xlsx", []))
    assert errors == ["y.xlsx: no staff rows below the header (row 5)"]


def test_staffing_failures_and_reimport(db, tmp_path):
    bad = plan_rows(PLAN) + [[7, "Phòng Kinh tế", "quản lý đất đai", 2], [8, "Phòng Kinh tế", "Xây dựng", -1],
                             [9, "Phòng Kinh tế", "Thủy lợi", "1,5"], [10, None, "Y tế", 1]]
    errors = expect_failure(db, plan_xlsx(tmp_path / "x.xlsx", bad), kind="staffing")
    assert errors == [
        "row 10, Chuyên môn: 'quản lý đất đai' of 'Phòng Kinh tế' appears twice in the file (also row 7)",
        "row 11, Định biên: '-1' is below 0",
        "row 12, Định biên: '1,5' is not a whole number",
        "row 13, Đơn vị: is required",
    ]
    run_import("staffing", db, plan_xlsx(tmp_path / "a.xlsx", plan_rows(PLAN)))
    again = [[1, "Phòng văn hóa - xã hội", "GIÁO DỤC", 4], [2, "Công an xã", "Pháp luật", 1]]
    result = run_import("staffing", db, plan_xlsx(tmp_path / "b.xlsx", again))
    assert (result.inserted, result.updated) == (1, 1)
    with transaction(db.sessions, write=False) as s:
        fig = S.staffing_figures(s, date(2025, 10, 31))
        assert fig.total.quota == 9 - 2 + 4 + 1
        assert [d.name for d in S.list_departments(s)][-1] == "Công an xã"


def test_csv_roster(db, tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text("Họ và tên;Loại;Đơn vị;Ngày sinh;Số điện thoại\n"
                    "Lý Thị Ngọc;Viên chức;Trạm Y tế;05/06/1991;912345678\n", encoding="utf-8")
    assert run_import("staff", db, path).inserted == 1
    with transaction(db.sessions, write=False) as s:
        p = s.scalar(select(Staff))
        assert (p.full_name, p.birth_date, p.phone) == ("Lý Thị Ngọc", date(1991, 6, 5), "0912345678")
        assert S.list_staff(s)[0].department == "Trạm Y tế"


# ---------------------------------------------------------------- the command line
def run_cli(db_target, *args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("COMMUNEDESK_DB", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_target, *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_cli_import_and_report_json(initialised_target, tmp_path):
    db_target = initialised_target
    staff_file = write_xlsx(tmp_path / "danh-sach.xlsx", ROSTER)
    done = run_cli(db_target, "import", "staff", str(staff_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "staff: 7 added, 0 updated"
    done = run_cli(db_target, "import", "staffing", str(plan_xlsx(tmp_path / "dinh-bien.xlsx", plan_rows(PLAN))))
    assert done.returncode == 0 and done.stdout.strip() == "staffing: 6 added, 0 updated"
    done = run_cli(db_target, "report", "--month", "2025-10", "--json", "-")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["staff"] == EXPECTED_OCT

    rows = [list(r) for r in ROSTER]
    rows[2][12] = "31/02/2025"
    done = run_cli(db_target, "import", "staff", str(write_xlsx(tmp_path / "bad.xlsx", rows)))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == ["error: row 8, Ngày nhận nhiệm vụ: '31/02/2025' is not a date"]
