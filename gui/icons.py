"""The window's few icons, drawn as small SVGs here (no image files, nothing to license)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_C = "{color}"
SVG = {
    "dashboard": f'<rect x="3" y="3" width="8" height="8" rx="1.5" fill="{_C}"/><rect x="13" y="3" width="8" height="5" rx="1.5" fill="{_C}"/>'
                 f'<rect x="13" y="10" width="8" height="11" rx="1.5" fill="{_C}"/><rect x="3" y="13" width="8" height="8" rx="1.5" fill="{_C}"/>',
    "dossiers": f'<path d="M3 6a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" fill="{_C}"/>',
    "staff": f'<circle cx="9" cy="8" r="3.5" fill="{_C}"/><path d="M2 20c0-4 3-6.5 7-6.5s7 2.5 7 6.5z" fill="{_C}"/>'
             f'<circle cx="17" cy="9" r="2.6" fill="{_C}" opacity=".7"/><path d="M16 14c3.5 0 6 2 6 5.5h-4.5c0-2.2-.6-4-1.5-5.5z" fill="{_C}" opacity=".7"/>',
    "tasks": f'<rect x="4" y="3" width="16" height="18" rx="2" fill="none" stroke="{_C}" stroke-width="2"/>'
             f'<path d="M7.5 9l1.8 1.8L12.5 7.5M7.5 15l1.8 1.8 3.2-3.3" fill="none" stroke="{_C}" stroke-width="1.8"/>'
             f'<path d="M14 9.5h3M14 15.5h3" stroke="{_C}" stroke-width="1.8"/>',
    "equipment": f'<rect x="2" y="4" width="20" height="13" rx="1.5" fill="none" stroke="{_C}" stroke-width="2"/>'
                 f'<path d="M8 21h8M12 17v4" stroke="{_C}" stroke-width="2"/>',
    "recommendations": f'<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H10l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" fill="{_C}"/>'
                       f'<path d="M7 9h10M7 12.5h6" stroke="#ffffff" stroke-width="1.6"/>',
    "reports": f'<path d="M3 21h18" stroke="{_C}" stroke-width="2"/><rect x="5" y="11" width="3.5" height="8" fill="{_C}"/>'
               f'<rect x="10.25" y="6" width="3.5" height="13" fill="{_C}"/><rect x="15.5" y="13" width="3.5" height="6" fill="{_C}"/>',
    "settings": f'<circle cx="12" cy="12" r="6.2" fill="none" stroke="{_C}" stroke-width="3.2" stroke-dasharray="3.2 1.67"/>'
                f'<circle cx="12" cy="12" r="4" fill="none" stroke="{_C}" stroke-width="2"/>',
    "warning": '<path d="M12 2.5L22.5 21h-21z" fill="#c62828"/><path d="M12 9v6" stroke="#fff" stroke-width="2.4"/>'
               '<circle cx="12" cy="18" r="1.4" fill="#fff"/>',
    "clock": '<circle cx="12" cy="12" r="9.5" fill="#ef8f00"/><path d="M12 6.5V12l3.5 2.5" fill="none" stroke="#fff" stroke-width="2.2"/>',
    "pause": '<circle cx="12" cy="12" r="9.5" fill="#5c6bc0"/><path d="M9.5 8v8M14.5 8v8" stroke="#fff" stroke-width="2.4"/>',
    "add": f'<path d="M12 4v16M4 12h16" stroke="{_C}" stroke-width="2.6"/>',
    "print": f'<rect x="6" y="3" width="12" height="5" fill="{_C}"/><rect x="3" y="9" width="18" height="8" rx="1.5" fill="{_C}"/>'
             f'<rect x="7" y="14" width="10" height="7" fill="#ffffff" stroke="{_C}" stroke-width="1.5"/>',
    "import": f'<path d="M12 3v11M7.5 9.5L12 14l4.5-4.5" fill="none" stroke="{_C}" stroke-width="2.2"/>'
              f'<path d="M4 15v5h16v-5" fill="none" stroke="{_C}" stroke-width="2.2"/>',
    "export": f'<path d="M12 14V3M7.5 7.5L12 3l4.5 4.5" fill="none" stroke="{_C}" stroke-width="2.2"/>'
              f'<path d="M4 15v5h16v-5" fill="none" stroke="{_C}" stroke-width="2.2"/>',
}


def _pixmap(name: str, color: str, size: int, scale: int) -> QPixmap:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{SVG[name].replace(_C, color)}</svg>'
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pm = QPixmap(size * scale, size * scale)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    renderer.render(p, QRectF(0, 0, size * scale, size * scale))
    p.end()
    pm.setDevicePixelRatio(scale)
    return pm


@lru_cache(maxsize=None)
def icon(name: str, color: str = "#37474f", size: int = 24, selected: str | None = "#ffffff") -> QIcon:
    """The icon `name`; drawn in `selected` colour when its item is selected (navigation, menus)."""
    if name not in SVG:
        return QIcon()
    out = QIcon()
    for scale in (1, 2):
        out.addPixmap(_pixmap(name, color, size, scale), QIcon.Normal)
        if selected and _C in SVG[name]:
            out.addPixmap(_pixmap(name, selected, size, scale), QIcon.Selected)
    return out
