"""Staff training (issue 9): courses, attendance with results, the topics the office requires for a
job position, the figures of a period and the return's `training` section.

THE FIGURES OF A PERIOD F..T (dates compared as days). A course is counted in the period in which it
ENDED (`end_date`, which is the start date for a one-day course), so that every course counts in
exactly one month and monthly figures add up to a year's:
    courses_held     courses whose end date is in F..T
    hours            the sum of those courses' hours (a course without hours adds 0)
    attendances      attendance records with the result "completed" (Hoàn thành) at those courses
                     (lượt người: one person at two courses counts twice)
    people_trained   distinct people with at least one such attendance
    person_hours     the sum, over those attendances, of the course's hours
    not_completed, absent   attendance records at those courses with that result
by_topic gives courses_held, hours, attendances and people_trained for each topic, by_mode the
courses held online and in person (every code of the vocabulary appears, with 0 when none).

REQUIRED TRAINING on the period's last day T: for each person in post on T and each job position of
their main and concurrent assignments current on T, every topic the office requires for that position
(RequiredTraining, matched on the folded position name) must be covered by an attendance with the
result "completed" at a course of that topic that ended on or before T — and, when the requirement
has `valid_months` = V, ended after the day V months before T (a course that ended on 10 Mar 2026 with
V = 12 covers every day up to 9 Mar 2027). A person lacking one or more topics is listed once, with
the topics missing.
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from core.errors import ValidationError, get_or_not_found
from core.formatting import fold, nfc
from core.messages import Problem, problem
from core.models import Attendance, Course, RequiredTraining, Staff
from core.returns import Period
from core.vocab import TRAINING_MODE, TRAINING_RESULT, TRAINING_TOPIC
from core.collation import sort_key

def _code(vocab, value, name: str, problems: dict, required: bool = True):
    value = nfc(value) or None
    if value is None:
        if required:
            problems[name] = problem("required")
        return None
    code = value if value in vocab else vocab.parse(value)
    if code is None:
        problems[name] = problem("unknown_value", value=value, choices=[t.vi for t in vocab.terms])
    return code


def parse_hours(value) -> Decimal | None:
    """Hours as a Decimal with one decimal place; raises ValueError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    try:
        d = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValueError(value) from None
    if not d.is_finite() or d < 0 or d > 9999:
        raise ValueError(value)
    return d.quantize(Decimal("0.1"))


def json_number(d) -> int | float:
    """A Decimal for JSON: an int when whole, else a float."""
    d = Decimal(d or 0)
    return int(d) if d == d.to_integral_value() else float(d)


# ---------------------------------------------------------------- courses
@dataclass
class CourseData:
    name: str | None = None
    topic: str | None = None
    organiser: str | None = None
    start_date: date | None = None
    end_date: date | None = None  # None: a one-day course
    hours: Decimal | int | str | None = None
    mode: str | None = None
    location: str | None = None
    notes: str | None = None

    @classmethod
    def of(cls, course: Course) -> "CourseData":
        return cls(**{f.name: getattr(course, f.name) for f in fields(cls)})


def check_course(session: Session, data: CourseData, course_id: int | None = None
                 ) -> tuple[CourseData, dict[str, Problem]]:
    out = CourseData(**{f.name: getattr(data, f.name) for f in fields(CourseData)})
    problems: dict[str, Problem] = {}
    for name in ("name", "organiser", "location", "notes"):
        setattr(out, name, nfc(getattr(out, name)) or None)
    if not out.name:
        problems["name"] = problem("required")
    out.topic = _code(TRAINING_TOPIC, out.topic, "topic", problems)
    out.mode = _code(TRAINING_MODE, out.mode, "mode", problems, required=False) or TRAINING_MODE.default
    if out.start_date is None:
        problems["start_date"] = problem("required")
    out.end_date = out.end_date or out.start_date
    if out.start_date and out.end_date and out.end_date < out.start_date:
        problems["end_date"] = problem("training.end_before_start")
    try:
        out.hours = parse_hours(out.hours)
    except ValueError:
        problems["hours"] = problem("training.hours")
    if out.name and out.start_date:
        other = session.scalar(select(Course.id).where(Course.name_key == fold(out.name),
                                                      Course.start_date == out.start_date))
        if other is not None and other != course_id:
            problems["name"] = problem("training.exists", value=out.start_date)
    return out, problems


def add_course(session: Session, data: CourseData) -> Course:
    data, problems = check_course(session, data)
    if problems:
        raise ValidationError(problems)
    course = Course(**{f.name: getattr(data, f.name) for f in fields(CourseData)}, name_key=fold(data.name))
    session.add(course)
    session.flush()
    return course


def get_course(session: Session, course_id: int) -> Course:
    return get_or_not_found(session, Course, course_id, "course")


def update_course(session: Session, course_id: int, data: CourseData) -> Course:
    course = get_course(session, course_id)
    data, problems = check_course(session, data, course_id)
    if problems:
        raise ValidationError(problems)
    for f in fields(CourseData):
        setattr(course, f.name, getattr(data, f.name))
    course.name_key = fold(data.name)
    session.flush()
    return course


def delete_course(session: Session, course_id: int) -> None:
    session.delete(get_course(session, course_id))
    session.flush()


@dataclass
class CourseRow:
    id: int
    name: str
    topic: str
    organiser: str | None
    start_date: date
    end_date: date
    hours: Decimal | None
    mode: str
    attendees: int
    completed: int


def list_courses(session: Session, *, year: int | None = None, topic: str | None = None,
                 search: str | None = None) -> list[CourseRow]:
    """Courses, the latest first, with how many people attended and how many completed."""
    n_all = func.count(Attendance.id)
    n_done = func.coalesce(func.sum(case((Attendance.result == "completed", 1), else_=0)), 0)
    stmt = (select(Course, n_all, n_done).outerjoin(Attendance, Attendance.course_id == Course.id)
            .group_by(Course.id).order_by(Course.start_date.desc(), Course.name_key))
    if year is not None:
        stmt = stmt.where(Course.end_date >= date(year, 1, 1), Course.start_date <= date(year, 12, 31))
    if topic:
        stmt = stmt.where(Course.topic == topic)
    if search and fold(search):
        for word in fold(search).split():
            stmt = stmt.where(Course.name_key.contains(word, autoescape=True))
    return [CourseRow(c.id, c.name, c.topic, c.organiser, c.start_date, c.end_date, c.hours, c.mode, n, done)
            for c, n, done in session.execute(stmt)]


# ---------------------------------------------------------------- attendance
def set_attendance(session: Session, course_id: int, staff_id: int, result: str = "completed", *,
                   certificate: str | None = None, notes: str | None = None) -> Attendance:
    """Add a person to a course, or change their result."""
    get_course(session, course_id)
    problems: dict[str, Problem] = {}
    if staff_id is None or session.get(Staff, staff_id) is None:
        problems["staff_id"] = problem("training.unknown_person")
    result = _code(TRAINING_RESULT, result, "result", problems)
    if problems:
        raise ValidationError(problems)
    row = session.scalar(select(Attendance).where(Attendance.course_id == course_id,
                                                  Attendance.staff_id == staff_id))
    if row is None:
        row = Attendance(course_id=course_id, staff_id=staff_id)
        session.add(row)
    row.result = result
    row.certificate = nfc(certificate) or None
    row.notes = nfc(notes) or None
    session.flush()
    return row


def remove_attendance(session: Session, attendance_id: int) -> None:
    row = get_or_not_found(session, Attendance, attendance_id, "attendance")
    session.delete(row)
    session.flush()


@dataclass
class AttendanceRow:
    id: int
    staff_id: int
    name: str
    code: str | None
    result: str
    certificate: str | None
    notes: str | None


def course_attendances(session: Session, course_id: int) -> list[AttendanceRow]:
    return [AttendanceRow(a.id, a.staff_id, name, code, a.result, a.certificate, a.notes)
            for a, name, code in session.execute(
                select(Attendance, Staff.full_name, Staff.code).join(Staff, Staff.id == Attendance.staff_id)
                .where(Attendance.course_id == course_id).order_by(Staff.name_key, Staff.id))]


@dataclass
class PersonCourse:
    course_id: int
    name: str
    topic: str
    start_date: date
    end_date: date
    hours: Decimal | None
    mode: str
    organiser: str | None
    result: str


def person_training(session: Session, staff_id: int) -> list[PersonCourse]:
    """Every course a person attended, the latest first."""
    return [PersonCourse(c.id, c.name, c.topic, c.start_date, c.end_date, c.hours, c.mode, c.organiser, result)
            for c, result in session.execute(
                select(Course, Attendance.result).join(Attendance, Attendance.course_id == Course.id)
                .where(Attendance.staff_id == staff_id).order_by(Course.end_date.desc(), Course.id.desc()))]


# ---------------------------------------------------------------- required training
def _check_valid_months(value) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    n = int(value)
    if n != value and not isinstance(value, str) or not 1 <= n <= 600:
        raise ValueError(value)
    return n


def set_required(session: Session, job_position: str, topic: str, valid_months: int | None = None,
                 note: str | None = None) -> RequiredTraining:
    """Require `topic` for a job position (or change how long a course counts for it)."""
    problems: dict[str, Problem] = {}
    job_position = nfc(job_position) or None
    if not job_position:
        problems["job_position"] = problem("required")
    topic = _code(TRAINING_TOPIC, topic, "topic", problems)
    try:
        valid_months = _check_valid_months(valid_months)
    except (TypeError, ValueError):
        problems["valid_months"] = problem("training.valid_months")
    if problems:
        raise ValidationError(problems)
    row = session.scalar(select(RequiredTraining).where(RequiredTraining.position_key == fold(job_position),
                                                        RequiredTraining.topic == topic))
    if row is None:
        row = RequiredTraining(job_position=job_position, position_key=fold(job_position), topic=topic)
        session.add(row)
    row.valid_months = valid_months
    row.note = nfc(note) or None
    session.flush()
    return row


def remove_required(session: Session, required_id: int) -> None:
    row = get_or_not_found(session, RequiredTraining, required_id, "required_training")
    session.delete(row)
    session.flush()


def list_required(session: Session) -> list[RequiredTraining]:
    return list(session.scalars(select(RequiredTraining).order_by(RequiredTraining.position_key,
                                                                 RequiredTraining.topic)))


def job_positions(session: Session) -> list[str]:
    """Every job position written in the staff assignments and the requirements, one per folded key."""
    from core.models import Assignment

    seen: dict[str, str] = {}
    for name in list(session.scalars(select(Assignment.job_position).where(Assignment.job_position.is_not(None))
                                      .order_by(Assignment.id))) + \
            list(session.scalars(select(RequiredTraining.job_position).order_by(RequiredTraining.id))):
        if fold(name):
            seen.setdefault(fold(name), name)
    return sorted(seen.values(), key=sort_key)


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day when it has fewer days)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return date(y, m, min(day.day, _cal.monthrange(y, m)[1]))


@dataclass
class MissingTraining:
    staff_id: int
    name: str
    department: str | None
    job_positions: list[str]
    topics: list[str] = field(default_factory=list)  # topic codes, vocabulary order


def missing_required(session: Session, day: date) -> list[MissingTraining]:
    """The people in post on `day` who lack a topic required for one of their job positions (rule in
    the module docstring), by name."""
    from core.staff import concurrent_posts_on, in_post_condition, main_posts_on

    required: dict[str, list[RequiredTraining]] = {}
    for r in session.scalars(select(RequiredTraining)):
        required.setdefault(r.position_key, []).append(r)
    if not required:
        return []
    people = dict(session.execute(select(Staff.id, Staff.full_name).where(*in_post_condition(day))).all())
    mains = main_posts_on(session, day, staff_ids=list(people))
    concurrent = concurrent_posts_on(session, day)
    # the latest end date of a completed course, per (person, topic), ended on or before `day`
    last: dict[tuple[int, str], list[date]] = {}
    for sid, topic, end in session.execute(
            select(Attendance.staff_id, Course.topic, Course.end_date).join(Course, Course.id == Attendance.course_id)
            .where(Attendance.result == "completed", Course.end_date <= day)):
        last.setdefault((sid, topic), []).append(end)
    order = {c: i for i, c in enumerate(TRAINING_TOPIC.codes())}
    out = []
    for sid, name in people.items():
        posts = ([mains[sid]] if sid in mains else []) + concurrent.get(sid, [])
        positions = [p.job_position for p in posts if p.job_position]
        lacking: set[str] = set()
        for position in positions:
            for r in required.get(fold(position), []):
                ends = last.get((sid, r.topic), [])
                cutoff = months_before(day, r.valid_months) if r.valid_months else None
                if not any(cutoff is None or end > cutoff for end in ends):
                    lacking.add(r.topic)
        if lacking:
            main = mains.get(sid)
            out.append(MissingTraining(sid, name, main.department if main else None,
                                       list(dict.fromkeys(positions)),
                                       sorted(lacking, key=lambda c: order.get(c, 99))))
    out.sort(key=lambda m: (sort_key(m.name), m.staff_id))
    return out


# ---------------------------------------------------------------- figures
@dataclass
class TopicFigures:
    courses_held: int = 0
    hours: Decimal = Decimal(0)
    attendances: int = 0
    people_trained: int = 0

    def to_json(self) -> dict:
        return {"courses_held": self.courses_held, "hours": json_number(self.hours),
                "attendances": self.attendances, "people_trained": self.people_trained}


@dataclass
class TrainingFigures:
    courses_held: int = 0
    hours: Decimal = Decimal(0)
    attendances: int = 0
    people_trained: int = 0
    person_hours: Decimal = Decimal(0)
    not_completed: int = 0
    absent: int = 0
    by_topic: dict[str, TopicFigures] = field(default_factory=dict)
    by_mode: dict[str, int] = field(default_factory=dict)


def training_figures(session: Session, period: Period) -> TrainingFigures:
    F, T = period.start, period.end
    fig = TrainingFigures(by_topic={c: TopicFigures() for c in TRAINING_TOPIC.codes()},
                          by_mode={c: 0 for c in TRAINING_MODE.codes()})
    in_period = Course.end_date.between(F, T)
    for topic, mode, n, hours in session.execute(
            select(Course.topic, Course.mode, func.count(), func.coalesce(func.sum(Course.hours), 0))
            .where(in_period).group_by(Course.topic, Course.mode)):
        t = fig.by_topic.setdefault(topic, TopicFigures())
        t.courses_held += n
        t.hours += Decimal(hours)
        fig.by_mode[mode] = fig.by_mode.get(mode, 0) + n
        fig.courses_held += n
        fig.hours += Decimal(hours)
    completed = Attendance.result == "completed"
    base = select().select_from(Attendance).join(Course, Course.id == Attendance.course_id).where(in_period)
    for topic, n, people in session.execute(
            base.add_columns(Course.topic, func.count(), func.count(Attendance.staff_id.distinct()))
            .where(completed).group_by(Course.topic)):
        t = fig.by_topic.setdefault(topic, TopicFigures())
        t.attendances, t.people_trained = n, people
    n, people, person_hours = session.execute(
        base.add_columns(func.count(), func.count(Attendance.staff_id.distinct()),
                         func.coalesce(func.sum(Course.hours), 0)).where(completed)).one()
    fig.attendances, fig.people_trained, fig.person_hours = n, people, Decimal(person_hours)
    for result, n in session.execute(base.add_columns(Attendance.result, func.count())
                                     .where(Attendance.result.in_(("not_completed", "absent")))
                                     .group_by(Attendance.result)):
        setattr(fig, result, n)
    return fig


def return_section(session: Session, period: Period) -> dict:
    """The return's `training` section (README, "Tasks and training")."""
    fig = training_figures(session, period)
    missing = missing_required(session, period.end)
    by_topic_missing = {c: 0 for c in TRAINING_TOPIC.codes()}
    for m in missing:
        for topic in m.topics:
            by_topic_missing[topic] = by_topic_missing.get(topic, 0) + 1
    return {
        "courses_held": fig.courses_held, "hours": json_number(fig.hours), "attendances": fig.attendances,
        "people_trained": fig.people_trained, "person_hours": json_number(fig.person_hours),
        "not_completed": fig.not_completed, "absent": fig.absent,
        "by_topic": {k: v.to_json() for k, v in fig.by_topic.items()},
        "by_mode": fig.by_mode,
        "missing_required": {
            "staff": len(missing), "by_topic": by_topic_missing,
            "people": [{"name": m.name, "department": m.department, "job_positions": m.job_positions,
                        "topics": m.topics} for m in missing]},
    }
