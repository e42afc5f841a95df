"""Kế hoạch công tác, one module per tab or dialog: page (TasksPage), board (the month's board),
task_dialog (the task form and a status step), training (courses and attendance), required (topics
required by position), person (one person's tasks and training), common (wording, the dialog base)."""
from gui.pages.tasks.page import TasksPage

__all__ = ["TasksPage"]
