"""The Trang thiết bị page: lists, filters and search, forms with validation, a need followed from
proposal to delivery with its history, the open needs' total in Vietnamese money, the chart, equipment
on hand and site problems by village."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from core import equipment as eq
from core.db import transaction
from core.models import EquipmentItem, Need
from tests.gui.helpers import settle


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time (keyClicks aborts on Vietnamese letters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def opened(parent, cls):
    """The one dialog of that class the click opened."""
    found = [w for w in parent.findChildren(cls) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    settle()


@pytest.fixture
def ctx(sqlite_db):
    from gui.context import AppContext

    return AppContext(sqlite_db)


def seed(db):
    with transaction(db.sessions) as s:
        d = date(2025, 9, 1)
        a = eq.propose_need(s, item="Máy tính để bàn", category="it", quantity_needed=6, unit_cost="15.000.000",
                            priority="high", location="Trụ sở UBND xã", on=d)
        b = eq.propose_need(s, item="Xe ô tô bán tải", category="vehicle", quantity_needed=1,
                            unit_cost=850_000_000, location="Trụ sở UBND xã", on=d)
        c = eq.propose_need(s, item="Trạm phát sóng BTS", category="network", quantity_needed=1,
                            unit_cost=1_200_000_000, location="Thôn Đồng Tâm", on=d)
        r = eq.propose_need(s, item="Tủ lưu trữ", category="other", quantity_needed=5, unit_cost=3_200_000, on=d)
        eq.transition_need(s, b.id, "submit", on=date(2025, 9, 5), body="UBND thành phố")
        eq.transition_need(s, r.id, "reject", on=date(2025, 9, 6), body="Sở Tài chính")
        eq.add_item(s, name="Máy in", category="it", quantity=2, condition="needs_repair", location="Trụ sở UBND xã")
        eq.add_item(s, name="Máy phát điện", category="power", quantity=1, condition="broken")
        eq.add_problem(s, place="Thôn Đồng Tâm", kind="no_signal", households=120, since=date(2025, 7, 1))
        eq.add_problem(s, place="Thôn Đồng Tâm", kind="no_power", households=45)
        eq.add_problem(s, place="Bản Nà Lừa", kind="road", households=30)
        return {"pc": a.id, "car": b.id, "bts": c.id, "cabinet": r.id}


@pytest.fixture
def page(qtbot, ctx):
    from gui.pages.equipment import EquipmentPage

    ids = seed(ctx.db)
    p = EquipmentPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.ids = ids
    return p


def visible_items(table) -> list[str]:
    return [table.proxy.index(i, 0).data() for i in range(table.row_count())]


def test_needs_list_open_total_and_chart(page):
    assert page.heading.text() == "Trang thiết bị"
    # open needs first (by status, then priority), closed ones greyed below
    assert visible_items(page.needs.table) == ["Máy tính để bàn", "Trạm phát sóng BTS", "Xe ô tô bán tải",
                                               "Tủ lưu trữ"]
    # open = proposed, submitted, approved: 90.000.000 + 850.000.000 + 1.200.000.000
    assert page.summary.text() == "Nhu cầu chưa hoàn thành: 3 · tổng kinh phí dự kiến: 2.140.000.000 đồng"
    assert "2.156.000.000 đồng" in page.needs.footer.text()
    assert page.needs.chart.values == {"premises": 0, "it": 90_000_000, "vehicle": 850_000_000,
                                       "network": 1_200_000_000, "power": 0, "other": 0}
    series = page.needs.chart.chart().series()[0]
    assert [series.barSets()[0].at(i) for i in range(6)] == [0, 0, 1.2e9, 8.5e8, 9e7, 0]  # drawn bottom-up
    model = page.needs.table.proxy
    row = visible_items(page.needs.table).index("Trạm phát sóng BTS")
    assert model.index(row, 7).data() == "1.200.000.000"
    assert model.index(row, 9).data() == "Đề xuất"


def test_filters_and_search(page, qtbot):
    tab = page.needs
    tab.search.setText("may TINH")
    qtbot.waitUntil(lambda: visible_items(tab.table) == ["Máy tính để bàn"])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(visible_items(tab.table)) == 4)
    tab.status.setCurrentIndex(tab.status.findData("open"))
    assert visible_items(tab.table) == ["Máy tính để bàn", "Trạm phát sóng BTS", "Xe ô tô bán tải"]
    tab.status.setCurrentIndex(tab.status.findData("rejected"))
    assert visible_items(tab.table) == ["Tủ lưu trữ"]
    tab.status.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findData("network"))
    assert visible_items(tab.table) == ["Trạm phát sóng BTS"]
    tab.category.setCurrentIndex(0)
    tab.priority.setCurrentIndex(tab.priority.findData("high"))
    assert visible_items(tab.table) == ["Máy tính để bàn"]
    assert "Đang hiển thị 1 nhu cầu" in tab.footer.text()
    # The page's total is of every open need, whatever the filter.
    assert "2.140.000.000 đồng" in page.summary.text()


def test_add_a_need_validates_then_saves(page, ctx):
    from gui.pages.equipment.need_dialogs import NeedDialog

    page.needs.add_btn.click()
    dlg = opened(page.needs, NeedDialog)
    ok(dlg)  # nothing typed
    assert dlg.isVisible()
    assert dlg.errors() == {"item": "Nhập tên hạng mục."}
    type_text(dlg.item, "Máy scan tốc độ cao")
    dlg.category.setCurrentIndex(dlg.category.findData("it"))
    dlg.needed.setValue(2)
    dlg.unit_cost.setText("28.5OO.OOO")
    ok(dlg)
    assert dlg.isVisible() and "unit_cost" in dlg.errors()
    dlg.unit_cost.setText("28500000")
    dlg.unit_cost.editingFinished.emit()
    assert dlg.unit_cost.text() == "28.500.000"
    assert dlg.cost.text() == "57.000.000 đồng"
    dlg.location.setEditText("Bộ phận một cửa")
    ok(dlg)
    assert not dlg.isVisible()
    with transaction(ctx.db.sessions, write=False) as s:
        n = s.scalar(select(Need).where(Need.item == "Máy scan tốc độ cao"))
        assert (n.quantity_needed, n.unit_cost, n.location, n.status) == (2, 28_500_000, "Bộ phận một cửa", "proposed")
    assert page.needs.table.selected().item == "Máy scan tốc độ cao"
    assert page.summary.text().endswith("2.197.000.000 đồng")


def test_edit_a_need(page, ctx):
    page.needs.table.select_id(page.ids["pc"])
    dlg = page.needs.edit()
    assert dlg.item.text() == "Máy tính để bàn" and dlg.unit_cost.text() == "15.000.000"
    dlg.needed.setValue(8)
    ok(dlg)
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.get(Need, page.ids["pc"]).quantity_needed == 8
    assert page.summary.text().endswith("2.170.000.000 đồng")


def test_a_need_followed_from_proposal_to_delivery(page, ctx):
    tab = page.needs
    tab.table.select_id(page.ids["bts"])
    buttons = tab.action_buttons
    assert [a for a, b in buttons.items() if b.isEnabled()] == ["submit", "reject"]

    from gui.pages.equipment.need_dialogs import NeedActionDialog

    buttons["submit"].click()
    settle()
    dlg = opened(tab, NeedActionDialog)
    dlg.day.set_value(date(2025, 9, 5))
    dlg.body.setText("UBND thành phố Hà Nội")
    dlg.note.setText("Tờ trình 12/TTr-UBND")
    ok(dlg)
    assert tab.table.selected().status == "submitted"
    assert [a for a, b in buttons.items() if b.isEnabled()] == ["approve", "reject"]

    dlg = tab.act("approve")
    dlg.day.set_value(date(2025, 9, 20))
    dlg.body.clear()
    ok(dlg)  # the deciding body is required
    assert dlg.isVisible() and dlg.errors() == {"body": "Nhập cơ quan quyết định."}
    type_text(dlg.body, "Sở Khoa học và Công nghệ")
    ok(dlg)
    assert not dlg.isVisible()

    dlg = tab.act("deliver")
    assert dlg.quantity.value() == 1
    dlg.day.set_value(date(2025, 10, 2))
    ok(dlg)
    row = tab.table.selected()
    assert (row.status, row.decided_by) == ("delivered", "Sở Khoa học và Công nghệ")
    assert not any(b.isEnabled() for b in buttons.values())
    history = tab.history.proxy
    assert [(history.index(i, 0).data(), history.index(i, 1).data(), history.index(i, 2).data(),
             history.index(i, 3).data()) for i in range(history.rowCount())] == [
        ("01/09/2025", "Đề xuất", "Đề xuất", ""),
        ("05/09/2025", "Gửi tỉnh", "Đã gửi tỉnh", "UBND thành phố Hà Nội"),
        ("20/09/2025", "Phê duyệt", "Đã phê duyệt", "Sở Khoa học và Công nghệ"),
        ("02/10/2025", "Cấp, bàn giao", "Đã cấp", "Sở Khoa học và Công nghệ"),
    ]
    # Delivered: no longer open, and on hand at the need's place.
    assert page.summary.text() == "Nhu cầu chưa hoàn thành: 2 · tổng kinh phí dự kiến: 940.000.000 đồng"
    assert page.needs.chart.values["network"] == 0
    assert "Trạm phát sóng BTS" in visible_items(page.items.table)
    with transaction(ctx.db.sessions, write=False) as s:
        line = s.scalar(select(EquipmentItem).where(EquipmentItem.name == "Trạm phát sóng BTS"))
        assert (line.quantity, line.location) == (1, "Thôn Đồng Tâm")


def test_an_impossible_date_is_shown_not_raised(page):
    page.needs.table.select_id(page.ids["pc"])
    dlg = page.needs.act("submit")
    dlg.day.set_value(date(2025, 8, 1))  # before the proposal
    ok(dlg)
    assert dlg.isVisible() and "date" in dlg.errors()


def test_delete_asks_first(page, ctx, qtbot):
    page.needs.table.select_id(page.ids["cabinet"])
    box = page.needs.delete()
    assert isinstance(box, QMessageBox) and "Tủ lưu trữ" in box.text()
    box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: "Tủ lưu trữ" not in visible_items(page.needs.table))
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.get(Need, page.ids["cabinet"]) is None


def test_equipment_on_hand_tab(page, qtbot):
    tab = page.items
    page.tabs.setCurrentWidget(tab)
    assert visible_items(tab.table) == ["Máy in", "Máy phát điện"]
    assert tab.footer.text() == "2 dòng · tổng số lượng 3 (Tốt: 0 · Cần sửa chữa: 2 · Hỏng: 1)"
    dlg = tab.add()
    ok(dlg)
    assert dlg.errors() == {"name": "Nhập tên thiết bị."}
    type_text(dlg.name, "Máy tính xách tay")
    dlg.category.setCurrentIndex(dlg.category.findData("it"))
    dlg.quantity.setValue(3)
    dlg.year.setValue(2024)
    ok(dlg)
    assert not dlg.isVisible()
    assert "Máy tính xách tay" in visible_items(tab.table)
    tab.condition.setCurrentIndex(tab.condition.findData("broken"))
    assert visible_items(tab.table) == ["Máy phát điện"]
    tab.condition.setCurrentIndex(0)
    tab.search.setText("xach tay")
    qtbot.waitUntil(lambda: visible_items(tab.table) == ["Máy tính xách tay"])
    assert tab.table.rows_model.rows[0].year == 2024


def test_site_problems_listed_by_village(page, ctx):
    tab = page.sites
    page.tabs.setCurrentWidget(tab)
    tree = tab.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Bản Nà Lừa", "Thôn Đồng Tâm"]
    dong_tam = tree.topLevelItem(1)
    assert [dong_tam.child(i).text(0) for i in range(dong_tam.childCount())] == ["Không có điện",
                                                                                "Không có sóng di động"]
    assert dong_tam.text(3) == "120"
    dlg = tab.add()
    dlg.place.setEditText("Thôn Yên Bình")
    dlg.kind.setCurrentIndex(dlg.kind.findData("weak_network"))
    dlg.households.setValue(60)
    ok(dlg)
    assert tree.topLevelItemCount() == 3
    assert "3 thôn, điểm · 4 khó khăn · 4 chưa khắc phục xong" in tab.footer.text()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    assert tab.selected().place == "Bản Nà Lừa" and tab.resolve_btn.isEnabled()
    tab.resolve_btn.click()
    settle()
    assert tree.topLevelItem(0).child(0).text(4) == "Đã khắc phục"
    assert "3 chưa khắc phục xong" in tab.footer.text()
    tab.status.setCurrentIndex(tab.status.findData("unresolved"))
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Thôn Đồng Tâm", "Thôn Yên Bình"]


def test_import_from_a_workbook_in_the_background(page, qtbot, tmp_path):
    import openpyxl

    from gui.widgets.actions import import_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NHU CẦU TRANG THIẾT BỊ"])
    ws.append(["Hạng mục", "Nhóm", "Cần bổ sung", "Đơn giá dự kiến", "Trạng thái"])
    ws.append(["Máy scan", "Thiết bị CNTT", 2, "28.500.000", "Đề xuất"])
    ws.append(["Bộ lưu điện", "Điện", 3, "2.000.000", "Đã phê duyệt"])
    wb.save(tmp_path / "ok.xlsx")
    op = import_file(page, "equipment", str(tmp_path / "ok.xlsx"))
    with qtbot.waitSignal(op.ended, timeout=10000):
        pass
    assert page.last_import.inserted == 2
    qtbot.waitUntil(lambda: "Máy scan" in visible_items(page.needs.table))
    assert page.summary.text() == "Nhu cầu chưa hoàn thành: 5 · tổng kinh phí dự kiến: 2.203.000.000 đồng"

    ws.append(["Tủ hồ sơ", "Nội thất", -1, "abc", None])
    wb.save(tmp_path / "bad.xlsx")
    op = import_file(page, "equipment", str(tmp_path / "bad.xlsx"))
    with qtbot.waitSignal(op.ended, timeout=10000):
        pass
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    details = boxes[0].text() + "\n" + boxes[0].detailedText()
    assert boxes[0].text() == ("Tệp có 2 lỗi, không có dòng nào được nhập. "
                               "Lỗi đầu tiên: Dòng 5, Cần bổ sung: '-1' là số âm")
    assert "Dòng 5, Cần bổ sung: '-1' là số âm" in details
    assert "Dòng 5, Đơn giá dự kiến: 'abc' không phải số tiền (ghi số đồng, ví dụ 12.000.000)" in details
    boxes[0].close()
    assert len(visible_items(page.needs.table)) == 6  # nothing of the refused file


def test_import_errors_read_in_vietnamese():
    from core.imports.reader import ImportFailed, RowError
    from gui.messages import import_error_text

    exc = ImportFailed([RowError(7, "Nhóm", "import.not_category", value="Vũ khí",
                                 choices=["Phòng làm việc/Trụ sở", "Khác"])])
    assert import_error_text(exc) == "Dòng 7, Nhóm: 'Vũ khí' không phải nhóm, lĩnh vực đã biết (Phòng làm việc/Trụ sở, Khác)"
    exc = ImportFailed([RowError(5, None, "import.missing_column", names=["Cần bổ sung"])])
    assert import_error_text(exc) == "Dòng 5: thiếu cột bắt buộc 'Cần bổ sung'"
    exc = ImportFailed("import.no_rows.equipment", name="x.xlsx", header=4)
    assert import_error_text(exc) == "x.xlsx: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 4)"
    exc = ImportFailed([RowError(9, "Ngày nêu", "not_a_date", value="31/02/2025")])
    assert import_error_text(exc) == "Dòng 9, Ngày nêu: '31/02/2025' không phải là ngày"


def test_an_import_says_which_columns_it_did_not_read(page, qtbot, tmp_path):
    import openpyxl

    from gui.widgets.actions import import_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Hạng mục", "Nhóm", "Cần bổ sung", "Người đề xuất"])
    ws.append(["Máy in A4", "Thiết bị CNTT", 1, "Lê Văn Tám"])
    wb.save(tmp_path / "extra.xlsx")
    op = import_file(page, "equipment", str(tmp_path / "extra.xlsx"))
    with qtbot.waitSignal(op.ended, timeout=10000):
        pass
    assert page.last_import.inserted == 1
    qtbot.waitUntil(lambda: getattr(page, "unread_box", None) is not None)
    assert page.unread_box.text() == ("Các cột sau không có trong mẫu nhập nên không được đọc: “Người đề xuất”. "
                                      "Nếu cần, hãy đổi tên cột cho đúng tên trong mẫu rồi nhập lại.")


def test_site_problems_import_from_their_tab(page, qtbot, tmp_path):
    import openpyxl

    from gui.widgets.actions import import_file

    tab = page.sites
    page.tabs.setCurrentWidget(tab)
    assert tab.import_btn.isVisible() and tab.import_btn.text() == "Nhập từ Excel…"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Thôn, địa điểm", "Loại", "Từ ngày", "Số hộ bị ảnh hưởng", "Trạng thái"])
    ws.append(["Thôn Khuổi Hẩu", "Mất sóng", "01/09/2026", 35, "Chưa khắc phục"])
    wb.save(tmp_path / "sites.xlsx")
    op = import_file(page, "sites", str(tmp_path / "sites.xlsx"))
    with qtbot.waitSignal(op.ended, timeout=10000):
        pass
    assert page.last_import.inserted == 1
    tree = tab.tree
    qtbot.waitUntil(lambda: "Thôn Khuổi Hẩu" in [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())])
