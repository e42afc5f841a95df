"""Printing from the window: a PDF's pages drawn on a printer (a PDF file here, offscreen), the print
preview of a counter slip and of the month's return, the system's print dialog from it, and what the
clerk is told after saving a file or when no program can open it."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QPushButton
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from core.db import transaction
from gui import desktop, printing
from gui.printing import PdfPages, PrintPreview, paint_pdf, preview_pdf
from tests.gui.helpers import settle


def three_pages(path):
    """Two portrait pages and a landscape one, each with its number."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, size in enumerate((A4, A4, landscape(A4)), 1):
        c.setPageSize(size)
        c.drawString(72, 72, f"trang {n}")
        c.showPage()
    c.save()
    return path


def pdf_printer(out) -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def sizes(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(str(path)).pages]


def test_every_page_is_printed_on_the_paper_turned_to_fit(qapp, tmp_path):
    pages = PdfPages(three_pages(tmp_path / "src.pdf"))
    assert pages.count == 3 and pages.landscape(2) and not pages.landscape(0)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPageLayout(pages.page_layout(0))
    assert paint_pdf(pages, printer) == 3
    # Three A4 sheets of one orientation: the landscape page turned onto portrait paper.
    assert sizes(out) == [(595, 842)] * 3


def test_the_print_dialogs_page_range_is_kept(qapp, tmp_path):
    pages = PdfPages(three_pages(tmp_path / "src.pdf"))
    out = tmp_path / "two.pdf"
    printer = pdf_printer(out)
    printer.setFromTo(2, 3)
    assert paint_pdf(pages, printer) == 2 and len(sizes(out)) == 2


def test_a_file_that_is_not_a_pdf_is_said_so(qtbot, tmp_path):
    bad = tmp_path / "hỏng.pdf"
    bad.write_bytes(b"not a pdf")
    assert preview_pdf(None, bad) is None
    box = printing._kept["message"]
    assert isinstance(box, QMessageBox) and box.isVisible() and str(bad) in box.text()
    box.close()


def _intake(ctx, qtbot):
    from gui.pages.dossiers import DossiersPage

    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_dossier()
    form.set_procedure(next(p[0] for p in form.procedures if p[1] == "Đăng ký khai sinh"))
    form.name.setText("Lê Văn Nam")
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    settle()
    return page


def test_a_slip_opens_in_the_print_preview_and_prints_through_the_print_dialog(qtbot, ctx, tmp_path):
    page = _intake(ctx, qtbot)
    slip = printing.shown[-1]
    assert slip.name.endswith("_mau-01.pdf") and not desktop.opened  # no outside viewer needed
    preview = page.findChild(PrintPreview)  # kept by the page, not the intake form that closed
    assert preview is not None and preview.isVisible()
    assert preview.findChild(QPrintPreviewWidget).pageCount() == len(PdfReader(str(slip)).pages) == preview.drawn
    assert str(slip) in preview.path_label.text()
    assert preview.windowTitle() == "Giấy tiếp nhận, hẹn trả (Mẫu 01)"

    out = tmp_path / "ra-may-in.pdf"
    preview.printer().setOutputFileName(str(out))  # "the printer": a PDF file here
    dialog = preview.print_now()
    assert dialog.isVisible() and dialog.objectName() == "printDialog"
    dialog.accept()
    assert out.exists() and len(sizes(out)) == len(PdfReader(str(slip)).pages)
    assert not preview.isVisible()  # printed: the preview closes


def test_ctrl_p_in_the_preview_opens_the_print_dialog(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    preview = preview_pdf(None, three_pages(tmp_path / "src.pdf"))
    qtbot.addWidget(preview)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    QTest.keyClick(preview, Qt.Key_P, Qt.ControlModifier)
    assert preview.print_dialog is not None and preview.print_dialog.isVisible()
    preview.print_dialog.reject()


@pytest.fixture
def no_viewer(monkeypatch):
    """A desktop where nothing can be opened (no xdg-open, no PDF viewer)."""
    monkeypatch.delenv("COMMUNEDESK_NO_OPEN", raising=False)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))


def test_when_no_viewer_can_open_the_file_the_clerk_is_told_where_it_is(qtbot, no_viewer, tmp_path):
    from gui.desktop import open_or_tell

    path = three_pages(tmp_path / "src.pdf")
    preview = preview_pdf(None, path)
    qtbot.addWidget(preview)
    preview.viewer_button.click()
    box = preview.not_opened_box
    assert box.isVisible() and "src.pdf" in box.text() and str(path) in box.informativeText()
    assert box.findChild(QPushButton, "openFolder") is not None
    box.findChild(QPushButton, "openFolder").click()  # no file manager either: said too
    assert open_or_tell(preview, path) is False


def test_after_saving_the_path_is_shown_with_open_folder(qtbot, tmp_path):
    from gui.saved import saved
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    path = three_pages(tmp_path / "bc.pdf")
    box = saved(parent, [path], "Lưu báo cáo")
    assert box.isVisible() and str(path) in box.informativeText()
    names = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert names["openFolder"] == "Mở thư mục" and names["openFile"] == "Mở tệp" and names["print"] == "In…"
    box.findChild(QPushButton, "openFolder").click()
    assert desktop.opened[-1] == tmp_path and not box.isVisible()
    saved(parent, [path], "Lưu báo cáo").findChild(QPushButton, "print").click()
    assert printing.shown[-1] == path


def test_the_month_return_prints_from_the_reports_page(qtbot, ctx, tmp_path):
    from core.returns import Period
    from gui.pages.reports import ReportsPage
    from tests.return_data import populate

    period = Period.month(2025, 10)
    with transaction(ctx.db.sessions) as s:
        populate(s, period.start, period.end, n=60, seed=3)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_period(period)
    op = page.print_return()
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    settle()
    pdf = printing.shown[-1]
    assert pdf.parent == desktop.folder_for("reports") and pdf.name == "BaoCao_Xa_Thuong_Tin_2025-10.pdf"
    preview = page.print_preview
    assert preview.isVisible() and preview.drawn == len(PdfReader(str(pdf)).pages) >= 2
    out = tmp_path / "bc-in.pdf"
    preview.printer().setOutputFileName(str(out))
    preview.print_now().accept()
    assert len(sizes(out)) == preview.drawn
    assert page.btn_print.isEnabled()
