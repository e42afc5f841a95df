"""The form kit: an error line under each field, a grid of labelled fields, and the one form dialog.

`FormDialog`: OK (`save()`) reads the fields (`work()` returns the work `fn(session)`, or raises
ValidationError for what the window refuses itself), queues the work on the window's writer
(gui.ops) and closes once it committed; when core refuses it, the dialog stays open with each
problem under its field and the rest under the form.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.errors import ValidationError
from gui.widgets.buttons import ok_cancel

ERROR_STYLE = "color: #b3261e;"


def error_label(key: str | None = None) -> QLabel:
    label = QLabel()
    if key:
        label.setObjectName(f"error_{key}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The error lines of a form's fields, by key."""

    def __init__(self):
        self.labels: dict[str, QLabel] = {}

    def line(self, key: str) -> QLabel:
        label = error_label(key)
        self.labels[key] = label
        return label

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """The widget with its error line under it (for a QFormLayout row or a group box)."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        col.addWidget(self.line(key))
        return box

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its field; returns the ones that have no field here."""
        for key, label in self.labels.items():
            text = errors.get(key)
            label.setText(text or "")
            label.setVisible(bool(text))
        return {k: v for k, v in errors.items() if k not in self.labels}

    def shown(self) -> dict[str, str]:
        return {k: label.text() for k, label in self.labels.items() if not label.isHidden()}

    def set(self, key: str, text: str | None) -> None:
        """One field's message (None clears it)."""
        label = self.labels.get(key)
        if label is not None:
            label.setText(text or "")
            label.setVisible(bool(text))

    def refused(self, exc) -> list[str]:
        """A refusal of core: each problem under its field, in the window's words (gui.messages);
        returns the lines no field here shows."""
        from gui.messages import field_errors, other_errors

        self.show(field_errors(exc, self.labels))
        return other_errors(exc, self.labels)

    def show_all(self, line: QLabel, problems, general: str = "") -> None:
        """A refusal of core, or field → worded message, under the fields; `general` and the rest on `line`."""
        rest = self.refused(problems) if isinstance(problems, BaseException) else list(self.show(problems).values())
        text = "; ".join([general] * bool(general) + rest)
        line.setText(text)
        line.setVisible(bool(text))


class FieldGrid(QWidget):
    """Labelled fields, each with its error line under it: `columns=0` as a form (label, then the field
    at its natural width), else in a grid of that many columns with the labels right-aligned; a `span`
    field takes a whole row."""

    def __init__(self, columns: int = 0, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.fields = FieldErrors()
        self.labels: dict[str, QLabel] = {}
        self._n = 0
        if columns == 0:
            self.grid = None
            self.rows = QFormLayout(self)
            self.rows.setContentsMargins(0, 0, 0, 0)
            self.rows.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        else:
            self.rows = None
            self.grid = QGridLayout(self)
            self.grid.setContentsMargins(0, 0, 0, 0)
            self.grid.setHorizontalSpacing(12)
            self.grid.setVerticalSpacing(2)

    @property
    def errors(self) -> dict[str, QLabel]:
        return self.fields.labels

    def add(self, key: str | None, label: str, widget: QWidget, span: bool = False) -> QWidget:
        lab = QLabel(label)
        lab.setBuddy(widget)
        if key is not None:
            self.labels[key] = lab
        if self.rows is not None:
            self.rows.addRow(lab, widget if key is None else self.fields.wrap(key, widget))
            return widget
        if span and self._n % self.columns:
            self._n += self.columns - self._n % self.columns
        row, col = (self._n // self.columns) * 2, 0 if span else (self._n % self.columns) * 2
        width = self.columns * 2 - 1 if span else 1
        self.grid.addWidget(lab, row, col, Qt.AlignRight | Qt.AlignVCenter)
        self.grid.addWidget(widget, row, col + 1, 1, width)
        if key is not None:
            self.grid.addWidget(self.fields.line(key), row + 1, col + 1, 1, width)
        self._n += self.columns if span else 1
        return widget

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        return self.fields.show(errors)

    def shown_errors(self) -> dict[str, str]:
        return self.fields.shown()


class FormDialog(QDialog):
    """A form whose fields each carry an error line. Subclasses add fields with `add_row`, other
    widgets with `add_widget`, and implement `work()`; or give `values()` (and `check()`) and set
    `on_save(session, values)` with `open_saving`. `saved(result)` once the work committed;
    `result_value` keeps it. core's refusals are shown through gui.messages (`problems`)."""

    saved = Signal(object)

    def __init__(self, title: str, parent=None, *, ctx=None, columns: int = 0, cancel_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.ctx = ctx
        self.on_save: Callable[[Any, dict], Any] | None = None
        self.result_value: Any = None
        self.body = QVBoxLayout(self)
        self.form = FieldGrid(columns)
        self.body.addWidget(self.form)
        self.general = error_label()
        self.buttons = ok_cancel(self.tr("Lưu"), cancel_text or self.tr("Hủy"), self.save, self.reject)
        self.body.addWidget(self.general)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # ------------------------------------------------------------ building
    def add_row(self, key: str | None, label: str, widget: QWidget, span: bool = False) -> QWidget:
        return self.form.add(key, label, widget, span)

    def add_widget(self, widget: QWidget, before_form: bool = False) -> QWidget:
        """A widget outside the grid: above it (an introduction) or below it (a history)."""
        self.body.insertWidget(0 if before_form else self.body.indexOf(self.general), widget)
        return widget

    def open_saving(self, ctx, write: Callable[[Any, dict], Any]) -> "FormDialog":
        """Open the dialog; OK queues `write(session, values)` and emits `saved` with the id of what
        it returns."""
        self.ctx = ctx
        self.on_save = lambda session, values: write(session, values).id
        self.open()
        return self

    # ------------------------------------------------------------ reading
    def values(self) -> dict:
        raise NotImplementedError

    def check(self, values: dict) -> dict[str, str]:
        """Checks the window can make before asking `core`: field → text (gui.messages.field_text)."""
        return {}

    def work(self) -> Callable[[Any], Any] | None:
        """The work to queue, the fields read: by default `on_save(session, values)`."""
        values = self.values()
        problems = self.check(values)
        if problems:
            raise _Refused(problems)
        if self.on_save is None:
            return None
        save = self.on_save
        return lambda session: save(session, values)

    # ------------------------------------------------------------ errors
    def problems(self, exc) -> dict[str, str]:
        """Field → message for core's refusal, "" for the problems no field shows (gui.messages)."""
        from gui.messages import form_errors

        return form_errors(exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.form.show_errors(errors)
        self.general.setVisible(bool(rest))
        self.general.setText("\n".join(rest.values()))

    def errors(self) -> dict[str, str]:
        """What is shown now: field → message, and "" for the line under the form."""
        out = self.form.shown_errors()
        if not self.general.isHidden():
            out[""] = self.general.text()
        return out

    # ------------------------------------------------------------ saving
    def save(self):
        """Read the fields and queue the work: the Job, or False when the window refused the form."""
        from gui import ops

        try:
            work = self.work()
        except _Refused as exc:
            self.show_errors(exc.problems)
            return False
        except ValidationError as exc:  # the window's own refusal, or a field it could not read
            self.show_errors(self.problems(exc))
            return False
        if work is None:
            self._saved(None)
            return True
        return ops.write(self.ctx, work, parent=self, done=self._saved, failed=self._refused, busy=[self.buttons])

    def _saved(self, result) -> None:
        self.result_value = result
        self.show_errors({})
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc) -> None:
        self.show_errors(self.problems(exc))


class _Refused(Exception):
    """The window's own checks refused the form (messages already worded)."""

    def __init__(self, problems: dict[str, str]):
        super().__init__(problems)
        self.problems = problems
