"""`import sites FILE`: the site-problem register (villages or places without mobile signal, power,
internet or a passable road) from a workbook, CSV or JSON list.

Every row is checked first, every bad cell of a row reported; any error refuses the whole file. A
site problem is recognised by its place (case, spaces and diacritics ignored) and kind: a row naming
one already recorded updates it (the file is re-importable: next month's list updates this month's),
the others are added; one place and kind twice in the file is an error. The same rules as the
window's form apply (core.equipment): a place and a kind are required, households are a whole
number ≥ 0, "since" is not in the future, a resolved problem is resolved on or after it began (on
the day given, else today). On an update a blank description, date, households or note keeps what
was recorded; a change of status is a step of the problem's history.
"""
from __future__ import annotations

from sqlalchemy import insert, select

from core import lengths
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
                    "resolved_date": resolved, "notes": v.get("notes")}

        return check

    def finish(self, run: Run) -> None:
        """A place and kind once in the file; each row's problem already recorded, if any (the
        unresolved one first, then the latest)."""
        first: dict[tuple[str, str], int] = {}
        for r in run.records:
            key = (r["place_key"], r["kind"])
            if key in first:
                run.error(r["row_no"], "kind", "import.repeated", value=f"{r['place']}, {PROBLEM_KIND.label(r['kind'])}",
                          first=first[key])
            else:
                first.setdefault(key, r["row_no"])
        keys = {r["place_key"] for r in run.records}
        known: dict[tuple[str, str], SiteProblem] = {}
        found = run.session.scalars(select(SiteProblem).where(SiteProblem.place_key.in_(keys))
                                    .order_by(SiteProblem.id)) if keys else ()
        for p in found:
            key = (p.place_key, p.kind)
            was = known.get(key)
            if was is None or (p.status != "resolved") >= (was.status != "resolved"):
                known[key] = p
        run.state["known"] = {key: p for key, p in known.items() if key in first}

    def match(self, run: Run) -> tuple[int, int]:
        known = run.state["known"]
        updated = sum(1 for r in run.records if (r["place_key"], r["kind"]) in known)
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
            r.pop("row_no")
            r["import_batch_id"] = batch_id
            p = known.get((r["place_key"], r["kind"]))
            if p is None:
                new.append(r)
                continue
            before = p.status
            for k, value in r.items():
                if value is None and k in KEPT_WHEN_BLANK:
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

