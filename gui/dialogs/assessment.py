"""The return's assessment in the window (core.assessment): the five parts a working group expects
after the figures, one tab each, opened from the Báo cáo page. A period without a text starts from
the draft made from its figures; the clerk edits it and saves it with the period. A finalised
version keeps the text it was finalised with."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QTabWidget, QVBoxLayout)

from core import assessment
from core.auth import can
from core.formatting import fmt_date
from gui import ops

def tr(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


def titles() -> dict[str, str]:
    """The parts' headings as the document prints them (core.assessment.TITLES), translated."""
    return {"achievements": tr("Kết quả đạt được"), "shortcomings": tr("Tồn tại, hạn chế"),
            "causes": tr("Nguyên nhân"), "next_tasks": tr("Phương hướng, nhiệm vụ"),
            "proposals": tr("Kiến nghị, đề xuất")}


class AssessmentDialog(QDialog):
    """Edit the assessment of `period`; `data` is the period's figures as the page built them."""

    def __init__(self, ctx, period, data: dict, parent=None):
        super().__init__(parent)
        self.ctx, self.period, self.data = ctx, period, data
        self.job = None
        self.setWindowTitle(tr("Đánh giá, phương hướng, kiến nghị: %1 – %2")
                            .replace("%1", fmt_date(period.start)).replace("%2", fmt_date(period.end)))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Phần lời của báo cáo, in sau các bảng số liệu. Mỗi dòng là một đoạn. Chưa lưu thì báo "
                         "cáo in bản nháp lập từ số liệu."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tabs = QTabWidget(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        heading = titles()
        for key in assessment.KEYS:
            edit = QPlainTextEdit(self.tabs)
            edit.setTabChangesFocus(True)
            self.edits[key] = edit
            self.tabs.addTab(edit, heading[key])
        layout.addWidget(self.tabs, 1)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.draft_btn = QPushButton(tr("Lấy bản nháp từ số liệu cho phần này"), self)
        self.draft_btn.clicked.connect(self.fill_draft)
        row.addWidget(self.draft_btn)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close, self)
        self.save_btn = buttons.button(QDialogButtonBox.Save)
        self.save_btn.setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.Close).setText(tr("Đóng"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

        self.allowed = can(getattr(ctx, "user", None), "draft_returns")
        with ctx.read() as s:
            saved = assessment.stored(s, period)
            self.draft = assessment.draft_for(s, period, data)
            from core import finalise

            self.finalised = finalise.latest(s, period) is not None
        self.saved = saved is not None
        self.show_texts(saved if saved is not None else self.draft)
        for edit in self.edits.values():
            edit.setReadOnly(not self.allowed)
        self.save_btn.setEnabled(self.allowed)
        self.draft_btn.setEnabled(self.allowed)
        if not self.allowed:
            self.save_btn.setToolTip(tr("Cán bộ lập báo cáo viết và lưu phần này."))
        self._show_state()

    def show_texts(self, texts: dict) -> None:
        for key, edit in self.edits.items():
            edit.setPlainText(texts.get(key) or "")

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def fill_draft(self) -> None:
        key = assessment.KEYS[self.tabs.currentIndex()]
        self.edits[key].setPlainText(self.draft.get(key) or "")

    def _show_state(self, text: str | None = None) -> None:
        parts = [text] if text else []
        if not parts:
            parts.append(tr("Đã lưu cùng kỳ báo cáo.") if self.saved else
                         tr("Chưa lưu: đang hiện bản nháp lập từ số liệu."))
        if self.finalised:
            parts.append(tr("Kỳ đã chốt: bản đã nộp giữ nguyên nội dung lúc chốt; nội dung lưu ở đây dùng cho "
                            "bản điều chỉnh."))
        self.state.setText(" ".join(parts))

    def save(self) -> "ops.Job | None":
        if not self.allowed:
            return None
        period, texts = self.period, self.texts()
        self.job = ops.write(self.ctx, lambda s: assessment.save(s, period, texts), parent=self, done=self._saved,
                             failed=self._failed, busy=[self.save_btn], title=tr("Lưu phần đánh giá"))
        return self.job

    def _saved(self, texts) -> None:
        self.saved = True
        self.show_texts(texts)
        self._show_state()
        self.accept()

    def _failed(self, exc) -> None:
        self._show_state(ops.describe(exc))
        self.state.setStyleSheet("color: #b3261e;")


def open_for(page, ctx, period, data) -> AssessmentDialog:
    dialog = AssessmentDialog(ctx, period, data, page)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
