"""The Báo cáo page: the period picker (month, 15th-to-14th, range), the preview equal to the core
figures, writing the workbook, PDF and JSON in the background, and the consolidation tab with its
ranking and its refusals."""
from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from core.db import transaction
from core.exports.model import form_values
from core.returns import Period
from core.return_sections import build_return
from tests.return_data import populate, write_synthetic_workbook

PERIOD = Period.month(2025, 10)


@pytest.fixture
def ctx(sqlite_db):
    from gui.context import AppContext

    with transaction(sqlite_db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=250, seed=8)
    return AppContext(sqlite_db)


@pytest.fixture
def page(qtbot, ctx):
    from gui.pages.reports import ReportsPage

    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.set_period(PERIOD)
    return p


def _cell(table, r, c) -> str:
    return table.item(r, c).text()


def test_preview_equals_core_figures(page, ctx):
    with ctx.read() as s:
        data = build_return(s, PERIOD)
    from gui.pages.reports import HEADER_ROWS

    table = page.preview
    fields = list(data["dossiers"]["by_field"])
    assert table.rowCount() == HEADER_ROWS + len(fields) + 1  # the form's header rows, then the fields
    assert [_cell(table, HEADER_ROWS + r, 1) for r in range(len(fields))] == fields
    last = table.rowCount() - 1
    assert _cell(table, last, 1) == "Tổng cộng"
    expected = [f"{v:,}".replace(",", ".") for v in form_values(data["dossiers"]["total"])]
    assert [_cell(table, last, c) for c in range(2, 13)] == expected
    rate = f"{data['dossiers']['total']['on_time_rate']:.2f}".replace(".", ",") + "%"
    assert rate in page.summary.text() and "đạt" in page.summary.text()
    assert "ước tính nội bộ" in page.index_label.text()


def test_period_kinds(page):
    page.kind.setCurrentIndex(page.KIND_LEGAL)
    assert page.period == Period(date(2025, 9, 15), date(2025, 10, 14))
    assert "15/09/2025" in page.period_label.text() and "14/10/2025" in page.period_label.text()
    page.kind.setCurrentIndex(page.KIND_RANGE)
    assert page.start.isVisible() and not page.month.isVisible()
    page.start.set_value(date(2025, 10, 5))
    page.end.set_value(date(2025, 10, 20))
    assert page.period == Period(date(2025, 10, 5), date(2025, 10, 20))
    page.end.set_value(date(2025, 10, 1))  # ends before it starts: no figures, no export
    assert page.data is None and not page.btn_xlsx.isEnabled()
    page.kind.setCurrentIndex(page.KIND_MONTH)
    page.month.setCurrentIndex(8)
    assert page.period == Period.month(2025, 9)
    assert page.default_name("pdf") == "BaoCao_Xa_Thuong_Tin_2025-09.pdf"


def test_export_workbook_pdf_and_json(qtbot, page, ctx, tmp_path):
    page.doc_number.setText("15/BC-UBND")
    page.signer.setText("Nguyễn Văn Chủ")
    for kind in ("xlsx", "pdf", "json"):
        out = tmp_path / f"bc.{kind}"
        op = page.export(kind, str(out))
        with qtbot.waitSignal(op.ended, timeout=30000):
            pass
        assert out.exists(), kind
        assert str(out) in page.status.text()
    data = json.loads((tmp_path / "bc.json").read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(tmp_path / "bc.xlsx")
    total = next(list(r) for r in wb["Hồ sơ TTHC"].iter_rows(values_only=True) if r[0] == "Tổng cộng")
    assert total[-11:] == form_values(data["dossiers"]["total"])
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "bc.pdf")).pages)
    assert "Số: 15/BC-UBND" in text and "Nguyễn Văn Chủ" in text
    assert page.btn_open.isEnabled()


def test_consolidation_tab(qtbot, page, tmp_path):
    a, b, c = (tmp_path / f"{n}.xlsx" for n in "abc")
    write_synthetic_workbook(a, "Xã Một", seed=1)
    write_synthetic_workbook(b, "Phường Hai", seed=2)
    page.tabs.setCurrentIndex(1)
    page.add_files([a, b, a])
    assert page.files.count() == 2 and page.btn_consolidate.isEnabled()
    op = page.run_consolidation()
    with qtbot.waitSignal(op.ended, timeout=30000):
        pass
    assert page.consolidated is not None
    assert page.ranking.rowCount() == 2
    names = {page.ranking.item(r, 1).text() for r in range(2)}
    assert names == {"Xã Một", "Phường Hai"}
    assert page.ranking.item(0, 0).text() == "1"
    out = tmp_path / "tinh.xlsx"
    op = page.export_consolidation("xlsx", str(out))
    with qtbot.waitSignal(op.ended, timeout=30000):
        pass
    assert out.exists() and str(out) in page.cons_status.text()

    # a file not made by the program is refused with a readable message
    c.write_bytes(b"not a workbook")
    page.add_files([c])
    op = page.run_consolidation()
    with qtbot.waitSignal(op.ended, timeout=30000):
        pass
    assert op.error and "c.xlsx" in op.error
    page.clear_files()
    assert page.files.count() == 0 and page.ranking.rowCount() == 0 and not page.btn_cons_pdf.isEnabled()


def test_the_preview_has_the_forms_two_level_header(page):
    """II.06a's header: the three groups over their columns, so the two "Quá hạn" are told apart."""
    from core.exports.model import FORM_HEADER
    from gui.pages.reports import FORM_HEADER_WORDS, HEADER_ROWS

    table = page.preview
    assert not table.horizontalHeader().isVisible()
    groups = {(r0, c0): (table.rowSpan(r0, c0), table.columnSpan(r0, c0), _cell(table, r0, c0))
              for r0, c0, *_ in FORM_HEADER}
    assert groups[(0, 2)] == (1, 4, "Số hồ sơ nhận giải quyết")
    assert groups[(0, 6)] == (1, 4, "Số hồ sơ đã giải quyết")
    assert groups[(0, 10)] == (1, 3, "Số hồ sơ đang giải quyết")
    assert groups[(1, 9)][2] == groups[(1, 12)][2] == "Quá hạn"  # under two different groups
    assert [_cell(table, HEADER_ROWS - 1, c) for c in range(13)] == [f"({n})" for n in range(1, 14)]
    assert {text for *_, text in FORM_HEADER} <= set(FORM_HEADER_WORDS)  # every word is translatable


def test_the_sentence_gives_the_tables_figures(page, ctx):
    import re

    with ctx.read() as s:
        t = build_return(s, PERIOD)["dossiers"]["total"]
    v = form_values(t)
    numbers = [int(n.replace(".", "")) for n in re.findall(r"<b>([\d.]+)</b>|(?<=[ (])([\d.]+)(?=[;), ])",
                                                               page.summary.text()) for n in n if n]
    # (3) to handle, received in the period (4)+(5), online (4), carried over (6), handled (7),
    # pending (11), overdue (13): each the table's total row.
    assert numbers[:7] == [v[0], v[1] + v[2], v[1], v[3], v[4], v[8], v[10]]
    assert v[0] != t["received"] or t["carried_over"] == 0  # "nhận giải quyết" is not "tiếp nhận"


def test_json_is_under_more_and_the_saved_line_goes_with_the_period(qtbot, page, tmp_path):
    assert not [b for b in page.tabs.widget(0).findChildren(type(page.btn_xlsx)) if "JSON" in b.text()]
    assert [a.text() for a in page.more_menu.actions()] == ["Xuất dữ liệu JSON (cho phần mềm khác)…"]
    op = page.export("xlsx", str(tmp_path / "bc.xlsx"))
    with qtbot.waitSignal(op.ended, timeout=30000):
        pass
    assert "bc.xlsx" in page.status.text() and page.btn_open.isEnabled()
    assert str(tmp_path / "bc.xlsx") in page.saved_box.informativeText()
    page.month.setCurrentIndex(8)
    assert page.status.text() == "" and not page.btn_open.isEnabled()


def test_the_form_shows_its_rows_on_a_small_screen(qtbot, ctx):
    """On a 1366×768 screen (the page gets about 1150×700 beside the menu) the form shows at least
    four fields' rows whole under its header (one, when the 766 estimate stood below it); the
    estimate is a tab beside it."""
    from gui.pages.reports import HEADER_ROWS, ReportsPage
    from tests.gui.helpers import settle

    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1150, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_period(PERIOD)
    settle()
    table = p.preview
    viewport = table.viewport().rect()
    shown = [r for r in range(HEADER_ROWS, table.rowCount())
             if viewport.contains(table.visualRect(table.model().index(r, 1)))]
    assert len(shown) >= 4
    p.figures.setCurrentIndex(1)
    assert p.index_label.isVisible() and "ước tính nội bộ" in p.index_label.text()
