"""Cài đặt: the commune, the catalogue, the holiday overrides."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from core.calendar import WorkCalendar
from core.catalogue import find_procedure
from core.commune import find_commune
from core.db import transaction
from core.models import HolidayOverride
from gui.pages.settings import ProcedureDialog, SettingsPage
from tests.gui.helpers import outcome


def test_commune_settings(qtbot, ctx, sqlite_db):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.commune_name.text() == "Xã Thượng Tín"
    page.commune_name.setText("  ")
    page.code_prefix.setText("H S")
    assert not outcome(page.save_commune())
    assert page.commune_fields.labels["name"].isVisible() and page.commune_fields.labels["code_prefix"].isVisible()
    page.commune_name.setText("Xã Thượng Tín")
    page.code_prefix.setText("TT")
    page.chairperson.setText("Nguyễn Văn Hòa")
    assert outcome(page.save_commune())
    with transaction(sqlite_db.sessions, write=False) as s:
        c = find_commune(s)
        assert (c.code_prefix, c.chairperson) == ("TT", "Nguyễn Văn Hòa")


def test_catalogue_editor(qtbot, ctx, sqlite_db):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    rows = page.proc_table.rowCount()
    page.proc_search.setText("khai sinh")
    shown = [r for r in range(rows) if not page.proc_table.isRowHidden(r)]
    assert shown and all("khai sinh" in page.proc_table.item(r, 0).text().lower() for r in shown)
    dialog = page.edit_procedure(None)
    assert isinstance(dialog, ProcedureDialog)
    dialog.name.setText("Đăng ký khai sinh")  # already in the catalogue
    dialog.field.setCurrentText("Hộ tịch")
    assert not outcome(dialog.save()) and dialog.f.labels["name"].isVisible()
    dialog.name.setText("Xác nhận cư trú cho người lao động")
    dialog.days.setValue(2)
    assert outcome(dialog.save())
    assert page.proc_table.rowCount() == rows + 1
    with transaction(sqlite_db.sessions, write=False) as s:
        p = find_procedure(s, "xac nhan cu tru cho nguoi lao dong")
        assert (p.field, p.legal_days, p.deadline_unit) == ("Hộ tịch", 2, "working_days")


def test_holiday_overrides(qtbot, ctx, sqlite_db):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(2026)
    tet = [r for r in range(page.cal_table.rowCount()) if "17/02/2026" in page.cal_table.item(r, 0).text()]
    assert tet  # Tết from the national calendar
    page.override_day.setDate(QDate(2026, 3, 20))
    page.override_kind.setCurrentIndex(page.override_kind.findData("day_off"))
    page.override_note.setText("Nghỉ bù theo quyết định của tỉnh")
    assert outcome(page.add_override())
    with transaction(sqlite_db.sessions, write=False) as s:
        assert not WorkCalendar.from_session(s).is_working_day(date(2026, 3, 20))
    row = next(r for r in range(page.cal_table.rowCount()) if "20/03/2026" in page.cal_table.item(r, 0).text())
    page.cal_table.selectRow(tet[0])
    assert not outcome(page.delete_selected_override())  # the national calendar is not the office's to delete
    page.cal_table.selectRow(row)
    assert outcome(page.delete_selected_override())
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.get(HolidayOverride, date(2026, 3, 20)) is None


def test_what_the_return_prints_is_set_in_the_window(qtbot, ctx, sqlite_db):
    from core import settings

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert set(page.document_widgets) >= {"return.doc_number", "return.recipients", "return.signer_name"}
    assert "backup.folder" not in page.document_widgets  # the backup tab's
    page.document_widgets["return.doc_number"].setText("15/BC-UBND")
    page.document_widgets["return.recipients"].setPlainText("Như trên;\nLưu: VT.")
    assert outcome(page.save_document())
    assert page.document_status.text() == "Đã lưu."
    with transaction(sqlite_db.sessions, write=False) as s:
        assert settings.get(s, "return.recipients") == ["Như trên;", "Lưu: VT."]
        assert settings.get(s, "return.doc_number") == "15/BC-UBND"
    page.document_widgets["return.doc_number"].setText("")
    assert outcome(page.save_document())
    page.refresh()
    assert page.document_widgets["return.doc_number"].text() == ""
    assert page.document_widgets["return.recipients"].toPlainText() == "Như trên;\nLưu: VT."
