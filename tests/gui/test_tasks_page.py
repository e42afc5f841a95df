"""The Kế hoạch công tác page: the month's board by status with overdue highlighted, filters, the task
form refusing to assign without the six clear attributes, drafts, status steps with history,
carry-over from the month before, the training register, required topics, and a person's tab."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from core import staff as S
from core import tasks as T
from core import training as TR
from core.db import transaction
from core.models import Attendance, Course, Task
from tests.gui.helpers import settle

VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS
TODAY = date.today()
Y, M = TODAY.year, TODAY.month
PY, PM = T.previous_month(Y, M)


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time (keyClicks aborts on Vietnamese letters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    settle()


def dep(s, name) -> int:
    return S.department_for_name(s, name, create=False).id


def seed(db) -> dict:
    with transaction(db.sessions) as s:
        def person(name, department, position=None, code=None):
            return S.add_staff(s, S.Person(full_name=name, category="civil_servant", code=code,
                                           start_date=TODAY - timedelta(days=400)),
                               dep(s, department), job_position=position).id
        ids = {"an": person("Nguyễn Văn An", VP, "Văn phòng - Thống kê", "CB-01"),
               "binh": person("Trần Thị Bình", KT, "Địa chính - Xây dựng", "CB-02"),
               "dung": person("Phạm Thị Dung", TTPV, "Tiếp nhận hồ sơ", "CB-04")}

        def task(title, who, assigned, deadline, plan=(Y, M), **kw):
            data = T.TaskData(title=title, person_id=ids[who], deadline=deadline, responsibility="lead",
                              expected_product="Báo cáo", assigning_authority="Chủ tịch UBND xã", **kw)
            return T.create_task(s, data, assigned_on=assigned, plan=plan, today=assigned).id
        start = TODAY - timedelta(days=20)
        ids["late"] = task("Rà soát hồ sơ đất đai tồn đọng", "binh", start, TODAY - timedelta(days=3), priority="high")
        ids["open"] = task("Tổ chức hội nghị đối thoại", "an", start, TODAY + timedelta(days=10))
        ids["done"] = task("Số hóa kết quả giải quyết TTHC", "dung", start, TODAY + timedelta(days=5))
        T.change_status(s, ids["done"], "complete", on=TODAY, today=TODAY)
        ids["draft"] = T.create_task(s, T.TaskData(title="Chuẩn bị làm việc với đoàn kiểm tra"), assign=False,
                                     plan=(Y, M)).id
        ids["prev"] = task("Cập nhật dữ liệu dân cư", "dung", start, TODAY + timedelta(days=30), plan=(PY, PM))
        c = TR.add_course(s, TR.CourseData(name="Tập huấn kỹ năng số", topic="it_digital", start_date=TODAY,
                                           hours=8, organiser="Sở KH&CN"))
        TR.set_attendance(s, c.id, ids["an"], "completed")
        ids["course"] = c.id
    return ids


@pytest.fixture
def ctx(sqlite_db):
    from gui.context import AppContext

    return AppContext(sqlite_db)


@pytest.fixture
def page(qtbot, ctx):
    from gui.pages.tasks import TasksPage

    ids = seed(ctx.db)
    p = TasksPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.ids = ids
    return p


def column_titles(page, status) -> list[str]:
    return [w.card.title for w in page.board.columns[status].cards]


def board_titles(page) -> dict[str, list[str]]:
    return {s: column_titles(page, s) for s in T.BOARD_COLUMNS}


# ---------------------------------------------------------------- the board
def test_board_by_status_with_overdue_highlighted(page):
    board = page.board
    assert page.heading.text() == "Kế hoạch công tác"
    assert board.month_label.text() == f"Tháng {M:02d}/{Y}"
    assert board_titles(page) == {
        "not_started": ["Tổ chức hội nghị đối thoại", "Chuẩn bị làm việc với đoàn kiểm tra"],
        "in_progress": [], "overdue": ["Rà soát hồ sơ đất đai tồn đọng"],
        "done": ["Số hóa kết quả giải quyết TTHC"], "cancelled": []}
    assert board.columns["overdue"].header.text() == "Quá hạn (1)"
    late = board.columns["overdue"].cards[0]
    assert "#fde7e4" in late.styleSheet()
    texts = [lab.text() for lab in late.findChildren(type(board.month_label))]
    assert "Hạn " + (TODAY - timedelta(days=3)).strftime("%d/%m/%Y") + " — quá hạn 3 ngày" in texts
    draft = board.columns["not_started"].cards[1]
    assert any(t.startswith("Thiếu: rõ người") for t in (lab.text() for lab in draft.findChildren(type(board.month_label))))
    assert "1 quá hạn" in board.summary.text() and "4 nhiệm vụ" in board.summary.text()
    # opening the page recorded the overdue status in the task's history
    with transaction(page.ctx.db.sessions, write=False) as s:
        assert T.get_task(s, page.ids["late"]).status == "overdue"


def test_filters_by_department_person_search_and_overdue(page, qtbot):
    board = page.board
    board.department.setCurrentIndex(board.department.findText(KT))
    assert board_titles(page)["overdue"] == ["Rà soát hồ sơ đất đai tồn đọng"]
    assert sum(len(v) for v in board_titles(page).values()) == 1
    board.department.setCurrentIndex(0)
    board.person.setCurrentIndex(board.person.findData(page.ids["dung"]))
    assert board_titles(page)["done"] == ["Số hóa kết quả giải quyết TTHC"]
    assert sum(len(v) for v in board_titles(page).values()) == 1
    board.person.setCurrentIndex(0)
    type_text(board.search, "hội nghị")
    qtbot.waitUntil(lambda: sum(len(v) for v in board_titles(page).values()) == 1)
    board.search.clear()
    qtbot.waitUntil(lambda: sum(len(v) for v in board_titles(page).values()) == 4)
    board.overdue_only.setChecked(True)
    assert sum(len(v) for v in board_titles(page).values()) == 1
    page.apply_navigation({"overdue": False})
    assert sum(len(v) for v in board_titles(page).values()) == 4


# ---------------------------------------------------------------- the task form
def test_assigning_needs_the_six_attributes(page, qtbot):
    board = page.board
    dialog = board.new_task()
    type_text(dialog.title_edit, "Kiểm tra an toàn thực phẩm")
    ok(dialog)  # "Giao nhiệm vụ" with only the work
    assert dialog.isVisible()
    errors = dialog.errors()
    assert set(errors) == {"person_id", "deadline", "responsibility", "expected_product", "assigning_authority"}
    assert errors["person_id"] == "Cần có trước khi giao nhiệm vụ (rõ người)."
    assert "✘ Rõ người" in dialog.six.text() and "✔ Rõ việc" in dialog.six.text()
    with transaction(page.ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 5
    dialog.person.setCurrentIndex(dialog.person.findData(page.ids["an"]))
    dialog.deadline.set_value(TODAY + timedelta(days=7))
    dialog.responsibility.setCurrentIndex(dialog.responsibility.findData("lead"))
    dialog.product.setCurrentText("Báo cáo")
    type_text(dialog.authority.lineEdit(), "Phó Chủ tịch UBND xã")
    dialog.coordinators.set_checked([page.ids["binh"]])
    assert "✘" not in dialog.six.text()
    ok(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Kiểm tra an toàn thực phẩm" in column_titles(page, "not_started"))
    with transaction(page.ctx.db.sessions, write=False) as s:
        t = s.scalar(select(Task).where(Task.title == "Kiểm tra an toàn thực phẩm"))
        assert (t.assigned_date, t.assigning_authority, t.department_id) == (TODAY, "Phó Chủ tịch UBND xã",
                                                                              dep(s, VP))
        assert [c.staff_id for c in t.coordinators] == [page.ids["binh"]]
        assert T.task_plans(s, t.id) == [(Y, M)]
        assert [e.kind for e in T.task_events(s, t.id)] == ["created", "assigned"]


def test_a_draft_is_saved_then_assigned_from_the_form(page, qtbot):
    board = page.board
    dialog = board.new_task()
    dialog.title_edit.setText("Chuẩn bị báo cáo quý")
    dialog.draft_button.click()
    settle()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Chuẩn bị báo cáo quý" in column_titles(page, "not_started"))
    with transaction(page.ctx.db.sessions, write=False) as s:
        tid = s.scalar(select(Task.id).where(Task.title == "Chuẩn bị báo cáo quý"))
    board.select(tid)
    assert board.delete_button.isEnabled() and not board.step_buttons["complete"].isEnabled()
    dialog = board.open_task(tid)
    assert dialog.buttons.button(QDialogButtonBox.Ok).text() == "Giao nhiệm vụ"
    ok(dialog)
    assert dialog.isVisible() and "deadline" in dialog.errors()
    dialog.person.setCurrentIndex(dialog.person.findData(page.ids["binh"]))
    dialog.deadline.set_value(TODAY + timedelta(days=3))
    dialog.responsibility.setCurrentIndex(dialog.responsibility.findData("coordinate"))
    dialog.product.setCurrentText("Hồ sơ")
    dialog.authority.setCurrentText("Chủ tịch UBND xã")
    ok(dialog)
    assert not dialog.isVisible()
    with transaction(page.ctx.db.sessions, write=False) as s:
        t = s.get(Task, tid)
        assert (t.assigned_date, t.responsibility, t.department_id) == (TODAY, "coordinate", dep(s, KT))


def test_status_steps_with_history(page, qtbot):
    board = page.board
    board.select(page.ids["open"])
    assert board.step_buttons["start"].isEnabled() and not board.step_buttons["reopen"].isEnabled()
    step = board.open_step("progress")
    type_text(step.note, "Đã có dự thảo kế hoạch")
    step.percent.setValue(40)
    ok(step)
    qtbot.waitUntil(lambda: column_titles(page, "in_progress") == ["Tổ chức hội nghị đối thoại"])
    step = board.open_step("cancel")
    ok(step)  # a reason is required
    assert step.isVisible() and step.errors() == {"note": "Bắt buộc nhập."}
    step.reject()
    board.select(page.ids["open"])
    step = board.open_step("complete")
    step.note.setPlainText("Kế hoạch số 45/KH-UBND")
    ok(step)
    qtbot.waitUntil(lambda: "Tổ chức hội nghị đối thoại" in column_titles(page, "done"))
    dialog = board.open_task(page.ids["open"])
    kinds = [r.kind for r in dialog.history.rows_model.rows]
    assert kinds == ["created", "assigned", "progress", "done"]
    assert dialog.history.rows_model.rows[-1].note == "Kế hoạch số 45/KH-UBND"
    dialog.reject()


def test_carry_over_from_last_month_and_month_navigation(page, qtbot):
    board = page.board
    assert board.carry_button.isVisible()
    assert board.carry_button.text() == f"Chuyển 1 nhiệm vụ chưa xong từ tháng {PM:02d}/{PY}"
    board.carry_button.click()
    settle()
    qtbot.waitUntil(lambda: "Cập nhật dữ liệu dân cư" in column_titles(page, "not_started"))
    assert not board.carry_button.isVisible()
    card = next(w.card for w in board.columns["not_started"].cards if w.card.title == "Cập nhật dữ liệu dân cư")
    assert card.carried_from == f"{PM:02d}/{PY}"
    board.prev_button.click()
    assert board.month_label.text() == f"Tháng {PM:02d}/{PY}"
    assert column_titles(page, "not_started") == ["Cập nhật dữ liệu dân cư"]  # still in last month's plan
    board.next_button.click()
    board.next_button.click()
    assert sum(len(v) for v in board_titles(page).values()) == 0 and board.empty.isVisible()
    board.today_button.click()
    assert board.month_label.text() == f"Tháng {M:02d}/{Y}"


# ---------------------------------------------------------------- training
def test_training_register_course_attendance_and_required_topics(page, qtbot):
    page.tabs.setCurrentWidget(page.training)
    tab = page.training
    assert [r.name for r in tab.courses.rows_model.rows] == ["Tập huấn kỹ năng số"]
    assert "1 khóa học kết thúc, 8 giờ, 1 người được bồi dưỡng" in tab.summary.text()
    dialog = tab.add_course()
    ok(dialog)
    assert dialog.isVisible() and set(dialog.errors()) == {"name", "topic"}
    type_text(dialog.name, "Hướng dẫn sử dụng phần mềm")
    dialog.topic.setCurrentIndex(dialog.topic.findData("software"))
    dialog.hours.setValue(3.5)
    ok(dialog)
    qtbot.waitUntil(lambda: len(tab.courses.rows_model.rows) == 2)
    tab.courses.select_id(next(r.id for r in tab.courses.rows_model.rows if r.name == "Hướng dẫn sử dụng phần mềm"))
    dialog = tab.add_attendee()
    dialog.person.setCurrentIndex(dialog.person.findData(page.ids["dung"]))
    dialog.result.setCurrentIndex(dialog.result.findData("completed"))
    ok(dialog)
    qtbot.waitUntil(lambda: [a.name for a in tab.attendees.rows_model.rows] == ["Phạm Thị Dung"])
    assert "11,5 giờ, 2 người" in tab.summary.text()
    with transaction(page.ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 2
        assert s.scalar(select(Course.hours).where(Course.name == "Hướng dẫn sử dụng phần mềm")) == 3.5

    page.tabs.setCurrentWidget(page.required)
    req = page.required
    assert req.missing.rows_model.rows == []
    dialog = req.add_requirement()
    dialog.position.setCurrentText("Văn phòng - Thống kê")
    dialog.topic.setCurrentIndex(dialog.topic.findData("political"))
    ok(dialog)
    qtbot.waitUntil(lambda: [m.name for m in req.missing.rows_model.rows] == ["Nguyễn Văn An"])
    assert req.missing.rows_model.rows[0].topics == ["political"]
    assert req.missing_count.text() == "1 người còn thiếu chủ đề bắt buộc."


def test_a_persons_tasks_and_training(page):
    page.apply_navigation({"person": page.ids["an"]})
    tab = page.person
    assert page.tabs.currentWidget() is tab
    assert [c.title for _, c in tab.tasks.rows_model.rows] == ["Tổ chức hội nghị đối thoại"]
    assert [c.name for c in tab.training.rows_model.rows] == ["Tập huấn kỹ năng số"]
    assert tab.info.text() == "Chủ trì 1 nhiệm vụ: 1 đang mở, 0 quá hạn · 1 khóa bồi dưỡng"


def test_a_viewer_cannot_change_anything(qtbot, sqlite_db):
    from gui.context import AppContext
    from gui.pages.tasks import TasksPage

    auth = pytest.importorskip("core.auth")
    ids = seed(sqlite_db)
    p = TasksPage(AppContext(sqlite_db, user=auth.Actor(id=1, name="xem", role="viewer")))
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    assert not p.board.new_button.isEnabled() and not p.board.import_button.isEnabled()
    p.board.select(ids["open"])
    assert p.board.open_button.isEnabled()
    assert not any(b.isEnabled() for b in p.board.step_buttons.values())
    with transaction(sqlite_db.sessions, write=False) as s:
        assert T.get_task(s, ids["late"]).status == "not_started"  # nothing written on the viewer's behalf
    p.tabs.setCurrentWidget(p.training)
    assert not p.training.add_button.isEnabled()
