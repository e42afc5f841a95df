"""Nhân sự, one module per tab or dialog: page (StaffPage), list_tab, person (the person's form),
assignments (move, concurrent post, its end), plan (the staffing plan and its chart), departments,
common (problem wording, the dialog base)."""
from gui.pages.staff.page import StaffPage

__all__ = ["StaffPage"]
