from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, func)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps


class Procedure(Base, Timestamps):
    """An administrative procedure of the catalogue with its legal time limit."""

    __tablename__ = "procedure"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # Folded name (no case, diacritics or extra spaces): how imports match a procedure.
    name_key: Mapped[str] = mapped_column(String(500), unique=True)
    # Vietnamese sort key of the name (core.sortkeys): the dossier list's sort by procedure.
    name_sort: Mapped[str | None] = mapped_column(String(1500))
    field: Mapped[str] = mapped_column(String(200))
    # None: unknown (added by an import); 0: same day (15:00 rule).
    legal_days: Mapped[int | None] = mapped_column(Integer)
    deadline_unit: Mapped[str] = mapped_column(String(20), default="working_days")
    legal_basis: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    # Thành phần hồ sơ: the documents the procedure requires, in order (the counter's checklist).
    documents: Mapped[list["ProcedureDocument"]] = relationship(
        back_populates="procedure", order_by="ProcedureDocument.position", cascade="all, delete-orphan")


class ProcedureDocument(Base):
    """One document a procedure requires: its name, whether the original or a copy is handed in, and
    how many."""

    __tablename__ = "procedure_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500), info={"field": "documents"})
    form: Mapped[str] = mapped_column(String(20), default="copy")  # core.vocab.DOCUMENT_FORM
    copies: Mapped[int] = mapped_column(Integer, default=1)

    procedure: Mapped[Procedure] = relationship(back_populates="documents")


class Dossier(Base, Timestamps):
    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    # The code the provincial one-stop system gave the dossier (its export's dossier number): how a
    # dossier taken in offline is recognised when the system's export brings it (core.imports).
    official_code: Mapped[str | None] = mapped_column(String(100))
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # The field this dossier is counted under in the return (as recorded; may differ from the catalogue).
    field: Mapped[str] = mapped_column(String(200))
    applicant_name: Mapped[str | None] = mapped_column(String(300), info={"field": "name"})
    applicant_id_number: Mapped[str | None] = mapped_column(String(20), info={"field": "id_number"})
    applicant_phone: Mapped[str | None] = mapped_column(String(30), info={"field": "phone"})
    applicant_address: Mapped[str | None] = mapped_column(String(500), info={"field": "address"})
    applicant_email: Mapped[str | None] = mapped_column(String(200), info={"field": "email"})
    # The authorised person who handed the dossier in for the applicant (Mẫu 01), when there is one.
    representative_name: Mapped[str | None] = mapped_column(String(300), info={"field": "rep_name"})
    representative_id_number: Mapped[str | None] = mapped_column(String(20), info={"field": "rep_id_number"})
    representative_address: Mapped[str | None] = mapped_column(String(500), info={"field": "rep_address"})
    representative_phone: Mapped[str | None] = mapped_column(String(30), info={"field": "rep_phone"})
    representative_email: Mapped[str | None] = mapped_column(String(200), info={"field": "rep_email"})
    representative_document: Mapped[str | None] = mapped_column(String(500), info={"field": "rep_document"})  # the authorisation (giấy ủy quyền)
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
    # Why a late or overdue dossier is late (core.vocab.LATE_CAUSE), as the commune explains it.
    late_cause: Mapped[str | None] = mapped_column(String(20))
    # Mẫu 01's appointment (date and time of day) as given at intake: a later pause or apology never
    # rewrites it (due_date moves with pauses; apology_new_date is the apology's). None: imported.
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime)
    result_delivery: Mapped[str | None] = mapped_column(String(20))  # core.vocab.RESULT_DELIVERY
    copies: Mapped[int | None] = mapped_column(Integer)  # Số lượng hồ sơ (bộ)
    # Its line in the tracking book (Mẫu 07): the year of receipt, the volume, the number in the year;
    # given at intake, never reused. None: imported, never entered at this counter.
    book_year: Mapped[int | None] = mapped_column(Integer)
    book_volume: Mapped[int | None] = mapped_column(Integer)
    book_number: Mapped[int | None] = mapped_column(Integer)
    # Why a second (or later) supplement was requested: the request is otherwise refused.
    second_supplement_reason: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    refunded_fee: Mapped[int | None] = mapped_column(Integer)  # Mẫu 05: fees refunded on a stop (đồng)
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    # For the 766 estimate (3.6, 4.2). NULL is "not recorded", which the estimate tells apart from
    # "no": a fee of NULL or 0 is no fee; paid_online and digitised NULL are unknown.
    fee: Mapped[int | None] = mapped_column(Integer)
    paid_online: Mapped[bool | None] = mapped_column(Boolean)
    digitised: Mapped[bool | None] = mapped_column(Boolean)
    # Folded applicant name and code for diacritic-insensitive search.
    search_key: Mapped[str | None] = mapped_column(String(800))
    # Vietnamese sort keys of the applicant, the field and the handler (core.sortkeys keeps them):
    # the dossier list sorts by these, never by the names' code points.
    applicant_sort: Mapped[str | None] = mapped_column(String(1000))
    field_sort: Mapped[str | None] = mapped_column(String(700))
    handler_sort: Mapped[str | None] = mapped_column(String(700))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    procedure: Mapped[Procedure] = relationship(lazy="joined")
    events: Mapped[list["DossierEvent"]] = relationship(
        back_populates="dossier", order_by="DossierEvent.id", cascade="all, delete-orphan")
    # Thành phần hồ sơ as taken in: the procedure's checklist ticked (received or missing), plus any other.
    documents: Mapped[list["DossierDocument"]] = relationship(
        back_populates="dossier", order_by="DossierDocument.position", cascade="all, delete-orphan")

    __table_args__ = (
        # The return's figures (core.returns): each query walks one range of one of these two, and
        # finds there every column it counts (covering: the table is not read).
        # (status: dossiers refused at the counter are in no figure, core.figures_rules.counted)
        Index("ix_dossier_received", "received_date", "field", "channel", "status"),
        Index("ix_dossier_completed", "completed_date", "field", "received_date", "due_date", "status"),
        Index("ix_dossier_open_due", "status", "due_date"),
        Index("ix_dossier_handler", "handler_id", "status"),
        # The few dossiers asked for a supplement more than once (the 766 estimate's 2.1).
        Index("ix_dossier_supplements", "supplement_count"),
        # The dossier list (core.dossier_queries): each sort order has an index with exactly its
        # columns, so windows page by keyset and counts by a field or channel are index ranges.
        Index("ix_dossier_received_at", "received_at", "id"),
        Index("ix_dossier_field", "field", "received_at"),
        Index("ix_dossier_field_sort", "field_sort", "received_at"),
        Index("ix_dossier_channel", "channel", "received_at"),
        Index("ix_dossier_due", "due_date"),
        # The search box scans this narrow index (LIKE on the folded key), never the table.
        Index("ix_dossier_search", "search_key"),
        # One dossier per official code (many without); an index, not a table constraint, so that the
        # migration adds it without rebuilding the table (SQLite).
        Index("uq_dossier_official_code", "official_code", unique=True),
        # A number of the tracking book is given once in its year (the intake retries on a clash).
        Index("uq_dossier_book", "book_year", "book_number", unique=True),
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
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    # The due date in force once the step was taken (Mẫu 04's promised date, Mẫu 06's on time or late).
    due_date: Mapped[date | None] = mapped_column(Date)
    # A supplement request's list of what to supply or complete (Mẫu 02), one per line.
    items: Mapped[str | None] = mapped_column(Text, info=LIMITED)

    dossier: Mapped[Dossier] = relationship(back_populates="events")


class DossierDocument(Base):
    """One document of a dossier's checklist: handed in (Mẫu 01 lists it) or missing (Mẫu 02 names it)."""

    __tablename__ = "dossier_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500), info={"field": "documents"})
    form: Mapped[str | None] = mapped_column(String(20))  # core.vocab.DOCUMENT_FORM; None: not said
    copies: Mapped[int | None] = mapped_column(Integer)
    received: Mapped[bool] = mapped_column(Boolean, default=True)

    dossier: Mapped[Dossier] = relationship(back_populates="documents")
