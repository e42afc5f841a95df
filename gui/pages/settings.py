"""Cài đặt: the commune (name, province, code prefix, place on documents, chairperson) and the
counter's settings (phone on Mẫu 02, the appointment's time, the book's volumes), the procedure
catalogue with each procedure's required documents, the office's holiday overrides, where slips are saved, and the window's language."""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QTableWidgetItem,
                               QTabWidget, QTimeEdit, QVBoxLayout, QWidget)

from core.collation import sort_key
from core.calendar_overrides import delete_override, set_override, year_calendar
from core.catalogue import RequiredDocument, list_procedures, save_procedure, set_required_documents
from core import settings as office_settings
from core.commune import (COUNTER_KEYS, CounterSettings, counter_settings, find_commune, update_commune,
                          update_counter_settings)
from core.formatting import fmt_date, fold
from core.slips import time_limit_label
from core.vocab import DEADLINE_UNIT, HOLIDAY_OVERRIDE
from gui import i18n, ops, prefs
from gui.desktop import slips_folder
from gui.pages.base import Page
from gui.widgets.actions import ask_folder
from gui.widgets.dates import DateField, day_words
from gui.widgets.documents import DocumentsTable
from gui.widgets.form import ERROR_STYLE, FieldErrors, FormDialog
from gui.widgets.table import table_widget

CTX = "SettingsPage"

def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ProcedureDialog(FormDialog):
    """Add or edit one procedure of the catalogue (core.catalogue.save_procedure)."""

    def __init__(self, ctx, procedure=None, fields: list[str] = (), parent=None):
        super().__init__(tr("Sửa thủ tục") if procedure else tr("Thêm thủ tục"), parent, ctx=ctx)
        self.procedure_id = procedure.id if procedure else None
        self.setMinimumWidth(620)
        self.f = self.form.fields
        self.name = QLineEdit(procedure.name if procedure else "")
        self.field = QComboBox()
        self.field.setEditable(True)
        self.field.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.field.addItems(list(fields))
        self.field.setCurrentText(procedure.field if procedure else "")
        self.has_limit = QCheckBox(tr("Có thời hạn giải quyết"))
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSpecialValueText(tr("Trong ngày"))
        self.unit = QComboBox()
        for term in DEADLINE_UNIT.terms:
            self.unit.addItem(DEADLINE_UNIT.label(term.code, ctx.lang), term.code)
        limit = QWidget()
        row = QHBoxLayout(limit)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_limit)
        row.addWidget(self.days)
        row.addWidget(self.unit)
        row.addStretch(1)
        known = procedure is None or procedure.legal_days is not None
        self.has_limit.setChecked(known)
        self.days.setValue(procedure.legal_days or 0 if procedure else 5)
        self.unit.setCurrentIndex(max(self.unit.findData(procedure.deadline_unit if procedure else "working_days"), 0))
        self.has_limit.toggled.connect(lambda on: (self.days.setEnabled(on), self.unit.setEnabled(on)))
        self.days.setEnabled(known)
        self.unit.setEnabled(known)
        self.basis = QLineEdit(procedure.legal_basis or "" if procedure else "")
        self.active = QCheckBox(tr("Đang áp dụng (hiện khi tiếp nhận hồ sơ)"))
        self.active.setChecked(procedure.active if procedure else True)
        self.add_row("name", tr("Tên thủ tục:"), self.name)
        self.add_row("field", tr("Lĩnh vực:"), self.field)
        self.add_row("legal_days", tr("Thời hạn:"), limit)
        self.add_row("legal_basis", tr("Căn cứ pháp lý:"), self.basis)
        self.add_row(None, "", self.active)
        # The required documents (thành phần hồ sơ): intake's checklist, Mẫu 01 and Mẫu 02 list them.
        self.documents = DocumentsTable(ctx.lang)
        self.documents.setMinimumHeight(150)
        if procedure is not None:
            from core.models import Procedure

            with ctx.read() as s:
                self.documents.set_rows([RequiredDocument(x.name, x.form, x.copies)
                                         for x in s.get(Procedure, procedure.id).documents])
        self.add_row("documents", tr("Thành phần hồ sơ:"), self.documents, span=True)
        note = QLabel(tr("Thời hạn mới áp dụng cho hồ sơ tiếp nhận sau khi lưu; hạn trả đã hẹn không thay đổi."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #607d8b;")
        self.add_widget(note)

    def work(self):
        values = dict(name=self.name.text(), field=self.field.currentText(),
                      legal_days=self.days.value() if self.has_limit.isChecked() else None,
                      deadline_unit=self.unit.currentData(), legal_basis=self.basis.text(),
                      active=self.active.isChecked(), procedure_id=self.procedure_id)
        documents = [RequiredDocument(name, form, copies) for name, form, copies, _ in self.documents.rows()]

        def work(s):
            proc = save_procedure(s, **values)
            return set_required_documents(s, proc.id, documents).id

        return work

    def _saved(self, procedure_id) -> None:
        self.procedure_id = procedure_id
        super()._saved(procedure_id)


class SettingsPage(Page):
    areas = ("settings",)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(QCoreApplication.translate("Navigation", "Cài đặt"))
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.addTab(self._commune_tab(), tr("Đơn vị"))
        self.tabs.addTab(self._document_tab(), tr("Văn bản báo cáo"))
        self.tabs.addTab(self._catalogue_tab(), tr("Danh mục thủ tục"))
        self.tabs.addTab(self._calendar_tab(), tr("Ngày nghỉ, ngày làm bù"))
        self.tabs.addTab(self._window_tab(), tr("Ngôn ngữ, thư mục"))
        from gui.dialogs.audit import AuditTab  # issue 7: accounts, backups, audit trail
        from gui.dialogs.backup import BackupTab
        from gui.dialogs.users import UsersTab

        self.users_tab, self.backup_tab, self.audit_tab = UsersTab(ctx), BackupTab(ctx), AuditTab(ctx)
        self.tabs.addTab(self.users_tab, tr("Tài khoản"))
        self.tabs.addTab(self.backup_tab, tr("Sao lưu, khôi phục"))
        self.tabs.addTab(self.audit_tab, tr("Nhật ký thay đổi"))

    # ------------------------------------------------------------------ the commune
    def _commune_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.commune_fields = FieldErrors()
        self.commune_name = QLineEdit()
        self.province = QLineEdit()
        self.code_prefix = QLineEdit()
        self.code_prefix.setMaxLength(20)
        self.place_name = QLineEdit()
        self.chairperson = QLineEdit()
        for key, label, widget in (("name", tr("Tên xã, phường:"), self.commune_name),
                                   ("province", tr("Tỉnh, thành phố:"), self.province),
                                   ("code_prefix", tr("Tiền tố mã hồ sơ:"), self.code_prefix),
                                   ("place_name", tr("Địa danh ghi trên văn bản:"), self.place_name),
                                   ("chairperson", tr("Chủ tịch UBND (người ký):"), self.chairperson)):
            widget.setMinimumWidth(460)
            form.addRow(label, self.commune_fields.wrap(key, widget))
        # The counter's forms
        self.counter_phone = QLineEdit()
        self.counter_phone.setPlaceholderText(tr("Ví dụ: 024 3385 1234"))
        self.counter_time = QTimeEdit()
        self.counter_time.setDisplayFormat("HH:mm")
        self.counter_volume = QSpinBox()
        self.counter_volume.setRange(0, 100_000)
        self.counter_volume.setSpecialValueText(tr("Một quyển mỗi năm"))
        for key, label, widget in (("phone", tr("Điện thoại liên hệ (in trên Mẫu 02):"), self.counter_phone),
                                   ("appointment_time", tr("Giờ hẹn trả kết quả (Mẫu 01):"), self.counter_time),
                                   ("book_volume_size", tr("Số hồ sơ mỗi quyển Sổ theo dõi:"), self.counter_volume)):
            form.addRow(label, self.commune_fields.wrap(key, widget))
        col.addLayout(form)
        hint = QLabel(tr("Mã hồ sơ mới có dạng TIỀNTỐ-YYMMDD-NNNN; mã đã cấp không thay đổi. "
                         "Địa danh in ở dòng “…, ngày … tháng … năm …” của phiếu và báo cáo."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        col.addWidget(hint)
        row = QHBoxLayout()
        self.commune_save = QPushButton(tr("Lưu thông tin đơn vị"))
        self.commune_save.clicked.connect(self.save_commune)
        self.commune_status = QLabel()
        row.addWidget(self.commune_save)
        row.addWidget(self.commune_status, 1)
        col.addLayout(row)
        col.addStretch(1)
        return w

    def save_commune(self) -> "ops.Job":
        values = dict(name=self.commune_name.text(), province=self.province.text(),
                      code_prefix=self.code_prefix.text(), place_name=self.place_name.text(),
                      chairperson=self.chairperson.text())
        t = self.counter_time.time()
        counter = CounterSettings(self.counter_phone.text(), time(t.hour(), t.minute()), self.counter_volume.value())

        def work(s):
            update_commune(s, **values)
            update_counter_settings(s, counter)

        return ops.write(self.ctx, work, parent=self, done=self._commune_saved,
                         failed=self._commune_refused, busy=[self.commune_save])

    def _commune_saved(self, _result=None) -> None:
        self.commune_fields.show({})
        self._status(self.commune_status, tr("Đã lưu."))

    def _commune_refused(self, exc) -> None:
        rest = self.commune_fields.refused(exc)
        self._status(self.commune_status, "; ".join(rest) or tr("Chưa lưu: xem các ô có lỗi."), error=True)

    @staticmethod
    def _status(label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        label.setText(text)

    # ------------------------------------------------------------------ what the return prints
    def document_labels(self) -> dict[str, str]:
        return {"return.doc_number": tr("Số văn bản (ví dụ 15/BC-UBND):"),
                "return.made_by": tr("Người lập báo cáo:"),
                "return.made_by_title": tr("Chức danh người lập:"),
                "return.signer_authority": tr("Thẩm quyền ký (mỗi dòng một dòng chữ):"),
                "return.signer_name": tr("Người ký:"),
                "return.recipients": tr("Nơi nhận (mỗi dòng một nơi):"),
                "return.receiving_unit": tr("Kính gửi:"),
                "consolidation.receiving_unit": tr("Kính gửi (báo cáo tổng hợp của tỉnh):")}

    def _document_tab(self) -> QWidget:
        """The office settings a return prints (core.settings.office_settings), the backup folder
        aside (Sao lưu, khôi phục)."""
        w = QWidget()
        col = QVBoxLayout(w)
        form = QFormLayout()
        self.document_fields = FieldErrors()
        self.document_widgets: dict[str, QWidget] = {}
        labels = self.document_labels()
        for opt in office_settings.office_options():
            if opt.key == "backup.folder" or opt.key in COUNTER_KEYS.values():  # the counter's: in Đơn vị
                continue
            if opt.kind is office_settings.LINES:
                widget = QPlainTextEdit()
                widget.setFixedHeight(78)
            else:
                widget = QLineEdit()
            widget.setMinimumWidth(460)
            self.document_widgets[opt.key] = widget
            form.addRow(labels.get(opt.key, opt.doc), self.document_fields.wrap(opt.key, widget))
        col.addLayout(form)
        hint = QLabel(tr("Để trống một ô thì báo cáo in theo mặc định (người ký: Chủ tịch UBND; kính gửi: "
                         "UBND tỉnh, thành phố). Dùng chung cho mọi máy của đơn vị."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        col.addWidget(hint)
        row = QHBoxLayout()
        self.document_save = QPushButton(tr("Lưu nội dung văn bản"))
        self.document_save.clicked.connect(self.save_document)
        self.document_status = QLabel()
        row.addWidget(self.document_save)
        row.addWidget(self.document_status, 1)
        col.addLayout(row)
        col.addStretch(1)
        return w

    def document_values(self) -> dict[str, str]:
        return {key: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
                for key, w in self.document_widgets.items()}

    def save_document(self) -> "ops.Job":
        values = self.document_values()
        return ops.write(self.ctx, lambda s: office_settings.put_office_values(s, values), parent=self,
                         done=self._document_saved, failed=self._document_refused, busy=[self.document_save])

    def _document_saved(self, _result=None) -> None:
        self.document_fields.show({})
        self._status(self.document_status, tr("Đã lưu."))

    def _document_refused(self, exc) -> None:
        rest = self.document_fields.refused(exc)
        self._status(self.document_status, "; ".join(rest) or tr("Chưa lưu: xem các ô có lỗi."), error=True)

    def _load_document(self) -> None:
        with self.ctx.read() as s:
            current = office_settings.values(s, self.document_widgets)
        for key, widget in self.document_widgets.items():
            value = current[key]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText("\n".join(value or ()))
            else:
                widget.setText(value or "")

    # ------------------------------------------------------------------ the catalogue
    def _catalogue_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        row = QHBoxLayout()
        self.proc_search = QLineEdit()
        self.proc_search.setClearButtonEnabled(True)
        self.proc_search.setPlaceholderText(tr("Tìm thủ tục hoặc lĩnh vực…"))
        self.proc_search.textChanged.connect(lambda _t: self._filter_procedures())
        self.proc_add = QPushButton(tr("Thêm thủ tục…"))
        self.proc_add.clicked.connect(lambda: self.edit_procedure(None))
        self.proc_edit = QPushButton(tr("Sửa…"))
        self.proc_edit.clicked.connect(lambda: self.edit_procedure(self._selected_procedure()))
        row.addWidget(self.proc_search, 1)
        row.addWidget(self.proc_add)
        row.addWidget(self.proc_edit)
        col.addLayout(row)
        self.proc_table = table_widget([tr("Thủ tục"), tr("Lĩnh vực"), tr("Thời hạn"), tr("Căn cứ pháp lý"),
                                        tr("Áp dụng")], single=True)
        self.proc_table.setWordWrap(False)
        self.proc_table.doubleClicked.connect(lambda _i: self.edit_procedure(self._selected_procedure()))
        hh = self.proc_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.Stretch)
        for c, width in ((1, 130), (2, 150), (3, 230), (4, 70)):
            hh.setSectionResizeMode(c, QHeaderView.Interactive)
            self.proc_table.setColumnWidth(c, width)
        col.addWidget(self.proc_table, 1)
        self.procedures = []
        return w

    def _load_procedures(self) -> None:
        with self.ctx.read() as s:
            self.procedures = list_procedures(s)
        lang = self.ctx.lang
        self.proc_table.setRowCount(len(self.procedures))
        for n, p in enumerate(self.procedures):
            limit = time_limit_label(p.legal_days, p.deadline_unit) or tr("Chưa có")
            if lang != "vi" and p.legal_days is not None:
                limit = (tr("Trong ngày") if p.legal_days == 0 else
                         f"{p.legal_days} {DEADLINE_UNIT.label(p.deadline_unit, lang).lower()}")
            for c, text in enumerate((p.name, p.field, limit, p.legal_basis or "", tr("Có") if p.active else tr("Không"))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.UserRole, p.id)
                self.proc_table.setItem(n, c, item)
        self._filter_procedures()

    def _filter_procedures(self) -> None:
        key = fold(self.proc_search.text())
        for n, p in enumerate(self.procedures):
            self.proc_table.setRowHidden(n, bool(key) and key not in fold(f"{p.name} {p.field}"))

    def _selected_procedure(self):
        row = self.proc_table.currentRow()
        if row < 0 or row >= len(self.procedures) or self.proc_table.isRowHidden(row):
            return None
        return self.procedures[row]

    def edit_procedure(self, procedure) -> ProcedureDialog:
        fields = sorted({p.field for p in self.procedures}, key=sort_key)
        dialog = ProcedureDialog(self.ctx, procedure, fields, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.procedure_dialog = dialog
        return dialog

    # ------------------------------------------------------------------ the calendar
    def _calendar_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Năm:")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self._load_calendar())
        row.addWidget(self.year)
        row.addStretch(1)
        col.addLayout(row)
        self.cal_table = table_widget([tr("Ngày"), tr("Loại"), tr("Tên, ghi chú"), tr("Nguồn")], single=True)
        hh = self.cal_table.horizontalHeader()
        self.cal_table.setColumnWidth(0, 190)
        self.cal_table.setColumnWidth(1, 150)
        hh.setSectionResizeMode(2, QHeaderView.Stretch)
        self.cal_table.setColumnWidth(3, 200)
        col.addWidget(self.cal_table, 1)
        add = QHBoxLayout()
        self.override_fields = FieldErrors()
        self.override_day = DateField(date.today())
        self.override_kind = QComboBox()
        for term in HOLIDAY_OVERRIDE.terms:
            self.override_kind.addItem(HOLIDAY_OVERRIDE.label(term.code, self.ctx.lang), term.code)
        self.override_note = QLineEdit()
        self.override_note.setPlaceholderText(tr("Ghi chú, ví dụ: Nghỉ bù theo Thông báo số …"))
        self.override_add = QPushButton(tr("Thêm, sửa ngày"))
        self.override_add.clicked.connect(self.add_override)
        self.override_delete = QPushButton(tr("Xóa ngày của đơn vị"))
        self.override_delete.clicked.connect(self.delete_selected_override)
        add.addWidget(self.override_fields.wrap("day", self.override_day))
        add.addWidget(self.override_fields.wrap("kind", self.override_kind))
        add.addWidget(self.override_fields.wrap("note", self.override_note), 1)
        add.addWidget(self.override_add, 0, Qt.AlignTop)
        add.addWidget(self.override_delete, 0, Qt.AlignTop)
        col.addLayout(add)
        self.override_status = QLabel()
        col.addWidget(self.override_status)
        hint = QLabel(tr("Ngày lễ, Tết và ngày làm bù theo lịch nhà nước được tính sẵn; thêm ở đây các ngày nghỉ "
                         "hoặc ngày làm bù do cấp có thẩm quyền quyết định sau. Ngày của đơn vị được ưu tiên. "
                         "Thay đổi áp dụng cho hồ sơ tiếp nhận sau; hạn trả đã hẹn không thay đổi."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        col.addWidget(hint)
        self.calendar_days = []
        return w

    def _load_calendar(self) -> None:
        with self.ctx.read() as s:
            self.calendar_days = year_calendar(s, self.year.value())
        self.cal_table.setRowCount(len(self.calendar_days))
        for n, d in enumerate(self.calendar_days):
            kind = HOLIDAY_OVERRIDE.label("working_day" if d.working else "day_off", self.ctx.lang)
            source = tr("Đơn vị") if d.source == "office" else tr("Lịch nhà nước (holidays)")
            texts = (day_words(d.day), kind, d.name, source)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if d.source == "office":
                    item.setForeground(Qt.darkBlue)
                self.cal_table.setItem(n, c, item)

    def add_override(self) -> "ops.Job":
        day, kind, note = self.override_day.value(), self.override_kind.currentData(), self.override_note.text()

        def saved(_result=None) -> None:
            self.override_fields.show({})
            self.override_note.clear()
            self._status(self.override_status, tr("Đã lưu ngày {day}.").format(day=fmt_date(day)))

        return ops.write(self.ctx, lambda s: set_override(s, day, kind, note), parent=self, done=saved,
                         failed=self._override_refused, busy=[self.override_add])

    def _override_refused(self, exc) -> None:
        rest = self.override_fields.refused(exc)
        self._status(self.override_status, "; ".join(rest) or tr("Chưa lưu."), error=True)

    def delete_selected_override(self) -> "ops.Job | bool":
        row = self.cal_table.currentRow()
        if row < 0 or row >= len(self.calendar_days) or self.calendar_days[row].source != "office":
            self._status(self.override_status, tr("Chọn một ngày do đơn vị thêm (chữ màu xanh) để xóa."), error=True)
            return False
        day = self.calendar_days[row].day
        return ops.write(self.ctx, lambda s: delete_override(s, day), parent=self,
                         done=lambda _r=None: self._status(self.override_status,
                                                           tr("Đã xóa ngày {day}.").format(day=fmt_date(day))),
                         failed=self._override_refused, busy=[self.override_delete])

    # ------------------------------------------------------------------ language and folders
    def _window_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.lang), 0))
        self.language_apply = QPushButton(tr("Áp dụng"))
        self.language_apply.clicked.connect(self.apply_language)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.language_apply)
        row.addStretch(1)
        form.addRow(tr("Ngôn ngữ giao diện:"), row)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(420)
        choose = QPushButton(tr("Chọn thư mục…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(tr("Thư mục lưu phiếu in:"), row)
        col.addLayout(form)
        hint = QLabel(tr("Phiếu tiếp nhận, phiếu yêu cầu bổ sung, từ chối, xin lỗi được lưu thành tệp PDF trong thư mục "
                         "này và mở bằng trình xem PDF của máy để in."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        col.addWidget(hint)
        col.addStretch(1)
        return w

    def apply_language(self) -> None:
        lang = self.language.currentData()
        if lang != self.ctx.lang:
            self.ctx.language_requested.emit(lang)

    def choose_folder(self) -> QFileDialog:
        return ask_folder(self, tr("Chọn thư mục lưu phiếu"), str(slips_folder()), self.set_folder)

    def set_folder(self, path: str) -> None:
        prefs.put("slips/folder", path)
        self.folder.setText(path)

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        super().refresh()
        with self.ctx.read() as s:
            c = find_commune(s)
            values = (c.name, c.province, c.code_prefix, c.place_name, c.chairperson) if c else ("",) * 5
        for widget, value in zip((self.commune_name, self.province, self.code_prefix, self.place_name,
                                  self.chairperson), values):
            widget.setText(value or "")
        with self.ctx.read() as s:
            counter = counter_settings(s)
        self.counter_phone.setText(counter.phone or "")
        self.counter_time.setTime(QTime(counter.appointment_time.hour, counter.appointment_time.minute))
        self.counter_volume.setValue(counter.book_volume_size)
        self._load_document()
        self._load_procedures()
        self._load_calendar()
        self.folder.setText(str(slips_folder()))
