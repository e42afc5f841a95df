"""`import sites FILE`: the site-problem register (villages or places without mobile signal, power,
internet or a passable road) from a workbook, CSV or JSON list.

Every row is checked first; any error refuses the whole file. Rows are added (a site problem has no
code to recognise it by); the same rules as the window's form apply (core.equipment): a place and a
kind are required, households are a whole number ≥ 0, "since" is not in the future, a resolved
problem is resolved on or after it began (on the day given, else today).
"""
from __future__ import annotations

from sqlalchemy import insert

from core import lengths
from core.equipment import parse_quantity
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


@register("sites")
class SiteProblemImport(Importer):
    kind = "sites"
    columns = COLUMNS
    tolerant_header = True

    def checker(self, run: Run):
        def check(row_no: int, v: dict):
            kind = label_code(run, row_no, "kind", v["kind"], PROBLEM_KIND, "import.not_problem_kind", loose=True)
            status = (label_code(run, row_no, "status", v.get("status"), PROBLEM_STATUS, "import.not_status",
                                 loose=True) if v.get("status") else PROBLEM_STATUS.default)
            since, resolved = v.get("since"), v.get("resolved")
            if since is not None and since > run.today:
                run.error(row_no, "since", "date_in_future")
            if status == "resolved":
                resolved = resolved or run.today
                if resolved > run.today:
                    run.error(row_no, "resolved", "date_in_future")
                elif since is not None and resolved < since:
                    run.error(row_no, "resolved", "equipment.resolved_before_since")
            elif resolved is not None and status is not None:
                run.error(row_no, "resolved", "import.resolved_but_open",
                          status=PROBLEM_STATUS.label(status))
            place = v["place"]
            return {"place": place, "place_key": fold(place), "kind": kind, "description": v.get("description"),
                    "since": since, "households": v.get("households"), "status": status,
                    "resolved_date": resolved if status == "resolved" else None, "notes": v.get("notes")}

        return check

    def write(self, run: Run, batch_id: int) -> None:
        """The problems, each with its history as core.equipment.add_problem starts it (the return
        shows a problem as it stood on its day): imported on its own date (since, else today), and one
        resolved already was open until its resolved date."""
        conn = run.session.connection()
        for r in run.records:
            r["import_batch_id"] = batch_id
        ids = conn.execute(insert(SiteProblem).returning(SiteProblem.id, sort_by_parameter_order=True),
                           run.records).scalars().all()
        events = []
        for pid, r in zip(ids, run.records):
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
        conn.execute(insert(SiteProblemEvent), events)
        if run.progress:
            run.progress(len(run.records), len(run.records))

