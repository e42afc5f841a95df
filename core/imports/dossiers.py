"""`import dossiers FILE [--profile NAME | --map MAPPING.json]`: the dossier register from a
workbook, a CSV or a JSON list, in the application's own layout (interfaces.md) or another system's
(core.imports.profiles: `opencps`, or a layout a clerk mapped and saved).

A row updates the dossier whose code or official code is its code (or its official code); else a
row with an ID number is linked to the one dossier taken in offline (no official code yet) with the
same ID number, procedure and day of receipt: that dossier gets the row's official code and takes
every field the row carries (the system's record wins), keeping its own code; a row matching several
such dossiers is refused by its row number. Every other row is a new dossier. A procedure not in the
catalogue is added to it (without a legal time); an empty due date is computed from the
procedure's legal time in working days.

On an update a column the file does not have leaves the dossier's field as it is, and so does a
blank contact detail (applicant, ID number, address, phone, email, handler), late cause, apology date or
official code; the dossier's dates and status are always the row's (a file without a status column
keeps a dossier's status where the row's dates agree with it).

Checked rows are written to a staging table as they are read (core.imports.staging): a million
rows never sit in memory; matching, linking and the final writes are SQL over that table, all in
the import's one transaction. Into an empty register (on SQLite) every row is new: the checked rows
go straight into the dossier table in batches instead (written once, not twice), the file's codes
are compared in memory as the rows are read, and any problem stops the writing; the transaction
is rolled back, so a refused file leaves nothing either way.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column as SAColumn
from sqlalchemy import (Boolean, Integer, String, and_, bindparam, case, func, insert, literal, literal_column, or_, select,
                        union_all, update)
from sqlalchemy.exc import IntegrityError

from core import figures_rules as rules
from core import lengths
from core import sortkeys
from core.calendar import WorkCalendar
from core.collation import sort_key_or_none
from core.dossiers import SEARCH_KEY_LENGTH, IMPORT_UPDATED, date_problems, fee_problem, search_key
from core.errors import ImportFailed
from core.formatting import fold
from core.imports import profiles as profiles_mod
from core.imports import register
from core.imports.base import Importer, Run
from core.imports.reader import (Column, RowError, code, date_or_datetime, day, identity_number,
                                 whole_number, yes_no)
from core.imports.staging import Direct, LiftedIndexes, Staging, columns_like
from core.models import Dossier, DossierEvent, ImportBatch, Procedure, Staff
from core.vocab import CHANNEL, CLOSED_STATUSES, DOSSIER_STATUS, LATE_CAUSE, REFUSED_STATUS
from core.word_index import BulkIndex, bulk_word_index

COLUMNS = [
    Column("code", ("Mã hồ sơ", "code", "ma so ho so", "so ho so", "dossier code"), required=True,
           parse=code),
    Column("procedure", ("Thủ tục", "procedure", "ten thu tuc", "thu tuc hanh chinh"), required=True),
    Column("field", ("Lĩnh vực", "field", "linh vuc")),
    Column("applicant", ("Người nộp", "applicant", "nguoi nop ho so", "ten nguoi nop", "chu ho so")),
    Column("channel", ("Kênh nộp", "channel", "hinh thuc nop", "hinh thuc")),
    Column("received", ("Ngày tiếp nhận", "received", "ngay nhan", "ngay nhan ho so"), required=True,
           parse=date_or_datetime),
    Column("due", ("Hạn trả", "due", "ngay hen tra", "han giai quyet", "due date"), parse=day),
    Column("completed", ("Ngày trả kết quả", "completed", "ngay tra", "ngay hoan thanh",
                         "completed date"), parse=day),
    Column("handler", ("Cán bộ xử lý", "handler", "can bo thu ly", "nguoi xu ly")),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("supplement_requested", ("Ngày yêu cầu bổ sung", "supplement requested",
                                    "ngay yeu cau bo sung ho so"), parse=day),
    Column("id_number", ("Số định danh", "ID number", "so dinh danh ca nhan", "so cccd", "cccd", "cmnd",
                         "so cmnd", "can cuoc cong dan", "so giay to tuy than", "ma so thue"),
           parse=identity_number),
    Column("address", ("Địa chỉ", "address", "dia chi lien he", "dia chi thuong tru")),
    Column("phone", ("Số điện thoại", "phone", "dien thoai", "so dien thoai lien he", "sdt")),
    Column("email", ("Email", "e-mail", "thu dien tu", "dia chi email", "dia chi thu dien tu")),
    Column("official_code", ("Mã hồ sơ trên hệ thống", "official code", "ma ho so tren he thong", "ma he thong",
                             "ma ho so he thong", "so ho so tren he thong"), parse=code),
    Column("late_cause", ("Nguyên nhân quá hạn", "late cause", "nguyen nhan tre han", "ly do qua han",
                          "nguyen nhan cham")),
    Column("apology_new_date", ("Ngày hẹn lại", "new appointment date", "ngay hen tra moi", "ngay gia han"),
           parse=day),
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
# Text no longer than the database keeps (core.lengths: the columns' own lengths).
lengths.declare(COLUMNS, {"code": Dossier.code, "procedure": Procedure.name, "field": Dossier.field,
                          "applicant": Dossier.applicant_name, "handler": Dossier.handler_name,
                          "id_number": Dossier.applicant_id_number, "address": Dossier.applicant_address,
                          "phone": Dossier.applicant_phone, "email": Dossier.applicant_email,
                          "official_code": Dossier.official_code})
# Labels read through a vocabulary (never kept as written): none is longer than this.
for _key in ("channel", "status", "late_cause"):
    next(c for c in COLUMNS if c.key == _key).max_length = 100
# The fields whose values a profile may translate, and the vocabularies they are read with.
VOCABULARIES = {"status": DOSSIER_STATUS, "channel": CHANNEL, "late_cause": LATE_CAUSE}

BATCH = 5000
IMPORT_CACHE_KIB = 64 * 1024  # SQLite's page cache while rows go straight into an empty register
CHUNK = 900  # ids per statement: under SQLite's bound-parameter limit
CHANNEL_CHOICES = [t.vi for t in CHANNEL.terms]
STATUS_CHOICES = [t.vi for t in DOSSIER_STATUS.terms]
CAUSE_CHOICES = [t.vi for t in LATE_CAUSE.terms]

APPLICANT_SORT, FIELD_SORT, HANDLER_SORT = (sortkeys.key_length("Dossier", k)
                                            for k in ("applicant_sort", "field_sort", "handler_sort"))

# The staging table: one row per checked row, in this order (the checker builds these tuples).
D = Dossier.__table__
STAGED = ("code", "official_code", "procedure_id", "field", "applicant_name", "applicant_id_number",
          "applicant_phone", "applicant_address", "channel", "received_at", "received_date", "due_date",
          "completed_date", "status", "handler_id", "handler_name", "supplement_requested_date",
          "supplement_count", "late_cause", "apology_new_date", "fee", "paid_online", "digitised", "applicant_email",
          "search_key",
          "applicant_sort", "field_sort", "handler_sort")
# Dossier fields kept on an update when the file has no column for them, and the column deciding.
KEPT_WITHOUT_COLUMN = {"channel": "channel", "applicant_name": "applicant", "applicant_id_number": "id_number",
                       "applicant_phone": "phone", "applicant_address": "address", "applicant_email": "email",
                       "handler_id": "handler",
                       "handler_name": "handler", "handler_sort": "handler", "applicant_sort": "applicant",
                       "late_cause": "late_cause", "apology_new_date": "apology_new_date",
                       **{k: k for k in RECORDED_ONLY_IF_GIVEN}}
# Of those, the ones a blank cell does not erase either.
KEPT_WHEN_BLANK = ("applicant_name", "applicant_sort", "applicant_id_number", "applicant_phone", "applicant_address",
                   "applicant_email",
                   "late_cause", "apology_new_date")


_BLANK = (None,) * (len(STAGED) - 1)  # a staged row's fields after its codes, and its target


def _parse_once(cache: dict, vocab, text: str):
    """`vocab.parse(text)`, each spelling parsed once per import (the same few come back on every row)."""
    code = cache.get(text, "")
    if code == "":
        code = cache[text] = vocab.parse(text)
    return code


def _to_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, datetime.min.time())


def staging_columns() -> list:
    return ([SAColumn("row_no", Integer)] + columns_like(D, STAGED)
            + [SAColumn("target_id", Integer), SAColumn("how", String(10)),
               # What the row said itself: an update keeps a stored time of receipt the row does not
               # give (a date alone), and the stored due date when the row gives none for the same day.
               SAColumn("received_timed", Boolean), SAColumn("due_given", Boolean)])


@register("dossiers")
class DossierImport(Importer):
    kind = "dossiers"
    columns = COLUMNS
    progress_every = BATCH
    profiled = True
    vocabularies = VOCABULARIES

    # ------------------------------------------------------------ the file's layout
    def layouts(self, session, profile):
        if isinstance(profile, profiles_mod.Profile):
            return [profile]
        if profile is not None:
            return [profiles_mod.find_profile(session, profile, self.kind)]
        return profiles_mod.all_profiles(session, self.kind)

    def header(self, rows, layouts):
        return profiles_mod.recognise(rows, self.columns, layouts)

    # ------------------------------------------------------------ one row
    def checker(self, run: Run):
        s, errors, label = run.session, run.errors, run.label
        conn = s.connection()
        cal = WorkCalendar.from_session(s)
        procedures = {key: (pid, days, unit) for pid, key, days, unit in s.execute(
            select(Procedure.id, Procedure.name_key, Procedure.legal_days, Procedure.deadline_unit))}
        staff_by_name: dict[str, int] = {}
        for sid, key in s.execute(select(Staff.id, Staff.name_key).order_by(Staff.id.desc())):
            staff_by_name[key] = sid  # lowest id wins for homonyms
        run.state["present"] = present = set(run.header.labels)
        direct = self._direct(run) if self._register_empty(conn) else None
        if direct is None:
            staging = run.state["staging"] = Staging(conn, staging_columns(), BATCH)
            run.sink = staging.add
        else:
            repeated = self._repeated_as_read(run)
        due_cache: dict[tuple, date] = {}
        # The same few spellings come back on every row: parse and fold each one once.
        channels: dict[str, str | None] = {}
        statuses: dict[str, str | None] = {}
        causes: dict[str, str | None] = {}
        procedure_keys: dict[str, str] = {}
        handler_cache: dict[str, int | None] = {}
        names_folded: dict[str, str] = {}
        sort_keys: dict[str | None, str | None] = {}
        fee_label = label("fee")
        code_label, channel_label, status_label = label("code"), label("channel"), label("status")
        completed_label, due_label, requested_label = label("completed"), label("due"), label("supplement_requested")
        cause_label, apology_label = label("late_cause"), label("apology_new_date")
        received_label = label("received")
        date_labels = {"received": received_label, "due": due_label, "completed": completed_label,
                       "supplement_requested": requested_label}
        today = run.today
        has_cause = "late_cause" in present

        def folded_names(name: str) -> str:
            folded = names_folded.get(name)
            if folded is None:
                folded = names_folded[name] = fold(name)
            return folded

        def sorted_as(name: str | None, length: int) -> str | None:
            key = sort_keys.get(name, "")
            if key == "":
                key = sort_keys[name] = sort_key_or_none(name)
            # cut at the column's length (sortkeys.stored_key's rule)
            return key[:length] if key is not None and len(key) > length else key

        def handler_ids(name: str) -> int | None:
            if name not in handler_cache:
                handler_cache[name] = staff_by_name.get(fold(name))
            return handler_cache[name]

        def new_procedure(key: str, name: str, field: str) -> tuple:
            if direct is not None:
                direct.wait()  # the connection is the writer thread's until its batch is in
            pid = conn.execute(insert(Procedure).returning(Procedure.id), sortkeys.fill(Procedure, [
                {"name": name, "name_key": key, "field": field, "legal_days": None,
                 "deadline_unit": "working_days", "active": True}])).scalar_one()
            known = procedures[key] = (pid, None, None)
            return known

        def check(row_no: int, v: dict):
            bad = len(errors)
            code = v["code"]
            received = v["received"]
            received_day = received.date() if received.__class__ is datetime else received
            channel = CHANNEL.default
            if v.get("channel"):
                channel = _parse_once(channels, CHANNEL, v["channel"])
                if channel is None:
                    errors.append(RowError(row_no, channel_label, "import.not_channel", value=v["channel"],
                                           choices=CHANNEL_CHOICES))
            completed = v.get("completed")
            if v.get("status"):
                status = _parse_once(statuses, DOSSIER_STATUS, v["status"])
            else:
                status = "returned" if completed else "in_progress"
            if status is None:
                errors.append(RowError(row_no, status_label, "import.not_status", value=v["status"],
                                       choices=STATUS_CHOICES))
            elif status in CLOSED_STATUSES and completed is None:
                errors.append(RowError(row_no, status_label, "dossier.closed_without_date",
                                       status=profiles_mod.source_value(v["status"]), empty=completed_label))
            elif status == REFUSED_STATUS and completed is not None:
                # Refused at the counter: never received, so never closed (its day is the received day).
                errors.append(RowError(row_no, completed_label, "dossier.refused_with_date"))
            elif status not in CLOSED_STATUSES and completed is not None:
                errors.append(RowError(row_no, completed_label, "dossier.date_but_open",
                                       status=DOSSIER_STATUS.label(status)))
            for key, found in date_problems(received_day, today=run.today, due=v.get("due"), completed=completed,
                                            supplement_requested=v.get("supplement_requested")).items():
                errors.append(found.at(row_no, date_labels[key]))
            if completed is not None and completed < received_day:
                errors.append(RowError(row_no, completed_label, "dossier.before_received"))
            proc_name = v["procedure"]
            key = procedure_keys.get(proc_name)
            if key is None:
                key = procedure_keys[proc_name] = fold(proc_name)
            known = procedures.get(key)
            due = v.get("due")
            due_given = due is not None
            if due is None:
                if known is None or known[1] is None:
                    errors.append(RowError(row_no, due_label, "dossier.due_unknown", procedure=proc_name))
                else:
                    moment = received if received.__class__ is datetime else received_day
                    ck = (moment if known[1] == 0 else received_day, known[1], known[2])
                    due = due_cache.get(ck)
                    if due is None:
                        due = due_cache[ck] = cal.due_date(moment, known[1], known[2])
            elif due < received_day:
                errors.append(RowError(row_no, due_label, "dossier.before_received"))
            fee = v.get("fee")
            if fee is not None:  # (no fee: nothing to check)
                fee_wrong = fee_problem(fee)
                if fee_wrong is not None:
                    errors.append(RowError(row_no, fee_label, fee_wrong.code, **fee_wrong.params))
            requested = v.get("supplement_requested")
            if status == "awaiting_supplement":
                requested = requested or received_day
                if requested < received_day:
                    errors.append(RowError(row_no, requested_label, "dossier.before_received"))
            else:
                requested = None
            cause = None
            if has_cause and v.get("late_cause"):
                cause = _parse_once(causes, LATE_CAUSE, v["late_cause"])
                if cause is None:
                    errors.append(RowError(row_no, cause_label, "import.not_late_cause", value=v["late_cause"],
                                           choices=CAUSE_CHOICES))
                elif due is not None and status is not None and not _late_or_overdue(
                        due, completed, status, requested, received_day, today):
                    errors.append(RowError(row_no, cause_label, "dossier.cause_not_late"))
            apology = v.get("apology_new_date")
            if apology is not None and apology < received_day:
                errors.append(RowError(row_no, apology_label, "dossier.before_received"))
            if direct is not None:
                repeated(row_no, code, v.get("official_code"))
            if len(errors) > bad:
                if direct is None:
                    # Kept with its codes only, so that a code it shares with another row is said too.
                    staging.add((row_no, code, v.get("official_code")) + _BLANK + ("bad", None, None))
                return None
            if known is None:
                known = new_procedure(key, proc_name, v["field"])
            handler = v.get("handler")
            applicant = v.get("applicant")
            official = v.get("official_code")
            extra = f" {fold(official)}" if official and official != code else ""
            return (
                row_no, code, official, known[0], v["field"], applicant, v.get("id_number"), v.get("phone"),
                v.get("address"), channel, _to_datetime(received), received_day, due, completed, status,
                handler_ids(handler) if handler else None, handler, requested,
                1 if status == "awaiting_supplement" else 0, cause, apology, fee, v.get("paid_online"),
                v.get("digitised"), v.get("email"),
                # = search_key(code, applicant, proc_name, official), each name folded once.
                (f"{fold(code)}{extra} {folded_names(applicant)} {key}" if applicant
                 else f"{fold(code)}{extra} {key}")[:SEARCH_KEY_LENGTH],
                sorted_as(applicant, APPLICANT_SORT), sorted_as(v["field"], FIELD_SORT),
                sorted_as(handler, HANDLER_SORT), None, None,
                received.__class__ is datetime and (received.hour, received.minute, received.second) != (0, 0, 0),
                due_given)

        return check

    # ------------------------------------------------------------ into an empty register
    direct_batch = BATCH  # rows per executemany straight into the dossier table

    @staticmethod
    def _register_empty(conn) -> bool:
        # SQLite only: the batch's id is reserved before its row is written (below), which needs
        # the foreign keys checked at the commit; PostgreSQL's are not deferrable.
        return conn.dialect.name == "sqlite" and conn.execute(select(D.c.id).limit(1)).first() is None

    def _direct(self, run: Run) -> Direct:
        """The writer of checked rows straight into the dossier table. The rows name their import
        batch before its row exists: its id is reserved now (the write transaction holds the
        database's write lock, so no other batch can take it), and the foreign keys are checked at
        the commit. The word index's triggers are lifted for the whole import (core.word_index)."""
        conn, errors = run.session.connection(), run.errors
        run.batch_id = (conn.scalar(select(func.max(ImportBatch.id))) or 0) + 1
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until this transaction ends
        run.state["word_index"] = BulkIndex(conn)
        run.state["indexes"] = LiftedIndexes(conn, D.name)
        # The indexes are built again at the end, sorting every row: a page cache of its own size
        # keeps that sort (and the unique indexes' upkeep) in memory; it is a limit, not an
        # allocation, and goes back to what it was when the import ends.
        run.state["cache_size"] = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        direct = run.state["direct"] = Direct(
            conn, D, list(STAGED), tail=(run.batch_id, 0), tail_names=("import_batch_id", "paused_days"),
            skip=(1, 4), batch=self.direct_batch, background=True)
        run.cleanups.append(direct.close)

        def write(row: tuple) -> None:
            if errors:  # the file is refused: nothing more is written, and the rest is rolled back
                direct.drop()
                return
            direct.add(row)
        run.sink = write
        return direct

    @staticmethod
    def _direct_done(run: Run) -> None:
        run.session.connection().exec_driver_sql(f"PRAGMA cache_size = {int(run.state['cache_size'])}")

    @staticmethod
    def _repeated_as_read(run: Run):
        """`repeated(row, code, official_code)`: what `_repeated` says of the staging table, said of
        each row as it is read (every checked row counts, right or not): its code or official code
        given by an earlier row."""
        errors, code_label, official_label = run.errors, run.label("code"), run.label("official_code")
        codes: dict[str, int] = {}
        officials: dict[str, tuple[int, str]] = {}

        def repeated(row_no: int, code: str, official: str | None) -> None:
            first = codes.setdefault(code, row_no)
            if first != row_no:
                errors.append(RowError(row_no, code_label, "import.repeated", value=code, first=first))
            if official is not None:
                seen = officials.get(official)
                if seen is None:
                    officials[official] = (row_no, code)
                elif official != code:
                    errors.append(RowError(row_no, official_label, "import.repeated", value=official, first=seen[0]))
                elif code != seen[1]:  # the same code twice is said above
                    errors.append(RowError(row_no, code_label, "import.same_dossier", value=code, first=seen[0]))
            # One row's official code another row's code: one dossier named by two rows (_crossed).
            if official is not None and official != code and codes.get(official, row_no) < row_no:
                errors.append(RowError(row_no, official_label, "import.same_dossier", value=official,
                                       first=codes[official]))
            elif official != code and code in officials and officials[code][1] != code and officials[code][0] < row_no:
                errors.append(RowError(row_no, code_label, "import.same_dossier", value=code,
                                       first=officials[code][0]))
        return repeated

    # ------------------------------------------------------------ across rows: matching and linking
    def finish(self, run: Run) -> None:
        if "direct" in run.state:
            if not run.errors:
                run.state["direct"].flush()
            else:
                run.state["direct"].close()  # the file is refused: what was in flight no longer matters
                self._direct_done(run)
            return  # every row is new; repeated codes were said as the rows were read
        staging: Staging = run.state["staging"]
        staging.flush()
        if run.errors:
            # The file is refused anyway: say which codes repeat among the rows read right too.
            run.errors += self._repeated(run)
            return
        conn, S = run.session.connection(), staging.table.c
        if conn.execute(select(D.c.id).limit(1)).first() is None:
            run.state["all_new"] = True  # an empty register: every row is new (a repeated code is
            run.errors += self._crossed(run)  # found when writing, by the table's unique index)
            return
        T = staging.table
        # By code: the row's code is a dossier's code or official code; or its official code is.
        for col, ours in ((S.code, D.c.code), (S.code, D.c.official_code),
                          (S.official_code, D.c.official_code), (S.official_code, D.c.code)):
            conn.execute(update(T).where(S.target_id.is_(None), col.is_not(None), ours == col)
                         .values(target_id=D.c.id, how="code" if ours is D.c.code and col is S.code else "official"))
        # A row whose code and official code name two different dossiers cannot be both.
        said: set[int] = set()
        for col, ours in ((S.official_code, D.c.official_code), (S.official_code, D.c.code),
                          (S.code, D.c.official_code)):
            for row_no, other in conn.execute(select(S.row_no, D.c.code).join_from(T, D, ours == col)
                                              .where(S.target_id.is_not(None), D.c.id != S.target_id)):
                run.error(row_no, "official_code" if col is S.official_code else "code",
                          "import.two_dossiers", value=other)
                said.add(row_no)
        # Nor may it give the dossier it names another official code than the one it has: the
        # system's next export, naming it by that code, would bring it in a second time.
        for row_no, given, code, theirs in conn.execute(
                select(S.row_no, S.official_code, D.c.code, D.c.official_code).join_from(T, D, D.c.id == S.target_id)
                .where(S.official_code.is_not(None), D.c.official_code.is_not(None),
                       D.c.official_code != S.official_code).order_by(S.row_no)):
            if row_no not in said:
                run.error(row_no, "official_code", "import.other_official_code", value=given, dossier=code,
                          official=theirs)
        self._link(run)
        run.errors += self._repeated(run)

    def _link(self, run: Run) -> None:
        """Rows not matched by a code, with an ID number, against the dossiers taken in offline."""
        staging: Staging = run.state["staging"]
        conn, S, T = run.session.connection(), staging.table.c, staging.table
        span = conn.execute(select(func.min(S.received_date), func.max(S.received_date))
                            .where(S.target_id.is_(None), S.applicant_id_number.is_not(None))).first()
        if span is None or span[0] is None:
            return
        candidates = (select(S.row_no, D.c.id, D.c.code)
                      .join_from(T, D, and_(D.c.received_date == S.received_date,
                                            # a number cell of a spreadsheet or JSON has lost
                                            # the leading zeros of the ID number
                                            func.ltrim(D.c.applicant_id_number, "0")
                                            == func.ltrim(S.applicant_id_number, "0"),
                                            D.c.procedure_id == S.procedure_id))
                      .where(S.target_id.is_(None), S.applicant_id_number.is_not(None), D.c.official_code.is_(None),
                             D.c.received_date.between(span[0], span[1]))
                      .order_by(S.row_no, D.c.code))
        found: dict[int, list[tuple[int, str]]] = {}
        for row_no, did, dcode in conn.execute(candidates):
            found.setdefault(row_no, []).append((did, dcode))
        links: dict[int, int] = {}
        claimed: dict[int, int] = {}
        for row_no, matches in found.items():
            if len(matches) > 1:
                run.error(row_no, "id_number", "import.several_offline", codes=[c for _i, c in matches])
                continue
            did, dcode = matches[0]
            if did in claimed:
                run.error(row_no, "id_number", "import.offline_twice", value=dcode, first=claimed[did])
                continue
            claimed[did] = row_no
            links[row_no] = did
        if links and not run.errors:
            conn.exec_driver_sql(f"CREATE INDEX {T.name}_row ON {T.name} (row_no)")
            conn.execute(update(T).where(S.row_no == bindparam("r")).values(target_id=bindparam("d"), how="link"),
                         [{"r": r, "d": d} for r, d in links.items()])

    def _repeated(self, run: Run) -> list:
        """Rows naming a dossier another row already names: the same code or official code twice,
        or two rows updating one dossier."""
        staging: Staging = run.state["staging"]
        conn, S, T = run.session.connection(), staging.table.c, staging.table
        out = []
        for col, key in ((S.code, "code"), (S.official_code, "official_code"), (S.target_id, None)):
            twice = select(col).where(col.is_not(None)).group_by(col).having(func.count() > 1)
            first: dict = {}
            for value, row_no, code in conn.execute(select(col, S.row_no, S.code).where(col.in_(twice))
                                                    .order_by(col, S.row_no)):
                if value not in first:
                    first[value] = (row_no, code)
                elif key == "code" or (key == "official_code" and value != code):  # else said as the code
                    out.append(RowError(row_no, run.label(key), "import.repeated", value=value, first=first[value][0]))
                elif code != first[value][1]:  # the same code twice is said above
                    out.append(RowError(row_no, run.label("code"), "import.same_dossier", value=code,
                                        first=first[value][0]))
        return out + self._crossed(run)

    @staticmethod
    def _crossed(run: Run) -> list:
        """One row's official code another row's code: both name one dossier (which the file's next
        import could never update); the later row is said."""
        staging: Staging = run.state["staging"]
        conn, S, T = run.session.connection(), staging.table.c, staging.table
        out = []
        other = T.alias("other")
        # Two joins on one equality each, not one on an OR of them: each is a hash join (PostgreSQL)
        # or an automatic index (SQLite); the OR made every row meet every other (quadratic).
        by_official = (select(S.row_no, S.code, S.official_code, other.c.row_no.label("first"),
                              literal(1).label("is_official"))
                       .join_from(T, other, and_(other.c.code == S.official_code, other.c.row_no < S.row_no))
                       .where(S.official_code != S.code))
        by_code = (select(S.row_no, S.code, S.official_code, other.c.row_no.label("first"),
                          literal(0).label("is_official"))
                   .join_from(T, other, and_(other.c.official_code == S.code, other.c.row_no < S.row_no))
                   .where(other.c.official_code != other.c.code,
                          or_(S.official_code.is_(None), S.official_code != S.code)))  # else said as repeated
        both = union_all(by_official, by_code).subquery()
        crossed = select(*both.c).order_by(both.c.row_no, both.c.first, both.c.is_official.desc())
        said = set()
        for row_no, code, official, first_row, is_official in conn.execute(crossed):
            if row_no not in said:
                said.add(row_no)
                out.append(RowError(row_no, run.label("official_code" if is_official else "code"),
                                    "import.same_dossier", value=official if is_official else code, first=first_row))
        return out

    def match(self, run: Run) -> tuple[int, int, int]:
        if "direct" in run.state:
            return run.state["direct"].count, 0, 0
        staging: Staging = run.state["staging"]
        if run.state.get("all_new"):
            return staging.count, 0, 0
        S = staging.table.c
        counts = dict(run.session.connection().execute(select(S.how, func.count()).group_by(S.how)).all())
        return counts.get(None, 0), counts.get("code", 0) + counts.get("official", 0), counts.get("link", 0)

    # ------------------------------------------------------------ the writes
    def write(self, run: Run, batch_id: int) -> None:
        if "direct" in run.state:  # the rows are in place: index their words, put the triggers back
            assert batch_id == run.batch_id, (batch_id, run.batch_id)
            run.state["indexes"].restore()
            run.state["word_index"].finish()
            self._direct_done(run)
            if run.progress:
                run.progress(run.state["direct"].count, run.state["direct"].count)
            return
        staging: Staging = run.state["staging"]
        conn, progress, present = run.session.connection(), run.progress, run.state["present"]
        S, T = staging.table.c, staging.table
        total = staging.count
        with bulk_word_index(conn) as word_index:  # the search's index, in one statement at the end
            changed = [r[0] for r in conn.execute(select(S.target_id).where(S.target_id.is_not(None)))]
            if changed and "status" not in present:
                self._keep_statuses(conn, S, T)
            history = self._history_changes(conn, S, T) if changed else []
            if changed:
                word_index.rewriting(changed)
                conn.execute(update(D).where(D.c.id == S.target_id).values(self._updates(S, present, batch_id)))
                if progress:
                    progress(len(changed), total)
            inserted = (select(*[S[c] for c in STAGED], literal(batch_id), literal(0))
                        .where(S.target_id.is_(None))
                        .order_by(literal_column("rowid") if conn.dialect.name == "sqlite" else S.row_no))
            try:
                with conn.begin_nested():
                    conn.execute(insert(D).from_select([*STAGED, "import_batch_id", "paused_days"], inserted))
            except IntegrityError:
                problems = self._repeated(run)
                if problems:
                    raise ImportFailed(sorted(problems, key=lambda e: e.row or 0)) from None
                raise
            if progress:
                progress(total, total)
            if changed:
                self._search_keys(conn, changed)
                self._changed_events(run, history)
                self._linked_events(run, S, T)
        staging.drop()

    @staticmethod
    def _keep_statuses(conn, S, T) -> None:
        """A file without a status column gives each row the default status (returned with a completed
        date, else in progress): a dossier already in the register keeps its own where the row's
        dates agree with it (rejected or withdrawn with a completed date; awaiting a supplement, with
        its request's day, without one), instead of a rejected dossier turning into a returned one."""
        current = select(D.c.status).where(D.c.id == S.target_id).scalar_subquery()
        conn.execute(update(T).where(S.target_id.is_not(None), S.completed_date.is_not(None),
                                     current.in_(sorted(CLOSED_STATUSES))).values(status=current))
        # Awaiting a supplement, with the day of its request (a row in progress carries none).
        requested = select(D.c.supplement_requested_date).where(D.c.id == S.target_id).scalar_subquery()
        conn.execute(update(T).where(S.target_id.is_not(None), S.completed_date.is_(None),
                                     current == "awaiting_supplement")
                     .values(status=current, supplement_requested_date=requested))

    @staticmethod
    def _updates(S, present: set[str], batch_id: int) -> dict:
        """The SET clause of the update from the staging rows (see the module's docstring)."""
        values = {}
        for c in STAGED:
            if c in KEPT_WITHOUT_COLUMN and KEPT_WITHOUT_COLUMN[c] not in present:
                continue
            if c == "code":
                continue  # a dossier keeps its own code (linked, or found by its official code)
            if c == "applicant_id_number":  # the counter's, when the row's is it without its leading zeros
                values[c] = case((func.ltrim(S[c], "0") == func.ltrim(D.c[c], "0"), D.c[c]),
                                 else_=func.coalesce(S[c], D.c[c]))
            elif c in KEPT_WHEN_BLANK:
                values[c] = func.coalesce(S[c], D.c[c])
            elif c in ("handler_id", "handler_name", "handler_sort"):
                values[c] = case((S.handler_name.is_(None), D.c[c]), else_=S[c])
            elif c == "official_code":
                values[c] = case((S.how == "link", func.coalesce(S.official_code, S.code)),
                                 else_=func.coalesce(S.official_code, D.c.official_code))
            elif c == "received_at":
                values[c] = case((S.received_timed.is_(False) & (S.received_date == D.c.received_date), D.c.received_at),
                                 else_=S.received_at)
            elif c == "due_date":
                values[c] = case((S.due_given.is_(False) & (S.received_date == D.c.received_date)
                                  & (S.procedure_id == D.c.procedure_id), D.c.due_date), else_=S.due_date)
            elif c == "supplement_count":
                values[c] = case((S.supplement_count > D.c.supplement_count, S.supplement_count),
                                 else_=D.c.supplement_count)
            else:
                values[c] = S[c]
        values["import_batch_id"] = batch_id
        return values

    @staticmethod
    def _search_keys(conn, ids: list[int]) -> None:
        """The search keys of the updated dossiers, from what they hold now (their own code, their
        official code, a kept applicant)."""
        stmt = update(D).where(D.c.id == bindparam("b_id")).values(search_key=bindparam("key"))
        for i in range(0, len(ids), CHUNK):
            rows = conn.execute(select(D.c.id, D.c.code, D.c.official_code, D.c.applicant_name, Procedure.name,
                                       D.c.search_key).join_from(D, Procedure.__table__)
                                .where(D.c.id.in_(ids[i:i + CHUNK]))).all()
            fixes = [{"b_id": did, "key": key} for did, code, official, applicant, proc, old in rows
                     if (key := search_key(code, applicant, proc, official)) != old]
            if fixes:
                conn.execute(stmt, fixes)

    @staticmethod
    def _history_changes(conn, S, T) -> list:
        """The dossiers with a history of their own (taken in at the counter) whose receipt, status or
        closing the rows change, as (id, before, after) with before/after (status, received_at,
        completed, requested, due): read before the update, so that their history can say it."""
        E = DossierEvent.__table__.c
        counter = select(E.dossier_id).where(E.dossier_id == D.c.id, E.kind == "received").exists()
        rows = conn.execute(
            select(D.c.id, D.c.status, D.c.received_at, D.c.completed_date, D.c.supplement_requested_date,
                   D.c.due_date, S.status, S.received_at, S.completed_date, S.supplement_requested_date, S.due_date)
            .join_from(T, D, D.c.id == S.target_id)
            .where(counter, or_(D.c.status != S.status, D.c.received_at != S.received_at,
                                D.c.completed_date.is_distinct_from(S.completed_date)))).all()
        return [(r[0], tuple(r[1:6]), tuple(r[6:11])) for r in rows]

    @staticmethod
    def _changed_events(run: Run, history: list) -> None:
        """A dossier's history agrees with what the import changed: the step the system recorded
        (closed, asked for a supplement, refused) dated by the row's own date, and a row (no step)
        saying what the file changed, dated the day of the import."""
        rows = []
        for did, (old_status, old_received, old_completed, _old_req, _old_due), \
                (status, received, completed, requested, due) in history:
            if status != old_status and status in STEP_OF_IMPORTED_STATUS:
                day_ = {"awaiting_supplement": requested or received.date(),
                        REFUSED_STATUS: received.date()}.get(status, completed)
                rows.append({"dossier_id": did, "kind": STEP_OF_IMPORTED_STATUS[status], "day": day_,
                             "at": _to_datetime(day_), "user_name": run.user, "from_status": old_status,
                             "to_status": status, "note": run.path.name, "due_date": due})
            changes = []
            if received != old_received:
                changes.append(f"ngày tiếp nhận {_moment_text(old_received)} → {_moment_text(received)}")
            if status != old_status:
                changes.append(f"trạng thái {DOSSIER_STATUS.label(old_status)} → {DOSSIER_STATUS.label(status)}")
            if completed != old_completed:
                changes.append(f"ngày trả kết quả {_moment_text(old_completed)} → {_moment_text(completed)}")
            rows.append({"dossier_id": did, "kind": IMPORT_UPDATED, "day": run.today, "at": _to_datetime(run.today),
                         "user_name": run.user,
                         "from_status": old_status, "to_status": status,
                         "note": f"{'; '.join(changes)} ({run.path.name})", "due_date": due})
        if rows:
            run.session.connection().execute(insert(DossierEvent), rows)

    @staticmethod
    def _linked_events(run: Run, S, T) -> None:
        """A step in each linked dossier's history: the system's code it was linked to, and the file."""
        conn = run.session.connection()
        rows = conn.execute(select(S.target_id, func.coalesce(S.official_code, S.code), S.status)
                            .where(S.how == "link")).all()
        if rows:
            conn.execute(insert(DossierEvent), [
                {"dossier_id": did, "kind": "linked", "day": run.today, "user_name": run.user,
                 "from_status": None, "to_status": status, "note": f"{official} ({run.path.name})"}
                for did, official, status in rows])


# The history's event for a status an import gives a dossier that has a history (core.dossiers' steps).
STEP_OF_IMPORTED_STATUS = {"returned": "returned", "rejected": "rejected", "withdrawn": "withdrawn",
                           "awaiting_supplement": "supplement_requested", REFUSED_STATUS: "refused"}


def _moment_text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}" if value.time() == datetime.min.time() else f"{value:%d/%m/%Y %H:%M}"
    return f"{value:%d/%m/%Y}"


_LATE_TEST = rules.predicate(rules.late_or_overdue_on, "day")


def _late_or_overdue(due: date, completed: date | None, status: str, requested: date | None,
                     received: date, today: date) -> bool:
    """A dossier may carry a late cause when it closed after its due date, or is pending and
    overdue today (core.figures_rules.late_or_overdue_on, for one row being read)."""
    return _LATE_TEST(_RowDates(due, completed, status, requested, received), today)


class _RowDates:
    __slots__ = ("due_date", "completed_date", "status", "supplement_requested_date", "received_date")

    def __init__(self, due, completed, status, requested, received):
        self.due_date, self.completed_date, self.status = due, completed, status
        self.supplement_requested_date, self.received_date = requested, received
