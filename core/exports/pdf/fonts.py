"""Register the bundled Liberation Serif family with reportlab, once per process.

Liberation Serif is metric-compatible with Times New Roman (the font NĐ 30/2020
asks for) and covers every Vietnamese letter; reportlab's built-in Helvetica
and Times silently drop them. The files live in ``<repo>/resources/fonts``
(SIL OFL 1.1, licence beside them).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "FAMILY",
    "REGULAR",
    "BOLD",
    "ITALIC",
    "BOLD_ITALIC",
    "resources_dir",
    "font_dir",
    "register_fonts",
]

#: Family name to use as ``fontName`` in paragraph styles (``<b>``/``<i>`` map to the variants).
FAMILY = "CDSerif"
REGULAR = "CDSerif"
BOLD = "CDSerif-Bold"
ITALIC = "CDSerif-Italic"
BOLD_ITALIC = "CDSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The repository's ``resources/`` folder.

    ``COMMUNEDESK_RESOURCES`` overrides it, and a PyInstaller bundle is looked
    up under ``sys._MEIPASS``, so a packaged build can ship the folder elsewhere.
    """
    env = os.environ.get("COMMUNEDESK_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    # core/exports/pdf/fonts.py -> parents[3] is the repository root
    return Path(__file__).resolve().parents[3] / "resources"


def font_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the four faces and the family; return the family name.

    Safe to call from several threads (exports run in a worker thread) and
    any number of times. Raises ``FileNotFoundError`` naming the missing file
    rather than letting reportlab fall back to a font without Vietnamese.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        folder = font_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # The family lets <b>/<i> in paragraph markup pick the right face.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return FAMILY
