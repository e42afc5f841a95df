"""Column widths from the content of a table, measured with the font's own metrics (reportlab's
stringWidth), so that no cell overflows and no word or code is split.

Each column has a narrowest width (its widest word, or its widest line where the text may not wrap:
numbers, dates, codes; the heading may always wrap between words) and a widest (its longest line,
unwrapped). The page width is shared as an HTML table shares it: everything at its widest when that
fits (the room left goes to the columns that wrap), else every column at its narrowest plus the same
share of what its content would still like. When even the narrowest widths do not fit, the caller
tries the next candidate (a smaller font, a landscape page).

    cols = [FitColumn("Mã hồ sơ", codes, wrap=False), FitColumn("Thủ tục", names, wrap=True), ...]
    fit = fit_table(cols, [(PORTRAIT_WIDTH, 10), (LANDSCAPE_WIDTH, 10), (LANDSCAPE_WIDTH, 9)])
    fit.widths, fit.font_size, fit.landscape
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

#: Left plus right padding of a table cell (core.exports.pdf.layout.long_table: 3 + 3 points).
CELL_PADDING = 6.0
#: Room kept beyond the measured text, against rounding in the layout.
SLACK = 1.0

_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, from a per-character cache (reportlab measures TrueType text in pure Python;
    a 2,000-row annex measures each cell once)."""
    table = _CHAR_WIDTHS.setdefault((font, size), {})
    w = 0.0
    for ch in text:
        cw = table.get(ch)
        if cw is None:
            cw = table[ch] = stringWidth(ch, font, size)
        w += cw
    return w


def widest_word(text: str, font: str, size: float) -> float:
    return max((text_width(w, font, size) for w in text.split()), default=0.0)


def widest_line(text: str, font: str, size: float) -> float:
    return max((text_width(line.strip(), font, size) for line in text.split("\n")), default=0.0)


@dataclass
class FitColumn:
    heading: str
    texts: Sequence[str] = ()        # body cells as printed (regular weight)
    wrap: bool = True                # body text may wrap between words
    bold_texts: Sequence[str] = ()   # cells printed in bold (a total row)
    group: str | None = None         # columns of one group get one width (the form's figures)
    grow: bool = True                # False: never wider than its narrowest (the room goes elsewhere)
    header_lines: int | None = None  # at least wide enough for the heading in this many lines

    def bounds(self, size: float, header_size: float | None = None) -> tuple[float, float]:
        """(narrowest, widest) width in points, padding included."""
        hs = header_size or size
        heading = self.heading or ""
        lo = widest_word(heading, fonts.BOLD, hs)
        hi = widest_line(heading, fonts.BOLD, hs)
        if self.header_lines:
            # A heading wraps by words, so its lines are a little longer than an even share.
            lo = max(lo, hi / self.header_lines * 1.2)
        for texts, font in ((self.texts, fonts.REGULAR), (self.bold_texts, fonts.BOLD)):
            for t in texts:
                if not t:
                    continue
                line = widest_line(t, font, size)
                lo = max(lo, widest_word(t, font, size) if self.wrap else line)
                hi = max(hi, line)
        pad = CELL_PADDING + SLACK
        return lo + pad, (max(hi, lo) if self.grow else lo) + pad


@dataclass
class Fit:
    widths: list[float]
    font_size: float
    available: float
    landscape: bool = False
    bounds: list[tuple[float, float]] = field(default_factory=list)


def share(bounds: Sequence[tuple[float, float]], available: float, wraps: Sequence[bool],
          grows: Sequence[bool] | None = None) -> list[float] | None:
    """Widths summing to `available`, each at least its narrowest; None when they cannot fit."""
    lo = sum(b[0] for b in bounds)
    hi = sum(b[1] for b in bounds)
    if lo > available + 1e-6:
        return None
    if hi <= available:
        extra = available - hi
        # The room left goes to every column that may grow, in proportion to its content, so a
        # column of figures keeps a fair share beside a column of long names.
        weights = [b[1] if g else 0.0 for b, g in zip(bounds, grows or [True] * len(bounds))]
        if not any(weights):
            weights = [b[1] for b in bounds]
        total = sum(weights) or 1.0
        return [b[1] + extra * w / total for b, w in zip(bounds, weights)]
    f = (available - lo) / (hi - lo)
    return [b[0] + (b[1] - b[0]) * f for b in bounds]


def _grouped(cols: Sequence[FitColumn], bounds: list[tuple[float, float]]) -> list[tuple[float, float]]:
    groups: dict[str, tuple[float, float]] = {}
    for c, (lo, hi) in zip(cols, bounds):
        if c.group:
            g = groups.get(c.group, (0.0, 0.0))
            groups[c.group] = (max(g[0], lo), max(g[1], hi))
    return [groups[c.group] if c.group else b for c, b in zip(cols, bounds)]


def fit_table(cols: Sequence[FitColumn], candidates: Iterable[tuple[float, float, bool]],
              header_size: float | None = None) -> Fit | None:
    """The first candidate (available width, font size, landscape) where every column gets at least
    its narrowest width, with the widths; None when none does."""
    for available, size, landscape in candidates:
        bounds = _grouped(cols, [c.bounds(size, header_size) for c in cols])
        widths = share(bounds, available, [c.wrap for c in cols], [c.grow for c in cols])
        if widths is not None:
            return Fit(widths, size, available, landscape, bounds)
    return None


__all__ = ["CELL_PADDING", "SLACK", "FitColumn", "Fit", "fit_table", "share", "text_width", "widest_word",
           "widest_line"]
