"""The fee, online payment and digitisation in the dossier form (intake and edit), and the Báo cáo
page's 766 estimate: each indicator in words, "chưa có dữ liệu" where no dossier records it."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from core import clock
from core.db import transaction
from core.models import Dossier
from core.returns import Period
from tests.core.test_index_766 import OCT, TODAY, fill_october
from tests.factories import dossier
from tests.gui.helpers import outcome


@pytest.fixture
def frozen():
    clock.freeze(TODAY)
    yield
    clock.freeze(None)


def test_intake_and_edit_record_fee_paid_online_and_digitised(qtbot, ctx, sqlite_db):
    from gui.pages.dossiers import DossiersPage

    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_dossier()
    form.print_receipt.setChecked(False)
    form.set_procedure(next(p[0] for p in form.procedures if p[1] == "Đăng ký khai sinh"))
    form.name.setText("Lê Văn Nam")
    assert form.paid_online.currentData() is None and form.digitised.currentData() is None  # not recorded
    form.fee.setText("mười nghìn")
    assert not outcome(form.save())
    assert form.errors["fee"].isVisible()
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.id)) is None
    form.fee.setText("8.000")
    form.paid_online.setCurrentIndex(form.paid_online.findData(True))
    with qtbot.waitSignal(form.saved) as sig:
        form.save_button.click()
    dossier_id = sig.args[0]
    with transaction(sqlite_db.sessions, write=False) as s:
        d = s.get(Dossier, dossier_id)
        assert (d.fee, d.paid_online, d.digitised) == (8000, True, None)

    form = page.open_dossier(dossier_id)
    qtbot.waitExposed(form)
    assert form.fee.text() == "8.000" and form.paid_online.currentData() is True
    assert form.digitised.currentData() is None
    form.digitised.setCurrentIndex(form.digitised.findData(False))
    form.fee.setText("")
    assert outcome(form.save())
    with transaction(sqlite_db.sessions, write=False) as s:
        d = s.get(Dossier, dossier_id)
        assert (d.fee, d.paid_online, d.digitised) == (None, True, False)
    assert form.history.item(form.history.rowCount() - 1, 1).text() == "Sửa thông tin"


def _reports(qtbot, db):
    from gui.context import AppContext
    from gui.pages.reports import ReportsPage

    p = ReportsPage(AppContext(db))
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def test_the_page_says_each_indicator_in_words(qtbot, sqlite_db, frozen):
    with transaction(sqlite_db.sessions) as s:
        fill_october(s)
    page = _reports(qtbot, sqlite_db)
    page.set_period(OCT)
    text = page.index_label.text()
    assert "<b>2.1</b> Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: <b>42,86% (8,57 điểm)</b>" in text
    assert "hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn" in text
    assert "<b>3.6</b> Tỷ lệ hồ sơ thanh toán trực tuyến: <b>33,33%</b>" in text
    assert "<b>4.2</b> Tỷ lệ hồ sơ thực hiện số hóa: <b>28,57%</b>" in text
    assert "<b>5.4</b> Mức độ hài lòng" in text and "ước tính nội bộ" in text
    assert "chưa có dữ liệu" not in text


def test_the_page_says_no_data_never_zero(qtbot, sqlite_db, frozen):
    with transaction(sqlite_db.sessions) as s:
        dossier(s, code="X", received=date(2026, 10, 3), due=date(2026, 10, 9), completed=date(2026, 10, 8))
    page = _reports(qtbot, sqlite_db)
    page.set_period(Period.month(2026, 10))
    text = page.index_label.text()
    assert "<b>3.6</b> Tỷ lệ hồ sơ thanh toán trực tuyến: <b>chưa có dữ liệu</b>" in text
    assert "<b>4.2</b> Tỷ lệ hồ sơ thực hiện số hóa: <b>chưa có dữ liệu</b>" in text
    assert "3.6</b> Tỷ lệ hồ sơ thanh toán trực tuyến: <b>0" not in text
