"""Page actions: the row of buttons with the status steps, asking before a deletion, telling the clerk
something, the search box of a list, and importing a workbook on the window's writer."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
        """A save dialog that checks the chosen file before it closes (Qt's own dialog): a refused
        one keeps the dialog open with the reason over it."""

        db = None
        on_chosen = None

        def accept(self):
            chosen = self.selectedFiles()
            if chosen and refuse_output(self.parentWidget(), self.windowTitle(), self.db, chosen[0]):
                return
            super().accept()

        def chosen(self, path: str) -> None:
            # A native dialog closes without asking accept(): checked here as well.
            if not refuse_output(self.parentWidget(), self.windowTitle(), self.db, path):
                self.on_chosen(path)

    return SaveDialog


def ask_file(parent, title: str, start: str, filters: str, on_chosen, save: bool = False,
             suffix: str | None = None, name: str | None = None, db=None):
    """A file dialog, opened without a nested event loop: an existing file to open, or (`save`) a
    file to write (`suffix` added when the clerk gives none, `name` proposed). A file to write is
    checked as the command line checks its outputs (`db`: the database in use) before `on_chosen`
    hears of it: refused, the clerk is told why and chooses again."""
    from PySide6.QtWidgets import QFileDialog

    dialog = (_save_dialog_class() if save else QFileDialog)(parent, title, start, filters)
    if save:
        dialog.db, dialog.on_chosen = db, on_chosen
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if name:
            dialog.selectFile(name)
        dialog.fileSelected.connect(dialog.chosen)
    else:
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptOpen)
        dialog.fileSelected.connect(on_chosen)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_folder(parent, title: str, start: str, on_chosen):
    """A folder dialog, opened without a nested event loop."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    dialog.fileSelected.connect(on_chosen)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def search_box(placeholder: str, on_change, delay_ms: int = 250, min_width: int = 220) -> QLineEdit:
    """A list's search: `on_change()` once the clerk stops typing (or presses Enter)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
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


def import_file(page, kind: str, path: str | None = None, title: str | None = None, done=None,
                rows_table: bool = False, profile=None):
    """Import a workbook of `kind` on the window's writer (progress, Cancel); any row error refuses the
    whole file, shown with its row numbers: in a message, or with `rows_table` in a table of the rows
    at fault. Without `path`, ask for the file. `done(result, path)` after it committed (the pages have
    been told already). `profile`: the layout to read a dossier file with (core.imports.run_import)."""
    from PySide6.QtWidgets import QFileDialog

    from core.imports import run_import
    from gui import ops

    title = title or QCoreApplication.translate("Import", "Nhập từ tệp Excel")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(page, title, "", QCoreApplication.translate(
            "Import", "Bảng tính hoặc JSON (*.xlsx *.xls *.ods *.csv *.json)"))
        if not path:
            return None
    ctx = page.ctx
    db, user = ctx.db, ctx.user_name

    def finished(result):
        page.last_import = result
        if done is not None:
            done(result, path)

    # A refused file in a message box (its first problem, the others as details), or in a table of rows.
    failed = None if rows_table else (lambda exc: ops.show_error(page, title, ops.describe(exc)))
    return ops.run(ctx, title, lambda progress: run_import(kind, db, path, user=user, progress=progress,
                                                           profile=profile),
                   parent=page, done=finished, failed=failed)
