"""The dossier list on a few thousand dossiers: counts, filters and search agree with core; sorting
by the database; only the rows shown are read; a status change from the list; import and export."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from core.db import transaction
from core.demo_data import generate
from core.dossier_queries import DossierFilter, Sort, count_dossiers, fetch_rows
from core.formatting import fold
from core.models import Dossier
from gui import desktop, printing
from gui.models.dossier_table import COLUMN_KEYS, ID_ROLE, STATE_ROLE
from gui.ops import RowErrorsDialog
from gui.pages.dossiers import DossiersPage
from tests.gui.helpers import settle, type_text, visible

N = 3000


@pytest.fixture(scope="module")
def register_file(tmp_path_factory):
    """A few thousand realistic dossiers over the last 8 months, built once for the module."""
    from tests.template_db import new_sqlite

    path = tmp_path_factory.mktemp("reg") / "register.sqlite"
    db = new_sqlite(path)
    generate(db, N, months=8, seed=3)
    db.close()
    return path


@pytest.fixture
def page(qtbot, register_file, tmp_path):
    import shutil

    from core.commune import open_database
    from gui.context import AppContext

    copy = tmp_path / "register.sqlite"
    shutil.copy(register_file, copy)
    db = open_database(str(copy))
    ctx = AppContext(db, user="canbo1")
    p = DossiersPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    yield p
    db.close()


def core_count(page, **kw) -> int:
    with page.ctx.read() as s:
        return count_dossiers(s, DossierFilter(today=date.today(), **kw))


def test_opens_on_the_count_and_reads_only_what_is_shown(page):
    m = page.model
    assert m.rowCount() == N == core_count(page)
    assert page.count_label.text() == "3.000 hồ sơ"
    assert m.reads <= 2  # the first block, nothing else, however many rows there are
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    last = m.data(m.index(N - 1, 0), ID_ROLE)
    with page.ctx.read() as s:
        assert last == fetch_rows(s, DossierFilter(), Sort("received", True), offset=N - 1, limit=1)[0].id
    assert len(m.blocks) <= 4


def test_filters_and_search_agree_with_core(page, qtbot):
    page.status.setCurrentIndex(page.status.findData("returned"))
    assert page.model.rowCount() == core_count(page, statuses=("returned",)) > 0
    page.field.setCurrentIndex(page.field.findData("Hộ tịch"))
    n = core_count(page, statuses=("returned",), fields=("Hộ tịch",))
    assert page.model.rowCount() == n and page.count_label.text() == f"{n:,} hồ sơ".replace(",", ".")
    page.channel.setCurrentIndex(page.channel.findData("online"))
    assert page.model.rowCount() == core_count(page, statuses=("returned",), fields=("Hộ tịch",), channels=("online",))
    page.clear_filters()
    assert page.model.rowCount() == N

    # Search, typed with diacritics or without, waits for the clerk to stop typing.
    type_text(page.search, "nguyễn văn")
    qtbot.waitUntil(lambda: page.model.spec.search == "nguyễn văn", timeout=2000)
    n = core_count(page, search="nguyen van")
    assert 0 < page.model.rowCount() == n < N
    assert page.model.ids is not None  # a search with few matches is listed from its ids
    rows = [page.model.row(i) for i in range(n)]
    assert all("nguyen" in fold(r.applicant_name) and "van" in fold(f"{r.applicant_name} {r.procedure_name}")
               for r in rows)
    assert any(r.applicant_name.startswith("Nguyễn Văn") for r in rows)
    page.search.setText("HS-26")
    page.apply_filters()
    assert page.model.rowCount() == core_count(page, search="hs-26")

    # Deadline filters: every overdue row is marked so, by colour and icon.
    page.search.clear()
    page.deadline.setCurrentIndex(page.deadline.findData("overdue"))
    n = page.model.rowCount()
    assert n == core_count(page, deadline="overdue") > 0
    for i in range(n):
        index = page.model.index(i, 0)
        assert page.model.data(index, STATE_ROLE).overdue
        assert page.model.data(index, Qt.BackgroundRole) is not None
        assert not page.model.data(index, Qt.DecorationRole).isNull()
    page.deadline.setCurrentIndex(page.deadline.findData("due_soon"))
    assert page.model.rowCount() == core_count(page, deadline="due_soon")
    page.deadline.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("month"))
    today = date.today()
    assert page.model.rowCount() == core_count(page, received_from=today.replace(day=1), received_to=today)


def test_a_broad_search_pages_through_every_match(page, qtbot, monkeypatch):
    """A search matching more than the id list holds ("nguyen" on a million dossiers) is counted in
    the word index and paged with patterns: the same rows, every one of them, no endless re-reading."""
    from core import dossier_queries as dq

    monkeypatch.setattr(dq, "SEARCH_ID_CAP", 50)
    with page.ctx.read() as s:
        dq._narrow.pop(s.get_bind(), None)
    page.search.setText("nguyen")
    page.apply_filters()
    m = page.model
    n = core_count(page, search="nguyen")
    assert m.ids is None and 50 < m.rowCount() == n < N
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    rows = [m.row(i) for i in range(n)]
    assert all(any(w.startswith("nguyen") for w in fold(f"{r.applicant_name} {r.procedure_name}").split(" "))
               for r in rows)
    assert len({r.id for r in rows}) == n
    qtbot.wait(50)
    assert m.rowCount() == n and m.reads <= n // m.block_size + 3  # read once, never reloaded in a loop
    with page.ctx.read() as s:
        dq._narrow.pop(s.get_bind(), None)


def test_sorting_happens_in_sql(page):
    header = page.view.horizontalHeader()
    due = COLUMN_KEYS.index("due")
    header.setSortIndicator(due, Qt.AscendingOrder)
    assert page.model.sort_order == Sort("due", False)
    shown = [page.model.data(page.model.index(i, 0), ID_ROLE) for i in range(300)]
    with page.ctx.read() as s:
        assert shown == [r.id for r in fetch_rows(s, DossierFilter(), Sort("due", False), limit=300)]
    applicant = COLUMN_KEYS.index("applicant")
    header.setSortIndicator(applicant, Qt.DescendingOrder)
    shown = [page.model.data(page.model.index(i, 0), ID_ROLE) for i in range(50)]
    with page.ctx.read() as s:
        assert shown == [r.id for r in fetch_rows(s, DossierFilter(), Sort("applicant", True), limit=50)]


def test_status_change_from_the_list(page, qtbot):
    page.status.setCurrentIndex(page.status.findData("in_progress"))
    before = page.model.rowCount()
    page.select_row(0)
    dossier_id = page.selected_dossier()
    page._fill_actions_menu(page.actions_menu)
    labels = {a.text(): a for a in page.actions_menu.actions()}
    assert labels["Trả kết quả…"].isEnabled() and not labels["Đã nhận hồ sơ bổ sung…"].isEnabled()
    labels["Trả kết quả…"].trigger()
    dialog = page.action_dialog
    qtbot.waitExposed(dialog)
    dialog.buttons.accepted.emit()
    settle()
    assert not dialog.isVisible()
    with transaction(page.ctx.db.sessions, write=False) as s:
        d = s.get(Dossier, dossier_id)
        assert d.status == "returned" and d.completed_date == date.today()
        assert d.events[-1].kind == "returned" and d.events[-1].user_name == "canbo1"
    assert page.model.rowCount() == before - 1  # it left the "in progress" list at once

    # A rejection without a reason is refused next to the field. A rejection after processing is a
    # decision, not the counter's refusal: no Mẫu 03 is printed for it.
    page.select_row(0)
    shown_before = len(printing.shown)
    dialog = page.start_action(page.selected_dossier(), "reject")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.errors["note"].isVisible()
    dialog.note.setPlainText("Hồ sơ không thuộc thẩm quyền giải quyết")
    dialog.buttons.accepted.emit()
    settle()
    assert not dialog.isVisible() and shown_before == len(printing.shown)


def test_import_and_export_run_in_the_background(page, qtbot, tmp_path):
    out = tmp_path / "list.xlsx"
    page.status.setCurrentIndex(page.status.findData("withdrawn"))
    op = page.export_file(str(out))
    qtbot.waitUntil(lambda: op.error is not None or out.exists(), timeout=20000)
    qtbot.waitSignal(op.ended, timeout=20000) if not out.exists() else None
    assert out.exists() and op.error is None

    bad = tmp_path / "bad.csv"
    bad.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\nX-1,Đăng ký khai sinh,Hộ tịch,31/02/2026\n"
                   "X-2,Đăng ký khai sinh,Hộ tịch,01/03/2026\n", encoding="utf-8")
    op = page.import_file(str(bad))
    qtbot.waitUntil(lambda: op.error is not None, timeout=20000)
    dialogs = visible(page, RowErrorsDialog)
    assert len(dialogs) == 1 and dialogs[0].table.rowCount() == 1
    assert dialogs[0].table.item(0, 0).text() == "2"  # the row as the spreadsheet shows it
    with transaction(page.ctx.db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.id).where(Dossier.code == "X-2")) is None  # nothing written

    good = tmp_path / "good.csv"
    good.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Người nộp\n"
                    "X-3,Đăng ký khai sinh,Hộ tịch,01/03/2026,Trần Văn Ba\n", encoding="utf-8")
    page.clear_filters()
    op = page.import_file(str(good))
    with qtbot.waitSignal(op.succeeded, timeout=20000):
        pass
    assert page.model.rowCount() == N + 1


def test_columns_chosen_by_the_clerk_are_remembered(page, qtbot):
    from gui.pages.dossiers import DossiersPage

    channel = COLUMN_KEYS.index("channel")
    assert page.view.isColumnHidden(channel)  # hidden until asked for
    page._show_column(channel, True)
    again = DossiersPage(page.ctx)
    qtbot.addWidget(again)
    assert not again.view.isColumnHidden(channel)
    assert [again.view.isColumnHidden(n) for n in range(len(COLUMN_KEYS))] == \
        [page.view.isColumnHidden(n) for n in range(len(COLUMN_KEYS))]
    page._show_column(COLUMN_KEYS.index("completed"), True)
    third = DossiersPage(page.ctx)
    qtbot.addWidget(third)
    assert not any(third.view.isColumnHidden(n) for n in range(len(COLUMN_KEYS)))


def test_a_dossier_refused_at_the_counter_shows_no_due_date(page):
    """Never received: no "Hạn trả" in the list, greyed like a closed one, never red."""
    from datetime import datetime, timedelta

    from core.catalogue import find_procedure
    from core.dossiers import Applicant, intake, transition
    from gui.models.dossier_table import MUTED_BRUSH

    at = datetime.combine(date.today() - timedelta(days=40), datetime.min.time()).replace(hour=9)
    with transaction(page.ctx.db.sessions) as s:
        d = intake(s, procedure_id=find_procedure(s, "Đăng ký thường trú").id, applicant=Applicant("Lê Văn Tám"),
                   received_at=at)
        transition(s, d.id, "refuse", on=at + timedelta(minutes=5), note="Không thuộc thẩm quyền")
        code, dossier_id = d.code, d.id
    page.model.set_filter(DossierFilter(search=code))
    rows = [r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 0), ID_ROLE) == dossier_id]
    assert rows, code
    due = page.model.index(rows[0], COLUMN_KEYS.index("due"))
    assert page.model.data(due, Qt.DisplayRole) == ""
    assert page.model.data(due, Qt.ForegroundRole) == MUTED_BRUSH
    assert not page.model.data(due, STATE_ROLE).overdue


def test_the_code_column_shows_the_systems_code_of_a_dossier_taken_in_offline(page, qtbot):
    from core.dossiers import update_details
    from core.models import Dossier as Row

    with transaction(page.ctx.db.sessions) as s:
        dossier = s.scalar(select(Row).order_by(Row.received_at.desc(), Row.id.desc()).limit(1))
        update_details(s, dossier.id, official_code="000.00.12.H26-251203-0042")
        code = dossier.code
    page.search.setText("H26-251203-0042")  # the system's code finds it too
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    m = page.model
    assert m.data(m.index(0, 0), Qt.DisplayRole) == code
    assert "Mã trên hệ thống: 000.00.12.H26-251203-0042" in m.data(m.index(0, 0), Qt.ToolTipRole)
    # a code of the system's length is read whole in its column
    view = page.view
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("000.00.12.H26-251203-0042") + 24
