"""First run: the database has no commune yet; ask its name and province (core.commune.init_database)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.formatting import nfc
from gui.widgets.buttons import ok_cancel

# The 34 provincial units since 12 June 2025 (Nghị quyết 202/2025/QH15); the list is editable.
PROVINCES = [
    "Thành phố Hà Nội", "Thành phố Huế", "Thành phố Hải Phòng", "Thành phố Đà Nẵng", "Thành phố Hồ Chí Minh",
    "Thành phố Cần Thơ", "Tỉnh An Giang", "Tỉnh Bắc Ninh", "Tỉnh Cà Mau", "Tỉnh Cao Bằng", "Tỉnh Đắk Lắk",
    "Tỉnh Điện Biên", "Tỉnh Đồng Nai", "Tỉnh Đồng Tháp", "Tỉnh Gia Lai", "Tỉnh Hà Tĩnh", "Tỉnh Hưng Yên",
    "Tỉnh Khánh Hòa", "Tỉnh Lai Châu", "Tỉnh Lạng Sơn", "Tỉnh Lào Cai", "Tỉnh Lâm Đồng", "Tỉnh Nghệ An",
    "Tỉnh Ninh Bình", "Tỉnh Phú Thọ", "Tỉnh Quảng Ngãi", "Tỉnh Quảng Ninh", "Tỉnh Quảng Trị", "Tỉnh Sơn La",
    "Tỉnh Tây Ninh", "Tỉnh Thái Nguyên", "Tỉnh Thanh Hóa", "Tỉnh Tuyên Quang", "Tỉnh Vĩnh Long",
]


class FirstRunDialog(QDialog):
    """Asks the commune and province; `values()` once accepted. Opened with open(), never exec()."""

    def __init__(self, where: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CommuneDesk — Bắt đầu"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Chào mừng! Đây là lần đầu mở cơ sở dữ liệu này. Nhập tên xã, phường và "
                               "tỉnh, thành phố để bắt đầu; có thể sửa sau trong Cài đặt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.commune = QLineEdit()
        self.commune.setPlaceholderText(self.tr("Ví dụ: Xã Thượng Tín"))
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItems(PROVINCES)
        self.province.setCurrentIndex(-1)
        self.province.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ tên tỉnh, thành phố"))
        form.addRow(self.tr("Xã, phường:"), self.commune)
        form.addRow(self.tr("Tỉnh, thành phố:"), self.province)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        db_note = QLabel(self.tr("Dữ liệu được lưu tại: {where}").format(where=where))
        db_note.setWordWrap(True)
        db_note.setStyleSheet("color: #546e7a;")
        db_note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(db_note)
        self.buttons = ok_cancel(self.tr("Bắt đầu"), self.tr("Thoát"), self._accept, self.reject)
        layout.addWidget(self.buttons)
        # The error goes as soon as both names are there (it said what was missing).
        self.commune.textChanged.connect(self._clear_error)
        self.province.currentTextChanged.connect(self._clear_error)

    def _clear_error(self, *_):
        commune, province = self.values()
        if commune and province:
            self.error.hide()

    def values(self) -> tuple[str, str]:
        return nfc(self.commune.text()) or "", nfc(self.province.currentText()) or ""

    def _accept(self) -> None:
        commune, province = self.values()
        if not commune or not province:
            self.error.setText(self.tr("Nhập cả tên xã, phường và tỉnh, thành phố."))
            self.error.show()
            return
        self.accept()
