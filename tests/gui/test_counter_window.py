"""The counter from the window: each step's dialog calls core's transition and prints its form
(Mẫu 02-05), the refusals of the rules shown under their fields, a scanned code opens its dossier,
the book of the list's period written as PDF and workbook, the procedure's required documents and
the counter's settings edited in Cài đặt."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pypdf import PdfReader

from core import settings
from core.catalogue import find_procedure
from core.db import transaction
from core.dossiers import Applicant, intake, transition
from core.models import Dossier
from gui import printing
from gui.dialogs.dossier_form import DossierForm
from gui.pages.dossiers import DossiersPage
from gui.pages.settings import SettingsPage
from tests import factories as f
from tests.gui.helpers import outcome, settle, type_text


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _taken_in(db, minutes_ago: int = 30) -> tuple[int, str]:
    now = datetime.now().replace(second=0, microsecond=0)
    at = max(now - timedelta(minutes=minutes_ago), now.replace(hour=0, minute=1))
    with transaction(db.sessions) as s:
        d = intake(s, procedure_id=find_procedure(s, "Đăng ký thường trú").id,
                   applicant=Applicant("Trần Văn Bình"), received_at=at, now=now)
        return d.id, d.code


def _page(qtbot, ctx) -> DossiersPage:
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _dossier(db, dossier_id: int) -> Dossier:
    with transaction(db.sessions, write=False) as s:
        d = s.get(Dossier, dossier_id)
        s.expunge(d)
        return d


def test_a_refusal_at_the_counter_from_the_window_prints_mau_03(qtbot, ctx, sqlite_db):
    dossier_id, code = _taken_in(sqlite_db)
    page = _page(qtbot, ctx)
    dialog = page.start_action(dossier_id, "refuse")
    assert not outcome(dialog.save()) and dialog.errors["note"].isVisible()  # its reason is printed
    dialog.note.setPlainText("Không thuộc thẩm quyền giải quyết của xã")
    assert outcome(dialog.save())
    assert _dossier(sqlite_db, dossier_id).status == "refused"
    assert printing.shown[-1].name == f"{code}_mau-03.pdf"
    text = _text(printing.shown[-1])
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN" in text and "Không thuộc thẩm quyền giải quyết của xã" in text
    form = page.open_dossier(dossier_id)
    assert [k for k, b in form.slip_buttons.items() if b.isEnabled()] == ["refusal"]
    assert not any(b.isEnabled() for b in form.action_buttons.values())


def test_a_second_supplement_request_needs_its_reason_in_the_window(qtbot, ctx, sqlite_db):
    dossier_id, code = _taken_in(sqlite_db)
    page = _page(qtbot, ctx)
    dialog = page.start_action(dossier_id, "request_supplement")
    assert dialog.items.toPlainText() == ""  # every document was handed in
    assert dialog.second_time.isHidden()  # the first request needs no more than its reason
    dialog.note.setPlainText("Giấy tờ chỗ ở chưa hợp lệ")
    dialog.items.setPlainText("Hợp đồng thuê nhà có công chứng")
    assert outcome(dialog.save())
    assert printing.shown[-1].name == f"{code}_mau-02.pdf"
    assert "Hợp đồng thuê nhà có công chứng" in _text(printing.shown[-1])
    with transaction(sqlite_db.sessions) as s:
        transition(s, dossier_id, "supply")
    dialog = page.start_action(dossier_id, "request_supplement")
    assert not dialog.second_time.isHidden()
    dialog.note.setPlainText("Lại thiếu")
    assert not outcome(dialog.save())
    assert dialog.errors["second_time"].isVisible() and "--second-time" not in dialog.errors["second_time"].text()
    assert _dossier(sqlite_db, dossier_id).supplement_count == 1
    dialog.second_time.setPlainText("Cơ quan cấp giấy xác nhận ghi sai địa chỉ")
    assert outcome(dialog.save())
    d = _dossier(sqlite_db, dossier_id)
    assert (d.status, d.supplement_count, d.second_supplement_reason) == (
        "awaiting_supplement", 2, "Cơ quan cấp giấy xác nhận ghi sai địa chỉ")


def test_a_late_apology_is_refused_under_its_date(qtbot, ctx, sqlite_db):
    today = date.today()
    with transaction(sqlite_db.sessions) as s:
        d = f.dossier(s, received=today - timedelta(days=20), due=today)
        dossier_id = d.id
    page = _page(qtbot, ctx)
    dialog = page.start_action(dossier_id, "apologize")
    dialog.note.setPlainText("Chờ xác minh")
    assert not outcome(dialog.save())
    assert dialog.errors["date"].isVisible() and "một ngày làm việc" in dialog.errors["date"].text()
    assert _dossier(sqlite_db, dossier_id).apology_new_date is None


def test_a_stop_records_the_refund_and_prints_mau_05(qtbot, ctx, sqlite_db):
    dossier_id, code = _taken_in(sqlite_db)
    page = _page(qtbot, ctx)
    dialog = page.start_action(dossier_id, "withdraw")
    dialog.refunded_fee.setText("15.000")
    dialog.note.setPlainText("Người nộp đề nghị rút hồ sơ")
    assert outcome(dialog.save())
    d = _dossier(sqlite_db, dossier_id)
    assert (d.status, d.refunded_fee) == ("withdrawn", 15000)
    assert printing.shown[-1].name == f"{code}_mau-05.pdf"
    text = _text(printing.shown[-1])
    assert "THÔNG BÁO" in text and "15.000" in text


def test_a_scanned_code_opens_its_dossier(qtbot, ctx, sqlite_db):
    dossier_id, code = _taken_in(sqlite_db)
    page = _page(qtbot, ctx)
    type_text(page.search, code)
    QTest.keyClick(page.search, Qt.Key_Return)
    form = page.form
    assert isinstance(form, DossierForm) and form.dossier_id == dossier_id
    form.close()
    page.form = None
    page.search.setText("không có mã này")
    assert page.open_typed_code() is None and page.form is None


def test_the_book_of_the_lists_period_as_pdf_and_workbook(qtbot, ctx, sqlite_db, tmp_path):
    dossier_id, code = _taken_in(sqlite_db)
    page = _page(qtbot, ctx)
    page.period.setCurrentIndex(page.period.findData("month"))
    assert page.book_period().start == date.today().replace(day=1)
    page.write_book_file(str(tmp_path / "so.pdf"))
    settle()
    assert "SỔ THEO DÕI HỒ SƠ" in _text(tmp_path / "so.pdf") and code in _text(tmp_path / "so.pdf")
    page.write_book_file(str(tmp_path / "so.xlsx"))
    settle()
    cells = [c.value for row in load_workbook(tmp_path / "so.xlsx").active.iter_rows() for c in row]
    assert code in cells


def test_settings_edit_the_required_documents_and_the_counter(qtbot, ctx, sqlite_db):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    proc = next(p for p in page.procedures if p.name == "Đăng ký khai tử")
    dialog = page.edit_procedure(proc)
    assert [r[0] for r in dialog.documents.rows()] == ["Tờ khai đăng ký khai tử (theo mẫu)",
                                                       "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"]
    dialog.documents.add_row("Văn bản ủy quyền (nếu nộp thay)", "certified_copy", 1)
    assert outcome(dialog.save())
    with transaction(sqlite_db.sessions, write=False) as s:
        docs = find_procedure(s, "Đăng ký khai tử").documents
        assert [(x.name, x.form) for x in docs][-1] == ("Văn bản ủy quyền (nếu nộp thay)", "certified_copy")

    page.counter_phone.setText("abc")
    assert outcome(page.save_commune()) is False
    assert not page.commune_fields.labels["phone"].isHidden()
    page.counter_phone.setText("024 3385 1234")
    page.counter_volume.setValue(500)
    assert outcome(page.save_commune())
    with transaction(sqlite_db.sessions, write=False) as s:
        assert settings.get(s, "counter.phone") == "024 3385 1234"
        assert settings.get(s, "counter.book_volume_size") == 500
