"""A realistic synthetic dossier register, for screenshots, manual testing and large-database checks.

    python -m core.demo_data --db demo.sqlite --dossiers 4000 --months 14

Creates (or opens) the database, records a commune if it has none, adds a few handlers, then inserts
`dossiers` dossiers received over the last `months` months up to `end` (default today): a realistic
mix of fields, channels, same-day and multi-day procedures, early, on-time and late closings, pauses,
rejections and withdrawals, and the recent ones still open. Deterministic for a given seed.
Bulk inserts through SQLAlchemy Core in batches (never the ORM for the rows).
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from core import clock, sortkeys
from core.calendar import WorkCalendar
from core.commune import init_database, open_database
from core.db import transaction
from core.dossiers import search_key
from core.formatting import fold
from core.models import Commune, Dossier, DossierEvent, Procedure, Staff
from core.word_index import bulk_word_index

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương"]
SURNAME_WEIGHTS = [38, 11, 9, 7, 5, 2, 4, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân", "Đình", "Ngọc"]
MIDDLE_F = ["Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Thùy", "Diệu"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Mạnh", "Nam", "Phúc",
           "Quân", "Sơn", "Thắng", "Tiến", "Trung", "Tuấn", "Việt", "Vinh"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
           "Mai", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Trang", "Vân", "Yến"]
VILLAGES = ["Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Thượng", "Thôn Hạ", "Xóm Mới",
            "Thôn Văn Hội", "Thôn Phú Mỹ", "Thôn Liên Hà", "Tổ dân phố số 3", "Tổ dân phố số 7"]
# How often each field comes to the counter (share of dossiers).
FIELD_WEIGHTS = {"Chứng thực": 40, "Hộ tịch": 28, "Đất đai": 9, "Hộ kinh doanh": 4, "Bảo trợ xã hội": 6,
                 "Xây dựng": 3, "Cư trú": 6, "Thương mại": 1, "Khiếu nại, tố cáo": 1}
HANDLERS = [("Nguyễn Thị Thu Hà", ("Hộ tịch", "Cư trú")), ("Trần Văn Bình", ("Chứng thực",)),
            ("Lê Thị Hồng Nhung", ("Chứng thực",)), ("Phạm Quang Huy", ("Đất đai", "Xây dựng")),
            ("Đỗ Minh Tuấn", ("Đất đai",)), ("Vũ Thị Lan Anh", ("Bảo trợ xã hội",)),
            ("Hoàng Đức Thắng", ("Hộ kinh doanh", "Thương mại")), ("Bùi Thị Ngọc Ánh", ("Hộ tịch",)),
            ("Đặng Văn Sơn", ("Khiếu nại, tố cáo", "Cư trú"))]
BATCH = 10_000
# The fees of the demo's fields that charge one (đồng per dossier: a certified copy, an extract).
DEMO_FEES = {"Chứng thực": 2_000, "Hộ tịch": 8_000}

# The other registers, as the import files of interfaces.md (imported through core.imports, so the
# sample goes through the same validation as a clerk's workbook).
STAFF_CSV = """Họ và tên,Mã cán bộ,Ngày sinh,Giới tính,Loại,Chức vụ,Đơn vị,Vị trí việc làm,Chuyên môn,Trình độ,Nguồn,Ngày nhận nhiệm vụ
Nguyễn Văn Hòa,CB001,12/04/1972,Nam,Cán bộ,Chủ tịch UBND,Văn phòng HĐND và UBND,Lãnh đạo,Quản lý nhà nước,Thạc sĩ,Cấp xã cũ,01/07/2025
Trần Thị Mai,CB002,03/09/1978,Nữ,Cán bộ,Phó Chủ tịch UBND,Văn phòng HĐND và UBND,Lãnh đạo,Kinh tế,Đại học,Cấp huyện chuyển về,01/07/2025
Lê Minh Quân,CB003,21/11/1980,Nam,Công chức,Chánh Văn phòng,Văn phòng HĐND và UBND,Văn phòng,Hành chính,Đại học,Cấp huyện chuyển về,01/07/2025
Nguyễn Thị Thu Hà,CB004,15/02/1988,Nữ,Công chức,,Trung tâm Phục vụ hành chính công,Tư pháp - Hộ tịch,Luật,Đại học,Cấp xã cũ,01/07/2025
Trần Văn Bình,CB005,30/06/1985,Nam,Công chức,,Trung tâm Phục vụ hành chính công,Chứng thực,Luật,Đại học,Cấp xã cũ,01/07/2025
Lê Thị Hồng Nhung,CB006,08/08/1991,Nữ,Công chức,,Trung tâm Phục vụ hành chính công,Chứng thực,Luật,Đại học,Tuyển mới,15/09/2025
Phạm Quang Huy,CB007,19/01/1983,Nam,Công chức,,Phòng Kinh tế,Địa chính - Xây dựng,Quản lý đất đai,Đại học,Cấp huyện chuyển về,01/07/2025
Đỗ Minh Tuấn,CB008,25/12/1986,Nam,Công chức,,Phòng Kinh tế,Địa chính - Xây dựng,Quản lý đất đai,Đại học,Cấp huyện chuyển về,01/07/2025
Vũ Thị Lan Anh,CB009,11/05/1990,Nữ,Công chức,,Phòng Văn hóa - Xã hội,Lao động - Thương binh và Xã hội,Công tác xã hội,Đại học,Cấp xã cũ,01/07/2025
Hoàng Đức Thắng,CB010,02/03/1984,Nam,Công chức,Trưởng phòng,Phòng Kinh tế,Kinh tế,Kinh tế,Thạc sĩ,Điều động từ tỉnh,01/08/2025
Bùi Thị Ngọc Ánh,CB011,17/07/1993,Nữ,Công chức,,Trung tâm Phục vụ hành chính công,Tư pháp - Hộ tịch,Luật,Đại học,Tuyển mới,01/10/2025
Đặng Văn Sơn,CB012,09/10/1979,Nam,Công chức,Trưởng phòng,Phòng Văn hóa - Xã hội,Văn hóa - Thông tin,Văn hóa,Đại học,Cấp huyện chuyển về,01/07/2025
Ngô Thị Thanh Hương,CB013,28/04/1989,Nữ,Công chức,,Văn phòng HĐND và UBND,Tài chính - Kế toán,Kế toán,Đại học,Cấp xã cũ,01/07/2025
Phan Văn Long,CB014,14/09/1982,Nam,Viên chức,,Trung tâm Phục vụ hành chính công,Công nghệ thông tin,Công nghệ thông tin,Cao đẳng,Cấp huyện chuyển về,01/07/2025
Lý Thị Kim Oanh,CB015,06/06/1995,Nữ,Hợp đồng lao động,,Văn phòng HĐND và UBND,Văn thư,Văn thư lưu trữ,Trung cấp,Tuyển mới,01/11/2025
"""
STAFFING_CSV = """Đơn vị,Chuyên môn,Định biên
Văn phòng HĐND và UBND,Hành chính,2
Văn phòng HĐND và UBND,Kế toán,2
Văn phòng HĐND và UBND,Văn thư lưu trữ,1
Trung tâm Phục vụ hành chính công,Luật,5
Trung tâm Phục vụ hành chính công,Công nghệ thông tin,2
Phòng Kinh tế,Quản lý đất đai,3
Phòng Kinh tế,Kinh tế,2
Phòng Văn hóa - Xã hội,Công tác xã hội,2
Phòng Văn hóa - Xã hội,Văn hóa,1
Phòng Văn hóa - Xã hội,Y tế,1
"""
EQUIPMENT_CSV = """Hạng mục,Nhóm,Đơn vị tính,Hiện có,Cần bổ sung,Đơn giá dự kiến,Mức ưu tiên,Trạng thái,Địa điểm,Lý do
Máy tính để bàn,Thiết bị CNTT,Bộ,8,6,15.000.000,Cao,Đã gửi tỉnh,Trụ sở UBND xã,Máy cũ từ năm 2015 không chạy được phần mềm dịch vụ công
Máy quét tài liệu tốc độ cao,Thiết bị CNTT,Chiếc,1,3,28.000.000,Cao,Đề xuất,Trung tâm Phục vụ hành chính công,Số hóa hồ sơ tiếp nhận
Máy in A4 hai mặt,Thiết bị CNTT,Chiếc,4,4,7.500.000,Trung bình,Đã phê duyệt,Trung tâm Phục vụ hành chính công,In phiếu tiếp nhận và kết quả
Phòng họp trực tuyến,Mạng/Viễn thông,Phòng,0,1,350.000.000,Cao,Đã gửi tỉnh,Trụ sở UBND xã,Họp trực tuyến với tỉnh
Xe ô tô bán tải,Phương tiện,Chiếc,0,1,850.000.000,Trung bình,Đề xuất,Trụ sở UBND xã,Địa bàn rộng sau sắp xếp
Cải tạo phòng làm việc,Phòng Làm việc/Trụ sở,Phòng,6,3,120.000.000,Trung bình,Đề xuất,Trụ sở UBND xã (cũ),Thiếu phòng làm việc sau hợp nhất
Máy phát điện dự phòng,Điện,Chiếc,0,1,95.000.000,Thấp,Đã cấp,Trụ sở UBND xã,Mất điện thường xuyên
"""
RECOMMENDATIONS_CSV = """Nội dung,Lĩnh vực,Ngày nêu,Cơ quan tiếp nhận,Trạng thái,Trả lời,Ngày trả lời
Thiếu 02 công chức chuyên ngành công nghệ thông tin để vận hành dịch vụ công trực tuyến,Nhân sự,15/08/2025,Sở Nội vụ,Đã gửi,,
Đề nghị bổ sung kinh phí mua sắm máy tính cho Trung tâm Phục vụ hành chính công,Tài chính,20/08/2025,Sở Tài chính,Đã trả lời,Đã đưa vào kế hoạch mua sắm năm 2026,16/09/2025
"Đường truyền mạng tại thôn Đồng Tâm yếu, người dân không nộp hồ sơ trực tuyến được",CNTT - Chuyển đổi số,02/09/2025,Sở Khoa học và Công nghệ,Mới,,
Đề nghị phân cấp cho xã cấp giấy phép xây dựng nhà ở riêng lẻ trong khu dân cư hiện hữu,Phân cấp - Ủy quyền,10/09/2025,UBND tỉnh,Đã giải quyết,Đã ban hành quyết định phân cấp,24/10/2025
"Trụ sở xã cũ xuống cấp, cần sửa chữa để làm điểm tiếp nhận hồ sơ",Cơ sở vật chất,01/10/2025,UBND tỉnh,Đã gửi,,
"""


def add_registers(db, folder=None) -> dict[str, str]:
    """Import the sample staff, staffing plan, equipment needs and recommendations (whichever of
    those importers this version has). Returns kind → summary, or the reason it was skipped."""
    import tempfile
    from pathlib import Path

    from core.errors import CommuneDeskError
    from core.imports import IMPORTERS, load_importers, run_import

    load_importers()
    out = {}
    today = clock.today()
    first = today.replace(day=1)
    d = lambda n: (first + timedelta(days=n)).strftime("%d/%m/%Y")  # noqa: E731
    month = f"{today.month:02d}/{today.year}"
    tasks = ("Nhiệm vụ,Người chủ trì,Mã cán bộ,Thời hạn,Trách nhiệm,Sản phẩm,Cấp giao,Ngày giao,Tháng kế hoạch,"
             "Tiến độ (%)\n"
             f'"Rà soát, giải quyết hồ sơ đất đai tồn đọng",Phạm Quang Huy,CB007,{d(24)},Chủ trì thực hiện,'
             f"Báo cáo kết quả rà soát,Chủ tịch UBND xã,{d(0)},{month},40\n"
             f"Số hóa hồ sơ hộ tịch năm 2020-2024,Nguyễn Thị Thu Hà,CB004,{d(27)},Chủ trì thực hiện,"
             f"Dữ liệu hộ tịch điện tử,Chủ tịch UBND xã,{d(0)},{month},25\n"
             f"Hướng dẫn người dân nộp hồ sơ trực tuyến tại thôn,Phan Văn Long,CB014,{d(14)},Chủ trì thực hiện,"
             f"Báo cáo số lượt hướng dẫn,Phó Chủ tịch UBND xã,{d(1)},{month},0\n"
             f"Lập kế hoạch mua sắm trang thiết bị năm sau,Ngô Thị Thanh Hương,CB013,{d(20)},Chủ trì thực hiện,"
             f"Kế hoạch trình UBND xã,Chủ tịch UBND xã,{d(2)},{month},60\n")
    training = ("Khóa học,Chủ đề,Đơn vị tổ chức,Từ ngày,Đến ngày,Số giờ,Họ và tên,Mã cán bộ,Kết quả\n"
                f"Kỹ năng số cho công chức xã,Chuyển đổi số,Sở Nội vụ,{(today - timedelta(days=40)).strftime('%d/%m/%Y')},"
                f"{(today - timedelta(days=38)).strftime('%d/%m/%Y')},16,Nguyễn Thị Thu Hà,CB004,Hoàn thành\n"
                f"Kỹ năng số cho công chức xã,Chuyển đổi số,Sở Nội vụ,{(today - timedelta(days=40)).strftime('%d/%m/%Y')},"
                f"{(today - timedelta(days=38)).strftime('%d/%m/%Y')},16,Trần Văn Bình,CB005,Hoàn thành\n")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, text in (("staff", STAFF_CSV), ("staffing", STAFFING_CSV), ("equipment", EQUIPMENT_CSV),
                           ("recommendations", RECOMMENDATIONS_CSV), ("tasks", tasks), ("training", training)):
            if kind not in IMPORTERS:
                out[kind] = "no importer"
                continue
            path = Path(tmp) / f"{kind}.csv"
            path.write_text(text, encoding="utf-8")
            try:
                out[kind] = run_import(kind, db, path).summary()
            except CommuneDeskError as exc:
                out[kind] = f"refused: {str(exc).splitlines()[0]}"
    return out


def _name(rng: random.Random) -> str:
    surname = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
    if rng.random() < 0.5:
        return f"{surname} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"
    return f"{surname} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"


def _ensure_handlers(s) -> dict[str, list[tuple[int, str]]]:
    """Staff who handle dossiers, by field (adds the sample handlers when nobody is on record)."""
    rows = [(i, n) for i, n in s.execute(select(Staff.id, Staff.full_name))]
    by_field: dict[str, list[tuple[int, str]]] = {}
    if not rows:
        for name, fields in HANDLERS:
            st = Staff(full_name=name, name_key=fold(name), category="civil_servant", search_key=fold(name))
            s.add(st)
            s.flush()
            for f in fields:
                by_field.setdefault(f, []).append((st.id, name))
        return by_field
    for f in FIELD_WEIGHTS:
        by_field[f] = rows
    return by_field


def generate(db, dossiers: int, *, months: int = 14, end: date | None = None, seed: int = 1,
             events: bool = True, progress=None) -> int:
    """Insert `dossiers` synthetic dossiers; returns how many were inserted."""
    rng = random.Random(seed)
    end = end or clock.today()
    latest = clock.now().replace(second=0, microsecond=0)
    start = end - timedelta(days=int(months * 30.44))
    with transaction(db.sessions) as s:
        prefix = s.scalar(select(Commune.code_prefix)) or "HS"
        cal = WorkCalendar.from_session(s)
        procs = [p for p in s.scalars(select(Procedure).where(Procedure.active.is_(True)))
                 if p.legal_days is not None]
        handlers = _ensure_handlers(s)
        taken = set(s.scalars(select(Dossier.code).where(Dossier.received_date >= start)))
        first_id = (s.scalar(select(func.max(Dossier.id))) or 0) + 1
    by_field: dict[str, list[Procedure]] = {}
    for p in procs:
        by_field.setdefault(p.field, []).append(p)
    fields = [f for f in FIELD_WEIGHTS if f in by_field] + [f for f in by_field if f not in FIELD_WEIGHTS]
    weights = [FIELD_WEIGHTS.get(f, 1) for f in fields]

    # Days of receipt: working days take almost everything; online dossiers arrive any day.
    days, day_weights = [], []
    d = start
    while d <= end:
        days.append(d)
        day_weights.append(1.0 if cal.is_working_day(d) else 0.04)
        d += timedelta(days=1)
    picked = sorted(rng.choices(days, day_weights, k=dossiers))
    due_cache: dict[tuple, date] = {}
    seq: dict[date, int] = {}
    dossier_rows, event_rows = [], []
    inserted = 0
    next_id = first_id

    def flush_rows(conn) -> None:
        nonlocal dossier_rows, event_rows
        if dossier_rows:
            conn.execute(insert(Dossier), sortkeys.fill(Dossier, dossier_rows))
        if event_rows:
            conn.execute(insert(DossierEvent), event_rows)
        dossier_rows, event_rows = [], []

    with transaction(db.sessions) as s, bulk_word_index(s.connection()):  # indexed in one statement
        conn = s.connection()
        for day in picked:
            field = rng.choices(fields, weights)[0]
            proc = rng.choice(by_field[field])
            working = cal.is_working_day(day)
            channel = "online" if not working else rng.choices(["online", "direct", "postal"], [38, 57, 5])[0]
            minute = rng.randint(7 * 60 + 30, 16 * 60 + 45) if working else rng.randint(6 * 60, 22 * 60)
            received_at = datetime.combine(day, time(minute // 60, minute % 60))
            if received_at > latest:  # today's dossiers are received before now, never later today
                received_at = max(datetime.combine(day, time.min), latest - timedelta(minutes=rng.randint(1, 90)))
            n = seq.get(day, 0) + 1
            code = f"{prefix}-{day:%y%m%d}-{n:04d}"
            while code in taken:
                n += 1
                code = f"{prefix}-{day:%y%m%d}-{n:04d}"
            seq[day] = n
            key = (received_at if proc.legal_days == 0 else day, proc.legal_days, proc.deadline_unit)
            due = due_cache.get(key)
            if due is None:
                due = due_cache[key] = cal.due_date(received_at, proc.legal_days, proc.deadline_unit)
            applicant = _name(rng)
            pool = handlers.get(field) or [h for hs in handlers.values() for h in hs]
            handler = rng.choice(pool) if pool and rng.random() < 0.9 else None
            # The outcome: most close early or on time; some late; a few paused, rejected, withdrawn.
            r = rng.random()
            paused = 0
            status, requested, supplements = "returned", None, 0
            if r < 0.06:
                lag = (due - day).days + rng.randint(1, 12)  # late
            elif r < 0.45:
                lag = (due - day).days  # on the day
            else:
                lag = rng.randint(0, max((due - day).days, 0))  # early
            if rng.random() < 0.05:  # a supplement was requested, the clock stopped
                supplements = 1
                paused = rng.randint(1, 5)
                due = cal.add_working_days(due, paused)
                lag += paused + rng.randint(0, 2)
            closed = day + timedelta(days=lag)
            if rng.random() < 0.02:
                status = "rejected"
                closed = day + timedelta(days=rng.randint(0, 2))
            elif rng.random() < 0.01:
                status = "withdrawn"
                closed = day + timedelta(days=rng.randint(0, 5))
            if closed > end:
                closed = None
                status = "in_progress"
                if rng.random() < 0.08:
                    status, supplements = "awaiting_supplement", 1
                    requested = min(end, day + timedelta(days=rng.randint(0, 3)))
            else:
                closed = cal.next_working_day(closed) if status == "returned" else closed
                if closed > end:
                    closed, status = None, "in_progress"
            did = next_id
            next_id += 1
            id_number = f"0{rng.randint(1, 96):02d}{rng.randint(0, 3)}{rng.randint(50, 99):02d}{rng.randint(0, 999999):06d}"
            dossier_rows.append({
                "id": did, "code": code, "procedure_id": proc.id, "field": proc.field,
                "applicant_name": applicant, "applicant_id_number": id_number,
                "applicant_phone": f"09{rng.randint(10000000, 99999999)}",
                "applicant_address": f"{rng.choice(VILLAGES)}",
                "channel": channel, "received_at": received_at, "received_date": day, "due_date": due,
                "completed_date": closed, "status": status,
                "handler_id": handler[0] if handler else None, "handler_name": handler[1] if handler else None,
                "supplement_requested_date": requested, "supplement_count": supplements, "paused_days": paused,
                "apology_new_date": None, "documents": None, "notes": None,
                # What the 766 estimate's 3.6 and 4.2 count, from what the dossier already is (no
                # draw of its own, so the demo's other figures stay as they were).
                "fee": DEMO_FEES.get(field),
                "paid_online": (channel == "online") if field in DEMO_FEES else None,
                "digitised": channel == "online" or did % 3 == 0,
                "search_key": search_key(code, applicant, proc.name), "import_batch_id": None,
            })
            if events:
                event_rows.append({"dossier_id": did, "kind": "received", "at": received_at, "day": day,
                                   "user_name": None, "staff_id": None, "from_status": None,
                                   "to_status": "in_progress", "note": None})
                if requested:
                    event_rows.append({"dossier_id": did, "kind": "supplement_requested",
                                       "at": datetime.combine(requested, time(10)), "day": requested,
                                       "user_name": None, "staff_id": None, "from_status": "in_progress",
                                       "to_status": "awaiting_supplement",
                                       "note": "Bổ sung bản sao giấy tờ tùy thân"})
                if closed:
                    event_rows.append({"dossier_id": did, "kind": status, "at": datetime.combine(closed, time(15)),
                                       "day": closed, "user_name": None, "staff_id": None,
                                       "from_status": "in_progress", "to_status": status,
                                       "note": "Hồ sơ không đủ điều kiện" if status == "rejected" else None})
            inserted += 1
            if len(dossier_rows) >= BATCH:
                flush_rows(conn)
                if progress:
                    progress(inserted, dossiers)
        flush_rows(conn)
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
    return inserted


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True)
    p.add_argument("--dossiers", type=int, default=4000)
    p.add_argument("--months", type=int, default=14)
    p.add_argument("--end", type=date.fromisoformat)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-events", action="store_true")
    p.add_argument("--registers", action="store_true",
                   help="also import a sample staff list, staffing plan, equipment needs and recommendations")
    p.add_argument("--commune", default="Xã Thượng Tín")
    p.add_argument("--province", default="Thành phố Hà Nội")
    args = p.parse_args(argv)
    db = open_database(args.db)
    with transaction(db.sessions, write=False) as s:
        has_commune = s.scalar(select(Commune.id)) is not None
    if not has_commune:
        db.close()
        db = init_database(args.db, args.commune, args.province)
    if args.registers:
        for kind, summary in add_registers(db).items():
            print(summary if summary.startswith(f"{kind}:") else f"{kind}: {summary}", file=sys.stderr)
    n = generate(db, args.dossiers, months=args.months, end=args.end, seed=args.seed,
                 events=not args.no_events,
                 progress=lambda done, total: print(f"\r{done:,}/{total:,}", end="", file=sys.stderr))
    print(f"\n{n} dossiers added", file=sys.stderr)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
