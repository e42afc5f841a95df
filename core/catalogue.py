"""The procedure catalogue: seed, lookup by name, add and edit, and each procedure's required
documents (thành phần hồ sơ: the counter's checklist at intake, what Mẫu 01 lists and Mẫu 02 asks for)."""
from __future__ import annotations

import csv
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import resource
from core.collation import sort_key
from core.errors import ValidationError
from core.formatting import fold, nfc
from core.messages import problem
from core.models import Procedure, ProcedureDocument
from core.vocab import DEADLINE_UNIT, DOCUMENT_FORM

SEED_FILE = "procedures.csv"  # in the resources package
# The seed procedures' required documents: procedure, position, name, form, copies, source (where it
# was read, or why it could not be verified).
DOCUMENTS_FILE = "procedure_documents.csv"
MAX_DOCUMENT_COPIES = 99


@dataclass
class RequiredDocument:
    name: str
    form: str = "copy"  # core.vocab.DOCUMENT_FORM
    copies: int = 1


def seed_rows_of_documents() -> list[tuple[str, dict]]:
    """(folded procedure name, {position, name, form, copies}) for every shipped required document."""
    out = []
    with resource(DOCUMENTS_FILE).open("r", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append((fold(row["procedure"]), {"position": int(row["position"]), "name": nfc(row["name"]),
                                                  "form": row["form"], "copies": int(row["copies"])}))
    return out


def seed_catalogue(session: Session) -> int:
    """Add the shipped procedures that the catalogue does not have yet (never overwrites an edit)."""
    known = set(session.scalars(select(Procedure.name_key)))
    documents: dict[str, list[dict]] = {}
    for key, row in seed_rows_of_documents():
        documents.setdefault(key, []).append(row)
    added = 0
    with resource(SEED_FILE).open("r", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = fold(row["name"])
            if key in known:
                continue
            session.add(Procedure(name=nfc(row["name"]), name_key=key, field=nfc(row["field"]),
                                  legal_days=int(row["legal_days"]), deadline_unit=row["deadline_unit"],
                                  legal_basis=nfc(row["legal_basis"]) or None, active=True,
                                  documents=[ProcedureDocument(**doc) for doc in documents.get(key, ())]))
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


def set_required_documents(session: Session, procedure_id: int, documents: list[RequiredDocument]) -> Procedure:
    """Replace the procedure's required documents (in the order given; blank names are dropped)."""
    proc = session.get(Procedure, procedure_id)
    if proc is None:
        raise ValidationError({"procedure": problem("dossier.choose_procedure")})
    rows, errors = [], {}
    for n, doc in enumerate(documents, start=1):
        name = nfc(doc.name)
        if not name:
            continue
        if doc.form not in DOCUMENT_FORM:
            errors.setdefault("documents", problem("unknown_choice", what=problem("noun.document_form"),
                                                   value=doc.form))
        if not isinstance(doc.copies, int) or not 1 <= doc.copies <= MAX_DOCUMENT_COPIES:
            errors.setdefault("documents", problem("dossier.document_copies", number=n, limit=MAX_DOCUMENT_COPIES))
        rows.append((name, doc.form, doc.copies))  # a name too long is refused at flush (core.lengths)
    if errors:
        raise ValidationError(errors)
    current = [(d.name, d.form, d.copies) for d in proc.documents]
    if current != rows:
        proc.documents = [ProcedureDocument(position=n, name=name, form=form, copies=copies)
                          for n, (name, form, copies) in enumerate(rows, start=1)]
        session.flush()
    return proc


def required_documents(procedure: Procedure) -> list[RequiredDocument]:
    return [RequiredDocument(d.name, d.form, d.copies) for d in procedure.documents]
