"""Small factories for tests: dossiers with exactly the dates a test needs."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from core.formatting import fold
from core.models import Dossier, DossierEvent, Procedure

_counter = {"n": 0}


def procedure(session, name="Thủ tục thử", field="Hộ tịch", legal_days=3) -> Procedure:
    p = session.scalar(select(Procedure).where(Procedure.name_key == fold(name)))
    if p is None:
        p = Procedure(name=name, name_key=fold(name), field=field, legal_days=legal_days,
                      deadline_unit="working_days", active=True)
        session.add(p)
        session.flush()
    return p


def dossier(session, *, received: date, due: date, completed: date | None = None, status: str | None = None,
            field="Hộ tịch", channel="direct", requested: date | None = None, code: str | None = None,
            supplements: tuple[date, ...] = (), **recorded) -> Dossier:
    """`supplements`: the days of its supplement requests (events, and the count); `recorded`: fee,
    paid_online, digitised."""
    _counter["n"] += 1
    if status is None:
        status = "returned" if completed else "in_progress"
    p = procedure(session, field=field)
    d = Dossier(code=code or f"T-{_counter['n']:06d}", procedure_id=p.id, field=field, channel=channel,
                received_at=datetime.combine(received, datetime.min.time()), received_date=received,
                due_date=due, completed_date=completed, status=status, supplement_requested_date=requested,
                supplement_count=len(supplements) or (1 if status == "awaiting_supplement" else 0), paused_days=0,
                applicant_name="Nguyễn Văn An", **recorded)
    session.add(d)
    session.flush()
    for day in supplements:
        session.add(DossierEvent(dossier_id=d.id, kind="supplement_requested", at=datetime.combine(day, time(9)),
                                 day=day, from_status="in_progress", to_status="awaiting_supplement"))
    session.flush()
    return d
