"""The staff register: departments, people, assignments with history, the staffing plan and its
figures, the return's `staff` section, and the link between dossier handlers and staff.

Date rule (domain.md, Staff figures), for people and assignments alike: current on day T when it
started on or before T (or has no start date) and did not end on or before T. A move on day D ends
the old assignment on D and starts the new one on D, so on D the person is in the new department.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from core import clock
from core import figures_rules as rules, settings
from core.errors import ValidationError, get_or_not_found
from core.formatting import fmt_date, fold, nfc
from core.messages import Problem, problem
from core.models import Assignment, Commune, Department, Dossier, Staff, StaffingQuota
from core.vocab import SEX, STAFF_CATEGORY, STAFF_ORIGIN
from core.collation import sort_key

# ---------------------------------------------------------------- departments
# The offices of a commune People's Committee (Nghị định 150/2025/NĐ-CP; domain.md), in display order.
SEED_DEPARTMENTS = ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
                    "Trung tâm Phục vụ hành chính công")
WARD_ECONOMY_OFFICE = "Phòng Kinh tế, Hạ tầng và Đô thị"
_SEEDED_SETTING = "staff.departments_seeded"


def is_ward(commune_name: str | None) -> bool:
    return fold(commune_name).startswith("phuong ")


def seed_departments(session: Session) -> int:
    """Add the commune's offices once (a ward gets the Economy, Infrastructure and Urban office).
    Runs on every `init` (core.commune.init_database) but seeds only the first time: later renames
    and removals are the office's."""
    if settings.get(session, _SEEDED_SETTING):
        return 0
    commune = session.scalar(select(Commune))
    names = [WARD_ECONOMY_OFFICE if (n == "Phòng Kinh tế" and commune is not None and is_ward(commune.name))
             else n for n in SEED_DEPARTMENTS]
    known = set(session.scalars(select(Department.name_key)))
    added = 0
    for order, name in enumerate(names, start=1):
        if fold(name) not in known:
            session.add(Department(name=name, name_key=fold(name), active=True, sort_order=order * 10))
            added += 1
    settings.put(session, _SEEDED_SETTING, True)
    return added


def list_departments(session: Session, active_only: bool = False) -> list[Department]:
    stmt = select(Department).order_by(Department.sort_order, Department.name_key)
    if active_only:
        stmt = stmt.where(Department.active.is_(True))
    # The office's own order first, then Vietnamese order (a commune has a dozen offices: sorted here).
    return sorted(session.scalars(stmt), key=lambda d: (d.sort_order, sort_key(d.name), d.id))


def _clean_department_name(session: Session, name: str | None, department_id: int | None = None) -> str:
    name = nfc(name)
    if not name:
        raise ValidationError({"name": problem("staff.department_name_required")})
    other = session.scalar(select(Department).where(Department.name_key == fold(name)))
    if other is not None and other.id != department_id:
        raise ValidationError({"name": problem("staff.department_exists", name=other.name)})
    return name


def add_department(session: Session, name: str, sort_order: int | None = None) -> Department:
    name = _clean_department_name(session, name)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(Department.sort_order))) or 0) + 10
    d = Department(name=name, name_key=fold(name), active=True, sort_order=sort_order)
    session.add(d)
    session.flush()
    return d


def rename_department(session: Session, department_id: int, name: str) -> Department:
    d = _get(session, Department, department_id, "department")
    d.name = _clean_department_name(session, name, department_id)
    d.name_key = fold(d.name)
    session.flush()
    return d


def set_department_active(session: Session, department_id: int, active: bool) -> Department:
    d = _get(session, Department, department_id, "department")
    d.active = bool(active)
    session.flush()
    return d


def department_for_name(session: Session, name: str, create: bool = True) -> Department | None:
    """The department whose folded name matches; a new one when `create` (imports add unknown offices)."""
    name = nfc(name)
    d = session.scalar(select(Department).where(Department.name_key == fold(name)))
    if d is None and create and name:
        d = add_department(session, name)
    return d


def _get(session: Session, model, obj_id, what: str):
    return get_or_not_found(session, model, obj_id, what)


# ---------------------------------------------------------------- in post
def in_post_condition(day: date):
    """In post on `day`: started on or before it (or no start date) and not ended on or before it."""
    return (or_(Staff.start_date.is_(None), Staff.start_date <= day),
            or_(Staff.end_date.is_(None), Staff.end_date > day))


def handlers_in_post(session: Session, day: date) -> list[tuple[int, str]]:
    """(id, name) of the staff in post on `day`, by name: the choices for a dossier's handler."""
    return sorted(((sid, name) for sid, name in session.execute(
        select(Staff.id, Staff.full_name).where(*in_post_condition(day)))), key=lambda r: (sort_key(r[1]), r[0]))


def covers(start: date | None, end: date | None, day: date) -> bool:
    """The date rule in Python: started on or before `day` (or no start) and not ended on or before it."""
    return (start is None or start <= day) and (end is None or end > day)


# ---------------------------------------------------------------- people
ID_NUMBER_RE = re.compile(r"^(\d{12}|\d{9})$")
PHONE_RE = re.compile(r"^(\+?84|0)\d{9,10}$")

@dataclass
class Person:
    """A person's own record (what the form edits and a staff workbook row holds). Dates are dates;
    category, sex and origin are codes of core.vocab (labels are accepted and turned into codes)."""

    full_name: str | None = None
    code: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    id_number: str | None = None
    phone: str | None = None
    category: str | None = None
    title: str | None = None
    qualification: str | None = None
    specialty: str | None = None
    origin: str | None = None
    decision_number: str | None = None
    decision_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    notes: str | None = None

    @classmethod
    def of(cls, staff: Staff) -> "Person":
        return cls(**{f.name: getattr(staff, f.name) for f in fields(cls)})


PERSON_FIELDS = tuple(f.name for f in fields(Person))
_TEXT_FIELDS = ("full_name", "code", "id_number", "phone", "title", "qualification", "specialty",
                "decision_number", "notes")


def normalise_phone(phone: str | None) -> str | None:
    return re.sub(r"[\s.\-()]", "", phone) if phone else phone


def clean_name(name: str | None) -> str | None:
    """NFC, trimmed, inner runs of spaces collapsed: 'Nguyễn  Văn An ' → 'Nguyễn Văn An'."""
    name = nfc(name)
    return re.sub(r"\s+", " ", name) if name else None


def check_person(p: Person, today: date | None = None) -> tuple[Person, dict[str, Problem]]:
    """The person cleaned (NFC text, codes for labels) and its field problems; no database access."""
    today = today or clock.today()
    p = replace(p, **{k: (nfc(getattr(p, k)) or None) for k in _TEXT_FIELDS})
    p.full_name = clean_name(p.full_name)
    problems: dict[str, Problem] = {}
    if not p.full_name:
        problems["full_name"] = problem("required")
    if not p.category:
        problems["category"] = problem("required")
    else:
        code = p.category if p.category in STAFF_CATEGORY else STAFF_CATEGORY.parse(p.category)
        if code is None:
            problems["category"] = problem("staff.unknown_category", value=p.category)
        p.category = code or p.category
    for name, vocab, unknown in (("sex", SEX, "staff.unknown_sex"), ("origin", STAFF_ORIGIN, "staff.unknown_origin")):
        value = nfc(getattr(p, name)) or None
        if value is not None:
            code = value if value in vocab else vocab.parse(value)
            if code is None:
                problems[name] = problem(unknown, value=value)
            value = code or value
        setattr(p, name, value)
    if p.birth_date is not None:
        if p.birth_date > today:
            problems["birth_date"] = problem("future")
        elif p.start_date is not None and p.birth_date >= p.start_date:
            problems["birth_date"] = problem("staff.birth_after_start")
    if p.start_date and p.end_date and p.end_date < p.start_date:
        problems["end_date"] = problem("staff.end_before_start")
    if p.id_number and not ID_NUMBER_RE.match(p.id_number):
        problems["id_number"] = problem("staff.id_number")
    if p.phone and not PHONE_RE.match(normalise_phone(p.phone)):
        problems["phone"] = problem("staff.phone")
    return p, problems


def _check_code(session: Session, code: str | None, staff_id: int | None, problems: dict) -> None:
    if not code:
        return
    other = session.scalar(select(Staff).where(Staff.code == code))
    if other is not None and other.id != staff_id:
        problems["code"] = problem("staff.code_taken", value=code, name=other.full_name)


def apply_person(staff: Staff, p: Person) -> None:
    for name in PERSON_FIELDS:
        setattr(staff, name, getattr(p, name))
    staff.name_key = fold(p.full_name)
    staff.specialty_key = fold(p.specialty) or None
    staff.search_key = staff_search_key(p.full_name, p.code, p.phone)


def staff_search_key(name, code, phone) -> str:
    """Folded name, code and phone (the ID number is searched in its own column: it may be masked)."""
    return " ".join(x for x in (fold(name), fold(code), normalise_phone(phone) or "") if x)


def get_staff(session: Session, staff_id: int) -> Staff:
    return _get(session, Staff, staff_id, "staff_member")


def add_staff(session: Session, person: Person, department_id: int | None, *, job_position: str | None = None,
              duties: str | list[str] | None = None, today: date | None = None) -> Staff:
    """A new person with a main assignment in `department_id` from their start date."""
    p, problems = check_person(person, today)
    _check_code(session, p.code, None, problems)
    if department_id is None or session.get(Department, department_id) is None:
        problems["department"] = problem("unknown_department")
    if problems:
        raise ValidationError(problems)
    staff = Staff()
    apply_person(staff, p)
    session.add(staff)
    session.flush()
    session.add(Assignment(staff_id=staff.id, department_id=department_id, kind="main",
                           job_position=nfc(job_position) or None, duties=join_duties(duties),
                           start_date=p.start_date, end_date=p.end_date))
    session.flush()
    return staff


def update_staff(session: Session, staff_id: int, person: Person, today: date | None = None) -> Staff:
    """Edit a person's own record. Their assignments follow a changed start or end date: the first
    main assignment starts with the person, and open assignments close on the person's end date."""
    staff = get_staff(session, staff_id)
    p, problems = check_person(person, today)
    if "id_number" in problems and p.id_number == staff.id_number:
        # Unchanged: also the masked '********4567' a user without the right to see ID numbers
        # gets back from the form (core.auth masks it on load; an unchanged value is not written).
        del problems["id_number"]
    _check_code(session, p.code, staff_id, problems)
    if problems:
        raise ValidationError(problems)
    old_start, old_end = staff.start_date, staff.end_date
    apply_person(staff, p)
    follow_person_dates(staff, old_start, old_end)
    session.flush()
    return staff


def follow_person_dates(staff: Staff, old_start: date | None, old_end: date | None) -> None:
    mains = sorted_assignments([a for a in staff.assignments if a.kind == "main"])
    if mains and staff.start_date != old_start and mains[0].start_date == old_start:
        first = mains[0]
        if staff.start_date is None or first.end_date is None or staff.start_date < first.end_date:
            first.start_date = staff.start_date
    if staff.end_date != old_end:
        for a in staff.assignments:
            if old_end is not None and a.end_date == old_end:
                a.end_date = None  # reopened, then closed again below if the person still ends
            if staff.end_date is not None and (a.end_date is None or a.end_date > staff.end_date) \
                    and (a.start_date is None or a.start_date < staff.end_date):
                a.end_date = staff.end_date


def delete_staff(session: Session, staff_id: int) -> None:
    """Remove a person entered by mistake (their dossiers keep the handler's name)."""
    session.delete(get_staff(session, staff_id))
    session.flush()


# ---------------------------------------------------------------- assignments
def join_duties(duties: str | list[str] | tuple | None) -> str | None:
    """Dossier fields handled, stored as 'Hộ tịch; Chứng thực' (a list or ';'/','-separated text)."""
    if duties is None:
        return None
    parts = [duties] if isinstance(duties, str) else list(duties)
    items = [item for part in parts for item in re.split(r"[;,\n]", part or "")]
    seen, out = set(), []
    for item in items:
        item = nfc(item)
        if item and fold(item) not in seen:
            seen.add(fold(item))
            out.append(item)
    return "; ".join(out) or None


def split_duties(duties: str | None) -> list[str]:
    return [x for x in (nfc(d) for d in (duties or "").split(";")) if x]


def sorted_assignments(items) -> list[Assignment]:
    """By start date (no start date first), then by id."""
    return sorted(items, key=lambda a: (a.start_date is not None, a.start_date or date.min, a.id or 0))


def assignment_history(session: Session, staff_id: int) -> list[Assignment]:
    """Every assignment of a person, main and concurrent, oldest first."""
    return sorted_assignments(session.scalars(select(Assignment).where(Assignment.staff_id == staff_id)))


def current_assignment(session: Session, staff_id: int, day: date, kind: str = "main") -> Assignment | None:
    """The person's assignment of `kind` current on `day` (for "main", at most one by construction)."""
    current = [a for a in assignment_history(session, staff_id)
               if a.kind == kind and covers(a.start_date, a.end_date, day)]
    return current[-1] if current else None


def current_assignments(session: Session, staff_id: int, day: date) -> list[Assignment]:
    """Main first, then concurrent ones, current on `day`."""
    items = [a for a in assignment_history(session, staff_id) if covers(a.start_date, a.end_date, day)]
    return sorted(items, key=lambda a: a.kind != "main")


def move_staff(session: Session, staff_id: int, department_id: int, on: date, *,
               job_position: str | None = None, duties: str | list[str] | None = None,
               decision_number: str | None = None, note: str | None = None) -> Assignment:
    """Transfer to another department (or position) from `on`: the main assignment current on `on`
    ends on `on` and a new main assignment starts on `on`."""
    staff = get_staff(session, staff_id)
    problems: dict[str, Problem] = {}
    if department_id is None or session.get(Department, department_id) is None:
        problems["department"] = problem("unknown_department")
    if on is None:
        problems["on"] = problem("required")
    if problems:
        raise ValidationError(problems)
    if not covers(staff.start_date, staff.end_date, on):
        raise ValidationError({"on": problem("staff.not_in_post", value=on)})
    mains = sorted_assignments([a for a in staff.assignments if a.kind == "main"])
    later = [a for a in mains if a.start_date is not None and a.start_date > on]
    if later:
        raise ValidationError({"on": problem("staff.later_assignment", value=later[0].start_date)})
    current = [a for a in mains if covers(a.start_date, a.end_date, on)]
    cur = current[-1] if current else None
    job_position = nfc(job_position) or None
    if cur is not None:
        if cur.start_date is not None and on <= cur.start_date:
            raise ValidationError({"on": problem("staff.date_order", value=cur.start_date)})
        if cur.department_id == department_id and (job_position is None or job_position == cur.job_position):
            raise ValidationError({"department": problem("staff.same_post")})
        end = cur.end_date
        cur.end_date = on
    else:
        end = staff.end_date
    new = Assignment(staff_id=staff.id, department_id=department_id, kind="main", job_position=job_position,
                     duties=join_duties(duties), start_date=on, end_date=end,
                     decision_number=nfc(decision_number) or None, note=nfc(note) or None)
    staff.assignments.append(new)
    session.flush()
    return new


def add_concurrent(session: Session, staff_id: int, department_id: int, start: date | None, *,
                   end: date | None = None, job_position: str | None = None,
                   duties: str | list[str] | None = None, decision_number: str | None = None,
                   note: str | None = None) -> Assignment:
    """A concurrent post (kiêm nhiệm) beside the main one; it never makes the person count twice."""
    staff = get_staff(session, staff_id)
    problems: dict[str, Problem] = {}
    if department_id is None or session.get(Department, department_id) is None:
        problems["department"] = problem("unknown_department")
    if start and end and end <= start:
        problems["end_date"] = problem("staff.date_order", value=start)
    if problems:
        raise ValidationError(problems)
    if staff.end_date is not None and (end is None or end > staff.end_date):
        end = staff.end_date
    a = Assignment(staff_id=staff.id, department_id=department_id, kind="concurrent",
                   job_position=nfc(job_position) or None, duties=join_duties(duties), start_date=start,
                   end_date=end, decision_number=nfc(decision_number) or None, note=nfc(note) or None)
    staff.assignments.append(a)
    session.flush()
    return a


def end_assignment(session: Session, assignment_id: int, on: date) -> Assignment:
    """End a (concurrent) assignment on `on`, the first day it no longer applies."""
    a = _get(session, Assignment, assignment_id, "assignment")
    if a.start_date is not None and on <= a.start_date:
        raise ValidationError({"end_date": problem("staff.date_order", value=a.start_date)})
    a.end_date = on
    session.flush()
    return a


def update_assignment(session: Session, assignment_id: int, *, job_position: str | None = None,
                      duties: str | list[str] | None = None, decision_number: str | None = None,
                      note: str | None = None, department_id: int | None = None) -> Assignment:
    """Correct an assignment's details (not its dates: a transfer is a move)."""
    a = _get(session, Assignment, assignment_id, "assignment")
    if department_id is not None:
        if session.get(Department, department_id) is None:
            raise ValidationError({"department": problem("unknown_department")})
        a.department_id = department_id
    a.job_position = nfc(job_position) or None
    a.duties = join_duties(duties)
    a.decision_number = nfc(decision_number) or None
    a.note = nfc(note) or None
    session.flush()
    return a


def delete_assignment(session: Session, assignment_id: int) -> None:
    """Undo an assignment entered by mistake. The last main assignment can be removed only when an
    earlier one exists, which then runs on to where the removed one ended (an undone move)."""
    a = _get(session, Assignment, assignment_id, "assignment")
    if a.kind == "main":
        mains = sorted_assignments([m for m in a.staff.assignments if m.kind == "main"])
        if len(mains) < 2 or mains[-1] is not a:
            raise ValidationError({"assignment": problem("staff.last_main_post")})
        mains[-2].end_date = a.end_date
    a.staff.assignments.remove(a)
    session.delete(a)
    session.flush()


@dataclass
class Post:
    """Where a person is on a day: the main department and position (and the assignment's id)."""

    assignment_id: int | None
    department_id: int | None
    department: str | None
    job_position: str | None


def main_posts_on(session: Session, day: date, staff_ids=None) -> dict[int, Post]:
    """Each person's main department on `day`: the main assignment current on that day. Should the
    record have a gap (no main assignment covers the day), the nearest one counts: the last one started
    on or before the day, else the first. A person therefore always has one department, never two."""
    stmt = (select(Assignment.id, Assignment.staff_id, Assignment.department_id, Department.name,
                   Assignment.job_position, Assignment.start_date, Assignment.end_date)
            .join(Department, Department.id == Assignment.department_id)
            .where(Assignment.kind == "main"))
    if staff_ids is not None:
        stmt = stmt.where(Assignment.staff_id.in_(list(staff_ids)))
    best: dict[int, tuple[tuple, Post]] = {}
    for aid, sid, dep_id, dep_name, position, start, end in session.execute(stmt):
        started = start is None or start <= day
        rank = (covers(start, end, day), started,
                (start or date.min) if started else date.max - (start - date.min), aid)
        if sid not in best or rank > best[sid][0]:
            best[sid] = (rank, Post(aid, dep_id, dep_name, position))
    return {sid: post for sid, (_, post) in best.items()}


def concurrent_posts_on(session: Session, day: date) -> dict[int, list[Post]]:
    out: dict[int, list[Post]] = {}
    for aid, sid, dep_id, dep_name, position, start, end in session.execute(
            select(Assignment.id, Assignment.staff_id, Assignment.department_id, Department.name,
                   Assignment.job_position, Assignment.start_date, Assignment.end_date)
            .join(Department, Department.id == Assignment.department_id)
            .where(Assignment.kind == "concurrent").order_by(Assignment.id)):
        if covers(start, end, day):
            out.setdefault(sid, []).append(Post(aid, dep_id, dep_name, position))
    return out


# ---------------------------------------------------------------- the list
@dataclass
class StaffFilter:
    search: str | None = None  # words starting a name, staff code, phone or ID number; no diacritics
    department_id: int | None = None  # main department on `day`
    category: str | None = None
    specialty: str | None = None  # folded comparison
    origin: str | None = None
    in_post_on: date | None = None  # only people in post on that day
    day: date | None = None  # whose departments are shown; default in_post_on, else today


@dataclass
class StaffRow:
    id: int
    code: str | None
    full_name: str
    birth_date: date | None
    sex: str | None
    category: str
    title: str | None
    qualification: str | None
    specialty: str | None
    origin: str | None
    phone: str | None
    start_date: date | None
    end_date: date | None
    department_id: int | None
    department: str | None
    job_position: str | None
    concurrent: list[str] = field(default_factory=list)  # departments of concurrent posts on the day
    in_post: bool = True


def list_staff(session: Session, flt: StaffFilter | None = None) -> list[StaffRow]:
    """The people matching the filter, by name, with their department on the filter's day."""
    flt = flt or StaffFilter()
    day = flt.day or flt.in_post_on or clock.today()
    stmt = select(Staff).order_by(Staff.name_key, Staff.id)
    if flt.search and fold(flt.search):
        # Every word of the query starts a word of the name, code, phone or ID number.
        for word in fold(flt.search).split():
            stmt = stmt.where(or_(Staff.search_key.startswith(word, autoescape=True),
                                  Staff.search_key.contains(" " + word, autoescape=True),
                                  Staff.id_number.startswith(word, autoescape=True)))
    if flt.category:
        stmt = stmt.where(Staff.category == flt.category)
    if flt.origin:
        stmt = stmt.where(Staff.origin == flt.origin)
    if flt.specialty:
        stmt = stmt.where(Staff.specialty_key == fold(flt.specialty))
    if flt.in_post_on:
        stmt = stmt.where(*in_post_condition(flt.in_post_on))
    # A commune's staff are a few dozen: Vietnamese order in memory (core.collation).
    people = sorted(session.scalars(stmt), key=lambda s: (sort_key(s.full_name), s.id))
    posts = main_posts_on(session, day)
    concurrent = concurrent_posts_on(session, day)
    rows = []
    for s in people:
        post = posts.get(s.id) or Post(None, None, None, None)
        if flt.department_id is not None and post.department_id != flt.department_id:
            continue
        rows.append(StaffRow(
            id=s.id, code=s.code, full_name=s.full_name, birth_date=s.birth_date, sex=s.sex,
            category=s.category, title=s.title, qualification=s.qualification, specialty=s.specialty,
            origin=s.origin, phone=s.phone, start_date=s.start_date, end_date=s.end_date,
            department_id=post.department_id, department=post.department, job_position=post.job_position,
            concurrent=[c.department for c in concurrent.get(s.id, [])],
            in_post=covers(s.start_date, s.end_date, day)))
    return rows


def specialties(session: Session) -> list[str]:
    """Every specialty written in the staff records and the plan, one spelling per folded key."""
    seen: dict[str, str] = {}
    for name in list(session.scalars(select(StaffingQuota.specialty).order_by(StaffingQuota.id))) + \
            list(session.scalars(select(Staff.specialty).where(Staff.specialty.is_not(None)).order_by(Staff.id))):
        seen.setdefault(fold(name), name)
    return sorted(seen.values(), key=sort_key)


# ---------------------------------------------------------------- figures
def _people_in_post(session: Session, day: date) -> list[tuple[int, str, str | None, str | None]]:
    """(id, category, origin, specialty_key) of each person in post on `day`, once each."""
    return [tuple(row) for row in session.execute(
        select(Staff.id, Staff.category, Staff.origin, Staff.specialty_key).where(*in_post_condition(day)))]


@dataclass
class StaffCounts:
    total: int
    by_category: dict[str, int]
    by_origin: dict[str, int]
    by_department: dict[str, int]


def staff_counts(session: Session, day: date) -> StaffCounts:
    """People in post on `day`, by category, origin and main department (only groups with people;
    a person with no origin recorded counts in the total but in no origin)."""
    people = _people_in_post(session, day)
    posts = main_posts_on(session, day, staff_ids=None)
    cat = Counter(c for _, c, _, _ in people)
    org = Counter(o for _, _, o, _ in people if o)
    dep = Counter(posts[i].department for i, _, _, _ in people if i in posts)
    return StaffCounts(
        total=len(people),
        by_category={c: cat[c] for c in STAFF_CATEGORY.codes() if cat[c]}
        | {c: n for c, n in sorted(cat.items()) if c not in STAFF_CATEGORY},
        by_origin={c: org[c] for c in STAFF_ORIGIN.codes() if org[c]}
        | {c: n for c, n in sorted(org.items()) if c not in STAFF_ORIGIN},
        by_department=dict(sorted(dep.items(), key=lambda kv: sort_key(kv[0]))))


@dataclass
class QuotaFigures:
    quota: int = 0
    filled: int = 0
    shortage: int = 0
    surplus: int = 0

    def add(self, other: "QuotaFigures") -> None:
        self.quota += other.quota
        self.filled += other.filled
        self.shortage += other.shortage
        self.surplus += other.surplus

    def to_json(self) -> dict:
        return {"quota": self.quota, "filled": self.filled, "shortage": self.shortage}


@dataclass
class QuotaRow(QuotaFigures):
    id: int = 0
    department_id: int = 0
    department: str = ""
    specialty: str = ""


@dataclass
class StaffingFigures:
    day: date
    rows: list[QuotaRow]
    total: QuotaFigures
    by_specialty: dict[str, QuotaFigures]
    by_department: dict[str, QuotaFigures]


def staffing_figures(session: Session, day: date) -> StaffingFigures:
    """The plan against the people in post on `day`: for each row, filled = people in post whose main
    department is the row's and whose specialty is the row's (case and diacritics ignored);
    shortage = max(quota − filled, 0), surplus = max(filled − quota, 0); totals sum the rows."""
    people = _people_in_post(session, day)
    posts = main_posts_on(session, day)
    have = Counter((posts[i].department_id, key) for i, _, _, key in people if i in posts and key)
    rows: list[QuotaRow] = []
    for q in session.scalars(select(StaffingQuota).join(Department)
                             .order_by(Department.sort_order, Department.name_key, StaffingQuota.specialty_key)):
        filled = have[(q.department_id, q.specialty_key)]
        rows.append(QuotaRow(quota=q.quota, filled=filled, shortage=max(q.quota - filled, 0),
                             surplus=max(filled - q.quota, 0), id=q.id, department_id=q.department_id,
                             department=q.department.name, specialty=q.specialty))
    total = QuotaFigures()
    by_specialty: dict[str, QuotaFigures] = {}
    by_department: dict[str, QuotaFigures] = {}
    names: dict[str, str] = {}  # folded specialty → the first spelling in the plan
    for r in sorted(rows, key=lambda r: r.id):
        names.setdefault(fold(r.specialty), r.specialty)
    for r in rows:
        total.add(r)
        by_specialty.setdefault(names[fold(r.specialty)], QuotaFigures()).add(r)
        by_department.setdefault(r.department, QuotaFigures()).add(r)
    return StaffingFigures(day, rows, total, dict(sorted(by_specialty.items(), key=lambda kv: sort_key(kv[0]))),
                           by_department)


def return_section(session: Session, period) -> dict:
    """The return's `staff` section (interfaces.md): everything on the period's last day."""
    day = period.end
    counts = staff_counts(session, day)
    plan = staffing_figures(session, day)
    return {"total": counts.total, "by_category": counts.by_category, "by_origin": counts.by_origin,
            "by_department": counts.by_department,
            "staffing": {**plan.total.to_json(),
                         "by_specialty": {k: v.to_json() for k, v in plan.by_specialty.items()}}}


def return_details(session: Session, period) -> list:
    """The lists the return's workbook and PDF print under the staff figures (core.returns_lists
    DetailTable): the plan row by row, and the people in post on the period's last day."""
    from core.returns_lists import DetailTable

    day = period.end
    plan = staffing_figures(session, day)
    posts = main_posts_on(session, day)
    people = session.execute(select(Staff.id, Staff.full_name, Staff.code, Staff.category, Staff.specialty,
                                    Staff.origin, Staff.start_date)
                             .where(*in_post_condition(day)).order_by(Staff.name_key, Staff.id)).all()
    order = {d.name: i for i, d in enumerate(list_departments(session))}
    people = sorted(people, key=lambda p: (order.get(posts[p.id].department if p.id in posts else "", 999),
                                           sort_key(p.full_name)))
    return [
        DetailTable(
            title=f"Định biên và thiếu hụt theo đơn vị, chuyên môn (ngày {fmt_date(day)})",
            columns=[("Đơn vị", "text"), ("Chuyên môn", "text"), ("Định biên", "int"), ("Hiện có", "int"),
                     ("Thiếu", "int"), ("Thừa", "int")],
            rows=[[r.department, r.specialty, r.quota, r.filled, r.shortage, r.surplus] for r in plan.rows]),
        DetailTable(
            title=f"Cán bộ, công chức, viên chức, người lao động đang công tác ngày {fmt_date(day)}",
            columns=[("Họ và tên", "text"), ("Mã cán bộ", "id"), ("Loại", "text"), ("Đơn vị", "text"),
                     ("Vị trí việc làm", "text"), ("Chuyên môn", "text"), ("Nguồn", "text"),
                     ("Ngày nhận nhiệm vụ", "date")],
            rows=[[p.full_name, p.code, STAFF_CATEGORY.label(p.category),
                   posts[p.id].department if p.id in posts else None,
                   posts[p.id].job_position if p.id in posts else None, p.specialty,
                   STAFF_ORIGIN.label(p.origin) or None, p.start_date] for p in people]),
    ]


# ---------------------------------------------------------------- the staffing plan
def _check_quota(value) -> tuple[int | None, dict]:
    try:
        n = int(value)
        if n != value and not isinstance(value, str):
            raise ValueError
    except (TypeError, ValueError):
        return None, {"quota": problem("staff.quota")}
    return (n, {}) if n >= 0 else (None, {"quota": problem("staff.quota")})


def set_quota(session: Session, department_id: int, specialty: str, quota: int) -> StaffingQuota:
    """Add a plan row, or change the quota of the row for that department and specialty."""
    specialty = nfc(specialty)
    n, problems = _check_quota(quota)
    if not specialty:
        problems["specialty"] = problem("required")
    if department_id is None or session.get(Department, department_id) is None:
        problems["department"] = problem("unknown_department")
    if problems:
        raise ValidationError(problems)
    row = session.scalar(select(StaffingQuota).where(StaffingQuota.department_id == department_id,
                                                     StaffingQuota.specialty_key == fold(specialty)))
    if row is None:
        row = StaffingQuota(department_id=department_id, specialty=specialty, specialty_key=fold(specialty), quota=n)
        session.add(row)
    else:
        row.quota = n
    session.flush()
    return row


def update_quota(session: Session, quota_id: int, *, quota=None, specialty: str | None = None,
                 department_id: int | None = None) -> StaffingQuota:
    """Edit one cell of the plan table (the quota, the specialty's spelling, or the department)."""
    row = _get(session, StaffingQuota, quota_id, "plan_row")
    problems: dict[str, Problem] = {}
    if quota is not None:
        n, problems = _check_quota(quota)
        if n is not None:
            row.quota = n
    new_dep = row.department_id if department_id is None else department_id
    new_spec = row.specialty if specialty is None else nfc(specialty)
    if not new_spec:
        problems["specialty"] = problem("required")
    if session.get(Department, new_dep) is None:
        problems["department"] = problem("unknown_department")
    if not problems and (new_dep, fold(new_spec)) != (row.department_id, row.specialty_key):
        other = session.scalar(select(StaffingQuota.id).where(StaffingQuota.department_id == new_dep,
                                                              StaffingQuota.specialty_key == fold(new_spec)))
        if other is not None:
            problems["specialty"] = problem("staff.plan_row_exists")
    if problems:
        raise ValidationError(problems)
    row.department_id, row.specialty, row.specialty_key = new_dep, new_spec, fold(new_spec)
    session.flush()
    return row


def delete_quota(session: Session, quota_id: int) -> None:
    session.delete(_get(session, StaffingQuota, quota_id, "plan_row"))
    session.flush()


# ---------------------------------------------------------------- dossier handlers
def _name_index(session: Session) -> dict[str, int]:
    index: dict[str, int] = {}
    for sid, key in session.execute(select(Staff.id, Staff.name_key).order_by(Staff.id.desc())):
        index[key] = sid  # homonyms: the lowest id wins, as in the dossier import
    return index


def relink_handlers(session: Session) -> int:
    """Point dossiers whose handler is only a name (imported before the staff existed) at the staff
    member of that name (case, diacritics and spacing ignored). Returns how many dossiers were linked."""
    index = _name_index(session)
    if not index:
        return 0
    linked = 0
    D = Dossier.__table__
    names = session.execute(select(D.c.handler_name).where(D.c.handler_id.is_(None), D.c.handler_name.is_not(None))
                            .group_by(D.c.handler_name)).scalars().all()
    for name in names:
        sid = index.get(fold(name))
        if sid is not None:
            linked += session.execute(D.update().where(D.c.handler_id.is_(None), D.c.handler_name == name)
                                      .values(handler_id=sid)).rowcount
    return linked


@dataclass
class HandlerLoad:
    staff_id: int | None  # None: a name not matched to staff, or nobody (name None too)
    name: str | None
    open: int
    overdue: int


def handler_workload(session: Session, day: date) -> list[HandlerLoad]:
    """Each handler's open dossiers on `day` (received on or before it and not closed on or before it)
    and how many of them are overdue (due before `day` and not awaiting a supplement on `day`): the
    return's `pending` and `pending_overdue` per handler. Most overdue first."""
    D = Dossier.__table__.c
    overdue = func.coalesce(func.sum(case((rules.overdue_on(D, day), 1), else_=0)), 0)
    loads: dict[tuple, HandlerLoad] = {}
    for part in rules.pending_parts(D, day):
        for sid, name, n, late in session.execute(
                select(D.handler_id, D.handler_name, func.count(), overdue)
                .where(part).group_by(D.handler_id, D.handler_name)):
            key = (sid,) if sid is not None else (None, fold(name) or None)
            load = loads.setdefault(key, HandlerLoad(sid, nfc(name) or None, 0, 0))
            load.open += n
            load.overdue += late
    names = {sid: name for sid, name in session.execute(
        select(Staff.id, Staff.full_name).where(Staff.id.in_([k[0] for k in loads if k[0] is not None])))}
    for load in loads.values():
        if load.staff_id is not None:
            load.name = names.get(load.staff_id, load.name)
    return sorted(loads.values(), key=lambda x: (-x.overdue, -x.open, x.name is None, sort_key(x.name)))

