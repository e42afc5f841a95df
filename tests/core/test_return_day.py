"""The day a return speaks for (domain.md): a period still running is taken on today and says so; a
period not begun has no return; a return is finalised only from the day after its period; a finalised
period prints the figures as submitted unless the live ones are asked for."""
from __future__ import annotations

import json
import re
from datetime import date, datetime

import openpyxl
import pytest

from core import clock
from core import finalise as F
from core import staff as S
from core.cli import build_parser, run_command
from core.db import transaction
from core.errors import CommuneDeskError
from core.exports import LIVE_LINE, write_return_files
from core.returns import Period
from core.return_sections import build_return
from tests.factories import dossier

DEC = Period.month(2026, 12)
NOV = Period.month(2026, 11)
TODAY = date(2026, 12, 10)


def fill_december(s):
    """Dossiers falling due before, during and after December, as the register stands on 10 December."""
    dossier(s, code="A", received=date(2026, 11, 20), due=date(2026, 11, 27))                # overdue
    dossier(s, code="B", received=date(2026, 11, 25), due=date(2026, 12, 8))                 # overdue
    dossier(s, code="C", received=date(2026, 12, 2), due=date(2026, 12, 10))                 # due today
    dossier(s, code="D", received=date(2026, 12, 3), due=date(2026, 12, 20))                 # due later
    dossier(s, code="E", received=date(2026, 11, 28), due=date(2027, 1, 5))                  # due after the month
    dossier(s, code="F", received=date(2026, 12, 1), due=date(2026, 12, 4), completed=date(2026, 12, 3))
    dossier(s, code="G", received=date(2026, 11, 10), due=date(2026, 11, 15), completed=date(2026, 12, 9))
    dossier(s, code="H", received=date(2026, 12, 4), due=date(2026, 12, 9), status="awaiting_supplement",
            requested=date(2026, 12, 5))
    dept = S.department_for_name(s, "Văn phòng HĐND và UBND")
    S.add_staff(s, S.Person(full_name="Nguyễn Văn An", category="civil_servant", start_date=date(2025, 1, 1)),
                dept.id)
    S.add_staff(s, S.Person(full_name="Trần Thị Bình", category="civil_servant", start_date=date(2026, 12, 20)),
                dept.id)  # starts later in the month
    S.add_staff(s, S.Person(full_name="Lê Văn Cường", category="contract", start_date=date(2024, 3, 1),
                            end_date=date(2026, 12, 5)), dept.id)


@pytest.fixture
def december(db):
    with clock.frozen(TODAY):
        with transaction(db.sessions) as s:
            fill_december(s)
        yield db


def test_a_running_month_is_taken_on_today(december):
    with clock.frozen(TODAY), transaction(december.sessions, write=False) as s:
        data = build_return(s, DEC)
        so_far = build_return(s, Period(DEC.start, TODAY))
    assert data["period"] == {"from": "2026-12-01", "to": "2026-12-31", "as_of": "2026-12-10"}
    t = data["dossiers"]["total"]
    # By hand, on 10 December: carried over A, B, E, G; received C, D, F, H; completed F (3 Dec, due
    # 4 Dec: early) and G (9 Dec, due 15 Nov: late); pending A, B, C, D, E, H, of which overdue (due
    # before the 10th, clock running) A and B only: C is due today, D on the 20th, E in January, H is
    # waiting for its supplement.
    assert {k: t[k] for k in ("carried_over", "received", "completed", "completed_early", "completed_late",
                              "pending", "pending_within", "pending_overdue")} == {
        "carried_over": 4, "received": 4, "completed": 2, "completed_early": 1, "completed_late": 1,
        "pending": 6, "pending_within": 4, "pending_overdue": 2}
    # In post on the 10th: An (Bình starts on the 20th, Cường left on the 5th).
    assert data["staff"]["total"] == 1
    # Every section is the return of 1..10 December.
    assert {k: v for k, v in data.items() if k != "period"} == {k: v for k, v in so_far.items() if k != "period"}
    assert so_far["period"] == {"from": "2026-12-01", "to": "2026-12-10"}  # ends today: no as_of


def test_the_same_month_once_ended_speaks_for_its_last_day(december):
    with clock.frozen(date(2027, 1, 4)), transaction(december.sessions, write=False) as s:
        data = build_return(s, DEC)
    assert data["period"] == {"from": "2026-12-01", "to": "2026-12-31"}
    t = data["dossiers"]["total"]
    # On 31 December C and D are overdue too (H still awaits its supplement); Bình is in post.
    assert (t["pending"], t["pending_overdue"], t["pending_within"]) == (6, 4, 2)
    assert data["staff"]["total"] == 2


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def _cells(path, sheet) -> list:
    return [v for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True) for v in row if v]


def test_the_documents_say_the_day_of_their_figures(december, tmp_path):
    pdf, xlsx = tmp_path / "dec.pdf", tmp_path / "dec.xlsx"
    with clock.frozen(TODAY), transaction(december.sessions, write=False) as s:
        data = build_return(s, DEC)
        write_return_files(s, DEC, data, pdf=pdf, xlsx=xlsx)
    text = _pdf_text(pdf)
    assert "Số liệu tính đến ngày 10/12/2026" in text
    assert "Đến ngày 10/12/2026, đang giải quyết 6 hồ sơ, trong đó quá hạn 2 hồ sơ" in text
    assert "Số liệu tính đến ngày 10/12/2026" in _cells(xlsx, "Thông tin chung")
    assert any("Số liệu tính đến ngày 10/12/2026" in str(v) for v in _cells(xlsx, "Hồ sơ TTHC"))
    # The overdue annex is the list of the 10th: A and B, overdue to that day.
    overdue = [r for r in openpyxl.load_workbook(xlsx)["Hồ sơ quá hạn"].iter_rows(values_only=True) if r[1] in ("A", "B")]
    assert [(r[1], r[8]) for r in overdue] == [("A", 13), ("B", 2)]
    # A month that has ended says nothing of the kind.
    with clock.frozen(TODAY), transaction(december.sessions, write=False) as s:
        write_return_files(s, NOV, build_return(s, NOV), pdf=tmp_path / "nov.pdf")
    assert "Số liệu tính đến" not in _pdf_text(tmp_path / "nov.pdf")


def test_a_period_not_begun_is_refused(december, capsys):
    with clock.frozen(TODAY):
        with transaction(december.sessions, write=False) as s:
            with pytest.raises(CommuneDeskError) as exc:
                build_return(s, Period.month(2027, 1))
        assert exc.value.code == "period.not_begun"
        assert _cli(december, "report", "--month", "2027-01", "--json", "-") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the period starts on 01/01/2027, after today (10/12/2026)"), err


def _target(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _cli(db, *argv) -> int:
    """A command run in this process, so that it sees the frozen clock."""
    return run_command(build_parser().parse_args(["--db", _target(db), *argv]))


def test_finalising_waits_for_the_day_after_the_period(december, tmp_path, capsys):
    out = tmp_path / "dec.pdf"
    for day in (TODAY, date(2026, 12, 31)):
        with clock.frozen(day):
            with transaction(december.sessions) as s:
                with pytest.raises(CommuneDeskError) as exc:
                    F.finalise(s, DEC)
            assert exc.value.code == "finalise.running"
            assert _cli(december, "returns", "finalise", "--month", "2026-12", "--pdf", str(out)) == 1
    assert "can be finalised from 01/01/2027 on" in capsys.readouterr().err
    assert not out.exists()  # refused before any file is written
    with clock.frozen(date(2027, 5, 2)):
        assert _cli(december, "returns", "finalise", "--month", "2027-05") == 1
    with clock.frozen(TODAY):  # a month not begun says so
        assert _cli(december, "returns", "finalise", "--month", "2027-05") == 1
    assert "the period starts on 01/05/2027, after today (10/12/2026)" in capsys.readouterr().err
    with clock.frozen(date(2027, 1, 1)):
        assert _cli(december, "returns", "finalise", "--month", "2026-12", "--pdf", str(out)) == 0
        assert out.exists()
        with transaction(december.sessions, write=False) as s:
            assert F.latest(s, DEC).version == 1


def test_a_finalised_period_prints_as_submitted_unless_live(december, tmp_path, capsys):
    with clock.frozen(date(2027, 1, 2)):
        assert _cli(december, "returns", "finalise", "--month", "2026-12") == 0
        with transaction(december.sessions) as s:
            dossier(s, code="LATE-ENTRY", received=date(2026, 12, 28), due=date(2027, 1, 6))
        capsys.readouterr()
        assert _cli(december, "report", "--month", "2026-12", "--json", "-") == 0
        out = capsys.readouterr()
        submitted = json.loads(out.out)
        assert submitted["dossiers"]["total"]["received"] == 4 and "live" not in submitted
        assert "finalised (version 1" in out.err and "as submitted" in out.err
        pdf, xlsx = tmp_path / "live.pdf", tmp_path / "live.xlsx"
        assert _cli(december, "report", "--month", "2026-12", "--live", "--json", "-", "--pdf", str(pdf),
                    "--xlsx", str(xlsx)) == 0
        out = capsys.readouterr()
        live = json.loads(out.out)
        assert live["dossiers"]["total"]["received"] == 5 and live["live"] is True
        assert "the live figures" in out.err
        assert LIVE_LINE in _pdf_text(pdf) and LIVE_LINE in _cells(xlsx, "Thông tin chung")
        # The window's rule is the same function.
        with transaction(december.sessions, write=False) as s:
            shown = F.return_data(s, DEC)
            assert shown.submitted and shown.data == submitted
            assert F.return_data(s, DEC, live=True).data == live
            assert not F.return_data(s, NOV).submitted and "live" not in F.return_data(s, NOV).data


def test_the_clock_is_frozen_for_every_thread():
    import threading

    seen = []
    with clock.frozen(datetime(2026, 12, 1, 8, 30)):
        t = threading.Thread(target=lambda: seen.append((clock.today(), clock.now())))
        t.start()
        t.join()
        assert clock.is_frozen()
    assert seen == [(date(2026, 12, 1), datetime(2026, 12, 1, 8, 30))]
    assert not clock.is_frozen() and clock.today() == date.today()


def test_core_asks_the_one_clock():
    """No module of core reads the machine's date for a business day: only core.clock does (the
    lock-out and backup times of accounts and backups, and the time a PDF is signed, are the
    machine's own)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "core"
    machine_time = {"auth.py", "backup.py", "users.py", "signing.py"}
    found = []
    for path in root.rglob("*.py"):
        if path.name == "clock.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in ("date.today()", "datetime.today()", "datetime.now()"):
            if pattern in text and not (pattern == "datetime.now()" and path.name in machine_time):
                found.append(f"{path.relative_to(root)}: {pattern}")
    assert found == []
