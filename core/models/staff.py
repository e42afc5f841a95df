"""The staff register: departments, people, their assignments (with history) and the staffing plan.

Dates follow one rule everywhere (domain.md, Staff figures): a person or an assignment is current on
day T when it started on or before T (or has no start date) and did not end on or before T. An end
date is therefore the first day *not* covered: a move on day D closes the old assignment with
end_date = D and opens the new one with start_date = D.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps


class Department(Base):
    """An office of the commune (seeded with the offices of Nghị định 150/2025, editable)."""

    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Folded name: how imports and the plan match a department.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Staff(Base, Timestamps):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(10))  # core.vocab.SEX
    id_number: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(30))  # core.vocab.STAFF_CATEGORY
    title: Mapped[str | None] = mapped_column(String(200))
    qualification: Mapped[str | None] = mapped_column(String(200))
    specialty: Mapped[str | None] = mapped_column(String(200))
    # Folded specialty: how the staffing plan counts a person as filling a quota.
    specialty_key: Mapped[str | None] = mapped_column(String(200), index=True)
    origin: Mapped[str | None] = mapped_column(String(30))  # core.vocab.STAFF_ORIGIN
    # The decision that moved or recruited the person (quyết định điều động / biệt phái / tuyển dụng).
    decision_number: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    # Folded name, code, phone and ID number for the list's diacritic-insensitive search.
    search_key: Mapped[str | None] = mapped_column(String(500))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    assignments: Mapped[list["Assignment"]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", order_by="Assignment.id")


class Assignment(Base):
    """Where a person works from a date to a date: department, job position and the dossier fields
    they handle. Each person has one main assignment at a time and may hold concurrent ones."""

    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    kind: Mapped[str] = mapped_column(String(20), default="main")  # core.vocab.ASSIGNMENT_KIND
    job_position: Mapped[str | None] = mapped_column(String(300))
    # Dossier fields (lĩnh vực) this person handles, separated by "; ".
    duties: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    decision_number: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)

    staff: Mapped[Staff] = relationship(back_populates="assignments")
    department: Mapped[Department] = relationship(lazy="joined")

    __table_args__ = (Index("ix_assignment_staff", "staff_id", "kind", "start_date"),)


class StaffingQuota(Base):
    """One row of the staffing plan (định biên): how many people of a specialty a department needs."""

    __tablename__ = "staffing_quota"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    specialty: Mapped[str] = mapped_column(String(200))
    specialty_key: Mapped[str] = mapped_column(String(200))
    quota: Mapped[int] = mapped_column(Integer, default=0)

    department: Mapped[Department] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("department_id", "specialty_key", name="uq_staffing_quota_dept_specialty"),)
