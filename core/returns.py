"""The figures of a period, computed by the database from the conditions of core.figures_rules
(the definitions of domain.md, written there once), each query over one index range."""
from __future__ import annotations

import calendar as _cal
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core import clock
from core import figures_rules as rules
from core.errors import CommuneDeskError
from core.messages import CATALOGUE
from core.models import Dossier
from core.collation import sort_key

D = Dossier.__table__.c


@dataclass
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.end < self.start:
            raise CommuneDeskError("period.reversed", start=self.start, end=self.end)

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1]))

    @classmethod
    def parse_month(cls, text: str) -> "Period":
        try:
            year, month = (int(x) for x in text.split("-"))
            return cls.month(year, month)
        except ValueError:
            raise CommuneDeskError("period.not_a_month", value=text) from None

    @classmethod
    def legal(cls, year: int, month: int) -> "Period":
        """Nghị định 09/2019 Art. 12: the 15th of the previous month to the 14th of this one."""
        prev = date(year, month, 1) - timedelta(days=1)
        return cls(date(prev.year, prev.month, 15), date(year, month, 14))

    def previous(self) -> "Period":
        """The period of the same shape just before this one (a month, a 15th-to-14th legal
        period, or else the same number of days)."""
        if self.start.day == 1 and self.end == Period.month(self.end.year, self.end.month).end \
                and (self.start.year, self.start.month) == (self.end.year, self.end.month):
            prev = self.start - timedelta(days=1)
            return Period.month(prev.year, prev.month)
        if self == Period.legal(self.end.year, self.end.month):
            prev = date(self.end.year, self.end.month, 1) - timedelta(days=1)
            return Period.legal(prev.year, prev.month)
        length = (self.end - self.start).days + 1
        return Period(self.start - timedelta(days=length), self.start - timedelta(days=1))

    def to_json(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}

    # ------------------------------------------------------------ the day a return speaks for
    # domain.md, "The day a return speaks for": a return describes the register as it stood on T; while
    # the period runs (T after today) every "on T" figure is taken on today, and what is counted over
    # the period (received, completed) is what has happened so far. A period not begun has no return;
    # a return can be finalised only once its period has ended (on T + 1 or later).
    def running(self, today: date | None = None) -> bool:
        """Still running on `today` (its last day not yet past)."""
        return self.end >= (today or clock.today())

    def as_of(self, today: date | None = None) -> date:
        """The day its "on T" figures are taken on by a return made on `today`: T, or today while the
        period runs. Refused for a period that starts after today."""
        today = today or clock.today()
        if self.start > today:
            raise CommuneDeskError("period.not_begun", start=self.start, today=today)
        return min(self.end, today)

    def so_far(self, today: date | None = None) -> "Period":
        """The span a return made on `today` counts: F..T, or F..today while the period runs. Every
        section of the return is computed over it; the documents still name the period F..T."""
        day = self.as_of(today)
        return self if day == self.end else Period(self.start, day)

    def check_ended(self, today: date | None = None) -> None:
        """Refuse (finalise, amend) while the period has not ended: from T + 1 on (a period not begun
        is refused as such, by `as_of`)."""
        today = today or clock.today()
        self.as_of(today)
        if self.end >= today:
            raise CommuneDeskError("finalise.running", start=self.start, end=self.end,
                                   first=self.end + timedelta(days=1))


class Counts:
    """A dataclass of counts that add up field by field and state their on-time rate (a property of
    the subclass) in JSON."""

    def add(self, other: "Counts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_json(self) -> dict:
        out = asdict(self)
        out["on_time_rate"] = self.on_time_rate
        return out


@dataclass
class Figures(Counts):
    carried_over: int = 0
    received: int = 0
    received_online: int = 0
    received_direct: int = 0
    received_postal: int = 0
    completed: int = 0
    completed_early: int = 0
    completed_on_time: int = 0
    completed_late: int = 0
    pending: int = 0
    pending_within: int = 0
    pending_overdue: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.completed_early + self.completed_on_time, self.completed)

    @classmethod
    def from_json(cls, data: dict) -> "Figures":
        return cls(**{f.name: int(data.get(f.name) or 0) for f in fields(cls)})


def on_time_rate(on_time: int, completed: int) -> float | None:
    """(early + on time) ÷ completed × 100, rounded half-up to 2 decimals; None when nothing completed."""
    if not completed:
        return None
    rate = (Decimal(on_time) * 100 / Decimal(completed)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return float(rate)


def _count(cond):
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


# Every query of the figures walks one index range: the period's receipts (ix_dossier_received) or
# the closings from a day on plus the open dossiers (ix_dossier_completed); both indexes carry the
# columns the counts read, so the table itself is not touched. SQLite plans without statistics:
# left alone it walks the whole of ix_dossier_field to save the GROUP BY sort, or a range reaching
# back to the first dossier (received_date < F, due_date < T): 1-1.7 s at a million dossiers instead
# of 5-20 ms. So each query names its index (INDEXED BY: if the index were ever dropped, an error,
# not a slow plan). PostgreSQL plans from its own statistics and gets no hint.
RECEIVED_INDEX = "ix_dossier_received"
COMPLETED_INDEX = "ix_dossier_completed"


def on_index(stmt, index: str):
    """`stmt`, reading the dossier table through `index` on SQLite."""
    return stmt.with_hint(Dossier.__table__, f"INDEXED BY {index}", "sqlite")


def dossier_figures(session: Session, period: Period) -> tuple[dict[str, Figures], int, int]:
    """Figures by field, plus how many completed dossiers closed by rejection and by withdrawal."""
    F, T = period.start, period.end
    by_field: dict[str, Figures] = {}

    def bucket(name: str) -> Figures:
        return by_field.setdefault(name, Figures())

    # received in F..T, by channel
    for field, n, online, direct, postal in session.execute(on_index(
            select(D.field, func.count(), _count(D.channel == "online"), _count(D.channel == "direct"),
                   _count(D.channel == "postal"))
            .where(rules.received_in(D, F, T)).group_by(D.field), RECEIVED_INDEX)):
        b = bucket(field)
        b.received, b.received_online, b.received_direct, b.received_postal = n, online, direct, postal

    # completed in F..T: early / on time / late against the due date
    rejected = withdrawn = 0
    for field, n, early, on_time, late, rej, wd in session.execute(on_index(
            select(D.field, func.count(), _count(rules.closed_early(D)), _count(rules.closed_on_time(D)),
                   _count(rules.closed_late(D)), _count(rules.rejected(D)), _count(rules.withdrawn(D)))
            .where(rules.completed_in(D, F, T)).group_by(D.field), COMPLETED_INDEX)):
        b = bucket(field)
        b.completed, b.completed_early, b.completed_on_time, b.completed_late = n, early, on_time, late
        rejected += rej
        withdrawn += wd

    # carried over: received before F and not closed before F
    for part in rules.carried_over_parts(D, F):
        for field, n in session.execute(on_index(select(D.field, func.count()).where(part).group_by(D.field),
                                                 COMPLETED_INDEX)):
            bucket(field).carried_over += n

    # pending at T: received on or before T and not closed on or before T
    overdue = rules.overdue_on(D, T)
    for part in rules.pending_parts(D, T):
        for field, n, late in session.execute(on_index(select(D.field, func.count(), _count(overdue))
                                                       .where(part).group_by(D.field), COMPLETED_INDEX)):
            b = bucket(field)
            b.pending += n
            b.pending_overdue += late
    for b in by_field.values():
        b.pending_within = b.pending - b.pending_overdue
    return dict(sorted(by_field.items(), key=lambda kv: sort_key(kv[0]))), rejected, withdrawn  # Vietnamese order


def refused_at_counter(session: Session, period: Period) -> int:
    """Dossiers refused at the counter (Mẫu 03) on a day of the period: in no other figure."""
    return session.scalar(on_index(select(func.count()).where(rules.refused_in(D, period.start, period.end)),
                                   RECEIVED_INDEX))


def late_causes(session: Session, period: Period) -> dict[str, dict[str, int]]:
    """The late dossiers by the cause recorded on them (domain.md, late causes): of those counted in
    `completed_late` and in `pending_overdue`, how many carry each cause; causes that occur, in the
    vocabulary's order. A late dossier without a cause is in neither."""
    from core.vocab import LATE_CAUSE

    F, T = period.start, period.end
    found: dict[str, dict[str, int]] = {}
    for cause, n in session.execute(on_index(
            select(D.late_cause, func.count()).where(rules.completed_late_in(D, F, T), D.late_cause.is_not(None))
            .group_by(D.late_cause), COMPLETED_INDEX)):
        found.setdefault(cause, {"completed_late": 0, "pending_overdue": 0})["completed_late"] += n
    overdue = rules.overdue_on(D, T)
    for part in rules.pending_parts(D, T):
        for cause, n in session.execute(on_index(
                select(D.late_cause, func.count()).where(part, overdue, D.late_cause.is_not(None))
                .group_by(D.late_cause), COMPLETED_INDEX)):
            found.setdefault(cause, {"completed_late": 0, "pending_overdue": 0})["pending_overdue"] += n
    order = {t.code: i for i, t in enumerate(LATE_CAUSE.terms)}
    return dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))


def dossier_section(session: Session, period: Period) -> dict:
    by_field, rejected, withdrawn = dossier_figures(session, period)
    total = Figures()
    for f in by_field.values():
        total.add(f)
    return {"total": total.to_json(), "by_field": {k: v.to_json() for k, v in by_field.items()},
            "rejected": rejected, "withdrawn": withdrawn, "service_index": service_index_counts(session, period),
            "refused_at_counter": refused_at_counter(session, period),
            "late_causes": late_causes(session, period)}


# --------------------------------------------------------------------------------------------
# The Quyết định 766/QĐ-TTg service index, estimated from the office's own figures. Always shown
# as an internal estimate: the official figures are computed by the national portal.
# (code, maximum points or None where the weight of the indicator is not verified, the rate at
#  which the indicator earns its full points or None where it is not known). Each one's name and
#  what it measures in words are messages `index766.<code>` and `index766.<code>.measures`.
INDEX_766 = (("2.1", 20, 100), ("3.3", None, 50), ("3.6", None, None), ("4.2", None, 80), ("5.4", 6, 90))
INDEX_766_NOTE = ("Số liệu ước tính nội bộ từ dữ liệu của đơn vị, không thay thế số liệu "
                  "Cổng Dịch vụ công quốc gia (Quyết định 766/QĐ-TTg ngày 23/6/2022).")
# Printed where an indicator has nothing to be computed from ("no data", never 0).
NO_DATA = CATALOGUE["index766.no_data"].vi
SUPPLEMENT_REQUESTED = "supplement_requested"  # the event of a supplement request (core.dossiers)


def _pct(numerator: int, denominator: int) -> float | None:
    return on_time_rate(numerator, denominator)  # the same half-up rounding to 2 decimals


def _round2(x: Decimal) -> float:
    return float(x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def service_index_counts(session: Session, period: Period) -> dict:
    """What the 766 estimate needs besides the form's figures (the JSON's `dossiers.service_index`):
    `repeated_supplement`: dossiers counted in time by the form (completed early or on time in F..T,
    pending within on T) that were asked for a supplement more than once on or before T;
    of the dossiers received in F..T: `with_fee` (fee > 0), `paid_online` (of those, paid online),
    `paid_online_recorded` (of those, paid online recorded yes or no), `digitised`,
    `digitised_recorded` (digitised recorded yes or no)."""
    from core.models import DossierEvent

    F, T = period.start, period.end
    E = DossierEvent.__table__.c
    requests = (select(func.count()).where(E.dossier_id == D.id, E.kind == SUPPLEMENT_REQUESTED, E.day <= T)
                .scalar_subquery())
    # supplement_count only grows: more than one request by T implies more than one now (its index).
    repeated = session.scalar(select(func.count()).select_from(Dossier.__table__).where(
        D.supplement_count > 1, rules.in_time_on(D, F, T), requests > 1))
    with_fee = D.fee > 0
    row = session.execute(on_index(
        select(_count(with_fee), _count(with_fee & D.paid_online.is_(True)),
               _count(with_fee & D.paid_online.is_not(None)), _count(D.digitised.is_(True)),
               _count(D.digitised.is_not(None)))
        .where(rules.received_in(D, F, T)), RECEIVED_INDEX)).one()
    return {"repeated_supplement": int(repeated or 0), "with_fee": int(row[0]), "paid_online": int(row[1]),
            "paid_online_recorded": int(row[2]), "digitised": int(row[3]), "digitised_recorded": int(row[4])}


def index_766(total: Figures, counts: dict | None = None) -> list[dict]:
    """The indicators an office can estimate from its own dossiers (domain.md, Service index), from
    the form's figures `total` and `counts` (service_index_counts; None for a return made before
    they were recorded: 2.1 without its supplement rule, 3.6 and 4.2 without data):
    2.1 = (early + on time + pending within − those asked for a supplement more than once) ÷
    (completed + pending); 3.3 online share = received online ÷ received; 3.6 = paid online ÷
    received with a fee, 4.2 = digitised ÷ received, each without a rate ("no data", `rate` None)
    when no dossier of the period records it; 5.4 = 100 − overdue share, overdue share = (completed
    late + pending overdue) ÷ (completed + pending). Points: full at `full_at` %, else rate × max ÷
    full_at; `share_of_full` is the same in percent of the indicator's maximum (given even where the
    maximum itself is not verified, none where the threshold is not known)."""
    counts = counts or {}
    handled = total.completed + total.pending
    in_time = (total.completed_early + total.completed_on_time + total.pending_within
               - int(counts.get("repeated_supplement") or 0))
    overdue_n = total.completed_late + total.pending_overdue
    overdue_share = _pct(overdue_n, handled)
    with_fee = int(counts.get("with_fee") or 0)
    paid = int(counts.get("paid_online") or 0)
    digitised = int(counts.get("digitised") or 0)
    values = {
        "2.1": (in_time, handled, _pct(in_time, handled)),
        "3.3": (total.received_online, total.received, _pct(total.received_online, total.received)),
        "3.6": (paid, with_fee, _pct(paid, with_fee) if counts.get("paid_online_recorded") else None),
        "4.2": (digitised, total.received,
                _pct(digitised, total.received) if counts.get("digitised_recorded") else None),
        "5.4": (handled - overdue_n, handled,
                None if overdue_share is None else _round2(Decimal(100) - Decimal(str(overdue_share)))),
    }
    out = []
    for code, max_points, full_at in INDEX_766:
        numerator, denominator, rate = values[code]
        if rate is None and code in ("3.6", "4.2"):
            numerator = None  # not recorded: no count to show, not a count of none
        share = points = None
        if rate is not None and full_at is not None:
            fraction = min(Decimal(str(rate)) / Decimal(full_at), Decimal(1))
            share = _round2(fraction * 100)
            if max_points is not None:
                points = _round2(fraction * max_points)
        out.append({"code": code, "name": CATALOGUE[f"index766.{code}"].vi,
                    "measures": CATALOGUE[f"index766.{code}.measures"].vi, "numerator": numerator,
                    "denominator": denominator, "rate": rate, "full_at": full_at, "max_points": max_points,
                    "share_of_full": share, "points": points})
    return out


def index_of(dossiers: dict) -> list[dict]:
    """The 766 estimate of a return's `dossiers` section (as in its JSON)."""
    return index_766(Figures.from_json(dossiers["total"]), dossiers.get("service_index"))
