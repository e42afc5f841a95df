"""`import dossiers FILE`: the dossier register from a workbook or CSV (columns in interfaces.md)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, insert, select, update

from core import sortkeys
from core.calendar import WorkCalendar
from core.dossiers import date_problems, fee_problem
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run
from core.imports.reader import Column, RowError, date_or_datetime, day, whole_number, yes_no
from core.models import Dossier, Procedure, Staff
from core.vocab import CHANNEL, CLOSED_STATUSES, DOSSIER_STATUS, REFUSED_STATUS
from core.word_index import bulk_word_index

COLUMNS = [
    Column("code", ("Mã hồ sơ", "code", "ma so ho so", "so ho so", "dossier code"), required=True),
    Column("procedure", ("Thủ tục", "procedure", "ten thu tuc", "thu tuc hanh chinh"), required=True),
    Column("field", ("Lĩnh vực", "field", "linh vuc")),
    Column("applicant", ("Người nộp", "applicant", "nguoi nop ho so", "ten nguoi nop", "chu ho so")),
    Column("channel", ("Kênh nộp", "channel", "hinh thuc nop")),
    Column("received", ("Ngày tiếp nhận", "received", "ngay nhan", "ngay nhan ho so"), required=True,
           parse=date_or_datetime),
    Column("due", ("Hạn trả", "due", "ngay hen tra", "han giai quyet", "due date"), parse=day),
    Column("completed", ("Ngày trả kết quả", "completed", "ngay tra", "ngay hoan thanh",
                         "completed date"), parse=day),
    Column("handler", ("Cán bộ xử lý", "handler", "can bo thu ly", "nguoi xu ly")),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("supplement_requested", ("Ngày yêu cầu bổ sung", "supplement requested",
                                    "ngay yeu cau bo sung ho so"), parse=day),
    Column("fee", ("Lệ phí", "fee", "phi, le phi", "phi le phi", "le phi (dong)"), parse=whole_number),
    Column("paid_online", ("Thanh toán trực tuyến", "paid online", "thanh toan truc tuyen", "da thanh toan truc tuyen"),
           parse=yes_no),
    Column("digitised", ("Số hóa", "digitised", "digitized", "da so hoa"), parse=yes_no),
    Column("no", ("STT", "no.", "no", "so thu tu"), ignored=True),
]
# What the 766 estimate reads (fee, paid online, digitised): written only when the file has the column,
# so that re-importing an older layout leaves what the counter recorded.
RECORDED_ONLY_IF_GIVEN = ("fee", "paid_online", "digitised")
# The field is required by the contract; a column "Lĩnh vực" must be present.
COLUMNS[2].required = True
# Text no longer than the database keeps (PostgreSQL refuses longer; SQLite would keep it).
for _key, _length in (("code", 100), ("procedure", 500), ("field", 200), ("applicant", 300), ("channel", 100),
                      ("handler", 200), ("status", 100)):
    next(c for c in COLUMNS if c.key == _key).max_length = _length

BATCH = 5000
CHANNEL_CHOICES = [t.vi for t in CHANNEL.terms]
STATUS_CHOICES = [t.vi for t in DOSSIER_STATUS.terms]


def _to_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, datetime.min.time())


@register("dossiers")
class DossierImport(Importer):
    """A row's code updates the dossier with that code, else adds one; a procedure not in the
    catalogue is added to it (without a legal time); the due date, when not given, is computed from
    the procedure's legal time in working days."""

    kind = "dossiers"
    columns = COLUMNS
    progress_every = BATCH

    def checker(self, run: Run):
        s, errors, label = run.session, run.errors, run.label
        cal = WorkCalendar.from_session(s)
        procedures = run.state["procedures"] = {key: (pid, days, unit) for pid, key, days, unit in s.execute(
            select(Procedure.id, Procedure.name_key, Procedure.legal_days, Procedure.deadline_unit))}
        staff_by_name: dict[str, int] = {}
        for sid, key in s.execute(select(Staff.id, Staff.name_key).order_by(Staff.id.desc())):
            staff_by_name[key] = sid  # lowest id wins for homonyms
        new_procedures = run.state["new_procedures"] = {}  # key → (name, field)
        seen_codes = run.state["codes"] = {}  # code → its row
        due_cache: dict[tuple, date] = {}
        # The same few spellings come back on every row: parse and fold each one once.
        channels: dict[str, str | None] = {}
        statuses: dict[str, str | None] = {}
        procedure_keys: dict[str, str] = {}
        handler_cache: dict[str, int | None] = {}
        names_folded: dict[str, str] = {}
        given = [k for k in RECORDED_ONLY_IF_GIVEN if any(c.key == k for c in run.header.columns.values())]
        fee_label = label("fee")
        code_label, channel_label, status_label = label("code"), label("channel"), label("status")
        completed_label, due_label, requested_label = label("completed"), label("due"), label("supplement_requested")
        received_label = label("received")

        def folded_names(name: str) -> str:
            folded = names_folded.get(name)
            if folded is None:
                folded = names_folded[name] = fold(name)
            return folded

        def handler_ids(name: str) -> int | None:
            if name not in handler_cache:
                handler_cache[name] = staff_by_name.get(fold(name))
            return handler_cache[name]

        def check(row_no: int, v: dict) -> dict | None:
            bad = len(errors)
            code = v["code"]
            first = seen_codes.get(code)
            if first is not None:
                errors.append(RowError(row_no, code_label, "import.repeated", value=code, first=first))
            else:
                seen_codes[code] = row_no
            received = v["received"]
            received_day = received.date() if isinstance(received, datetime) else received
            channel = CHANNEL.default
            if v.get("channel"):
                channel = channels.get(v["channel"], "")
                if channel == "":
                    channel = channels[v["channel"]] = CHANNEL.parse(v["channel"])
                if channel is None:
                    errors.append(RowError(row_no, channel_label, "import.not_channel", value=v["channel"],
                                           choices=CHANNEL_CHOICES))
            completed = v.get("completed")
            if v.get("status"):
                status = statuses.get(v["status"], "")
                if status == "":
                    status = statuses[v["status"]] = DOSSIER_STATUS.parse(v["status"])
            else:
                status = "returned" if completed else "in_progress"
            if status is None:
                errors.append(RowError(row_no, status_label, "import.not_status", value=v["status"],
                                       choices=STATUS_CHOICES))
            elif status in CLOSED_STATUSES and completed is None:
                errors.append(RowError(row_no, status_label, "dossier.closed_without_date", status=v["status"],
                                       empty=completed_label))
            elif status == REFUSED_STATUS and completed is not None:
                # Refused at the counter: never received, so never closed (its day is the received day).
                errors.append(RowError(row_no, completed_label, "dossier.refused_with_date"))
            elif status not in CLOSED_STATUSES and completed is not None:
                errors.append(RowError(row_no, completed_label, "dossier.date_but_open",
                                       status=DOSSIER_STATUS.label(status)))
            labels = {"received": received_label, "due": due_label, "completed": completed_label,
                      "supplement_requested": requested_label}
            for key, found in date_problems(received_day, today=run.today, due=v.get("due"), completed=completed,
                                            supplement_requested=v.get("supplement_requested")).items():
                errors.append(found.at(row_no, labels[key]))
            if completed is not None and completed < received_day:
                errors.append(RowError(row_no, completed_label, "dossier.before_received"))
            proc_name = v["procedure"]
            key = procedure_keys.get(proc_name)
            if key is None:
                key = procedure_keys[proc_name] = fold(proc_name)
            known = procedures.get(key)
            due = v.get("due")
            if due is None:
                if known is None or known[1] is None:
                    errors.append(RowError(row_no, due_label, "dossier.due_unknown", procedure=proc_name))
                else:
                    moment = received if isinstance(received, datetime) else received_day
                    ck = (moment if known[1] == 0 else received_day, known[1], known[2])
                    due = due_cache.get(ck)
                    if due is None:
                        due = due_cache[ck] = cal.due_date(moment, known[1], known[2])
            elif due < received_day:
                errors.append(RowError(row_no, due_label, "dossier.before_received"))
            fee_wrong = fee_problem(v.get("fee"))
            if fee_wrong is not None:
                errors.append(RowError(row_no, fee_label, fee_wrong.code, **fee_wrong.params))
            requested = v.get("supplement_requested")
            if status == "awaiting_supplement":
                requested = requested or received_day
                if requested < received_day:
                    errors.append(RowError(row_no, requested_label, "dossier.before_received"))
            else:
                requested = None
            if len(errors) > bad:
                return None
            if known is None and key not in new_procedures:
                new_procedures[key] = (proc_name, v["field"])
            handler = v.get("handler")
            applicant = v.get("applicant")
            return {k: v.get(k) for k in given} | {
                "code": code, "proc_key": key, "field": v["field"], "applicant_name": applicant,
                "channel": channel, "received_at": _to_datetime(received), "received_date": received_day,
                "due_date": due, "completed_date": completed, "status": status,
                "handler_id": handler_ids(handler) if handler else None, "handler_name": handler,
                "supplement_requested_date": requested,
                "supplement_count": 1 if status == "awaiting_supplement" else 0,
                # = search_key(code, applicant, proc_name), with each applicant's and procedure's
                # name folded once: the code is never empty, so the folded name follows a space.
                "search_key": f"{fold(code)} {folded_names(applicant)} {key}" if applicant
                else f"{fold(code)} {key}",
            }

        return check

    def match(self, run: Run) -> tuple[int, int]:
        """A row whose code is a dossier's code updates it; the others are new dossiers."""
        s, existing = run.session, {}
        codes = list(run.state["codes"])
        for i in range(0, len(codes), 900):  # stay under SQLite's bound-parameter limit
            chunk = codes[i:i + 900]
            existing.update(s.execute(select(Dossier.code, Dossier.id).where(Dossier.code.in_(chunk))).all())
        run.state["existing"] = existing
        return len(run.records) - len(existing), len(existing)

    def write(self, run: Run, batch_id: int) -> None:
        s, conn, progress, existing = run.session, run.session.connection(), run.progress, run.state["existing"]
        procedures, new_procedures = run.state["procedures"], run.state["new_procedures"]
        if new_procedures:
            conn.execute(insert(Procedure), sortkeys.fill(Procedure, [
                {"name": name, "name_key": key, "field": field, "legal_days": None,
                 "deadline_unit": "working_days", "active": True}
                for key, (name, field) in new_procedures.items()]))
            procedures = {key: (pid, None, None) for pid, key in s.execute(select(Procedure.id, Procedure.name_key))}
        new_rows, changed_rows = [], []
        for r in run.records:
            r["procedure_id"] = procedures[r.pop("proc_key")][0]
            r["import_batch_id"] = batch_id
            if r["code"] in existing:
                r["b_id"] = existing[r["code"]]
                changed_rows.append(r)
            else:
                r["paused_days"] = 0
                new_rows.append(r)
        total = len(run.records)
        with bulk_word_index(conn) as word_index:  # the search's index, in one statement at the end
            for i in range(0, len(new_rows), BATCH):
                conn.execute(insert(Dossier), sortkeys.fill(Dossier, new_rows[i:i + BATCH]))
                if progress:
                    progress(i + len(new_rows[i:i + BATCH]), total)
            if changed_rows:
                word_index.rewriting(r["b_id"] for r in changed_rows)
                # executemany UPDATE: the SET clause comes from the keys of the parameter dicts.
                stmt = update(Dossier.__table__).where(Dossier.__table__.c.id == bindparam("b_id"))
                sortkeys.fill(Dossier, changed_rows)
                for i in range(0, len(changed_rows), BATCH):
                    conn.execute(stmt, changed_rows[i:i + BATCH])
                    if progress:
                        progress(len(new_rows) + i + len(changed_rows[i:i + BATCH]), total)
