"""Page actions: the row of buttons with the status steps, asking before a deletion, telling the clerk
something, the search box of a list, and importing a workbook on the window's writer."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def record_buttons(owner, **labels: str) -> list[QPushButton]:
    """One button per `name=label` (already translated), calling `owner.name()`, kept as `owner.name_btn`."""
    made = []
    for name, label in labels.items():
        b = QPushButton(label)
        b.clicked.connect(lambda _=False, act=getattr(owner, name): act())
        setattr(owner, f"{name}_btn", b)
        made.append(b)
    return made


def keyed_buttons(labels: dict[str, str], on_click: Callable[[str], Any], prefix: str,
                  layout: QHBoxLayout | None = None, icon=None) -> dict[str, QPushButton]:
    """One button per key → label (already translated), named `<prefix>_<key>`, calling `on_click(key)`;
    added to `layout` when given."""
    buttons: dict[str, QPushButton] = {}
    for key, label in labels.items():
        b = QPushButton(icon, label) if icon is not None else QPushButton(label)
        b.setObjectName(f"{prefix}_{key}")
        b.clicked.connect(lambda _=False, k=key: on_click(k))
        buttons[key] = b
        if layout is not None:
            layout.addWidget(b)
    return buttons


def action_bar(buttons: list[QWidget], caption: str, actions: dict[str, str],
               on_action: Callable[[str], Any]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of `buttons`, then `caption` and one button per status action (action → label, already
    translated; each named `action_<action>` and calling `on_action(action)`)."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addSpacing(16)
    row.addWidget(QLabel(caption))
    action_buttons = keyed_buttons(actions, on_action, "action", row)
    row.addStretch(1)
    return row, action_buttons


def confirm(parent, title: str, text: str, on_yes, yes: str | None = None) -> QMessageBox:
    """Ask before a deletion (Xóa / Không, Không by default), without a nested event loop."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText(yes or tr("Xóa"))
    box.button(QMessageBox.No).setText(tr("Không"))
    box.setDefaultButton(QMessageBox.No)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


def inform(parent, title: str, text: str) -> QMessageBox:
    """A message with one Đóng button, without a nested event loop."""
    box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, parent)
    box.button(QMessageBox.Ok).setText(tr("Đóng"))
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def output_refusal(db, path: str) -> str | None:
    """Why `path` may not be written as an output (the command line's own check, core.files: never the
    database or its companions, a folder, a device, a link), in the window's words; None when it may."""
    from core.errors import CommuneDeskError
    from core.files import check_output
    from gui.messages import error_text

    try:
        check_output(db, path)
    except CommuneDeskError as exc:
        return error_text(exc)
    return None


def refuse_output(parent, title: str, db, path: str) -> bool:
    """Tell the clerk, in a message over `parent`, why `path` cannot be written; True when refused."""
    why = output_refusal(db, path)
    if why is None:
        return False
    box = QMessageBox(QMessageBox.Warning, title, why, QMessageBox.Ok, parent)
    box.setObjectName("output_refused")
    box.button(QMessageBox.Ok).setText(tr("Đóng"))
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return True


@lru_cache(maxsize=None)
def _save_dialog_class():
    from PySide6.QtWidgets import QFileDialog

    class SaveDialog(QFileDialog):
        """A save dialog that checks the chosen file before it closes, as the command line checks its
        outputs (`db`: the database in use): a refused one stays open with the reason over it."""

        db = None

        def accept(self):
            chosen = self.selectedFiles()
            if chosen and refuse_output(self.parentWidget(), self.windowTitle(), self.db, chosen[0]):
                return
            super().accept()

    return SaveDialog


FILE_DATE_FORMAT = "dd/MM/yyyy HH:mm"


@lru_cache(maxsize=None)
def _dated_files_class():
    from PySide6.QtCore import QIdentityProxyModel, QLocale

    class DatedFiles(QIdentityProxyModel):
        """The file dialog's list with its dates as dd/mm/yyyy HH:MM and sizes in the window's
        language: Qt's file model writes both in the system's locale (a PC set to C or English
        shows "2 12 2026"), not the one the window speaks."""

        DATE_COLUMN, SIZE_COLUMN = 3, 1

        def data(self, index, role=Qt.DisplayRole):
            if role == Qt.DisplayRole and index.column() in (self.DATE_COLUMN, self.SIZE_COLUMN):
                files = self.sourceModel()
                source = self.mapToSource(index)
                if index.column() == self.DATE_COLUMN:
                    modified = files.lastModified(source)
                    return modified.toString(FILE_DATE_FORMAT) if modified.isValid() else ""
                if not files.isDir(source):
                    return QLocale().formattedDataSize(files.size(source))
            return super().data(index, role)

    return DatedFiles


def file_dialog(parent, title: str, start: str, filters: str = "", *, save: bool = False):
    """Qt's own file dialog (never the system's): it speaks the window's language through the Qt
    translation gui.i18n installs, looks the same on every PC and can be tested; its dates are
    dd/mm/yyyy whatever the system's locale. `save`: a dialog that checks the file chosen as an
    output before it closes (set its `db`)."""
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView

    dialog = (_save_dialog_class() if save else QFileDialog)(parent, title, start, filters)
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setProxyModel(_dated_files_class()(dialog))
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # the detail view's size, type and date uncut; the name takes the rest
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    return dialog


def _start(kind: str | None, start: str | None, name: str | None) -> str:
    from pathlib import Path

    from gui.desktop import folder_for

    folder = start or (str(folder_for(kind)) if kind else "")
    return str(Path(folder) / name) if name and folder else (name or folder)


def ask_file(parent, title: str, start: str | None, filters: str, on_chosen, save: bool = False,
             suffix: str | None = None, name: str | None = None, kind: str | None = None, db=None):
    """A file dialog, opened without a nested event loop: an existing file to open, or (`save`) a
    file to write (`suffix` added when the clerk gives none, `name` proposed), checked as an output
    of `db` (the database in use) before `on_chosen` hears of it. With `kind` (reports, exports,
    imports: gui.desktop) it starts in that kind's folder unless `start` is given, and remembers the
    folder chosen."""
    from PySide6.QtWidgets import QFileDialog

    dialog = file_dialog(parent, title, _start(kind, start, name), filters, save=save)
    if save:
        dialog.db = db
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        if suffix:
            dialog.setDefaultSuffix(suffix)
    else:
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptOpen)
    if kind:
        from gui.desktop import remember_folder

        dialog.fileSelected.connect(lambda path: remember_folder(kind, path))
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ask_files(parent, title: str, filters: str, on_chosen, kind: str = "imports"):
    """A dialog choosing several existing files (`on_chosen(paths)`), in `kind`'s folder."""
    from PySide6.QtWidgets import QFileDialog

    from gui.desktop import remember_folder

    dialog = file_dialog(parent, title, _start(kind, None, None), filters)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptOpen)
    dialog.filesSelected.connect(lambda paths: remember_folder(kind, paths[0]) if paths else None)
    dialog.filesSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ask_folder(parent, title: str, start: str, on_chosen):
    """A folder dialog, opened without a nested event loop."""
    from PySide6.QtWidgets import QFileDialog

    dialog = file_dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


class WindowKeys(QObject):
    """Lets the window's shortcuts through a text field: on Linux a QLineEdit takes Ctrl+E as "end of
    line" (and the window's Ctrl+E, export the list, never came while the search box had focus)."""

    KEYS = ("Ctrl+E", "Ctrl+I", "Ctrl+P")

    def __init__(self, parent):
        super().__init__(parent)
        self.keys = [QKeySequence(k) for k in self.KEYS]

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.ShortcutOverride and QKeySequence(event.keyCombination()) in self.keys:
            event.ignore()  # not the field's: the shortcut map gives it to the window's action
            return True
        return False


PLACEHOLDER_PADDING = 44  # the frame, the margins and the clear button
MAX_SEARCH_WIDTH = 420


class SearchField(QLineEdit):
    """A search field that asks for the width of its whole placeholder (in either language, within
    reason) where the row has room, and narrows to its minimum where it has not."""

    def sizeHint(self):  # noqa: N802 - Qt API
        hint = super().sizeHint()
        needed = self.fontMetrics().horizontalAdvance(self.placeholderText()) + PLACEHOLDER_PADDING
        hint.setWidth(max(hint.width(), self.minimumWidth(), min(needed, MAX_SEARCH_WIDTH)))
        return hint


def search_box(placeholder: str, on_change, delay_ms: int = 250, min_width: int = 220) -> QLineEdit:
    """A list's search: `on_change()` once the clerk stops typing (or presses Enter). The window's
    shortcuts (Ctrl+E, Ctrl+I, Ctrl+P) still work while it has focus."""
    edit = SearchField()
    edit.window_keys = WindowKeys(edit)
    edit.installEventFilter(edit.window_keys)
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(min_width)
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(on_change)
    edit.textChanged.connect(lambda _: timer.start())
    edit.returnPressed.connect(on_change)
    edit.timer = timer
    return edit


def unread_note(result) -> str:
    """What an import did not read: the file's columns that name no column of the layout (empty when
    it read them all), as a sentence to add to the import's summary."""
    parts = []
    if result.unread_columns:
        names = ", ".join(f"“{name}”" for name in result.unread_columns)
        parts.append(QCoreApplication.translate(
            "Import", "Các cột sau không có trong mẫu nhập nên không được đọc: {names}. Nếu cần, hãy đổi tên "
                      "cột cho đúng tên trong mẫu rồi nhập lại.").format(names=names))
    if result.missing_columns:
        names = ", ".join(f"“{name}”" for name in result.missing_columns)
        parts.append(QCoreApplication.translate(
            "Import", "Tệp không có các cột sau của mẫu nhập, các trường đó được để trống hoặc lấy giá trị mặc "
                      "định (như hạn trả, tính theo thời hạn của thủ tục): {names}. Nếu cột đã đổi tên, hãy "
                      "sửa ánh xạ cột rồi nhập lại.").format(names=names))
    return " ".join(parts)


def import_file(page, kind: str, path: str | None = None, title: str | None = None, done=None,
                rows_table: bool = False, profile=None, refused=None):
    """Import a workbook of `kind` on the window's writer (progress, Cancel); any row error refuses the
    whole file, shown with its row numbers: in a message, or with `rows_table` in a table of the rows
    at fault. Without `path`, ask for the file (the dialog is returned; the import starts when a file
    is chosen). `done(result, path)` after it committed (the pages have been told already).
    `profile`: the layout to read a dossier file with (core.imports.run_import). `refused(dialog)`:
    called with the table of rows at fault, to offer more than Đóng."""
    from core.imports import run_import
    from gui import ops

    title = title or QCoreApplication.translate("Import", "Nhập từ tệp Excel")
    if path is None:
        # Asked first (no nested event loop); the import starts once a file is chosen.
        return ask_file(page, title, None, QCoreApplication.translate(
            "Import", "Bảng tính hoặc JSON (*.xlsx *.xls *.ods *.csv *.json)"),
            lambda chosen: import_file(page, kind, chosen, title, done, rows_table, profile, refused),
            kind="imports")
    ctx = page.ctx
    db, user = ctx.db, ctx.user_name

    def finished(result):
        page.last_import = result
        if done is not None:
            done(result, path)
        elif result.unread_columns or result.missing_columns:
            page.unread_box = inform(page, title, unread_note(result))

    # A refused file in a message box (its first problem, the others as details), or in a table of rows.
    failed = None if rows_table else (lambda exc: ops.show_error(page, title, ops.describe(exc)))
    if rows_table and refused is not None:
        def failed(exc):
            shown = ops.show_failure(page, title, exc)
            if isinstance(shown, ops.RowErrorsDialog):
                refused(shown)
    return ops.run(ctx, title, lambda progress: run_import(kind, db, path, user=user, progress=progress,
                                                           profile=profile),
                   parent=page, done=finished, failed=failed)
