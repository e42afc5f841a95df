"""The counter's rules (domain.md), each refused and accepted at its boundary: a supplement once (a
second only with its reason), an apology once and no later than one working day before the due date
in force (across a weekend, across Tết 2026, during a pause), a refusal at the counter only there and
on the day presented, and in no figure of the return; the book's numbers per year; the import of the
status."""
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from core.catalogue import RequiredDocument, find_procedure, set_required_documents
from core.dashboard import dashboard_figures
from core.db import transaction
from core.dossiers import (Applicant, DocumentLine, allowed_actions, appointment_of, intake, transition,
                           update_details)
from core.errors import TransitionError, ValidationError
from core.imports import run_import
from core.models import Dossier, DossierEvent, ImportBatch
from core.return_sections import build_return
from core.returns import Period, dossier_section
from core.staff import handler_workload
from tests import factories as f
from tests.core.test_import_dossiers import write_xlsx


def refusal_codes(exc) -> dict:
    return {p.field: p.code for p in exc.value.problems}


def take_in(s, name="Đăng ký thường trú", at=datetime(2026, 3, 2, 9, 30), **kw):
    proc = find_procedure(s, name)
    return intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Thị Hường"), received_at=at,
                  now=at + timedelta(minutes=1), **kw)


# ---------------------------------------------------------------- supplement once
def test_a_second_supplement_request_needs_its_reason_and_is_marked(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        transition(s, d.id, "request_supplement", on=date(2026, 3, 3), note="Thiếu giấy tờ")
        transition(s, d.id, "supply", on=date(2026, 3, 4))
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "request_supplement", on=date(2026, 3, 5), note="Lại thiếu")
        assert refusal_codes(exc) == {"second_time": "dossier.supplement_once"}
        assert "(--second-time REASON)" in str(exc.value)
        assert d.status == "in_progress" and d.supplement_count == 1 and d.second_supplement_reason is None
        transition(s, d.id, "request_supplement", on=date(2026, 3, 5), note="Lại thiếu",
                   second_time="Giấy xác nhận cấp sai tên")
        assert d.status == "awaiting_supplement" and d.supplement_count == 2
        assert d.second_supplement_reason == "Giấy xác nhận cấp sai tên"
        transition(s, d.id, "supply", on=date(2026, 3, 6))
        transition(s, d.id, "request_supplement", on=date(2026, 3, 9), note="Lần ba", second_time="Thêm bản dịch")
        assert d.supplement_count == 3
        assert d.second_supplement_reason == "Giấy xác nhận cấp sai tên\nThêm bản dịch"


def test_the_first_supplement_request_asks_for_the_missing_documents(db):
    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký thường trú")
        names = [x.name for x in proc.documents]
        d = take_in(s, documents=[DocumentLine(names[0]), DocumentLine(names[1], received=False)])
        transition(s, d.id, "request_supplement", on=date(2026, 3, 3), note="Thiếu")
        request = s.scalar(select(DossierEvent).where(DossierEvent.dossier_id == d.id,
                                                       DossierEvent.kind == "supplement_requested"))
        assert (request.items, request.note) == (names[1], "Thiếu")
        with pytest.raises(ValidationError) as exc:
            transition(s, take_in(s).id, "request_supplement", on=date(2026, 3, 3))
        assert refusal_codes(exc) == {"note": "dossier.reason_required"}  # Mẫu 02 prints its reason


# ---------------------------------------------------------------- apology once and in time
def _due(s, due: date, received: date | None = None):
    received = received or due - timedelta(days=20)
    return f.dossier(s, received=received, due=due)


@pytest.mark.parametrize("due, last_day, first_refused", [
    # due on a Monday: the Friday before is the last day, the Saturday is too late
    (date(2026, 3, 16), date(2026, 3, 13), date(2026, 3, 14)),
    # due Wednesday: Tuesday is the last day, Wednesday (the due date itself) too late
    (date(2026, 3, 18), date(2026, 3, 17), date(2026, 3, 18)),
    # due Monday 23 Feb 2026, after Tết (days off 16-20 Feb, weekends 14-15 and 21-22): Friday 13 Feb
    (date(2026, 2, 23), date(2026, 2, 13), date(2026, 2, 14)),
    # due Thursday 3 Sep 2026, after the National Day (31 Aug swapped, 1-2 Sep off): Friday 28 Aug
    (date(2026, 9, 3), date(2026, 8, 28), date(2026, 8, 29)),
])
def test_an_apology_is_no_later_than_one_working_day_before_the_due_date(db, due, last_day, first_refused):
    with transaction(db.sessions) as s:
        late = _due(s, due)
        with pytest.raises(ValidationError) as exc:
            transition(s, late.id, "apologize", on=first_refused, note="Chậm", new_date=due + timedelta(days=10))
        assert refusal_codes(exc) == {"date": "dossier.apology_too_late"}
        assert f"by {last_day:%d/%m/%Y}" in str(exc.value) and f"due date {due:%d/%m/%Y}" in str(exc.value)
        assert late.apology_new_date is None
        in_time = _due(s, due)
        transition(s, in_time.id, "apologize", on=last_day, note="Chậm", new_date=due + timedelta(days=10))
        assert in_time.apology_new_date == due + timedelta(days=10) and in_time.due_date == due


def test_the_make_up_saturday_is_a_working_day_for_the_apology(db):
    """Saturday 22 Aug 2026 is worked (swapped for Monday 31 Aug): for a due date of Monday 24 Aug
    the last day of an apology is that Saturday."""
    with transaction(db.sessions) as s:
        d = _due(s, date(2026, 8, 24))
        transition(s, d.id, "apologize", on=date(2026, 8, 22), note="Chậm", new_date=date(2026, 8, 28))
        with pytest.raises(ValidationError):
            transition(s, _due(s, date(2026, 8, 24)).id, "apologize", on=date(2026, 8, 23), note="Chậm",
                       new_date=date(2026, 8, 28))


def test_an_apology_during_a_pause_counts_the_pause_so_far(db):
    with transaction(db.sessions) as s:
        d = take_in(s)  # due Wed 11 Mar
        transition(s, d.id, "request_supplement", on=date(2026, 3, 5), note="Thiếu")
        # On Thu 12 Mar, paused since Thu 5: 5 working days so far, so the due date in force is Wed 18.
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "apologize", on=date(2026, 3, 12), note="Chậm", new_date=date(2026, 3, 18))
        assert refusal_codes(exc) == {"new_date": "dossier.new_date_after_due"}
        transition(s, d.id, "apologize", on=date(2026, 3, 12), note="Chậm", new_date=date(2026, 3, 19))
        event = s.scalar(select(DossierEvent).where(DossierEvent.dossier_id == d.id, DossierEvent.kind == "apology"))
        assert event.due_date == date(2026, 3, 18)  # Mẫu 04's promised date
        assert d.due_date == date(2026, 3, 11)  # the due date moves only when the supplement comes


def test_an_apology_is_given_once(db):
    with transaction(db.sessions) as s:
        d = _due(s, date(2026, 3, 18))
        transition(s, d.id, "apologize", on=date(2026, 3, 10), note="Chậm", new_date=date(2026, 3, 25))
        assert "apologize" not in allowed_actions(d)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "apologize", on=date(2026, 3, 11), note="Chậm nữa", new_date=date(2026, 3, 30))
        assert refusal_codes(exc) == {None: "dossier.apology_once"}
        assert d.apology_new_date == date(2026, 3, 25)  # the first new date stands


def test_the_appointment_of_the_receipt_is_never_rewritten(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        given = appointment_of(d)
        assert given == datetime(2026, 3, 11, 16, 0) and d.due_date == date(2026, 3, 11)
        transition(s, d.id, "request_supplement", on=date(2026, 3, 3), note="Thiếu")
        transition(s, d.id, "supply", on=date(2026, 3, 6))
        transition(s, d.id, "apologize", on=date(2026, 3, 9), note="Chậm", new_date=date(2026, 3, 20))
        update_details(s, d.id, applicant=Applicant("Nguyễn Thị Hường", phone="0912345678"))
        assert d.due_date == date(2026, 3, 16) and appointment_of(d) == given


# ---------------------------------------------------------------- refusal at the counter
def test_a_refusal_at_the_counter_is_on_the_day_presented(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "refuse", on=date(2026, 3, 3), note="Không thuộc thẩm quyền")
        assert refusal_codes(exc) == {"date": "dossier.refuse_same_day"}
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "refuse", on=datetime(2026, 3, 2, 10, 0))
        assert refusal_codes(exc) == {"note": "dossier.reason_required"}
        transition(s, d.id, "refuse", on=datetime(2026, 3, 2, 10, 0), note="Không thuộc thẩm quyền")
        assert (d.status, d.completed_date) == ("refused", None)
        assert allowed_actions(d) == [] and appointment_of(d) is None
        with pytest.raises(TransitionError):
            transition(s, d.id, "return", on=date(2026, 3, 3))


def test_a_dossier_refused_at_the_counter_is_never_received(db):
    """Never received (domain.md): its history says it was presented, it has no due date to show nor
    to be late against, and the book lists it with its refusal, not as "Nhận hồ sơ"."""
    from core.book import book_of
    from core.dossier_queries import deadline_state
    from core.dossiers import dossier_json

    with transaction(db.sessions) as s:
        d = take_in(s)
        transition(s, d.id, "refuse", on=datetime(2026, 3, 2, 9, 40), note="Không thuộc thẩm quyền")
        s.flush()
        s.expire(d, ["events"])
        data = dossier_json(d)
        assert [(e["action"], e["at"]) for e in data["events"]] == [("presented", "2026-03-02T09:30"),
                                                                    ("refused", "2026-03-02T09:40")]
        assert (data["due_date"], data["appointment_date"]) == (None, None)
        state = deadline_state(d, date(2026, 3, 20), date(2026, 3, 24))
        assert state.not_received and not state.overdue and not state.due_soon
        line, = book_of(s, Period.month(2026, 3), today=date(2026, 3, 31)).lines
        assert (line.received, line.appointment, line.returned, line.delivery) == (None, None, None, "")
        assert line.note == "Từ chối tiếp nhận (Mẫu 03): Không thuộc thẩm quyền; nộp lúc 09:30 02/03/2026"
        assert line.number == 1  # its number was given when it was entered (never reused)


def test_a_dossier_in_process_is_rejected_not_refused_at_the_counter(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        transition(s, d.id, "request_supplement", on=date(2026, 3, 2), note="Thiếu")
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "refuse", on=date(2026, 3, 2), note="x")
        assert refusal_codes(exc) == {None: "dossier.refuse_only_at_counter"}
        transition(s, d.id, "supply", on=date(2026, 3, 2))
        assert "refuse" not in allowed_actions(d)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "refuse", on=date(2026, 3, 2), note="x")
        assert refusal_codes(exc) == {None: "dossier.refuse_only_at_counter"}
        batch = ImportBatch(kind="dossiers", file_name="he-thong.xlsx")
        s.add(batch)
        s.flush()
        imported = f.dossier(s, received=date(2026, 3, 2), due=date(2026, 3, 5))
        assert "refuse" in allowed_actions(imported)
        imported.import_batch_id = batch.id  # received by the provincial system, not at this counter
        assert "refuse" not in allowed_actions(imported)


def test_a_refused_dossier_is_in_no_figure_and_counted_on_its_day(db):
    march, april = Period.month(2026, 3), Period.month(2026, 4)
    with transaction(db.sessions) as s:
        before = [dossier_section(s, p) for p in (march, april)]
        d = take_in(s, at=datetime(2026, 3, 2, 9, 30))
        transition(s, d.id, "refuse", on=datetime(2026, 3, 2, 9, 40), note="Không thuộc thẩm quyền")
        s.flush()
        after = [dossier_section(s, p) for p in (march, april)]
        for was, now in zip(before, after):
            assert now["total"] == was["total"] and now["by_field"] == was["by_field"]
        assert (after[0]["refused_at_counter"], after[1]["refused_at_counter"]) == (1, 0)
        assert dossier_section(s, Period(date(2026, 3, 2), date(2026, 3, 2)))["refused_at_counter"] == 1
        assert dossier_section(s, Period(date(2026, 3, 3), date(2026, 3, 31)))["refused_at_counter"] == 0
        # the dashboard, the workload and the list's deadlines do not see it either
        dash = dashboard_figures(s, today=date(2026, 3, 20))
        assert dash.open == 0 and dash.overdue == 0 and sum(n for _, n in dash.by_field) == 0
        assert dashboard_figures(s, today=date(2026, 3, 2)).received_today == 0
        assert handler_workload(s, date(2026, 3, 20)) == []
        assert build_return(s, march)["dossiers"]["refused_at_counter"] == 1


def test_a_refused_dossier_keeps_its_book_number_and_numbers_go_on_per_year(db):
    with transaction(db.sessions) as s:
        a = take_in(s, at=datetime(2025, 12, 31, 9, 0))
        b = take_in(s, at=datetime(2026, 1, 5, 9, 0))
        transition(s, b.id, "refuse", on=datetime(2026, 1, 5, 9, 5), note="Sai nơi nộp")
        c = take_in(s, at=datetime(2026, 1, 5, 10, 0))
        late = take_in(s, at=datetime(2025, 12, 30, 15, 0))  # entered late: last year's book
        assert [(x.book_year, x.book_number) for x in (a, b, c, late)] == [(2025, 1), (2026, 1), (2026, 2), (2025, 2)]
        assert {x.book_volume for x in (a, b, c, late)} == {1}


def test_the_book_volume_follows_the_office_setting(db):
    from core import settings

    with transaction(db.sessions) as s:
        settings.put(s, "counter.book_volume_size", 2)
        numbers = [take_in(s, at=datetime(2026, 3, 2, 9, n)) for n in range(5)]
        assert [(x.book_volume, x.book_number) for x in numbers] == [(1, 1), (1, 2), (2, 3), (2, 4), (3, 5)]


def test_a_moment_later_today_is_in_the_future(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "return", on=datetime(2026, 3, 2, 17, 0), now=datetime(2026, 3, 2, 10, 0))
        assert refusal_codes(exc) == {"date": "date_in_future"}
        transition(s, d.id, "return", on=datetime(2026, 3, 2, 17, 0), now=datetime(2026, 3, 2, 17, 0))
        with pytest.raises(ValidationError) as exc:
            intake(s, procedure_id=d.procedure_id, applicant=Applicant("B"), received_at=datetime(2026, 3, 2, 17, 0),
                   now=datetime(2026, 3, 2, 16, 0))
        assert refusal_codes(exc) == {"received_at": "dossier.future_receipt"}


def test_a_stop_records_the_refunded_fee(db):
    with transaction(db.sessions) as s:
        d = take_in(s)
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "withdraw", on=date(2026, 3, 3), refunded_fee=-5)
        assert refusal_codes(exc) == {"refunded_fee": "dossier.refunded_fee"}
        with pytest.raises(ValidationError) as exc:  # beyond any fee, and beyond the column
            transition(s, d.id, "withdraw", on=date(2026, 3, 3), refunded_fee=10 ** 26)
        assert refusal_codes(exc) == {"refunded_fee": "dossier.fee_too_large"}
        transition(s, d.id, "withdraw", on=date(2026, 3, 3), note="Theo đề nghị", refunded_fee=15000)
        assert (d.status, d.completed_date, d.refunded_fee) == ("withdrawn", date(2026, 3, 3), 15000)


# ---------------------------------------------------------------- the checklist of documents
def test_intake_starts_from_the_procedures_checklist(db):
    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        set_required_documents(s, proc.id, [RequiredDocument("Tờ khai", "original", 1),
                                            RequiredDocument("Giấy chứng sinh", "original", 1),
                                            RequiredDocument("  ", "copy", 1)])
        assert [(x.name, x.form, x.copies) for x in proc.documents] == [("Tờ khai", "original", 1),
                                                                        ("Giấy chứng sinh", "original", 1)]
        d = take_in(s, "Đăng ký khai sinh")
        assert [(x.name, x.received) for x in d.documents] == [("Tờ khai", True), ("Giấy chứng sinh", True)]
        with pytest.raises(ValidationError):
            set_required_documents(s, proc.id, [RequiredDocument("Tờ khai", "photo", 1)])
        with pytest.raises(ValidationError):
            set_required_documents(s, proc.id, [RequiredDocument("Tờ khai", "original", 0)])
        with pytest.raises(ValidationError) as exc:
            take_in(s, "Đăng ký khai sinh", documents=[DocumentLine("Tờ khai", "original", 120)])
        assert refusal_codes(exc) == {"documents": "dossier.document_copies"}


def test_the_seed_catalogue_has_required_documents(db):
    with transaction(db.sessions, write=False) as s:
        for name in ("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Chứng thực bản sao từ bản chính",
                     "Đăng ký thường trú", "Đăng ký thành lập hộ kinh doanh"):
            proc = find_procedure(s, name)
            assert proc.documents and all(d.form in ("original", "copy", "certified_copy") for d in proc.documents), name


# ---------------------------------------------------------------- the import
def test_the_import_accepts_refused_at_the_counter(db, tmp_path):
    path = write_xlsx(tmp_path / "hs.xlsx", [
        ("R-1", "Đăng ký khai sinh", "Hộ tịch", "An", "Trực tiếp", "02/03/2026", "", "", "", "Từ chối tiếp nhận"),
        ("R-2", "Đăng ký khai sinh", "Hộ tịch", "Bình", "Trực tiếp", "03/03/2026", "", "", "", "Không tiếp nhận"),
        ("R-3", "Đăng ký khai sinh", "Hộ tịch", "Chi", "Trực tiếp", "03/03/2026", "", "", "", "Đang xử lý"),
    ])
    assert run_import("dossiers", db, path).inserted == 3
    with transaction(db.sessions, write=False) as s:
        assert [d.status for d in s.scalars(select(Dossier).order_by(Dossier.code))] == ["refused", "refused",
                                                                                          "in_progress"]
        data = dossier_section(s, Period.month(2026, 3))
    assert data["refused_at_counter"] == 2 and data["total"]["received"] == 1 and data["total"]["pending"] == 1
