"""Tasks and monthly plans (issue 9): the six-clear validation, statuses with history, carry-over
between months, the board, every figure of the return's `tasks` section at its boundaries, the
`tasks` import with Excel row numbers, and the CLI end to end."""
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core import staff as S
from core import tasks as T
from core.db import transaction
from core.errors import TransitionError, ValidationError
from core.imports import ImportFailed, run_import
from core.models import Department, ImportBatch, MonthlyPlan, PlanTask, Task, TaskEvent
from core.returns import Period
from core.return_sections import build_return
from tests.problems import by_field, codes

ROOT = Path(__file__).resolve().parents[2]
OCT = Period.month(2026, 10)
F, LAST = OCT.start, OCT.end  # 01/10/2026 .. 31/10/2026
VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS


def dep(s, name) -> int:
    return s.scalar(select(Department.id).where(Department.name == name))


def person(s, name, department=VP, *, code=None, position=None, start=date(2020, 1, 1), end=None):
    return S.add_staff(s, S.Person(full_name=name, category="civil_servant", code=code, start_date=start,
                                   end_date=end), dep(s, department), job_position=position).id


def six(person_id, deadline, **kw) -> T.TaskData:
    base = dict(title="Rà soát hồ sơ đất đai tồn đọng", person_id=person_id, deadline=deadline,
                responsibility="lead", expected_product="Báo cáo", assigning_authority="Chủ tịch UBND xã")
    base.update(kw)
    return T.TaskData(**base)


def task(s, person_id, assigned, deadline, *, done=None, cancelled=None, plan=None, **kw) -> int:
    """An assigned task with exactly the dates a test needs."""
    t = T.create_task(s, six(person_id, deadline, **kw), assigned_on=assigned, plan=plan, today=assigned)
    if done is not None:
        T.change_status(s, t.id, "complete", on=done, today=done)
    if cancelled is not None:
        T.change_status(s, t.id, "cancel", on=cancelled, note="Không còn phù hợp", today=cancelled)
    return t.id


@pytest.fixture
def people(db):
    with transaction(db.sessions) as s:
        return {"an": person(s, "Nguyễn Văn An", VP), "binh": person(s, "Trần Thị Bình", KT),
                "cuong": person(s, "Lê Văn Cường", VHXH)}


def section(db, period=OCT) -> dict:
    with transaction(db.sessions, write=False) as s:
        return T.return_section(s, period)


# ---------------------------------------------------------------- six clear attributes
@pytest.mark.parametrize("missing", list(T.SIX_CLEAR))
def test_each_of_the_six_attributes_is_required_to_assign(db, people, missing):
    data = six(people["an"], date(2026, 10, 20))
    setattr(data, missing, None if missing != "title" else "  ")
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as e:
            T.create_task(s, data, assigned_on=F, today=F)
    problems = by_field(e.value)
    if missing == "title":
        assert problems == {"title": ("required", {})}
    else:
        assert problems == {missing: ("tasks.required_to_assign", {"rule": T.SIX_CLEAR[missing]})}
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_a_draft_needs_only_the_work_and_is_assigned_once_complete(db, people):
    with transaction(db.sessions) as s:
        draft = T.create_task(s, T.TaskData(title="Chuẩn bị báo cáo tổ công tác"), assign=False,
                              plan=(2026, 10), today=F).id
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as e:
            T.assign_task(s, draft, F, today=F)
        assert set(e.value.by_field) == set(T.SIX_CLEAR) - {"title"}
        with pytest.raises(ValidationError):
            T.change_status(s, draft, "complete", on=F, today=F)
    with transaction(db.sessions) as s:
        data = T.TaskData.of(T.get_task(s, draft))
        data.person_id, data.deadline, data.responsibility = people["binh"], date(2026, 10, 9), "Phối hợp"
        data.expected_product, data.assigning_authority = "Hồ sơ", "Tổ công tác số 3 của Thành ủy"
        T.update_task(s, draft, data, today=F)
        t = T.assign_task(s, draft, date(2026, 10, 2), today=date(2026, 10, 2))
        assert (t.assigned_date, t.responsibility, t.original_deadline) == (date(2026, 10, 2), "coordinate",
                                                                            date(2026, 10, 9))
        assert t.department_id == dep(s, KT)  # the person's main department on the assigned day
    with transaction(db.sessions) as s:
        data = T.TaskData.of(T.get_task(s, draft))
        data.expected_product = ""
        with pytest.raises(ValidationError) as e:
            T.update_task(s, draft, data)  # an assigned task keeps its six attributes
        assert by_field(e.value) == {"expected_product": ("tasks.required_to_assign", {"rule": "rõ sản phẩm"})}
        with pytest.raises(TransitionError):
            T.delete_draft(s, draft)
        other = T.create_task(s, T.TaskData(title="Việc khác"), assign=False).id
        T.delete_draft(s, other)
        T.create_task(s, T.TaskData(title="x"), assign=False)
    assert section(db)["total"]["assigned"] == 1  # the draft "x" is in no figure


def test_other_field_problems(db, people):
    with transaction(db.sessions) as s:
        cases = [
            (six(people["an"], date(2026, 9, 30)), "deadline", "tasks.before_assigned"),
            (six(people["an"], LAST, responsibility="Giám sát"), "responsibility", "unknown_value"),
            (six(people["an"], LAST, coordinator_ids=[people["an"]]), "coordinator_ids", "tasks.person_coordinates"),
            (six(people["an"], LAST, coordinator_ids=[10**6]), "coordinator_ids", "tasks.unknown_coordinator"),
            (six(10**6, LAST), "person_id", "tasks.unknown_person"),
        ]
        for data, field, code in cases:
            with pytest.raises(ValidationError) as e:
                T.create_task(s, data, assigned_on=F, today=F)
            assert codes(e.value)[field] == code, field
        T.create_task(s, six(people["an"], F, code="NV-01"), assigned_on=F, today=F)  # deadline = assigned day
        with pytest.raises(ValidationError) as e:
            T.create_task(s, six(people["an"], F, code="NV-01"), assigned_on=F, today=F)
        assert codes(e.value)["code"] == "tasks.code_taken"


def test_text_is_nfc_and_labels_become_codes(db, people):
    decomposed = "Ba\u0301o ca\u0301o"  # "Báo cáo" typed as NFD
    with transaction(db.sessions) as s:
        t = T.create_task(s, six(people["an"], LAST, expected_product=decomposed, priority="Cao",
                                 source_kind="Thông báo kết luận", responsibility="CHỦ TRÌ"), assigned_on=F, today=F)
        assert (t.expected_product, t.priority, t.source_kind, t.responsibility) == ("Báo cáo", "high",
                                                                                     "conclusion", "lead")


# ---------------------------------------------------------------- statuses and history
def test_status_changes_are_recorded_with_history(db, people):
    with transaction(db.sessions) as s:
        tid = task(s, people["an"], F, date(2026, 10, 15), coordinator_ids=[people["binh"]],
                   coordinator_department_ids=[dep(s, VHXH)])
        T.add_progress(s, tid, "Đã rà soát 40 hồ sơ", 40, on=date(2026, 10, 5), today=date(2026, 10, 5))
        assert T.get_task(s, tid).status == "in_progress"  # a progress note starts the task
        with pytest.raises(ValidationError):
            T.change_status(s, tid, "cancel", on=date(2026, 10, 6), today=date(2026, 10, 6))  # reason required
        with pytest.raises(ValidationError):
            T.change_status(s, tid, "complete", on=date(2026, 9, 30), today=date(2026, 10, 6))  # before assigned
        with pytest.raises(TransitionError):
            T.change_status(s, tid, "start", on=date(2026, 10, 6))
        T.change_status(s, tid, "complete", on=date(2026, 10, 14), note="Báo cáo số 12/BC-UBND", today=date(2026, 10, 14))
        with pytest.raises(TransitionError):
            T.add_progress(s, tid, "thêm", on=date(2026, 10, 15))
        T.change_status(s, tid, "reopen", on=date(2026, 10, 20), note="Báo cáo thiếu số liệu", today=date(2026, 10, 20))
        t = T.get_task(s, tid)
        assert (t.status, t.date_done) == ("overdue", None)  # reopened after its deadline: overdue at once
        kinds = [(e.kind, e.from_status, e.to_status) for e in T.task_events(s, tid)]
    assert kinds == [("created", None, "not_started"), ("assigned", "not_started", "not_started"),
                     ("progress", "not_started", "in_progress"), ("done", "in_progress", "done"),
                     ("reopened", "done", "in_progress"), ("overdue", "in_progress", "overdue")]


def test_overdue_at_its_boundary_and_back_when_the_deadline_moves(db, people):
    deadline = date(2026, 10, 15)
    with transaction(db.sessions) as s:
        tid = task(s, people["an"], F, deadline)
        assert T.mark_overdue(s, deadline) == 0  # the deadline day itself is still within
        assert T.effective_status("not_started", deadline, True, deadline) == "not_started"
        assert T.effective_status("not_started", deadline, True, deadline + timedelta(1)) == "overdue"
        assert T.effective_status("not_started", deadline, False, deadline + timedelta(1)) == "not_started"
        assert T.mark_overdue(s, deadline + timedelta(1)) == 1
        assert T.mark_overdue(s, deadline + timedelta(2)) == 0  # once
        assert T.get_task(s, tid).status == "overdue"
        data = T.TaskData.of(T.get_task(s, tid))
        data.deadline = date(2026, 10, 30)
        T.update_task(s, tid, data, today=date(2026, 10, 17))
        t = T.get_task(s, tid)
        assert (t.status, t.deadline, t.original_deadline) == ("in_progress", date(2026, 10, 30), deadline)
        notes = [(e.kind, e.note) for e in T.task_events(s, tid)][-2:]
    assert notes == [("deadline_changed", "15/10/2026 → 30/10/2026"),
                     ("deadline_changed", "hết quá hạn sau khi đổi thời hạn")]


# ---------------------------------------------------------------- figures at their boundaries
def test_every_figure_at_its_boundaries(db, people):
    an, binh, cuong = people["an"], people["binh"], people["cuong"]
    d = date
    with transaction(db.sessions) as s:
        # carried over: assigned before F, not closed before F
        task(s, an, d(2026, 9, 30), d(2026, 10, 31))                                 # carried, open within (deadline = T)
        task(s, an, d(2026, 9, 1), d(2026, 9, 30), done=d(2026, 9, 30))              # closed before F: nowhere
        task(s, an, d(2026, 9, 1), d(2026, 9, 30), done=d(2026, 10, 1))              # carried, done late (by 1 day)
        task(s, binh, d(2026, 9, 1), d(2026, 10, 30), cancelled=d(2026, 9, 30))      # cancelled before F: nowhere
        task(s, binh, d(2026, 9, 1), d(2026, 10, 30), cancelled=d(2026, 10, 1))      # carried, cancelled
        # assigned in F..T
        task(s, binh, d(2026, 10, 1), d(2026, 10, 10), done=d(2026, 10, 10))         # assigned, done on time (= deadline)
        task(s, binh, d(2026, 10, 31), d(2026, 11, 5))                               # assigned on T, open within
        task(s, cuong, d(2026, 10, 2), d(2026, 10, 30))                              # open overdue (deadline = T - 1)
        task(s, cuong, d(2026, 10, 2), d(2026, 10, 20), done=d(2026, 11, 1))         # done after T: open overdue at T
        task(s, cuong, d(2026, 10, 2), d(2026, 10, 20), cancelled=d(2026, 11, 1))    # cancelled after T: open overdue
        task(s, cuong, d(2026, 11, 1), d(2026, 11, 5))                               # assigned after T: nowhere
        T.create_task(s, six(cuong, d(2026, 10, 5)), assign=False)                   # a draft: nowhere
    total = section(db)["total"]
    assert total == {"carried_over": 3, "assigned": 5, "done": 2, "done_on_time": 1, "done_late": 1,
                     "cancelled": 1, "open": 5, "open_within": 2, "open_overdue": 3, "on_time_rate": 50.0}
    assert total["carried_over"] + total["assigned"] == total["done"] + total["cancelled"] + total["open"]
    # the same tasks a month later: November
    nov = section(db, Period.month(2026, 11))["total"]
    assert nov == {"carried_over": 5, "assigned": 1, "done": 1, "done_on_time": 0, "done_late": 1,
                   "cancelled": 1, "open": 4, "open_within": 0, "open_overdue": 4, "on_time_rate": 0.0}
    # a one-day period on a deadline day
    one = section(db, Period(d(2026, 10, 20), d(2026, 10, 20)))["total"]
    assert (one["open_within"], one["open_overdue"]) == (4, 0)


def test_figures_by_department_and_by_person(db, people):
    with transaction(db.sessions) as s:
        twin = person(s, "Nguyễn Văn An", TTPV, code="CB-07")  # a namesake
        task(s, people["an"], F, date(2026, 10, 5), done=date(2026, 10, 5))
        task(s, twin, F, date(2026, 10, 5))
        task(s, people["binh"], F, date(2026, 10, 5), department_id=dep(s, VP))  # led by another department
        noname = task(s, people["cuong"], F, LAST)
        s.get(Task, noname).department_id = None
    sec = section(db)
    assert list(sec["by_department"]) == [T.NO_DEPARTMENT, TTPV, VP]
    assert sec["by_department"][VP]["assigned"] == 2 and sec["by_department"][VP]["done_on_time"] == 1
    assert sec["by_department"][TTPV]["open_overdue"] == 1
    assert sec["by_department"][T.NO_DEPARTMENT]["open_within"] == 1
    assert set(sec["by_person"]) == {f"Nguyễn Văn An (CB-07)", f"Nguyễn Văn An (#{people['an']})",
                                     "Trần Thị Bình", "Lê Văn Cường"}
    assert sec["by_person"]["Nguyễn Văn An (CB-07)"]["open_overdue"] == 1
    for key in ("assigned", "done", "open", "open_overdue"):
        assert sum(f[key] for f in sec["by_person"].values()) == sec["total"][key]
        assert sum(f[key] for f in sec["by_department"].values()) == sec["total"][key]
    overdue = sec["overdue"]
    assert [(o["person"], o["days_overdue"]) for o in overdue] == [("Nguyễn Văn An (CB-07)", 26),
                                                                   ("Trần Thị Bình", 26)]


def test_nothing_gives_zeros_and_null_rate(db):
    sec = section(db)
    assert sec["total"]["assigned"] == 0 and sec["total"]["on_time_rate"] is None
    assert sec["by_department"] == {} and sec["by_person"] == {} and sec["plans"] == {} and sec["overdue"] == []


# ---------------------------------------------------------------- plans and carry-over
def test_carry_over_between_months(db, people):
    an = people["an"]
    with transaction(db.sessions) as s:
        open_ = task(s, an, F, date(2026, 10, 20), plan=(2026, 10))
        done = task(s, an, F, date(2026, 10, 20), done=date(2026, 10, 19), plan=(2026, 10))
        cancelled = task(s, an, F, date(2026, 10, 20), cancelled=date(2026, 10, 3), plan=(2026, 10))
        overdue = task(s, an, F, date(2026, 10, 2), plan=(2026, 10))
        draft = T.create_task(s, T.TaskData(title="Dự thảo"), assign=False, plan=(2026, 10)).id
        assert T.carry_over_candidates(s, 2026, 11) == 3
        added = T.carry_over(s, 2026, 11, today=date(2026, 11, 1))
        assert sorted(added) == sorted([open_, overdue, draft])
        assert T.carry_over(s, 2026, 11) == []  # idempotent
        assert T.carry_over_candidates(s, 2026, 11) == 0
        assert T.carry_over(s, 2026, 9) == []  # no plan the month before
        # one record, listed in both plans; the October plan keeps it
        assert T.task_plans(s, open_) == [(2026, 10), (2026, 11)]
        assert s.scalar(select(func.count()).select_from(Task)) == 5
        cols = T.board(s, 2026, 11, today=date(2026, 11, 2))
        assert [c.id for c in cols["overdue"]] == [overdue, open_]
        assert [c.id for c in cols["not_started"]] == [draft] and cols["not_started"][0].draft
        assert {c.carried_from for cs in cols.values() for c in cs} == {"10/2026"}
        assert all(not cs for k, cs in cols.items() if k in ("done", "cancelled", "in_progress"))
        ev = [e for e in T.task_events(s, open_) if e.kind == "carried_over"]
        assert len(ev) == 1 and ev[0].note == "từ tháng 10/2026 sang tháng 11/2026"
        # finished in November: not carried into December
        T.change_status(s, open_, "complete", on=date(2026, 11, 10), today=date(2026, 11, 10))
        assert sorted(T.carry_over(s, 2026, 12)) == sorted([overdue, draft])
        # across the year
        T.carry_over(s, 2027, 1)
        assert T.task_plans(s, overdue) == [(2026, 10), (2026, 11), (2026, 12), (2027, 1)]
    sec = section(db, Period.month(2026, 11))
    assert sec["plans"]["2026-11"] == {"tasks": 2, "carried_over": 2, "done": 1, "done_on_time": 0,
                                       "done_late": 1, "cancelled": 0, "open": 1, "open_within": 0,
                                       "open_overdue": 1, "drafts": 1}
    octo = section(db)["plans"]["2026-10"]
    assert (octo["tasks"], octo["done"], octo["cancelled"], octo["open"], octo["drafts"]) == (4, 1, 1, 2, 1)


def test_board_filters_and_summary(db, people):
    with transaction(db.sessions) as s:
        a = task(s, people["an"], F, date(2026, 10, 10), plan=(2026, 10), title="Báo cáo chuyển đổi số")
        b = task(s, people["binh"], F, date(2026, 10, 25), plan=(2026, 10), priority="high")
        c = task(s, people["binh"], F, date(2026, 10, 25), plan=(2026, 10), priority="low", done=date(2026, 10, 26))
        task(s, people["cuong"], F, date(2026, 10, 25))  # in no plan: not on the board
        day = date(2026, 10, 20)
        cols = T.board(s, 2026, 10, today=day)
        assert [c_.id for c_ in cols["overdue"]] == [a] and cols["overdue"][0].late_days == 10
        assert [c_.id for c_ in cols["not_started"]] == [b]
        assert cols["done"][0].late_days == 1
        only = T.board(s, 2026, 10, T.BoardFilter(person_id=people["binh"]), today=day)
        assert sorted(x.id for cs in only.values() for x in cs) == sorted([b, c])
        by_dep = T.board(s, 2026, 10, T.BoardFilter(department_id=dep(s, VP)), today=day)
        assert [x.id for cs in by_dep.values() for x in cs] == [a]
        found = T.board(s, 2026, 10, T.BoardFilter(search="chuyen doi so"), today=day)
        assert [x.id for cs in found.values() for x in cs] == [a]
        assert [x.id for cs in T.board(s, 2026, 10, T.BoardFilter(overdue_only=True), today=day).values()
                for x in cs] == [a]
        summary = T.plan_summary(s, 2026, 10, today=day)
        assert (summary.tasks, summary.done, summary.done_late, summary.open, summary.overdue) == (3, 1, 1, 2, 1)
        roles = T.person_tasks(s, people["an"], today=day)
        assert [(r, c_.id) for r, c_ in roles] == [("lead", a)]


def test_return_json_has_the_sections(db, people):
    with transaction(db.sessions) as s:
        task(s, people["an"], F, date(2026, 10, 5), plan=(2026, 10))
        data = build_return(s, OCT)
    assert data["tasks"]["total"]["assigned"] == 1
    assert set(data["tasks"]) == {"total", "by_department", "by_person", "plans", "overdue"}
    assert set(data["training"]) >= {"courses_held", "hours", "people_trained", "missing_required"}
    json.dumps(data)  # plain JSON types only


# ---------------------------------------------------------------- import
HEADER = ["STT", "Mã nhiệm vụ", "Nhiệm vụ", "Loại văn bản", "Số văn bản", "Ngày văn bản", "Người chủ trì",
          "Người phối hợp", "Đơn vị phối hợp", "Thời hạn", "Trách nhiệm", "Sản phẩm", "Cấp giao", "Ngày giao",
          "Mức ưu tiên", "Trạng thái", "Ngày hoàn thành", "Tiến độ (%)", "Tháng kế hoạch"]
TITLES = [["ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN"], ["KẾ HOẠCH CÔNG TÁC TRỌNG TÂM THÁNG 10/2025"], []]
OCT25 = Period.month(2025, 10)
GOOD = [
    [1, "NV-01", "Rà soát hồ sơ đất đai tồn đọng", "Kết luận", "15-TB/TU", "28/09/2025", "Nguyễn Văn An",
     "Trần Thị Bình", "Phòng Văn hóa - Xã hội", "15/10/2025", "Chủ trì", "Báo cáo", "Tổ công tác số 3",
     "01/10/2025", "Cao", "Đang thực hiện", None, 40, None],
    [2, "NV-02", "Cập nhật dữ liệu dân cư", "Công văn", "120/UBND", date(2025, 10, 2), "tran thi binh",
     None, None, date(2025, 10, 9), "Phối hợp", "Hồ sơ", "Chủ tịch UBND xã", None, None, None,
     date(2025, 10, 9), None, "10/2025"],
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
        run_import("tasks", db, path)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "tasks")) == 0
    return [str(x) for x in e.value.errors]


def test_import_tasks_then_reimport_updates_by_code(db, people, tmp_path):
    path = write_xlsx(tmp_path / "kh.xlsx", GOOD)
    assert run_import("tasks", db, path).summary() == "tasks: 2 added, 0 updated"
    with transaction(db.sessions, write=False) as s:
        t1 = s.scalar(select(Task).where(Task.code == "NV-01"))
        assert (t1.person_id, t1.responsibility, t1.priority, t1.source_kind, t1.progress) == (
            people["an"], "lead", "high", "conclusion", 40)
        assert t1.status == "overdue"  # in progress, deadline long past on the day of the import
        assert [c.staff_id for c in t1.coordinators if c.staff_id] == [people["binh"]]
        assert [c.department_id for c in t1.coordinators if c.department_id] == [dep(s, VHXH)]
        t2 = s.scalar(select(Task).where(Task.code == "NV-02"))
        assert (t2.assigned_date, t2.status, t2.date_done, t2.responsibility) == (
            date(2025, 10, 2), "done", date(2025, 10, 9), "coordinate")  # assigned: the document's date
        assert T.task_plans(s, t1.id) == [(2025, 10)] and T.task_plans(s, t2.id) == [(2025, 10)]
    rows = [list(r) for r in GOOD]
    rows[0][15], rows[0][16] = "Hoàn thành", "14/10/2025"
    assert run_import("tasks", db, write_xlsx(tmp_path / "kh2.xlsx", rows)).summary() == "tasks: 0 added, 2 updated"
    sec = section(db, OCT25)
    assert (sec["total"]["assigned"], sec["total"]["done_on_time"]) == (2, 2)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 2
        assert s.scalar(select(func.count()).select_from(PlanTask)) == 2


def test_import_missing_one_of_the_six_columns(db, people, tmp_path):
    header = [h for h in HEADER if h != "Sản phẩm"]
    rows = [r[:11] + r[12:] for r in GOOD]
    assert failure(db, write_xlsx(tmp_path / "x.xlsx", rows, header)) == ["row 4: missing required column 'Sản phẩm'"]


def test_import_errors_name_excel_rows_and_nothing_is_written(db, people, tmp_path):
    with transaction(db.sessions) as s:
        person(s, "Trần Thị Bình", TTPV)  # a second Trần Thị Bình
    base = list(GOOD[0])
    base[7] = "Lê Văn Cường"  # a coordinator with one name only
    rows = [base, list(GOOD[1])]
    bad = [list(base) for _ in range(7)]
    bad[0][10] = None                                                     # row 7: responsibility empty
    bad[1][6] = "Phạm Văn Không"                                          # row 8: unknown person
    bad[2][9] = "31/02/2025"                                              # row 9: not a date
    bad[3][15], bad[3][16] = "Hoàn thành", None                           # row 10: done without the date
    bad[4][9] = "30/09/2025"                                              # row 11: deadline before assigned
    bad[5][10] = "Giám sát"                                               # row 12: unknown responsibility
    bad[6][8] = "Phòng Tư pháp"                                           # row 13: unknown department
    for i, r in enumerate(bad):
        r[1] = f"NV-{10 + i}"
    rows += bad + [list(base)]                                            # row 14: NV-01 again
    errors = failure(db, write_xlsx(tmp_path / "bad.xlsx", rows))
    assert errors == [
        "row 6, Người chủ trì: 2 staff members are named 'tran thi binh': give the staff code",
        "row 7, Trách nhiệm: is required",
        "row 8, Người chủ trì: no staff member is named 'Phạm Văn Không'",
        "row 9, Thời hạn: '31/02/2025' is not a date",
        "row 10, Trạng thái: 'Hoàn thành' needs 'Ngày hoàn thành'",
        "row 11, Thời hạn: is before the assigned date 01/10/2025",
        "row 12, Trách nhiệm: 'Giám sát' is not a responsibility (Chủ trì, Phối hợp)",
        "row 13, Đơn vị phối hợp: 'Phòng Tư pháp' is not a department of the office",
        "row 14, Mã nhiệm vụ: 'NV-01' appears twice in the file (also row 5)",
    ]


def test_import_assigned_date_needed_without_a_document_date(db, people, tmp_path):
    rows = [list(GOOD[0])]
    rows[0][5] = rows[0][13] = None
    assert failure(db, write_xlsx(tmp_path / "x.xlsx", rows)) == [
        "row 5, Ngày giao: is required when 'Ngày văn bản' is empty"]


def test_a_task_with_progress_is_not_listed_as_not_started(db, people, tmp_path):
    """Work reported means the task is in progress: without a status column it is read so, and a row
    saying "Chưa thực hiện" beside 60 % is refused."""
    rows = [list(GOOD[0])]
    rows[0][9] = (date.today() + timedelta(days=20)).strftime("%d/%m/%Y")
    rows[0][15], rows[0][17] = None, 60
    assert run_import("tasks", db, write_xlsx(tmp_path / "a.xlsx", rows)).summary() == "tasks: 1 added, 0 updated"
    with transaction(db.sessions, write=False) as s:
        task = s.scalar(select(Task).where(Task.code == "NV-01"))
        assert (task.status, task.progress) == ("in_progress", 60)
    rows[0][1], rows[0][15] = "NV-05", "Chưa thực hiện"
    with pytest.raises(ImportFailed) as e:
        run_import("tasks", db, write_xlsx(tmp_path / "b.xlsx", rows))
    assert [str(x) for x in e.value.errors] == [
        "row 5, Tiến độ (%): progress is 60% but the status is 'Chưa thực hiện'"]
    rows[0][17] = 0
    assert run_import("tasks", db, write_xlsx(tmp_path / "c.xlsx", rows)).summary() == "tasks: 1 added, 0 updated"
    assert T.progress_refusal("not_started", 0) is None and T.progress_refusal("in_progress", 60) is None


def test_the_sample_registers_have_no_task_contradicting_its_progress(tmp_path):
    from core import recommendations as rc
    from core.commune import init_database
    from core.demo_data import add_registers
    from core.models import Recommendation

    db = init_database(str(tmp_path / "demo.sqlite"), "Xã Thượng Tín", "Thành phố Hà Nội")
    try:
        add_registers(db)
        with transaction(db.sessions, write=False) as s:
            tasks = s.scalars(select(Task)).all()
            assert tasks and all(T.progress_refusal(t.status, t.progress) is None for t in tasks)
            assert {t.status for t in tasks if t.progress} <= {"in_progress", "overdue", "done"}
            recs = s.scalars(select(Recommendation)).all()
            assert recs and all(rc.answer_refusal(r.status, r.answer, r.answer_date) is None for r in recs)
    finally:
        db.close()


def run_cli(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COMMUNEDESK_PASSWORD", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=180)


def test_cli_import_tasks_and_report_json(initialised_target, tmp_path):
    db_target = initialised_target
    staff = write_xlsx(tmp_path / "staff.xlsx", [["Nguyễn Văn An", "Công chức", VP, "Văn phòng - Thống kê"],
                                                 ["Trần Thị Bình", "Công chức", KT, "Địa chính"]],
                       ["Họ và tên", "Loại", "Đơn vị", "Vị trí việc làm"], [])
    r = run_cli("--db", db_target, "import", "staff", str(staff))
    assert r.returncode == 0, r.stderr
    bad = [list(GOOD[0])]
    bad[0][11] = None
    r = run_cli("--db", db_target, "import", "tasks", str(write_xlsx(tmp_path / "bad.xlsx", bad)))
    assert r.returncode != 0
    assert r.stderr.splitlines()[0] == "error: row 5, Sản phẩm: is required"
    r = run_cli("--db", db_target, "import", "tasks", str(write_xlsx(tmp_path / "kh.xlsx", GOOD)))
    assert r.returncode == 0, r.stderr
    assert "tasks: 2 added, 0 updated" in r.stdout
    r = run_cli("--db", db_target, "report", "--month", "2025-10", "--json", "-")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    total = data["tasks"]["total"]
    assert (total["assigned"], total["done_on_time"], total["open_overdue"]) == (2, 1, 1)
    assert data["tasks"]["by_person"]["Nguyễn Văn An"]["open_overdue"] == 1
    assert data["tasks"]["by_department"][KT]["done_on_time"] == 1
    assert data["tasks"]["plans"]["2025-10"]["tasks"] == 2
    assert "training" in data


def test_a_period_with_no_task_prints_no_data_not_zeros(db, people, tmp_path):
    import openpyxl

    from core.exports import write_return_files
    from core.exports.model import NO_DATA
    from core.return_sections import build_return

    def task_sheet(name):
        with transaction(db.sessions, write=False) as s:
            write_return_files(s, OCT, build_return(s, OCT), xlsx=tmp_path / name)
        wb = openpyxl.load_workbook(tmp_path / name)
        return ([c for r in wb["Nhiệm vụ"].iter_rows(values_only=True) for c in r if c is not None],
                [c for r in wb["Đào tạo"].iter_rows(values_only=True) for c in r if c is not None])

    tasks, training = task_sheet("empty.xlsx")
    assert section(db)["total"]["assigned"] == 0  # the JSON keeps its figures
    for cells in (tasks, training):
        assert NO_DATA in cells and not any(isinstance(c, (int, float)) for c in cells)
    with transaction(db.sessions) as s:
        task(s, people["an"], date(2026, 10, 2), date(2026, 10, 20), done=date(2026, 10, 9))
    tasks, _training = task_sheet("one.xlsx")
    assert "Kết quả thực hiện nhiệm vụ trong kỳ" in tasks and 1 in tasks
