"""The procedure catalogue: seed, lookup by name, add and edit."""
from __future__ import annotations

import csv

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import resource
from core.collation import sort_key
from core.errors import ValidationError
from core.formatting import fold, nfc
from core.messages import problem
from core.models import Procedure
from core.vocab import DEADLINE_UNIT

SEED_FILE = "procedures.csv"  # in the resources package


def seed_catalogue(session: Session) -> int:
    """Add the shipped procedures that the catalogue does not have yet (never overwrites an edit)."""
    known = set(session.scalars(select(Procedure.name_key)))
    added = 0
    with resource(SEED_FILE).open("r", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = fold(row["name"])
            if key in known:
                continue
            session.add(Procedure(name=nfc(row["name"]), name_key=key, field=nfc(row["field"]),
                                  legal_days=int(row["legal_days"]), deadline_unit=row["deadline_unit"],
                                  legal_basis=nfc(row["legal_basis"]) or None, active=True))
            known.add(key)
            added += 1
    return added


def list_procedures(session: Session, active_only: bool = False, search: str | None = None) -> list[Procedure]:
    stmt = select(Procedure)
    if active_only:
        stmt = stmt.where(Procedure.active.is_(True))
    if search:
        stmt = stmt.where(Procedure.name_key.contains(fold(search)))
    # By field, then name, in Vietnamese order (the catalogue is a few hundred rows).
    return sorted(session.scalars(stmt), key=lambda p: (sort_key(p.field), sort_key(p.name), p.id))


def find_procedure(session: Session, name: str) -> Procedure | None:
    return session.scalar(select(Procedure).where(Procedure.name_key == fold(name)))


def save_procedure(session: Session, *, name: str, field: str, legal_days: int | None,
                   deadline_unit: str = "working_days", legal_basis: str | None = None,
                   active: bool = True, procedure_id: int | None = None) -> Procedure:
    """Add a procedure, or edit the one with `procedure_id`."""
    name, field = nfc(name), nfc(field)
    errors = {}
    if not name:
        errors["name"] = problem("procedure.name_required")
    if not field:
        errors["field"] = problem("procedure.field_required")
    if legal_days is not None and legal_days < 0:
        errors["legal_days"] = problem("procedure.negative_time")
    if deadline_unit not in DEADLINE_UNIT:
        errors["deadline_unit"] = problem("unknown_choice", what=problem("noun.deadline_unit"), value=deadline_unit)
    key = fold(name)
    clash = session.scalar(select(Procedure).where(Procedure.name_key == key))
    if clash is not None and clash.id != procedure_id:
        errors["name"] = problem("procedure.exists", name=name)
    if errors:
        raise ValidationError(errors)
    proc = session.get(Procedure, procedure_id) if procedure_id else Procedure()
    proc.name, proc.name_key, proc.field = name, key, field
    proc.legal_days, proc.deadline_unit = legal_days, deadline_unit
    proc.legal_basis, proc.active = nfc(legal_basis) or None, active
    session.add(proc)
    session.flush()
    return proc
