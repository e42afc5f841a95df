"""The lists that go with the return: the dossiers behind two of its figures, and the record lists
other registers attach to their sections. Queried by SQL with the very conditions that define the
figures (core.figures_rules), so a list always has as many rows as its figure counts."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import figures_rules as rules
from core.models import Dossier, Procedure
from core.returns import COMPLETED_INDEX, Period, on_index

D = Dossier.__table__.c
P = Procedure.__table__.c


@dataclass
class DossierRow:
    code: str
    procedure: str
    field: str
    applicant: str | None
    channel: str
    received: date
    due: date
    closed: date | None
    status: str
    handler: str | None
    days_late: int  # calendar days after the due date: to the period's end, or to the closing day


def _columns():
    return (D.code, P.name, D.field, D.applicant_name, D.channel, D.received_date, D.due_date,
            D.completed_date, D.status, D.handler_name)


def overdue_pending(session: Session, period: Period) -> list[DossierRow]:
    """The dossiers counted in `pending_overdue` at the period's end (form column 13), most overdue
    first; days overdue are counted to the period's last day."""
    T = period.end
    rows: list[DossierRow] = []
    for part in rules.pending_parts(D, T):
        stmt = (select(*_columns()).join_from(Dossier.__table__, Procedure.__table__, D.procedure_id == P.id)
                .where(part, rules.overdue_on(D, T)))
        for r in session.execute(on_index(stmt, COMPLETED_INDEX)):  # not a range back to the first day
            rows.append(DossierRow(*r, days_late=(T - r[6]).days))
    rows.sort(key=lambda r: (r.due, r.code))
    return rows


def completed_late(session: Session, period: Period) -> list[DossierRow]:
    """The dossiers counted in `completed_late` (form column 10), by closing day."""
    stmt = (select(*_columns()).join_from(Dossier.__table__, Procedure.__table__, D.procedure_id == P.id)
            .where(rules.completed_late_in(D, period.start, period.end)).order_by(D.completed_date, D.code))
    return [DossierRow(*r, days_late=(r[7] - r[6]).days) for r in session.execute(on_index(stmt, COMPLETED_INDEX))]


# ------------------------------------------------------------------ lists from other registers

@dataclass
class DetailTable:
    """A list a register attaches to its section of the return (e.g. site problems; difficulties
    and recommendations with their answers). `columns` are (heading, kind) with kind one of
    "text", "int", "money" (whole đồng), "date", "id" (written as text: codes, ID numbers);
    `rows` hold plain values in that order (dates as `date`)."""
    title: str
    columns: list[tuple[str, str]]
    rows: list[list] = field(default_factory=list)


# section key → register module that may define `return_details(session, period) -> list[DetailTable]`
DETAIL_MODULES = {"staff": "core.staff", "equipment": "core.equipment",
                  "recommendations": "core.recommendations", "tasks": "core.tasks",
                  "training": "core.training"}


def section_details(session: Session, period: Period) -> dict[str, list[DetailTable]]:
    """Each register's lists for the return: its own `return_details(session, period)` when it has
    one, else the lists below built on its public list functions."""
    out: dict[str, list[DetailTable]] = {}
    for key, module_name in DETAIL_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        fn = getattr(module, "return_details", None)
        if fn is not None:
            tables = [t if isinstance(t, DetailTable) else DetailTable(**t) for t in (fn(session, period) or [])]
        else:
            tables = _DEFAULTS.get(key, lambda m, s, p: [])(module, session, period)
        if tables:
            out[key] = tables
    return out


def _open_in(period: Period, since: date | None, closed: date | None) -> bool:
    """Begun on or before the period's end and not closed before its start."""
    return (since is None or since <= period.end) and (closed is None or closed >= period.start)


def _equipment_details(module, session: Session, period: Period) -> list[DetailTable]:
    from core import vocab

    out = []
    list_needs, NeedFilter = getattr(module, "list_needs", None), getattr(module, "NeedFilter", None)
    cost = getattr(module, "estimated_cost", None)
    if list_needs and NeedFilter and cost:
        t = DetailTable("Nhu cầu trang thiết bị, cơ sở vật chất chưa đáp ứng",
                        [("Hạng mục", "text"), ("Nhóm", "text"), ("Đơn vị tính", "text"), ("Hiện có", "int"),
                         ("Cần bổ sung", "int"), ("Đơn giá dự kiến (đồng)", "money"),
                         ("Kinh phí dự kiến (đồng)", "money"), ("Mức ưu tiên", "text"), ("Trạng thái", "text"),
                         ("Địa điểm", "text")])
        for n in list_needs(session, NeedFilter(status="open")):
            t.rows.append([n.item, vocab.EQUIPMENT_CATEGORY.label(n.category), n.unit, n.quantity_on_hand,
                           n.quantity_needed, n.unit_cost, cost(n.quantity_needed, n.unit_cost),
                           vocab.PRIORITY.label(n.priority), vocab.NEED_STATUS.label(n.status), n.location])
        out.append(t)
    list_problems = getattr(module, "list_problems", None)
    if list_problems:
        t = DetailTable("Địa bàn còn khó khăn (sóng di động, điện, mạng, giao thông)",
                        [("Thôn, địa điểm", "text"), ("Vấn đề", "text"), ("Mô tả", "text"), ("Từ ngày", "date"),
                         ("Số hộ ảnh hưởng", "int"), ("Trạng thái", "text"), ("Ngày khắc phục", "date")])
        for p in list_problems(session):
            if _open_in(period, p.since, p.resolved_date):
                t.rows.append([p.place, vocab.PROBLEM_KIND.label(p.kind), p.description, p.since, p.households,
                               vocab.PROBLEM_STATUS.label(p.status), p.resolved_date])
        out.append(t)
    return out


def _recommendation_details(module, session: Session, period: Period) -> list[DetailTable]:
    from core import vocab

    list_recs, RecFilter = getattr(module, "list_recommendations", None), getattr(module, "RecFilter", None)
    if not (list_recs and RecFilter):
        return []
    t = DetailTable("Khó khăn, vướng mắc và kiến nghị, đề xuất",
                    [("Nội dung", "text"), ("Lĩnh vực", "text"), ("Ngày nêu", "date"), ("Cơ quan tiếp nhận", "text"),
                     ("Trạng thái", "text"), ("Trả lời", "text"), ("Ngày trả lời", "date")])
    recs = [r for r in list_recs(session, RecFilter())
            if _open_in(period, r.raised_date, r.resolved_date)]
    recs.sort(key=lambda r: (r.raised_date or date.min, r.id))
    for r in recs:
        t.rows.append([r.content, vocab.REC_CATEGORY.label(r.category), r.raised_date, r.addressed_to,
                       vocab.REC_STATUS.label(r.status), r.answer, r.answer_date])
    return [t]


_DEFAULTS = {"equipment": _equipment_details, "recommendations": _recommendation_details}
