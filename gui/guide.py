"""Trợ giúp → Hướng dẫn sử dụng (F1): the user guide shipped with the program (resources/guide/<lang>/,
one HTML page and its screenshots, read through core.resource), shown in a QTextBrowser: no browser,
no network. On the left its table of contents (the page's h2/h3 headings, each with an id); above, a
search field (Enter finds the next match, Shift+Enter the previous one).

The screenshots are made by `python -m tools.guide_shots` on a generated register (docs/DEVELOPING.md)."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from core import resource_path

CTX = "Guide"
LANGUAGES = ("vi", "en")
HEADING = re.compile(r"<h([23])[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</h\1>", re.S | re.I)
IMAGE = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.I)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def guide_file(lang: str) -> Path:
    """The guide's page in `lang` (Vietnamese for any language it is not written in)."""
    return resource_path("guide", lang if lang in LANGUAGES else "vi", "index.html")


def contents(html: str) -> list[tuple[int, str, str]]:
    """The table of contents of a guide page: (level 2 or 3, anchor, title) of each heading with an id."""
    return [(int(level), anchor, unescape(re.sub(r"<[^>]+>", "", title)).strip())
            for level, anchor, title in HEADING.findall(html)]


def images(html: str) -> list[str]:
    """The images a guide page shows (their paths relative to the page)."""
    return IMAGE.findall(html)


class GuideWindow(QWidget):
    """The guide in a window of its own, beside the main window."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(tr("Hướng dẫn sử dụng CommuneDesk"))
        self.resize(1000, 760)
        self.path = guide_file(lang)
        html = self.path.read_text(encoding="utf-8")

        self.search = QLineEdit(self)
        self.search.setObjectName("guideSearch")
        self.search.setPlaceholderText(tr("Tìm trong hướng dẫn (Enter: tìm tiếp)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(tr("Tìm tiếp"), self)
        self.find_button.clicked.connect(self.find_next)
        self.found = QLabel(self)
        self.found.setObjectName("guideFound")
        self.found.setStyleSheet("color: #8a1c1c;")
        QShortcut(QKeySequence("Shift+Return"), self.search, activated=lambda: self.find_next(backward=True))
        QShortcut(QKeySequence(QKeySequence.Find), self, activated=self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.Close), self, activated=self.close)

        self.toc = QListWidget(self)
        self.toc.setObjectName("guideContents")
        self.toc.setMinimumWidth(220)
        for level, anchor, title in contents(html):
            item = QListWidgetItem(("    " if level == 3 else "") + title)
            item.setData(Qt.UserRole, anchor)
            item.setToolTip(title)
            if level == 2:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.toc.addItem(item)
        self.toc.itemActivated.connect(self._go)
        self.toc.itemClicked.connect(self._go)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # no browser is started; nothing is fetched
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.found)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.toc)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 750])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def anchors(self) -> list[str]:
        return [self.toc.item(i).data(Qt.UserRole) for i in range(self.toc.count())]

    def _go(self, item: QListWidgetItem) -> None:
        self.show_topic(item.data(Qt.UserRole))

    def show_topic(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def find_next(self, _checked=False, backward: bool = False) -> bool:
        """Select the next match of the search text (from the top again after the last one)."""
        text = self.search.text().strip()
        self.found.setText("")
        if not text:
            return False
        flags = QTextDocument.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        self.found.setText(tr("Không thấy \"{text}\"").format(text=text))
        return False


_open: dict[str, GuideWindow] = {}


def show_guide(lang: str, parent=None) -> GuideWindow:
    """Open the guide (or bring its window forward)."""
    window = _open.get(lang)
    try:
        alive = window is not None and window.isWindow()
    except RuntimeError:  # deleted with its parent
        alive = False
    if not alive:
        window = GuideWindow(lang, parent)
        _open[lang] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
