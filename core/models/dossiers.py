from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, func)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, Timestamps


class Procedure(Base, Timestamps):
    """An administrative procedure of the catalogue with its legal time limit."""

    __tablename__ = "procedure"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # Folded name (no case, diacritics or extra spaces): how imports match a procedure.
    name_key: Mapped[str] = mapped_column(String(500), unique=True)
    field: Mapped[str] = mapped_column(String(200))
    # None: unknown (added by an import); 0: same day (15:00 rule).
    legal_days: Mapped[int | None] = mapped_column(Integer)
    deadline_unit: Mapped[str] = mapped_column(String(20), default="working_days")
    legal_basis: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Dossier(Base, Timestamps):
    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # The field this dossier is counted under in the return (as recorded; may differ from the catalogue).
    field: Mapped[str] = mapped_column(String(200))
    applicant_name: Mapped[str | None] = mapped_column(String(300))
    applicant_id_number: Mapped[str | None] = mapped_column(String(20))
    applicant_phone: Mapped[str | None] = mapped_column(String(30))
    applicant_address: Mapped[str | None] = mapped_column(String(500))
    channel: Mapped[str] = mapped_column(String(20), default="direct")
    received_at: Mapped[datetime] = mapped_column(DateTime)
    # Day parts kept as their own indexed columns: the return compares days, never times.
    received_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    completed_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="in_progress")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    handler_name: Mapped[str | None] = mapped_column(String(200))
    supplement_requested_date: Mapped[date | None] = mapped_column(Date)
    supplement_count: Mapped[int] = mapped_column(Integer, default=0)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    # Mẫu 04: the new date promised in an apology. It never changes due_date (a late dossier stays late).
    apology_new_date: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # For the 766 estimate (3.6, 4.2). NULL is "not recorded", which the estimate tells apart from
    # "no": a fee of NULL or 0 is no fee; paid_online and digitised NULL are unknown.
    fee: Mapped[int | None] = mapped_column(Integer)
    paid_online: Mapped[bool | None] = mapped_column(Boolean)
    digitised: Mapped[bool | None] = mapped_column(Boolean)
    # Folded applicant name and code for diacritic-insensitive search.
    search_key: Mapped[str | None] = mapped_column(String(800))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    procedure: Mapped[Procedure] = relationship(lazy="joined")
    events: Mapped[list["DossierEvent"]] = relationship(
        back_populates="dossier", order_by="DossierEvent.id", cascade="all, delete-orphan")

    __table_args__ = (
        # The return's figures (core.returns): each query walks one range of one of these two, and
        # finds there every column it counts (covering: the table is not read).
        Index("ix_dossier_received", "received_date", "field", "channel"),
        Index("ix_dossier_completed", "completed_date", "field", "received_date", "due_date", "status"),
        Index("ix_dossier_open_due", "status", "due_date"),
        Index("ix_dossier_handler", "handler_id", "status"),
        # The few dossiers asked for a supplement more than once (the 766 estimate's 2.1).
        Index("ix_dossier_supplements", "supplement_count"),
        # The dossier list (core.dossier_queries): each sort order has an index with exactly its
        # columns, so windows page by keyset and counts by a field or channel are index ranges.
        Index("ix_dossier_received_at", "received_at", "id"),
        Index("ix_dossier_field", "field", "received_at"),
        Index("ix_dossier_channel", "channel", "received_at"),
        Index("ix_dossier_due", "due_date"),
        # The search box scans this narrow index (LIKE on the folded key), never the table.
        Index("ix_dossier_search", "search_key"),
    )


class DossierEvent(Base):
    """One step of a dossier's history: who did what, when."""

    __tablename__ = "dossier_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    day: Mapped[date] = mapped_column(Date)
    user_name: Mapped[str | None] = mapped_column(String(100))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)

    dossier: Mapped[Dossier] = relationship(back_populates="events")
