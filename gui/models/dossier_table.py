"""The dossier list's table model: a window onto the register, never the register itself.

The model knows the filter, the sort order and the count (one SQL COUNT); rows are read in blocks
when the view paints them, through core.dossier_queries: a block next to one already read is fetched
by keyset (the rows after or before it), any other by OFFSET (read from the end for the second half).
At most MAX_BLOCKS blocks are kept. A search matching few dossiers is listed from its ids instead
(core.dossier_queries.search_ids). Sorting and filtering happen in SQL, nothing is sorted here.

Each column is declared once (Calibre's column accessors, gui.widgets.table.Col): its header, core's
sort key, its width, and how it reads its text, colour, icon and tooltip from a row's `Entry` (the
row, its deadline state, today, the language). Only the overdue and due-soon background is the row's.
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
from core.vocab import CHANNEL, CLOSING_RESULT, DOSSIER_STATUS
from gui.icons import icon
from gui.widgets.table import CENTER, Col

CTX = "DossierTable"
ID_ROLE = Qt.UserRole
STATE_ROLE = Qt.UserRole + 1

OVERDUE_BRUSH = QBrush(QColor("#fde7e7"))
OVERDUE_FG_BRUSH = QBrush(QColor("#b71c1c"))
SOON_BRUSH = QBrush(QColor("#fff3dc"))
MUTED_BRUSH = QBrush(QColor("#607d8b"))
_DISPLAY, _TOOLTIP, _DECORATION = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.DecorationRole)
_BACKGROUND, _FOREGROUND, _ALIGN = int(Qt.BackgroundRole), int(Qt.ForegroundRole), int(Qt.TextAlignmentRole)
_ID, _STATE = int(ID_ROLE), int(STATE_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _DECORATION, _BACKGROUND, _FOREGROUND, _ALIGN, _ID, _STATE))


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class Entry:
    """One row of the list as its columns read it: computed once per read, texts included."""

    __slots__ = ("row", "state", "today", "lang", "texts")

    def __init__(self, row: DossierRow, state: DeadlineState, today: date, lang: str):
        self.row, self.state, self.today, self.lang = row, state, today, lang
        self.texts = tuple(col.get(self) for col in COLUMNS)


def _colour(overdue: bool = False, late: bool = False):
    """Red when overdue (or closed late), grey once the dossier is closed or was refused at the counter."""
    def colour(e: Entry):
        if (overdue and e.state.overdue) or (late and e.state.closed_late):
            return OVERDUE_FG_BRUSH
        return MUTED_BRUSH if e.row.completed_date is not None or e.state.not_received else None
    return colour


def _code_icon(e: Entry):
    if e.state.overdue:
        return icon("warning", size=16)
    if e.state.due_soon:
        return icon("clock", size=16)
    if e.row.status == "awaiting_supplement":
        return icon("pause", size=16)
    return None


def _deadline_tip(e: Entry) -> str | None:
    r, state = e.row, e.state
    if state.overdue:
        return tr("Quá hạn {n} ngày (hạn trả {due})").format(n=(e.today - r.due_date).days, due=fmt_date(r.due_date))
    if state.due_soon:
        return tr("Sắp đến hạn: {due}").format(due=fmt_date(r.due_date))
    if r.status == "awaiting_supplement":
        return tr("Chờ bổ sung từ {day}: thời hạn tạm dừng").format(
            day=fmt_date(r.supplement_requested_date or r.received_at))
    if state.closed_late:
        return tr("Trả muộn {n} ngày").format(n=(r.completed_date - r.due_date).days)
    return None


def _code_tip(e: Entry) -> str | None:
    """The deadline's note, and the provincial system's code of a dossier taken in here (offline)
    and given one later: a clerk reconciling the two finds it without opening the dossier."""
    tips = [t for t in (_deadline_tip(e), e.row.official_code and tr("Mã trên hệ thống: {code}").format(
        code=e.row.official_code)) if t]
    return "\n".join(tips) or None


def _received(e: Entry) -> str:
    at = e.row.received_at
    return f"{fmt_date(at)} {at:%H:%M}" if at else ""


# key (core.dossier_queries.SORTS), title (translated when shown), width, and the accessors.
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DossierTable", "Mã hồ sơ"), lambda e: e.row.code, key="code", width=196, align=None,
        foreground=_colour(overdue=True), decoration=_code_icon, tip=_code_tip),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Ngày nhận"), _received, key="received", width=124, align=CENTER,
        foreground=_colour()),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Người nộp"), lambda e: e.row.applicant_name or "", key="applicant",
        width=140, align=None, foreground=_colour()),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Thủ tục"), lambda e: e.row.procedure_name, key="procedure", width=200,
        align=None, foreground=_colour(), tip=lambda e: e.row.procedure_name),  # takes the width left
    Col(QT_TRANSLATE_NOOP("DossierTable", "Lĩnh vực"), lambda e: e.row.field, key="field", width=100, align=None,
        foreground=_colour()),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Kênh nộp"), lambda e: CHANNEL.label(e.row.channel, e.lang), key="channel",
        width=80, align=None, foreground=_colour()),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Cán bộ xử lý"), lambda e: e.row.handler_name or "", key="handler",
        width=136, align=None, foreground=_colour()),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Hạn trả"),
        lambda e: "" if e.state.not_received else fmt_date(e.row.due_date), key="due", width=82,
        align=CENTER, foreground=_colour(overdue=True, late=True), tip=_deadline_tip),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Ngày trả"), lambda e: fmt_date(e.row.completed_date), key="completed",
        width=82, align=CENTER, foreground=_colour(late=True)),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Trạng thái"), lambda e: DOSSIER_STATUS.label(e.row.status, e.lang),
        key="status", width=98, align=None, tip=_deadline_tip),
    Col(QT_TRANSLATE_NOOP("DossierTable", "Kết quả"),
        lambda e: CLOSING_RESULT.label(e.state.result, e.lang) if e.state.result else "", key="result", width=86,
        align=None, foreground=_colour(late=True), tip=_deadline_tip),
]
COLUMN_KEYS = [c.key for c in COLUMNS]


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
        self._entries: dict[int, Entry] = {}
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
            return tr(COLUMNS[section].title)
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = COLUMN_KEYS[column]
        descending = order == Qt.DescendingOrder
        if (key, descending) != (self.sort_order.key, self.sort_order.descending):
            self.set_sort(key, descending)

    def _entry(self, i: int) -> Entry | None:
        """List row i as its columns read it, computed once per read."""
        r = self.row(i)
        if r is None:
            return None
        entry = self._entries.get(r.id)
        if entry is None or entry.row is not r:
            entry = Entry(r, self.state(r), self.today, self.ctx.lang)
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
        column = index.column()
        if role == _DISPLAY:
            return entry.texts[column]
        if role == _ID:
            return entry.row.id
        if role == _STATE:
            return entry.state
        if role == _BACKGROUND:
            if entry.state.overdue:
                return OVERDUE_BRUSH
            return SOON_BRUSH if entry.state.due_soon else None
        col = COLUMNS[column]
        if role == _ALIGN:
            return col.align
        accessor = {_FOREGROUND: col.foreground, _DECORATION: col.decoration, _TOOLTIP: col.tip}[role]
        return accessor(entry) if accessor is not None else None
