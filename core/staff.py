"""Staff register (issue 4 extends this module)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.models import Staff


def in_post_condition(day: date):
    """In post on `day`: started on or before it (or no start date) and not ended on or before it."""
    return (or_(Staff.start_date.is_(None), Staff.start_date <= day),
            or_(Staff.end_date.is_(None), Staff.end_date > day))


def handlers_in_post(session: Session, day: date) -> list[tuple[int, str]]:
    """(id, name) of the staff in post on `day`, by name: the choices for a dossier's handler."""
    return list(session.execute(select(Staff.id, Staff.full_name).where(*in_post_condition(day))
                                .order_by(Staff.name_key)).tuples())
