"""Accounts, the audit trail and finalised returns (issue 7).

The audit table is append-only: the application never updates or deletes a row (core.audit refuses
it in the session) and, on SQLite and PostgreSQL, triggers created by migration 0002 refuse it too."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, func)
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import LIMITED, Base, Timestamps


class User(Base, Timestamps):
    """An account. `role` is one of core.auth.ROLES; the password is kept only as a scrypt hash."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)  # the login name, folded to lower case
    full_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """One line of the audit trail: who changed which field of which record, from what to what.

    `action` is insert | update | delete (one row per field), or an event of its own: import,
    bulk_insert | bulk_update | bulk_delete (statements that touch many rows), login, login_failed,
    finalise, amend, restore, backup."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str | None] = mapped_column(String(100))
    user_role: Mapped[str | None] = mapped_column(String(20))
    # OS account and computer: tells clerks apart in single-clerk mode, and shared PCs apart.
    workstation: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(100))
    record_id: Mapped[str | None] = mapped_column(String(100))
    field: Mapped[str | None] = mapped_column(String(100))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_entry_record", "table_name", "record_id"),
        Index("ix_audit_entry_user", "user_name", "at"),
    )


class FinalisedReturn(Base):
    """A return as submitted: the JSON exactly as built, its checksum and the produced files'
    checksums. Never changed: a correction is a new version pointing at the previous one."""

    __tablename__ = "finalised_return"
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("finalised_return.id"))
    data_json: Mapped[str] = mapped_column(Text)
    data_sha256: Mapped[str] = mapped_column(String(64))
    # {"file name": "sha256 hex"} of the workbook/PDF handed in, as JSON.
    files_json: Mapped[str | None] = mapped_column(Text)
    finalised_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    finalised_by: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text, info=LIMITED)  # why an amendment was needed
    # Who signed the PDF handed in (core.signing.Signed.to_json: name, subject, serial, issuer, signed_at),
    # as JSON; None for a return finalised unsigned.
    signature_json: Mapped[str | None] = mapped_column(Text)
    # The assessment printed with it (core.assessment.KEYS → text, JSON), frozen with the figures.
    assessment_json: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("period_start", "period_end", "version", name="uq_finalised_return_version"),
    )


class ReturnAssessment(Base):
    """The assessment the clerk writes for a period's return (core.assessment): kết quả đạt được,
    tồn tại, nguyên nhân, phương hướng, kiến nghị. One working text per period; finalising copies it
    into the finalised version (FinalisedReturn.assessment_json), where it no longer changes."""

    __tablename__ = "return_assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    texts_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("period_start", "period_end", name="uq_return_assessment_period"),)
