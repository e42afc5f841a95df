"""`import training FILE`: training attendance, one row per person at a course (columns in README.md,
"Tasks and training").

A course is identified by its name (case and diacritics ignored) and start date: rows naming the same
course share it, and must agree on its topic, organiser, end date, hours and mode where they give
them; a course not yet known is added (its topic is then required), a known one takes the details the
rows give. People are matched by staff code, else by name (of several people with the name, the only
one in post on the course's start date, else an error asking for the code). A person already on the
course's list has their result updated. All rows are checked first; any error and nothing is written.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select

from core import lengths
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run, label_code
from core.imports.reader import CellError, Column, day, text
from core.imports.tasks import StaffMatcher
from core.models import Attendance, Course
from core.training import parse_hours
from core.vocab import TRAINING_MODE, TRAINING_RESULT, TRAINING_TOPIC


def hours(v: Any):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    raw = text(v)
    cleaned = raw.lower().replace("giờ", "").replace("tiết", "").replace("h", "").strip()
    try:
        return parse_hours(cleaned)
    except ValueError:
        raise CellError("training.not_hours", value=raw) from None


COLUMNS = [
    Column("course", ("Khóa học", "course", "ten khoa hoc", "lop boi duong", "ten lop", "lop tap huan",
                      "noi dung boi duong"), required=True),
    Column("topic", ("Chủ đề", "topic", "linh vuc boi duong", "nhom noi dung")),
    Column("organiser", ("Đơn vị tổ chức", "organiser", "organizer", "co quan to chuc", "don vi dao tao")),
    Column("start", ("Từ ngày", "start date", "ngay bat dau", "start", "ngay to chuc"), required=True, parse=day),
    Column("end", ("Đến ngày", "end date", "ngay ket thuc", "end"), parse=day),
    Column("hours", ("Số giờ", "hours", "so tiet", "thoi luong"), parse=hours),
    Column("mode", ("Hình thức", "mode", "hinh thuc to chuc", "hinh thuc hoc")),
    Column("name", ("Họ và tên", "name", "ho ten", "full name", "hoc vien", "nguoi tham gia"), required=True),
    Column("code", ("Mã cán bộ", "staff code", "ma cbcc")),
    Column("result", ("Kết quả", "result", "ket qua hoc tap", "danh gia"), required=True),
    Column("certificate", ("Số chứng chỉ", "certificate", "chung chi", "so giay chung nhan")),
    Column("notes", ("Ghi chú", "notes", "note")),
    Column("no", ("STT", "no.", "no", "tt", "so thu tu"), ignored=True),
]
# Text no longer than the database keeps (core.lengths: the columns' own lengths).
lengths.declare(COLUMNS, {"course": Course.name, "organiser": Course.organiser, "certificate": Attendance.certificate})

_DETAILS = ("topic", "organiser", "end", "hours", "mode")


@register("training")
class TrainingImport(Importer):
    kind = "training"
    columns = COLUMNS

    def checker(self, run: Run):
        s, errors, err = run.session, run.errors, run.error
        staff = StaffMatcher(s)
        run.state["known"] = {(key, start): cid for cid, key, start in s.execute(
            select(Course.id, Course.name_key, Course.start_date))}
        # course key → (first row, name, details given so far: field → (value, row))
        courses = run.state["courses"] = {}
        seen: dict[tuple[tuple[str, date], int], int] = {}

        def check(row_no: int, v: dict):
            bad = len(errors)
            details: dict[str, Any] = {}
            if v.get("topic"):
                details["topic"] = label_code(run, row_no, "topic", v["topic"], TRAINING_TOPIC, "import.not_topic")
            if v.get("mode"):
                details["mode"] = label_code(run, row_no, "mode", v["mode"], TRAINING_MODE, "import.not_mode")
            for key in ("organiser", "end", "hours"):
                if v.get(key) is not None:
                    details[key] = v[key]
            start = v["start"]
            if details.get("end") is not None and details["end"] < start:
                err(row_no, "end", "training.before_start", value=start)
            result = label_code(run, row_no, "result", v["result"], TRAINING_RESULT, "import.not_result")
            sid, refusal = staff.find(v["name"], start, v.get("code"))
            if refusal:
                err(row_no, "code" if v.get("code") else "name", refusal)

            key = (fold(v["course"]), start)
            course = courses.get(key)
            if course is None:
                course = courses[key] = {"row": row_no, "name": v["course"], "details": {}}
            for field, value in details.items():
                if value is None:
                    continue
                first = course["details"].get(field)
                if first is None:
                    course["details"][field] = (value, row_no)
                elif first[0] != value:
                    err(row_no, field, "training.differs", first=first[1], value=_show(field, first[0]))
            if sid is not None:
                first_row = seen.get((key, sid))
                if first_row is not None:
                    err(row_no, "name", "training.listed_twice", value=v["name"], first=first_row)
                else:
                    seen[(key, sid)] = row_no
            if len(errors) > bad:
                return None
            return {"course": key, "staff_id": sid, "result": result,
                    "certificate": v.get("certificate"), "notes": v.get("notes")}

        return check

    def finish(self, run: Run) -> None:
        """A course not known yet is added: the rows must give its topic."""
        known = run.state["known"]
        for key, course in run.state["courses"].items():
            if key not in known and "topic" not in course["details"]:
                run.error(course["row"], "topic", "training.topic_for_new", course=course["name"])

    def match(self, run: Run) -> tuple[int, int]:
        """A person already on a known course's list has their result updated; the others are added."""
        known = run.state["known"]
        listed = [known[key] for key in run.state["courses"] if key in known]
        attended = run.state["attended"] = {(cid, sid): aid for aid, cid, sid in run.session.execute(
            select(Attendance.id, Attendance.course_id, Attendance.staff_id)
            .where(Attendance.course_id.in_(listed)))} if listed else {}
        updated = sum(1 for r in run.records if (known.get(r["course"]), r["staff_id"]) in attended)
        return len(run.records) - updated, updated

    def write(self, run: Run, batch_id: int) -> None:
        s, progress, known, attended = run.session, run.progress, run.state["known"], run.state["attended"]
        ids: dict[tuple[str, date], int] = {}
        for key, course in run.state["courses"].items():
            d = {f: value for f, (value, _) in course["details"].items()}
            if key in known:
                c = s.get(Course, known[key])
                for field, attr in (("topic", "topic"), ("organiser", "organiser"), ("end", "end_date"),
                                    ("hours", "hours"), ("mode", "mode")):
                    if field in d:
                        setattr(c, attr, d[field])
            else:
                c = Course(name=course["name"], name_key=key[0], topic=d["topic"], organiser=d.get("organiser"),
                           start_date=key[1], end_date=d.get("end") or key[1], hours=d.get("hours"),
                           mode=d.get("mode") or TRAINING_MODE.default, import_batch_id=batch_id)
                s.add(c)
            s.flush()
            ids[key] = c.id
        new_rows = []
        for i, r in enumerate(run.records, start=1):
            cid = ids[r["course"]]
            aid = attended.get((cid, r["staff_id"]))
            if aid is None:
                new_rows.append({"course_id": cid, "staff_id": r["staff_id"], "result": r["result"],
                                 "certificate": r["certificate"], "notes": r["notes"], "import_batch_id": batch_id})
            else:
                a = s.get(Attendance, aid)
                a.result, a.import_batch_id = r["result"], batch_id
                a.certificate = r["certificate"] or a.certificate
                a.notes = r["notes"] or a.notes
            if progress and i % 500 == 0:
                progress(i, len(run.records))
        if new_rows:
            s.execute(insert(Attendance), new_rows)


def _show(field: str, value):
    """A course's detail as the rows give it: a date as such (the message formats it), a code by its label."""
    if isinstance(value, date):
        return value
    if field == "topic":
        return TRAINING_TOPIC.label(value)
    if field == "mode":
        return TRAINING_MODE.label(value)
    return str(value)
