"""Work plans and tasks (issue 9): monthly key-task plans and tasks assigned by the "6 clear" rule
(rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền), with their history.

A task with `assigned_date` NULL is a draft (not yet assigned): it may lack the six attributes and is
left out of every figure. Closing days: `date_done` for a done task, `cancelled_date` for a cancelled
one; at most one of them is set, and only while the task is in that status (core.tasks keeps this).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, func)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import LIMITED, Base, Timestamps


class MonthlyPlan(Base, Timestamps):
    """Kế hoạch công tác tháng: the key tasks of one month (tasks join it through PlanTask)."""

    __tablename__ = "monthly_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text, info=LIMITED)

    items: Mapped[list["PlanTask"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", foreign_keys="PlanTask.plan_id")

    __table_args__ = (
        UniqueConstraint("year", "month", name="uq_monthly_plan_year_month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
    )


class Task(Base, Timestamps):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optional office reference; re-importing the same code updates the task.
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    # Rõ việc: the work, in one line, and its details.
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text, info=LIMITED)
    # The document the task comes from: core.vocab.TASK_SOURCE, its number and date.
    source_kind: Mapped[str | None] = mapped_column(String(30))
    source_number: Mapped[str | None] = mapped_column(String(100))
    source_date: Mapped[date | None] = mapped_column(Date)
    # Rõ người: the person in charge, and the lead department (by default the person's department
    # when the task is assigned; the figures "by department" count it here). Coordinators: TaskCoordinator.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    # Rõ thời gian: the current deadline (changes are recorded as events); the first one is kept.
    deadline: Mapped[date | None] = mapped_column(Date)
    original_deadline: Mapped[date | None] = mapped_column(Date)
    # Rõ trách nhiệm: core.vocab.TASK_RESPONSIBILITY (lead | coordinate).
    responsibility: Mapped[str | None] = mapped_column(String(20))
    # Rõ sản phẩm: what the task must deliver ("Báo cáo", "Quyết định", "Hồ sơ", …).
    expected_product: Mapped[str | None] = mapped_column(String(300))
    # Rõ thẩm quyền: who assigned it ("Chủ tịch UBND xã", "Tổ công tác số 3 của Thành ủy", …).
    assigning_authority: Mapped[str | None] = mapped_column(String(300))
    assigned_date: Mapped[date | None] = mapped_column(Date)  # NULL: a draft, not assigned yet
    priority: Mapped[str] = mapped_column(String(20), default="medium")  # core.vocab.TASK_PRIORITY
    status: Mapped[str] = mapped_column(String(20), default="not_started")  # core.vocab.TASK_STATUS
    progress: Mapped[int | None] = mapped_column(Integer)  # last reported percentage, 0–100
    date_done: Mapped[date | None] = mapped_column(Date)
    cancelled_date: Mapped[date | None] = mapped_column(Date)
    # Folded code, title, person and source number for the board's diacritic-insensitive search.
    search_key: Mapped[str | None] = mapped_column(String(1000))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    coordinators: Mapped[list["TaskCoordinator"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskCoordinator.id")
    events: Mapped[list["TaskEvent"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskEvent.id")
    plan_items: Mapped[list["PlanTask"]] = relationship(
        back_populates="task", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_task_assigned", "assigned_date"),
        Index("ix_task_done", "date_done"),
        Index("ix_task_open", "status", "deadline"),
        Index("ix_task_person", "person_id", "status"),
        Index("ix_task_department", "department_id", "status"),
    )


class TaskCoordinator(Base):
    """A person or a department that coordinates a task (exactly one of the two is set)."""

    __tablename__ = "task_coordinator"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))

    task: Mapped[Task] = relationship(back_populates="coordinators")

    __table_args__ = (
        CheckConstraint("(staff_id IS NULL) <> (department_id IS NULL)", name="one_of"),
    )


class PlanTask(Base):
    """A task listed in a monthly plan. A task carried over keeps its one record and is listed in the
    next month's plan too, with `carried_from_id` naming the plan it came from."""

    __tablename__ = "plan_task"
    plan_id: Mapped[int] = mapped_column(ForeignKey("monthly_plan.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), primary_key=True)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("monthly_plan.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    plan: Mapped[MonthlyPlan] = relationship(back_populates="items", foreign_keys=[plan_id])
    task: Mapped[Task] = relationship(back_populates="plan_items")

    __table_args__ = (Index("ix_plan_task_task", "task_id"),)


class TaskEvent(Base):
    """One step of a task's history: status changes, progress notes, deadline changes, carry-overs."""

    __tablename__ = "task_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # core.vocab.TASK_EVENT
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    day: Mapped[date] = mapped_column(Date)
    user_name: Mapped[str | None] = mapped_column(String(100))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    progress: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text, info=LIMITED)

    task: Mapped[Task] = relationship(back_populates="events")
