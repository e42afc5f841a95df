"""The loser of two clerks finalising (or amending) one period at once: on PostgreSQL both may read
"no version yet" before either commits; the loser is then told in one line, as on SQLite, never the
unique index's IntegrityError, and stores nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core import finalise as fin
from core.db import transaction
from core.models import FinalisedReturn
from core.returns import Period

PERIOD = Period.parse_month("2025-07")


def _stale_once(monkeypatch):
    """`latest` as the loser saw it before the winner committed: the first read misses the winner's row."""
    real, calls = fin.latest, []

    def latest(session, period):
        calls.append(1)
        found = real(session, period)
        if len(calls) == 1:
            versions = fin.versions(session, period)
            return versions[-2] if len(versions) > 1 else None
        return found
    monkeypatch.setattr(fin, "latest", latest)


def _count(db):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(FinalisedReturn))


def test_the_loser_of_two_finalises_is_told_it_was_finalised(db, monkeypatch):
    with transaction(db.sessions) as s:
        fin.finalise(s, PERIOD)
    _stale_once(monkeypatch)
    with pytest.raises(fin.AlreadyFinalised) as err, transaction(db.sessions) as s:
        fin.finalise(s, PERIOD)
    assert err.value.code == "finalise.already" and "(version 1)" in str(err.value)
    assert _count(db) == 1


def test_the_loser_of_two_amendments_stores_nothing(db, monkeypatch):
    with transaction(db.sessions) as s:
        fin.finalise(s, PERIOD)
    with transaction(db.sessions) as s:
        fin.amend(s, PERIOD, "Sửa số liệu")
    _stale_once(monkeypatch)
    with pytest.raises(fin.AlreadyFinalised) as err, transaction(db.sessions) as s:
        fin.amend(s, PERIOD, "Sửa lần nữa")
    assert err.value.code == "finalise.amended_meanwhile" and "(version 2)" in str(err.value)
    assert _count(db) == 2
