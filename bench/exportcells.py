"""What the return's files hold, taken from the application's own output once (untimed), so that the
raw baselines write exactly the same cells: every cell of every sheet of the workbook (read back with
python-calamine), and the text of every table the PDF draws (the section tables and the annexes,
formatted and wrapped as the application formats them)."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path


def _encode(v):
    if isinstance(v, datetime):
        return {"__datetime__": v.isoformat()}
    if isinstance(v, date):
        return {"__date__": v.isoformat()}
    return v


def workbook_cells(path: Path) -> list:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return [[name, [[_encode(v) for v in row] for row in book.get_sheet_by_name(name).to_python()]]
            for name in book.sheet_names]


def pdf_tables(doc) -> list[dict]:
    """The tables of the PDF as the application lays them out: header texts, cell texts (wrapped
    where the application wraps), column widths in points, font size."""
    from core.exports import model
    from core.exports.pdf import fonts
    from core.exports.pdf.layout import MARGIN_LEFT, MARGIN_RIGHT, PAGE_SIZE
    from core.exports.pdf.report import ANNEX_FONT, ReportPDF, wrap_text

    fonts.register_fonts()  # the text is wrapped by measuring it in the document's font

    class _Width:
        width = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

    pdf = ReportPDF(doc)
    pdf.pdf = _Width()
    out = []

    def add(table, font_size):
        cols, widths, align, rows, _total = pdf._cells(table, font_size)
        rows = [["" if v is None else (v.strftime("%d/%m/%Y") if isinstance(v, date) else str(v)) for v in r]
                for r in rows]
        # Column titles wrapped to their width in the bold face, as the application's headers wrap.
        header = [wrap_text(c.heading, fonts.BOLD, font_size, w - 6.5) for c, w in zip(cols, widths)]
        out.append({"header": header, "rows": rows, "widths": widths, "align": align, "font_size": font_size})

    for section in doc.sections():
        for t in section.tables:
            shown = sum(1 for c in t.columns if c.pdf_mm)
            add(t, 11 if shown <= 5 else (10 if shown <= 8 else 9))
    for t in (model.overdue_table(doc.overdue or [], doc.period.end), model.late_table(doc.late or [])):
        if t.rows:
            add(t, ANNEX_FONT)
    return out


def prepare(ctx: dict, return_data, month, annex_rows: int) -> str | None:
    """Write the application's files once and keep their cells for the baselines (in ctx)."""
    from core.db import transaction
    from core.exports import collect, write_document

    from capture import Recorder

    db, period, data = return_data(ctx)
    work = Path(ctx["workdir"])
    recorder = Recorder(db.engine)
    with transaction(db.sessions, write=False) as s:
        doc = collect(s, period, data, user="bench")
    recorder.on = False
    (work / "collect-sql.json").write_text(json.dumps(recorder.statements), encoding="utf-8")
    ctx["collect_sql"] = str(work / "collect-sql.json")
    write_document(doc, xlsx=work / "return-check.xlsx")
    db.close()
    cells = workbook_cells(work / "return-check.xlsx")
    (work / "xlsx-cells.json").write_text(json.dumps(cells, ensure_ascii=False), encoding="utf-8")
    tables = pdf_tables(doc)
    (work / "pdf-cells.json").write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    ctx["xlsx_cells"], ctx["pdf_cells"] = str(work / "xlsx-cells.json"), str(work / "pdf-cells.json")
    ctx["annex"] = {"overdue": len(doc.overdue or []), "late": len(doc.late or []),
                    "sheets": len(cells), "cells": sum(1 for _n, rows in cells for r in rows for v in r if v != ""),
                    "pdf_table_rows": sum(len(t["rows"]) for t in tables)}
    return None
