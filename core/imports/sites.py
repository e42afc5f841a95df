"""`import sites FILE`: the site-problem register (villages or places without mobile signal, power,
internet or a passable road) from a workbook, CSV or JSON list.

Every row is checked first, every bad cell of a row reported; any error refuses the whole file. A
site problem is recognised by its place (case, spaces and diacritics ignored), kind and first day: a
row naming one already recorded updates it (the file is re-importable: next month's list updates
this month's), the others are added; an outage that began after the place's last one of that kind
was fixed is a new problem. One place and kind twice in the file is an error unless both rows give
their own first days. The same rules as the window's form apply (core.equipment): a place and a
kind are required, households are a whole number ≥ 0, "since" is not in the future, a resolved
problem is resolved on or after it began; the file gives the day it was resolved (unless it was
recorded resolved already). On an update a blank description, date, households or note keeps what
was recorded, and the place keeps its first spelling; a change of status is a step of the
problem's history.
"""
from __future__ import annotations

from sqlalchemy import insert, select

from core import clock, lengths
from core.equipment import parse_quantity, site_problem_dates
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run, label_code
from core.imports.reader import Column, day
from core.models import SiteProblem, SiteProblemEvent
from core.vocab import PROBLEM_KIND, PROBLEM_STATUS

COLUMNS = [
    Column("place", ("Thôn, địa điểm", "place", "village", "thon", "dia diem", "thon, ban", "thon/to dan pho",
                     "thon, to dan pho", "ten thon", "ban", "to dan pho", "khu vuc", "noi"), required=True),
    Column("kind", ("Loại", "kind", "loai kho khan", "van de", "loai van de", "hien trang"), required=True),
    Column("description", ("Mô tả", "description", "mo ta", "noi dung", "chi tiet")),
    Column("since", ("Từ ngày", "since", "tu ngay", "bat dau tu", "thoi gian bat dau", "ngay phat sinh"), parse=day),
    Column("households", ("Số hộ bị ảnh hưởng", "households affected", "households", "so ho", "so ho anh huong",
                          "so ho dan bi anh huong"), parse=parse_quantity),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("resolved", ("Ngày khắc phục", "resolved", "resolved on", "ngay xu ly xong", "ngay da khac phuc"),
           parse=day),
    Column("notes", ("Ghi chú", "notes", "ghi chu")),
    Column("no", ("STT", "no.", "no", "so thu tu", "tt"), ignored=True),
]
lengths.declare(COLUMNS, {"place": SiteProblem.place})  # the column's length (core.lengths)


# Fields a blank cell does not erase on an update.
KEPT_WHEN_BLANK = ("description", "since", "households", "notes")
# The history's step for a status an update gives (core.equipment.update_problem's).
STEP_OF_STATUS = {"resolved": "resolved", "in_progress": "started", "open": "reopened"}


def _recorded_problem(problems: list[SiteProblem], since) -> SiteProblem | None:
    """The recorded problem a row of this place and kind is about (see SiteProblemImport.finish)."""
    if not problems:
        return None
    if since is not None:
        same = [p for p in problems if p.since == since]
        if same:
            return same[-1]
    still = [p for p in problems if p.status != "resolved"]
    if still:
        return still[-1]
    latest = max(problems, key=lambda p: (p.resolved_date or p.since or clock.EARLIEST_DAY, p.id))
    if since is not None and latest.resolved_date is not None and since > latest.resolved_date:
        return None  # began after the last one was fixed: a new outage
    return latest


@register("sites")
class SiteProblemImport(Importer):
    kind = "sites"
    columns = COLUMNS
    tolerant_header = True
    check_partial = True

    def checker(self, run: Run):
        def check(row_no: int, v: dict):
            kind = label_code(run, row_no, "kind", v.get("kind"), PROBLEM_KIND, "import.not_problem_kind",
                              loose=True)
            status = (label_code(run, row_no, "status", v.get("status"), PROBLEM_STATUS, "import.not_status",
                                 loose=True) if v.get("status") else PROBLEM_STATUS.default)
            since, given = v.get("since"), v.get("resolved")
            resolved, problems = site_problem_dates(since, status, given, run.today)
            for key, found in problems.items():
                run.error(row_no, "resolved" if key == "resolved_date" else key, found)
            if status != "resolved" and given is not None and status is not None:
                run.error(row_no, "resolved", "import.resolved_but_open",
                          status=PROBLEM_STATUS.label(status))
            place = v.get("place") or ""
            return {"row_no": row_no, "place": place, "place_key": fold(place), "kind": kind,
                    "description": v.get("description"),
                    "since": since, "households": v.get("households"), "status": status,
                    "resolved_date": resolved, "notes": v.get("notes"), "resolved_given": given is not None}

        return check

    def finish(self, run: Run) -> None:
        """Each row's problem already recorded, if any: of the place's problems of that kind, the one
        that began the same day, else the one not resolved yet, else the latest, unless the row began
        after that one was resolved (a new outage at the same place is a problem of its own, so that
        the months of the first keep it as it was). One place and kind twice in the file only as two
        outages, each with its own first day. A problem resolved needs its day, unless it was
        recorded resolved already (the import would otherwise date it today, and every month since it
        began would show it open)."""
        seen: dict[tuple[str, str], list[tuple]] = {}
        for r in run.records:
            key = (r["place_key"], r["kind"])
            again = next((n for since, n in seen.get(key, ())
                          if since is None or r["since"] is None or since == r["since"]), None)
            if again is not None:
                run.error(r["row_no"], "kind", "import.repeated", value=f"{r['place']}, {PROBLEM_KIND.label(r['kind'])}",
                          first=again)
            else:
                seen.setdefault(key, []).append((r["since"], r["row_no"]))
        keys = {r["place_key"] for r in run.records}
        recorded: dict[tuple[str, str], list[SiteProblem]] = {}
        found = run.session.scalars(select(SiteProblem).where(SiteProblem.place_key.in_(keys))
                                    .order_by(SiteProblem.id)) if keys else ()
        for p in found:
            recorded.setdefault((p.place_key, p.kind), []).append(p)
        known: dict[int, SiteProblem] = {}
        for r in run.records:
            claimed = set(map(id, known.values()))
            p = _recorded_problem([p for p in recorded.get((r["place_key"], r["kind"]), []) if id(p) not in claimed],
                                  r["since"])
            if p is not None:
                known[r["row_no"]] = p
            if r["status"] == "resolved" and not r["resolved_given"]:
                if p is not None and p.status == "resolved" and p.resolved_date is not None:
                    r["resolved_date"] = p.resolved_date
                else:
                    run.error(r["row_no"], "resolved", "import.resolved_without_date")
        run.state["known"] = known

    def match(self, run: Run) -> tuple[int, int]:
        known = run.state["known"]
        updated = sum(1 for r in run.records if r["row_no"] in known)
        return len(run.records) - updated, updated

    def write(self, run: Run, batch_id: int) -> None:
        """New problems, each with its history as core.equipment.add_problem starts it (the return
        shows a problem as it stood on its day): imported on its own date (since, else today), and one
        resolved already was open until its resolved date. Known ones updated, a change of status a
        step of their history (resolved on its resolved date, another change on the day of the import)."""
        conn, known = run.session.connection(), run.state["known"]
        events = []
        new = []
        for r in run.records:
            p = known.get(r.pop("row_no"))
            r.pop("resolved_given")
            r["import_batch_id"] = batch_id
            if p is None:
                new.append(r)
                continue
            before = p.status
            for k, value in r.items():
                if (value is None and k in KEPT_WHEN_BLANK) or k == "place":  # the place as first written
                    continue
                setattr(p, k, value)
            if p.status != before:
                day_ = p.resolved_date if p.status == "resolved" else run.today
                events.append({"site_problem_id": p.id, "note": run.path.name, "user_name": run.user,
                               "action": STEP_OF_STATUS[p.status], "day": day_, "from_status": before,
                               "to_status": p.status})
        run.session.flush()
        ids = conn.execute(insert(SiteProblem).returning(SiteProblem.id, sort_by_parameter_order=True),
                           new).scalars().all() if new else []
        for pid, r in zip(ids, new):
            first = r["since"] or run.today
            step = {"site_problem_id": pid, "note": run.path.name, "user_name": run.user}
            if r["status"] == "resolved":
                events.append(step | {"action": "imported", "day": min(first, r["resolved_date"]),
                                      "from_status": None, "to_status": "open"})
                events.append(step | {"action": "resolved", "day": r["resolved_date"], "from_status": "open",
                                      "to_status": "resolved"})
            else:
                events.append(step | {"action": "imported", "day": first, "from_status": None,
                                      "to_status": r["status"]})
        if events:
            conn.execute(insert(SiteProblemEvent), events)
        if run.progress:
            run.progress(len(run.records), len(run.records))

