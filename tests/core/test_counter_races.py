"""Two clerks on one dossier at once (on PostgreSQL each in its own transaction): the second sees
what the first did and is refused by the rule, instead of both being taken; and a step is never
recorded earlier in the day than the step before it."""
from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.dossiers import transition
from core.errors import TransitionError, ValidationError
from core.models import Dossier, DossierEvent
from tests import factories as f
from tests.core.test_counter_rules import refusal_codes, take_in


def two_clerks_at_once(db, dossier_id: int, action: str, **params):
    """The first clerk takes `action` and holds the transaction open while the second tries the same
    step; then the first commits. Returns what the second got: None, or the exception."""
    taken, release = threading.Event(), threading.Event()
    outcome: dict = {}

    def first():
        with transaction(db.sessions) as s:
            transition(s, dossier_id, action, **params)
            taken.set()
            release.wait(20)

    def second():
        try:
            with transaction(db.sessions) as s:
                transition(s, dossier_id, action, **params)
            outcome["error"] = None
        except Exception as exc:  # noqa: BLE001 - what the second clerk is told
            outcome["error"] = exc

    one = threading.Thread(target=first)
    one.start()
    assert taken.wait(20)
    two = threading.Thread(target=second)
    two.start()
    two.join(0.5)  # time for the second clerk to reach the dossier (it then waits for the first)
    release.set()
    one.join(20)
    two.join(20)
    assert not one.is_alive() and not two.is_alive()
    return outcome["error"]


def events(db, dossier_id: int, kind: str) -> int:
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(DossierEvent).where(
            DossierEvent.dossier_id == dossier_id, DossierEvent.kind == kind))


def test_two_clerks_requesting_a_supplement_at_once_make_one_request(db):
    with transaction(db.sessions) as s:
        dossier_id = take_in(s).id
    error = two_clerks_at_once(db, dossier_id, "request_supplement", on=date(2026, 3, 3), note="Thiếu giấy tờ")
    assert isinstance(error, TransitionError)
    assert events(db, dossier_id, "supplement_requested") == 1
    with transaction(db.sessions, write=False) as s:
        d = s.get(Dossier, dossier_id)
        assert (d.status, d.supplement_count) == ("awaiting_supplement", 1)


def test_two_clerks_apologising_at_once_make_one_apology(db):
    with transaction(db.sessions) as s:
        dossier_id = f.dossier(s, received=date(2026, 3, 2), due=date(2026, 3, 20)).id
    error = two_clerks_at_once(db, dossier_id, "apologize", on=date(2026, 3, 10), note="Chờ xác minh",
                               new_date=date(2026, 3, 27))
    assert isinstance(error, ValidationError)
    assert refusal_codes(type("E", (), {"value": error})) == {None: "dossier.apology_once"}
    assert events(db, dossier_id, "apology") == 1


def test_two_clerks_closing_at_once_close_it_once(db):
    with transaction(db.sessions) as s:
        dossier_id = take_in(s).id
    error = two_clerks_at_once(db, dossier_id, "return", on=date(2026, 3, 5))
    assert isinstance(error, TransitionError)
    assert events(db, dossier_id, "returned") == 1


# ---------------------------------------------------------------- the order of a day's steps
def test_a_step_earlier_in_the_day_than_the_one_before_is_refused(db):
    with transaction(db.sessions) as s:
        d = take_in(s, at=datetime(2026, 3, 2, 9, 30))
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "request_supplement", on=datetime(2026, 3, 2, 9, 0), note="Thiếu")
        assert refusal_codes(exc) == {"date": "dossier.before_receipt"}
        transition(s, d.id, "request_supplement", on=datetime(2026, 3, 2, 10, 30), note="Thiếu")
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "supply", on=datetime(2026, 3, 2, 10, 15))
        assert refusal_codes(exc) == {"date": "dossier.before_previous_step"}
        assert "02/03/2026 10:30" in str(exc.value)
        transition(s, d.id, "supply", on=datetime(2026, 3, 2, 10, 30))  # the same minute is not before
        assert d.status == "in_progress"


def test_a_step_given_as_a_day_only_is_not_ordered_within_that_day(db):
    """A step entered late with no time of day may have happened at any hour of its day after the
    step before it: the next step is ordered against that one."""
    with transaction(db.sessions) as s:
        d = take_in(s, at=datetime(2026, 3, 2, 8, 30))
        transition(s, d.id, "request_supplement", on=date(2026, 3, 2), note="Thiếu")
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "supply", on=datetime(2026, 3, 2, 8, 0))
        assert refusal_codes(exc) == {"date": "dossier.before_receipt"}
        transition(s, d.id, "supply", on=datetime(2026, 3, 2, 8, 45))
        assert d.status == "in_progress"


def test_a_moment_with_a_time_zone_is_refused_in_one_line():
    from core.cli.counter import parse_moment
    from core.errors import CommuneDeskError

    assert parse_moment("2024-05-10 09:30") == datetime(2024, 5, 10, 9, 30)
    for text in ("2024-05-10 09:30+07:00", "2024-05-10T09:30Z"):
        with pytest.raises(CommuneDeskError) as exc:
            parse_moment(text)
        assert "\n" not in str(exc.value)


def test_the_duplicate_column_names_excel_letters():
    from core.imports.reader import column_letter

    assert [column_letter(i) for i in (0, 25, 26, 701, 702, 16383)] == ["A", "Z", "AA", "ZZ", "AAA", "XFD"]
