"""Map a dossier file in a layout the application does not know (another system's export) once:
a preview of its first rows, a field for each of its columns (suggested from the header's words),
its own status and channel values mapped to ours, the date form detected in it, saved as a named
profile that recognises next month's file by itself. The mapping is core.imports.profiles' JSON
(`mapping_profile`, checked by `from_json`): the same file `import dossiers --map` reads, and the
dialog exports it for the command line."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from core.errors import ValidationError
from core.formatting import fmt_int, fold
from core.imports import profiles
from core.imports.reader import DATE_FORMS
from gui import ops
from gui.messages import error_text
from gui.widgets.actions import ask_file
from gui.widgets.form import error_label

# The fields whose values the dialog maps (the file's own values to our codes).
VALUE_FIELDS = ("status", "channel", "late_cause")
DATE_FIELDS = ("received", "due", "completed")


class MappingDialog(QDialog):
    """`mapped(profile)` once the mapping is checked and saved under its name (the dialog then
    closes); the page imports the file with it."""

    mapped = Signal(object)

    def __init__(self, ctx, path, parent=None, profile=None):
        """`profile`: a layout the file is already read with (saved, or built in), whose choices the
        dialog starts from, to correct them; saving a saved one under its name replaces it."""
        super().__init__(parent)
        self.ctx, self.path = ctx, Path(path)
        self.base = profile if profile is not None and getattr(profile, "columns", None) is not None else None
        self.setWindowTitle(self.tr("Ánh xạ cột của tệp hồ sơ"))
        self.resize(1000, 720)
        with ctx.read() as s:
            known = profiles.all_profiles(s)
        self.columns, self.vocabularies = profiles.spec("dossiers")
        self.fields = [c for c in self.columns if not c.ignored]
        self.info = profiles.preview(self.path, known)
        self.profile = None
        layout = QVBoxLayout(self)
        if self.base is None:
            intro = QLabel(self.tr("Tệp <b>{name}</b> có bố cục chưa biết. Chọn trường tương ứng cho từng cột "
                                   "(đã gợi ý theo tên cột), đối chiếu giá trị trạng thái và kênh nộp, rồi lưu "
                                   "thành mẫu nhập để tháng sau nhập thẳng.").format(name=self.path.name))
        else:
            intro = QLabel(self.tr("Tệp <b>{name}</b> được đọc theo mẫu nhập <b>{profile}</b>. Các lựa chọn của "
                                   "mẫu đã được điền sẵn; giá trị mới chưa có trong mẫu được in đậm. Sửa rồi lưu "
                                   "để nhập lại tệp.").format(name=self.path.name, profile=self.base.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Dòng tiêu đề: dòng {row}. Xem trước {count} dòng đầu:").format(
            row=self.info.header_row, count=fmt_int(len(self.info.rows)))))

        # The preview: the file's headers; the first row chooses a field for each column.
        headers = self.info.headers
        self.table = QTableWidget(len(self.info.rows) + 1, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([self.tr("Trường")] + [str(no) for no, _ in self.info.rows])
        self.targets: list[QComboBox] = []
        # A column feeding more fields than the one a combo shows keeps the others while its combo
        # keeps the profile's choice (the system's code column is also its official code).
        self.more_keys: dict[int, tuple[str, list[str]]] = {}
        saved = {fold(src): keys for src, keys in self.base.columns.items()} if self.base else {}
        for j, h in enumerate(headers):
            combo = QComboBox()
            combo.addItem(self.tr("— Không nhập —"), None)
            for c in self.fields:
                combo.addItem(self._field_label(c), c.key)
            if self.base is not None:
                keys = saved.get(fold(h or "")) or [None]
                if len(keys) > 1:
                    self.more_keys[j] = (keys[0], keys[1:])
                field = keys[0]
            else:
                field = self.info.suggested.get(j)
            i = combo.findData(field)
            combo.setCurrentIndex(max(i, 0))
            combo.currentIndexChanged.connect(self._targets_changed)
            self.table.setCellWidget(0, j, combo)
            self.targets.append(combo)
        for i, (_no, cells) in enumerate(self.info.rows, 1):
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 3)

        # The file's own values of status, channel and late cause, each mapped to one of ours.
        box = QGroupBox(self.tr("Giá trị trong tệp và mã tương ứng của ứng dụng"))
        col = QVBoxLayout(box)
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels([self.tr("Trường"), self.tr("Giá trị trong tệp"), self.tr("Số dòng"),
                                               self.tr("Tương ứng")])
        self.values.verticalHeader().hide()
        col.addWidget(self.values)
        layout.addWidget(box, 2)
        self.value_combos: list[tuple[str, str, QComboBox]] = []
        self.seed = {(key, fold(v)): code for key, vmap in (self.base.values if self.base else {}).items()
                     for v, code in vmap.items()}
        self.new: list[tuple[str, str]] = []

        form = QFormLayout()
        self.detected = QLabel()
        self.detected.setObjectName("detected_dates")
        form.addRow(self.tr("Dạng ngày phát hiện:"), self.detected)
        self.dates = QComboBox()
        self.dates.addItem(self.tr("Tự nhận biết (ngày/tháng/năm)"), None)
        for f in DATE_FORMS:
            self.dates.addItem(f, f)
        form.addRow(self.tr("Đọc ngày theo dạng:"), self.dates)
        self.skip_blank = QCheckBox(self.tr("Dòng không có ngày tiếp nhận là hồ sơ chưa tiếp nhận (bỏ qua, đếm riêng)"))
        form.addRow("", self.skip_blank)
        self.name = QLineEdit()
        self.name.setMaxLength(profiles.MAX_NAME)
        self.name.setPlaceholderText(self.tr("Ví dụ: Hệ thống một cửa tỉnh"))
        form.addRow(self.tr("Tên mẫu nhập:"), self.name)
        layout.addLayout(form)
        self.error = error_label("mapping")
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Xuất ánh xạ JSON…"))
        self.export_button.clicked.connect(self.choose_export)
        self.save_button = QPushButton(self.tr("Lưu mẫu và nhập"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Hủy"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self._targets_changed()
        if self.base is None:
            self.skip_blank.setChecked(self._blank_receipts())  # a suggestion; the clerk's choice is kept after
        else:
            self.skip_blank.setChecked(self.base.blank_received_skips)
            if self.base.dates:
                self.dates.setCurrentIndex(max(self.dates.findData(self.base.dates), 0))
            if not self.base.builtin:
                self.name.setText(self.base.name)

    def _field_label(self, c) -> str:
        english = c.names[1] if len(c.names) > 1 else c.label
        text = c.label if self.ctx.lang == "vi" else english
        return text + (" *" if c.required else "")

    # ------------------------------------------------------------ what the choices imply
    def chosen(self) -> dict[int, str]:
        """Column position → the field chosen for it."""
        return {j: c.currentData() for j, c in enumerate(self.targets) if c.currentData()}

    def _positions(self, keys) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for j, key in self.chosen().items():
            if key in keys:
                out.setdefault(key, []).append(j)
        return out

    def _targets_changed(self, *_args) -> None:
        """Read the file's distinct values of the mapped status, channel and cause columns, and the
        form of its dates, again (the clerk's value choices are kept where the value is still there)."""
        before = {(k, v): c.currentData() for k, v, c in self.value_combos}
        self.new = []
        found = profiles.scan_values(self.path, self.info.header_row,
                                     self._positions(VALUE_FIELDS + DATE_FIELDS))
        self.values.setRowCount(0)
        self.value_combos = []
        for key in VALUE_FIELDS:
            vocab = self.vocabularies.get(key)
            for value, n in sorted(found.get(key, {}).items(), key=lambda kv: (-kv[1], str(kv[0]))):
                value = str(value)
                row = self.values.rowCount()
                self.values.insertRow(row)
                field = next(c for c in self.fields if c.key == key)
                self.values.setItem(row, 0, QTableWidgetItem(self._field_label(field).rstrip(" *")))
                self.values.setItem(row, 1, QTableWidgetItem(value))
                self.values.setItem(row, 2, QTableWidgetItem(fmt_int(n)))
                combo = QComboBox()
                combo.addItem(self.tr("— Không rõ (báo lỗi) —"), None)
                for t in vocab.terms:
                    combo.addItem(t.vi if self.ctx.lang == "vi" else t.en, t.code)
                if key == "status":
                    combo.addItem(self.tr("Chưa tiếp nhận (bỏ qua dòng)"), profiles.NOT_RECEIVED)
                if (key, value) in before:
                    code = before[(key, value)]
                elif (key, fold(value)) in self.seed:
                    code = self.seed[(key, fold(value))]
                else:
                    code = profiles.suggest_value(key, value, vocab)
                    if self.base is not None and vocab.parse(value) is None:
                        # A value the layout's map does not list nor our labels read: the clerk checks it.
                        self.new.append((key, value))
                        item = self.values.item(row, 1)
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                        item.setToolTip(self.tr("Giá trị mới, chưa có trong mẫu nhập"))
                combo.setCurrentIndex(max(combo.findData(code), 0))
                self.values.setCellWidget(row, 3, combo)
                self.value_combos.append((key, value, combo))
        self.values.resizeColumnsToContents()
        dated = [v for key in DATE_FIELDS for v in found.get(key, {})]
        form = profiles.detect_date_form(dated)
        self.detected.setText(form or self.tr("không thấy ngày nào trong các cột ngày đã chọn"))
        if form in DATE_FORMS:
            self.dates.setCurrentIndex(max(self.dates.findData(form), 0))

    def new_values(self) -> list[tuple[str, str]]:
        """(field, value) of the file's values the layout being corrected did not map."""
        return list(self.new)

    def _blank_receipts(self) -> bool:
        """Whether some previewed row has no receipt date (a dossier the system has not received yet)."""
        received = self._positions(("received",)).get("received")
        return bool(received) and any(not row[received[0]].strip() for _no, row in self.info.rows
                                      if received[0] < len(row))

    # ------------------------------------------------------------ the mapping
    def mapping(self) -> dict:
        """The mapping as core.imports.profiles' JSON."""
        values: dict[str, dict[str, str]] = {}
        shown = {(key, fold(value)) for key, value, _combo in self.value_combos}
        if self.base is not None:
            # The layout being corrected keeps the values this month's file does not hold.
            for key, vmap in self.base.values.items():
                for value, code in vmap.items():
                    if (key, fold(value)) not in shown:
                        values.setdefault(key, {})[value] = code
        for key, value, combo in self.value_combos:
            if combo.currentData():
                values.setdefault(key, {})[value] = combo.currentData()
        fields: dict[int, list[str] | str] = dict(self.chosen())
        for j, (first, more) in self.more_keys.items():
            if fields.get(j) == first:
                fields[j] = [first, *more]
        otherwise = dict(self.base.otherwise) if self.base is not None else None
        return profiles.mapping_profile(self.name.text().strip(), self.info.headers, fields, values,
                                        otherwise=otherwise, dates=self.dates.currentData(),
                                        blank_received_skips=self.skip_blank.isChecked())

    def checked(self) -> "profiles.Profile | None":
        """The mapping checked by core; its problems shown under the form (None)."""
        try:
            p = profiles.from_json(self.mapping())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return None
        self.error.hide()
        return p

    def choose_export(self):
        default = str(self.path.with_suffix(".mapping.json"))
        return ask_file(self, self.tr("Lưu ánh xạ cho dòng lệnh"), default, self.tr("Ánh xạ JSON (*.json)"),
                        self.export, save=True, suffix="json", db=self.ctx.db)

    def export(self, target: str) -> "Path | None":
        """Write the mapping for `import dossiers --map` (its name may still be empty: the file
        then names it)."""
        try:
            data = self.mapping()
            if not data["name"]:
                data["name"] = Path(target).stem
            profiles.from_json(data)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return None
        Path(target).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.error.hide()
        return Path(target)

    def save(self) -> "ops.Job | None":
        p = self.checked()
        if p is None:
            return None
        user = self.ctx.user_name

        def saved(profile_id) -> None:
            p.id = profile_id
            self.profile = p
            self.mapped.emit(p)
            self.accept()

        def failed(exc) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        # The layout being corrected, under its own name: replaced (a built-in one is saved anew).
        replacing = (self.base is not None and not self.base.builtin
                     and fold(self.base.name) == fold(self.name.text().strip()))
        return ops.write(self.ctx, lambda s: profiles.save_profile(s, p, user=user, replace_existing=replacing),
                         parent=self, done=saved,
                         failed=failed, busy=[self.save_button])
