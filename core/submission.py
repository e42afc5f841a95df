"""Submitting a return: finalise (or amend) a period's return with its files, the PDF signed by the
leader, and the return package for the province, in one step that the command line and the window
share.

Order: the figures are built and the files made under temporary names beside their targets; the PDF
is signed there (the package's binding attached first, so the signature covers it); the package is
zipped; then the finalised record is stored with every file's SHA-256 and the signature (and the
audit trail's `sign` entry) in one transaction; only after it commits are the files given their
names. A failure at any step leaves no file and no record; a record that fails to commit leaves no
file either.
"""
from __future__ import annotations

import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from core import clock
from core.errors import CommuneDeskError
from core.returns import Period

Progress = Callable[[int, "int | None"], None]


@dataclass
class Outputs:
    """Where the return's files go (None: not asked for). The package needs all three files and
    makes those not asked for in a temporary folder."""

    xlsx: Path | None = None
    pdf: Path | None = None
    json: Path | None = None
    package: Path | None = None

    def targets(self) -> dict[str, Path]:
        return {k: Path(v) for k, v in (("xlsx", self.xlsx), ("pdf", self.pdf), ("json", self.json),
                                        ("package", self.package)) if v}


@dataclass
class Submitted:
    version: int
    data_sha256: str
    period: Period
    signed: object = None  # core.signing.Signed
    written: list[Path] = field(default_factory=list)
    replaces: int | None = None
    data: dict | None = None  # the return's JSON as finalised


def check_outputs(outputs: Outputs, db=None) -> None:
    """Refuse, before any work, outputs that collide: two outputs on one path, a folder, the
    database (or its companion files), also through a link."""
    from core.files import check_outputs as check

    check(db, list(outputs.targets().values()))


def submit(db, period: Period, *, action: str = "finalise", reason: str | None = None, outputs: Outputs,
           key=None, user: str | None = None, options=None, progress: Progress | None = None,
           now: Callable[[], datetime] | None = None, actor=None) -> Submitted:
    """Finalise (`action="finalise"`) or amend (`"amend"`, with `reason`) the return of `period`,
    writing `outputs`; `key` (an opened core.signing.SigningKey) signs the PDF. The acting user is
    `actor` (the window's), else the one the database's sessions carry (core.auth); `user` is the
    name the documents print as their maker."""
    from core.auth import require
    from core.db import transaction
    from core.exports import write_return_files
    from core.files import json_text
    from core.finalise import amend, finalise, latest, sha256_file as _sha
    from core.packages import BINDING, NAMES, Facts, binding, write_package
    from core.return_sections import build_return
    from core.signing import sign_pdf

    if action not in ("finalise", "amend"):
        raise ValueError(action)
    check_outputs(outputs, db)  # whoever calls: never over the database
    period.check_ended()  # a running period is refused before any file is made
    targets = outputs.targets()
    if key is not None and not (outputs.pdf or outputs.package):
        raise CommuneDeskError("sign.needs_pdf")
    made_at = now or (lambda: clock.now().replace(microsecond=0))
    step = progress or (lambda done, total: None)
    with ExitStack() as stack:
        staging = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="communedesk-")))
        # Each target's temporary file beside it: renamed into place when the stack closes.
        from core.files import atomic_path

        staged = {kind: stack.enter_context(atomic_path(path)) for kind, path in targets.items()}
        made = {k: staged.get(k) or staging / NAMES[k] for k in ("xlsx", "pdf", "json")}
        need = {k for k in ("xlsx", "pdf", "json") if k in staged or outputs.package}
        with transaction(db.sessions, write=False, user=actor) as s:
            require(s, "returns")
            if key is not None:
                require(s, "sign")
            previous = latest(s, period)
            if action == "finalise" and previous is not None:
                finalise(s, period)  # raises AlreadyFinalised with the date and version
            if action == "amend" and (previous is None or not (reason or "").strip()):
                amend(s, period, reason)  # raises (the reason is required; nothing to amend yet) and stores nothing
            data = build_return(s, period)
            step(1, None)
            files = {k: made[k] for k in ("xlsx", "pdf") if k in need}
            if files:
                write_return_files(s, period, data, user=user, options=options, progress=progress,
                                   **{k: str(v) for k, v in files.items()})
        if "json" in need:
            made["json"].write_text(json_text(data), encoding="utf-8")
        version = previous.version + 1 if previous else 1
        replaces = previous.version if (previous and action == "amend") else None
        facts = Facts(str(data.get("commune") or ""), str(data.get("province") or ""), period.start, period.end,
                      version, replaces, reason if action == "amend" else None)
        signed = None
        made_when = made_at()  # one moment: in the signed binding and in the manifest
        if key is not None:
            bound = {NAMES[k]: _sha(made[k]) for k in ("json", "xlsx") if k in need}
            signed = sign_pdf(made["pdf"], made["pdf"], key, attachments={
                BINDING: binding(facts, bound, made_at=made_when, made_by=user)} if outputs.package else None,
                reason=_reason(period, version), location=_place(data))
            step(2, None)
        signature = {**signed.to_json(), "pdf_sha256": signed.sha256} if signed else None
        checksums = {targets[k].name: _sha(staged[k]) for k in ("xlsx", "pdf", "json") if k in staged}
        if outputs.package:
            manifest_files = {NAMES[k]: made[k].read_bytes() for k in ("json", "xlsx", "pdf")}
            write_package(staged["package"], manifest_files, facts, made_at=made_when, made_by=user,
                          signer=signed.to_json() if signed else None)
            checksums[targets["package"].name] = _sha(staged["package"])
        with transaction(db.sessions, user=actor) as s:
            store = finalise if action == "finalise" else amend
            args = (s, period, data) if action == "finalise" else (s, period, reason, data)
            row = store(*args, checksums=checksums, signature=signature)
            result = Submitted(row.version, row.data_sha256, period, signed, list(targets.values()), replaces, data)
        # Leaving the stack renames every staged file into place (the record is committed).
    return result


def _reason(period: Period, version: int) -> str:
    from core.messages import Renderer

    return Renderer("vi").say("sign.reason", period=f"{period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}",
                              version=version)


def _place(data: dict) -> str | None:
    from core.exports.labels import commune_place

    return commune_place(data.get("commune")) or None
