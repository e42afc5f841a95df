"""The whole return, assembled from the registers: core.returns computes the dossier figures of a
period; each register computes its own section (`return_section(session, period)`) and may give
the lists printed under it (`return_details(session, period)`). This module sits above all of them,
so no register and no figure module needs to know the others.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from core import clock, equipment, recommendations, staff, tasks, training
from core.commune import get_commune
from core.returns import Period, dossier_section
from core.returns_lists import DetailTable

# The sections after `dossiers`, in the order of interfaces.md's JSON.
SECTIONS = {"staff": staff.return_section, "equipment": equipment.return_section,
            "recommendations": recommendations.return_section, "tasks": tasks.return_section,
            "training": training.return_section}
# The registers that print lists under their figures.
DETAILS = {"staff": staff.return_details, "equipment": equipment.return_details,
           "recommendations": recommendations.return_details}


def build_return(session: Session, period: Period, today: date | None = None) -> dict:
    """The whole return as the JSON structure of interfaces.md, made on `today` (the clock's): every
    section is computed over `period.so_far(today)`, so a period still running speaks for today and
    says so in `period.as_of`; a period not begun is refused (Period.as_of)."""
    today = today or clock.today()
    counted = period.so_far(today)
    commune = get_commune(session)
    out = {"commune": commune.name, "province": commune.province, "period": period_json(period, today),
           "dossiers": dossier_section(session, counted)}
    for key, section in SECTIONS.items():
        out[key] = section(session, counted)
    return out


def period_json(period: Period, today: date | None = None) -> dict:
    """`period` of the JSON: from, to, and `as_of` only when the period ends after the day the return
    is made (interfaces.md)."""
    today = today or clock.today()
    out = period.to_json()
    if period.end > today:
        out["as_of"] = period.as_of(today).isoformat()
    return out


def counted_period(period: Period, data: dict) -> Period:
    """The span a return's `data` was computed over: F..as_of when it carries one, else the period.
    The lists printed with a return (annexes, registers' lists) are taken over the same span."""
    as_of = (data.get("period") or {}).get("as_of")
    return Period(period.start, date.fromisoformat(as_of)) if as_of else period


def section_details(session: Session, period: Period) -> dict[str, list[DetailTable]]:
    """Each register's lists for the return, keyed like its section (registers without lists are
    left out). `period` is the span counted (`counted_period`)."""
    out: dict[str, list[DetailTable]] = {}
    for key, details in DETAILS.items():
        tables = details(session, period)
        if tables:
            out[key] = tables
    return out
