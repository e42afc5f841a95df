"""`returns finalise` puts its files in place only after its record commits: a finalise that loses
the race to another clerk's, or fails as it stores its record, leaves no workbook, PDF or JSON (nor
any temporary file) behind."""
from __future__ import annotations

import json

from sqlalchemy import select

from core.commune import open_database
from core.db import transaction
from core.models import FinalisedReturn
from core.returns import Period

JULY = Period.month(2025, 7)


def outputs(tmp_path):
    return tmp_path / "out" / "r.xlsx", tmp_path / "out" / "r.pdf", tmp_path / "out" / "r.json"


def left_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def finalise_args(target, tmp_path):
    xlsx, pdf, js = outputs(tmp_path)
    (tmp_path / "out").mkdir(exist_ok=True)
    return ("--db", target, "returns", "finalise", "--month", "2025-07", "--xlsx", xlsx, "--pdf", pdf, "--json", js)


def test_a_finalise_that_loses_the_race_leaves_no_file(tmp_path, cli, initialised_target, monkeypatch):
    """Another clerk finalises July while this command builds its files: its store is refused."""
    import core.return_sections as sections
    from core.finalise import finalise

    build = sections.build_return

    def build_then_lose(session, period, *a, **kw):
        data = build(session, period, *a, **kw)
        other = open_database(initialised_target)
        try:
            with transaction(other.sessions) as s:
                finalise(s, period, data)
        finally:
            other.close()
        return data

    monkeypatch.setattr(sections, "build_return", build_then_lose)
    code, _, err = cli(*finalise_args(initialised_target, tmp_path))
    assert code != 0 and "was finalised on" in err
    assert left_in(tmp_path / "out") == []


def test_a_finalise_failing_as_it_stores_leaves_no_file(tmp_path, cli, initialised_target, monkeypatch):
    import core.finalise as F

    def broken(*_a, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr(F, "_store", broken)
    try:
        cli(*finalise_args(initialised_target, tmp_path))
    except OSError:
        pass
    assert left_in(tmp_path / "out") == []
    db = open_database(initialised_target)
    try:
        with transaction(db.sessions, write=False) as s:
            assert s.scalars(select(FinalisedReturn)).all() == []
    finally:
        db.close()


def test_a_finalise_that_commits_puts_its_files_in_place_under_their_names(tmp_path, cli, initialised_target):
    code, _, err = cli(*finalise_args(initialised_target, tmp_path))
    assert code == 0, err
    assert left_in(tmp_path / "out") == ["r.json", "r.pdf", "r.xlsx"]
    db = open_database(initialised_target)
    try:
        with transaction(db.sessions, write=False) as s:
            row = s.scalars(select(FinalisedReturn)).one()
    finally:
        db.close()
    from core.finalise import sha256_file

    assert json.loads(row.files_json) == {name: sha256_file(tmp_path / "out" / name)
                                          for name in ("r.xlsx", "r.pdf", "r.json")}
