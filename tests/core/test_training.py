"""Staff training (issue 9): courses and attendance, every figure of the return's `training` section at
its boundaries, required training by job position, and the `training` import with Excel row numbers."""
import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core import staff as S
from core import training as TR
from core.db import transaction
from core.errors import ValidationError
from core.imports import ImportFailed, run_import
from core.models import Attendance, AuditEntry, Course, Department, ImportBatch
from core.returns import Period
from tests.problems import by_field, codes

ROOT = Path(__file__).resolve().parents[2]
OCT = Period.month(2026, 10)
VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS
IT_CLERK = "Văn phòng - Thống kê"


def dep(s, name) -> int:
    return s.scalar(select(Department.id).where(Department.name == name))


def person(s, name, department=VP, *, position=None, code=None, start=date(2020, 1, 1), end=None) -> int:
    return S.add_staff(s, S.Person(full_name=name, category="civil_servant", code=code, start_date=start,
                                   end_date=end), dep(s, department), job_position=position).id


def course(s, name, start, end=None, *, topic="it_digital", hours=None, mode="in_person") -> int:
    return TR.add_course(s, TR.CourseData(name=name, topic=topic, start_date=start, end_date=end, hours=hours,
                                          mode=mode, organiser="Sở Nội vụ")).id


def section(db, period=OCT) -> dict:
    with transaction(db.sessions, write=False) as s:
        return TR.return_section(s, period)


@pytest.fixture
def people(db):
    with transaction(db.sessions) as s:
        return {"an": person(s, "Nguyễn Văn An", VP, position=IT_CLERK),
                "binh": person(s, "Trần Thị Bình", KT, position="Địa chính - Xây dựng"),
                "cuong": person(s, "Lê Văn Cường", VHXH)}


# ---------------------------------------------------------------- courses
def test_course_validation(db):
    with transaction(db.sessions) as s:
        cases = [
            (TR.CourseData(topic="it_digital", start_date=date(2026, 10, 1)), "name", "required"),
            (TR.CourseData(name="Lớp A", start_date=date(2026, 10, 1)), "topic", "required"),
            (TR.CourseData(name="Lớp A", topic="Thể thao", start_date=date(2026, 10, 1)), "topic", "unknown_value"),
            (TR.CourseData(name="Lớp A", topic="it_digital"), "start_date", "required"),
            (TR.CourseData(name="Lớp A", topic="it_digital", start_date=date(2026, 10, 2),
                           end_date=date(2026, 10, 1)), "end_date", "training.end_before_start"),
            (TR.CourseData(name="Lớp A", topic="it_digital", start_date=date(2026, 10, 1), hours="-1"),
             "hours", "training.hours"),
            (TR.CourseData(name="Lớp A", topic="it_digital", start_date=date(2026, 10, 1), mode="Bơi"),
             "mode", "unknown_value"),
        ]
        for data, field, code in cases:
            with pytest.raises(ValidationError) as e:
                TR.add_course(s, data)
            assert codes(e.value)[field] == code, field
        c = TR.add_course(s, TR.CourseData(name="Lớp  A", topic="Chuyển đổi số", start_date=date(2026, 10, 1),
                                           hours="3,5", mode="Trực tuyến"))
        assert (c.topic, c.end_date, c.hours, c.mode) == ("it_digital", date(2026, 10, 1), Decimal("3.5"), "online")
        with pytest.raises(ValidationError) as e:
            TR.add_course(s, TR.CourseData(name="LỚP  a", topic="political", start_date=date(2026, 10, 1)))
        assert by_field(e.value)["name"] == ("training.exists", {"value": date(2026, 10, 1)})


def test_attendance_is_one_row_per_person_and_course(db, people):
    with transaction(db.sessions) as s:
        cid = course(s, "Tập huấn dịch vụ công trực tuyến", date(2026, 10, 5))
        TR.set_attendance(s, cid, people["an"], "Đạt")
        TR.set_attendance(s, cid, people["an"], "Không đạt")  # a second call changes the result
        with pytest.raises(ValidationError):
            TR.set_attendance(s, cid, people["binh"], "Giỏi lắm")
        with pytest.raises(ValidationError):
            TR.set_attendance(s, cid, 10**6, "completed")
        rows = TR.course_attendances(s, cid)
        assert [(r.name, r.result) for r in rows] == [("Nguyễn Văn An", "not_completed")]
        listed = TR.list_courses(s, year=2026)
        assert (listed[0].attendees, listed[0].completed) == (1, 0)
        assert [c.name for c in TR.person_training(s, people["an"])] == ["Tập huấn dịch vụ công trực tuyến"]


# ---------------------------------------------------------------- figures
def test_every_figure_at_its_boundaries(db, people):
    an, binh, cuong = people["an"], people["binh"], people["cuong"]
    d = date
    with transaction(db.sessions) as s:
        before = course(s, "Kết thúc 30/9", d(2026, 9, 28), d(2026, 9, 30), hours=8)              # not in Oct
        across = course(s, "Từ 29/9 đến 2/10", d(2026, 9, 29), d(2026, 10, 2), hours=16)            # in Oct (ends)
        first = course(s, "Ngày 1/10", d(2026, 10, 1), topic="admin_procedures", hours="3.5", mode="online")
        last = course(s, "Ngày 31/10", d(2026, 10, 31), topic="political")                        # no hours
        after = course(s, "Từ 31/10 đến 1/11", d(2026, 10, 31), d(2026, 11, 1), hours=8)           # not in Oct
        for cid in (before, after):
            TR.set_attendance(s, cid, an, "completed")
        TR.set_attendance(s, across, an, "completed")
        TR.set_attendance(s, across, binh, "not_completed")
        TR.set_attendance(s, across, cuong, "absent")
        TR.set_attendance(s, first, an, "completed")      # the same person again: 2 attendances, 1 person
        TR.set_attendance(s, first, binh, "completed")
        TR.set_attendance(s, last, cuong, "completed")
    sec = section(db)
    assert {k: sec[k] for k in ("courses_held", "hours", "attendances", "people_trained", "person_hours",
                                "not_completed", "absent")} == {
        "courses_held": 3, "hours": 19.5, "attendances": 4, "people_trained": 3, "person_hours": 23,
        "not_completed": 1, "absent": 1}
    assert sec["by_topic"] == {
        "it_digital": {"courses_held": 1, "hours": 16, "attendances": 1, "people_trained": 1},
        "admin_procedures": {"courses_held": 1, "hours": 3.5, "attendances": 2, "people_trained": 2},
        "professional": {"courses_held": 0, "hours": 0, "attendances": 0, "people_trained": 0},
        "political": {"courses_held": 1, "hours": 0, "attendances": 1, "people_trained": 1},
        "software": {"courses_held": 0, "hours": 0, "attendances": 0, "people_trained": 0}}
    assert sec["by_mode"] == {"in_person": 2, "online": 1}
    # months add up: September and November hold the courses October does not
    assert section(db, Period.month(2026, 9))["courses_held"] == 1
    assert section(db, Period.month(2026, 11))["courses_held"] == 1
    assert section(db, Period(date(2026, 9, 1), date(2026, 11, 30)))["courses_held"] == 5
    json.dumps(sec)


def test_nothing_gives_zeros(db):
    sec = section(db)
    assert (sec["courses_held"], sec["hours"], sec["people_trained"]) == (0, 0, 0)
    assert sec["missing_required"] == {"staff": 0, "by_topic": {c: 0 for c in sec["by_topic"]}, "people": []}


def test_months_before_clips_to_the_month_end():
    assert TR.months_before(date(2027, 3, 31), 1) == date(2027, 2, 28)
    assert TR.months_before(date(2027, 3, 10), 12) == date(2026, 3, 10)
    assert TR.months_before(date(2027, 1, 15), 13) == date(2025, 12, 15)


def test_required_training_at_its_boundaries(db, people):
    T = date(2027, 3, 10)
    with transaction(db.sessions) as s:
        TR.set_required(s, "VĂN PHÒNG - THỐNG KÊ", "it_digital", valid_months=12)  # matched ignoring case
        TR.set_required(s, IT_CLERK, "software")
        TR.set_required(s, "Địa chính - Xây dựng", "professional")
        # an: IT course ended exactly 12 months before T (no longer valid), software done on T itself
        TR.set_attendance(s, course(s, "CNTT 2026", date(2026, 3, 9), date(2026, 3, 10)), people["an"], "completed")
        TR.set_attendance(s, course(s, "Phần mềm", T, topic="software"), people["an"], "completed")
        # binh: the professional course ends the day after T; an older one was not completed
        TR.set_attendance(s, course(s, "Địa chính 1", date(2026, 5, 1), topic="professional"),
                          people["binh"], "not_completed")
        TR.set_attendance(s, course(s, "Địa chính 2", date(2027, 3, 9), date(2027, 3, 11), topic="professional"),
                          people["binh"], "completed")
        # cuong has no position with requirements; a leaver with the position is not in post
        person(s, "Phạm Thị Dung", VP, position=IT_CLERK, end=T)
        # a concurrent post brings its own requirements
        S.add_concurrent(s, people["cuong"], dep(s, VP), date(2027, 1, 1), job_position=IT_CLERK)
    missing = section(db, Period(date(2027, 3, 1), T))["missing_required"]
    assert missing["staff"] == 3
    assert [(p["name"], p["topics"]) for p in missing["people"]] == [
        ("Lê Văn Cường", ["it_digital", "software"]),
        ("Nguyễn Văn An", ["it_digital"]),
        ("Trần Thị Bình", ["professional"])]
    assert missing["people"][0]["job_positions"] == [IT_CLERK]
    assert missing["by_topic"]["it_digital"] == 2 and missing["by_topic"]["political"] == 0
    # one day earlier the IT course is still valid, and the software course not yet taken
    earlier = section(db, Period(date(2027, 3, 1), date(2027, 3, 9)))["missing_required"]["people"]
    assert [(p["name"], p["topics"]) for p in earlier if p["name"] == "Nguyễn Văn An"] == [
        ("Nguyễn Văn An", ["software"])]
    # Binh's course ended on 11/03: from then on she is covered
    later = section(db, Period(date(2027, 3, 1), date(2027, 3, 11)))["missing_required"]["people"]
    assert "Trần Thị Bình" not in [p["name"] for p in later]
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError):
            TR.set_required(s, IT_CLERK, "it_digital", valid_months=0)
        TR.set_required(s, IT_CLERK, "it_digital", valid_months=None)  # once is enough now
        assert len(TR.list_required(s)) == 3
        assert TR.job_positions(s) == ["Địa chính - Xây dựng", IT_CLERK]
    after = section(db, Period(date(2027, 3, 1), T))["missing_required"]["people"]
    assert "Nguyễn Văn An" not in [p["name"] for p in after]


# ---------------------------------------------------------------- import
HEADER = ["STT", "Khóa học", "Chủ đề", "Đơn vị tổ chức", "Từ ngày", "Đến ngày", "Số giờ", "Hình thức",
          "Họ và tên", "Kết quả"]
TITLES = [["DANH SÁCH CÁN BỘ THAM GIA BỒI DƯỠNG NĂM 2025"], []]
GOOD = [
    [1, "Tập huấn kỹ năng số", "CNTT - Chuyển đổi số", "Sở KH&CN", "06/10/2025", "07/10/2025", 16, "Trực tiếp",
     "Nguyễn Văn An", "Đạt"],
    [2, "Tập huấn kỹ năng số", None, None, "06/10/2025", None, None, None, "Trần Thị Bình", "Vắng"],
    [3, "Cập nhật thủ tục hành chính", "Thủ tục hành chính", "Văn phòng UBND tỉnh", date(2025, 10, 20), None,
     "4 giờ", "Trực tuyến", "Lê Văn Cường", "Hoàn thành"],
]


def write_xlsx(path, rows, header=HEADER, titles=TITLES):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in titles:
        ws.append(r)
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def failure(db, path) -> list[str]:
    with pytest.raises(ImportFailed) as e:
        run_import("training", db, path)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Course)) == 0
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "training")) == 0
    return [str(x) for x in e.value.errors]


def test_import_attendance_then_reimport_updates_results(db, people, tmp_path):
    assert run_import("training", db, write_xlsx(tmp_path / "a.xlsx", GOOD)).summary() == \
        "training: 3 added, 0 updated"
    sec = section(db, Period.month(2025, 10))
    assert (sec["courses_held"], sec["hours"], sec["attendances"], sec["absent"]) == (2, 20, 2, 1)
    assert sec["by_mode"] == {"in_person": 1, "online": 1}
    rows = [list(r) for r in GOOD]
    rows[1][9] = "Hoàn thành"
    assert run_import("training", db, write_xlsx(tmp_path / "b.xlsx", rows)).summary() == \
        "training: 0 added, 3 updated"
    # The audit trail's import entries say the same (the batch row is written with its counts).
    with transaction(db.sessions, write=False) as s:
        notes = s.scalars(select(AuditEntry.note).where(AuditEntry.action == "import").order_by(AuditEntry.id)).all()
    assert notes == ["training from a.xlsx: 3 added, 0 updated", "training from b.xlsx: 0 added, 3 updated"]
    sec = section(db, Period.month(2025, 10))
    assert (sec["courses_held"], sec["attendances"], sec["people_trained"], sec["absent"]) == (2, 3, 3, 0)
    with transaction(db.sessions, write=False) as s:
        c = s.scalar(select(Course).where(Course.name == "Tập huấn kỹ năng số"))
        assert (c.topic, c.end_date, c.hours, c.organiser) == ("it_digital", date(2025, 10, 7), Decimal("16.0"),
                                                               "Sở KH&CN")


def test_import_errors_name_excel_rows_and_nothing_is_written(db, people, tmp_path):
    with transaction(db.sessions) as s:
        person(s, "Lê Văn Cường", TTPV)  # a namesake
    rows = [list(r) for r in GOOD]
    rows += [
        [4, "Tập huấn kỹ năng số", "Lý luận chính trị", None, "06/10/2025", None, None, None, "Nguyễn Văn An",
         "Đạt"],                                                                       # row 7: topic differs, twice
        [5, "Lớp mới", None, None, "01/11/2025", None, None, None, "Trần Thị Bình", "Đạt"],  # row 8: no topic
        [6, "Lớp mới 2", "Chính trị", None, "02/11/2025", "01/11/2025", "nhiều", None, "Trần Thị Bình",
         "Tốt"],                                                                       # row 9: hours unreadable (row skipped)
        [7, "Lớp mới 3", "Chính trị", None, "ngày mai", None, None, None, "Ai Đó", "Đạt"],  # row 10: bad date
    ]
    errors = failure(db, write_xlsx(tmp_path / "bad.xlsx", rows))
    assert errors == [
        "row 6, Họ và tên: 2 staff members are named 'Lê Văn Cường': give the staff code",
        "row 7, Chủ đề: differs from row 4 for the same course ('CNTT - Chuyển đổi số')",
        "row 7, Họ và tên: 'Nguyễn Văn An' is listed twice for this course (also row 4)",
        "row 8, Chủ đề: is required for the new course 'Lớp mới'",
        "row 9, Số giờ: 'nhiều' is not a number of hours",
        "row 10, Từ ngày: 'ngày mai' is not a date",
    ]
    rows = [list(r) for r in GOOD[:1]] + [
        [2, "Lớp mới 2", "Chính trị", None, "02/11/2025", "01/11/2025", None, None, "Trần Thị Bình", "Tốt"]]
    assert failure(db, write_xlsx(tmp_path / "bad2.xlsx", rows)) == [
        "row 5, Đến ngày: is before the start date 02/11/2025",
        "row 5, Kết quả: 'Tốt' is not a result (Hoàn thành, Không hoàn thành, Vắng mặt)"]


def test_import_by_staff_code_and_missing_result_column(db, people, tmp_path):
    with transaction(db.sessions) as s:
        person(s, "Nguyễn Văn An", TTPV, code="CB-09")
    header = HEADER + ["Mã cán bộ"]
    rows = [list(GOOD[0]) + ["CB-09"], list(GOOD[2]) + [None]]
    assert run_import("training", db, write_xlsx(tmp_path / "c.xlsx", rows, header)).inserted == 2
    with transaction(db.sessions, write=False) as s:
        assert [p.name for p in TR.person_training(s, people["an"])] == []  # the namesake with the code went
    assert failure_header(db, tmp_path) == ["row 3: missing required column 'Kết quả'"]


def failure_header(db, tmp_path):
    with pytest.raises(ImportFailed) as e:
        run_import("training", db, write_xlsx(tmp_path / "h.xlsx", [r[:9] for r in GOOD], HEADER[:9]))
    return [str(x) for x in e.value.errors]


def test_cli_import_training_and_report_json(tmp_path):
    db = str(tmp_path / "cli.sqlite")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=180)
    assert run("init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội").returncode == 0
    staff = write_xlsx(tmp_path / "staff.xlsx", [["Nguyễn Văn An", "Công chức", VP], ["Trần Thị Bình", "Công chức", KT],
                                                 ["Lê Văn Cường", "Công chức", VHXH]],
                       ["Họ và tên", "Loại", "Đơn vị"], [])
    assert run("import", "staff", str(staff)).returncode == 0
    bad = [list(GOOD[0])]
    bad[0][8] = "Không Có Ai"
    r = run("import", "training", str(write_xlsx(tmp_path / "bad.xlsx", bad)))
    assert r.returncode != 0 and r.stderr.splitlines()[0] == \
        "error: row 4, Họ và tên: no staff member is named 'Không Có Ai'"
    r = run("import", "training", str(write_xlsx(tmp_path / "t.xlsx", GOOD)))
    assert r.returncode == 0, r.stderr
    r = run("report", "--month", "2025-10", "--json", "-")
    assert r.returncode == 0, r.stderr
    training = json.loads(r.stdout)["training"]
    assert (training["courses_held"], training["people_trained"], training["hours"]) == (2, 2, 20)
    assert training["by_topic"]["admin_procedures"]["people_trained"] == 1
