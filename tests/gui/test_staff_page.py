"""The Nhân sự page: the list with search and filters, the person's form with its validation and the
assignment history, a transfer that changes the shortage table, the plan edited in place with
shortages highlighted, the chart, departments, and imports through the background runner."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from core import staff as S
from core.db import transaction
from core.models import Staff, StaffingQuota
from tests.gui.helpers import settle

VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS
TODAY = date.today()
START = TODAY - timedelta(days=120)


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time (keyClicks aborts on Vietnamese letters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    settle()


def dep(s, name):
    return S.department_for_name(s, name, create=False).id


def seed(db) -> dict:
    with transaction(db.sessions) as s:
        def add(name, department, **kw):
            return S.add_staff(s, S.Person(full_name=name, **kw), dep(s, department)).id
        ids = {
            "mai": add("Trần Thị Mai", TTPV, code="TT-002", category="civil_servant", specialty="Công nghệ thông tin",
                       origin="former_district", start_date=START, sex="female"),
            "nam": add("Lê Văn Nam", KT, code="TT-003", category="civil_servant", specialty="Quản lý đất đai",
                       origin="former_district", start_date=START),
            "hoa": add("Phạm Thị Hoa", VHXH, category="public_employee", specialty="Kế toán", origin="new_recruit",
                       start_date=START),
            "hung": add("Nguyễn Văn Hùng", VP, code="TT-001", category="cadre", specialty="Luật",
                        origin="former_commune", start_date=START),
            "tu": add("Hoàng Văn Tú", VP, code="TT-005", category="civil_servant", specialty="Kế toán",
                      origin="former_commune", start_date=START, end_date=TODAY - timedelta(days=10)),
        }
        S.set_quota(s, dep(s, TTPV), "Công nghệ thông tin", 3)
        S.set_quota(s, dep(s, VP), "Kế toán", 1)
        S.set_quota(s, dep(s, VHXH), "Kế toán", 1)
        S.set_quota(s, dep(s, KT), "Quản lý đất đai", 1)
        S.set_quota(s, dep(s, KT), "Công nghệ thông tin", 1)
    return ids


@pytest.fixture
def ctx(sqlite_db):
    from gui.context import AppContext

    return AppContext(sqlite_db, user="canbo")


@pytest.fixture
def page(qtbot, ctx):
    from gui.pages.staff import StaffPage

    ids = seed(ctx.db)
    p = StaffPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.ids = ids
    return p


def names(tab) -> list[str]:
    view = tab.view.model()
    return [view.index(i, 0).data() for i in range(view.rowCount())]


def plan(tab) -> dict[tuple[str, str], tuple]:
    m = tab.model
    return {(r.department, r.specialty): (r.quota, r.filled, r.shortage, r.surplus) for r in m.rows}


# ---------------------------------------------------------------- the list
def test_list_shows_people_in_post_with_their_department(page):
    tab = page.list_tab
    assert page.heading.text() == "Nhân sự"
    assert names(tab) == ["Lê Văn Nam", "Nguyễn Văn Hùng", "Phạm Thị Hoa", "Trần Thị Mai"]
    assert tab.count.text() == "4 người (4 đang công tác)"
    model = tab.view.model()
    row = names(tab).index("Trần Thị Mai")
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    values = dict(zip(headers, (model.index(row, c).data() for c in range(model.columnCount()))))
    assert values["Đơn vị"] == TTPV and values["Loại"] == "Công chức" and values["Giới tính"] == "Nữ"
    assert values["Nguồn"] == "Cấp huyện chuyển về" and values["Ngày nhận nhiệm vụ"] == START.strftime("%d/%m/%Y")
    # Everyone, also those who have left (greyed).
    tab.in_post.setChecked(False)
    assert "Hoàng Văn Tú" in names(tab) and tab.count.text() == "5 người (4 đang công tác)"
    row = names(tab).index("Hoàng Văn Tú")
    assert model.index(row, 0).data(Qt.ForegroundRole) is not None
    assert model.index(names(tab).index("Lê Văn Nam"), 0).data(Qt.ForegroundRole) is None


def test_search_and_filters(page, qtbot):
    tab = page.list_tab
    tab.search.setText("tran mai")
    qtbot.waitUntil(lambda: names(tab) == ["Trần Thị Mai"])
    tab.search.clear()
    type_text(tab.search, "Hùng")
    qtbot.waitUntil(lambda: names(tab) == ["Nguyễn Văn Hùng"])
    tab.search.setText("TT-00")
    qtbot.waitUntil(lambda: len(names(tab)) == 3)
    tab.search.clear()
    qtbot.waitUntil(lambda: len(names(tab)) == 4)
    tab.category.setCurrentIndex(tab.category.findData("civil_servant"))
    assert names(tab) == ["Lê Văn Nam", "Trần Thị Mai"]
    tab.in_post.setChecked(False)
    assert names(tab) == ["Hoàng Văn Tú", "Lê Văn Nam", "Trần Thị Mai"]
    tab.in_post.setChecked(True)
    tab.category.setCurrentIndex(0)
    with transaction(page.ctx.db.sessions, write=False) as s:
        tab.department.setCurrentIndex(tab.department.findData(dep(s, KT)))
    assert names(tab) == ["Lê Văn Nam"]
    tab.department.setCurrentIndex(0)
    tab.origin.setCurrentIndex(tab.origin.findData("new_recruit"))
    assert names(tab) == ["Phạm Thị Hoa"]
    tab.origin.setCurrentIndex(0)
    tab.specialty.setCurrentIndex(tab.specialty.findText("Kế toán"))
    assert names(tab) == ["Phạm Thị Hoa"]
    # In post on a day before anyone started: nobody.
    before = START - timedelta(days=1)
    tab.day.setDate(QDate(before.year, before.month, before.day))
    assert names(tab) == [] and tab.count.text() == "0 người (0 đang công tác)"


def test_sorting_by_birth_date_column(page):
    tab = page.list_tab
    with transaction(page.ctx.db.sessions) as s:
        for key, born in (("mai", date(1988, 8, 21)), ("nam", date(1990, 2, 2)), ("hung", date(1975, 3, 12))):
            st = s.get(Staff, page.ids[key])
            st.birth_date = born
    page.refresh()
    tab.view.sortByColumn(2, Qt.AscendingOrder)
    assert names(tab) == ["Phạm Thị Hoa", "Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Văn Nam"]


# ---------------------------------------------------------------- the person's form
def test_add_a_person_validates_by_the_fields_then_saves(page, ctx):
    tab = page.list_tab
    dlg = tab.add_person()
    assert dlg.isVisible() and dlg.windowTitle() == "Thêm cán bộ"
    ok(dlg)
    assert dlg.isVisible()
    assert dlg.form.shown_errors() == {"full_name": "Bắt buộc nhập.", "category": "Bắt buộc nhập.",
                                       "department": "Chọn đơn vị."}
    type_text(dlg.full_name, "Đinh Thị Thu")
    dlg.category.setCurrentIndex(dlg.category.findData("public_employee"))
    dlg.department.setCurrentIndex(dlg.department.findText(VHXH))
    dlg.birth_date.setText("31/02/1990")
    dlg.phone.setText("12345")
    dlg.code.setText("TT-002")  # Mai's
    ok(dlg)
    assert dlg.form.shown_errors() == {"birth_date": "Ngày không hợp lệ (dd/mm/yyyy)."}
    dlg.birth_date.setText("28/02/1990")
    ok(dlg)
    assert dlg.form.shown_errors() == {"phone": "Số điện thoại không hợp lệ (VD: 0912 345 678).",
                                       "code": "Mã TT-002 đã dùng cho Trần Thị Mai."}
    dlg.phone.setText("0912 345 678")
    dlg.code.setText("TT-009")
    dlg.specialty.setCurrentText("Giáo dục")
    dlg.origin.setCurrentIndex(dlg.origin.findData("new_recruit"))
    dlg.start_date.setText(START.strftime("%d/%m/%Y"))
    dlg.job_position.setText("Giáo viên")
    dlg.duties.setText("Giáo dục; Văn hóa")
    ok(dlg)
    assert not dlg.isVisible()
    assert "Đinh Thị Thu" in names(tab) and tab.selected_id() == dlg.result_value
    with transaction(ctx.db.sessions, write=False) as s:
        p = s.get(Staff, dlg.result_value)
        assert (p.birth_date, p.phone, p.category, p.specialty) == (date(1990, 2, 28), "0912 345 678",
                                                                   "public_employee", "Giáo dục")
        post = S.current_assignment(s, p.id, TODAY)
        assert (post.department.name, post.job_position, post.duties) == (VHXH, "Giáo viên", "Giáo dục; Văn hóa")


def test_edit_a_person(page, ctx):
    tab = page.list_tab
    assert tab.select_id(page.ids["nam"])
    dlg = tab.edit_selected()
    assert dlg.windowTitle() == "Cán bộ: Lê Văn Nam" and dlg.full_name.text() == "Lê Văn Nam"
    assert dlg.history.model_.rowCount() == 1
    dlg.end_date.setText((START - timedelta(days=5)).strftime("%d/%m/%Y"))
    ok(dlg)
    assert dlg.form.shown_errors() == {"end_date": "Ngày thôi việc không được trước ngày nhận nhiệm vụ."}
    dlg.end_date.setText("")
    dlg.title_edit.setText("Phó trưởng phòng")
    ok(dlg)
    assert not dlg.isVisible()
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.get(Staff, page.ids["nam"]).title == "Phó trưởng phòng"


# ---------------------------------------------------------------- a transfer changes the shortages
def test_transfer_from_the_list_changes_the_shortage_table(page, ctx):
    before = plan(page.plan_tab)
    assert before[(TTPV, "Công nghệ thông tin")] == (3, 1, 2, 0)
    assert before[(KT, "Công nghệ thông tin")] == (1, 0, 1, 0)
    tab = page.list_tab
    tab.select_id(page.ids["mai"])
    dlg = tab.move_selected()
    assert dlg.info.text() == f"Trần Thị Mai — hiện ở: {TTPV}"
    ok(dlg)
    assert dlg.form.shown_errors() == {"department": "Chọn đơn vị."}
    dlg.department.setCurrentIndex(dlg.department.findText(KT))
    dlg.on.setText(START.strftime("%d/%m/%Y"))  # the day her post started: refused
    ok(dlg)
    assert dlg.form.shown_errors() == {"on": f"Phải sau ngày {START:%d/%m/%Y}."}
    dlg.on.setText(TODAY.strftime("%d/%m/%Y"))
    dlg.decision_number.setText("45/QĐ-UBND")
    ok(dlg)
    assert not dlg.isVisible()
    after = plan(page.plan_tab)
    assert after[(TTPV, "Công nghệ thông tin")] == (3, 0, 3, 0)
    assert after[(KT, "Công nghệ thông tin")] == (1, 1, 0, 0)
    row = names(tab).index("Trần Thị Mai")
    assert tab.view.model().index(row, 6).data() == KT
    # The day before the move the plan still counts her at the centre.
    y = TODAY - timedelta(days=1)
    page.plan_tab.day.setDate(QDate(y.year, y.month, y.day))
    assert plan(page.plan_tab)[(TTPV, "Công nghệ thông tin")] == (3, 1, 2, 0)
    with transaction(ctx.db.sessions, write=False) as s:
        hist = S.assignment_history(s, page.ids["mai"])
        assert [(a.department.name, a.end_date) for a in hist] == [(TTPV, TODAY), (KT, None)]
        assert hist[1].decision_number == "45/QĐ-UBND"


def test_history_actions_in_the_person_form(page, ctx):
    from gui.pages.staff.assignments import ConcurrentDialog, EndAssignmentDialog, MoveDialog

    tab = page.list_tab
    tab.select_id(page.ids["hung"])
    person = tab.edit_selected()
    assert not person.undo_button.isEnabled()
    person.move_button.click()
    move = [w for w in person.findChildren(MoveDialog) if w.isVisible()][0]
    move.department.setCurrentIndex(move.department.findText(KT))
    move.on.setText(TODAY.strftime("%d/%m/%Y"))
    ok(move)
    assert person.history.model_.rowCount() == 2 and person.undo_button.isEnabled()
    person.concurrent_button.click()
    conc = [w for w in person.findChildren(ConcurrentDialog) if w.isVisible()][0]
    conc.department.setCurrentIndex(conc.department.findText(TTPV))
    conc.job_position.setText("Giám đốc Trung tâm")
    ok(conc)
    rows = person.history.model_.rows
    assert [(r.department, r.kind) for r in rows] == [(VP, "main"), (KT, "main"), (TTPV, "concurrent")]
    assert person.history.model_.index(2, 3).data() == "Kiêm nhiệm"
    assert "Trung tâm" in page.list_tab.view.model().index(names(tab).index("Nguyễn Văn Hùng"), 13).data()
    person.history.selectRow(2)
    assert person.end_button.isEnabled()
    person.end_button.click()
    end = [w for w in person.findChildren(EndAssignmentDialog) if w.isVisible()][0]
    end.on.setText((TODAY + timedelta(days=30)).strftime("%d/%m/%Y"))
    ok(end)
    assert person.history.model_.rows[2].end_date == TODAY + timedelta(days=30)
    person.undo_button.click()
    settle()
    assert [(r.department, r.kind) for r in person.history.model_.rows] == [(VP, "main"), (TTPV, "concurrent")]
    with transaction(ctx.db.sessions, write=False) as s:
        assert S.current_assignment(s, page.ids["hung"], TODAY).department.name == VP


# ---------------------------------------------------------------- the plan
def test_plan_table_highlights_shortages_and_edits_in_place(page, qtbot, ctx):
    tab = page.plan_tab
    page.tabs.setCurrentWidget(tab)
    # Filled: Mai (IT at the centre), Hoa, Nam; Tú has left, so accounting at the office is short.
    assert tab.totals.text() == "Định biên: 7 · Hiện có: 3 · Thiếu: <b style='color:#b3261e'>4</b> · Thừa: 0"
    model = tab.view.model()
    rows = [model.index(i, 1).data() for i in range(model.rowCount())]
    it_row = next(i for i in range(model.rowCount())
                  if model.index(i, 0).data() == TTPV and model.index(i, 1).data() == "Công nghệ thông tin")
    ok_row = next(i for i in range(model.rowCount()) if model.index(i, 1).data() == "Quản lý đất đai")
    assert model.index(it_row, 4).data() == "2"
    assert model.index(it_row, 0).data(Qt.BackgroundRole) is not None
    assert model.index(ok_row, 0).data(Qt.BackgroundRole) is None
    assert len(rows) == 5
    # Edit the quota in place: 3 → 1 makes the centre's IT row filled, no shortage.
    assert model.flags(model.index(it_row, 2)) & Qt.ItemIsEditable
    assert not model.flags(model.index(it_row, 3)) & Qt.ItemIsEditable
    model.setData(model.index(it_row, 2), 1, Qt.EditRole)
    qtbot.waitUntil(lambda: plan(tab)[(TTPV, "Công nghệ thông tin")] == (1, 1, 0, 0))
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.sum(StaffingQuota.quota))) == 5
    # A quota that is not a whole number is refused with a message under the table.
    row = next(i for i in range(model.rowCount()) if model.index(i, 1).data() == "Quản lý đất đai")
    model.setData(model.index(row, 2), "hai", Qt.EditRole)
    qtbot.waitUntil(lambda: tab.message.isVisible())
    assert tab.message.text() == "Định biên là số nguyên từ 0 trở lên."
    # The chart: shortages by specialty, the largest first.
    assert tab.chart.categories[0] == "Công nghệ thông tin"
    assert tab.chart.values["shortage"][tab.chart.categories.index("Kế toán")] == 1
    assert "tổng thiếu: 2" in tab.chart.chart().title()


def test_add_and_delete_plan_rows(page, ctx):
    tab = page.plan_tab
    dlg = tab.add_row()
    ok(dlg)
    assert dlg.form.shown_errors() == {"specialty": "Bắt buộc nhập.", "department": "Chọn đơn vị."}
    dlg.department.setCurrentIndex(dlg.department.findText(VHXH))
    dlg.specialty.setCurrentText("Y tế")
    dlg.quota.setValue(2)
    ok(dlg)
    assert not dlg.isVisible()
    assert plan(tab)[(VHXH, "Y tế")] == (2, 0, 2, 0)
    assert "Y tế" in tab.chart.categories
    row = next(i for i in range(tab.view.model().rowCount()) if tab.view.model().index(i, 1).data() == "Y tế")
    tab.view.selectRow(row)
    tab.delete_selected()
    box = tab.confirm_box
    box.button(QMessageBox.Yes).click()
    settle()
    assert (VHXH, "Y tế") not in plan(tab)


# ---------------------------------------------------------------- departments
def test_departments_tab(page, ctx):
    tab = page.departments_tab
    page.tabs.setCurrentWidget(tab)
    assert [r.name for r in tab.model.rows] == list(S.SEED_DEPARTMENTS)
    assert [r.people for r in tab.model.rows] == [1, 1, 1, 1]
    tab.view.clearSelection()
    tab.name.setText("Phòng văn hóa - xã hội")
    tab.add_button.click()
    settle()
    assert tab.message.isVisible() and tab.message.text() == "Tên trống hoặc trùng với một đơn vị đã có."
    tab.name.setText("Công an xã")
    tab.add_button.click()
    settle()
    assert not tab.message.isVisible() and tab.model.rows[-1].name == "Công an xã"
    tab.view.selectRow(4)
    tab.toggle_button.click()
    settle()
    assert tab.model.rows[4].active is False and tab.toggle_button.text() == "Dùng lại"
    # An office no longer in use is not offered for new people.
    dlg = page.list_tab.add_person()
    assert dlg.department.findText("Công an xã") == -1
    dlg.reject()


# ---------------------------------------------------------------- imports
def test_import_staff_and_staffing_in_the_background(page, qtbot, ctx, tmp_path):
    from tests.core.test_staff_import import PLAN, ROSTER, plan_rows, plan_xlsx, write_xlsx

    op = page.import_file("staff", str(write_xlsx(tmp_path / "ds.xlsx", ROSTER)))
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=20000)
    assert op.error is None
    # Mai, Nam, Hùng and Tú matched by code; Hoa has no birth date on record, so the roster's Hoa (born
    # 30/11/1995) is someone else: added, with Lụa and Đức.
    assert page.notice.text() == "ds.xlsx: đã thêm 3, cập nhật 4."
    page.list_tab.in_post.setChecked(False)
    assert "Bùi Minh Đức" in names(page.list_tab)
    op = page.import_file("staffing", str(plan_xlsx(tmp_path / "db.xlsx", plan_rows(PLAN))))
    qtbot.waitUntil(lambda: page.notice.text().startswith("db.xlsx"), timeout=20000)
    assert (VP, "Luật") in plan(page.plan_tab)


def test_a_failed_import_shows_the_rows_and_writes_nothing(page, qtbot, ctx, tmp_path):
    from tests.core.test_staff_import import ROSTER, write_xlsx

    rows = [list(r) for r in ROSTER]
    rows[2][12] = "31/02/2025"
    with transaction(ctx.db.sessions, write=False) as s:
        before = s.scalar(select(func.count()).select_from(Staff))
    op = page.import_file("staff", str(write_xlsx(tmp_path / "bad.xlsx", rows)))
    qtbot.waitUntil(lambda: op.error is not None, timeout=20000)
    assert op.error == "Dòng 8, Ngày nhận nhiệm vụ: '31/02/2025' không phải là ngày"
    boxes = [w for w in page.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and boxes[0].text() == op.error
    boxes[0].close()
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == before
    assert not page.notice.isVisible()


def test_import_errors_are_worded_in_vietnamese():
    from core.imports.reader import ImportFailed, RowError
    from gui.messages import import_error_text

    exc = ImportFailed([
        RowError(7, "Loại", "staff.unknown_category", value="Giám đốc"),
        RowError(9, "Mã cán bộ", "import.repeated", value="TT-001", first=6),
        RowError(12, "Chuyên môn", "staff.repeated_plan_row", specialty="Kế toán", department="Phòng Kinh tế", first=7),
        RowError(5, None, "import.missing_column", names=["Đơn vị"]),
        RowError(14, "Định biên", "below", value="-1", minimum=0),
        RowError(15, "Ghi chú", "something core says that the window does not know"),  # not a code: as written
    ])
    lines = import_error_text(exc).splitlines()
    assert lines == [
        "Tệp có 6 lỗi, không có dòng nào được nhập. Lỗi đầu tiên: Dòng 7, Loại: 'Giám đốc' không phải loại cán bộ "
        "(Cán bộ, Công chức, Viên chức, Hợp đồng lao động)",
        "Dòng 7, Loại: 'Giám đốc' không phải loại cán bộ (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)",
        "Dòng 9, Mã cán bộ: 'TT-001' lặp lại trong tệp (đã có ở dòng 6)",
        "Dòng 12, Chuyên môn: 'Kế toán' của 'Phòng Kinh tế' lặp lại trong tệp (đã có ở dòng 7)",
        "Dòng 5: thiếu cột bắt buộc 'Đơn vị'",
        "Dòng 14, Định biên: '-1' nhỏ hơn 0",
        "Dòng 15, Ghi chú: something core says that the window does not know",
    ]
