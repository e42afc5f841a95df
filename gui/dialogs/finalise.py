"""Finalised returns in the window (core.finalise): on the Báo cáo page, whether the chosen period is
finalised, a warning when later edits would change its figures, and (for leaders) Chốt báo cáo /
Chốt bản điều chỉnh. Re-printing a finalised period uses the figures as submitted."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from core import finalise as F
from core.auth import can
from core.errors import CommuneDeskError
from gui import ops
from gui.messages import error_text
from gui.widgets.buttons import ok_cancel


def tr(text: str) -> str:
    return QCoreApplication.translate("Finalise", text)


class AmendDialog(QDialog):
    """The reason of an amendment (required)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Chốt bản điều chỉnh"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Lý do điều chỉnh số liệu đã chốt (bắt buộc, lưu cùng phiên bản mới):"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(90)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(tr("Chốt bản điều chỉnh"), tr("Hủy"), self._accept, self.reject))

    def _accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.error.setText(tr("Nhập lý do điều chỉnh."))
            return
        self.accept()


class FinalisedBox(QGroupBox):
    """The finalised state of the period shown on the reports page."""

    finalised = Signal(int)  # the version just stored
    signed = Signal(object)  # core.submission.Submitted: a version finalised signed, with its package

    def __init__(self, ctx, parent=None):
        super().__init__(tr("Chốt báo cáo"), parent)
        self.ctx = ctx
        self.period = None
        self.data: dict | None = None
        self.row = None
        self.check = None
        self.running: str | None = None
        self.dialog = None
        row = QHBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row.addWidget(self.state, 1)
        self.finalise_btn = QPushButton(tr("Chốt báo cáo kỳ này"))
        self.finalise_btn.clicked.connect(self.finalise)
        self.amend_btn = QPushButton(tr("Chốt bản điều chỉnh…"))
        self.amend_btn.clicked.connect(self.ask_amend)
        # The leader's everyday act: finalise (or amend) signed with the certificate, into the package.
        self.sign_btn = QPushButton(tr("Chốt, ký số và đóng gói…"))
        self.sign_btn.clicked.connect(self.ask_sign)
        row.addWidget(self.finalise_btn)
        row.addWidget(self.amend_btn)
        row.addWidget(self.sign_btn)

    def show_period(self, period, data: dict | None = None) -> None:
        """Called by the reports page after it built the period's figures (`data`)."""
        self.period, self.data = period, data
        self.row = self.check = None
        if period is not None:
            try:
                with self.ctx.read() as s:
                    self.row = F.latest(s, period)
                    self.check = F.edited_since_finalised(s, period) if self.row else None
            except CommuneDeskError as exc:
                self.state.setText(error_text(exc))
        allowed = can(getattr(self.ctx, "user", None), "returns")
        self.running = self._running(period)
        self.finalise_btn.setVisible(self.row is None)
        self.amend_btn.setVisible(self.row is not None)
        self.finalise_btn.setEnabled(allowed and period is not None and self.running is None)
        self.amend_btn.setEnabled(allowed and self.running is None)
        tip = tr("Lãnh đạo chốt và điều chỉnh báo cáo.") if not allowed else (self.running or "")
        self.finalise_btn.setToolTip(tip)
        self.amend_btn.setToolTip(tip)
        may_sign = can(getattr(self.ctx, "user", None), "sign") and allowed
        self.sign_btn.setEnabled(may_sign and period is not None)
        self.sign_btn.setText(tr("Điều chỉnh, ký số và đóng gói…") if self.row is not None else
                              tr("Chốt, ký số và đóng gói…"))
        self.sign_btn.setToolTip(tr("Ký số tệp PDF bằng chứng thư số của lãnh đạo và lập gói báo cáo gửi tỉnh.")
                                 if may_sign else tr("Lãnh đạo ký số báo cáo."))
        if period is None:
            self.state.setText("")
        elif self.row is None:
            text = tr("Kỳ này chưa chốt: số liệu còn thay đổi theo dữ liệu.")
            self.state.setText(text + (" " + self.running if self.running else ""))
            self.state.setStyleSheet("")
        else:
            text = tr("Đã chốt phiên bản {v} lúc {when}, người chốt: {who}.").format(
                v=self.row.version, when=self.row.finalised_at.strftime("%H:%M %d/%m/%Y"),
                who=self.row.finalised_by or "—")
            signer = F.signature_of(self.row)
            if signer:
                text += " " + tr("Đã ký số: {name}.").format(name=signer.get("name"))
            if self.check is not None and self.check.touched:
                text += " " + tr("Dữ liệu đã thay đổi sau khi chốt: {n} chỉ tiêu khác với bản đã nộp. In lại bản đã "
                                 "chốt vẫn cho đúng số liệu đã nộp; nếu cần, chốt bản điều chỉnh.").format(
                    n=len(self.check.differences))
                self.state.setStyleSheet("color: #b3261e; font-weight: 600;")
            else:
                text += " " + tr("Chưa có thay đổi nào làm khác số liệu đã nộp.")
                self.state.setStyleSheet("color: #2e7d32;")
            self.state.setText(text)

    @staticmethod
    def _running(period) -> str | None:
        """Why the period cannot be finalised yet (core refuses it until it has ended), else None."""
        if period is None:
            return None
        try:
            period.check_ended()
        except CommuneDeskError as exc:
            return error_text(exc)
        return None

    def finalise(self, reason: str | None = None) -> "ops.Job | bool":
        if self.period is None:
            return False
        period, data = self.period, self.data

        def work(s):
            # An amendment stores the figures as they are now (the page may show the submitted ones).
            row = F.amend(s, period, reason) if reason else F.finalise(s, period, data)
            return row.version

        buttons = [self.finalise_btn, self.amend_btn]
        return ops.write(self.ctx, work, parent=self, done=self._finalised, failed=self._failed, busy=buttons)

    def _finalised(self, version: int) -> None:
        self.show_period(self.period, self.data)
        self.finalised.emit(version)

    def _failed(self, exc) -> None:
        self.state.setText(ops.describe(exc))

    def ask_sign(self):
        """Chốt (or amend), sign and package the period's return (gui.dialogs.signing)."""
        from gui.dialogs.signing import SignDialog

        if self.period is None:
            return None
        self.dialog = SignDialog(self.ctx, self.period, self.data, amend=self.row is not None, parent=self)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._signed)  # a bound method: the dialog deletes itself
        self.dialog.open()
        return self.dialog

    def _signed(self) -> None:
        result = self.dialog.result_value if self.dialog is not None else None
        self.show_period(self.period, self.data)
        if result is not None:
            self.signed.emit(result)
            self.finalised.emit(result.version)

    def ask_amend(self) -> AmendDialog:
        self.dialog = AmendDialog(self)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._amend_accepted)  # a bound method: the dialog deletes itself
        self.dialog.open()
        return self.dialog

    def _amend_accepted(self) -> None:
        self.finalise(self.dialog.reason.toPlainText())
