"""`import tasks FILE`: assigned tasks with their six clear attributes (columns in README.md, "Tasks and
training").

Every row is an assigned task, so the six attributes are required columns and required cells: the
work (Nhiệm vụ), the person in charge (Người chủ trì), the deadline (Thời hạn), the responsibility
(Trách nhiệm: Chủ trì / Phối hợp), the expected product (Sản phẩm) and the assigning authority
(Cấp giao). People are matched to the staff by staff code, else by name (case and diacritics
ignored; of several people with the name, the only one in post on the assigned day, else an error
asking for the code); departments by name (never added by a task import). A row with a task code
(Mã nhiệm vụ) already known updates that task; rows without a code are always added. Each task is
listed in the monthly plan of its "Tháng kế hoạch" (default: the month it was assigned).
All rows are checked first; any error and nothing is written.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from core import lengths
from core import tasks as T
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run, label_code
from core.imports.reader import CellError, Column, day, text
from core.messages import Problem, problem
from core.models import Department, Staff, Task
from core.staff import covers
from core.vocab import TASK_PRIORITY, TASK_RESPONSIBILITY, TASK_SOURCE, TASK_STATUS

_MONTH_RE = re.compile(r"^(?:thang|t)?\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR_MONTH_RE = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})$")


def month(v: Any) -> tuple[int, int] | None:
    """A plan month: a date cell (its month), "11/2026", "tháng 11/2026", "T11/2026" or "2026-11"."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, (datetime, date)):
        return v.year, v.month
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        d = day(v)  # an Excel serial day whose format calamine did not recognise
        return d.year, d.month
    raw = fold(str(v))
    m = _MONTH_RE.match(raw)
    if m:
        mm, yy = int(m.group(1)), int(m.group(2))
    else:
        m = _YEAR_MONTH_RE.match(raw)
        if not m:
            raise CellError("tasks.not_a_month", value=str(v).strip())
        yy, mm = int(m.group(1)), int(m.group(2))
    if not 1 <= mm <= 12 or yy < 1900:
        raise CellError("tasks.not_a_month", value=str(v).strip())
    return yy, mm


def percent(v: Any) -> int | None:
    value = text(v)
    if value is None:
        return None
    if isinstance(v, float) and 0 < v < 1 and not v.is_integer():
        v = v * 100  # a cell formatted as a percentage holds 0.5 for 50 %
        value = text(round(v, 6))
    raw = value.replace("%", "").strip().replace(",", ".")
    try:
        n = float(raw)
    except ValueError:
        raise CellError("tasks.not_a_percentage", value=value) from None
    if not n.is_integer() or not 0 <= n <= 100:
        raise CellError("tasks.not_a_percentage", value=value)
    return int(n)


COLUMNS = [
    Column("code", ("Mã nhiệm vụ", "task code", "code", "ma", "so hieu nhiem vu", "ma so")),
    Column("title", ("Nhiệm vụ", "task", "work", "title", "ten nhiem vu", "noi dung nhiem vu", "cong viec",
                     "noi dung cong viec"), required=True),
    Column("description", ("Mô tả", "description", "noi dung chi tiet", "chi tiet", "yeu cau")),
    Column("source_kind", ("Loại văn bản", "source kind", "loai van ban giao", "hinh thuc van ban")),
    Column("source_number", ("Số văn bản", "source number", "so ky hieu", "so hieu van ban", "van ban giao",
                             "so van ban giao")),
    Column("source_date", ("Ngày văn bản", "source date", "ngay ban hanh", "ngay van ban giao"), parse=day),
    Column("person", ("Người chủ trì", "person in charge", "nguoi phu trach", "can bo phu trach",
                      "ca nhan chu tri", "nguoi thuc hien"), required=True),
    Column("person_code", ("Mã cán bộ", "staff code", "ma can bo chu tri", "ma cbcc")),
    Column("department", ("Đơn vị chủ trì", "lead department", "don vi", "phong ban chu tri", "department")),
    Column("coordinators", ("Người phối hợp", "coordinating people", "ca nhan phoi hop", "can bo phoi hop")),
    Column("coordinating_departments", ("Đơn vị phối hợp", "coordinating departments", "phong ban phoi hop",
                                        "co quan phoi hop")),
    Column("deadline", ("Thời hạn", "deadline", "han hoan thanh", "thoi han hoan thanh", "han"),
           required=True, parse=day),
    Column("responsibility", ("Trách nhiệm", "responsibility", "vai tro"), required=True),
    Column("product", ("Sản phẩm", "expected product", "product", "san pham du kien", "san pham dau ra",
                       "ket qua du kien"), required=True),
    Column("authority", ("Cấp giao", "assigning authority", "authority", "co quan giao", "nguoi giao",
                         "tham quyen giao", "nguoi giao nhiem vu"), required=True),
    Column("assigned", ("Ngày giao", "assigned", "assigned date", "ngay giao nhiem vu"), parse=day),
    Column("priority", ("Mức ưu tiên", "priority", "uu tien", "do uu tien")),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("done", ("Ngày hoàn thành", "date done", "done", "ngay hoan thanh thuc te"), parse=day),
    Column("cancelled", ("Ngày hủy", "cancelled", "date cancelled", "ngay huy bo"), parse=day),
    Column("progress", ("Tiến độ (%)", "progress", "tien do", "phan tram hoan thanh", "% hoan thanh"),
           parse=percent),
    Column("note", ("Kết quả thực hiện", "progress note", "ket qua", "ghi chu", "notes")),
    Column("plan", ("Tháng kế hoạch", "plan month", "ke hoach thang", "thang"), parse=month),
    Column("no", ("STT", "no.", "no", "tt", "so thu tu"), ignored=True),
]
# Text no longer than the database keeps (core.lengths: the columns' own lengths).
lengths.declare(COLUMNS, {"code": Task.code, "title": Task.title, "source_number": Task.source_number,
                          "product": Task.expected_product, "authority": Task.assigning_authority})

_SPLIT = re.compile(r"[;\n]|,(?!\d)")


def split_names(value: str | None) -> list[str]:
    """'Nguyễn Văn An; Trần Thị Bình' (or commas, or one per line) → the names, blanks dropped."""
    return [p.strip() for p in _SPLIT.split(value or "") if p.strip()]


class StaffMatcher:
    """The staff as the rows need them: by code and by folded name, with their dates in post."""

    def __init__(self, session):
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.info: dict[int, tuple[str, date | None, date | None]] = {}
        for sid, code, name, key, start, end in session.execute(
                select(Staff.id, Staff.code, Staff.full_name, Staff.name_key, Staff.start_date, Staff.end_date)
                .order_by(Staff.id)):
            if code:
                self.by_code[fold(code)] = sid
            self.by_name.setdefault(key, []).append(sid)
            self.info[sid] = (name, start, end)

    def find(self, value: str, on: date | None, code: str | None = None) -> tuple[int | None, Problem | None]:
        """(staff id, None) or (None, the problem)."""
        if code:
            sid = self.by_code.get(fold(code))
            if sid is None:
                return None, problem("import.no_staff_code", code=code)
            if fold(value) not in (fold(self.info[sid][0]), fold(code)):
                return None, problem("import.staff_code_other", code=code, name=self.info[sid][0], value=value)
            return sid, None
        ids = self.by_name.get(fold(value), [])
        if not ids and fold(value) in self.by_code:
            return self.by_code[fold(value)], None
        if not ids:
            return None, problem("import.no_staff_named", value=value)
        if len(ids) > 1 and on is not None:
            in_post = [i for i in ids if covers(self.info[i][1], self.info[i][2], on)]
            if len(in_post) == 1:
                return in_post[0], None
        if len(ids) > 1:
            return None, problem("import.staff_homonyms", count=len(ids), value=value)
        return ids[0], None


@register("tasks")
class TaskImport(Importer):
    kind = "tasks"
    columns = COLUMNS

    def checker(self, run: Run):
        s, errors, label, today, err = run.session, run.errors, run.label, run.today, run.error
        staff = StaffMatcher(s)
        departments = {key: did for did, key in s.execute(select(Department.id, Department.name_key))}
        run.state["existing"] = {code: tid for tid, code in s.execute(
            select(Task.id, Task.code).where(Task.code.is_not(None)))}
        seen_codes: dict[str, int] = {}

        def check(row_no: int, v: dict):
            bad = len(errors)

            def vocab(key: str, vocabulary, unknown: str):
                return label_code(run, row_no, key, v.get(key), vocabulary, unknown)

            code = v.get("code")
            if code:
                if code in seen_codes:
                    err(row_no, "code", "import.repeated", value=code, first=seen_codes[code])
                else:
                    seen_codes[code] = row_no
            assigned = v.get("assigned") or v.get("source_date")
            if assigned is None:
                err(row_no, "assigned", "import.required_when_empty", other=label("source_date"))
            deadline = v["deadline"]
            if assigned is not None and deadline < assigned:
                err(row_no, "deadline", "tasks.before_assigned_date", value=assigned)
            responsibility = vocab("responsibility", TASK_RESPONSIBILITY, "import.not_responsibility")
            priority = vocab("priority", TASK_PRIORITY, "import.not_priority") or TASK_PRIORITY.default
            source_kind = vocab("source_kind", TASK_SOURCE, "import.not_document_kind")
            person_id, refusal = staff.find(v["person"], assigned, v.get("person_code"))
            if refusal:
                err(row_no, "person_code" if v.get("person_code") else "person", refusal)
            department_id = None
            if v.get("department"):
                department_id = departments.get(fold(v["department"]))
                if department_id is None:
                    err(row_no, "department", "import.not_a_department", value=v["department"])
            coordinator_ids: list[int] = []
            for name in split_names(v.get("coordinators")):
                sid, refusal = staff.find(name, assigned)
                if refusal:
                    err(row_no, "coordinators", refusal)
                elif sid == person_id:
                    err(row_no, "coordinators", "tasks.is_person_in_charge", value=name)
                elif sid not in coordinator_ids:
                    coordinator_ids.append(sid)
            coordinating_departments: list[int] = []
            for name in split_names(v.get("coordinating_departments")):
                did = departments.get(fold(name))
                if did is None:
                    err(row_no, "coordinating_departments", "import.not_a_department", value=name)
                elif did not in coordinating_departments:
                    coordinating_departments.append(did)

            done, cancelled = v.get("done"), v.get("cancelled")
            status = vocab("status", TASK_STATUS, "import.not_status")
            if status is None and len(errors) == bad and not v.get("status"):
                status = T.status_from_dates(done, cancelled, v.get("progress"))
            if status == "done" and done is None:
                err(row_no, "status", "tasks.status_needs", value=v.get("status"), other=label("done"))
            if done is not None and status not in (None, "done"):
                err(row_no, "done", "tasks.done_but_status", status=TASK_STATUS.label(status))
            if status == "cancelled" and cancelled is None:
                err(row_no, "status", "tasks.status_needs", value=v.get("status"), other=label("cancelled"))
            if cancelled is not None and status not in (None, "cancelled"):
                err(row_no, "cancelled", "tasks.cancelled_but_status", status=TASK_STATUS.label(status))
            if T.progress_refusal(status, v.get("progress")):
                err(row_no, "progress", T.progress_refusal(status, v.get("progress")), value=v.get("progress"),
                    status=TASK_STATUS.label(status))
            if status == "overdue" and deadline >= today:
                err(row_no, "status", "tasks.overdue_not_passed", value=v.get("status"), deadline=deadline)
            for key, when in (("done", done), ("cancelled", cancelled)):
                if when is not None and assigned is not None and when < assigned:
                    err(row_no, key, "tasks.before_assigned_date", value=assigned)
            if len(errors) > bad:
                return None
            return row_no, {
                "code": code, "title": v["title"], "description": v.get("description"),
                "source_kind": source_kind, "source_number": v.get("source_number"),
                "source_date": v.get("source_date"), "person_id": person_id, "department_id": department_id,
                "coordinator_ids": coordinator_ids, "coordinator_department_ids": coordinating_departments,
                "deadline": deadline, "responsibility": responsibility, "expected_product": v["product"],
                "assigning_authority": v["authority"], "priority": priority,
                "assigned": assigned, "status": status, "done": done, "cancelled": cancelled,
                "progress": 100 if status == "done" else v.get("progress"), "note": v.get("note"),
                "plan": v.get("plan") or (assigned.year, assigned.month)}

        return check

    def match(self, run: Run) -> tuple[int, int]:
        """A row with a task code already known updates that task; rows without a code are added."""
        existing = run.state["existing"]
        inserted = sum(1 for _, r in run.records if not (r["code"] and r["code"] in existing))
        return inserted, len(run.records) - inserted

    def write(self, run: Run, batch_id: int) -> None:
        existing, progress = run.state["existing"], run.progress
        for i, (row_no, r) in enumerate(run.records, start=1):
            _write(run.session, r, existing.get(r["code"]) if r["code"] else None, batch_id,
                   f"{run.path.name}, dòng {row_no}", run.user, run.today)
            if progress and i % 200 == 0:
                progress(i, len(run.records))


def _write(s, r: dict, task_id: int | None, batch_id: int, where: str, user, today: date) -> None:
    data = T.TaskData(**{k: r[k] for k in ("title", "description", "source_kind", "source_number", "source_date",
                                           "person_id", "department_id", "coordinator_ids",
                                           "coordinator_department_ids", "deadline", "responsibility",
                                           "expected_product", "assigning_authority", "priority", "code")})
    task = s.get(Task, task_id) if task_id else None
    from_status = task.status if task else None
    if task is None:
        task = Task(original_deadline=r["deadline"])
        s.add(task)
    elif task.deadline != r["deadline"]:
        task.original_deadline = task.original_deadline or task.deadline
    T.apply_data(s, task, data, r["assigned"])
    status = "in_progress" if r["status"] == "overdue" else r["status"]
    task.assigned_date = r["assigned"]
    task.status = status
    task.date_done = r["done"]
    task.cancelled_date = r["cancelled"]
    task.progress = r["progress"] if r["progress"] is not None else task.progress
    task.import_batch_id = batch_id
    s.flush()
    T.record_event(s, task, "imported", r["assigned"], user, from_status, status, where, r["progress"])
    if r["note"]:
        T.record_event(s, task, "progress", today, user, status, status, r["note"], r["progress"])
    T.mark_if_overdue(s, task, today, user)
    T.add_to_plan(s, task.id, *r["plan"])
