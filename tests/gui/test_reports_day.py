"""The Báo cáo page and the day of a return: the warning of a month still running, a month not begun
refused, the finalise button disabled (and why) until the day after the period, a finalised period
shown as submitted with its live figures on request."""
from __future__ import annotations

from datetime import date

import pytest

from core import clock
from core import finalise as F
from core.db import transaction
from core.returns import Period
from tests.core.test_return_day import DEC, NOV, TODAY, fill_december
from tests.factories import dossier
from tests.gui.helpers import outcome


@pytest.fixture
def frozen():
    clock.freeze(TODAY)
    yield
    clock.freeze(None)


@pytest.fixture
def page(qtbot, sqlite_db, frozen):
    from gui.context import AppContext
    from gui.pages.reports import ReportsPage

    with transaction(sqlite_db.sessions) as s:
        fill_december(s)
    p = ReportsPage(AppContext(sqlite_db))
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def test_a_running_month_is_announced_and_cannot_be_finalised(page):
    page.set_period(DEC)
    assert page.running_label.isVisible()
    warning = page.running_label.text()
    assert "10/12/2026" in warning and "31/12/2026" in warning and "01/01/2027" in warning
    assert page.data["period"]["as_of"] == "2026-12-10"
    summary = page.summary.text()
    assert "đang giải quyết 6" in summary and "quá hạn <b>2</b>" in summary
    box = page.finalised
    assert box.finalise_btn.isVisible() and not box.finalise_btn.isEnabled()
    assert "01/01/2027" in box.finalise_btn.toolTip() and "01/01/2027" in box.state.text()
    assert page.btn_pdf.isEnabled()  # a running month can still be printed (it says its day)
    page.set_period(NOV)  # ended: no warning, may be finalised
    assert not page.running_label.isVisible()
    assert box.finalise_btn.isEnabled() and box.finalise_btn.toolTip() == ""


def test_a_month_not_begun_has_no_return(page):
    page.set_period(Period.month(2027, 1))
    assert page.data is None
    assert "01/01/2027" in page.summary.text() and "10/12/2026" in page.summary.text()
    assert not page.btn_xlsx.isEnabled() and not page.btn_pdf.isEnabled() and not page.running_label.isVisible()
    assert page.preview.rowCount() == 0


def test_the_day_after_the_period_it_can_be_finalised(page):
    clock.freeze(date(2027, 1, 1))
    page.set_period(DEC)
    assert not page.running_label.isVisible() and "as_of" not in page.data["period"]
    assert page.finalised.finalise_btn.isEnabled()
    assert outcome(page.finalised.finalise())
    assert "phiên bản 1" in page.finalised.state.text()


def test_a_finalised_period_shows_the_submitted_figures_and_the_live_on_request(qtbot, page, sqlite_db):
    clock.freeze(date(2027, 1, 2))
    with transaction(sqlite_db.sessions) as s:
        F.finalise(s, DEC)
        dossier(s, code="LATE", received=date(2026, 12, 30), due=date(2027, 1, 8))
    page.set_period(DEC)
    assert page.live.isVisible() and not page.live.isChecked()
    assert page.data["dossiers"]["total"]["received"] == 4 and "live" not in page.data
    page.live.setChecked(True)
    assert page.data["dossiers"]["total"]["received"] == 5 and page.data["live"] is True
    page.set_period(NOV)
    assert not page.live.isVisible()
