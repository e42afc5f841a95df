"""Printing a counter slip from the window: core writes the PDF (core.slips) into the slips folder,
and the window's print preview shows it (gui.printing), from which the clerk prints through the
system's print dialog, opens its folder or another viewer. A failure is shown, never raised."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from core.errors import CommuneDeskError
from core.slips import write_dossier_slip
from gui.desktop import slips_folder
from gui.messages import error_text
from gui.ops import show_error

CTX = "Slips"
SLIP_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("Slips", "Giấy tiếp nhận, hẹn trả (Mẫu 01)"),
    "supplement": QT_TRANSLATE_NOOP("Slips", "Phiếu yêu cầu bổ sung (Mẫu 02)"),
    "refusal": QT_TRANSLATE_NOOP("Slips", "Phiếu từ chối tiếp nhận (Mẫu 03)"),
    "apology": QT_TRANSLATE_NOOP("Slips", "Phiếu xin lỗi, hẹn lại (Mẫu 04)"),
    "stop": QT_TRANSLATE_NOOP("Slips", "Thông báo dừng giải quyết (Mẫu 05)"),
    "control": QT_TRANSLATE_NOOP("Slips", "Phiếu kiểm soát (Mẫu 06)"),
}


def slip_label(kind: str) -> str:
    return QCoreApplication.translate(CTX, SLIP_LABELS[kind])


def officer_name(ctx) -> str | None:
    user = ctx.user
    return getattr(user, "full_name", None) or getattr(user, "name", None) or (user if isinstance(user, str) else None)


def produce_slip(ctx, dossier_id: int, kind: str, parent=None) -> Path | None:
    """Write the slip of `kind` for the dossier and show its print preview; returns its path (None on
    failure)."""
    try:
        with ctx.read() as s:
            path = write_dossier_slip(s, dossier_id, kind, slips_folder(), officer_name=officer_name(ctx))
    except (CommuneDeskError, OSError) as exc:
        show_error(parent, QCoreApplication.translate(CTX, "Không in được phiếu"), error_text(exc))
        return None
    from gui.printing import preview_pdf

    preview_pdf(parent, path, slip_label(kind))
    return path


def slips_menu(ctx, dossier_id: int, parent) -> "QMenu":
    """A menu of the slips this dossier can have printed now (core.slips.available_slips), each
    opening its print preview."""
    from PySide6.QtWidgets import QMenu

    from core.dossiers import get_dossier
    from core.slips import available_slips

    with ctx.read() as s:
        kinds = available_slips(get_dossier(s, dossier_id))
    menu = QMenu(QCoreApplication.translate(CTX, "In phiếu"), parent)
    menu.setObjectName("slipsMenu")
    for kind in SLIP_LABELS:
        if kind in kinds:
            action = menu.addAction(slip_label(kind) + "…")
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: produce_slip(ctx, dossier_id, k, parent))
    return menu
