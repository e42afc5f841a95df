"""Finalised returns (issue 7, point 3): a period's return stored exactly as submitted — the JSON as
built, its SHA-256, and the SHA-256 of the workbook/PDF handed in. Re-printing uses the stored JSON,
so the figures are the submitted ones whatever was edited since. A correction is a new version that
points at the previous one (with a reason). Leaders finalise and amend (`returns` permission)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import clock
from core.auth import require, session_user
from core.errors import CommuneDeskError, ValidationError
from core.formatting import nfc
from core.returns import Period
from core.return_sections import build_return
from core.messages import problem

# Keys that describe the making of a document rather than the figures: not compared.
VOLATILE_KEYS = {"generated_at", "made_at", "made_by", "created_at", "exported_at"}
# Registers whose edits can move a return's figures.
REGISTER_TABLES_EXCLUDED = {"app_user", "audit_entry", "finalised_return", "import_batch"}


class AlreadyFinalised(CommuneDeskError):
    pass


def canonical_json(data: dict) -> str:
    """The stored text: key order as built (what `report --json` shows), compact, UTF-8."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def versions(session: Session, period: Period) -> list:
    """Every version of the period's finalised return, oldest first."""
    from core.models import FinalisedReturn as F

    return list(session.scalars(select(F).where(F.period_start == period.start, F.period_end == period.end)
                                .order_by(F.version)))


def latest(session: Session, period: Period):
    v = versions(session, period)
    return v[-1] if v else None


def _store(session: Session, period: Period, data: dict | None, files, previous, reason: str | None,
           checksums: dict[str, str] | None = None, signature: dict | None = None):
    from core import assessment
    from core.models import FinalisedReturn

    if signature:
        require(session, "sign")
    data = build_return(session, period) if data is None else data
    text = canonical_json(data)
    checksums = {**{Path(p).name: sha256_file(p) for p in (files or [])}, **(checksums or {})}
    actor = session_user(session)
    row = FinalisedReturn(period_start=period.start, period_end=period.end,
                          version=(previous.version + 1) if previous else 1,
                          previous_id=previous.id if previous else None, data_json=text,
                          data_sha256=sha256_text(text), files_json=json.dumps(checksums, ensure_ascii=False),
                          finalised_at=clock.now().replace(microsecond=0),
                          finalised_by=getattr(actor, "name", None) or _label(session), reason=reason,
                          signature_json=json.dumps(signature, ensure_ascii=False) if signature else None,
                          assessment_json=assessment.to_finalise(session, period, data))
    _insert(session, period, row, previous)
    if signature:
        _record_signature(session, row, signature)
    return row


def _insert(session: Session, period: Period, row, previous) -> None:
    """Store the version; another clerk's finalise or amendment of the same period committed since it
    was read (PostgreSQL reads committed rows, so both may count the same versions) is the loser's
    one line, as SQLite's one writer at a time gives it, never the unique index's error."""
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as exc:
        if not _is_version_clash(exc):
            raise
        winner = latest(session, period)
        if winner is None:  # pragma: no cover - the clash is with a committed version
            raise
        if previous is None:
            raise AlreadyFinalised("finalise.already", start=period.start, end=period.end, at=winner.finalised_at,
                                   version=winner.version) from None
        raise AlreadyFinalised("finalise.amended_meanwhile", start=period.start, end=period.end,
                               at=winner.finalised_at, version=winner.version) from None


def _is_version_clash(exc) -> bool:
    text = str(getattr(exc, "orig", exc))
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    return (getattr(diag, "constraint_name", None) == "uq_finalised_return_version"
            or "uq_finalised_return_version" in text
            or "finalised_return.period_start, finalised_return.period_end, finalised_return.version" in text)


def _record_signature(session: Session, row, signature: dict) -> None:
    """The leader's act in the audit trail: who signed which version with which certificate (its
    subject, serial number and issuer; never the PIN or password, which core never holds)."""
    from core.audit import record

    record(session, "sign", "finalised_return", row.id, field="signature",
           new=f"{signature.get('subject')}; serial {signature.get('serial')}",
           note=f"return {period_text(Period(row.period_start, row.period_end))} version {row.version}; "
                f"issuer {signature.get('issuer')}; signed at {signature.get('signed_at')}; "
                f"pdf sha256 {signature.get('pdf_sha256', '')}")


def signature_of(row) -> dict | None:
    """Who signed a finalised return's PDF (None: finalised unsigned)."""
    return json.loads(row.signature_json) if getattr(row, "signature_json", None) else None


def _label(session: Session) -> str | None:
    user = session.info.get("user")
    return str(user)[:100] if user else None


def finalise(session: Session, period: Period, data: dict | None = None, files=(), *,
             checksums: dict[str, str] | None = None, signature: dict | None = None):
    """Lock the period's return as submitted (version 1). `data` is the JSON that was handed in
    (built now when None); `files` the workbook/PDF produced from it (their checksums are kept, as
    are `checksums`: file name → SHA-256); `signature`: who signed its PDF (core.signing), recorded
    in the audit trail too (a leader's act: the `sign` permission). Refused while the period has not
    ended (from T + 1 on)."""
    require(session, "returns")
    period.check_ended()
    previous = latest(session, period)
    if previous is not None:
        raise AlreadyFinalised("finalise.already", start=period.start, end=period.end, at=previous.finalised_at,
                               version=previous.version)
    return _store(session, period, data, files, None, None, checksums, signature)


def amend(session: Session, period: Period, reason: str, data: dict | None = None, files=(), *,
          checksums: dict[str, str] | None = None, signature: dict | None = None):
    """A corrected version, linked to the previous one; the reason is required."""
    require(session, "returns")
    period.check_ended()
    reason = nfc(reason)
    if not reason:
        raise ValidationError({"reason": problem("finalise.reason_required")})
    previous = latest(session, period)
    if previous is None:
        raise CommuneDeskError("finalise.not_yet_first", start=period.start, end=period.end)
    return _store(session, period, data, files, previous, reason, checksums, signature)


def assessment_for(session: Session, period: Period, data: dict) -> dict[str, str] | None:
    """The assessment printed with `data` (core.assessment): when `data` is a finalised version's
    figures, the text finalised with them; else the clerk's text. None: not written, the document
    drafts it from the figures."""
    from core import assessment

    digest = sha256_text(canonical_json(data))
    for row in reversed(versions(session, period)):
        if row.data_sha256 == digest:
            texts = assessment.finalised_texts(row)
            if texts is not None:
                return texts
            break
    return assessment.stored(session, period)


def stored_data(row) -> dict:
    """The JSON as submitted, after checking it against its checksum."""
    if sha256_text(row.data_json) != row.data_sha256:
        raise CommuneDeskError("finalise.checksum", version=row.version)
    return json.loads(row.data_json)


def reprint(session: Session, period: Period, version: int | None = None) -> dict:
    """The figures as submitted (the latest version, or `version`)."""
    rows = versions(session, period)
    if not rows:
        raise CommuneDeskError("finalise.not_yet", start=period.start, end=period.end)
    if version is None:
        return stored_data(rows[-1])
    for r in rows:
        if r.version == version:
            return stored_data(r)
    raise CommuneDeskError("finalise.no_version", version=version, start=period.start, end=period.end)


@dataclass
class ReturnData:
    """The figures a return of a period prints (domain.md, "The day a return speaks for"): those
    submitted when the period is finalised, the live ones otherwise or when asked for (`live`)."""
    data: dict
    finalised: object | None = None  # the latest finalised version of the period, if any

    @property
    def submitted(self) -> bool:
        """The stored figures of the finalised version (not computed now)."""
        return self.finalised is not None and not self.data.get("live")


def return_data(session: Session, period: Period, *, live: bool = False, today=None) -> ReturnData:
    """The one rule for what a return of `period` shows, for the window and the command line alike:
    a finalised period gives its figures as submitted (the latest version, checked against its
    checksum); otherwise, or with `live`, they are computed now, and the live figures of a finalised
    period carry `"live": true` so that every output says so."""
    row = latest(session, period)
    if row is not None and not live:
        return ReturnData(stored_data(row), row)
    data = build_return(session, period, today)
    if row is not None:
        data["live"] = True
    return ReturnData(data, row)


def file_checksums(row) -> dict[str, str]:
    return json.loads(row.files_json or "{}")


def verify_files(row, paths) -> dict[str, bool]:
    """Is each file the one handed in? (by name and SHA-256)"""
    known = file_checksums(row)
    return {Path(p).name: known.get(Path(p).name) == sha256_file(p) for p in paths}


@dataclass
class EditCheck:
    """Whether the registers moved under a finalised period since it was finalised."""
    row: object
    differences: list[str] = field(default_factory=list)  # figures (JSON paths) that would change
    edits_since: int = 0  # audit entries on the registers since the finalisation

    @property
    def touched(self) -> bool:
        return bool(self.differences)

    def __bool__(self) -> bool:
        return self.touched


def edited_since_finalised(session: Session, period: Period) -> EditCheck | None:
    """None when the period is not finalised; otherwise which submitted figures the present data
    would change (the window shows a warning when there are any) and how many edits there were."""
    from core.models import AuditEntry as A

    row = latest(session, period)
    if row is None:
        return None
    diffs = diff(stored_data(row), build_return(session, period))
    edits = session.scalar(select(func.count()).select_from(A).where(
        A.at >= row.finalised_at, A.table_name.notin_(REGISTER_TABLES_EXCLUDED | {"database"}),
        A.action.notin_(("login", "login_failed"))))
    return EditCheck(row, diffs, edits or 0)


def finalised_periods(session: Session) -> list:
    """The latest version of every finalised period, newest period first."""
    from core.models import FinalisedReturn as F

    newest = select(F.period_start, F.period_end, func.max(F.version).label("v")) \
        .group_by(F.period_start, F.period_end).subquery()
    return list(session.scalars(select(F).join(newest, (F.period_start == newest.c.period_start)
                                               & (F.period_end == newest.c.period_end) & (F.version == newest.c.v))
                                .order_by(F.period_start.desc())))


def touched_periods(session: Session) -> list[EditCheck]:
    """Finalised periods whose figures later edits would change (for the window's warning)."""
    out = []
    for row in finalised_periods(session):
        check = edited_since_finalised(session, Period(row.period_start, row.period_end))
        if check:
            out.append(check)
    return out


def diff(old, new, path: str = "") -> list[str]:
    """JSON paths where `new` differs from `old` (volatile keys ignored)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in list(old) + [k for k in new if k not in old]:
            if key in VOLATILE_KEYS:
                continue
            out += diff(old.get(key), new.get(key), f"{path}.{key}" if path else str(key))
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [d for i, (a, b) in enumerate(zip(old, new)) for d in diff(a, b, f"{path}[{i}]")]
    return [] if old == new else [path or "(all)"]


def period_text(period: Period) -> str:
    return f"{period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}"
