"""The dossier list's table model: a window onto the register, never the register itself.

The model knows the filter, the sort order and the count (one SQL COUNT); rows are read in blocks
when the view paints them, through core.dossier_queries: a block next to one already read is fetched
by keyset (the rows after or before it), any other by OFFSET (read from the end for the second half).
At most MAX_BLOCKS blocks are kept. A search matching few dossiers is listed from its ids instead
(core.dossier_queries.search_ids). Sorting and filtering happen in SQL, nothing is sorted here.
"""
from __future__ import annotations

import sys
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from core.calendar import WorkCalendar
from core.dossier_queries import (KEYSET_SORTS, DeadlineState, DossierFilter, DossierRow, Sort, count_dossiers,
                                  deadline_state, due_soon_horizon, fetch_rows, rows_by_ids, search_ids, sort_key_of)
from core.formatting import fmt_date
from core.vocab import CHANNEL, DOSSIER_STATUS
from gui.icons import icon

CTX = "DossierTable"
# key (core.dossier_queries.SORTS), title, default width
COLUMNS = [
    ("code", QT_TRANSLATE_NOOP("DossierTable", "Mã hồ sơ"), 148),
    ("received", QT_TRANSLATE_NOOP("DossierTable", "Ngày nhận"), 124),
    ("applicant", QT_TRANSLATE_NOOP("DossierTable", "Người nộp"), 140),
    ("procedure", QT_TRANSLATE_NOOP("DossierTable", "Thủ tục"), 200),  # takes the width left
    ("field", QT_TRANSLATE_NOOP("DossierTable", "Lĩnh vực"), 100),
    ("channel", QT_TRANSLATE_NOOP("DossierTable", "Kênh nộp"), 80),
    ("handler", QT_TRANSLATE_NOOP("DossierTable", "Cán bộ xử lý"), 136),
    ("due", QT_TRANSLATE_NOOP("DossierTable", "Hạn trả"), 82),
    ("completed", QT_TRANSLATE_NOOP("DossierTable", "Ngày trả"), 82),
    ("status", QT_TRANSLATE_NOOP("DossierTable", "Trạng thái"), 98),
]
COLUMN_KEYS = [c[0] for c in COLUMNS]
ID_ROLE = Qt.UserRole
STATE_ROLE = Qt.UserRole + 1

OVERDUE_BRUSH = QBrush(QColor("#fde7e7"))
OVERDUE_FG_BRUSH = QBrush(QColor("#b71c1c"))
SOON_BRUSH = QBrush(QColor("#fff3dc"))
MUTED_BRUSH = QBrush(QColor("#607d8b"))
CENTER = int(Qt.AlignCenter)
_DISPLAY, _TOOLTIP, _DECORATION = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.DecorationRole)
_BACKGROUND, _FOREGROUND, _ALIGN = int(Qt.BackgroundRole), int(Qt.ForegroundRole), int(Qt.TextAlignmentRole)
_ID, _STATE = int(ID_ROLE), int(STATE_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _DECORATION, _BACKGROUND, _FOREGROUND, _ALIGN, _ID, _STATE))


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class DossierTableModel(QAbstractTableModel):
    # The number of matching dossiers after each (re)load.
    count_changed = Signal(int)

    BLOCK_KEYSET = 200  # rows per read when the sort has an index (cheap reads)
    BLOCK_OFFSET = 1000  # rows per read for the other sorts (each read sorts the matches once)
    MAX_BLOCKS = 60

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = DossierFilter()
        self.sort_order = Sort("received", True)
        self.total = 0
        self.ids: list[int] | None = None  # search mode: every matching id, in list order
        self.blocks: OrderedDict[int, list[DossierRow]] = OrderedDict()
        self.today = date.today()
        self.horizon = self.today
        self.calendar: WorkCalendar | None = None
        self._entries: dict[int, tuple] = {}
        self.reads = 0  # how many block reads (for tests and the benchmark)
        self.failed: str | None = None

    # ------------------------------------------------------------------ loading
    @property
    def block_size(self) -> int:
        if self.ids is not None or self.sort_order.key in KEYSET_SORTS:
            return self.BLOCK_KEYSET
        return self.BLOCK_OFFSET

    def set_filter(self, spec: DossierFilter) -> None:
        self.spec = spec
        self.reload()

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort_order = Sort(key, descending)
        self.reload()

    def reload(self) -> None:
        """Count again and forget the rows read (after a filter change or an edit)."""
        self.beginResetModel()
        self.blocks.clear()
        self._entries.clear()
        self.failed = None
        self.today = date.today()
        try:
            with self.ctx.read() as s:
                self.calendar = WorkCalendar.from_session(s)
                self.horizon = due_soon_horizon(self.today, self.calendar)
                spec = self.spec.with_(today=self.today)
                self.ids = search_ids(s, spec, self.sort_order, calendar=self.calendar) if spec.search else None
                self.total = len(self.ids) if self.ids is not None else count_dossiers(s, spec, self.calendar)
        except Exception as exc:  # the list must survive a lost connection; say so instead
            print(f"dossier list: {type(exc).__name__}: {exc}", file=sys.stderr)
            self.failed = f"{type(exc).__name__}: {exc}"
            self.total, self.ids = 0, None
        self.endResetModel()
        self.count_changed.emit(self.total)

    def _load(self, block: int) -> list[DossierRow]:
        size = self.block_size
        start = block * size
        spec = self.spec.with_(today=self.today)
        srt = self.sort_order
        with self.ctx.read() as s:
            if self.ids is not None:
                rows = rows_by_ids(s, self.ids[start:start + size])
            elif srt.key in KEYSET_SORTS and block - 1 in self.blocks and self.blocks[block - 1]:
                rows = fetch_rows(s, spec, srt, after=sort_key_of(self.blocks[block - 1][-1], srt), limit=size,
                                  calendar=self.calendar)
            elif srt.key in KEYSET_SORTS and block + 1 in self.blocks and self.blocks[block + 1]:
                rows = fetch_rows(s, spec, srt, before=sort_key_of(self.blocks[block + 1][0], srt), limit=size,
                                  calendar=self.calendar)
            else:
                rows = fetch_rows(s, spec, srt, offset=start, limit=size, total=self.total, calendar=self.calendar)
        self.reads += 1
        expected = max(0, min(size, self.total - start))
        if len(rows) != expected:
            # The register changed under the list (another clerk, an import): read it afresh.
            QTimer.singleShot(0, self.reload)
        self.blocks[block] = rows
        while len(self.blocks) > self.MAX_BLOCKS:
            self.blocks.popitem(last=False)
        return rows

    def row(self, i: int) -> DossierRow | None:
        if i < 0 or i >= self.total:
            return None
        size = self.block_size
        block = i // size
        rows = self.blocks.get(block)
        if rows is None:
            try:
                rows = self._load(block)
            except Exception as exc:
                print(f"dossier list: {type(exc).__name__}: {exc}", file=sys.stderr)
                return None
        else:
            self.blocks.move_to_end(block)
        offset = i - block * size
        return rows[offset] if offset < len(rows) else None

    def row_id(self, i: int) -> int | None:
        r = self.row(i)
        return r.id if r else None

    def position_of(self, dossier_id: int) -> int | None:
        """The row of a dossier among the rows already read (None if it is not in them)."""
        if self.ids is not None:
            try:
                return self.ids.index(dossier_id)
            except ValueError:
                return None
        size = self.block_size
        for block, rows in self.blocks.items():
            for n, r in enumerate(rows):
                if r.id == dossier_id:
                    return block * size + n
        return None

    def state(self, r: DossierRow) -> DeadlineState:
        return deadline_state(r, self.today, self.horizon)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = COLUMN_KEYS[column]
        descending = order == Qt.DescendingOrder
        if (key, descending) != (self.sort_order.key, self.sort_order.descending):
            self.set_sort(key, descending)

    def _entry(self, i: int):
        """(row, its deadline state, its texts) of list row i, computed once per read."""
        r = self.row(i)
        if r is None:
            return None
        entry = self._entries.get(r.id)
        if entry is None or entry[0] is not r:
            entry = (r, self.state(r), tuple(self._text(r, k) for k in COLUMN_KEYS))
            if len(self._entries) > 4 * self.MAX_BLOCKS * self.BLOCK_KEYSET:
                self._entries.clear()
            self._entries[r.id] = entry
        return entry

    def data(self, index, role=Qt.DisplayRole):
        # Roles compared as ints: the view asks for a dozen roles per visible cell on every paint.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        entry = self._entry(index.row())
        if entry is None:
            return None
        r, state, texts = entry
        column = index.column()
        if role == _DISPLAY:
            return texts[column]
        key = COLUMN_KEYS[column]
        if role == _ID:
            return r.id
        if role == _STATE:
            return state
        if role == _ALIGN:
            return CENTER if key in ("received", "due", "completed") else None
        if role == _BACKGROUND:
            if state.overdue:
                return OVERDUE_BRUSH
            if state.due_soon:
                return SOON_BRUSH
            return None
        if role == _FOREGROUND:
            if key in ("due", "code") and state.overdue:
                return OVERDUE_FG_BRUSH
            if key in ("due", "completed") and state.closed_late:
                return OVERDUE_FG_BRUSH
            if r.completed_date is not None and key != "status":
                return MUTED_BRUSH
            return None
        if role == _DECORATION:
            if key != "code":
                return None
            if state.overdue:
                return icon("warning", size=16)
            if state.due_soon:
                return icon("clock", size=16)
            if r.status == "awaiting_supplement":
                return icon("pause", size=16)
            return None
        if role == _TOOLTIP:
            return self._tooltip(r, key, state)
        return None

    def _text(self, r: DossierRow, key: str) -> str:
        lang = self.ctx.lang
        if key == "code":
            return r.code
        if key == "received":
            return f"{fmt_date(r.received_at)} {r.received_at:%H:%M}" if r.received_at else ""
        if key == "applicant":
            return r.applicant_name or ""
        if key == "procedure":
            return r.procedure_name
        if key == "field":
            return r.field
        if key == "channel":
            return CHANNEL.label(r.channel, lang)
        if key == "handler":
            return r.handler_name or ""
        if key == "due":
            return fmt_date(r.due_date)
        if key == "completed":
            return fmt_date(r.completed_date)
        if key == "status":
            return DOSSIER_STATUS.label(r.status, lang)
        return ""

    def _tooltip(self, r: DossierRow, key: str, state: DeadlineState) -> str | None:
        if key == "procedure":
            return r.procedure_name
        if key in ("code", "due", "status"):
            if state.overdue:
                return tr("Quá hạn {n} ngày (hạn trả {due})").format(n=(self.today - r.due_date).days,
                                                                      due=fmt_date(r.due_date))
            if state.due_soon:
                return tr("Sắp đến hạn: {due}").format(due=fmt_date(r.due_date))
            if r.status == "awaiting_supplement":
                return tr("Chờ bổ sung từ {day}: thời hạn tạm dừng").format(
                    day=fmt_date(r.supplement_requested_date or r.received_at))
            if state.closed_late:
                return tr("Trả muộn {n} ngày").format(n=(r.completed_date - r.due_date).days)
        return None
