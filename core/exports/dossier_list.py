"""The dossier list as the clerk filtered and sorted it, written to an Excel workbook.

Streams the rows in keyset windows (never the whole register in memory) into XlsxWriter's
constant-memory mode, through a temporary file renamed at the end (core.files.atomic_path).
The columns are those of `import dossiers`, so the file can be edited and imported back.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.db import transaction
from core.dossier_queries import KEYSET_SORTS, DossierFilter, Sort, count_dossiers, fetch_rows, sort_key_of
from core.errors import Cancelled
from core.files import atomic_path
from core.vocab import CHANNEL, DOSSIER_STATUS

HEADERS = ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
           "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái", "Ngày yêu cầu bổ sung"]
WIDTHS = [6, 20, 48, 16, 24, 12, 17, 12, 14, 22, 14, 14]
WINDOW = 5000


def _text(value: str | None) -> str:
    """Cells are written as strings (write_string): a value starting with "=" stays text."""
    return value or ""


def write_dossier_list(db, path, spec: DossierFilter = DossierFilter(), sort: Sort = Sort(), *,
                       progress=None) -> int:
    """Write every dossier matching `spec`, in `sort` order; returns how many rows were written.
    `progress(done, total)` may raise core.errors.Cancelled (nothing is left behind)."""
    import xlsxwriter

    path = Path(path)
    with transaction(db.sessions, write=False) as s:
        total = count_dossiers(s, spec)
    written = 0
    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
        ws = wb.add_worksheet("Hồ sơ")
        head = wb.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True,
                              "valign": "vcenter"})
        day = wb.add_format({"num_format": "dd/mm/yyyy"})
        moment = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
        for col, (title, width) in enumerate(zip(HEADERS, WIDTHS)):
            ws.set_column(col, col, width)
            ws.write_string(0, col, title, head)
        ws.freeze_panes(1, 0)
        position = None
        offset = 0
        while True:
            with transaction(db.sessions, write=False) as s:
                if position is not None and sort.key in KEYSET_SORTS:
                    rows = fetch_rows(s, spec, sort, after=position, limit=WINDOW)
                else:
                    rows = fetch_rows(s, spec, sort, offset=offset, limit=WINDOW)
            if not rows:
                break
            for r in rows:
                written += 1
                n = written
                ws.write_number(n, 0, n)
                ws.write_string(n, 1, _text(r.code))
                ws.write_string(n, 2, _text(r.procedure_name))
                ws.write_string(n, 3, _text(r.field))
                ws.write_string(n, 4, _text(r.applicant_name))
                ws.write_string(n, 5, CHANNEL.label(r.channel))
                if r.received_at:
                    ws.write_datetime(n, 6, r.received_at, moment)
                ws.write_datetime(n, 7, datetime.combine(r.due_date, datetime.min.time()), day)
                if r.completed_date:
                    ws.write_datetime(n, 8, datetime.combine(r.completed_date, datetime.min.time()), day)
                ws.write_string(n, 9, _text(r.handler_name))
                ws.write_string(n, 10, DOSSIER_STATUS.label(r.status))
                if r.supplement_requested_date:
                    ws.write_datetime(n, 11, datetime.combine(r.supplement_requested_date, datetime.min.time()), day)
            position = sort_key_of(rows[-1], sort)
            offset += len(rows)
            if progress:
                try:
                    progress(written, total)
                except Cancelled:
                    wb.close()
                    raise
            if len(rows) < WINDOW:
                break
        ws.autofilter(0, 0, max(written, 1), len(HEADERS) - 1)
        wb.close()
    return written
