"""The dossier list's queries: filters, search, sorting and every way of reading a window."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from core.calendar import WorkCalendar
from core.db import transaction
from core.dossier_queries import (KEYSET_SORTS, SORTS, UNASSIGNED, DossierFilter, Sort, count_dossiers,
                                  deadline_state, distinct_fields, due_soon_horizon, fetch_rows, handler_choices,
                                  rows_by_ids, search_ids, sort_key_of)
from core.dossiers import search_key
from core.formatting import fold
from core.models import Dossier, Procedure, Staff

TODAY = date(2026, 3, 11)  # a Wednesday
NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Đức Anh", "Phạm Thị Hồng Nhung", "Đỗ Quang Đạt", None]
CAL = WorkCalendar()


def _add(s, n=1, **kw) -> Dossier:
    procs = s.info.setdefault("procs", {})
    pname = kw.pop("procedure", "Chứng thực bản sao từ bản chính")
    field = kw.pop("field", "Chứng thực")
    proc = procs.get(pname)
    if proc is None:
        proc = s.query(Procedure).filter_by(name_key=fold(pname)).one_or_none()
        if proc is None:
            proc = Procedure(name=pname, name_key=fold(pname), field=field, legal_days=3,
                             deadline_unit="working_days", active=True)
            s.add(proc)
            s.flush()
        procs[pname] = proc
    received = kw.pop("received", TODAY - timedelta(days=5))
    at = kw.pop("at", datetime.combine(received, time(9, n % 60)))
    status = kw.pop("status", "in_progress")
    completed = kw.pop("completed", None)
    if completed is None and status in ("returned", "rejected", "withdrawn"):
        completed = received + timedelta(days=2)
    code = kw.pop("code", None) or f"HS-{received:%y%m%d}-{n:04d}"
    applicant = kw.pop("applicant", "Nguyễn Văn An")
    d = Dossier(code=code, procedure_id=proc.id, field=field, applicant_name=applicant, channel=kw.pop("channel", "direct"),
                received_at=at, received_date=received, due_date=kw.pop("due", received + timedelta(days=4)),
                completed_date=completed, status=status, supplement_count=0, paused_days=0,
                search_key=search_key(code, applicant, pname), **kw)
    s.add(d)
    s.flush()
    return d


def fill_register(db) -> None:
    """About 300 dossiers with varied values, plus a few placed exactly for the deadline filters."""
    rng = random.Random(7)
    with transaction(db.sessions) as s:
        staff = [Staff(full_name=n, name_key=fold(n), category="civil_servant") for n in ("Bùi Thị Lan", "Vũ Văn Hải")]
        s.add_all(staff)
        s.flush()
        procs = [("Chứng thực bản sao từ bản chính", "Chứng thực"), ("Đăng ký khai sinh", "Hộ tịch"),
                 ("Đăng ký kết hôn", "Hộ tịch"), ("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng")]
        for i in range(1, 301):
            pname, field = rng.choice(procs)
            received = TODAY - timedelta(days=rng.randint(0, 120))
            status = rng.choice(["in_progress", "returned", "returned", "rejected", "withdrawn", "awaiting_supplement"])
            handler = rng.choice([None, staff[0], staff[1]])
            _add(s, i, procedure=pname, field=field, received=received, status=status,
                 at=datetime.combine(received, time(rng.randint(7, 16), rng.randint(0, 59))),
                 channel=rng.choice(["online", "direct", "postal"]), applicant=rng.choice(NAMES),
                 due=received + timedelta(days=rng.randint(0, 20)),
                 handler_id=handler.id if handler else None, handler_name=handler.full_name if handler else None,
                 supplement_requested_date=received if status == "awaiting_supplement" else None)
        # Exactly placed: overdue, due today, due soon (Fri 13 Mar is 2 working days ahead), later.
        _add(s, 901, code="X-OVERDUE", received=date(2026, 3, 2), due=date(2026, 3, 10))
        _add(s, 902, code="X-TODAY", received=date(2026, 3, 5), due=TODAY)
        _add(s, 903, code="X-SOON", received=date(2026, 3, 6), due=date(2026, 3, 13))
        _add(s, 904, code="X-LATER", received=date(2026, 3, 6), due=date(2026, 3, 16))
        _add(s, 905, code="X-PAUSED", received=date(2026, 3, 2), due=date(2026, 3, 9), status="awaiting_supplement",
             supplement_requested_date=date(2026, 3, 4))
        _add(s, 906, code="X-LATE-CLOSED", received=date(2026, 2, 2), due=date(2026, 2, 5), status="returned",
             completed=date(2026, 2, 9))
        _add(s, 907, code="X-OTHER-FIELD", received=date(2026, 3, 2), field="Tư pháp riêng",
             procedure="Đăng ký khai sinh")


@pytest.fixture
def register(populated_db):
    """A copy of the database fill_register makes (tests.template_db: filled once per run)."""
    return populated_db(fill_register)


def _all(s, spec, sort=Sort()):
    return fetch_rows(s, spec, sort, limit=10_000)


def test_count_matches_rows_for_each_filter(register):
    with transaction(register.sessions, write=False) as s:
        lan = next(i for i, n in handler_choices(s) if n == "Bùi Thị Lan")
        specs = [DossierFilter(), DossierFilter(statuses=("returned",)),
                 DossierFilter(statuses=("in_progress", "awaiting_supplement")),
                 DossierFilter(fields=("Hộ tịch",)), DossierFilter(channels=("postal",)),
                 DossierFilter(handler_id=lan), DossierFilter(handler_id=UNASSIGNED),
                 DossierFilter(received_from=TODAY - timedelta(days=30), received_to=TODAY),
                 DossierFilter(received_from=TODAY, received_to=TODAY - timedelta(days=1)),
                 DossierFilter(fields=("Hộ tịch", "Xây dựng"), channels=("online",), statuses=("returned",))]
        everything = _all(s, DossierFilter())
        assert count_dossiers(s) == len(everything) == 307
        for spec in specs:
            rows = _all(s, spec)
            assert count_dossiers(s, spec) == len(rows), spec
        # The filters select what they say.
        assert {r.status for r in _all(s, specs[1])} == {"returned"}
        assert {r.field for r in _all(s, specs[3])} == {"Hộ tịch"}
        assert {r.channel for r in _all(s, specs[4])} == {"postal"}
        assert {r.handler_name for r in _all(s, specs[5])} == {"Bùi Thị Lan"}
        assert {r.handler_name for r in _all(s, specs[6])} == {None}
        assert all(TODAY - timedelta(days=30) <= r.received_at.date() <= TODAY for r in _all(s, specs[7]))
        assert count_dossiers(s, specs[8]) == 0


def test_deadline_filters(register):
    with transaction(register.sessions, write=False) as s:
        def codes(deadline):
            return {r.code for r in _all(s, DossierFilter(deadline=deadline, today=TODAY)) if r.code.startswith("X-")}
        assert codes("overdue") == {"X-OVERDUE", "X-OTHER-FIELD"}  # due 10 Mar and 6 Mar
        assert "X-PAUSED" not in codes("overdue")  # the clock is stopped while awaiting a supplement
        assert codes("due_today") == {"X-TODAY"}
        assert codes("due_soon") == {"X-TODAY", "X-SOON"}
        assert due_soon_horizon(TODAY, CAL) == date(2026, 3, 13)
        # Every row's colour agrees with the filters.
        horizon = due_soon_horizon(TODAY, CAL)
        overdue = {r.id for r in _all(s, DossierFilter(deadline="overdue", today=TODAY))}
        soon = {r.id for r in _all(s, DossierFilter(deadline="due_soon", today=TODAY))}
        for r in _all(s, DossierFilter()):
            state = deadline_state(r, TODAY, horizon)
            assert state.overdue == (r.id in overdue), r
            assert state.due_soon == (r.id in soon), r
            assert state.closed_late == (r.completed_date is not None and r.completed_date > r.due_date)


def test_search_is_diacritic_insensitive_and_wordwise(register):
    with transaction(register.sessions, write=False) as s:
        for text in ("nguyen van an", "NGUYỄN  văn   AN", "Nguyễn Văn An"):
            rows = _all(s, DossierFilter(search=text))
            assert rows and all(r.applicant_name == "Nguyễn Văn An" for r in rows)
        assert {r.applicant_name for r in _all(s, DossierFilter(search="do dat"))} == {"Đỗ Quang Đạt"}
        assert {r.code for r in _all(s, DossierFilter(search="x-today"))} == {"X-TODAY"}
        assert {r.procedure_name for r in _all(s, DossierFilter(search="giay phep xay dung"))} == {
            "Cấp giấy phép xây dựng nhà ở riêng lẻ"}
        assert _all(s, DossierFilter(search="100%_")) == []  # LIKE and GLOB wildcards are literal
        assert _all(s, DossierFilter(search="*")) == [] and _all(s, DossierFilter(search="x-tod?y")) == []
        # Words of letters match at the start of a word; words with digits anywhere (codes).
        assert {r.applicant_name for r in _all(s, DossierFilter(search="hong"))} == {"Phạm Thị Hồng Nhung"}
        assert _all(s, DossierFilter(search="ong")) == []
        assert {r.applicant_name for r in _all(s, DossierFilter(search="an"))} == {"Nguyễn Văn An", "Lê Đức Anh"}
        found = {r.code for r in _all(s, DossierFilter(search="0150"))}
        assert found and found == {r.code for r in _all(s, DossierFilter()) if "0150" in r.code}
        assert count_dossiers(s, DossierFilter(search="nguyen van an")) == len(_all(s, DossierFilter(search="an nguyen")))


def test_search_ids_agree_with_paging(register):
    with transaction(register.sessions, write=False) as s:
        for text in ("nguyen", "khai sinh", "hs-26", "zzz"):
            for sort in (Sort(), Sort("applicant", False), Sort("due", True), Sort("procedure", False)):
                spec = DossierFilter(search=text, statuses=("in_progress", "returned"))
                ids = search_ids(s, spec, sort)
                assert ids == [r.id for r in _all(s, spec, sort)]
                assert [r.id for r in rows_by_ids(s, ids[:7])] == ids[:7]
        assert search_ids(s, DossierFilter(search="nguyen"), cap=5) is None  # too many: page instead
        assert search_ids(s, DossierFilter(statuses=("returned",))) is None  # no search: page instead


def _python_order(rows, key: str, descending: bool):
    if key == "result":  # early, on time, late (then by closing day); the open ones last
        from core.dossier_queries import closing_result

        rank = {"early": 1, "on_time": 2, "late": 3}
        present = sorted((r for r in rows if closing_result(r)), reverse=descending,
                         key=lambda r: (rank[closing_result(r)], r.completed_date, r.id))
        empty = sorted((r for r in rows if not closing_result(r)), key=lambda r: r.id, reverse=descending)
        return [r.id for r in present + empty]
    attr = {"received": "received_at", "applicant": "applicant_name", "procedure": "procedure_name",
            "handler": "handler_name", "due": "due_date", "completed": "completed_date"}.get(key, key)
    second = {"field": "received_at", "channel": "received_at", "status": "due_date"}.get(key)
    present = [r for r in rows if getattr(r, attr) is not None]
    empty = [r for r in rows if getattr(r, attr) is None]

    def k(r):
        return (getattr(r, attr), getattr(r, second) if second else 0, r.id)
    present.sort(key=k, reverse=descending)
    empty.sort(key=lambda r: r.id, reverse=descending)
    return [r.id for r in present + empty]


@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_orders_in_sql(register, descending):
    with transaction(register.sessions, write=False) as s:
        rows = _all(s, DossierFilter())
        for key in SORTS:
            got = [r.id for r in _all(s, DossierFilter(), Sort(key, descending))]
            if key in ("applicant", "procedure", "field", "handler"):
                # Text order is the database's collation; check the grouping and the empties last.
                attr = {"applicant": "applicant_name", "procedure": "procedure_name", "handler": "handler_name",
                        "field": "field"}[key]
                values = [r for r in _all(s, DossierFilter(), Sort(key, descending))]
                seen = [getattr(r, attr) for r in values]
                non_empty = [v for v in seen if v is not None]
                assert seen == non_empty + [None] * (len(seen) - len(non_empty)), key
                assert sorted(got) == sorted(r.id for r in rows)
            else:
                assert got == _python_order(rows, key, descending), key


@pytest.mark.parametrize("key", sorted(SORTS))
def test_windows_agree_with_one_big_read(register, key):
    with transaction(register.sessions, write=False) as s:
        spec = DossierFilter(statuses=("returned", "in_progress", "awaiting_supplement"))
        sort = Sort(key, key != "code")
        full = [r.id for r in _all(s, spec, sort)]
        total = count_dossiers(s, spec)
        assert total == len(full)
        for offset in (0, 37, total // 2 - 3, total // 2 + 5, total - 10, total - 1, total + 5):
            got = [r.id for r in fetch_rows(s, spec, sort, offset=offset, limit=25, total=total)]
            assert got == full[offset:offset + 25], offset
            assert [r.id for r in fetch_rows(s, spec, sort, offset=offset, limit=25)] == full[offset:offset + 25]
        if key in KEYSET_SORTS:
            window = fetch_rows(s, spec, sort, offset=40, limit=20)
            after = fetch_rows(s, spec, sort, after=sort_key_of(window[-1], sort), limit=20)
            before = fetch_rows(s, spec, sort, before=sort_key_of(window[0], sort), limit=20)
            assert [r.id for r in after] == full[60:80]
            assert [r.id for r in before] == full[20:40]
        else:
            with pytest.raises(ValueError):
                fetch_rows(s, spec, sort, after=(None, 1))


def test_distinct_fields_and_handlers(register):
    with transaction(register.sessions, write=False) as s:
        fields = distinct_fields(s)
        assert "Tư pháp riêng" in fields  # a dossier's own field, not in the catalogue
        assert "Hộ tịch" in fields and fields == sorted(fields, key=fold)
        assert [n for _, n in handler_choices(s)] == ["Bùi Thị Lan", "Vũ Văn Hải"]


def test_from_options():
    spec = DossierFilter.from_options({"deadline": "overdue", "statuses": "returned", "unknown": 1})
    assert spec == DossierFilter(deadline="overdue", statuses=("returned",))
    assert DossierFilter().is_empty() and not spec.is_empty()
