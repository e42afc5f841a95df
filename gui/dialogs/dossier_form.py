"""The dossier form: intake of a new dossier, or one dossier's details, actions, slips and history.

Intake: the code is generated on saving (its form is shown); the procedure is found in the catalogue
by typing any part of its name, with or without diacritics; the due date is computed at once from the
working-day calendar (core.calendar) and shown as the clerk picks the procedure or changes the time of
receipt. Problems come from core (ValidationError.fields) and are shown under their fields.
"""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDateTime, QModelIndex, QRegularExpression, QSize, Qt, QTime, Signal
from PySide6.QtGui import (QAction, QGuiApplication, QKeySequence, QRegularExpressionValidator, QStandardItem,
                           QStandardItemModel)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QDialog, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QScrollArea, QSpinBox, QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

from core.calendar import WorkCalendar
from core import settings
from core.catalogue import list_procedures
from core.commune import find_commune
from core.dossier_queries import deadline_state, due_soon_horizon
from core.dossiers import (MAX_COPIES, TRANSITIONS, Applicant, DocumentLine, Representative, allowed_actions,
                           appointment_of, document_lines, get_dossier, intake, representative_of, update_details,
                           validate_applicant, validate_representative)
from core.errors import BadValue
from core.formatting import fmt_date, fmt_moment, fold, nfc
from core.slips import available_slips, time_limit_label
from core.staff import handlers_in_post
from core.vocab import CHANNEL, DOSSIER_EVENT, DOSSIER_STATUS, RESULT_DELIVERY
from gui import ops
from gui.dialogs.dossier_action import ActionDialog, action_label
from gui.icons import icon
from gui.messages import problem_sentence
from gui.slips import SLIP_LABELS, produce_slip, slip_label
from gui.widgets.actions import keyed_buttons
from gui.widgets.dates import day_words
from gui.widgets.documents import DocumentsTable
from gui.widgets.fields import MoneyEdit, card, set_combo_data, vocab_combo, yes_no_combo
from gui.widgets.form import FieldErrors, error_label
from gui.widgets.table import table_widget

CTX = "DossierForm"
FOLD_ROLE = Qt.UserRole + 10


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def to_qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


def from_qdatetime(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ProcedureCompleter(QCompleter):
    """Completion over the catalogue that ignores case and diacritics and matches any part of the
    name or field: 'khai sinh', 'KHAI SINH' and 'khái sinh' all find 'Đăng ký khai sinh'."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt API
        return index.data(Qt.DisplayRole) or ""


class DossierForm(QDialog):
    """`DossierForm(ctx)` takes in a new dossier; `DossierForm(ctx, dossier_id)` shows and edits one.
    `saved(dossier_id)` after an intake or an edit or an action."""

    saved = Signal(int)

    def __init__(self, ctx, dossier_id: int | None = None, parent=None, now: datetime | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dossier_id = dossier_id
        self.now = (now or datetime.now()).replace(second=0, microsecond=0)
        self.procedure: tuple | None = None  # (id, name, field, legal_days, unit)
        self.fields = FieldErrors()
        self.errors = self.fields.labels
        self.slip_path = None
        self.setWindowTitle(tr("Tiếp nhận hồ sơ") if dossier_id is None else tr("Hồ sơ"))
        with ctx.read() as s:
            self.calendar = WorkCalendar.from_session(s)
            commune = find_commune(s)
            self.prefix = (commune.code_prefix if commune else None) or "HS"
            self.procedures = [(p.id, p.name, p.field, p.legal_days, p.deadline_unit)
                               for p in list_procedures(s, active_only=dossier_id is None)]
            # each procedure's checklist (thành phần hồ sơ), ticked as handed in at intake
            self.checklists = {p.id: [DocumentLine(x.name, x.form, x.copies) for x in p.documents]
                               for p in list_procedures(s, active_only=dossier_id is None)}
            self.appointment_time = settings.get(s, "counter.appointment_time")
            self.handlers = handlers_in_post(s, self.now.date())
        self._build()
        self._tab_order()
        if dossier_id is not None:
            self.load()
        else:
            self._update_due()
        self._fit_to_screen(QSize(1100, 860 if dossier_id else 780))

    # ------------------------------------------------------------------ layout
    def _fit_to_screen(self, wanted: QSize) -> None:
        """The wanted size, or as much of the screen as is free with a margin for the frame."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen else None
        if free is None:
            self.resize(wanted)
            return
        margin = 40
        self.resize(min(wanted.width(), free.width() - margin), min(wanted.height(), free.height() - margin))

    def _field_box(self, key: str, widget: QWidget) -> QWidget:
        return self.fields.wrap(key, widget)

    def _tab_order(self) -> None:
        """At the counter the clerk types the procedure, then the applicant (name, ID, phone,
        address), then checks the receipt: Tab follows that, not the order of the boxes on screen."""
        chain = [self.proc_edit, self.name, self.id_number, self.phone, self.address, self.received,
                 self.channel, self.handler]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # Everything but the error line and the buttons scrolls: on a 1366×768 office screen the
        # fields keep their size and the buttons stay in sight.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        root = QVBoxLayout(body)
        root.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setTextFormat(Qt.RichText)
        self.header.setStyleSheet("font-size: 15px;")
        root.addWidget(self.header)
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        root.addLayout(grid)

        # The procedure
        g = QGroupBox(tr("Thủ tục hành chính"))
        f = QFormLayout(g)
        self.proc_edit = QLineEdit()
        self.proc_edit.setPlaceholderText(tr("Gõ vài chữ của tên thủ tục, ví dụ: khai sinh"))
        model = QStandardItemModel(self)
        for pid, name, field, days, unit in self.procedures:
            item = QStandardItem(name)
            item.setData(pid, Qt.UserRole)
            item.setData(fold(f"{name} {field}"), FOLD_ROLE)
            item.setToolTip(f"{field} · {time_limit_label(days, unit) or tr('chưa có thời hạn')}")
            model.appendRow(item)
        self.completer = ProcedureCompleter(model, self)
        self.completer.setCompletionRole(FOLD_ROLE)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.proc_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._completer_chosen)
        self.proc_edit.editingFinished.connect(self._proc_typed)
        self.proc_edit.textEdited.connect(self._proc_edited)
        f.addRow(tr("Thủ tục:"), self._field_box("procedure", self.proc_edit))
        self.proc_info = QLabel("—")
        self.proc_info.setStyleSheet("color: #455a64;")
        f.addRow(tr("Lĩnh vực, thời hạn:"), self.proc_info)
        grid.addWidget(g, 0, 0)

        # The reception
        g = QGroupBox(tr("Tiếp nhận"))
        f = QFormLayout(g)
        self.received = QDateTimeEdit(to_qdatetime(self.now))
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDateTime(to_qdatetime(self.now).addSecs(60))
        self.received.dateTimeChanged.connect(lambda _=None: self._update_due())
        f.addRow(tr("Thời gian nhận:"), self._field_box("received_at", self.received))
        self.channel = QComboBox()
        for term in CHANNEL.terms:
            self.channel.addItem(CHANNEL.label(term.code, self.ctx.lang), term.code)
        self.channel.setCurrentIndex(self.channel.findData(CHANNEL.default))
        f.addRow(tr("Kênh nộp:"), self._field_box("channel", self.channel))
        self.handler = QComboBox()
        self.handler.addItem(tr("(chưa phân công)"), None)
        for sid, name in self.handlers:
            self.handler.addItem(name, sid)
        f.addRow(tr("Cán bộ xử lý:"), self._field_box("handler", self.handler))
        self.code_label = QLabel(tr("{prefix}-{day}-…  (cấp khi lưu)").format(prefix=self.prefix,
                                                                              day=f"{self.now:%y%m%d}"))
        self.code_label.setStyleSheet("color: #455a64;")
        f.addRow(tr("Mã hồ sơ:"), self._field_box("code", self.code_label))
        self.official_code = QLineEdit()
        self.official_code.setMaxLength(100)
        self.official_code.setPlaceholderText(tr("mã do hệ thống một cửa của tỉnh cấp (nếu có)"))
        f.addRow(tr("Mã trên hệ thống:"), self._field_box("official_code", self.official_code))
        grid.addWidget(g, 0, 1)

        # The applicant
        g = QGroupBox(tr("Người nộp hồ sơ"))
        f = QFormLayout(g)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.id_number.setPlaceholderText(tr("12 chữ số"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("09xx xxx xxx")
        self.address = QLineEdit()
        self.email = QLineEdit()
        f.addRow(tr("Họ và tên:"), self._field_box("name", self.name))
        f.addRow(tr("Số định danh (CCCD):"), self._field_box("id_number", self.id_number))
        f.addRow(tr("Điện thoại:"), self._field_box("phone", self.phone))
        f.addRow(tr("Thư điện tử:"), self._field_box("email", self.email))
        f.addRow(tr("Địa chỉ:"), self._field_box("address", self.address))
        for w in (self.id_number, self.phone, self.name, self.email):
            w.editingFinished.connect(self._check_applicant)
        grid.addWidget(g, 1, 0)

        # The authorised representative who hands the dossier in, when there is one (Mẫu 01)
        self.rep_box = QGroupBox(tr("Người được ủy quyền nộp hồ sơ (nếu có)"))
        self.rep_box.setCheckable(True)
        self.rep_box.setChecked(False)
        f = QFormLayout(self.rep_box)
        self.rep = {key: QLineEdit() for key in Representative.FIELDS}
        self.rep["id_number"].setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.rep["document"].setPlaceholderText(tr("Ví dụ: Giấy ủy quyền số 12/UQ ngày 01/03/2026"))
        for key, label in (("name", tr("Họ và tên:")), ("id_number", tr("Số định danh (CCCD):")),
                           ("phone", tr("Điện thoại:")), ("email", tr("Thư điện tử:")),
                           ("address", tr("Địa chỉ:")), ("document", tr("Giấy ủy quyền:"))):
            f.addRow(label, self._field_box(f"rep_{key}", self.rep[key]))
        grid.addWidget(self.rep_box, 2, 0)

        # How the result is delivered, how many sets
        g = QGroupBox(tr("Trả kết quả"))
        f = QFormLayout(g)
        self.delivery = vocab_combo(RESULT_DELIVERY, self.ctx.lang)
        f.addRow(tr("Nhận kết quả:"), self._field_box("result_delivery", self.delivery))
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        f.addRow(tr("Số bộ hồ sơ:"), self._field_box("copies", self.copies))
        self.appointment = QTimeEdit(QTime(self.appointment_time.hour, self.appointment_time.minute))
        self.appointment.setDisplayFormat("HH:mm")
        self.appointment_row = self._field_box("appointment", self.appointment)
        f.addRow(tr("Giờ hẹn trả:"), self.appointment_row)
        self.delivery_form = f
        self.appointment_label = QLabel("—")
        f.addRow(tr("Hẹn trả kết quả:"), self.appointment_label)
        self.book_label = QLabel(tr("(ghi khi lưu)"))
        self.book_label.setStyleSheet("color: #455a64;")
        f.addRow(tr("Sổ theo dõi:"), self.book_label)
        self.appointment.timeChanged.connect(lambda _=None: self._update_due())
        self.channel.currentIndexChanged.connect(self._channel_changed)
        grid.addWidget(g, 2, 1)

        # The due date, computed at once
        due_box = card("dueBox", "#e8f1fb", "#b6cde8")
        col = QVBoxLayout(due_box)
        cap = QLabel(tr("Hạn trả kết quả"))
        cap.setStyleSheet("color: #37474f; border: none;")
        self.due_label = QLabel("—")
        self.due_label.setObjectName("dueDate")
        self.due_label.setStyleSheet("font-size: 20px; font-weight: 600; color: #0d47a1; border: none;")
        self.due_note = QLabel("")
        self.due_note.setWordWrap(True)
        self.due_note.setStyleSheet("color: #455a64; border: none;")
        col.addWidget(cap)
        col.addWidget(self.due_label)
        col.addWidget(self.due_note)
        col.addStretch(1)
        grid.addWidget(due_box, 1, 1)

        # Fee, online payment and digitisation: what the 766 estimate counts (3.6, 4.2)
        g = QGroupBox(tr("Lệ phí và số hóa"))
        f = QFormLayout(g)
        self.fee = MoneyEdit()
        self.fee.setPlaceholderText(tr("không có lệ phí"))
        self.paid_online = yes_no_combo()
        self.digitised = yes_no_combo()
        self.digitised.setToolTip(tr("Thành phần hồ sơ được số hóa và kết quả được trả dưới dạng điện tử"))
        f.addRow(tr("Lệ phí (đồng):"), self._field_box("fee", self.fee))
        f.addRow(tr("Thanh toán trực tuyến:"), self._field_box("paid_online", self.paid_online))
        f.addRow(tr("Số hóa hồ sơ:"), self._field_box("digitised", self.digitised))
        grid.addWidget(g, 3, 1)

        # Documents (the procedure's checklist: tick what was handed in) and notes
        g = QGroupBox(tr("Thành phần hồ sơ (đánh dấu giấy tờ đã nộp) và ghi chú"))
        h = QVBoxLayout(g)  # the notes under the table: the documents' names get the group's width
        self.documents = DocumentsTable(self.ctx.lang, with_received=True)
        self.documents.setMinimumHeight(120)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Ghi chú"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(44)
        self.notes.setMaximumHeight(64)
        h.addWidget(self._field_box("documents", self.documents), 1)
        h.addWidget(self.notes)
        grid.addWidget(g, 3, 0)
        grid.setRowStretch(3, 1)

        # Actions and slips (an existing dossier)
        self.actions_box = QGroupBox(tr("Thao tác"))
        self.action_buttons = keyed_buttons({a: action_label(a) for a in TRANSITIONS}, self.start_action, "action")
        _button_rows(self.actions_box, list(self.action_buttons.values()))
        root.addWidget(self.actions_box)
        self.slips_box = QGroupBox(tr("In phiếu"))
        self.slip_buttons = keyed_buttons({k: slip_label(k) for k in SLIP_LABELS}, self.print_slip, "slip", None,
                                          icon("print"))
        _button_rows(self.slips_box, list(self.slip_buttons.values()))
        root.addWidget(self.slips_box)
        self.history = table_widget([tr("Ngày"), tr("Việc"), tr("Trạng thái"), tr("Người thực hiện"), tr("Ghi chú")])
        hh = self.history.horizontalHeader()
        for c in range(4):
            hh.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(4, QHeaderView.Stretch)
        self.history.setMinimumHeight(140)
        self.history_box = QGroupBox(tr("Lịch sử xử lý"))
        QVBoxLayout(self.history_box).addWidget(self.history)
        root.addWidget(self.history_box, 1)

        root = outer
        self.general = error_label()
        root.addWidget(self.general)
        buttons = QHBoxLayout()
        self.print_receipt = QCheckBox(tr("In giấy tiếp nhận sau khi lưu"))
        self.print_receipt.setChecked(True)
        buttons.addWidget(self.print_receipt)
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)

        # Ctrl+P: the slips this dossier can have printed, as a menu over the slips' row.
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.Print))
        self.print_action.triggered.connect(self.print_menu)
        self.addAction(self.print_action)

        intake_mode = self.dossier_id is None
        for w in (self.actions_box, self.slips_box, self.history_box):
            w.setVisible(not intake_mode)
        self.print_receipt.setVisible(intake_mode)
        if intake_mode:
            self.header.setText(f"<b>{tr('Tiếp nhận hồ sơ mới')}</b>")
            self.proc_edit.setFocus()

    # ------------------------------------------------------------------ procedure and due date
    def _completer_chosen(self, index: QModelIndex) -> None:
        self.set_procedure(index.data(Qt.UserRole))

    def _proc_edited(self, _text: str) -> None:
        self.procedure = None
        self._update_due()

    def _proc_typed(self) -> None:
        """Leaving the field with a full name typed (or a single match) chooses that procedure."""
        if self.procedure is not None:
            return
        key = fold(self.proc_edit.text())
        if not key:
            return
        exact = [p for p in self.procedures if fold(p[1]) == key]
        matches = exact or [p for p in self.procedures if key in fold(f"{p[1]} {p[2]}")]
        if len(matches) == 1:
            self.set_procedure(matches[0][0])

    def set_procedure(self, procedure_id: int | None) -> None:
        chosen = next((p for p in self.procedures if p[0] == procedure_id), None)
        changed = chosen != self.procedure
        self.procedure = chosen
        if self.procedure is not None and self.proc_edit.text() != self.procedure[1]:
            self.proc_edit.setText(self.procedure[1])
        if self.dossier_id is None and chosen is not None and changed:
            self.documents.set_rows(self.checklists.get(chosen[0], ()))
        self._show_field_error("procedure", None)
        self._update_due()

    def _channel_changed(self, _index=None) -> None:
        """A new dossier's result goes back the way it came, unless the clerk chooses otherwise."""
        if self.dossier_id is None:
            from core.dossiers import DELIVERY_OF_CHANNEL

            set_combo_data(self.delivery, DELIVERY_OF_CHANNEL.get(self.channel.currentData()))

    def _update_due(self) -> None:
        p = self.procedure
        if p is None:
            self.proc_info.setText("—")
            if self.dossier_id is None:
                self.due_label.setText("—")
                self.due_note.setText(tr("Chọn thủ tục để tính hạn trả."))
            return
        _pid, _name, field, days, unit = p
        self.proc_info.setText(f"{field} · {time_limit_label(days, unit) or tr('chưa có thời hạn')}")
        if self.dossier_id is not None:
            return
        if days is None:
            self.due_label.setText("—")
            self.due_note.setText(tr("Thủ tục chưa có thời hạn giải quyết trong danh mục."))
            return
        received = from_qdatetime(self.received.dateTime())
        self.due = self.calendar.due_date(received, days, unit)
        self.due_label.setText(day_words(self.due))
        self.appointment_label.setText(f"{self._appointment_time():%H:%M} {tr('ngày')} {fmt_date(self.due)}")
        if days == 0:
            note = tr("Giải quyết trong ngày; nhận sau 15 giờ thì trả vào ngày làm việc tiếp theo.")
        elif unit == "calendar_days":
            note = tr("{n} ngày kể từ ngày nhận; rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp.").format(n=days)
        else:
            note = tr("{n} ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ.").format(n=days)
        self.due_note.setText(note)

    # ------------------------------------------------------------------ problems
    def _show_field_error(self, key: str, message: str | None) -> None:
        self.fields.set(key, message)

    def show_errors(self, problems, general: str = "") -> None:
        """A refusal of core (its problems), or field → a worded message, under the fields."""
        self.fields.show_all(self.general, problems, general)

    def _applicant(self) -> Applicant:
        return Applicant(nfc(self.name.text()) or None, nfc(self.id_number.text()) or None,
                         nfc(self.phone.text()) or None, nfc(self.address.text()) or None,
                         nfc(self.email.text()) or None)

    def _representative(self) -> Representative:
        """The representative typed in; an empty one when the box is unticked (none recorded)."""
        if not self.rep_box.isChecked():
            return Representative()
        return Representative(**{key: nfc(w.text()) or None for key, w in self.rep.items()})

    def _documents(self) -> list[DocumentLine]:
        return [DocumentLine(name, form, copies, received) for name, form, copies, received in self.documents.rows()]

    def _appointment_time(self) -> time:
        t = self.appointment.time()
        return time(t.hour(), t.minute())

    def _check_applicant(self) -> None:
        problems = validate_applicant(self._applicant())
        for key in ("id_number", "phone", "email"):
            self._show_field_error(key, problem_sentence(problems[key]) if key in problems else None)
        problems = validate_representative(self._representative())
        for key in ("rep_id_number", "rep_phone", "rep_email"):
            self._show_field_error(key, problem_sentence(problems[key]) if key in problems else None)

    # ------------------------------------------------------------------ saving
    def save(self) -> "ops.Job | None":
        if self.dossier_id is None:
            return self._intake()
        return self._update()

    def _failed(self, exc) -> None:
        self.show_errors(exc)

    def _recorded(self) -> dict | None:
        """Fee, paid online, digitised as core takes them; None (and the fee's problem shown) when the
        fee is not an amount."""
        try:
            fee = self.fee.value()
        except BadValue as exc:
            self.show_errors({"fee": problem_sentence(exc.problem())})
            return None
        return dict(fee=fee, paid_online=self.paid_online.currentData(), digitised=self.digitised.currentData())

    def _intake(self) -> "ops.Job | None":
        if self.procedure is None:
            self._proc_typed()
        recorded = self._recorded()
        if recorded is None:
            return None
        values = dict(procedure_id=self.procedure[0] if self.procedure else -1, applicant=self._applicant(),
                      received_at=from_qdatetime(self.received.dateTime()), channel=self.channel.currentData(),
                      handler_id=self.handler.currentData(), documents=self._documents(),
                      notes=self.notes.toPlainText(), user=self.ctx.user_name,
                      representative=self._representative(), appointment_time=self._appointment_time(),
                      result_delivery=self.delivery.currentData(), copies=self.copies.value(),
                      official_code=self.official_code.text(), **recorded)

        def work(s):
            d = intake(s, **values)
            return d.id, d.code

        return ops.write(self.ctx, work, parent=self, done=self._taken_in, failed=self._failed,
                         busy=[self.save_button])

    def _taken_in(self, result) -> None:
        new_id, self.new_code = result
        self.dossier_id = new_id
        self.show_errors({})
        if self.print_receipt.isChecked():
            self.slip_path = produce_slip(self.ctx, new_id, "receipt", self)
        self.saved.emit(new_id)
        self.accept()

    def _update(self) -> "ops.Job | None":
        dossier_id = self.dossier_id
        recorded = self._recorded()
        if recorded is None:
            return None
        values = dict(applicant=self._applicant(), channel=self.channel.currentData(),
                      documents=self._documents(), notes=self.notes.toPlainText(), user=self.ctx.user_name,
                      representative=self._representative(), result_delivery=self.delivery.currentData(),
                      copies=self.copies.value(), **recorded)
        if not self.official_code.isReadOnly():
            values["official_code"] = self.official_code.text()
        return ops.write(self.ctx, lambda s: update_details(s, dossier_id, **values), parent=self,
                         done=self._updated, failed=self._failed, busy=[self.save_button])

    def _updated(self, _result=None) -> None:
        self.show_errors({})
        self.load()
        self.saved.emit(self.dossier_id)

    # ------------------------------------------------------------------ an existing dossier
    def load(self) -> None:
        with self.ctx.read() as s:
            d = get_dossier(s, self.dossier_id)
            proc = d.procedure
            self.procedure = (proc.id, proc.name, d.field, proc.legal_days, proc.deadline_unit)
            events = [(e.day, e.kind, e.from_status, e.to_status, e.user_name, e.note) for e in d.events]
            slips = available_slips(d)
            allowed = set(allowed_actions(d))
            rep = representative_of(d)
            docs = document_lines(d)
            appointment = appointment_of(d)
            book = (d.book_volume, d.book_number, d.book_year) if d.book_number else None
            state = deadline_state(d, date.today(), due_soon_horizon(date.today(), self.calendar))
            values = dict(code=d.code, status=d.status, due=d.due_date, completed=d.completed_date,
                          received=d.received_at, name=d.applicant_name, id_number=d.applicant_id_number,
                          phone=d.applicant_phone, address=d.applicant_address, channel=d.channel,
                          handler_id=d.handler_id, handler_name=d.handler_name, email=d.applicant_email,
                          notes=d.notes, apology=d.apology_new_date, paused=d.paused_days,
                          delivery=d.result_delivery, copies=d.copies, fee=d.fee,
                          paid_online=d.paid_online, digitised=d.digitised, official_code=d.official_code)
        v = values
        self.setWindowTitle(tr("Hồ sơ {code}").format(code=v["code"]))
        lang = self.ctx.lang
        status = DOSSIER_STATUS.label(v["status"], lang)
        badge = ""
        if state.overdue:
            badge = f" <span style='color:#b71c1c'>● {tr('Quá hạn {n} ngày').format(n=(date.today() - v['due']).days)}</span>"
        elif state.due_soon:
            badge = f" <span style='color:#e65100'>● {tr('Sắp đến hạn')}</span>"
        self.header.setText(f"<b>{v['code']}</b> · {status}{badge}")
        self.proc_edit.setText(self.procedure[1])
        self.proc_edit.setReadOnly(True)
        self.proc_edit.setCompleter(None)
        self.received.setMaximumDateTime(to_qdatetime(max(v["received"], self.now)))
        self.received.setDateTime(to_qdatetime(v["received"]))
        self.received.setReadOnly(True)
        self.code_label.setText(v["code"])
        self.official_code.setText(v["official_code"] or "")
        # Given once (at intake, later by the clerk, or by the system's export, which links by it);
        # never rewritten.
        self.official_code.setReadOnly(bool(v["official_code"]))
        self.name.setText(v["name"] or "")
        self.id_number.setText(v["id_number"] or "")
        self.phone.setText(v["phone"] or "")
        self.address.setText(v["address"] or "")
        self.email.setText(v["email"] or "")
        self.rep_box.setChecked(rep is not None)
        for key, w in self.rep.items():
            w.setText((getattr(rep, key) if rep else None) or "")
        set_combo_data(self.delivery, v["delivery"])
        self.copies.setValue(v["copies"] or 1)
        self.delivery_form.setRowVisible(self.appointment_row, False)  # given at intake, never rewritten
        self.appointment_label.setText(fmt_moment(appointment, f" {tr('ngày')} ", "—"))
        self.book_label.setText(tr("Quyển số {volume}, số thứ tự {number} ({year})").format(
            volume=book[0] or 1, number=book[1], year=book[2]) if book else "—")
        self.channel.setCurrentIndex(max(self.channel.findData(v["channel"]), 0))
        # An export's handler may be a name with no staff record behind it: show the name all the same.
        i = self.handler.findData(v["handler_id"]) if v["handler_id"] is not None else -1
        if i < 0 and (v["handler_id"] is not None or v["handler_name"]):
            self.handler.addItem(v["handler_name"] or "?", v["handler_id"])
            i = self.handler.count() - 1
        self.handler.setCurrentIndex(max(i, 0))
        self.handler.setEnabled(False)  # a handler changes through the action, so it is in the history
        self.handler.setToolTip(tr("Đổi cán bộ xử lý bằng thao tác “Chuyển cán bộ xử lý”"))
        self.documents.set_rows(docs)
        self.notes.setPlainText(v["notes"] or "")
        self.fee.set_value(v["fee"])
        set_combo_data(self.paid_online, v["paid_online"], 0)
        set_combo_data(self.digitised, v["digitised"], 0)
        self._update_due()
        self.due_label.setText(day_words(v["due"]))
        color = "#b71c1c" if state.overdue else ("#e65100" if state.due_soon else "#0d47a1")
        self.due_label.setStyleSheet(f"font-size: 20px; font-weight: 600; color: {color}; border: none;")
        notes = []
        if v["completed"]:
            notes.append(tr("Đã kết thúc ngày {day}").format(day=fmt_date(v["completed"])))
        if v["paused"]:
            notes.append(tr("Đã cộng {n} ngày làm việc tạm dừng chờ bổ sung").format(n=v["paused"]))
        if v["apology"]:
            notes.append(tr("Hẹn lại ngày {day} (phiếu xin lỗi)").format(day=fmt_date(v["apology"])))
        self.due_note.setText("\n".join(notes))
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)
        for kind, b in self.slip_buttons.items():
            b.setEnabled(kind in slips)
        self.history.setRowCount(len(events))
        for n, (day, kind, from_s, to_s, user, note) in enumerate(events):
            change = DOSSIER_STATUS.label(to_s, lang) if from_s in (None, to_s) else \
                f"{DOSSIER_STATUS.label(from_s, lang)} → {DOSSIER_STATUS.label(to_s, lang)}"
            for c, text in enumerate((fmt_date(day), DOSSIER_EVENT.label(kind, lang), change, user or "", note or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(n, c, item)

    def start_action(self, action: str) -> ActionDialog:
        dialog = ActionDialog(self.ctx, self.dossier_id, action, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.applied.connect(lambda did, _a: (self.load(), self.saved.emit(did)))
        dialog.open()
        self.action_dialog = dialog
        return dialog

    def print_menu(self, _checked=False):
        if self.dossier_id is None:
            return None
        from gui.slips import slips_menu

        self.slips_menu = slips_menu(self.ctx, self.dossier_id, self)
        self.slips_menu.popup(self.slips_box.mapToGlobal(self.slips_box.rect().bottomLeft()))
        return self.slips_menu

    def print_slip(self, kind: str):
        self.slip_path = produce_slip(self.ctx, self.dossier_id, kind, self)
        return self.slip_path


def _button_rows(box: QWidget, buttons: list[QPushButton], rows: int = 2) -> None:
    """The buttons in `rows` rows, so that the form is not as wide as all of them side by side."""
    grid = QGridLayout(box)
    per_row = -(-len(buttons) // rows)
    for n, b in enumerate(buttons):
        grid.addWidget(b, n // per_row, n % per_row)
    grid.setColumnStretch(per_row, 1)


def open_dossier_form(ctx, dossier_id: int | None = None, parent=None, on_saved=None) -> DossierForm:
    form = DossierForm(ctx, dossier_id, parent)
    form.setAttribute(Qt.WA_DeleteOnClose)
    if on_saved is not None:
        form.saved.connect(on_saved)
    form.open()
    return form


__all__ = ["DossierForm", "ProcedureCompleter", "open_dossier_form"]
