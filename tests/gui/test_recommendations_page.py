"""The Kiến nghị page: list with filters, the form with links to needs and staff shortages, and a
recommendation followed to its answer with its history."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from core import equipment as eq
from core import recommendations as rc
from core.db import transaction
from core.models import Recommendation
from tests.gui.helpers import settle


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    settle()


@pytest.fixture
def page(qtbot, sqlite_db):
    from gui.context import AppContext
    from gui.pages.recommendations import RecommendationsPage

    with transaction(sqlite_db.sessions) as s:
        n = eq.propose_need(s, item="Máy scan", category="it", quantity_needed=2, on=date(2025, 9, 1))
        a = rc.raise_recommendation(s, content="Thiếu công chức CNTT", category="personnel",
                                    raised_date=date(2024, 11, 5), addressed_to="Sở Nội vụ")
        b = rc.raise_recommendation(s, content="Đề nghị cấp máy scan", category="facilities",
                                    raised_date=date(2025, 9, 6), need_ids=[n.id])
        rc.transition_recommendation(s, a.id, "submit", on=date(2024, 11, 10))
        ids = {"need": n.id, "staff": a.id, "scan": b.id}
    ctx = AppContext(sqlite_db)
    p = RecommendationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.ids = ids
    return p


def contents(page) -> list[str]:
    t = page.table
    return [t.proxy.index(i, 1).data() for i in range(t.row_count())]


def test_list_filters_and_totals(page, qtbot):
    assert contents(page) == ["Đề nghị cấp máy scan", "Thiếu công chức CNTT"]
    assert page.summary.text() == "Tổng số 2 kiến nghị (Mới: 1 · Đã gửi: 1 · Đã trả lời: 0 · Đã giải quyết: 0)"
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["Tất cả các năm", "2025", "2024"]
    page.year.setCurrentIndex(page.year.findData(2024))
    assert contents(page) == ["Thiếu công chức CNTT"]
    page.year.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("facilities"))
    assert contents(page) == ["Đề nghị cấp máy scan"]
    page.category.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("submitted"))
    assert contents(page) == ["Thiếu công chức CNTT"]
    page.status.setCurrentIndex(0)
    page.search.setText("may SCAN")
    qtbot.waitUntil(lambda: contents(page) == ["Đề nghị cấp máy scan"])
    page.table.selectRow(0)
    assert "Máy scan ×2 — Đề xuất" in page.detail.text()


def test_add_with_links_then_edit(page, sqlite_db):
    dlg = page.add()
    ok(dlg)
    assert dlg.isVisible() and dlg.errors() == {"content": "Nhập nội dung khó khăn, kiến nghị."}
    type_text(dlg.content, "Đường truyền mạng tại bộ phận một cửa quá tải")
    dlg.category.setCurrentIndex(dlg.category.findData("digital"))
    dlg.raised.set_value(date(2025, 9, 15))
    dlg.addressed.setEditText("Sở Khoa học và Công nghệ")
    dlg.needs.item(0).setCheckState(Qt.Checked)
    dlg.new_department.setText("Văn phòng HĐND và UBND")
    dlg.new_specialty.setText("Công nghệ thông tin")
    dlg.add_shortage_btn.click()
    ok(dlg)
    assert not dlg.isVisible()
    row = page.table.selected()
    assert (row.content, row.category, row.status) == ("Đường truyền mạng tại bộ phận một cửa quá tải", "digital", "new")
    assert row.need_ids == [page.ids["need"]]
    assert [s.label() for s in row.shortages] == ["Văn phòng HĐND và UBND – Công nghệ thông tin"]
    assert "Thiếu nhân sự liên quan:" in page.detail.text()

    dlg = page.edit()
    assert dlg.content.toPlainText() == row.content
    items = [dlg.shortages.item(i) for i in range(dlg.shortages.count())]
    assert [i.text() for i in items if i.checkState() == Qt.Checked] == \
        ["Văn phòng HĐND và UBND – Công nghệ thông tin"]
    assert "Văn phòng HĐND và UBND" in [i.text() for i in items]  # the offices are offered on their own too
    next(i for i in items if i.checkState() == Qt.Checked).setCheckState(Qt.Unchecked)
    ok(dlg)
    with transaction(sqlite_db.sessions, write=False) as s:
        r = s.scalar(select(Recommendation).where(Recommendation.id == row.id))
        assert r.shortages == [] and [n.id for n in r.needs] == [page.ids["need"]]
        assert [e.action for e in r.events] == ["raised", "edited"]


def test_a_recommendation_followed_to_its_answer(page, sqlite_db):
    page.table.select_id(page.ids["scan"])
    buttons = page.action_buttons
    assert [a for a, b in buttons.items() if b.isEnabled()] == ["submit", "answer"]
    dlg = page.act("submit")
    dlg.day.set_value(date(2025, 9, 8))
    dlg.body.setEditText("UBND thành phố Hà Nội")
    ok(dlg)
    assert page.table.selected().status == "submitted"

    dlg = page.act("answer")
    assert dlg.body.currentText() == "UBND thành phố Hà Nội"
    dlg.day.set_value(date(2025, 9, 25))
    dlg.body.setEditText("Sở Tài chính")
    ok(dlg)
    assert dlg.isVisible() and dlg.errors() == {"answer": "Nhập nội dung trả lời nhận được."}
    type_text(dlg.answer, "Bố trí kinh phí trong quý IV")
    ok(dlg)
    row = page.table.selected()
    assert (row.status, row.answer, row.answer_date, row.answered_by) == (
        "answered", "Bố trí kinh phí trong quý IV", date(2025, 9, 25), "Sở Tài chính")
    assert [a for a, b in buttons.items() if b.isEnabled()] == ["resolve", "reopen"]
    dlg = page.act("resolve")
    dlg.day.set_value(date(2025, 10, 5))
    ok(dlg)
    history = page.history.proxy
    assert [(history.index(i, 0).data(), history.index(i, 1).data(), history.index(i, 2).data())
            for i in range(history.rowCount())] == [
        ("06/09/2025", "Nêu kiến nghị", "Mới"), ("08/09/2025", "Gửi", "Đã gửi"),
        ("25/09/2025", "Nhận trả lời", "Đã trả lời"), ("05/10/2025", "Đã giải quyết", "Đã giải quyết")]
    assert "Đã giải quyết: 1" in page.summary.text()
    with transaction(sqlite_db.sessions, write=False) as s:
        r = s.get(Recommendation, page.ids["scan"])
        assert (r.status, r.resolved_date) == ("resolved", date(2025, 10, 5))


def test_delete_asks_first(page, qtbot):
    from PySide6.QtWidgets import QMessageBox

    page.table.select_id(page.ids["staff"])
    box = page.delete()
    box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: contents(page) == ["Đề nghị cấp máy scan"])
