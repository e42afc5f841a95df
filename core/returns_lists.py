"""The lists that go with the return: the dossiers behind two of its figures, and the record lists
other registers attach to their sections. Queried by SQL with the very conditions that define the
figures (core.figures_rules), so a list always has as many rows as its figure counts."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import figures_rules as rules
from core import history
from core.models import Dossier, DossierEvent, Procedure
from core.vocab import OPEN_STATUSES
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
    cause: str | None = None  # core.vocab.LATE_CAUSE code, when the commune recorded why
    official_code: str | None = None  # the provincial system's code, when it differs from ours

    @property
    def codes(self) -> str:
        """"HS-261125-0001 (X-001)": our code, and the system's when it has another."""
        if self.official_code and self.official_code != self.code:
            return f"{self.code} ({self.official_code})"
        return self.code


def _columns():
    return (D.code, P.name, D.field, D.applicant_name, D.channel, D.received_date, D.due_date,
            D.completed_date, D.status, D.handler_name, D.late_cause, D.official_code)


def overdue_pending(session: Session, period: Period) -> list[DossierRow]:
    """The dossiers counted in `pending_overdue` at the period's end (form column 13), most overdue
    first; days overdue are counted to the period's last day. Each shows its status on that day, from
    its history (a dossier closed since, or asked for a supplement since, was still in progress then;
    an imported dossier without history: in progress, as it was pending and not awaiting one)."""
    T = period.end
    rows: list[DossierRow] = []
    ids: list[int] = []
    for part in rules.pending_parts(D, T):
        stmt = (select(*_columns(), D.id).join_from(Dossier.__table__, Procedure.__table__, D.procedure_id == P.id)
                .where(part, rules.overdue_on(D, T)))
        for r in session.execute(on_index(stmt, COMPLETED_INDEX)):  # not a range back to the first day
            rows.append(DossierRow(*r[:10], days_late=(T - r[6]).days, cause=r[10], official_code=r[11]))
            ids.append(r[-1])
    on_t = history.statuses_on(session, DossierEvent, "dossier_id", ids, T)
    for row, dossier_id in zip(rows, ids):
        row.status = on_t.get(dossier_id, OPEN_STATUSES[0])
    rows.sort(key=lambda r: (r.due, r.code))
    return rows


def completed_late(session: Session, period: Period) -> list[DossierRow]:
    """The dossiers counted in `completed_late` (form column 10), by closing day."""
    stmt = (select(*_columns()).join_from(Dossier.__table__, Procedure.__table__, D.procedure_id == P.id)
            .where(rules.completed_late_in(D, period.start, period.end)).order_by(D.completed_date, D.code))
    return [DossierRow(*r[:10], days_late=(r[7] - r[6]).days, cause=r[10], official_code=r[11])
            for r in session.execute(on_index(stmt, COMPLETED_INDEX))]


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
    # What the list says in one sentence (no full stop), printed where the list stands in the
    # return's body while the list itself goes to an annex; None: the title alone.
    summary: str | None = None

