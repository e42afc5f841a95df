"""Kiến nghị: difficulties and recommendations raised to the province, followed to their answer.
Everything is read from and written through `core.recommendations`."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from core import recommendations as rc
from core.errors import CommuneDeskError
from core.formatting import fmt_date
from gui.numbers import fmt_int
from core.vocab import NEED_STATUS, REC_ACTION, REC_CATEGORY, REC_STATUS
from gui import ops
from gui.messages import error_text, field_text
from gui.ops import show_error
from gui.pages.base import Page
from gui.widgets.actions import action_bar, confirm, import_file, record_buttons, search_box
from gui.widgets.dates import DateField
from gui.widgets.fields import CheckList, plain_text, set_combo_data, vocab_combo
from gui.widgets.form import FormDialog
from gui.widgets.table import Col, RowsTable, list_and_details

CTX = "RecommendationsPage"

ACTION_BUTTONS = {
    "submit": QT_TRANSLATE_NOOP("RecommendationsPage", "Gửi kiến nghị"),
    "answer": QT_TRANSLATE_NOOP("RecommendationsPage", "Nhận trả lời"),
    "resolve": QT_TRANSLATE_NOOP("RecommendationsPage", "Đã giải quyết"),
    "reopen": QT_TRANSLATE_NOOP("RecommendationsPage", "Kiến nghị lại"),
}
# Bodies a commune usually writes to (the clerk may type any other).
COMMON_BODIES = ["UBND tỉnh", "Tổ công tác của Tỉnh ủy", "Sở Nội vụ", "Sở Tài chính", "Sở Khoa học và Công nghệ",
                 "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def rec_row(r) -> SimpleNamespace:
    return SimpleNamespace(
        id=r.id, content=r.content, category=r.category, raised_date=r.raised_date, addressed_to=r.addressed_to,
        status=r.status, submitted_date=r.submitted_date, answer=r.answer, answer_date=r.answer_date,
        answered_by=r.answered_by, resolved_date=r.resolved_date, notes=r.notes,
        need_ids=[n.id for n in r.needs],
        needs=[SimpleNamespace(id=n.id, item=n.item, location=n.location, quantity=n.quantity_needed,
                               status=n.status) for n in r.needs],
        shortages=[rc.Shortage(s.department, s.specialty) for s in r.shortages],
        events=[SimpleNamespace(day=e.day, action=e.action, to_status=e.to_status, body=e.body, note=e.note,
                                user=e.user_name) for e in r.events])


class RecommendationDialog(FormDialog):
    def __init__(self, parent, lang: str, bodies: list[str], needs: list[tuple[int, str]],
                 shortages: list[rc.Shortage], row=None):
        super().__init__(self.tr("Sửa kiến nghị") if row else self.tr("Thêm khó khăn, kiến nghị"), parent)
        self.setMinimumWidth(620)
        self.content = self.add_row("content", self.tr("Nội dung *"), plain_text(height=90))
        self.content.setPlaceholderText(self.tr("VD: Thiếu 02 công chức chuyên ngành công nghệ thông tin…"))
        self.category = self.add_row("category", self.tr("Lĩnh vực"), vocab_combo(REC_CATEGORY, lang))
        self.raised = self.add_row("raised_date", self.tr("Ngày nêu"), DateField(date.today(), latest=date.today()))
        self.addressed = self.add_row("addressed_to", self.tr("Cơ quan tiếp nhận"), QComboBox())
        self.addressed.setEditable(True)
        self.addressed.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.addressed.addItems([""] + bodies)
        self.notes = self.add_row("notes", self.tr("Ghi chú"), plain_text(height=45))
        self.needs = self.add_row("needs", self.tr("Nhu cầu liên quan"), CheckList(height=90))
        linked_needs = set(row.need_ids) if row else set()
        for nid, label in needs:
            self.needs.add(label, nid, nid in linked_needs)
        if not needs:
            self.needs.addItem(QListWidgetItem(self.tr("(Chưa có nhu cầu trang thiết bị nào)")))
            self.needs.item(0).setFlags(Qt.NoItemFlags)
        self.shortages = self.add_row("shortages", self.tr("Thiếu nhân sự liên quan"), CheckList(height=90))
        linked = {(s.department.casefold(), (s.specialty or "").casefold()) for s in (row.shortages if row else [])}
        known = set()
        for sh in list(shortages) + (row.shortages if row else []):
            key = (sh.department.casefold(), (sh.specialty or "").casefold())
            if key in known:
                continue
            known.add(key)
            self.shortages.add(sh.label(), sh, key in linked)
        self._no_shortage = None
        if not known:
            self._no_shortage = QListWidgetItem(self.tr("(Chưa có đơn vị, kế hoạch biên chế: thêm bên dưới)"))
            self._no_shortage.setFlags(Qt.NoItemFlags)
            self.shortages.addItem(self._no_shortage)
        # A shortage not in the plan: typed here, added to the list checked.
        extra = QWidget()
        row_lay = QHBoxLayout(extra)
        row_lay.setContentsMargins(0, 0, 0, 0)
        self.new_department = QLineEdit()
        self.new_department.setPlaceholderText(self.tr("Đơn vị"))
        self.new_specialty = QLineEdit()
        self.new_specialty.setPlaceholderText(self.tr("Chuyên môn"))
        self.add_shortage_btn = QPushButton(self.tr("Thêm"))
        self.add_shortage_btn.clicked.connect(self.add_shortage)
        for w in (self.new_department, self.new_specialty, self.add_shortage_btn):
            row_lay.addWidget(w)
        self.add_row(None, "", extra)
        if row is not None:
            self.content.setPlainText(row.content)
            set_combo_data(self.category, row.category)
            if row.raised_date:
                self.raised.set_value(row.raised_date)
            self.addressed.setEditText(row.addressed_to or "")
            self.notes.setPlainText(row.notes or "")

    def add_shortage(self) -> None:
        department = self.new_department.text().strip()
        if not department:
            self.show_errors({"shortages": field_text("rec.shortage_department")})
            return
        if self._no_shortage is not None:
            self.shortages.takeItem(self.shortages.row(self._no_shortage))
            self._no_shortage = None
        shortage = rc.Shortage(department, self.new_specialty.text().strip() or None)
        self.shortages.add(shortage.label(), shortage, True)
        self.new_department.clear()
        self.new_specialty.clear()
        self.show_errors({})

    def values(self) -> dict:
        return {"content": self.content.toPlainText(), "category": self.category.currentData(),
                "raised_date": self.raised.value(), "addressed_to": self.addressed.currentText(),
                "notes": self.notes.toPlainText(), "need_ids": self.needs.checked(),
                "shortages": self.shortages.checked()}

    def check(self, v: dict) -> dict[str, str]:
        return {"content": field_text("rec.content_required")} if not v["content"].strip() else {}


class RecActionDialog(FormDialog):
    """One step: send (to whom), answer received (its text, who answered), resolved, raised again."""

    def __init__(self, parent, lang: str, action: str, row, bodies: list[str]):
        super().__init__(tr(ACTION_BUTTONS[action]), parent)
        self.action = action
        self.setMinimumWidth(600)
        summary = plain_text(height=64)
        summary.setPlainText(row.content)
        summary.setReadOnly(True)
        summary.setStyleSheet("QPlainTextEdit { background: transparent; color: #333; }")
        self.add_row(None, self.tr("Kiến nghị"), summary)
        self.add_row(None, self.tr("Trạng thái"), QLabel(
            f"{REC_STATUS.label(row.status, lang)} → {REC_STATUS.label(rc.TRANSITIONS[action][1], lang)}"))
        self.day = self.add_row("date", self.tr("Ngày trả lời") if action == "answer" else self.tr("Ngày"),
                                DateField(date.today(), latest=date.today()))
        self.body = self.answer = None
        if action in ("submit", "reopen", "answer"):
            label = self.tr("Cơ quan trả lời") if action == "answer" else self.tr("Gửi đến")
            self.body = self.add_row("body", label, QComboBox())
            self.body.setEditable(True)
            self.body.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            self.body.addItems([""] + bodies)
            self.body.setEditText(row.addressed_to or "")
        if action == "answer":
            self.answer = self.add_row("answer", self.tr("Nội dung trả lời *"), plain_text(height=90))
        self.note = self.add_row("note", self.tr("Số văn bản, ghi chú"), plain_text(height=45))

    def values(self) -> dict:
        v = {"on": self.day.value(), "note": self.note.toPlainText()}
        if self.body is not None:
            v["body"] = self.body.currentText()
        if self.answer is not None:
            v["answer"] = self.answer.toPlainText()
        return v

    def check(self, v: dict) -> dict[str, str]:
        if self.action == "answer" and not v["answer"].strip():
            return {"answer": field_text("rec.answer_required")}
        return {}


class RecommendationsPage(Page):
    areas = ("recommendations", "equipment", "staff")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lang = ctx.lang
        self.set_heading(self.tr("Khó khăn, kiến nghị"))
        self.bodies: list[str] = list(COMMON_BODIES)
        self.summary = QLabel()
        self.summary.setObjectName("recommendationsTotal")
        self.summary.setStyleSheet("font-size: 14px; padding: 2px 0 6px 0;")
        self.layout_.addWidget(self.summary)

        self.search = search_box(self.tr("Tìm nội dung, cơ quan, trả lời…"), self.refresh)
        self.status = vocab_combo(REC_STATUS, lang, blank=self.tr("Tất cả trạng thái"),
                                  extra=[(self.tr("Chưa có trả lời"), "open")])
        self.category = vocab_combo(REC_CATEGORY, lang, blank=self.tr("Tất cả lĩnh vực"))
        self.year = QComboBox()
        self.year.addItem(self.tr("Tất cả các năm"), None)
        for combo in (self.status, self.category, self.year):
            combo.currentIndexChanged.connect(self.refresh)
        self.import_btn = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_btn.clicked.connect(lambda: import_file(self, "recommendations"))
        filters = QHBoxLayout()
        for w in (self.search, self.status, self.category, self.year):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.import_btn)
        self.layout_.addLayout(filters)

        buttons, self.action_buttons = action_bar(
            record_buttons(self, add=self.tr("Thêm kiến nghị"), edit=self.tr("Sửa"), delete=self.tr("Xóa")),
            self.tr("Chuyển trạng thái:"),
            {action: tr(label) for action, label in ACTION_BUTTONS.items()}, self.act)
        self.layout_.addLayout(buttons)

        self.table = RowsTable([
            Col(self.tr("Ngày nêu"), lambda r: fmt_date(r.raised_date), lambda r: r.raised_date or date.min, width=85),
            Col(self.tr("Nội dung"), lambda r: r.content, width=380, tip=lambda r: r.content),
            Col(self.tr("Lĩnh vực"), lambda r: REC_CATEGORY.label(r.category, lang), width=150),
            Col(self.tr("Cơ quan tiếp nhận"), lambda r: r.addressed_to, width=170, tip=lambda r: r.addressed_to or ""),
            Col(self.tr("Trạng thái"), lambda r: REC_STATUS.label(r.status, lang),
                lambda r: REC_STATUS.codes().index(r.status) if r.status in REC_STATUS else 9, width=100),
            Col(self.tr("Ngày trả lời"), lambda r: fmt_date(r.answer_date), lambda r: r.answer_date or date.min,
                width=90),
            Col(self.tr("Trả lời"), lambda r: r.answer, tip=lambda r: r.answer or ""),
        ])
        self.table.rows_model.muted = lambda r: r.status == "resolved"
        self.table.selection_changed.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        detail_box = QGroupBox(self.tr("Chi tiết"))
        QVBoxLayout(detail_box).addWidget(self.detail)
        self.history = RowsTable([
            Col(self.tr("Ngày"), lambda e: fmt_date(e.day), lambda e: e.day, width=80),
            Col(self.tr("Bước"), lambda e: REC_ACTION.label(e.action, lang), width=110),
            Col(self.tr("Trạng thái"), lambda e: REC_STATUS.label(e.to_status, lang) if e.to_status else "", width=95),
            Col(self.tr("Cơ quan"), lambda e: e.body, width=130, tip=lambda e: e.body or ""),
            Col(self.tr("Ghi chú"), lambda e: (e.note or "").replace("\n", " "), tip=lambda e: e.note or ""),
        ])
        self.history.setSortingEnabled(False)
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        history_box = QGroupBox(self.tr("Lịch sử"))
        QVBoxLayout(history_box).addWidget(self.history)
        split = list_and_details(self.table, detail_box, history_box)
        self.layout_.addWidget(split, 1)
        self.footer = QLabel()
        self.layout_.addWidget(self.footer)
        self._selection_changed()

    # -- reading
    def current_filter(self) -> rc.RecFilter:
        year = self.year.currentData()
        return rc.RecFilter(search=self.search.text(), status=self.status.currentData(),
                            category=self.category.currentData(),
                            raised_from=date(year, 1, 1) if year else None,
                            raised_to=date(year, 12, 31) if year else None)

    def refresh(self) -> None:
        super().refresh()
        keep = self.table.selected()
        try:
            with self.ctx.read() as s:
                everything = rc.list_recommendations(s)
                rows = [rec_row(r) for r in rc.list_recommendations(s, self.current_filter())]
                self.need_choices = rc.need_choices(s)
                self.shortage_choices = rc.shortage_choices(s)
        except CommuneDeskError as exc:
            show_error(self, self.tr("Kiến nghị"), error_text(exc))
            return
        self._update_years({r.raised_date.year for r in everything if r.raised_date})
        self.bodies = list(dict.fromkeys(COMMON_BODIES + sorted({r.addressed_to for r in everything if r.addressed_to}
                                                                | {r.answered_by for r in everything
                                                                   if r.answered_by})))
        self.table.set_rows(rows, keep_id=keep.id if keep else None)
        totals = rc.rec_totals(everything)
        lang = self.ctx.lang
        parts = " · ".join(f"{REC_STATUS.label(c, lang)}: {fmt_int(n)}" for c, n in totals["by_status"].items())
        self.summary.setText(self.tr("Tổng số %1 kiến nghị (%2)").replace("%1", fmt_int(totals["count"]))
                             .replace("%2", parts))
        self.footer.setText(self.tr("Đang hiển thị %1 kiến nghị").replace("%1", fmt_int(len(rows))))

    def _update_years(self, years: set[int]) -> None:
        current = self.year.currentData()
        have = {self.year.itemData(i) for i in range(1, self.year.count())}
        if have == years:
            return
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        set_combo_data(self.year, current)
        self.year.blockSignals(False)

    def _selection_changed(self) -> None:
        row = self.table.selected()
        allowed = rc.rec_actions(row.status) if row else []
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)
        self.edit_btn.setEnabled(row is not None)
        self.delete_btn.setEnabled(row is not None)
        if row is None:
            self.detail.setText(self.tr("Chọn một kiến nghị để xem chi tiết và lịch sử."))
            self.history.set_rows([])
            return
        lang = self.ctx.lang
        lines = [row.content, ""]
        lines.append(self.tr("Lĩnh vực: %1").replace("%1", REC_CATEGORY.label(row.category, lang)))
        if row.addressed_to:
            lines.append(self.tr("Gửi đến: %1").replace("%1", row.addressed_to))
        if row.answer:
            lines.append(self.tr("Trả lời (%1, %2): %3").replace("%1", row.answered_by or "—")
                         .replace("%2", fmt_date(row.answer_date) or "—").replace("%3", row.answer))
        if row.needs:
            lines.append(self.tr("Nhu cầu liên quan:"))
            lines += [f"  • {n.item}" + (f" ({n.location})" if n.location else "") +
                      f" ×{fmt_int(n.quantity)} — {NEED_STATUS.label(n.status, lang)}" for n in row.needs]
        if row.shortages:
            lines.append(self.tr("Thiếu nhân sự liên quan:"))
            lines += [f"  • {s.label()}" for s in row.shortages]
        if row.notes:
            lines.append(self.tr("Ghi chú: %1").replace("%1", row.notes))
        self.detail.setText("\n".join(lines))
        self.history.set_rows(row.events)

    # -- writing
    def _dialog(self, row=None) -> RecommendationDialog:
        return RecommendationDialog(self, self.ctx.lang, self.bodies, getattr(self, "need_choices", []),
                                    getattr(self, "shortage_choices", []), row)

    def add(self) -> RecommendationDialog:
        dlg = self._dialog()
        dlg.saved.connect(self.table.select_id)
        user = self.ctx.user_name
        return dlg.open_saving(self.ctx, lambda s, v: rc.raise_recommendation(s, **v, user=user))

    def edit(self) -> RecommendationDialog | None:
        row = self.table.selected()
        if row is None:
            return None
        user = self.ctx.user_name
        return self._dialog(row).open_saving(
            self.ctx, lambda s, v: rc.update_recommendation(s, row.id, user=user, **v))

    def delete(self):
        row = self.table.selected()
        if row is None:
            return None

        def really():
            ops.write(self.ctx, lambda s: rc.delete_recommendation(s, row.id), parent=self,
                      title=self.tr("Xóa kiến nghị"))
        short = row.content if len(row.content) <= 80 else row.content[:77] + "…"
        return confirm(self, self.tr("Xóa kiến nghị"), self.tr("Xóa kiến nghị “%1”?").replace("%1", short), really)

    def act(self, action: str) -> RecActionDialog | None:
        row = self.table.selected()
        if row is None or action not in rc.rec_actions(row.status):
            return None
        user = self.ctx.user_name
        return RecActionDialog(self, self.ctx.lang, action, row, self.bodies).open_saving(
            self.ctx, lambda s, v: rc.transition_recommendation(s, row.id, action, user=user, **v))

    def apply_navigation(self, options: dict) -> None:
        if options.get("open"):
            set_combo_data(self.status, "open")
