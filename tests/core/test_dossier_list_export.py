from datetime import date

import pytest
from openpyxl import load_workbook

from core.db import transaction
from core.dossier_queries import DossierFilter, Sort
from core.errors import Cancelled
from core.exports.dossier_list import HEADERS, write_dossier_list
from core.imports import run_import
from tests.factories import dossier


def test_export_follows_filter_and_sort_and_imports_back(db, tmp_path, monkeypatch):
    import core.exports.dossier_list as mod

    monkeypatch.setattr(mod, "WINDOW", 3)  # several keyset windows
    with transaction(db.sessions) as s:
        for i in range(8):
            dossier(s, received=date(2026, 3, 1 + i), due=date(2026, 3, 10 + i), code=f"=X-{i}",
                    completed=date(2026, 3, 12) if i % 2 else None, field="Hộ tịch" if i < 6 else "Đất đai")
    out = tmp_path / "list.xlsx"
    n = write_dossier_list(db, out, DossierFilter(fields=("Hộ tịch",)), Sort("due", False))
    assert n == 6
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert [r[1] for r in rows[1:]] == [f"=X-{i}" for i in range(6)]  # text, never a formula
    assert rows[2][10] == "Đã trả" and rows[1][10] == "Đang xử lý"
    # The file is an import file: re-importing it updates the same dossiers.
    result = run_import("dossiers", db, out)
    assert (result.inserted, result.updated) == (0, 6)


def test_export_cancel_leaves_nothing(db, tmp_path):
    with transaction(db.sessions) as s:
        dossier(s, received=date(2026, 3, 1), due=date(2026, 3, 5))

    def stop(done, total):
        raise Cancelled("stop")
    with pytest.raises(Cancelled):
        write_dossier_list(db, tmp_path / "out" / "x.xlsx", progress=stop)
    assert list((tmp_path / "out").iterdir()) == []
