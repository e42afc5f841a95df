"""The state-machine helper (core.workflow) on a machine of its own, and the moment rule of the
dossiers' machine on a database. The toy machine shows that steps, parameters and guards of the
kind the registers need next are declared in a table, without touching the helper."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest

from core.calendar import WorkCalendar
from core.errors import TransitionError, ValidationError
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step
from tests.problems import codes

TODAY = date(2025, 7, 21)


class Event:
    def __init__(self, **columns):
        self.__dict__.update(columns)


class Record:
    def __init__(self, status="open", due=date(2025, 7, 18)):
        self.id, self.status, self.due_date = 7, status, due
        self.requests, self.apologies, self.last_step, self.closed_on = 0, 0, date(2025, 7, 1), None


class FakeSession:
    def __init__(self):
        self.info, self.added, self.flushes = {}, [], 0

    def add(self, row):
        self.added.append(row)

    def flush(self):
        self.flushes += 1


# Rules of the kind domain.md asks of dossiers, written as guards of a machine of the test's own.
def second_request_needs_a_reason(move: Move):
    if move.record.requests and not move.params.get("reason"):
        return Refusal("reason", "a second request needs its reason")
    return None


def apology_in_time_and_once(move: Move):
    cal: WorkCalendar = move.context["calendar"]
    if move.record.apologies:
        return Refusal(None, "an apology is made once")
    if cal.working_days_between(move.day, move.record.due_date) < 1:
        return Refusal("date", "no later than one working day before the due date")
    return None


def apologized_before(move: Move):  # a precondition: the window does not offer it again
    return Refusal(None, "an apology is made once") if move.record.apologies else None


def _request(move):
    move.record.requests += 1


def _apologize(move):
    move.record.apologies += 1
    move.event["new_date"] = move.params["new_date"]


def _close(move):
    move.record.closed_on = move.day


def _later(move):
    move.record.followed = True


FLOW = Flow("toy", [
    Step("request", ("open",), "waiting", "requested", params=(Param("reason"),),
         guards=(second_request_needs_a_reason,), effect=_request),
    Step("supply", ("waiting",), "open", "supplied"),
    Step("apologize", ("open", "waiting"), None, "apology",
         params=(Param("note", required=Refusal("note", "a reason is required")),
                 Param("new_date", text=False, required=Refusal("new_date", "the new date is required"))),
         when=(apologized_before,), guards=(apology_in_time_and_once,), effect=_apologize),
    Step("close", ("open",), "closed", params=(Param("note"),), effect=_close, then=_later),
    Step("tick", ("open", "waiting"), lambda m: "closed" if m.record.requests > 1 else None, offered=False,
         checks_moment=False),
], events=EventRow(Event, "record_id"), previous=lambda move: move.record.last_step,
    too_early=lambda move, day: Refusal("date", f"before the previous step ({day:%d/%m/%Y})"),
    in_future=Refusal("date", "in the future"))
CAL = WorkCalendar()


def apply(record, action, session=None, **kw):
    kw.setdefault("today", TODAY)
    kw.setdefault("context", {"calendar": CAL})
    return FLOW.apply(session or FakeSession(), record, action, **kw)


def test_a_step_changes_the_status_and_writes_its_event():
    s, r = FakeSession(), Record()
    apply(r, "close", session=s, at=date(2025, 7, 10), actor="clerk1", note="  Xong ")
    assert r.status == "closed" and r.closed_on == date(2025, 7, 10) and r.followed
    (event,) = s.added
    assert (event.record_id, event.kind, event.day, event.from_status, event.to_status, event.note,
            event.user_name) == (7, "close", date(2025, 7, 10), "open", "closed", "Xong", "clerk1")
    assert not hasattr(event, "at") and s.flushes == 1


def test_a_moment_with_its_time_is_kept_on_the_event():
    s, r = FakeSession(), Record()
    apply(r, "close", session=s, at=datetime(2025, 7, 10, 14, 5))
    assert s.added[0].day == date(2025, 7, 10) and s.added[0].at == datetime(2025, 7, 10, 14, 5)
    assert r.closed_on == date(2025, 7, 10)


def test_the_actor_defaults_to_the_sessions_user():
    s = FakeSession()
    s.info["user"] = "Nguyễn Văn An"
    apply(Record(), "close", session=s)
    assert s.added[0].user_name == "Nguyễn Văn An" and s.added[0].day == TODAY


def test_statuses_and_actions_follow_the_table():
    r = Record("waiting")
    with pytest.raises(TransitionError):
        apply(r, "close")
    with pytest.raises(TransitionError):
        apply(r, "fly")
    assert FLOW.actions_from("open") == ["request", "apologize", "close"]  # `tick` is not offered
    assert FLOW.table()["request"] == (("open",), "waiting") and "tick" not in FLOW.table()
    assert FLOW.requiring("note") == {"apologize"}


def test_parameters_of_other_steps_are_ignored_and_unknown_ones_refused():
    r = Record()
    apply(r, "close", reason="not this step's")
    with pytest.raises(TypeError):
        apply(Record(), "close", colour="blue")


def test_required_parameters_and_guards_are_refused_together_at_their_fields():
    r = Record()
    with pytest.raises(ValidationError) as exc:
        apply(r, "apologize", at=date(2025, 7, 18), note=" ")  # the due date itself: too late
    assert exc.value.fields == {"note": "a reason is required", "new_date": "the new date is required",
                                "date": "no later than one working day before the due date"}
    assert r.apologies == 0 and r.status == "open"


def test_a_guard_with_the_callers_calendar():
    r = Record()  # due Friday 18 Jul: an apology up to Thursday 17 Jul
    apply(r, "apologize", at=date(2025, 7, 17), note="Chờ xác minh", new_date=date(2025, 7, 25))
    assert r.apologies == 1
    # Once: the precondition hides the action and refuses it.
    assert "apologize" not in FLOW.allowed_actions(r, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        apply(r, "apologize", at=date(2025, 7, 16), note="lần nữa", new_date=date(2025, 7, 28))
    assert str(exc.value) == "an apology is made once"


def test_a_second_request_needs_a_reason():
    r = Record()
    apply(r, "request", at=date(2025, 7, 2))
    apply(r, "supply", at=date(2025, 7, 3))
    with pytest.raises(ValidationError) as exc:
        apply(r, "request", at=date(2025, 7, 4))
    assert "reason" in exc.value.fields
    apply(r, "request", at=date(2025, 7, 4), reason="Thiếu bản sao")
    assert r.requests == 2 and r.status == "waiting"


def test_the_moment_may_be_late_never_before_the_previous_step_nor_in_the_future():
    r = Record()
    with pytest.raises(ValidationError) as exc:
        apply(r, "close", at=date(2025, 6, 30))
    assert exc.value.fields == {"date": "before the previous step (01/07/2025)"}
    with pytest.raises(ValidationError) as exc:
        apply(r, "close", at=TODAY + timedelta(days=1))
    assert exc.value.fields == {"date": "in the future"}
    apply(r, "close", at=date(2025, 7, 1))  # the previous step's own day, entered a fortnight late
    assert r.status == "closed"


def test_steps_the_application_takes_skip_the_moment_and_may_choose_their_status():
    r = Record()
    r.last_step = TODAY + timedelta(days=3)
    apply(r, "tick", at=TODAY)
    assert r.status == "open"
    r.requests = 2
    apply(r, "tick", at=TODAY)
    assert r.status == "closed"


def test_text_parameters_are_nfc():
    s, r = FakeSession(), Record()
    apply(r, "close", session=s, note=unicodedata.normalize("NFD", "Đã trả"))
    assert s.added[0].note == unicodedata.normalize("NFC", "Đã trả")


def test_a_step_declared_twice_is_refused():
    with pytest.raises(ValueError):
        Flow("bad", [Step("a", ("x",)), Step("a", ("y",))], events=EventRow(Event, "record_id"))


# ---------------------------------------------------------------- the dossiers' moment rule
def _dossier(s, received=datetime(2025, 7, 3, 9, 30)):
    from core.catalogue import find_procedure
    from core.dossiers import Applicant, intake

    proc = find_procedure(s, "Đăng ký thường trú")  # 7 working days: due 14 Jul
    return intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Thị Hường"), received_at=received)


def test_a_dossier_step_is_never_before_its_previous_step(db):
    from core.db import transaction
    from core.dossiers import transition

    with transaction(db.sessions) as s:
        d = _dossier(s)
        transition(s, d.id, "request_supplement", on=date(2025, 7, 8), note="Thiếu giấy xác nhận")
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "withdraw", on=date(2025, 7, 7))
        assert codes(exc.value) == {"date": "dossier.before_previous_step"}
        assert "08/07/2025" in str(exc.value)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "supply", on=date(2025, 7, 2))  # before the request and the receipt
        assert codes(exc.value) == {"date": "dossier.supplied_before_request"}
        transition(s, d.id, "supply", on=date(2025, 7, 8))  # the same day: allowed
        assert d.status == "in_progress"


def test_a_dossier_step_is_never_in_the_future(db):
    from core.db import transaction
    from core.dossiers import transition

    with transaction(db.sessions) as s:
        d = _dossier(s)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "return", on=date.today() + timedelta(days=1))
        assert codes(exc.value) == {"date": "date_in_future"}
        assert d.status == "in_progress" and d.completed_date is None


def test_a_dossier_step_entered_late_keeps_its_day_and_edits_are_no_steps(db):
    from core.db import transaction
    from core.dossiers import Applicant, transition, update_details
    from core.models import DossierEvent

    with transaction(db.sessions) as s:
        d = _dossier(s)
        update_details(s, d.id, applicant=Applicant("Nguyễn Thị Hường", phone="0912345678"))  # today
        transition(s, d.id, "return", on=datetime(2025, 7, 9, 10, 15), note="Trả tại bộ phận một cửa")
        ev = s.query(DossierEvent).filter_by(dossier_id=d.id, kind="returned").one()
        assert (ev.day, ev.at, d.completed_date) == (date(2025, 7, 9), datetime(2025, 7, 9, 10, 15), date(2025, 7, 9))


def test_a_step_not_allowed_is_said_in_words_not_codes(db):
    """The refusal names the status and the step by their labels in the reader's language."""
    from core.db import transaction
    from core.dossiers import transition
    from core.errors import TransitionError
    from core.messages import Renderer

    with transaction(db.sessions) as s:
        d = _dossier(s)
        transition(s, d.id, "request_supplement", on=date(2025, 7, 8), note="Thiếu giấy xác nhận")
        with pytest.raises(TransitionError) as exc:
            transition(s, d.id, "request_supplement", on=date(2025, 7, 8), note="x")
    assert str(exc.value) == "a dossier that is 'Awaiting supplement' cannot take the step 'Supplement requested'"
    assert Renderer("vi").text(exc.value.problems[0]) == \
        "hồ sơ đang ở trạng thái “Chờ bổ sung”: không thực hiện được “Yêu cầu bổ sung”"
