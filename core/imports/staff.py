"""`import staff FILE` and `import staffing FILE` (columns in interfaces.md).

Staff: a row matches an existing person by staff code, else (no code in the row, or a code not yet
known and a person without a code) by name and birth date; a matched person is updated with the
columns the file has (columns it lacks keep their values), a new one is added with a main
assignment in the row's department from the start date. A re-import describes each person's
*current* post: a different department or job position corrects the latest main assignment in place
(a dated transfer is recorded with core.staff.move_staff, the window's "move" action).
Departments are matched by name (case and diacritics ignored) and added when unknown.

Staffing: one plan row per department and specialty; an imported row sets that row's quota (rows
of the plan missing from the file stay as they are).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from core import lengths
from core import staff as S
from core.formatting import fold, nfc
from core.imports import register
from core.imports.base import Importer, Run
from core.imports.reader import CellError, Column, RowError, day, text, whole_number
from core.models import Assignment, Department, Staff, StaffingQuota

BATCH = 500


def _digits_text(pad_to: int):
    """Digits that lost their leading zeros in a number cell or a CSV saved by Excel (CCCD 001…,
    phone 09…), with them put back."""
    def parse(v: Any) -> str | None:
        value = text(v)
        if value is not None and value.isdigit():
            if pad_to == 12 and len(value) in (10, 11):
                value = value.zfill(12)
            elif pad_to == 10 and len(value) == 9:
                value = "0" + value
        return value
    return parse


def _birth_day(v: Any) -> date | None:
    """A birth date; a bare year (common in old rosters) is refused with a clear message."""
    if isinstance(v, (int, float)) and not isinstance(v, bool) and 1900 <= v <= 2100:
        raise CellError("staff.year_not_date", value=text(v))
    return day(v)


STAFF_COLUMNS = [
    Column("full_name", ("Họ và tên", "name", "ho ten", "full name", "ho va ten can bo", "ten can bo"),
           required=True),
    Column("code", ("Mã cán bộ", "staff code", "code", "ma can bo", "ma cbcc", "ma nhan vien", "ma so")),
    Column("birth_date", ("Ngày sinh", "birth date", "date of birth", "ngay thang nam sinh"), parse=_birth_day),
    Column("sex", ("Giới tính", "sex", "gender")),
    Column("category", ("Loại", "category", "loai can bo", "phan loai", "doi tuong"), required=True),
    Column("title", ("Chức vụ", "title", "chuc danh")),
    Column("department", ("Đơn vị", "department", "phong ban", "don vi cong tac", "co quan, don vi"),
           required=True),
    Column("job_position", ("Vị trí việc làm", "job position", "vi tri", "vtvl")),
    Column("specialty", ("Chuyên môn", "specialty", "chuyen nganh", "nganh dao tao")),
    Column("qualification", ("Trình độ", "qualification", "trinh do chuyen mon", "trinh do dao tao")),
    Column("origin", ("Nguồn", "origin", "nguon can bo", "nguon goc")),
    Column("start_date", ("Ngày nhận nhiệm vụ", "start date", "ngay bat dau", "ngay nhan viec",
                          "ngay bat dau cong tac"), parse=day),
    Column("end_date", ("Ngày thôi việc", "end date", "ngay nghi viec", "ngay ket thuc"), parse=day),
    # Beyond the contract's columns (accepted when present):
    Column("id_number", ("Số CCCD", "id number", "cccd", "so dinh danh", "so cmnd/cccd", "cmnd/cccd",
                         "can cuoc cong dan"), parse=_digits_text(12)),
    Column("phone", ("Số điện thoại", "phone", "dien thoai", "sdt"), parse=_digits_text(10)),
    Column("duties", ("Lĩnh vực phụ trách", "duties", "linh vuc xu ly", "linh vuc thu ly")),
    Column("decision_number", ("Số quyết định", "decision", "quyet dinh", "so qd")),
    Column("decision_date", ("Ngày quyết định", "decision date", "ngay qd"), parse=day),
    Column("notes", ("Ghi chú", "notes", "note")),
    Column("no", ("STT", "no.", "no", "tt", "so thu tu"), ignored=True),
]

STAFFING_COLUMNS = [
    Column("department", ("Đơn vị", "department", "phong ban", "don vi cong tac"), required=True),
    Column("specialty", ("Chuyên môn", "specialty", "chuyen nganh", "linh vuc chuyen mon"), required=True),
    Column("quota", ("Định biên", "quota", "so luong dinh bien", "bien che", "chi tieu"), required=True,
           parse=whole_number),
    Column("no", ("STT", "no.", "no", "tt", "so thu tu"), ignored=True),
]

# Text no longer than the database keeps (core.lengths: the columns' own lengths).
lengths.declare(STAFF_COLUMNS, {"full_name": Staff.full_name, "code": Staff.code, "title": Staff.title,
                                "department": Department.name, "job_position": Assignment.job_position,
                                "specialty": Staff.specialty, "qualification": Staff.qualification,
                                "id_number": Staff.id_number, "phone": Staff.phone,
                                "decision_number": Staff.decision_number})
lengths.declare(STAFFING_COLUMNS, {"department": Department.name, "specialty": StaffingQuota.specialty})
# Person fields a staff row may set (keys of STAFF_COLUMNS that are Person fields).
_PERSON_KEYS = [c.key for c in STAFF_COLUMNS if c.key in S.PERSON_FIELDS]


@register("staff")
class StaffImport(Importer):
    kind = "staff"
    columns = STAFF_COLUMNS

    def checker(self, run: Run):
        s, errors, label, today = run.session, run.errors, run.label, run.today
        present = set(run.header.labels)
        by_code = {code: sid for sid, code in s.execute(select(Staff.id, Staff.code).where(Staff.code.is_not(None)))}
        by_name: dict[tuple[str, date | None], list[tuple[int, str | None]]] = {}
        for sid, key, birth, code in s.execute(select(Staff.id, Staff.name_key, Staff.birth_date, Staff.code)):
            by_name.setdefault((key, birth), []).append((sid, code))
        seen_codes: dict[str, int] = {}
        seen_people: dict[tuple, int] = {}
        matched: dict[int, int] = {}  # existing staff id → row

        def check(row_no: int, v: dict):
            bad = len(errors)
            person = S.Person(**{k: v.get(k) for k in _PERSON_KEYS})
            person.full_name, code = S.clean_name(person.full_name), nfc(person.code) or None
            name_key = fold(person.full_name)
            if code:
                first = seen_codes.get(code)
                if first is not None:
                    errors.append(RowError(row_no, label("code"), "import.repeated", value=code, first=first))
                else:
                    seen_codes[code] = row_no
            elif person.full_name:
                first = seen_people.get((name_key, person.birth_date))
                if first is not None:
                    errors.append(RowError(row_no, label("full_name"), "staff.repeated_person", name=person.full_name,
                                           born=person.birth_date, first=first) if person.birth_date else
                                  RowError(row_no, label("full_name"), "staff.repeated_person_no_birth",
                                           name=person.full_name, first=first))
                else:
                    seen_people[(name_key, person.birth_date)] = row_no
            # Which existing person this row updates: by staff code, else by name and birth date.
            sid = by_code.get(code) if code else None
            if sid is None and person.full_name:
                candidates = by_name.get((name_key, person.birth_date), [])
                if code:
                    candidates = [c for c in candidates if c[1] is None]
                if len(candidates) > 1:
                    errors.append(RowError(row_no, label("full_name"), "staff.ambiguous_person",
                                           name=person.full_name, count=len(candidates)))
                elif candidates:
                    sid = candidates[0][0]
            if sid is not None:
                first = matched.get(sid)
                if first is not None:
                    errors.append(RowError(row_no, label("full_name"), "staff.row_updates_same", first=first,
                                           name=person.full_name))
                else:
                    matched[sid] = row_no
                # An update: the file's columns replace the record's, the others are kept; a blank
                # staff code never erases a known one.
                old = S.Person.of(s.get(Staff, sid))
                person = S.Person(**{k: (getattr(person, k) if k in present else getattr(old, k))
                                     for k in S.PERSON_FIELDS})
                person.code = person.code or old.code
            person, problems = S.check_person(person, today)
            for key, p in problems.items():
                errors.append(p.at(row_no, label(key)))
            if len(errors) > bad:
                return None
            extra = {"department": v["department"], "job_position": v.get("job_position"),
                     "duties": S.join_duties(v.get("duties"))}
            return row_no, sid, person, extra

        return check

    def match(self, run: Run) -> tuple[int, int]:
        inserted = sum(1 for r in run.records if r[1] is None)
        return inserted, len(run.records) - inserted

    def write(self, run: Run, batch_id: int) -> None:
        s, progress, present = run.session, run.progress, set(run.header.labels)
        departments = {key: did for did, key in s.execute(select(Department.id, Department.name_key))}
        for _, _, _, extra in run.records:
            key = fold(extra["department"])
            if key not in departments:
                departments[key] = S.add_department(s, extra["department"]).id
        total = len(run.records)
        for i, (row_no, sid, person, extra) in enumerate(run.records, start=1):
            dep_id = departments[fold(extra["department"])]
            if sid is None:
                staff = Staff(import_batch_id=batch_id)
                S.apply_person(staff, person)
                s.add(staff)
                staff.assignments.append(Assignment(
                    department_id=dep_id, kind="main", job_position=extra["job_position"],
                    duties=extra["duties"], start_date=person.start_date, end_date=person.end_date))
            else:
                staff = s.get(Staff, sid)
                old_start, old_end = staff.start_date, staff.end_date
                S.apply_person(staff, person)
                staff.import_batch_id = batch_id
                S.follow_person_dates(staff, old_start, old_end)
                mains = S.sorted_assignments([a for a in staff.assignments if a.kind == "main"])
                if not mains:
                    staff.assignments.append(Assignment(
                        department_id=dep_id, kind="main", job_position=extra["job_position"],
                        duties=extra["duties"], start_date=staff.start_date, end_date=staff.end_date))
                else:
                    latest = mains[-1]
                    latest.department_id = dep_id
                    if "job_position" in present:
                        latest.job_position = extra["job_position"]
                    if "duties" in present:
                        latest.duties = extra["duties"]
            if i % BATCH == 0:
                s.flush()
                if progress:
                    progress(i, total)
        s.flush()
        S.relink_handlers(s)
        if progress:
            progress(total, total)


@register("staffing")
class StaffingImport(Importer):
    kind = "staffing"
    columns = STAFFING_COLUMNS

    def checker(self, run: Run):
        errors, label = run.errors, run.label
        seen: dict[tuple[str, str], int] = {}

        def check(row_no: int, v: dict):
            key = (fold(v["department"]), fold(v["specialty"]))
            first = seen.get(key)
            if first is not None:
                errors.append(RowError(row_no, label("specialty"), "staff.repeated_plan_row", specialty=v["specialty"],
                                       department=v["department"], first=first))
                return None
            seen[key] = row_no
            return v

        return check

    def match(self, run: Run) -> tuple[int, int]:
        """A plan row of the same department and specialty gets the row's quota; the others are new
        (in a department added when unknown)."""
        s = run.session
        departments = run.state["departments"] = {key: did for did, key in s.execute(
            select(Department.id, Department.name_key))}
        existing = run.state["existing"] = {(did, key): qid for qid, did, key in s.execute(
            select(StaffingQuota.id, StaffingQuota.department_id, StaffingQuota.specialty_key))}
        updated = sum(1 for v in run.records
                      if (departments.get(fold(v["department"])), fold(v["specialty"])) in existing)
        return len(run.records) - updated, updated

    def write(self, run: Run, batch_id: int) -> None:
        s, progress = run.session, run.progress
        departments, existing = run.state["departments"], run.state["existing"]
        for i, v in enumerate(run.records, start=1):
            dkey = fold(v["department"])
            if dkey not in departments:
                departments[dkey] = S.add_department(s, v["department"]).id
            dep_id = departments[dkey]
            qid = existing.get((dep_id, fold(v["specialty"])))
            if qid is None:
                s.add(StaffingQuota(department_id=dep_id, specialty=v["specialty"],
                                    specialty_key=fold(v["specialty"]), quota=v["quota"]))
            else:
                row = s.get(StaffingQuota, qid)
                row.quota, row.specialty = v["quota"], v["specialty"]
            if progress and i % BATCH == 0:
                progress(i, len(run.records))
