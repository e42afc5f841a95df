"""The dashboard shows core's figures, and a counter opens the list it counts."""
from __future__ import annotations

import re

from datetime import date, timedelta

from PySide6.QtCore import Qt

from core.dashboard import dashboard_figures
from core.db import transaction
from core.demo_data import generate
from core.formatting import fmt_int, fmt_rate
from gui.main_window import MainWindow
from gui.pages.dashboard import DashboardPage
from tests.factories import dossier


def _register(db):
    today = date.today()
    generate(db, 600, months=14, seed=5)
    with transaction(db.sessions) as s:  # certainly one overdue and one received today
        dossier(s, received=today - timedelta(days=30), due=today - timedelta(days=3), code="X-LATE")
        dossier(s, received=today, due=today + timedelta(days=10), code="X-NEW")


def test_dashboard_numbers_equal_core(qtbot, ctx, sqlite_db):
    _register(sqlite_db)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with transaction(sqlite_db.sessions, write=False) as s:
        f = dashboard_figures(s)
    for key in ("received_today", "due_today", "overdue", "due_soon", "open"):
        assert page.tiles[key].value.text() == fmt_int(getattr(f, key)), key
    assert f.overdue >= 1 and f.received_today >= 1
    assert page.rate_value.text() == fmt_rate(f.this_month.rate)
    assert fmt_rate(f.last_month.rate) in page.rate_compare.text()
    bars = page.field_chart.series()[0].barSets()[0]
    shown = sorted(bars.at(i) for i in range(bars.count()))
    assert sum(shown) == sum(n for _, n in f.by_field)
    line = page.rate_chart.series()[0]
    assert [round(p.y(), 2) for p in line.points()] == [m.rate for m in f.months if m.rate is not None]
    # One decimal on every trend label, and the long titles on two lines instead of cut with "…".
    assert page.rate_labels and all(re.fullmatch(r"\d{1,3},\d", t) for t in page.rate_labels)
    assert page.field_chart.title() == "Hồ sơ tiếp nhận theo lĩnh vực,<br>12 tháng gần đây"
    assert "<br>" in page.rate_chart.title()
    # Handlers' names whole: the panel sized from the longest, each name also in its tooltip.
    names = [page.handlers.item(r, 0) for r in range(page.handlers.rowCount())]
    assert names and all(n.toolTip() == n.text() for n in names)
    widest = max(page.handlers.fontMetrics().horizontalAdvance(n.text()) for n in names)
    assert widest <= 460 - 64 and page.handlers.columnWidth(0) >= widest


def test_a_counter_opens_the_filtered_list(qtbot, ctx, sqlite_db):
    _register(sqlite_db)
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    dash = window.show_page("dashboard")
    overdue = dash.figures.overdue
    qtbot.mouseClick(dash.tiles["overdue"], Qt.LeftButton)
    assert window.current_key() == "dossiers"
    page = window.current_page()
    assert page.deadline.currentData() == "overdue"
    assert page.model.rowCount() == overdue
    dash.open_list("received_today")
    assert page.period.currentData() == "today" and page.deadline.currentData() is None
    assert page.model.rowCount() == dash.figures.received_today


def test_handler_table_shows_core_workload_and_opens_the_list(qtbot, ctx, sqlite_db):
    from core.models import Staff

    today = date.today()
    with transaction(sqlite_db.sessions) as s:
        tam = Staff(full_name="Lê Văn Tâm", name_key="le van tam", category="civil_servant")
        s.add(tam)
        s.flush()
        for i, due in enumerate((today - timedelta(days=2), today + timedelta(days=5))):
            d = dossier(s, received=today - timedelta(days=10), due=due, code=f"H-{i}")
            d.handler_id, d.handler_name = tam.id, tam.full_name
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    dash = window.show_page("dashboard")
    table = dash.handlers
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    row = names.index("Lê Văn Tâm")
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == ("2", "1")
    dash._open_handler(row, 0)
    assert window.current_key() == "dossiers"
    assert window.current_page().model.rowCount() == 2


def test_the_print_button_opens_the_preview_of_last_months_return(qtbot, ctx, sqlite_db):
    from pypdf import PdfReader

    from core import clock
    from core.returns import Period
    from gui import printing
    from tests.gui.helpers import settle
    from tests.return_data import populate

    with clock.frozen(date(2026, 1, 6)):  # January: last month is December of the year before
        with transaction(sqlite_db.sessions) as s:
            populate(s, date(2025, 12, 1), date(2025, 12, 31), n=40, seed=4)
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        window.show()
        dash = window.show_page("dashboard")
        button = dash.print_month
        assert button.text() == "In báo cáo tháng 12/2025" and button.isVisible()
        qtbot.mouseClick(button, Qt.LeftButton)
        assert window.current_key() == "reports"
        reports = window.current_page()
        assert reports.selected_period() == Period.month(2025, 12)
        settle()
        qtbot.waitUntil(lambda: getattr(reports, "print_preview", None) is not None, timeout=60000)
    pdf = printing.shown[-1]
    assert pdf.name.endswith("_2025-12.pdf")
    preview = reports.print_preview
    assert preview.isVisible() and preview.drawn == len(PdfReader(str(pdf)).pages) >= 2


def test_an_empty_register_says_so_instead_of_a_chart(qtbot, ctx):
    """No dossiers: no bar labelled as a field, only the sentence."""
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.field_empty.isVisible(), timeout=20000)
    assert page.field_chart.series() == [] and page.field_chart.axes() == []
