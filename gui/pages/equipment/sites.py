"""Trang thiết bị → Khó khăn tại thôn: the villages' site problems, each village with its problems
beneath it (no map), and a problem's form."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from core import equipment as eq
from core.formatting import fmt_date
from gui.numbers import fmt_int
from core.vocab import PROBLEM_KIND, PROBLEM_STATUS
from gui.messages import field_text
from gui.pages.base import PageTab
from gui.widgets.actions import confirm, import_file, record_buttons, search_box
from gui.widgets.dates import DateField
from gui.widgets.fields import int_spin, plain_text, set_combo_data, vocab_combo
from gui.widgets.form import FormDialog


def problem_row(p) -> SimpleNamespace:
    return SimpleNamespace(id=p.id, place=p.place, kind=p.kind, description=p.description, since=p.since,
                           households=p.households, status=p.status, resolved_date=p.resolved_date, notes=p.notes)



class ProblemDialog(FormDialog):
    def __init__(self, parent, lang: str, places: list[str], row=None):
        super().__init__(self.tr("Sửa khó khăn tại thôn") if row else self.tr("Thêm khó khăn tại thôn"), parent)
        self.place = self.add_row("place", self.tr("Thôn, địa điểm *"), QComboBox())
        self.place.setEditable(True)
        self.place.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.place.addItems([""] + places)
        self.place.lineEdit().setPlaceholderText(self.tr("VD: Thôn Đồng Tâm"))
        self.kind = self.add_row("kind", self.tr("Khó khăn"), vocab_combo(PROBLEM_KIND, lang))
        self.description = self.add_row("description", self.tr("Mô tả"), plain_text(height=50))
        since_box = QWidget()
        lay = QHBoxLayout(since_box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.since_known = QCheckBox(self.tr("Từ ngày"))
        self.since = DateField(date.today(), latest=date.today())
        self.since.setEnabled(False)
        self.since_known.toggled.connect(self.since.setEnabled)
        lay.addWidget(self.since_known)
        lay.addWidget(self.since)
        lay.addStretch(1)
        self.add_row("since", self.tr("Bắt đầu"), since_box)
        self.households = self.add_row("households", self.tr("Số hộ bị ảnh hưởng"), int_spin())
        self.status = self.add_row("status", self.tr("Tình trạng"), vocab_combo(PROBLEM_STATUS, lang))
        self.resolved = self.add_row("resolved_date", self.tr("Ngày khắc phục"),
                                     DateField(date.today(), latest=date.today()))
        self.notes = self.add_row("notes", self.tr("Ghi chú"), plain_text(height=50))
        self.status.currentIndexChanged.connect(self._status_changed)
        if row is not None:
            self.place.setEditText(row.place)
            set_combo_data(self.kind, row.kind)
            self.description.setPlainText(row.description or "")
            if row.since:
                self.since_known.setChecked(True)
                self.since.set_value(row.since)
            self.households.setValue(row.households or 0)
            set_combo_data(self.status, row.status)
            if row.resolved_date:
                self.resolved.set_value(row.resolved_date)
            self.notes.setPlainText(row.notes or "")
        self._status_changed()

    def _status_changed(self) -> None:
        self.resolved.setEnabled(self.status.currentData() == "resolved")

    def values(self) -> dict:
        status = self.status.currentData()
        return {"place": self.place.currentText(), "kind": self.kind.currentData(),
                "description": self.description.toPlainText(),
                "since": self.since.value() if self.since_known.isChecked() else None,
                "households": self.households.value() or None, "status": status,
                "resolved_date": self.resolved.value() if status == "resolved" else None,
                "notes": self.notes.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"place": field_text("equipment.place_required")} if not v["place"].strip() else {}


class SitesTab(PageTab):
    """Site problems listed by village (no map): each village with its problems beneath it."""

    COLUMNS = (QT_TRANSLATE_NOOP("SitesTab", "Thôn / khó khăn"), QT_TRANSLATE_NOOP("SitesTab", "Mô tả"),
               QT_TRANSLATE_NOOP("SitesTab", "Từ ngày"), QT_TRANSLATE_NOOP("SitesTab", "Số hộ ảnh hưởng"),
               QT_TRANSLATE_NOOP("SitesTab", "Tình trạng"), QT_TRANSLATE_NOOP("SitesTab", "Ngày khắc phục"))

    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        self.search = search_box(self.tr("Tìm thôn…"), page.refresh)
        self.kind = vocab_combo(PROBLEM_KIND, lang, blank=self.tr("Mọi loại khó khăn"))
        self.status = vocab_combo(PROBLEM_STATUS, lang, blank=self.tr("Mọi tình trạng"),
                                  extra=[(self.tr("Chưa khắc phục xong"), "unresolved")])
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(page.refresh)
        buttons = record_buttons(self, add=self.tr("Thêm khó khăn"), edit=self.tr("Sửa"),
                                 resolve=self.tr("Đã khắc phục"), delete=self.tr("Xóa"))
        top = QHBoxLayout()
        for w in (self.search, self.kind, self.status):
            top.addWidget(w)
        top.addStretch(1)
        self.import_btn = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_btn.clicked.connect(lambda: import_file(page, "sites"))
        top.addWidget(self.import_btn)
        for b in buttons:
            top.addWidget(b)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("SitesTab", c) for c in self.COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { min-height: 24px; }")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for i, w in enumerate((260, 300, 90, 120, 130, 110)):
            self.tree.setColumnWidth(i, w)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.footer = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.footer)
        self.rows: dict[int, SimpleNamespace] = {}
        self._selection_changed()

    def load(self, s) -> None:
        keep = self.selected()
        lang = self.page.ctx.lang
        problems = eq.list_problems(s, search=self.search.text(), kind=self.kind.currentData(),
                                    status=self.status.currentData())
        villages = eq.problems_by_village(problems)
        self.rows = {p.id: problem_row(p) for p in problems}
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for v in villages:
            summary = (self.tr("%1 khó khăn, %2 chưa khắc phục xong").replace("%2", fmt_int(v.unresolved))
                       if v.unresolved else self.tr("%1 khó khăn, đã khắc phục hết"))
            top = QTreeWidgetItem([v.place, summary.replace("%1", fmt_int(len(v.problems))),
                                   "", fmt_int(v.households) if v.households else "", "", ""])
            top.setFont(0, bold)
            top.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
            top.setFlags(top.flags() & ~Qt.ItemIsSelectable)
            for p in v.problems:
                child = QTreeWidgetItem([PROBLEM_KIND.label(p.kind, lang), p.description or "", fmt_date(p.since),
                                         fmt_int(p.households, ""), PROBLEM_STATUS.label(p.status, lang),
                                         fmt_date(p.resolved_date)])
                child.setData(0, Qt.UserRole, p.id)
                child.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
                child.setToolTip(1, p.description or "")
                top.addChild(child)
                if keep is not None and p.id == keep.id:
                    self.tree.setCurrentItem(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        households = sum(v.households for v in villages)
        self.footer.setText(self.tr("%1 thôn, điểm · %2 khó khăn · %3 chưa khắc phục xong · khoảng %4 hộ bị ảnh hưởng")
                            .replace("%1", fmt_int(len(villages))).replace("%2", fmt_int(len(problems)))
                            .replace("%3", fmt_int(sum(v.unresolved for v in villages)))
                            .replace("%4", fmt_int(households)))
        self._selection_changed()

    def selected(self) -> SimpleNamespace | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        pid = item.data(0, Qt.UserRole)
        return self.rows.get(pid) if pid is not None else None

    def select_id(self, pid: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.UserRole) == pid:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _selection_changed(self) -> None:
        row = self.selected()
        self.edit_btn.setEnabled(row is not None)
        self.delete_btn.setEnabled(row is not None)
        self.resolve_btn.setEnabled(row is not None and row.status != "resolved")

    def add(self) -> ProblemDialog:
        return ProblemDialog(self, self.page.ctx.lang, self.page.places).open_saving(
            self.page.ctx, lambda s, v: eq.add_problem(s, **v))

    def edit(self) -> ProblemDialog | None:
        row = self.selected()
        if row is None:
            return None
        return ProblemDialog(self, self.page.ctx.lang, self.page.places, row).open_saving(
            self.page.ctx, lambda s, v: eq.update_problem(s, row.id, **v))

    def resolve(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.write(lambda s: eq.update_problem(s, row.id, status="resolved"), self.tr("Đã khắc phục"))

    def delete(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        return confirm(self, self.tr("Xóa khó khăn"), self.tr("Xóa khó khăn tại “%1”?").replace("%1", row.place),
                       lambda: self.page.write(lambda s: eq.delete_problem(s, row.id), self.tr("Xóa khó khăn")))
