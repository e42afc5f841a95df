"""The one date field of the window, the two conversions between Python and Qt dates, and a day in words."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

EARLIEST = date(1900, 1, 2)
WEEKDAYS = [QT_TRANSLATE_NOOP("Dates", "Thứ Hai"), QT_TRANSLATE_NOOP("Dates", "Thứ Ba"),
            QT_TRANSLATE_NOOP("Dates", "Thứ Tư"), QT_TRANSLATE_NOOP("Dates", "Thứ Năm"),
            QT_TRANSLATE_NOOP("Dates", "Thứ Sáu"), QT_TRANSLATE_NOOP("Dates", "Thứ Bảy"),
            QT_TRANSLATE_NOOP("Dates", "Chủ nhật")]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def day_words(d: date) -> str:
    """'Thứ Năm, 26/11/2026' (the weekday in the window's language)."""
    from core.formatting import fmt_date

    return f"{QCoreApplication.translate('Dates', WEEKDAYS[d.weekday()])}, {fmt_date(d)}"


class DateField(QDateEdit):
    """A day as dd/mm/yyyy, typed (the separators may be typed or not) or picked from a calendar.
    `optional`: may be left blank (shown empty; `value()` is None). `earliest`/`latest` bound it.
    `value()` raises ValueError for text set with `setText()` that is not a date (31/02/2025)."""

    BLANK = QDate(1900, 1, 1)

    def __init__(self, value: date | None = None, parent=None, *, optional: bool = False,
                 earliest: date | None = None, latest: date | None = None):
        super().__init__(parent)
        self.optional = optional
        self._advanced = False
        self._bad_text: str | None = None
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        if optional:
            self.setMinimumDate(self.BLANK)
            self.setSpecialValueText(" ")  # the blank (a special text must not be empty)
            self.setMinimumWidth(130)
            self.calendarWidget().installEventFilter(self)
        else:
            self.setMinimumDate(qdate(earliest or EARLIEST))
        if latest is not None:
            self.setMaximumDate(qdate(latest))
        self.dateChanged.connect(self._forget_bad_text)
        if value is None and not optional:
            value = date.today()
        self.set_value(value)

    # ------------------------------------------------------------ the value
    def value(self) -> date | None:
        if self._bad_text is not None and self.lineEdit().text() == self._bad_text:
            raise ValueError(self._bad_text)
        if self.optional and self.date() == self.BLANK:
            return None
        return pydate(self.date())

    def set_value(self, d: date | None) -> None:
        self._bad_text = None
        if d is None and not self.optional:
            raise ValueError("a date is required")
        self.setDate(self.BLANK if d is None else qdate(d))

    def setText(self, text: str) -> None:  # noqa: N802 - as a QLineEdit
        """Set from text as a clerk types or pastes it: dd/mm/yyyy (or yyyy-mm-dd); blank for none."""
        from core.imports.reader import CellError, day

        try:
            d = day(text)
        except CellError:
            d = False
        if d is False or (d is None and not self.optional):
            # Shown as given, not "corrected" by Qt into another day: value() reports it.
            edit = self.lineEdit()
            validator = edit.validator()
            edit.blockSignals(True)
            edit.setValidator(None)
            edit.setText(text)
            edit.setValidator(validator)
            edit.blockSignals(False)
            self._bad_text = text
            return
        self.set_value(d)

    def _forget_bad_text(self, *_args) -> None:
        self._bad_text = None

    # ------------------------------------------------------------ typing
    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        text = event.text()
        if text and text.isdigit() and self.optional and self.date() == self.BLANK:
            # Typing into a blank field starts a date at its day (Qt would ignore the digits).
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.DaySection)
        if text in ("/", ".", "-") and self._advanced:
            self._advanced = False  # the section already moved on by itself after its last digit
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = bool(text) and text.isdigit() and self.currentSection() != before

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        # A blank date opens its calendar on this month, not on the sentinel day.
        if event.type() == QEvent.Show and obj is self.calendarWidget() and self.value() is None:
            today = QDate.currentDate()
            obj.setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)
