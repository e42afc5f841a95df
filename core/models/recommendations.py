"""Difficulties and recommendations raised to the province, their answers, and what they concern."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, String, Table, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps
from core.models.equipment import Need

# Which needs a recommendation concerns (many to many).
recommendation_need = Table(
    "recommendation_need", Base.metadata,
    Column("recommendation_id", ForeignKey("recommendation.id", ondelete="CASCADE"), primary_key=True),
    Column("need_id", ForeignKey("need.id", ondelete="CASCADE"), primary_key=True),
)


class Recommendation(Base, Timestamps):
    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[str] = mapped_column(Text, info=LIMITED)
    category: Mapped[str] = mapped_column(String(30))  # core.vocab.REC_CATEGORY
    raised_date: Mapped[date | None] = mapped_column(Date, index=True)
    addressed_to: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="new")  # core.vocab.REC_STATUS
    submitted_date: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    answer_date: Mapped[date | None] = mapped_column(Date)
    answered_by: Mapped[str | None] = mapped_column(String(300))
    resolved_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    search_key: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    needs: Mapped[list[Need]] = relationship(secondary=recommendation_need, order_by=Need.id)
    shortages: Mapped[list["RecommendationShortage"]] = relationship(
        back_populates="recommendation", order_by="RecommendationShortage.id", cascade="all, delete-orphan")
    events: Mapped[list["RecommendationEvent"]] = relationship(
        back_populates="recommendation", order_by="RecommendationEvent.id", cascade="all, delete-orphan")


class RecommendationShortage(Base):
    """A staff shortage the recommendation concerns: a department and a specialty of the staffing
    plan, by name (folded keys match them to the plan and to staff records)."""

    __tablename__ = "recommendation_shortage"
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"),
                                                   index=True)
    department: Mapped[str] = mapped_column(String(300))
    department_key: Mapped[str] = mapped_column(String(300))
    specialty: Mapped[str | None] = mapped_column(String(200))
    specialty_key: Mapped[str] = mapped_column(String(200), default="")

    recommendation: Mapped[Recommendation] = relationship(back_populates="shortages")


class RecommendationEvent(Base):
    """One step of a recommendation's history: raised, submitted, answered, resolved, edited."""

    __tablename__ = "recommendation_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"),
                                                   index=True)
    action: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    day: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    body: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    user_name: Mapped[str | None] = mapped_column(String(100))

    recommendation: Mapped[Recommendation] = relationship(back_populates="events")
