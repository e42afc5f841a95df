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
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from core.db import transaction
from core.formatting import fold
from core.imports import ImportResult, register
from core.messages import Problem, problem
from core.imports.reader import CellError, Column, ImportFailed, RowError, day, find_header, iter_rows, parse_rows, text
from core.imports.tasks import StaffMatcher
from core.models import Attendance, Course, ImportBatch
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

_DETAILS = ("topic", "organiser", "end", "hours", "mode")


@register("training")
def import_training(db, path, user: str | None = None, progress=None) -> ImportResult:
    path = Path(path)
    rows = iter_rows(path)
    header, rows = find_header(rows, COLUMNS)

    def label(key: str) -> str:
        if key in header.labels:
            return header.labels[key]
        return next(c.label for c in COLUMNS if c.key == key)

    errors: list[RowError] = []
    with transaction(db.sessions) as s:
        staff = StaffMatcher(s)
        known = {(key, start): cid for cid, key, start in s.execute(
            select(Course.id, Course.name_key, Course.start_date))}
        # course key → (first row, name, details given so far: field → (value, row))
        courses: dict[tuple[str, date], dict] = {}
        seen: dict[tuple[tuple[str, date], int], int] = {}
        records: list[dict] = []

        for row_no, v in parse_rows(rows, header, errors):
            bad = len(errors)

            def err(key: str, code: str | Problem, **params) -> None:
                p = code if isinstance(code, Problem) else problem(code, **params)
                errors.append(p.at(row_no, label(key)))

            details: dict[str, Any] = {}
            if v.get("topic"):
                details["topic"] = TRAINING_TOPIC.parse(v["topic"])
                if details["topic"] is None:
                    err("topic", "import.not_topic", value=v["topic"], choices=[t.vi for t in TRAINING_TOPIC.terms])
            if v.get("mode"):
                details["mode"] = TRAINING_MODE.parse(v["mode"])
                if details["mode"] is None:
                    err("mode", "import.not_mode", value=v["mode"], choices=[t.vi for t in TRAINING_MODE.terms])
            for key in ("organiser", "end", "hours"):
                if v.get(key) is not None:
                    details[key] = v[key]
            start = v["start"]
            if details.get("end") is not None and details["end"] < start:
                err("end", "training.before_start", value=start)
            result = TRAINING_RESULT.parse(v["result"])
            if result is None:
                err("result", "import.not_result", value=v["result"], choices=[t.vi for t in TRAINING_RESULT.terms])
            sid, refusal = staff.find(v["name"], start, v.get("code"))
            if refusal:
                err("code" if v.get("code") else "name", refusal)

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
                    err(field, "training.differs", first=first[1], value=_show(field, first[0]))
            if sid is not None:
                first_row = seen.get((key, sid))
                if first_row is not None:
                    err("name", "training.listed_twice", value=v["name"], first=first_row)
                else:
                    seen[(key, sid)] = row_no
            if len(errors) > bad:
                continue
            records.append({"course": key, "staff_id": sid, "result": result,
                            "certificate": v.get("certificate"), "notes": v.get("notes")})

        for key, course in courses.items():
            if key not in known and "topic" not in course["details"]:
                errors.append(RowError(course["row"], label("topic"), "training.topic_for_new", course=course["name"]))
        if errors:
            errors.sort(key=lambda e: e.row)
            raise ImportFailed(errors)
        if not records:
            raise ImportFailed("import.no_rows.training", name=path.name, header=header.row)

        batch_id = s.execute(insert(ImportBatch).values(kind="training", file_name=path.name, user_name=user,
                                                        inserted=0, updated=0)).inserted_primary_key[0]
        ids: dict[tuple[str, date], int] = {}
        for key, course in courses.items():
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
        attended = {(cid, sid): aid for aid, cid, sid in s.execute(
            select(Attendance.id, Attendance.course_id, Attendance.staff_id)
            .where(Attendance.course_id.in_(list(ids.values()))))}
        inserted = updated = 0
        new_rows = []
        for i, r in enumerate(records, start=1):
            cid = ids[r["course"]]
            aid = attended.get((cid, r["staff_id"]))
            if aid is None:
                new_rows.append({"course_id": cid, "staff_id": r["staff_id"], "result": r["result"],
                                 "certificate": r["certificate"], "notes": r["notes"], "import_batch_id": batch_id})
                inserted += 1
            else:
                a = s.get(Attendance, aid)
                a.result, a.import_batch_id = r["result"], batch_id
                a.certificate = r["certificate"] or a.certificate
                a.notes = r["notes"] or a.notes
                updated += 1
            if progress and i % 500 == 0:
                progress(i, len(records))
        if new_rows:
            s.execute(insert(Attendance), new_rows)
        s.execute(ImportBatch.__table__.update().where(ImportBatch.id == batch_id)
                  .values(inserted=inserted, updated=updated))
        return ImportResult("training", inserted=inserted, updated=updated)


def _show(field: str, value):
    """A course's detail as the rows give it: a date as such (the message formats it), a code by its label."""
    if isinstance(value, date):
        return value
    if field == "topic":
        return TRAINING_TOPIC.label(value)
    if field == "mode":
        return TRAINING_MODE.label(value)
    return str(value)
