"""The 766 estimate by the index's own method (domain.md, Service index): 2.1 over the dossiers
completed and pending, a dossier asked for a supplement more than once counted overdue; 3.6 and 4.2
from what the dossiers record (fee, paid online, digitised), "no data" when none records it, never 0."""
from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from core import clock
from core import dossiers as DS
from core.cli import build_parser, run_command
from core.consolidate import consolidate, read_return
from core.db import transaction
from core.errors import ImportFailed, ValidationError
from core.exports import write_return_files
from core.imports import run_import
from core.models import Dossier
from core.return_sections import build_return
from core.returns import NO_DATA, Figures, Period, index_766, index_of, service_index_counts
from tests.factories import dossier, procedure

OCT = Period.month(2026, 10)
TODAY = date(2026, 11, 10)


def fill_october(s):
    """Hand-computed below: completed in October A (early), B (on time, asked twice), C (late);
    pending on 31 October D, F, H within (H asked twice, F once by then) and E overdue; G is
    September's."""
    dossier(s, code="A", received=date(2026, 10, 1), due=date(2026, 10, 10), completed=date(2026, 10, 5),
            channel="online", fee=50_000, paid_online=True, digitised=True)
    dossier(s, code="B", received=date(2026, 10, 2), due=date(2026, 10, 12), completed=date(2026, 10, 12),
            supplements=(date(2026, 10, 3), date(2026, 10, 6)), fee=50_000, paid_online=False, digitised=False)
    dossier(s, code="C", received=date(2026, 10, 5), due=date(2026, 10, 9), completed=date(2026, 10, 20),
            digitised=True)
    dossier(s, code="D", received=date(2026, 10, 20), due=date(2026, 11, 5), fee=20_000)
    dossier(s, code="E", received=date(2026, 10, 10), due=date(2026, 10, 20))
    dossier(s, code="F", received=date(2026, 10, 15), due=date(2026, 11, 10),
            supplements=(date(2026, 10, 16), date(2026, 11, 2)))
    dossier(s, code="G", received=date(2026, 9, 25), due=date(2026, 9, 28), completed=date(2026, 9, 30),
            supplements=(date(2026, 9, 26), date(2026, 9, 27)), fee=10_000, paid_online=True, digitised=True)
    dossier(s, code="H", received=date(2026, 10, 12), due=date(2026, 11, 3),
            supplements=(date(2026, 10, 13), date(2026, 10, 15)))


@pytest.fixture
def october(db):
    with clock.frozen(TODAY):
        with transaction(db.sessions) as s:
            fill_october(s)
        yield db


def _by_code(rows):
    return {r["code"]: r for r in rows}


def test_the_index_by_its_own_method_computed_by_hand(october):
    with clock.frozen(TODAY), transaction(october.sessions, write=False) as s:
        data = build_return(s, OCT)
    d = data["dossiers"]
    t = d["total"]
    assert (t["completed"], t["completed_early"], t["completed_on_time"], t["completed_late"]) == (3, 1, 1, 1)
    assert (t["pending"], t["pending_within"], t["pending_overdue"], t["received"]) == (4, 3, 1, 7)
    # B (closed on time) and H (pending within) were asked twice by 31 October; F's second request
    # came on 2 November; G is not October's.
    assert d["service_index"] == {"repeated_supplement": 2, "with_fee": 3, "paid_online": 1,
                                  "paid_online_recorded": 2, "digitised": 2, "digitised_recorded": 3}
    idx = _by_code(index_of(d))
    # 2.1 = (early 1 + on time 1 + within 3 − 2 asked twice) ÷ (completed 3 + pending 4) = 3 ÷ 7
    assert (idx["2.1"]["numerator"], idx["2.1"]["denominator"], idx["2.1"]["rate"]) == (3, 7, 42.86)
    assert idx["2.1"]["points"] == 8.57  # 42.86 % of 20 points
    assert t["on_time_rate"] == 66.67    # the return's own rate is unchanged: (1 + 1) ÷ 3
    assert (idx["3.3"]["numerator"], idx["3.3"]["denominator"], idx["3.3"]["rate"]) == (1, 7, 14.29)
    # 3.6 = paid online (A) ÷ received with a fee (A, B, D)
    assert (idx["3.6"]["numerator"], idx["3.6"]["denominator"], idx["3.6"]["rate"]) == (1, 3, 33.33)
    # 4.2 = digitised (A, C) ÷ received (7)
    assert (idx["4.2"]["numerator"], idx["4.2"]["denominator"], idx["4.2"]["rate"]) == (2, 7, 28.57)
    assert idx["4.2"]["share_of_full"] == 35.71  # 28.57 of the 80 % that earns full points
    # 5.4 = 100 − (late 1 + overdue 1) ÷ 7
    assert idx["5.4"]["rate"] == 71.43
    for r in idx.values():
        assert r["name"] and r["measures"], r["code"]  # each says in words what it measures


def test_a_second_request_after_the_period_does_not_count(october):
    """F's second request (2 November) counts it overdue in a period ending after it, not in October."""
    with clock.frozen(date(2026, 11, 30)), transaction(october.sessions, write=False) as s:
        early_nov = service_index_counts(s, Period(date(2026, 11, 1), date(2026, 11, 5)))
        oct_ = service_index_counts(s, OCT)
    assert oct_["repeated_supplement"] == 2
    assert early_nov["repeated_supplement"] == 1  # F, within its time on 5 November (H is overdue by then)


def test_no_data_is_never_zero(db):
    with clock.frozen(TODAY):
        with transaction(db.sessions) as s:
            dossier(s, code="X", received=date(2026, 10, 3), due=date(2026, 10, 9), completed=date(2026, 10, 8))
            dossier(s, code="Y", received=date(2026, 10, 4), due=date(2026, 10, 9), fee=30_000)  # no paid online
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, OCT)
    idx = _by_code(index_of(data["dossiers"]))
    for code in ("3.6", "4.2"):
        assert idx[code]["rate"] is None and idx[code]["numerator"] is None, code
        assert idx[code]["points"] is None and idx[code]["share_of_full"] is None
    # Once one dossier records it, the share is computed, 0 % included.
    counts = dict(data["dossiers"]["service_index"], digitised_recorded=1)
    assert _by_code(index_766(Figures.from_json(data["dossiers"]["total"]), counts))["4.2"]["rate"] == 0.0


def test_a_return_made_before_the_counts_reads_as_no_data():
    """A workbook or finalised return without `service_index`: 2.1 without the supplement rule (it
    was not recorded), 3.6 and 4.2 "no data"."""
    t = Figures(completed=4, completed_early=2, completed_on_time=1, completed_late=1, pending=1, pending_within=1,
                received=5)
    idx = _by_code(index_of({"total": t.to_json()}))
    assert idx["2.1"]["rate"] == 80.0 and idx["3.6"]["rate"] is None and idx["4.2"]["rate"] is None


def test_the_documents_say_no_data_in_words(db, tmp_path):
    with clock.frozen(TODAY):
        with transaction(db.sessions) as s:
            dossier(s, code="X", received=date(2026, 10, 3), due=date(2026, 10, 9), completed=date(2026, 10, 8))
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, OCT)
            write_return_files(s, OCT, data, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Chỉ số 766 (ước tính)"]
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0] in ("2.1", "3.3", "3.6", "4.2", "5.4")}
    assert set(rows) == {"2.1", "3.3", "3.6", "4.2", "5.4"}
    for code in ("3.6", "4.2"):
        assert rows[code][4] == NO_DATA and rows[code][2] is None, rows[code]
    assert rows["2.1"][1].startswith("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: hồ sơ đã giải quyết")
    assert rows["2.1"][4] == 100.0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Tỷ lệ hồ sơ thực hiện số hóa" in text and NO_DATA in text
    assert "hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn" in text


def test_consolidation_adds_the_counts_up(october, tmp_path):
    paths = []
    with clock.frozen(TODAY), transaction(october.sessions, write=False) as s:
        data = build_return(s, OCT)
        for name in ("Xã Một", "Xã Hai"):
            path = tmp_path / f"{name}.xlsx"
            write_return_files(s, OCT, dict(data, commune=name), xlsx=path)
            paths.append(path)
    merged = consolidate([read_return(p) for p in paths])
    assert merged["dossiers"]["service_index"] == {k: 2 * v for k, v in data["dossiers"]["service_index"].items()}
    idx = _by_code(index_of(merged["dossiers"]))
    assert idx["2.1"]["rate"] == 42.86 and idx["3.6"]["rate"] == 33.33
    # One commune's return made before the counts were recorded: the province has no data for 3.6, 4.2.
    old = read_return(paths[0])
    old.data["dossiers"].pop("service_index")
    partial = consolidate([old, read_return(paths[1])])
    assert "service_index" not in partial["dossiers"]
    assert _by_code(index_of(partial["dossiers"]))["4.2"]["rate"] is None


# ---------------------------------------------------------------- recording the fields
def test_intake_and_edit_record_fee_paid_online_digitised(db):
    with clock.frozen(TODAY):
        with transaction(db.sessions) as s:
            p = procedure(s, name="Chứng thực bản sao", legal_days=1)
            d = DS.intake(s, procedure_id=p.id, applicant=DS.Applicant("Lê Thị Hoa"),
                          received_at=clock.now().replace(hour=9), fee=2_000, paid_online=True)
            did = d.id
            assert (d.fee, d.paid_online, d.digitised) == (2_000, True, None)
        with transaction(db.sessions) as s:
            DS.update_details(s, did, digitised=True, paid_online=None)
        with transaction(db.sessions) as s:
            d = s.get(Dossier, did)
            assert (d.fee, d.paid_online, d.digitised) == (2_000, None, True)  # fee left as it was
            assert d.events[-1].kind == "edited" and d.events[-1].note == "paid_online, digitised"
        with pytest.raises(ValidationError) as e, transaction(db.sessions) as s:
            DS.update_details(s, did, fee=-5)
        assert set(e.value.fields) == {"fee"}
        for wrong in ("nhiều", 10**9, True):
            with pytest.raises(ValidationError) as e, transaction(db.sessions) as s:
                DS.intake(s, procedure_id=p.id, applicant=DS.Applicant("A"), received_at=clock.now(), fee=wrong)
            assert "fee" in e.value.fields, wrong


CSV_HEAD = "Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả,Ngày trả kết quả"


def _csv(tmp_path, name, head, rows):
    path = tmp_path / name
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


def test_import_columns_fee_paid_online_digitised(db, tmp_path):
    head = CSV_HEAD + ",Lệ phí,Thanh toán trực tuyến,Số hóa"
    good = _csv(tmp_path, "a.csv", head, [
        "K1,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,02/10/2026,\"8.000\",Có,x",
        "K2,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,,8000,không,",
        "K3,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,,,,Không"])
    with clock.frozen(TODAY):
        run_import("dossiers", db, good)
        with transaction(db.sessions, write=False) as s:
            got = {d.code: (d.fee, d.paid_online, d.digitised) for d in s.query(Dossier)}
        assert got == {"K1": (8000, True, True), "K2": (8000, False, None), "K3": (None, None, False)}
        # A file without the columns updates the dossiers and leaves what was recorded.
        plain = _csv(tmp_path, "b.csv", CSV_HEAD, ["K1,Cấp bản sao trích lục,Hộ tịch,01/10/2026,06/10/2026,02/10/2026"])
        run_import("dossiers", db, plain)
        with transaction(db.sessions, write=False) as s:
            k1 = s.query(Dossier).filter_by(code="K1").one()
            assert (k1.due_date, k1.fee, k1.paid_online, k1.digitised) == (date(2026, 10, 6), 8000, True, True)
        bad = _csv(tmp_path, "c.csv", head, [
            "K4,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,,-1,Có,Có",
            "K5,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,,0,có lẽ,Có",
            "K6,Cấp bản sao trích lục,Hộ tịch,01/10/2026,05/10/2026,,\"200.000.000\",Có,Có"])
        with pytest.raises(ImportFailed) as e:
            run_import("dossiers", db, bad)
        lines = [str(p) for p in e.value.problems]
        assert any(line.startswith("row 2, Lệ phí: '-1'") for line in lines), lines
        assert any(line.startswith("row 3, Thanh toán trực tuyến: 'có lẽ' is not yes or no") for line in lines), lines
        assert any(line.startswith("row 4, Lệ phí: a fee of 200,000,000 đồng is implausibly large") for line in lines), lines
        with transaction(db.sessions, write=False) as s:
            assert s.query(Dossier).count() == 3  # nothing of the refused file


def test_the_command_line_carries_the_counts(october, capsys):
    target = october.engine.url.render_as_string(hide_password=False)
    with clock.frozen(TODAY):
        assert run_command(build_parser().parse_args(["--db", target, "report", "--month", "2026-10",
                                                      "--json", "-"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dossiers"]["service_index"]["repeated_supplement"] == 2
    assert _by_code(index_of(data["dossiers"]))["2.1"]["rate"] == 42.86


def test_the_counts_walk_an_index_range(sqlite_db):
    """The dossiers asked more than once are found through the supplement count's index (a handful),
    the period's receipts through the receipts' index: neither reads the whole register."""
    from tests.core.test_figures_plans import plan, statements_of

    with clock.frozen(TODAY):
        with transaction(sqlite_db.sessions) as s:
            fill_october(s)
        seen = statements_of(sqlite_db, lambda s: service_index_counts(s, OCT), table="dossier")
    assert len(seen) == 2
    repeated, received = (" | ".join(plan(sqlite_db, *x)) for x in seen)
    assert "SEARCH dossier USING INDEX ix_dossier_supplements (supplement_count>?)" in repeated, repeated
    assert "SEARCH dossier_event USING INDEX ix_dossier_event_dossier_id" in repeated, repeated
    assert "SEARCH dossier USING INDEX ix_dossier_received (received_date>? AND received_date<?)" in received, received
