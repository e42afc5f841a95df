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
    """The tables of the PDF as the application lays them out (core.exports.pdf.report.ReportPDF
    keeps them as it builds the file, which is written here once, untimed): header texts (one row:
    each column's title, wrapped as the application wraps it), cell texts as printed, column widths in
    points, alignment, font size, page orientation."""
    import tempfile

    from core.exports.pdf import fonts
    from core.exports.pdf.fit import CELL_PADDING
    from core.exports.pdf.report import ReportPDF, wrap_text

    pdf = ReportPDF(doc)
    with tempfile.TemporaryDirectory() as tmp:
        pdf.build(Path(tmp) / "check.pdf")
    out = []
    for t in pdf.laid_out:
        titles = [next((row[c] for row in reversed(t.header) if row[c] and not row[c].startswith("(")), "")
                  for c in range(len(t.widths))]
        header = [wrap_text(h, fonts.BOLD, t.font_size, w - CELL_PADDING) for h, w in zip(titles, t.widths)]
        rows = [["" if v is None else str(v) for v in r] for r in t.rows]
        out.append({"header": header, "rows": rows, "widths": t.widths, "align": t.align,
                    "font_size": t.font_size, "landscape": t.landscape})
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
