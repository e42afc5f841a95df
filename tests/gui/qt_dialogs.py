"""Qt's own dialogs as the window shows them (file dialogs, message boxes with standard buttons, the
print, page set-up and preview dialogs, progress, input, a text field's menu), opened for tests that
read every text they show. (The window uses no colour or font dialog.)"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QGroupBox, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu,
                               QMessageBox, QProgressDialog, QTabWidget, QWidget)


class Recorder(QTranslator):
    """Installed last (asked first): notes every lookup of Qt's own contexts and whether any installed
    translation answered it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: list[tuple[str, str, str]] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        if context and context.startswith("Q") and source:
            self.asked.append((context, source, disambiguation or ""))
        return None

    def isEmpty(self):  # noqa: N802 - Qt API
        return False


def missing(recorder: Recorder) -> list[tuple[str, str, str]]:
    """The lookups none of the window's installed translators answers (gui.i18n's)."""
    from gui import i18n

    def answered(ctx, src, dis) -> bool:
        return any(t.translate(ctx, src, dis or None) or (dis and t.translate(ctx, src, None))
                   for t in i18n._installed)

    return [key for key in dict.fromkeys(recorder.asked) if not answered(*key)]


def texts(root: QWidget) -> list[str]:
    """Every text a clerk can see on `root` and its visible children: window title, labels, buttons,
    group and tab titles, column headers, the current item of combos, placeholders, tooltips and
    the actions of its tool bars."""
    out = [root.windowTitle()]
    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for w in widgets:
        out.append(w.toolTip())
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Horizontal and w.model() is not None:
            out += [str(w.model().headerData(c, Qt.Horizontal) or "") for c in range(w.count())]
    for a in root.findChildren(QAction):
        if any(w.isVisibleTo(root) for w in a.associatedObjects() if isinstance(w, QWidget)):
            out += [a.text(), a.toolTip()]
    return [t for t in out if t]


def open_all(parent: QWidget, folder) -> dict[str, QWidget]:
    """One of each of Qt's dialogs the window shows, opened (never a nested event loop)."""
    from gui.printing import PdfPages, PrintPreview, print_dialog
    from gui.widgets.actions import ask_file, ask_folder
    from tests.gui.test_printing import three_pages

    shown: dict[str, QWidget] = {}
    shown["file_open"] = ask_file(parent, "Mở", str(folder), "Bảng tính (*.xlsx)", lambda _p: None)
    detail = ask_file(parent, "Lưu", str(folder), "Bảng tính (*.xlsx)", lambda _p: None, save=True, name="a.xlsx")
    detail.setViewMode(QFileDialog.Detail)
    shown["file_save_detail"] = detail
    shown["folder"] = ask_folder(parent, "Thư mục", str(folder), lambda _p: None)
    box = QMessageBox(QMessageBox.Question, "Hỏi", "Câu hỏi?", QMessageBox.NoButton, parent)
    box.setStandardButtons(QMessageBox.Ok | QMessageBox.Cancel | QMessageBox.Yes | QMessageBox.No | QMessageBox.Save
                           | QMessageBox.Close | QMessageBox.Discard | QMessageBox.Apply | QMessageBox.Reset
                           | QMessageBox.Help | QMessageBox.Abort | QMessageBox.Retry | QMessageBox.Ignore
                           | QMessageBox.RestoreDefaults | QMessageBox.SaveAll | QMessageBox.YesToAll
                           | QMessageBox.NoToAll | QMessageBox.Open)
    box.setDetailedText("chi tiết")
    box.open()
    shown["message_box"] = box
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Close)
    holder = QWidget(parent, Qt.Window)
    buttons.setParent(holder)
    holder.show()
    shown["button_box"] = holder
    pages = PdfPages(three_pages(folder / "ba-trang.pdf"))
    preview = PrintPreview(pages, parent)
    preview.open()
    shown["print_preview"] = preview
    printer = preview.printer()
    dialog = print_dialog(parent, pages, printer)
    options = next((b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and ">>" in b.text()), None)
    if options is not None:
        options.click()  # the print range, copies and other options shown as well
    shown["print_dialog"] = dialog
    progress = QProgressDialog(parent)
    progress.setLabelText("Đang làm…")
    progress.setRange(0, 10)
    progress.show()
    shown["progress"] = progress
    ask = QInputDialog(parent)
    ask.setLabelText("")
    ask.open()
    shown["input"] = ask
    from PySide6.QtPrintSupport import QPageSetupDialog

    setup = QPageSetupDialog(printer, parent)  # the preview's "Thiết lập trang"
    QDialog.open(setup)
    shown["page_setup"] = setup
    edit = QLineEdit(parent)
    menu = edit.createStandardContextMenu()
    menu.setParent(parent, Qt.Popup)
    menu.popup(parent.mapToGlobal(parent.rect().center()))
    shown["text_menu"] = menu
    return shown


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]
