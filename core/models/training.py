"""Staff training (issue 9): courses, who attended with what result, and the topics the office
requires for a job position."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps


class Course(Base, Timestamps):
    """A training course or class (lớp bồi dưỡng, tập huấn, "cầm tay chỉ việc")."""

    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # Folded name: a course is identified by its folded name and start date (how imports match it).
    name_key: Mapped[str] = mapped_column(String(500))
    topic: Mapped[str] = mapped_column(String(30))  # core.vocab.TRAINING_TOPIC
    organiser: Mapped[str | None] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)  # = start_date for a one-day course
    hours: Mapped[Decimal | None] = mapped_column(Numeric(7, 1))
    mode: Mapped[str] = mapped_column(String(20), default="in_person")  # core.vocab.TRAINING_MODE
    location: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    attendances: Mapped[list["Attendance"]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="Attendance.id")

    __table_args__ = (
        UniqueConstraint("name_key", "start_date", name="uq_course_name_start"),
        Index("ix_course_end", "end_date", "topic"),
    )


class Attendance(Base):
    """One person at one course, with the result (core.vocab.TRAINING_RESULT)."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    result: Mapped[str] = mapped_column(String(20), default="completed")
    certificate: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    course: Mapped[Course] = relationship(back_populates="attendances")

    __table_args__ = (UniqueConstraint("course_id", "staff_id", name="uq_attendance_course_staff"),)


class RequiredTraining(Base):
    """A topic the office requires for a job position (vị trí việc làm). `valid_months`: a completed
    course counts for that many months after it ended (NULL: once is enough)."""

    __tablename__ = "required_training"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_position: Mapped[str] = mapped_column(String(300))
    position_key: Mapped[str] = mapped_column(String(300))  # folded job position
    topic: Mapped[str] = mapped_column(String(30))
    valid_months: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (UniqueConstraint("position_key", "topic", name="uq_required_training_position_topic"),)
