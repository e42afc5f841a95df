"""A synthetic commune for the benchmark: ten years of dossiers (fields, channels, delays, pauses and
closings as a busy ward sees them), staff, equipment needs and recommendations.

The database is created by the application itself (`init_database`: migrations, catalogue), then
filled with plain `sqlite3.executemany` in one transaction, so a million dossiers take seconds.
Values are stored exactly as SQLAlchemy stores them (dates 'YYYY-MM-DD', datetimes with
microseconds), and due dates come from the application's own working-day calendar.
Registers whose tables do not exist yet (other engineers add them) are skipped; unknown required
columns of an existing table are filled from their declared type.
"""
from __future__ import annotations

import json
import random
import sqlite3
from bisect import bisect_left
from datetime import date, datetime, timedelta
from pathlib import Path

from core.calendar import WorkCalendar
from core.commune import init_database
from core.dossiers import search_key
from core.formatting import fold

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý"]
SURNAME_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 2, 1, 1]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Xuân", "Kim", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh",
         "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Trang",
         "Tuấn", "Việt", "Yến", "Đạt", "Ánh", "Hiếu", "Thắng", "Huyền"]
VILLAGES = ["Thôn Thượng", "Thôn Hạ", "Thôn Đông", "Thôn Đoài", "Xóm Mới", "Thôn Văn Giáp",
            "Thôn Cổ Chất", "Khu phố 1", "Khu phố 2", "Khu phố 3", "Tổ dân phố Nguyễn Du"]
# Relative weight of each field in a commune's intake (civil status and certification dominate).
FIELD_WEIGHT = {"Hộ tịch": 40, "Chứng thực": 35, "Đất đai": 6, "Xây dựng": 3, "Bảo trợ xã hội": 7,
                "Hộ kinh doanh": 4}
DEPARTMENTS = ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
               "Trung tâm Phục vụ hành chính công"]
NOTES = ["Công dân bổ sung bản sao giấy tờ", "Hẹn trả qua bưu điện", "Đã gọi điện báo công dân",
         "Hồ sơ liên thông", "Trả kết quả tại nhà"]


def _dt(v: datetime) -> str:
    return v.strftime("%Y-%m-%d %H:%M:%S.%f")


class WorkDays:
    """Working days as an indexed list for fast "n working days after" arithmetic."""

    def __init__(self, cal: WorkCalendar, start: date, end: date):
        self.days: list[date] = []
        d = start
        while d <= end:
            if cal.is_working_day(d):
                self.days.append(d)
            d += timedelta(days=1)
        self.ordinals = [d.toordinal() for d in self.days]

    def index(self, d: date) -> int:
        """Index of the first working day on or after `d`."""
        return bisect_left(self.ordinals, d.toordinal())

    def day(self, i: int) -> date:
        return self.days[min(i, len(self.days) - 1)]


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple]:
    return conn.execute(f'PRAGMA table_info("{table}")').fetchall()


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None


def _filler(conn: sqlite3.Connection, table: str, col: str, decl: str):
    """A value for a required column this generator does not know: by foreign key, then by type."""
    for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        if fk[3] == col:
            row = conn.execute(f'SELECT "{fk[4]}" FROM "{fk[2]}" LIMIT 1').fetchone()
            return row[0] if row else None
    decl = (decl or "").upper()
    if "DATETIME" in decl or "TIMESTAMP" in decl:
        return "2026-01-01 08:00:00.000000"
    if "DATE" in decl:
        return "2026-01-01"
    if "INT" in decl or "BOOL" in decl or "NUMERIC" in decl or "DECIMAL" in decl or "REAL" in decl:
        return 0
    return "—"


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> int:
    """Insert dicts into `table`, keeping only its columns and filling unknown required ones."""
    if not rows:
        return 0
    cols = table_columns(conn, table)
    names = [c[1] for c in cols]
    keys = [k for k in rows[0] if k in names]
    extra = {}
    for _cid, name, decl, notnull, default, pk in cols:
        if name in keys or pk or not notnull or default is not None:
            continue
        extra[name] = _filler(conn, table, name, decl)
    all_keys = keys + list(extra)
    sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + k + chr(34) for k in all_keys)}) '
           f'VALUES ({", ".join("?" for _ in all_keys)})')
    conn.executemany(sql, [tuple(r.get(k) for k in keys) + tuple(extra.values()) for r in rows])
    return len(rows)


# ---------------------------------------------------------------- registers other than dossiers
def add_staff(conn: sqlite3.Connection, rng: random.Random, count: int = 60) -> list[tuple[int, str]]:
    if not (has_table(conn, "staff") and has_table(conn, "department")):
        return []
    known = {r[0] for r in conn.execute("SELECT name_key FROM department")}  # init may seed some
    insert_rows(conn, "department", [{"name": n, "name_key": fold(n), "active": 1} for n in DEPARTMENTS
                                     if fold(n) not in known])
    dept_ids = [r[0] for r in conn.execute("SELECT id FROM department ORDER BY id")]
    categories = ["cadre"] * 2 + ["civil_servant"] * 6 + ["public_employee"] * 1 + ["contract"] * 1
    origins = ["former_district", "former_commune", "new_recruit", "province"]
    specialties = ["Tư pháp - Hộ tịch", "Địa chính - Xây dựng", "Kế toán", "Văn hóa - Xã hội",
                   "Công nghệ thông tin", "Văn phòng - Thống kê"]
    rows = []
    for i in range(count):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        start = date(2016, 1, 1) + timedelta(days=rng.randrange(3650))
        end = start + timedelta(days=rng.randrange(400, 3000)) if rng.random() < 0.2 else None
        rows.append({"code": f"CB{i + 1:03d}", "full_name": name, "name_key": fold(name),
                     "birth_date": (date(1965, 1, 1) + timedelta(days=rng.randrange(12000))).isoformat(),
                     "sex": rng.choice(["male", "female"]), "category": rng.choice(categories),
                     "title": None, "specialty": rng.choice(specialties), "origin": rng.choice(origins),
                     "qualification": "Đại học", "department_id": rng.choice(dept_ids),
                     "job_position": rng.choice(specialties), "start_date": start.isoformat(),
                     "end_date": end.isoformat() if end else None,
                     "specialty_key": None, "search_key": fold(name),
                     "created_at": "2025-07-01 08:00:00.000000", "updated_at": "2025-07-01 08:00:00.000000"})
        rows[-1]["specialty_key"] = fold(rows[-1]["specialty"])
    insert_rows(conn, "staff", rows)
    staff = conn.execute("SELECT id, full_name, start_date, end_date FROM staff ORDER BY id").fetchall()
    if has_table(conn, "assignment"):
        insert_rows(conn, "assignment", [
            {"staff_id": sid, "department_id": rng.choice(dept_ids), "kind": "main", "start_date": start,
             "end_date": end, "job_position": rng.choice(specialties)} for sid, _n, start, end in staff])
    if has_table(conn, "staffing_quota"):
        insert_rows(conn, "staffing_quota", [
            {"department_id": d, "specialty": sp, "specialty_key": fold(sp), "quota": rng.randint(1, 4)}
            for d in dept_ids for sp in specialties[:3]])
    return [(sid, name) for sid, name, _s, _e in staff]


def _first_table(conn, *names):
    return next((n for n in names if has_table(conn, n)), None)


def add_equipment(conn: sqlite3.Connection, rng: random.Random, count: int = 120) -> int:
    table = _first_table(conn, "need", "equipment_need", "equipment")
    if table is None:
        return 0
    items = [("Máy tính để bàn", "it", "bộ", 15_000_000), ("Máy in A4", "it", "chiếc", 6_000_000),
             ("Máy quét tài liệu", "it", "chiếc", 12_000_000), ("Phòng làm việc bộ phận một cửa", "premises", "phòng", 350_000_000),
             ("Xe ô tô công vụ", "vehicle", "chiếc", 900_000_000), ("Đường truyền cáp quang", "network", "tuyến", 8_000_000),
             ("Trạm phát sóng thôn", "network", "trạm", 150_000_000), ("Máy phát điện", "power", "chiếc", 45_000_000),
             ("Bàn ghế tiếp dân", "other", "bộ", 5_000_000)]
    rows = []
    for _ in range(count):
        item, cat, unit, cost = rng.choice(items)
        rows.append({"item": item, "item_key": fold(item), "name": item, "category": cat, "unit": unit,
                     "quantity_on_hand": rng.randrange(0, 10), "quantity_needed": rng.randrange(1, 20),
                     "estimated_unit_cost": cost, "unit_cost": cost, "priority": rng.choice(["high", "medium", "low"]),
                     "status": rng.choice(["proposed", "submitted", "approved", "delivered", "rejected"]),
                     "location": (loc := rng.choice(VILLAGES)), "location_key": fold(loc), "justification": "Phục vụ tiếp nhận hồ sơ",
                     "created_at": "2025-08-01 08:00:00.000000", "updated_at": "2025-08-01 08:00:00.000000"})
    n = insert_rows(conn, table, rows)
    _history(conn, table, "need_event", "need_id")
    return n


def _history(conn: sqlite3.Connection, table: str, events: str, link: str) -> None:
    """One "imported" step for every record (dated 1 August 2025), as an import writes it: a return
    reads a record's status on its last day from its history."""
    if has_table(conn, events):
        insert_rows(conn, events, [{link: rid, "action": "imported", "day": "2025-08-01", "from_status": None,
                                    "to_status": status, "at": "2025-08-01 08:00:00.000000"}
                                   for rid, status in conn.execute(f'SELECT id, status FROM "{table}"')])


def add_recommendations(conn: sqlite3.Connection, rng: random.Random, count: int = 200) -> int:
    table = _first_table(conn, "recommendation", "recommendations")
    if table is None:
        return 0
    texts = ["Thiếu công chức địa chính", "Đề nghị bổ sung máy scan số hóa hồ sơ",
             "Đường truyền internet chập chờn", "Đề nghị phân cấp thẩm quyền chứng thực",
             "Thiếu kinh phí chi thường xuyên", "Thôn chưa có sóng điện thoại"]
    rows = []
    for _ in range(count):
        raised = date(2025, 7, 1) + timedelta(days=rng.randrange(480))
        rows.append({"content": rng.choice(texts),
                     "category": rng.choice(["personnel", "facilities", "digital", "decentralization",
                                             "finance", "other"]),
                     "raised_date": raised.isoformat(), "date_raised": raised.isoformat(),
                     "search_key": None, "addressed_to": "UBND tỉnh", "status": rng.choice(["new", "submitted", "answered", "resolved"]),
                     "created_at": "2025-08-01 08:00:00.000000", "updated_at": "2025-08-01 08:00:00.000000"})
    n = insert_rows(conn, table, rows)
    _history(conn, table, "recommendation_event", "recommendation_id")
    return n


# ---------------------------------------------------------------- dossiers
DOSSIER_COLUMNS = ("code", "procedure_id", "field", "applicant_name", "applicant_id_number", "applicant_phone",
                   "applicant_address", "channel", "received_at", "received_date", "due_date", "completed_date",
                   "status", "handler_id", "handler_name", "supplement_requested_date", "supplement_count",
                   "paused_days", "apology_new_date", "notes", "search_key", "import_batch_id",
                   "created_at", "updated_at")


def _day_counts(rng: random.Random, n: int, start: date, end: date, cal: WorkCalendar) -> list[tuple[date, int]]:
    """How many dossiers arrive each day: working days carry the load (slowly growing over the
    years, busier before Tết and at the start of the school year); online dossiers also arrive on
    days off."""
    days, weights = [], []
    span = max((end - start).days, 1)
    d = start
    while d <= end:
        w = 1.0 if cal.is_working_day(d) else 0.08
        w *= 0.85 + 0.3 * (d - start).days / span
        if d.month in (1, 8):
            w *= 1.15
        days.append(d)
        weights.append(w)
        d += timedelta(days=1)
    total = sum(weights)
    exact = [n * w / total for w in weights]
    counts = [int(x) for x in exact]
    short = n - sum(counts)
    for i in sorted(range(len(days)), key=lambda i: exact[i] - counts[i], reverse=True)[:short]:
        counts[i] += 1
    return [(d, c) for d, c in zip(days, counts) if c]


def dossier_rows(rng: random.Random, n: int, start: date, end: date, snapshot: date,
                 procedures: list[tuple], staff: list[tuple[int, str]], cal: WorkCalendar,
                 late_share: float = 0.07):
    """Yield dossier tuples (DOSSIER_COLUMNS order) received from `start` to `end`, as the register
    stands on `snapshot` (closings after it have not happened yet). `late_share` of them close after
    their due date (7 %: a 93 % on-time rate, as Hanoi's communes reported in 2025)."""
    wd = WorkDays(cal, start - timedelta(days=10), snapshot + timedelta(days=400))
    by_field: dict[str, list[tuple]] = {}
    for p in procedures:
        by_field.setdefault(p[2], []).append(p)
    fields = list(by_field)
    field_weights = [FIELD_WEIGHT.get(f, 2) for f in fields]
    due_cache: dict[tuple, date] = {}
    fold_cache: dict[str, str] = {}
    span = max((end - start).days, 1)
    names = [f"{s} {m} {g}" for s in SURNAMES for m in MIDDLE for g in GIVEN]
    name_weights = [SURNAME_WEIGHTS[i // (len(MIDDLE) * len(GIVEN))] for i in range(len(names))]
    name_pool = rng.choices(names, name_weights, k=4096)
    snap_s = snapshot.isoformat()
    for day, count in _day_counts(rng, n, start, end, cal):
        working = cal.is_working_day(day)
        age = (day - start).days / span
        online_share = 0.10 + 0.50 * age  # online intake grows from 10 % to 60 % over the years
        stamp = day.strftime("%y%m%d")
        day_s = day.isoformat()
        minutes = sorted(rng.randrange(450, 1020) if working else rng.randrange(0, 1440) for _ in range(count))
        start_idx = wd.index(day)
        for seq, minute in enumerate(minutes, start=1):
            field = rng.choices(fields, field_weights)[0]
            pid, pname, pfield, legal_days, unit = rng.choice(by_field[field])
            r = rng.random()
            channel = ("online" if not working or r < online_share else
                       "postal" if r > 0.97 else "direct")
            received_at = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
            key = (day, legal_days, unit, legal_days == 0 and minute > 900)
            due = due_cache.get(key)
            if due is None:
                due = due_cache[key] = cal.due_date(received_at, legal_days, unit)
            due_idx = wd.index(due)
            # Pauses: about 6 % of dossiers get a supplement request (a few of them two).
            requested = supplied = None
            supplements = paused = 0
            if legal_days and rng.random() < 0.06:
                req_idx = rng.randint(start_idx, max(start_idx, due_idx - 1))
                paused = rng.randint(1, 6)
                supplements = 2 if rng.random() < 0.1 else 1
                requested, supplied = wd.day(req_idx), wd.day(req_idx + paused)
                due_idx += paused
            final_due = wd.day(due_idx) if paused else due
            # How it ends: returned early / on time / late, rejected, withdrawn.
            o = rng.random()
            status = "returned"
            if o < 0.02:
                status, done_idx = "rejected", rng.randint(start_idx, due_idx)
            elif o < 0.03:
                status, done_idx = "withdrawn", rng.randint(start_idx, due_idx)
            elif o < 0.65 - (late_share - 0.07) / 2 and due_idx > start_idx:
                done_idx = rng.randint(start_idx, due_idx - 1)
            elif o < 1 - late_share:
                done_idx = due_idx
            else:
                done_idx = due_idx + (rng.randint(1, 8) if rng.random() < 0.85 else rng.randint(9, 60))
            completed = wd.day(done_idx)
            stuck = rng.random() < 0.0005  # forgotten in a drawer: never closed
            apology = None
            if done_idx > due_idx and rng.random() < 0.4:
                apology = wd.day(due_idx + rng.randint(2, 10)).isoformat()
            if stuck or completed > snapshot:
                completed_s = None
                if requested is not None and requested <= snapshot < supplied:
                    status, requested_s, due_s = "awaiting_supplement", requested.isoformat(), due.isoformat()
                    paused = 0
                else:
                    status, requested_s, due_s = "in_progress", None, final_due.isoformat()
                    if requested is not None and supplied > snapshot:
                        paused = 0
                        due_s = due.isoformat()
                if apology and apology > snap_s:
                    apology = None
            else:
                completed_s, requested_s, due_s = completed.isoformat(), None, final_due.isoformat()
            applicant = name_pool[rng.getrandbits(12)]
            code = f"HS-{stamp}-{seq:04d}"
            handler = rng.choice(staff) if staff and rng.random() < 0.9 else (None, None)
            sk = fold_cache.get(applicant + "|" + pname)
            if sk is None:
                sk = fold_cache[applicant + "|" + pname] = search_key("", applicant, pname)
            at = _dt(received_at)
            yield (code, pid, field, applicant, f"{rng.randrange(10**11, 10**12):012d}",
                   f"09{rng.randrange(10**8):08d}", f"{rng.choice(VILLAGES)}",
                   channel, at, day_s, due_s, completed_s, status, handler[0], handler[1], requested_s,
                   supplements, paused, apology,
                   rng.choice(NOTES) if rng.random() < 0.05 else None,
                   code.lower() + " " + sk, None, at, at)


def build(path: Path, n: int, start: date, end: date, snapshot: date, seed: int = 8,
          extras: bool = True, late_share: float = 0.07) -> dict:
    """Create the database at `path` with the application's own migrations, then fill it."""
    assert fold("HS-261005-0001") == "hs-261005-0001"  # codes are folded by lower() below
    db = init_database(str(path), "Phường Thượng Tín", "Hà Nội")
    db.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("BEGIN")
    staff = add_staff(conn, rng) if extras else []
    equipment = add_equipment(conn, rng) if extras else 0
    recommendations = add_recommendations(conn, rng) if extras else 0
    procedures = conn.execute("SELECT id, name, field, legal_days, deadline_unit FROM procedure "
                              "WHERE legal_days IS NOT NULL ORDER BY id").fetchall()
    # Indexes are built once after the load (faster than maintaining them row by row).
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='dossier' "
                           "AND sql IS NOT NULL").fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    # The search's word index likewise (as core.word_index does for the import): its triggers are
    # lifted and it is filled in one statement at the end.
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND name IN ('dossier_fts_insert', 'dossier_fts_update')").fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    sql = (f"INSERT INTO dossier ({', '.join(DOSSIER_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in DOSSIER_COLUMNS)})")
    rows = dossier_rows(rng, n, start, end, snapshot, procedures, staff, WorkCalendar(), late_share)
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == 50_000:
            conn.executemany(sql, batch)
            batch.clear()
    conn.executemany(sql, batch)
    # The stored sort keys (core.sortkeys), as the application's own writes keep them.
    from core.collation import sort_key_or_none

    conn.create_function("cd_sort_key", 1, sort_key_or_none, deterministic=True)
    conn.execute("UPDATE dossier SET applicant_sort = cd_sort_key(applicant_name), field_sort = cd_sort_key(field), "
                 "handler_sort = cd_sort_key(handler_name)")
    for _name, index_sql in indexes:
        conn.execute(index_sql)
    if triggers:
        conn.execute("INSERT INTO dossier_fts(rowid, search_key) SELECT id, search_key FROM dossier")
        for _name, trigger_sql in triggers:
            conn.execute(trigger_sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"dossiers": n, "staff": len(staff), "equipment": equipment, "recommendations": recommendations}


# ---------------------------------------------------------------- the workbook an import reads
IMPORT_HEADER = ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
                 "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái", "Ngày yêu cầu bổ sung"]
CHANNEL_LABEL = {"online": "Trực tuyến", "direct": "Trực tiếp", "postal": "Bưu chính"}
STATUS_LABEL = {"in_progress": "Đang xử lý", "awaiting_supplement": "Chờ bổ sung", "returned": "Đã trả",
                "rejected": "Từ chối", "withdrawn": "Rút hồ sơ"}


def import_rows(n: int, span: tuple[date, date], snapshot: date, conn: sqlite3.Connection, seed: int = 80):
    """The rows of a register another system exports, the same for the workbook, the CSV and the
    JSON: (no, code, procedure, field, applicant, channel, received_at, due, completed, handler,
    status, supplement requested) with codes and labels, dates as `date` and `datetime`."""
    procedures = conn.execute("SELECT id, name, field, legal_days, deadline_unit FROM procedure "
                              "WHERE legal_days IS NOT NULL ORDER BY id").fetchall()
    names = {p[0]: p[1] for p in procedures}
    staff = [(r[0], r[1]) for r in conn.execute("SELECT id, full_name FROM staff ORDER BY id")] \
        if has_table(conn, "staff") else []
    rng = random.Random(seed)
    for no, row in enumerate(dossier_rows(rng, n, span[0], span[1], snapshot, procedures, staff, WorkCalendar()), 1):
        (code, pid, field, applicant, _idn, _phone, _addr, channel, received_at, _rd, due, completed, status,
         _hid, handler, requested, *_rest) = row
        yield (no, code.replace("HS-", "NK-"), names[pid], field, applicant, channel,
               datetime.strptime(received_at, "%Y-%m-%d %H:%M:%S.%f"), date.fromisoformat(due),
               date.fromisoformat(completed) if completed else None, handler, status,
               date.fromisoformat(requested) if requested else None)


def write_import_workbook(path: Path, n: int, span: tuple[date, date], snapshot: date,
                          conn: sqlite3.Connection, seed: int = 80) -> None:
    """A dossier register as another system exports it: two title rows, a header, `n` rows with real
    Excel dates (receipt with its time of day), Vietnamese labels for channels and statuses."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("Sổ theo dõi")
    day_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    moment_fmt = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    ws.write(0, 0, "ỦY BAN NHÂN DÂN PHƯỜNG THƯỢNG TÍN")
    ws.write(1, 0, "SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH")
    ws.write_row(3, 0, IMPORT_HEADER)
    r = 4
    for no, code, proc, field, applicant, channel, received, due, completed, handler, status, requested \
            in import_rows(n, span, snapshot, conn, seed):
        ws.write_number(r, 0, no)
        ws.write_string(r, 1, code)
        ws.write_string(r, 2, proc)
        ws.write_string(r, 3, field)
        ws.write_string(r, 4, applicant)
        ws.write_string(r, 5, CHANNEL_LABEL[channel])
        ws.write_datetime(r, 6, received, moment_fmt)
        ws.write_datetime(r, 7, due, day_fmt)
        if completed:
            ws.write_datetime(r, 8, completed, day_fmt)
        if handler:
            ws.write_string(r, 9, handler)
        ws.write_string(r, 10, STATUS_LABEL[status])
        if requested:
            ws.write_datetime(r, 11, requested, day_fmt)
        r += 1
    book.close()


def write_import_csv(path: Path, n: int, span: tuple[date, date], snapshot: date,
                     conn: sqlite3.Connection, seed: int = 80) -> None:
    """The same register as the CSV a system exports: UTF-8, a header, dates as text (dd/mm/yyyy,
    the receipt dd/mm/yyyy HH:MM), Vietnamese labels."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(IMPORT_HEADER)
        for no, code, proc, field, applicant, channel, received, due, completed, handler, status, requested \
                in import_rows(n, span, snapshot, conn, seed):
            w.writerow((no, code, proc, field, applicant, CHANNEL_LABEL[channel], f"{received:%d/%m/%Y %H:%M}",
                        f"{due:%d/%m/%Y}", f"{completed:%d/%m/%Y}" if completed else "", handler or "",
                        STATUS_LABEL[status], f"{requested:%d/%m/%Y}" if requested else ""))


# OpenCPS's dossierStatus for ours (interfaces.md, the `opencps` profile).
OPENCPS_STATUS = {"in_progress": "processing", "awaiting_supplement": "waiting", "returned": "done",
                  "rejected": "denied", "withdrawn": "cancelled"}


def write_import_opencps_json(path: Path, n: int, span: tuple[date, date], snapshot: date,
                              conn: sqlite3.Connection, seed: int = 80) -> None:
    """The same register as OpenCPS's dossier API returns it: {"total", "data": [objects]} with its
    keys (peer-formats.md), dates as text dd/MM/yyyy HH:mm:ss ("" when absent), `online` a boolean."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f'{{"total": {n}, "data": [')
        for no, code, proc, field, applicant, channel, received, due, completed, _handler, status, _req \
                in import_rows(n, span, snapshot, conn, seed):
            fh.write(("," if no > 1 else "") + json.dumps({
                "dossierId": no, "dossierNo": code, "serviceName": proc, "domainName": field,
                "applicantName": applicant, "receiveDate": f"{received:%d/%m/%Y %H:%M:%S}",
                "dueDate": f"{due:%d/%m/%Y} 17:00:00",
                "releaseDate": f"{completed:%d/%m/%Y} 16:30:00" if completed else "", "finishDate": "",
                "online": channel == "online", "dossierStatus": OPENCPS_STATUS[status]}, ensure_ascii=False))
        fh.write("]}\n")
