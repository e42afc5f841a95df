"""The user guide's screenshots (resources/guide/<lang>/img/*.png), taken from the real window on a
generated register:

    python -m tools.guide_shots                 # both languages, into resources/guide
    xvfb-run -a python -m tools.guide_shots --lang en

It makes a demo database in a temporary folder (core.demo_data, the clock stopped on GUIDE_DAY so the
pictures are the same every time), opens the main window in the language asked, drives it as a clerk
would (the register, an intake, a dossier's actions, a slip's print preview, the month's return and its
preview, the mapping of a new import layout, the backups) and saves each window as a small PNG (256
colours). Without a display Qt's offscreen platform is used; under Xvfb the fonts are the desktop's.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

GUIDE_DAY = date(2026, 12, 2)
SIZE = (1280, 800)  # the window's default size
ROOT = Path(__file__).resolve().parent.parent
# Every picture the guides show, in the order they are taken.
SHOTS = ("dossiers", "intake", "dossier", "slip-preview", "reports", "return-preview", "import-mapping",
         "backup", "restore")


def _settle(app, seconds: float = 0.6) -> None:
    from gui import ops

    ops.runner().wait_idle(120, events=True)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget, out: Path) -> Path:
    """The widget's window as a PNG of 256 colours (a screenshot of a window compresses well so)."""
    from PIL import Image

    out.parent.mkdir(parents=True, exist_ok=True)
    raw = out.with_suffix(".raw.png")
    if not widget.window().grab().save(str(raw), "PNG"):
        raise SystemExit(f"error: cannot write {raw}")
    with Image.open(raw) as image:
        image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    raw.unlink()
    print(out, file=sys.stderr)
    return out


def _mapping_file(folder: Path) -> Path:
    """A register in a layout never seen (another district's spreadsheet), for the mapping dialog."""
    import csv

    path = folder / "so-theo-doi-huyen.csv"
    rows = [["Số hồ sơ", "Tên TTHC", "Người đề nghị", "Ngày nhận HS", "Hẹn trả", "Kết quả"],
            ["TD-2611-001", "Đăng ký khai sinh", "Lò Văn Pấu", "03/11/2026", "04/11/2026", "Đã trả kết quả"],
            ["TD-2611-002", "Chứng thực bản sao từ bản chính", "Hà Thị Sen", "03/11/2026", "03/11/2026",
             "Đã trả kết quả"],
            ["TD-2611-003", "Đăng ký kết hôn", "Vàng A Dơ", "04/11/2026", "09/11/2026", "Đang giải quyết"]]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def take(lang: str, out: Path, work: Path) -> list[Path]:
    """Every picture of the guide in `lang`, into `out`."""
    from PySide6.QtWidgets import QApplication

    from core import clock
    from core.commune import init_database
    from core.demo_data import add_registers, generate
    from gui import i18n
    from gui.app import make_app
    from gui.context import AppContext
    from gui.main_window import MainWindow

    clock.freeze(datetime.combine(GUIDE_DAY, datetime.min.time()).replace(hour=10))
    db_path = work / f"guide-{lang}.sqlite"
    db = init_database(str(db_path), "Xã Thượng Tín", "Thành phố Hà Nội")
    from core.backup import set_backup_folder
    from core.db import transaction

    with transaction(db.sessions) as s:  # the backups the pictures cause stay in the temporary folder
        set_backup_folder(s, work / "backups")
    add_registers(db)
    generate(db, 1500, months=14, seed=7)
    app = make_app()
    from gui import prefs
    from gui.desktop import REMEMBERED

    prefs.put("slips/folder", str(work / "slips"))
    for key in REMEMBERED.values():
        (work / "files").mkdir(exist_ok=True)
        prefs.put(key, str(work / "files"))
    i18n.install(lang)
    ctx = AppContext(db, lang=lang)
    window = MainWindow(ctx, remember=False)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def shot(name: str, widget) -> None:
        _settle(app)
        written.append(_save(widget, out / f"{name}.png"))

    # The counter: the register, an intake, a dossier's actions, a slip's preview.
    page = window.show_page("dossiers")
    shot("dossiers", window)
    from gui.dialogs.dossier_form import DossierForm

    intake = DossierForm(ctx, None, window, now=clock.now())
    intake.resize(*SIZE)
    intake.proc_edit.setText("Đăng ký khai sinh")
    intake._proc_typed()
    intake.name.setText("Nguyễn Thị Hường")
    intake.id_number.setText("001185012345")
    intake.phone.setText("0912 345 678")
    intake.address.setText("Thôn Nhân Hiền, xã Thượng Tín")
    intake.show()
    shot("intake", intake)
    intake.close()
    with ctx.read() as s:
        from sqlalchemy import select

        from core.models import Dossier

        open_id = s.scalar(select(Dossier.id).where(Dossier.status == "in_progress",
                                                    Dossier.handler_id.is_not(None)).order_by(Dossier.id.desc()))
    form = DossierForm(ctx, open_id, window)
    form.resize(SIZE[0], 760)
    form.show()
    shot("dossier", form)
    form.print_slip("receipt")
    _settle(app, 1.5)
    preview = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "printPreview" and w.isVisible())
    preview.resize(900, 760)
    shot("slip-preview", preview)
    preview.close()
    form.close()

    # The month's return: the page on last month, then its print preview.
    reports = window.show_page("reports")
    from core.returns import Period

    reports.set_period(Period.month(2026, 11))
    shot("reports", window)
    reports.print_return()
    _settle(app, 2.0)
    preview = reports.print_preview
    preview.resize(900, 760)
    shot("return-preview", preview)
    preview.close()

    # Imports: a layout never seen opens the mapping dialog.
    from gui.dialogs.import_mapping import MappingDialog

    mapping = MappingDialog(ctx, _mapping_file(work), window)
    mapping.resize(*SIZE)
    mapping.show()
    shot("import-mapping", mapping)
    mapping.close()

    # Backups and restore.
    settings_page = window.show_page("settings")
    settings_page.tabs.setCurrentWidget(settings_page.backup_tab)
    settings_page.backup_tab.take_backup()
    _settle(app, 1.0)
    settings_page.backup_tab.refresh()
    shot("backup", window)
    restore = settings_page.backup_tab.open_restore()
    restore.resize(900, 560)
    shot("restore", restore)
    restore.close()

    window.close()
    del page
    clock.freeze(None)
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en", "both"), default="both")
    p.add_argument("--out", type=Path, default=ROOT / "resources" / "guide",
                   help="the guide's folder (pictures go into <out>/<lang>/img)")
    args = p.parse_args(argv)
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    languages = ("vi", "en") if args.lang == "both" else (args.lang,)
    with tempfile.TemporaryDirectory(prefix="communedesk-guide-") as tmp:
        work = Path(tmp)
        # The clerk's preferences and folders are left alone: the pictures' files go to the temporary folder.
        os.environ["COMMUNEDESK_SETTINGS"] = str(work / "prefs.ini")
        os.environ["COMMUNEDESK_NO_OPEN"] = "1"
        for lang in languages:
            take(lang, args.out / lang / "img", work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
