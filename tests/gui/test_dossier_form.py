"""Intake of a dossier through the form, end to end: the procedure found by typing without diacritics,
the due date shown at once, problems under their fields, the receipt printed, the list showing it."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pypdf import PdfReader
from sqlalchemy import select

from core.calendar import WorkCalendar
from core.catalogue import find_procedure
from core.db import transaction
from core.models import Dossier, Staff
from gui import desktop, printing
from gui.dialogs.dossier_form import DossierForm
from gui.widgets.dates import day_words
from gui.pages.dossiers import DossiersPage
from tests.gui.helpers import outcome, settle, type_text

NOW = datetime(2026, 3, 10, 9, 30)  # a Tuesday


def _staff(db):
    with transaction(db.sessions) as s:
        s.add(Staff(full_name="Bùi Thị Lan", name_key="bui thi lan", category="civil_servant"))


def test_intake_end_to_end(qtbot, ctx, sqlite_db):
    _staff(sqlite_db)
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    form = page.new_dossier()
    qtbot.waitExposed(form)
    assert isinstance(form, DossierForm) and form.isVisible()
    form.received.setDateTime(form.received.dateTime().fromString("10/03/2026 09:30", "dd/MM/yyyy HH:mm"))

    # The procedure, typed without diacritics, found through the completer.
    type_text(form.proc_edit, "thuong tru")
    popup = form.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.completer.completionCount() == 2  # also "Liên thông … đăng ký thường trú …"
    QTest.keyClick(popup, Qt.Key_Down)
    QTest.keyClick(popup, Qt.Key_Return)
    assert form.proc_edit.text() == "Đăng ký thường trú"
    with transaction(sqlite_db.sessions, write=False) as s:
        proc = find_procedure(s, "Đăng ký thường trú")
        due = WorkCalendar.from_session(s).due_date(datetime(2026, 3, 10, 9, 30), proc.legal_days, proc.deadline_unit)
    assert form.due_label.text() == day_words(due) == "Thứ Năm, 19/03/2026"  # 7 working days, shown at once

    # Problems from core, in Vietnamese, next to their fields.
    type_text(form.name, "Nguyễn Thị Hường")
    type_text(form.id_number, "00118501234")  # 11 digits
    form.phone.setText("12345")
    form.save_button.click()
    settle()
    assert form.errors["id_number"].isVisible() and "12 chữ số" in form.errors["id_number"].text()
    assert form.errors["phone"].isVisible()
    assert not form.errors["name"].isVisible()
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.id)) is None  # nothing saved

    type_text(form.id_number, "5")
    form.phone.setText("0912 345 678")
    form.address.setText("Thôn Đông, xã Thượng Tín")
    form.handler.setCurrentIndex(form.handler.findText("Bùi Thị Lan"))
    form.channel.setCurrentIndex(form.channel.findData("online"))
    # The procedure's checklist came with it, all ticked; the second document was not handed in.
    assert [r[0] for r in form.documents.rows()] == ["Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
                                                     "Giấy tờ chứng minh chỗ ở hợp pháp"]
    form.documents.set_received(1, False)
    form.email.setText("huong@example.vn")
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    assert not form.isVisible()

    with transaction(sqlite_db.sessions, write=False) as s:
        d = s.scalar(select(Dossier))
        assert d.code == "HS-260310-0001" and d.applicant_id_number == "001185012345"
        assert d.due_date == date(2026, 3, 19) and d.channel == "online" and d.handler_name == "Bùi Thị Lan"
        assert [e.kind for e in d.events] == ["received", "assigned"]
        assert [(x.name, x.form, x.received) for x in d.documents] == [
            ("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", "original", True),
            ("Giấy tờ chứng minh chỗ ở hợp pháp", "copy", False)]
        assert d.applicant_email == "huong@example.vn" and d.appointment_at == datetime(2026, 3, 19, 16, 0)
    # The receipt was written and shown in the print preview.
    assert printing.shown and printing.shown[-1].name == "HS-260310-0001_mau-01.pdf"
    text = " ".join(PdfReader(str(printing.shown[-1])).pages[0].extract_text().split())
    assert "Nguyễn Thị Hường" in text and "Đăng ký thường trú" in text
    # the appointment as the circular writes it, with its time of day; only what was handed in is listed
    assert "16 giờ 00 phút, ngày 19 tháng 3 năm 2026" in text and "hợp pháp" not in text
    # The list shows it, selected.
    assert page.model.rowCount() == 1 and page.selected_dossier() == d.id
    assert page.count_label.text() == "1 hồ sơ"


def test_edit_and_history(qtbot, ctx, sqlite_db):
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_dossier()
    form.print_receipt.setChecked(False)
    form.set_procedure(next(p[0] for p in form.procedures if p[1] == "Đăng ký khai sinh"))
    assert form.due_label.text() != "—"
    form.name.setText("Lê Văn Nam")
    with qtbot.waitSignal(form.saved) as sig:
        form.save_button.click()
    dossier_id = sig.args[0]
    assert not printing.shown  # no receipt asked for

    form = page.open_dossier(dossier_id)
    qtbot.waitExposed(form)
    assert form.proc_edit.isReadOnly() and form.history.rowCount() == 1
    assert form.history.item(0, 1).text() == "Tiếp nhận"
    assert form.action_buttons["return"].isEnabled() and not form.action_buttons["supply"].isEnabled()
    assert form.slip_buttons["receipt"].isEnabled() and not form.slip_buttons["refusal"].isEnabled()
    form.phone.setText("abc")
    assert not outcome(form.save())
    assert form.errors["phone"].isVisible()
    form.phone.setText("0987654321")
    assert outcome(form.save())
    assert form.history.rowCount() == 2 and form.history.item(1, 1).text() == "Sửa thông tin"

    # An action from the form: a supplement request with its items, and the slip (Mẫu 02).
    dialog = form.start_action("request_supplement")
    qtbot.waitExposed(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.errors["note"].isVisible()  # a reason is required
    dialog.note.setPlainText("Bản sao giấy chứng sinh")
    dialog.buttons.accepted.emit()
    settle()
    assert not dialog.isVisible()
    assert form.header.text().count("Chờ bổ sung") == 1
    assert form.slip_buttons["supplement"].isEnabled() and form.action_buttons["supply"].isEnabled()
    assert printing.shown[-1].name.endswith("_mau-02.pdf")
    path = form.print_slip("receipt")
    assert path.exists() and path.name.endswith("_mau-01.pdf")


def test_over_long_name_shown_at_its_field(qtbot, ctx, sqlite_db):
    """A name longer than the register keeps is refused by core's one length rule and shown under
    the name, in the window's words; nothing is saved."""
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_dossier()
    qtbot.waitExposed(form)
    type_text(form.proc_edit, "khai sinh")
    popup = form.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key_Down)
    QTest.keyClick(popup, Qt.Key_Return)
    form.name.setText("Nguyễn" * 400)  # 2,400 characters
    form.save_button.click()
    settle()
    assert form.isVisible()
    assert form.errors["name"].isVisible()
    assert form.errors["name"].text() == "Quá dài (2.400 ký tự, tối đa 300)."
    assert not form.errors["address"].isVisible()
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.id)) is None


def test_tab_goes_from_the_procedure_to_the_applicant(qtbot, ctx):
    form = DossierForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.proc_edit.setFocus()
    qtbot.waitUntil(form.proc_edit.hasFocus)
    seen = []
    for _ in range(5):
        QTest.keyClick(form.focusWidget(), Qt.Key_Tab)
        seen.append(form.focusWidget())
    assert seen == [form.name, form.id_number, form.phone, form.address, form.received]


def _saved_dossier(qtbot, page) -> int:
    form = page.new_dossier()
    form.print_receipt.setChecked(False)
    form.set_procedure(next(p[0] for p in form.procedures if p[1] == "Đăng ký khai sinh"))
    form.name.setText("Lê Văn Nam")
    with qtbot.waitSignal(form.saved) as sig:
        form.save_button.click()
    return sig.args[0]


@pytest.fixture
def saved(qtbot, ctx, sqlite_db):
    """The dossier page, and a dossier taken in through its form."""
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page, _saved_dossier(qtbot, page)


def test_the_form_fits_the_screen_and_scrolls(qtbot, ctx, saved):
    """On a small office screen the form opens inside the screen, and what does not fit scrolls
    instead of squeezing the fields: every action and slip button keeps its size."""
    page, dossier_id = saved
    form = page.open_dossier(dossier_id)
    qtbot.waitExposed(form)
    available = form.screen().availableGeometry()
    assert form.width() <= available.width() and form.height() <= available.height()
    for b in [*form.action_buttons.values(), *form.slip_buttons.values(), form.name, form.address]:
        assert b.width() >= b.minimumSizeHint().width() and b.height() >= b.minimumSizeHint().height(), b
    assert form.save_button.isVisible() and form.close_button.isVisible()
    assert form.save_button.mapTo(form, form.save_button.rect().bottomRight()).y() <= form.height()


def test_an_imported_handler_is_shown_by_name(qtbot, ctx, saved):
    """A dossier whose handler came from the system's export by name only (no staff record)
    shows that name, not "not assigned"."""
    page, dossier_id = saved
    with transaction(ctx.db.sessions) as s:
        s.get(Dossier, dossier_id).handler_name = "Hà Thị Mai"
    form = page.open_dossier(dossier_id)
    qtbot.waitExposed(form)
    assert form.handler.currentText() == "Hà Thị Mai"


def test_the_official_code_is_given_once_from_the_form(qtbot, ctx, saved):
    page, dossier_id = saved
    form = page.open_dossier(dossier_id)
    qtbot.waitExposed(form)
    assert not form.official_code.isReadOnly()
    form.official_code.setText("000.20.31.H26-260310-0001")
    with qtbot.waitSignal(form.saved, timeout=20000):
        form.save_button.click()
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.get(Dossier, dossier_id).official_code == "000.20.31.H26-260310-0001"
    assert form.official_code.isReadOnly() and form.history.item(form.history.rowCount() - 1, 1).text() == "Sửa thông tin"
