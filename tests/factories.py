"""Small factories for tests: dossiers with exactly the dates a test needs."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from core.formatting import fold
from core.models import Dossier, Procedure

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
            field="Hộ tịch", channel="direct", requested: date | None = None, code: str | None = None) -> Dossier:
    _counter["n"] += 1
    if status is None:
        status = "returned" if completed else "in_progress"
    p = procedure(session, field=field)
    d = Dossier(code=code or f"T-{_counter['n']:06d}", procedure_id=p.id, field=field, channel=channel,
                received_at=datetime.combine(received, datetime.min.time()), received_date=received,
                due_date=due, completed_date=completed, status=status, supplement_requested_date=requested,
                supplement_count=1 if status == "awaiting_supplement" else 0, paused_days=0,
                applicant_name="Nguyễn Văn An")
    session.add(d)
    session.flush()
    return d
