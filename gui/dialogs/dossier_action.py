"""One status action on a dossier (core.dossiers.transition): its date, its reason or handler or new
date, problems shown next to their fields, and the slip it calls for printed on the way out."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core.calendar import WorkCalendar
from core.dossiers import NOTE_REQUIRED, TRANSITIONS, get_dossier, missing_documents, transition
from core.formatting import fmt_date, nfc
from core.staff import handlers_in_post
from core.vocab import DOSSIER_STATUS
from gui import ops
from gui.messages import field_text
from gui.widgets.buttons import ok_cancel
from gui.widgets.dates import DateField
from gui.widgets.fields import MoneyEdit
from gui.widgets.form import FieldErrors, error_label

CTX = "DossierAction"
ACTION_LABELS = {
    "assign": QT_TRANSLATE_NOOP("DossierAction", "Chuyển cán bộ xử lý"),
    "request_supplement": QT_TRANSLATE_NOOP("DossierAction", "Yêu cầu bổ sung hồ sơ"),
    "supply": QT_TRANSLATE_NOOP("DossierAction", "Đã nhận hồ sơ bổ sung"),
    "apologize": QT_TRANSLATE_NOOP("DossierAction", "Xin lỗi, hẹn lại ngày trả"),
    "return": QT_TRANSLATE_NOOP("DossierAction", "Trả kết quả"),
    "reject": QT_TRANSLATE_NOOP("DossierAction", "Từ chối giải quyết"),
    "withdraw": QT_TRANSLATE_NOOP("DossierAction", "Rút hồ sơ, dừng giải quyết"),
    "refuse": QT_TRANSLATE_NOOP("DossierAction", "Từ chối tiếp nhận"),
}
DATE_LABELS = {
    "assign": QT_TRANSLATE_NOOP("DossierAction", "Ngày chuyển:"),
    "request_supplement": QT_TRANSLATE_NOOP("DossierAction", "Ngày yêu cầu:"),
    "supply": QT_TRANSLATE_NOOP("DossierAction", "Ngày nhận bổ sung:"),
    "apologize": QT_TRANSLATE_NOOP("DossierAction", "Ngày gửi phiếu:"),
    "return": QT_TRANSLATE_NOOP("DossierAction", "Ngày trả kết quả:"),
    "reject": QT_TRANSLATE_NOOP("DossierAction", "Ngày từ chối:"),
    "withdraw": QT_TRANSLATE_NOOP("DossierAction", "Ngày rút hồ sơ:"),
    "refuse": QT_TRANSLATE_NOOP("DossierAction", "Ngày từ chối tiếp nhận:"),
}
NOTE_LABELS = {
    "request_supplement": QT_TRANSLATE_NOOP("DossierAction", "Lý do yêu cầu bổ sung:"),
    "reject": QT_TRANSLATE_NOOP("DossierAction", "Lý do từ chối:"),
    "apologize": QT_TRANSLATE_NOOP("DossierAction", "Lý do chậm trễ:"),
    "withdraw": QT_TRANSLATE_NOOP("DossierAction", "Lý do dừng giải quyết:"),
    "refuse": QT_TRANSLATE_NOOP("DossierAction", "Lý do từ chối tiếp nhận:"),
}
# The counter form each action calls for (a rejection after processing is a decision, not Mẫu 03).
SLIP_OF_ACTION = {"request_supplement": "supplement", "refuse": "refusal", "apologize": "apology",
                  "withdraw": "stop"}


def action_label(action: str) -> str:
    return QCoreApplication.translate(CTX, ACTION_LABELS[action])


class ActionDialog(QDialog):
    """Apply `action` to a dossier. `applied(dossier_id, action)` after a successful save."""

    applied = Signal(int, str)

    def __init__(self, ctx, dossier_id: int, action: str, parent=None, today: date | None = None):
        super().__init__(parent)
        if action not in TRANSITIONS:
            raise ValueError(action)
        self.ctx, self.dossier_id, self.action = ctx, dossier_id, action
        self.today = today or date.today()
        self.setWindowTitle(action_label(action))
        self.setMinimumWidth(520)
        with ctx.read() as s:
            d = get_dossier(s, dossier_id)
            self.code, self.status, self.due = d.code, d.status, d.due_date
            self.received = d.received_date
            summary = f"<b>{d.code}</b> — {d.applicant_name or ''}<br>{d.procedure.name}"
            handlers = handlers_in_post(s, self.today) if action == "assign" else []
            current_handler = d.handler_id
            cal = WorkCalendar.from_session(s)
            suggested_new_date = cal.add_working_days(max(d.due_date, self.today), 5)
            self.supplements = d.supplement_count or 0
            missing = "\n".join(missing_documents(d))
        layout = QVBoxLayout(self)
        head = QLabel(summary + "<br>" + self.tr("Trạng thái: {status} · Hạn trả: {due}").format(
            status=DOSSIER_STATUS.label(self.status, ctx.lang), due=fmt_date(self.due)))
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.fields = FieldErrors()
        self.errors = self.fields.labels
        self.day = DateField(self.today, latest=self.today)
        self._row(form, "date", QCoreApplication.translate(CTX, DATE_LABELS[action]), self.day)
        self.handler = QComboBox()
        if action == "assign":
            self.handler.addItem(self.tr("— Chọn cán bộ —"), None)
            for sid, name in handlers:
                self.handler.addItem(name, sid)
            i = self.handler.findData(current_handler)
            self.handler.setCurrentIndex(max(i, 0))
            self._row(form, "handler", self.tr("Cán bộ xử lý:"), self.handler)
        self.new_date = DateField(suggested_new_date)
        if action == "apologize":
            self._row(form, "new_date", self.tr("Ngày hẹn trả mới:"), self.new_date)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(90)
        self.note.setTabChangesFocus(True)
        note_label = NOTE_LABELS.get(action)
        self._row(form, "note", QCoreApplication.translate(CTX, note_label) if note_label else self.tr("Ghi chú:"),
                  self.note)
        self.items = QPlainTextEdit(missing)
        self.items.setFixedHeight(80)
        self.items.setTabChangesFocus(True)
        self.second_time = QPlainTextEdit()
        self.second_time.setFixedHeight(60)
        self.second_time.setTabChangesFocus(True)
        if action == "request_supplement":
            self._row(form, "items", self.tr("Giấy tờ cần bổ sung (mỗi dòng một mục):"), self.items)
            if self.supplements:
                # the office guides once and fully: a further request is recorded with its reason
                warn = QLabel(self.tr("Hồ sơ đã được yêu cầu bổ sung {n} lần. Chỉ yêu cầu thêm khi ghi rõ lý do; "
                                      "hồ sơ sẽ được đánh dấu.").format(n=self.supplements))
                warn.setWordWrap(True)
                warn.setStyleSheet("color: #b71c1c;")
                form.addRow(warn)
                self._row(form, "second_time", self.tr("Lý do yêu cầu bổ sung lần nữa:"), self.second_time)
        self.refunded_fee = MoneyEdit()
        if action == "withdraw":
            self._row(form, "refunded_fee", self.tr("Phí, lệ phí hoàn trả (đồng):"), self.refunded_fee)
        layout.addLayout(form)
        self.print_slip = QCheckBox(self.tr("In phiếu sau khi lưu"))
        self.print_slip.setChecked(True)
        if action in SLIP_OF_ACTION:
            layout.addWidget(self.print_slip)
        self.general = error_label()
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self.tr("Lưu"), self.tr("Hủy"), self.save, self.reject)
        layout.addWidget(self.buttons)
        self.slip_path = None

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        form.addRow(label, self.fields.wrap(key, widget))

    def show_errors(self, problems, general: str = "") -> None:
        """A refusal of core (its problems), or field → core's message, under the fields."""
        self.fields.show_all(self.general, problems, general)

    def save(self) -> "ops.Job | bool":
        note = nfc(self.note.toPlainText()) or None
        missing = {}
        if self.action in NOTE_REQUIRED and not note:
            missing["note"] = field_text("dossier.reason_required")
        if self.action == "assign" and self.handler.currentData() is None:
            missing["handler"] = field_text("dossier.choose_handler")
        refunded_fee = None
        if self.action == "withdraw":
            try:
                refunded_fee = self.refunded_fee.value()
            except ValueError:
                missing["refunded_fee"] = field_text("dossier.refunded_fee")
        if missing:
            self.show_errors(missing)
            return False
        dossier_id, action, user = self.dossier_id, self.action, self.ctx.user_name
        on, handler_id = self.day.value(), self.handler.currentData()
        new_date = self.new_date.value() if action == "apologize" else None
        items = nfc(self.items.toPlainText()) or None if action == "request_supplement" else None
        second_time = nfc(self.second_time.toPlainText()) or None if action == "request_supplement" else None
        return ops.write(self.ctx, lambda s: transition(s, dossier_id, action, on=on, note=note, user=user,
                                                        handler_id=handler_id, new_date=new_date, items=items,
                                                        second_time=second_time, refunded_fee=refunded_fee),
                         parent=self, done=self._saved, failed=self._failed, busy=[self.buttons])

    def _failed(self, exc) -> None:
        self.show_errors(exc)

    def _saved(self, _result=None) -> None:
        self.show_errors({})
        if self.action in SLIP_OF_ACTION and self.print_slip.isChecked():
            from gui.slips import produce_slip

            self.slip_path = produce_slip(self.ctx, self.dossier_id, SLIP_OF_ACTION[self.action], self)
        self.applied.emit(self.dossier_id, self.action)
        self.accept()
