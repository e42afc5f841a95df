"""Printing the PDFs the program writes (counter slips, the book, the monthly return) from the window:
Qt's print preview (QPrintPreviewDialog) and the system's print dialog (QPrintDialog), each page
rendered from the PDF file itself, so what prints is exactly the file that was saved.

The renderer is QtPdf (QPdfDocument), a module of PySide6-Addons, which the window already needs for
its charts: Qt's binding of PDFium, the engine Chromium uses and pypdfium2 also binds, released with
Qt itself. It adds no package to install, to lock or to freeze (libQt6Pdf is 4.5 MB inside the
Addons wheel), and gives QImages a QPrinter paints directly.

- `preview_pdf(parent, path)` opens the preview: zoom, pages, page set-up, Print (or Ctrl+P) for
  the system's print dialog; below it the file's path with "Mở thư mục" and "Mở bằng chương trình
  khác".
- `print_pdf(parent, path)` opens the system's print dialog at once.
- `paint_pdf(pages, printer)` draws the pages on any QPrinter (a printer, a PDF file in tests).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.desktop import open_folder_or_tell, open_or_tell
from gui.icons import icon

CTX = "Printing"
PRINT_DPI = 300     # pages sent to a printer: sharp text on any office printer
PREVIEW_DPI = 110   # pages on screen (the preview keeps every page in memory)
PREVIEW_COLOUR_PAGES = 40  # past this many pages the preview is drawn in grey to stay small

_kept: dict[str, QWidget] = {}
shown: list[Path] = []  # every file whose preview or print dialog opened in this process (newest last)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class PrintError(Exception):
    """The file cannot be read as a PDF (gone, damaged)."""


class PdfPages:
    """The pages of one PDF file, rendered on demand."""

    def __init__(self, path):
        self.path = Path(path)
        self.doc = QPdfDocument()
        error = self.doc.load(str(self.path))
        if error != QPdfDocument.Error.None_ or self.doc.pageCount() < 1:
            raise PrintError(f"{self.path}: {error.name}")

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def size_points(self, page: int) -> QSizeF:
        return self.doc.pagePointSize(page)

    def landscape(self, page: int) -> bool:
        size = self.size_points(page)
        return size.width() > size.height()

    def render(self, page: int, dpi: float, grey: bool = False, turn: bool = False) -> QImage:
        """The page as an image at `dpi`, on white (QtPdf leaves the paper transparent), in grey or
        colour, turned a quarter (`turn`) to fill paper of the other orientation."""
        size = self.size_points(page)
        image = self.doc.render(page, QSize(max(1, round(size.width() * dpi / 72)),
                                            max(1, round(size.height() * dpi / 72))))
        paper = QImage(image.size(), QImage.Format_RGB32)
        paper.fill(Qt.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        if turn:
            paper = paper.transformed(QTransform().rotate(90))
        return paper.convertToFormat(QImage.Format_Grayscale8 if grey else QImage.Format_RGB888)

    def page_layout(self, page: int = 0) -> QPageLayout:
        """The paper of a page (A4 portrait, A4 landscape…), without margins: the PDF has its own."""
        size = self.size_points(page)
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        return QPageLayout(QPageSize(portrait, QPageSize.Point),
                           QPageLayout.Landscape if self.landscape(page) else QPageLayout.Portrait,
                           QMarginsF(0, 0, 0, 0))


def _is_preview(printer: QPrinter) -> bool:
    engine = printer.paintEngine()
    return engine is not None and engine.type() == engine.Type.Picture


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) the print dialog asked for: a range From … To, else all."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return list(range(count))
    first = max(1, first or 1)
    last = min(count, last or count)
    return list(range(first - 1, last))


def paint_pdf(pages: PdfPages, printer: QPrinter) -> int:
    """Draw the PDF's pages on `printer`, each scaled to the paper; returns how many were drawn. A
    page of the other orientation than the paper (a landscape annex on portrait paper) is turned a
    quarter, as PDF viewers print it: one paper orientation per job works on every printer. The
    preview's printer gets screen-sized pages, a real one PRINT_DPI."""
    preview = _is_preview(printer)
    chosen = pages_to_print(printer, pages.count)
    grey = preview and pages.count > PREVIEW_COLOUR_PAGES
    dpi = PREVIEW_DPI if preview else min(PRINT_DPI, max(72, printer.resolution()))
    printer.setFullPage(True)
    paper_landscape = printer.pageLayout().orientation() == QPageLayout.Landscape
    painter = QPainter()
    drawn = 0
    for n, page in enumerate(chosen):
        if n == 0:
            if not painter.begin(printer):
                return 0
        elif not printer.newPage():
            break
        target = painter.viewport()
        image = pages.render(page, dpi, grey, turn=pages.landscape(page) != paper_landscape)
        scaled = QSize(image.width(), image.height()).scaled(target.size(), Qt.KeepAspectRatio)
        x = target.x() + (target.width() - scaled.width()) // 2
        y = target.y() + (target.height() - scaled.height()) // 2
        painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
        drawn += 1
    if painter.isActive():
        painter.end()
    return drawn


def new_printer(pages: PdfPages) -> QPrinter:
    """A printer for the file: the system's default printer, the paper and orientation of its first
    page; on a PC without a printer, a PDF beside the file ("Print to File")."""
    from PySide6.QtPrintSupport import QPrinterInfo

    printer = QPrinter(QPrinter.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(pages.path.name)
    printer.setPageLayout(pages.page_layout(0))
    if not QPrinterInfo.availablePrinters():
        printer.setOutputFileName(str(pages.path.with_name(f"{pages.path.stem}-ban-in.pdf")))
    return printer


def lasting_parent(widget: QWidget | None) -> QWidget | None:
    """The window a preview should belong to: not a dialog about to close (an intake form, an action
    dialog), but the window under it."""
    w = widget.window() if widget is not None else None
    while isinstance(w, QDialog) and w.parentWidget() is not None:
        w = w.parentWidget().window()
    return w


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF file, with the file's place below it."""

    def __init__(self, pages: PdfPages, parent=None, title: str | None = None):
        self.pages = pages
        self.own_printer = new_printer(pages)  # the dialog does not own it: kept alive here
        super().__init__(self.own_printer, parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title or tr("Xem trước khi in: {name}").format(name=pages.path.name))
        self.resize(900, 960)
        self.paintRequested.connect(self._paint)
        self.drawn = 0

        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 6)
        self.path_label = QLabel(bar)
        self.path_label.setObjectName("savedPath")
        self.path_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.path_label.setToolTip(str(pages.path))
        self.path_label.setText(tr("Tệp đã lưu: {path}").format(path=pages.path))
        self.path_label.setMinimumWidth(120)
        row.addWidget(self.path_label, 1)
        self.print_button = QPushButton(icon("print"), tr("In…"), bar)
        self.print_button.setObjectName("printNow")
        self.print_button.setToolTip(tr("Chọn máy in và in (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_now)
        self.folder_button = QPushButton(tr("Mở thư mục"), bar)
        self.folder_button.clicked.connect(self.open_folder)
        self.viewer_button = QPushButton(tr("Mở bằng chương trình khác"), bar)
        self.viewer_button.clicked.connect(self.open_viewer)
        self.close_button = QPushButton(tr("Đóng"), bar)
        self.close_button.clicked.connect(self.reject)
        for b in (self.print_button, self.folder_button, self.viewer_button, self.close_button):
            row.addWidget(b)
        self.layout().addWidget(bar)
        self.print_action = QAction(tr("In…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.Print))
        self.print_action.triggered.connect(self._print_key)
        self.addAction(self.print_action)
        self.print_dialog: QPrintDialog | None = None

    def _print_key(self, _checked=False) -> None:
        self.print_now()

    def _paint(self, printer: QPrinter) -> None:
        self.drawn = paint_pdf(self.pages, printer)

    def print_now(self) -> QPrintDialog:
        """The system's print dialog for this file; on OK the pages go to the printer chosen."""
        self.print_dialog = print_dialog(self, self.pages, self.printer(), done=self._printed)
        return self.print_dialog

    def _printed(self, _printer) -> None:
        self.accept()

    def open_folder(self) -> None:
        open_folder_or_tell(self, self.pages.path)

    def open_viewer(self) -> None:
        open_or_tell(self, self.pages.path)


class PdfPrintDialog(QPrintDialog):
    """The system's print dialog for a PDF; on OK the pages go to the printer chosen."""

    def __init__(self, pages: PdfPages, printer: QPrinter, parent=None, done=None):
        super().__init__(printer, parent)
        self.pages = pages
        self.own_printer = printer  # the dialog does not own it: kept alive with it
        self.on_printed = done  # (not `done`: that is QDialog's virtual method)
        self.drawn = 0
        self.setObjectName("printDialog")
        self.setMinMax(1, pages.count)
        self.setOption(QPrintDialog.PrintToFile, True)
        self.setOption(QPrintDialog.PrintPageRange, True)
        # Signals of a dialog deleted on close go to bound methods only: a closure connected to
        # one crashed PySide6 when the dialog was deleted.
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.accepted.connect(self._print)

    def _print(self, _printer=None) -> None:
        self.drawn = paint_pdf(self.pages, self.own_printer)
        if self.on_printed is not None:
            self.on_printed(self.own_printer)


def print_dialog(parent, pages: PdfPages, printer: QPrinter | None = None, done=None) -> PdfPrintDialog:
    """The system's print dialog (opened, no nested event loop); on OK the pages are printed and
    `done(printer)` is called."""
    printer = printer or new_printer(pages)
    printer.setFromTo(0, 0)
    dialog = PdfPrintDialog(pages, printer, parent, done)
    QDialog.open(dialog)  # QPrintDialog.open() takes a receiver in PySide6; QDialog's opens window-modal
    return dialog


def _pages_or_tell(parent, path) -> PdfPages | None:
    try:
        return PdfPages(path)
    except PrintError:
        from gui.widgets.actions import inform

        box = inform(parent, tr("Không in được"), tr("Không đọc được tệp PDF {path}.").format(path=path))
        _kept["message"] = box  # a box without a parent lives as long as Python holds it
        return None


def preview_pdf(parent, path, title: str | None = None) -> PrintPreview | None:
    """Open the print preview of a PDF (the clerk prints from it); None when the file cannot be read
    (the clerk is told)."""
    pages = _pages_or_tell(parent, path)
    if pages is None:
        return None
    shown.append(pages.path)
    dialog = PrintPreview(pages, lasting_parent(parent), title)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    QDialog.open(dialog)
    return dialog


def print_pdf(parent, path) -> QPrintDialog | None:
    """Open the system's print dialog for a PDF at once."""
    pages = _pages_or_tell(parent, path)
    if pages is None:
        return None
    shown.append(pages.path)
    return print_dialog(lasting_parent(parent), pages)
