"""Register the bundled Liberation Serif family with reportlab, once per process.

Liberation Serif is metric-compatible with Times New Roman (the font NĐ 30/2020
asks for) and covers every Vietnamese letter; reportlab's built-in Helvetica
and Times silently drop them. The files ship in the ``resources`` package,
``fonts/`` (SIL OFL 1.1, licence beside them), read through core.resource_path.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core import resource_path

__all__ = [
    "FAMILY",
    "REGULAR",
    "BOLD",
    "ITALIC",
    "BOLD_ITALIC",
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
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # The family lets <b>/<i> in paragraph markup pick the right face.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return FAMILY
