"""The whole return, assembled from the registers: core.returns computes the dossier figures of a
period; each register computes its own section (`return_section(session, period)`) and may give
the lists printed under it (`return_details(session, period)`). This module sits above all of them,
so no register and no figure module needs to know the others.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from core import equipment, recommendations, staff, tasks, training
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


def build_return(session: Session, period: Period) -> dict:
    """The whole return as the JSON structure of interfaces.md."""
    commune = get_commune(session)
    out = {"commune": commune.name, "province": commune.province, "period": period.to_json(),
           "dossiers": dossier_section(session, period)}
    for key, section in SECTIONS.items():
        out[key] = section(session, period)
    return out


def section_details(session: Session, period: Period) -> dict[str, list[DetailTable]]:
    """Each register's lists for the return, keyed like its section (registers without lists are
    left out)."""
    out: dict[str, list[DetailTable]] = {}
    for key, details in DETAILS.items():
        tables = details(session, period)
        if tables:
            out[key] = tables
    return out
