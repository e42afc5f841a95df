#!/usr/bin/env python3
"""EXPLAIN QUERY PLAN of the main queries, as Markdown for bench/README.md.

    python bench/explain.py DB [YYYY-MM]

DB is a database built by bench/run.py (e.g. `--workdir DIR`, then DIR/main.sqlite). The statements
are the ones the application itself sends (recorded on its engine): the month's figures, the two
lists behind the return, and the dossier list's count and windows for the steps bench/run.py times.
"""
from __future__ import annotations

import re
import sqlite3
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def _short(sql: str) -> str:
    """The statement on one line, the select list and long IN lists elided."""
    text = " ".join(sql.split())
    head, sep, rest = text.partition(" FROM ")
    if sep and len(head) > 60:
        head = head[:head.index(" ", 7) if " " in head[7:] else 60] + " …"
    text = head + sep + rest
    text = re.sub(r"\((\?, ){20,}\?\)", lambda m: f"(?, … {m.group(0).count('?')} values)", text)
    return text


def main(db_path: str, month: str = "2026-10") -> None:
    from capture import Recorder
    from core.commune import open_database
    from core.db import transaction
    from core.dossier_queries import DossierFilter, Sort, count_dossiers, fetch_rows, search_ids
    from core.returns import Period, dossier_figures
    from core.returns_lists import completed_late, overdue_pending

    db = open_database(db_path, migrate=False)
    recorder = Recorder(db.engine)
    period = Period.parse_month(month)
    today = date(period.end.year, period.end.month, period.end.day)

    def figures(s):
        dossier_figures(s, period)

    def lists(s):
        overdue_pending(s, period)
        completed_late(s, period)

    def window(spec):
        def run(s):
            spec_ = spec.with_(today=today)
            ids = search_ids(s, spec_, Sort()) if spec_.search else None
            if ids is None:
                total = count_dossiers(s, spec_)
                fetch_rows(s, spec_, Sort(), offset=0, limit=200, total=total)
                fetch_rows(s, spec_, Sort(), offset=max(total - 200, 0), limit=200, total=total)
        return run

    groups = [
        ("The month's figures (core.returns.dossier_figures)", figures),
        ("The lists behind the return (core.returns_lists: overdue, closed late)", lists),
        ("The dossier list, no filter: count, first window, last window", window(DossierFilter())),
        ("The dossier list, one field", window(DossierFilter(fields=("Đất đai",)))),
        ("The dossier list, overdue", window(DossierFilter(deadline="overdue"))),
        ("The dossier list, a search (\"Trần Thị Lan\"): the word index", window(DossierFilter(search="Trần Thị Lan"))),
        ("The dossier list, part of a code (\"HS-261015\"): the word index narrows, the pattern decides",
         window(DossierFilter(search="HS-261015"))),
        ("The dossier list, a broad search (\"nguyen\", 40 % of the register): counted in the word index, "
         "paged down the list's index with the pattern", window(DossierFilter(search="nguyen"))),
    ]
    conn = sqlite3.connect(db_path)
    for title, fn in groups:
        recorder.start()
        with transaction(db.sessions, write=False) as s:
            fn(s)
        recorder.on = False
        print(f"#### {title}\n")
        for sql, params in recorder.statements:
            if "dossier" not in sql:
                continue
            shown = _short(sql)
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            print("```sql\n" + shown + "\n```")
            print("```\n" + "\n".join(plan) + "\n```\n")
    conn.close()
    db.close()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
