"""The baselines: the same work done with the raw libraries, written plainly (no CommuneDesk code).

Nothing here imports `core`: `python bench/raw.py report DB YYYY-MM OUT` is the baseline of the
`report --json` command as a whole process.
"""
from __future__ import annotations

import calendar
import json
import sqlite3
import sys
from datetime import date, datetime

FIGURES = ("carried_over", "received", "received_online", "received_direct", "received_postal", "completed",
           "completed_early", "completed_on_time", "completed_late", "pending", "pending_within",
           "pending_overdue")

# One statement, three index ranges: the month's receipts (received_date), every closing from the
# first day on (completed_date >= F: the month's closings and those after it) and the open
# dossiers (completed_date IS NULL). Carried-over and pending dossiers are among the last two.
# INDEXED BY says which range each part walks: left to itself, SQLite (no statistics) walks the
# whole field index to save the GROUP BY sort, as it did to the application's own queries.
HAND_SQL = """
SELECT 'r', field, count(*), sum(channel = 'online'), sum(channel = 'direct'), sum(channel = 'postal'),
       0, 0, 0, 0, 0, 0
  FROM dossier INDEXED BY ix_dossier_received WHERE received_date BETWEEN :f AND :t GROUP BY field
UNION ALL
SELECT 'c', field,
       sum(completed_date <= :t),
       sum(completed_date <= :t AND completed_date < due_date),
       sum(completed_date <= :t AND completed_date = due_date),
       sum(completed_date <= :t AND completed_date > due_date),
       sum(completed_date <= :t AND status = 'rejected'),
       sum(completed_date <= :t AND status = 'withdrawn'),
       sum(received_date < :f),
       sum(completed_date > :t AND received_date <= :t),
       sum(completed_date > :t AND received_date <= :t AND due_date < :t),
       0
  FROM dossier INDEXED BY ix_dossier_completed WHERE completed_date >= :f GROUP BY field
UNION ALL
SELECT 'o', field, 0, 0, 0, 0, 0, 0,
       sum(received_date < :f),
       sum(received_date <= :t),
       sum(received_date <= :t AND due_date < :t
           AND NOT (status = 'awaiting_supplement' AND coalesce(supplement_requested_date, received_date) <= :t)),
       0
  FROM dossier INDEXED BY ix_dossier_completed WHERE completed_date IS NULL GROUP BY field
"""


def month_bounds(month: str) -> tuple[str, str]:
    y, m = (int(x) for x in month.split("-"))
    return date(y, m, 1).isoformat(), date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def hand_figures(conn: sqlite3.Connection, f: str, t: str) -> tuple[dict[str, dict], int, int]:
    """The month's dossier figures by field with one hand-written SQL aggregate."""
    by_field: dict[str, dict] = {}
    rejected = withdrawn = 0
    for part, field, *v in conn.execute(HAND_SQL, {"f": f, "t": t}):
        b = by_field.get(field)
        if b is None:
            b = by_field[field] = dict.fromkeys(FIGURES, 0)
        if part == "r":
            b["received"], b["received_online"], b["received_direct"], b["received_postal"] = v[:4]
        elif part == "c":
            b["completed"] += v[0]
            b["completed_early"] += v[1]
            b["completed_on_time"] += v[2]
            b["completed_late"] += v[3]
            rejected += v[4]
            withdrawn += v[5]
            b["carried_over"] += v[6]
            b["pending"] += v[7]
            b["pending_overdue"] += v[8]
        else:
            b["carried_over"] += v[6]
            b["pending"] += v[7]
            b["pending_overdue"] += v[8]
    for b in by_field.values():
        b["pending_within"] = b["pending"] - b["pending_overdue"]
    return dict(sorted(by_field.items())), rejected, withdrawn


def report(db_path: str, month: str, out: str) -> None:
    """Baseline of `report --json`: the dossier figures by hand SQL, written as JSON."""
    conn = sqlite3.connect(db_path)
    f, t = month_bounds(month)
    name, province = conn.execute("SELECT name, province FROM commune").fetchone()
    by_field, rejected, withdrawn = hand_figures(conn, f, t)
    total = dict.fromkeys(FIGURES, 0)
    for b in by_field.values():
        for k in FIGURES:
            total[k] += b[k]
    for b in [total, *by_field.values()]:
        done = b["completed_early"] + b["completed_on_time"]
        b["on_time_rate"] = round(done * 100 / b["completed"], 2) if b["completed"] else None
    data = {"commune": name, "province": province, "period": {"from": f, "to": t},
            "dossiers": {"total": total, "by_field": by_field, "rejected": rejected, "withdrawn": withdrawn}}
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    conn.close()


# ---------------------------------------------------------------- import
IMPORT_COLUMNS = ("code", "procedure_id", "field", "applicant_name", "channel", "received_at", "received_date",
                  "due_date", "completed_date", "status", "handler_name", "supplement_requested_date",
                  "supplement_count", "paused_days", "created_at", "updated_at")
CHANNELS = {"Trực tuyến": "online", "Trực tiếp": "direct", "Bưu chính": "postal"}
STATUSES = {"Đang xử lý": "in_progress", "Chờ bổ sung": "awaiting_supplement", "Đã trả": "returned",
            "Từ chối": "rejected", "Rút hồ sơ": "withdrawn"}


def _day(v) -> str | None:
    if v in (None, ""):
        return None
    return (v.date() if isinstance(v, datetime) else v).isoformat()


def without_triggers(db_path: str) -> None:
    """The baseline inserts into the dossier table and its b-tree indexes, as the raw library sees
    them: the application's triggers (its search's word index) are its own work, not the baseline's."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossier'").fetchall()
    for (name,) in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()


def import_workbook(db_path: str, xlsx_path: str) -> int:
    """Baseline of the dossier import: python-calamine reads the sheet, sqlite3.executemany inserts the
    rows (procedure names mapped to ids, labels to codes) in one transaction."""
    import python_calamine

    conn = sqlite3.connect(db_path, isolation_level=None)
    procedures = dict(conn.execute("SELECT name, id FROM procedure"))
    rows = python_calamine.CalamineWorkbook.from_path(xlsx_path).get_sheet_by_index(0).iter_rows()
    for cells in rows:
        if cells and cells[0] == "STT":
            break
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    records = []
    for _no, code, proc, field, applicant, channel, received, due, completed, handler, status, requested in rows:
        received_at = received if isinstance(received, datetime) else datetime.combine(received, datetime.min.time())
        records.append((code, procedures[proc], field, applicant or None, CHANNELS[channel],
                        received_at.strftime("%Y-%m-%d %H:%M:%S.%f"), received_at.date().isoformat(),
                        _day(due), _day(completed), STATUSES[status], handler or None, _day(requested),
                        0, 0, now, now))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO dossier ({', '.join(IMPORT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' for _ in IMPORT_COLUMNS)})", records)
    conn.execute("COMMIT")
    conn.close()
    return len(records)


def _iso_day(text: str) -> str | None:
    """'dd/mm/yyyy[ …]' → 'yyyy-mm-dd' by slicing (the plain way to reorder a fixed form)."""
    return f"{text[6:10]}-{text[3:5]}-{text[0:2]}" if text else None


def _insert(conn: sqlite3.Connection, records: list[tuple]) -> None:
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO dossier ({', '.join(IMPORT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' for _ in IMPORT_COLUMNS)})", records)
    conn.execute("COMMIT")


def import_csv(db_path: str, csv_path: str) -> int:
    """Baseline of the CSV import: the csv module reads the rows, labels and names are mapped by
    dict, dates reordered from dd/mm/yyyy by slicing, sqlite3.executemany inserts them in one
    transaction (into the same table with the same indexes)."""
    import csv

    conn = sqlite3.connect(db_path, isolation_level=None)
    procedures = dict(conn.execute("SELECT name, id FROM procedure"))
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    records = []
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        for _no, code, proc, field, applicant, channel, received, due, completed, handler, status, requested in rows:
            day = _iso_day(received)
            records.append((code, procedures[proc], field, applicant or None, CHANNELS[channel],
                            f"{day} {received[11:16]}:00.000000" if len(received) > 10 else f"{day} 00:00:00.000000",
                            day, _iso_day(due), _iso_day(completed), STATUSES[status], handler or None,
                            _iso_day(requested), 0, 0, now, now))
    _insert(conn, records)
    conn.close()
    return len(records)


OPENCPS_STATUSES = {"processing": "in_progress", "waiting": "awaiting_supplement", "done": "returned",
                    "denied": "rejected", "cancelled": "withdrawn"}


def import_opencps_json(db_path: str, json_path: str) -> int:
    """Baseline of the OpenCPS JSON import: json.load, the keys mapped by hand, executemany."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    procedures = dict(conn.execute("SELECT name, id FROM procedure"))
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    with open(json_path, encoding="utf-8") as fh:
        data = json.load(fh)["data"]
    records = []
    for d in data:
        received = d["receiveDate"]
        day = _iso_day(received)
        release = d["releaseDate"] or d["finishDate"]
        records.append((d["dossierNo"], procedures[d["serviceName"]], d["domainName"], d["applicantName"] or None,
                        "online" if d["online"] is True else "direct", f"{day} {received[11:19]}.000000", day,
                        _iso_day(d["dueDate"]), _iso_day(release), OPENCPS_STATUSES[d["dossierStatus"]], None,
                        None, 0, 0, now, now))
    _insert(conn, records)
    conn.close()
    return len(records)


# ---------------------------------------------------------------- exports
def write_cells_xlsx(sheets: list, out: str) -> None:
    """Baseline of the return workbook: XlsxWriter writes the same cells (values, dates as dates)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"in_memory": True, "default_date_format": "dd/mm/yyyy"})
    for name, rows in sheets:
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                if isinstance(v, (date, datetime)):
                    ws.write_datetime(r, c, v)
                else:
                    ws.write(r, c, v)
    book.close()


def draw_tables_pdf(tables: list[dict], out: str, font_path: str, bold_path: str) -> None:
    """Baseline of the return PDF: reportlab (platypus) draws the same tables (texts, column widths,
    alignment, padding, grid, bold centred titles repeated on every page) with a registered TTF
    (the built-in fonts drop Vietnamese letters) on A4 with the same margins, in tables of 50 rows
    (a page or so: one LongTable of thousands of rows costs reportlab many times more)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, LongTable, NextPageTemplate, PageBreak, PageTemplate,
                                    TableStyle)

    if "BenchSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSerif", font_path))
        pdfmetrics.registerFont(TTFont("BenchSerifBold", bold_path))
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm)
    # Wide tables on landscape pages, as the application prints them.
    doc.addPageTemplates([PageTemplate(id=name, pagesize=size, frames=[Frame(
        30 * mm, 20 * mm, size[0] - 45 * mm, size[1] - 40 * mm, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0)]) for name, size in (("portrait", A4), ("landscape", landscape(A4)))])
    story = []
    current = "portrait"
    for t in tables:
        wanted = "landscape" if t.get("landscape") else "portrait"
        if wanted != current:
            story += [NextPageTemplate(wanted), PageBreak()]
            current = wanted
        size = t["font_size"]
        style = TableStyle(
            [("FONT", (0, 0), (-1, -1), "BenchSerif", size, size * 1.2),
             ("FONT", (0, 0), (-1, 0), "BenchSerifBold", size, size * 1.2),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
             ("ALIGN", (0, 0), (-1, 0), "CENTER"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            + [("ALIGN", (c, 1), (c, -1), a) for c, a in enumerate(t["align"]) if a != "LEFT"])
        body = t["rows"] or [[""] * len(t["header"])]
        for i in range(0, len(body), 50):
            table = LongTable([t["header"]] + body[i:i + 50], colWidths=t["widths"], repeatRows=1, style=style)
            story.append(table)
    doc.build(story)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: raw.py report DB YYYY-MM OUT")
