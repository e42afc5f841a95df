"""The figures of a period, computed by the database from the conditions of core.figures_rules
(the definitions of domain.md, written there once), each query over one index range."""
from __future__ import annotations

import calendar as _cal
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core import figures_rules as rules
from core.errors import CommuneDeskError
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


def dossier_section(session: Session, period: Period) -> dict:
    by_field, rejected, withdrawn = dossier_figures(session, period)
    total = Figures()
    for f in by_field.values():
        total.add(f)
    return {"total": total.to_json(), "by_field": {k: v.to_json() for k, v in by_field.items()},
            "rejected": rejected, "withdrawn": withdrawn}


# --------------------------------------------------------------------------------------------
# The Quyết định 766/QĐ-TTg service index, estimated from the office's own figures. Always shown
# as an internal estimate: the official figures are computed by the national portal.
# (code, name, maximum points or None where the weight of the indicator is not verified,
#  the rate at which the indicator earns its full points)
INDEX_766 = (
    ("2.1", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", 20, 100),
    ("3.3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", None, 50),
    ("5.4", "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC (100% − tỷ lệ hồ sơ quá hạn)", 6, 90),
)
INDEX_766_NOTE = ("Số liệu ước tính nội bộ từ dữ liệu của đơn vị, không thay thế số liệu "
                  "Cổng Dịch vụ công quốc gia (Quyết định 766/QĐ-TTg ngày 23/6/2022).")


def _pct(numerator: int, denominator: int) -> float | None:
    return on_time_rate(numerator, denominator)  # the same half-up rounding to 2 decimals


def _round2(x: Decimal) -> float:
    return float(x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def index_766(total: Figures) -> list[dict]:
    """The indicators an office can estimate from its own dossiers (domain.md, Service index):
    2.1 on-time rate = (early + on time) ÷ completed; 3.3 online share = received online ÷ received;
    5.4 = 100 − overdue share, overdue share = (completed late + pending overdue) ÷ (completed +
    pending). Points: full at `full_at` %, else rate × max ÷ full_at; `share_of_full` is the same in
    percent of the indicator's maximum (given even where the maximum itself is not verified)."""
    overdue_n = total.completed_late + total.pending_overdue
    overdue_d = total.completed + total.pending
    overdue_share = _pct(overdue_n, overdue_d)
    values = {
        "2.1": (total.completed_early + total.completed_on_time, total.completed, total.on_time_rate),
        "3.3": (total.received_online, total.received, _pct(total.received_online, total.received)),
        "5.4": (overdue_d - overdue_n, overdue_d,
                None if overdue_share is None else _round2(Decimal(100) - Decimal(str(overdue_share)))),
    }
    out = []
    for code, name, max_points, full_at in INDEX_766:
        numerator, denominator, rate = values[code]
        share = points = None
        if rate is not None:
            fraction = min(Decimal(str(rate)) / Decimal(full_at), Decimal(1))
            share = _round2(fraction * 100)
            if max_points is not None:
                points = _round2(fraction * max_points)
        out.append({"code": code, "name": name, "numerator": numerator, "denominator": denominator,
                    "rate": rate, "full_at": full_at, "max_points": max_points,
                    "share_of_full": share, "points": points})
    return out
