"""Equipment and facilities: what the office has, what it asks the province for, and the villages'
site problems (no mobile signal, no power, …)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps


class EquipmentItem(Base, Timestamps):
    """Equipment on hand: one line per item, place and condition."""

    __tablename__ = "equipment_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Folded name and location: how a delivered need finds the line it adds to, and the search key.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    category: Mapped[str] = mapped_column(String(20))  # core.vocab.EQUIPMENT_CATEGORY
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[str | None] = mapped_column(String(50))
    condition: Mapped[str] = mapped_column(String(20), default="good")  # core.vocab.CONDITION
    location: Mapped[str | None] = mapped_column(String(300))
    location_key: Mapped[str] = mapped_column(String(300), default="")
    acquisition_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)


class Need(Base, Timestamps):
    """A facility or equipment need reported to the province, followed to delivery or rejection."""

    __tablename__ = "need"
    id: Mapped[int] = mapped_column(primary_key=True)
    item: Mapped[str] = mapped_column(String(300))
    item_key: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(20))  # core.vocab.EQUIPMENT_CATEGORY
    unit: Mapped[str | None] = mapped_column(String(50))
    quantity_on_hand: Mapped[int | None] = mapped_column(Integer)  # as stated when proposed
    quantity_needed: Mapped[int] = mapped_column(Integer)
    # Estimated unit cost in whole đồng (BigInteger: a service vehicle costs billions).
    unit_cost: Mapped[int | None] = mapped_column(BigInteger)
    priority: Mapped[str] = mapped_column(String(10), default="medium")  # core.vocab.PRIORITY
    justification: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    location: Mapped[str | None] = mapped_column(String(300))
    location_key: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")  # core.vocab.NEED_STATUS
    # The day and the deciding (or receiving) body of the last status change.
    status_date: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(300))
    quantity_delivered: Mapped[int | None] = mapped_column(Integer)
    # The line of equipment on hand the delivery was added to.
    equipment_item_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_item.id", ondelete="SET NULL"))
    search_key: Mapped[str | None] = mapped_column(String(800))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    events: Mapped[list["NeedEvent"]] = relationship(
        back_populates="need", order_by="NeedEvent.id", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_need_status_category", "status", "category"),)


class NeedEvent(Base):
    """One step of a need's history: proposed, submitted, approved, delivered, rejected, edited."""

    __tablename__ = "need_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    day: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    body: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    user_name: Mapped[str | None] = mapped_column(String(100))

    need: Mapped[Need] = relationship(back_populates="events")


class SiteProblem(Base, Timestamps):
    """A village or place with a problem: no mobile signal, no power, a weak network, a road."""

    __tablename__ = "site_problem"
    id: Mapped[int] = mapped_column(primary_key=True)
    place: Mapped[str] = mapped_column(String(300))
    place_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # core.vocab.PROBLEM_KIND
    description: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    since: Mapped[date | None] = mapped_column(Date)
    households: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="open")  # core.vocab.PROBLEM_STATUS
    resolved_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    events: Mapped[list["SiteProblemEvent"]] = relationship(
        back_populates="problem", order_by="SiteProblemEvent.id", cascade="all, delete-orphan")


class SiteProblemEvent(Base):
    """One status of a site problem's history (recorded, in progress, resolved, reopened, imported):
    how a return re-made later shows the problem as it stood on its day."""

    __tablename__ = "site_problem_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_problem_id: Mapped[int] = mapped_column(ForeignKey("site_problem.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    day: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    user_name: Mapped[str | None] = mapped_column(String(100))

    problem: Mapped[SiteProblem] = relationship(back_populates="events")
