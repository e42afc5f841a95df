"""What the return's workbook and PDF show, laid out once for both: the form II.06a's rows, the
dossier lists, and every other section as titled tables. Exporters only draw these; no figure is
computed here (the form's column 3 and 5 are the sums the form itself defines)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from core.exports.labels import key_kind, key_label, row_label, vocab_label
from core.formatting import nfc

NO_DATA = "Chưa có dữ liệu"


@dataclass
class Column:
    heading: str
    kind: str = "auto"      # auto | text | id | int | rate | date | points
    width: float = 14       # Excel characters
    pdf_mm: float | None = None  # None: left out of the PDF
    wrap: bool = False      # may wrap over several lines in the PDF


@dataclass
class Table:
    title: str | None
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    total: list | None = None        # a last "Tổng cộng" row, already in column order
    note: str | None = None
    numbered: bool = False           # first column is STT
    detail: bool = False             # a register's list of records: the PDF prints it as an annex
    summary: str | None = None       # a detail list's sentence, printed where it stands (no full stop)


@dataclass
class Section:
    key: str
    sheet: str          # worksheet name (≤ 31 characters)
    title: str          # heading in capitals, without its number
    tables: list[Table]
    note: str | None = None
    landscape: bool = False


# ----------------------------------------------------------------------------- form II.06a

FORM_CODE = "Biểu số II.06a/VPCP/KSTT"
FORM_BASIS = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"
FORM_TITLE = ("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ "
              "TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
FORM_UNIT = "Đơn vị tính: Số hồ sơ TTHC."
TOTAL_LABEL = "Tổng cộng"

# Header cells as (first row, first col, last row, last col, text), rows 0..2 of the header,
# columns 0..12 (form columns 1..13).
FORM_HEADER = [
    (0, 0, 2, 0, "STT"),
    (0, 1, 2, 1, "Lĩnh vực, công việc giải quyết theo cấp"),
    (0, 2, 0, 5, "Số hồ sơ nhận giải quyết"),
    (1, 2, 2, 2, "Tổng số"),
    (1, 3, 1, 4, "Trong kỳ"),
    (2, 3, 2, 3, "Trực tuyến"),
    (2, 4, 2, 4, "Trực tiếp, dịch vụ bưu chính"),
    (1, 5, 2, 5, "Từ kỳ trước"),
    (0, 6, 0, 9, "Số hồ sơ đã giải quyết"),
    (1, 6, 2, 6, "Tổng số"),
    (1, 7, 2, 7, "Trước hạn"),
    (1, 8, 2, 8, "Đúng hạn"),
    (1, 9, 2, 9, "Quá hạn"),
    (0, 10, 0, 12, "Số hồ sơ đang giải quyết"),
    (1, 10, 2, 10, "Tổng số"),
    (1, 11, 2, 11, "Trong hạn"),
    (1, 12, 2, 12, "Quá hạn"),
]
UNIT_HEADING = "Đơn vị"  # column 2 of the province's form (one row per commune)


def form_values(f: dict) -> list[int]:
    """Columns 3–13 of the form from a FIGURES object: (3) = carried over + received,
    (4) online, (5) direct + postal, (6) carried over, (7)–(10) completed, (11)–(13) pending."""
    g = lambda k: int(f.get(k) or 0)  # noqa: E731
    return [g("carried_over") + g("received"), g("received_online"),
            g("received_direct") + g("received_postal"), g("carried_over"),
            g("completed"), g("completed_early"), g("completed_on_time"), g("completed_late"),
            g("pending"), g("pending_within"), g("pending_overdue")]


def form_checks(values: list[int]) -> list[tuple[str, bool]]:
    """The four arithmetic checks of the form on columns 3–13 (values[0] is column 3)."""
    c = {i + 3: v for i, v in enumerate(values)}
    return [("(3) = (4) + (5) + (6)", c[3] == c[4] + c[5] + c[6]),
            ("(7) = (8) + (9) + (10)", c[7] == c[8] + c[9] + c[10]),
            ("(11) = (12) + (13)", c[11] == c[12] + c[13]),
            ("(3) = (7) + (11)", c[3] == c[7] + c[11])]


def form_rows(by_name: dict[str, dict]) -> list[list]:
    """[STT, name, col3..col13] for each field (or commune)."""
    return [[i, nfc(name), *form_values(f)] for i, (name, f) in enumerate(by_name.items(), 1)]


# ----------------------------------------------------------------------------- dossier lists

# Labels of the dossier lists, once per code: a 2,000-row list asks for them 4,000 times (issue 8).
@lru_cache(maxsize=64)
def _channel(code):
    return vocab_label("CHANNEL", code, {"online": "Trực tuyến", "direct": "Trực tiếp", "postal": "Bưu chính"})


@lru_cache(maxsize=64)
def _status(code):
    return vocab_label("DOSSIER_STATUS", code, {"in_progress": "Đang xử lý", "awaiting_supplement": "Chờ bổ sung",
                                                "returned": "Đã trả", "rejected": "Từ chối",
                                                "withdrawn": "Rút hồ sơ"})


@lru_cache(maxsize=16)
def _cause(code):
    return vocab_label("LATE_CAUSE", code) if code else None


def late_causes_table(causes: dict[str, dict[str, int]], completed_late: int, pending_overdue: int) -> Table:
    """Section I's small table: the late dossiers by the cause recorded on them, and those without one."""
    cols = [Column("Nguyên nhân quá hạn", "text", 36, 70, True), Column("Đã giải quyết quá hạn", "int", 14, 34),
            Column("Đang giải quyết quá hạn", "int", 14, 34), Column("Tổng số", "int", 10, 24)]
    rows = [[_cause(code), c["completed_late"], c["pending_overdue"], c["completed_late"] + c["pending_overdue"]]
            for code, c in causes.items()]
    done = completed_late - sum(c["completed_late"] for c in causes.values())
    pending = pending_overdue - sum(c["pending_overdue"] for c in causes.values())
    if done or pending:
        rows.append(["Chưa ghi nguyên nhân", done, pending, done + pending])
    return Table("Hồ sơ quá hạn theo nguyên nhân", cols, rows,
                 total=[TOTAL_LABEL, completed_late, pending_overdue, completed_late + pending_overdue])


def overdue_table(rows, end: date) -> Table:
    # PDF widths sum to the page's 165 mm (the cause column took its room from the procedure's).
    cols = [Column("STT", "int", 6, 9), Column("Mã hồ sơ", "id", 24, 26, True),
            Column("Thủ tục hành chính", "text", 48, 30, True), Column("Lĩnh vực", "text", 18, 20, True),
            Column("Người nộp", "text", 22), Column("Kênh nộp", "text", 11),
            Column("Ngày tiếp nhận", "date", 12, 19), Column("Hạn trả", "date", 12, 19),
            Column("Số ngày quá hạn", "int", 10, 16), Column("Cán bộ xử lý", "text", 20),
            Column("Trạng thái", "text", 13), Column("Nguyên nhân quá hạn", "text", 22, 26, True)]
    body = [[i, r.codes, r.procedure, r.field, r.applicant, _channel(r.channel), r.received, r.due,
             r.days_late, r.handler, _status(r.status), _cause(r.cause)] for i, r in enumerate(rows, 1)]
    return Table(f"Hồ sơ đang giải quyết quá hạn đến ngày {end:%d/%m/%Y}", cols, body, numbered=True,
                 note="Số ngày quá hạn tính theo ngày lịch, từ hạn trả đến ngày cuối kỳ báo cáo.")


def late_table(rows) -> Table:
    cols = [Column("STT", "int", 6, 8), Column("Mã hồ sơ", "id", 24, 24, True),
            Column("Thủ tục hành chính", "text", 48, 26, True), Column("Lĩnh vực", "text", 18, 18, True),
            Column("Người nộp", "text", 22), Column("Kênh nộp", "text", 11),
            Column("Ngày tiếp nhận", "date", 12, 18), Column("Hạn trả", "date", 12, 18),
            Column("Ngày trả kết quả", "date", 12, 18), Column("Số ngày trễ hạn", "int", 10, 13),
            Column("Cán bộ xử lý", "text", 20), Column("Kết quả", "text", 12),
            Column("Nguyên nhân quá hạn", "text", 22, 22, True)]
    body = [[i, r.codes, r.procedure, r.field, r.applicant, _channel(r.channel), r.received, r.due,
             r.closed, r.days_late, r.handler, _status(r.status), _cause(r.cause)] for i, r in enumerate(rows, 1)]
    return Table("Hồ sơ đã giải quyết quá hạn trong kỳ", cols, body, numbered=True)


# ----------------------------------------------------------------------------- the province's ranking

RANKING_TITLE = "Xếp hạng theo tỷ lệ giải quyết hồ sơ trước hạn và đúng hạn"
RANKING_RATE = "Tỷ lệ trước hạn và đúng hạn (%)"
RANKING_NOTE = "Đơn vị không có hồ sơ đã giải quyết trong kỳ không được xếp hạng."

# ----------------------------------------------------------------------------- other sections

SECTION_TITLES = {
    "staff": ("Nhân sự", "NHÂN SỰ"),
    "equipment": ("Trang thiết bị", "CƠ SỞ VẬT CHẤT, TRANG THIẾT BỊ"),
    "recommendations": ("Kiến nghị", "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"),
    "tasks": ("Nhiệm vụ", "THỰC HIỆN NHIỆM VỤ TRỌNG TÂM"),
    "training": ("Đào tạo", "ĐÀO TẠO, BỒI DƯỠNG"),
}
# The same as headings inside the document's first part ("2. Nhân sự").
SECTION_HEADINGS = {
    "staff": "Nhân sự",
    "equipment": "Cơ sở vật chất, trang thiết bị",
    "recommendations": "Tình hình giải quyết khó khăn, vướng mắc, kiến nghị",
    "tasks": "Thực hiện nhiệm vụ trọng tâm",
    "training": "Đào tạo, bồi dưỡng",
    "index_766": "Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg (ước tính nội bộ)",
}


def section_heading(section: "Section") -> str:
    """"Nhân sự": the section's title as a heading in sentence case."""
    if section.key in SECTION_HEADINGS:
        return SECTION_HEADINGS[section.key]
    return section.title[:1] + section.title[1:].lower()

# Wording of single figures ("facts") and of tables, by (section, key).
FACTS = {
    ("staff", "total"): "Tổng số người đang công tác đến ngày cuối kỳ",
    ("equipment", "open_needs"): "Số nhu cầu chưa đáp ứng (đề xuất, đã gửi tỉnh, đã phê duyệt)",
    ("equipment", "open_estimated_cost"): "Kinh phí dự kiến của các nhu cầu chưa đáp ứng (đồng)",
    ("recommendations", "total"): "Tổng số khó khăn, kiến nghị đang theo dõi",
    ("recommendations", "raised_in_period"): "Số kiến nghị nêu trong kỳ",
}
TABLES = {
    # (section, key): (title, first column heading, value heading for a flat table)
    ("staff", "by_department"): ("Số người đang công tác theo đơn vị", "Đơn vị", "Số người"),
    ("staff", "by_category"): ("Theo loại cán bộ, công chức, viên chức, hợp đồng", "Loại", "Số người"),
    ("staff", "by_origin"): ("Theo nguồn", "Nguồn", "Số người"),
    ("staff", "staffing"): ("Định biên và thiếu hụt theo chuyên môn", "Chuyên môn", None),
    ("equipment", "by_status"): ("Nhu cầu trang thiết bị, cơ sở vật chất theo trạng thái", "Trạng thái", None),
    ("equipment", "by_category"): ("Nhu cầu trang thiết bị, cơ sở vật chất theo nhóm", "Nhóm", None),
    ("recommendations", "by_status"): ("Khó khăn, kiến nghị theo trạng thái", "Trạng thái", "Số kiến nghị"),
    ("recommendations", "by_category"): ("Khó khăn, kiến nghị theo lĩnh vực", "Lĩnh vực", "Số kiến nghị"),
    ("tasks", "total"): ("Kết quả thực hiện nhiệm vụ trong kỳ", "Chỉ tiêu", None),
    ("tasks", "by_department"): ("Nhiệm vụ theo đơn vị", "Đơn vị", None),
    ("tasks", "by_person"): ("Nhiệm vụ theo người chủ trì", "Người chủ trì", None),
    ("tasks", "plans"): ("Kế hoạch công tác tháng", "Tháng", None),
    ("tasks", "overdue"): ("Nhiệm vụ quá hạn đến ngày cuối kỳ", None, None),
}
# Column keys of a table whose dict is empty (so the headings still print).
INNER_KEYS = {
    ("staff", "staffing"): ["quota", "filled", "shortage"],
    ("equipment", "by_status"): ["count", "quantity", "estimated_cost"],
    ("equipment", "by_category"): ["count", "quantity", "estimated_cost"],
    ("tasks", "by_department"): ["carried_over", "assigned", "done", "done_on_time", "done_late", "open",
                                 "open_overdue", "on_time_rate"],
    ("tasks", "by_person"): ["carried_over", "assigned", "done", "done_on_time", "done_late", "open",
                             "open_overdue", "on_time_rate"],
    ("tasks", "plans"): ["tasks", "carried_over", "done", "done_on_time", "done_late", "open", "open_overdue"],
}
# Column keys of a list that is empty (so its headings still print).
LIST_KEYS = {
    ("tasks", "overdue"): ["code", "title", "person", "department", "deadline", "days_overdue"],
    ("training", "people"): ["name", "department", "job_positions", "topics"],
}
# The shape of each section of interfaces.md, for the headings of an empty section.
SKELETONS = {
    "staff": {"total": None, "by_department": {}, "by_category": {}, "by_origin": {},
              "staffing": {}},
    "equipment": {"open_needs": None, "open_estimated_cost": None, "by_status": {}, "by_category": {}},
    "recommendations": {"total": None, "raised_in_period": None, "by_status": {}, "by_category": {}},
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _value(v: Any) -> Any:
    if isinstance(v, str) and _ISO_DATE.match(v):
        try:
            return date.fromisoformat(v)
        except ValueError:
            return v
    return v


def _heading(key: str) -> str:
    text = key_label(key)
    return text + " (đồng)" if key_kind(key) == "money" and "đồng" not in text else text


def _col_for(key: str, values=()) -> Column:
    vals = [v for v in values if v is not None]
    if vals and all(isinstance(v, (date, datetime)) or (isinstance(v, str) and _ISO_DATE.match(v))
                    for v in vals):
        return Column(_heading(key), "date", 12, 20)
    if any(isinstance(v, str) for v in vals):
        return Column(_heading(key), "text", 24, 40, True)
    kind = key_kind(key)
    if kind == "int" and any(isinstance(v, float) for v in vals):
        kind = "rate"
    return Column(_heading(key), {"money": "int"}.get(kind, kind), 16 if kind == "money" else 13, 24)


def _facts_table(section: str, facts: list[tuple[str, Any]]) -> Table:
    rows = [[FACTS.get((section, k), key_label(k)), v] for k, v in facts]
    return Table(None, [Column("Chỉ tiêu", "text", 60, 120, True), Column("Số liệu", "auto", 18, 45)], rows)


def _flat_table(section: str, key: str, d: dict, title: str | None) -> Table:
    t = TABLES.get((section, key))
    first = t[1] if t and t[1] else "Nội dung"
    value = t[2] if t and t[2] else "Số lượng"
    rows = [[row_label(section, key, k), v] for k, v in d.items()]
    return Table(title, [Column(first, "text", 40, 110, True), Column(value, "auto", 16, 55)], rows)


def _nested_table(section: str, key: str, d: dict, title: str | None, totals: dict | None,
                  inner: list[str] | None = None) -> Table:
    keys: list[str] = list(inner or [])
    for v in d.values():
        for k, x in v.items():
            if k not in keys and not isinstance(x, (dict, list)):
                keys.append(k)
    t = TABLES.get((section, key))
    first = t[1] if t and t[1] else "Nội dung"
    cols = [Column(first, "text", 36, 0, True)]
    cols += [_col_for(k, [v.get(k) for v in d.values()]) for k in keys]
    _fit_pdf(cols)
    rows = [[row_label(section, key, name)] + [_value(v.get(k)) for k in keys] for name, v in d.items()]
    total = None
    if totals and rows and any(k in totals for k in keys):  # an empty table shows no data, never zeros
        total = ["Tổng cộng"] + [totals.get(k) for k in keys]
    return Table(title, cols, rows, total=total)


def _list_table(section: str, key: str, items: list[dict], title: str | None) -> Table:
    keys: list[str] = []
    for it in items:
        for k, x in it.items():
            if k not in keys and not isinstance(x, dict):
                keys.append(k)

    def cell(k, v):
        if isinstance(v, list):
            return ", ".join(row_label(section, k, str(x)) for x in v)
        return _value(v)

    rows = [[i] + [cell(k, it.get(k)) for k in keys] for i, it in enumerate(items, 1)]
    cols = [Column("STT", "int", 6, 10)] + [_col_for(k, [r[j + 1] for r in rows]) for j, k in enumerate(keys)]
    _fit_pdf(cols, fixed=1)
    return Table(title, cols, rows, numbered=True)


PDF_WIDTH_MM = 165


def _fit_pdf(cols: list[Column], fixed: int = 0) -> None:
    """Share the PDF width: the first column (names) gets what the figures leave, at least 45 mm."""
    if fixed:
        rest = PDF_WIDTH_MM - sum(c.pdf_mm or 0 for c in cols[:fixed])
        share = rest / max(len(cols) - fixed, 1)
        for c in cols[fixed:]:
            c.pdf_mm = share
        return
    n = len(cols) - 1
    each = min(24.0, (PDF_WIDTH_MM - 45) / max(n, 1))
    for c in cols[1:]:
        c.pdf_mm = each
    cols[0].pdf_mm = PDF_WIDTH_MM - each * n


def _render(section: str, key: str | None, value: Any, title: str | None, tables: list[Table],
            facts: list) -> None:
    if isinstance(value, dict):
        scalars = [(k, v) for k, v in value.items() if not isinstance(v, (dict, list))]
        nested = [(k, v) for k, v in value.items() if isinstance(v, (dict, list))]
        if key is None:  # the section itself
            facts.extend(scalars)
            for k, v in nested:
                _render(section, k, v, None, tables, facts)
            return
        t = TABLES.get((section, key))
        ttl = title or (t[0] if t else key_label(key))
        if not value and (section, key) in INNER_KEYS:
            tables.append(_nested_table(section, key, {}, ttl, None, INNER_KEYS[(section, key)]))
        elif value and all(isinstance(v, dict) for v in value.values()):
            tables.append(_nested_table(section, key, value, ttl, None, INNER_KEYS.get((section, key))))
        elif scalars and all(isinstance(v, dict) for _, v in nested) and len(nested) == 1:
            # e.g. staffing: totals plus one breakdown → one table with a "Tổng cộng" row
            sub_key, sub = nested[0]
            tables.append(_nested_table(section, key, sub, ttl, dict(scalars),
                                        INNER_KEYS.get((section, key))))
        elif not nested:
            tables.append(_flat_table(section, key, value, ttl))
        else:
            if scalars:
                tables.append(Table(ttl, _facts_table(section, scalars).columns,
                                    _facts_table(section, scalars).rows))
            for k, v in nested:
                _render(section, k, v, f"{ttl} - {key_label(k).lower()}", tables, facts)
    elif isinstance(value, list):
        t = TABLES.get((section, key or ""))
        ttl = title or (t[0] if t else key_label(key or ""))
        if value and all(isinstance(v, dict) for v in value):
            tables.append(_list_table(section, key or "", value, ttl))
        elif not value and (section, key) in LIST_KEYS:
            tables.append(_list_table(section, key, [dict.fromkeys(LIST_KEYS[(section, key)])], ttl))
            tables[-1].rows = []
        else:
            tables.append(Table(ttl, [Column("STT", "int", 6, 12), Column("Nội dung", "text", 60, 153, True)],
                                [[i, str(v)] for i, v in enumerate(value, 1)], numbered=True))
    else:
        facts.append((key, value))


def _detail_table(d) -> Table:
    """A register's list: STT, then its columns; in the PDF figures and dates get fixed widths and
    the text columns share the rest (the first text column, usually the content, twice as much)."""
    fixed = {"int": 14, "money": 24, "date": 18, "id": 24}
    cols = [Column("STT", "int", 6, 10)]
    weights = []
    for heading, kind in d.columns:
        k = {"money": "int"}.get(kind, kind if kind in ("text", "int", "date", "id") else "text")
        col = Column(heading, k, 40 if k == "text" else (16 if kind == "money" else 13), fixed.get(kind),
                     k in ("text", "id"))
        cols.append(col)
        wide = heading in ("Nội dung", "Mô tả", "Trả lời", "Hạng mục", "Lý do", "Ghi chú")
        weights.append(0 if kind in fixed else (2 if wide else 1))
    free = PDF_WIDTH_MM - sum(c.pdf_mm or 0 for c in cols)
    total_w = sum(weights) or 1
    for c, w in zip(cols[1:], weights):
        if w:
            c.pdf_mm = max(free * w / total_w, 12)
    rows = [[i] + [_value(v) for v in r] for i, r in enumerate(d.rows, 1)]
    return Table(d.title, cols, rows, numbered=True, detail=True, summary=getattr(d, "summary", None))


# Sections of a register an office may not keep (work plans, training): a period in which it
# records nothing at all prints "no data" under its headings, not a table of zeros that would read
# as "no task was assigned, nobody was trained". The JSON keeps its zeros (interfaces.md).
NOTHING_RECORDED_IS_NO_DATA = ("tasks", "training")


def _records_anything(value) -> bool:
    if isinstance(value, dict):
        return any(_records_anything(v) for v in value.values())
    if isinstance(value, list):
        return bool(value)
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value != 0


def build_section(key: str, data: dict | None, details=()) -> Section:
    sheet, title = SECTION_TITLES.get(key, (key_label(key)[:31], key_label(key).upper()))
    data = data or {}
    if key in NOTHING_RECORDED_IS_NO_DATA and not _records_anything(data) and not any(d.rows for d in details):
        data = {}
    tables: list[Table] = []
    facts: list = []
    _render(key, None, data if data else SKELETONS.get(key, {}), None, tables, facts)
    if data and facts:
        tables.insert(0, _facts_table(key, facts))
    for d in details:
        tables.append(_detail_table(d))
    if not data:
        for t in tables:
            t.rows, t.total = [], None
    note = None if data else NO_DATA
    return Section(key, sheet, title, tables, note)


def index_section(rows: list[dict], note: str) -> Section:
    # The words of each indicator take the width; the figures keep what their values need.
    cols = [Column("Chỉ số", "text", 8, 11), Column("Nội dung", "text", 60, 54, True),
            Column("Tử số", "int", 10, 13), Column("Mẫu số", "int", 10, 13),
            Column("Tỷ lệ (%)", "rate", 12, 16, True), Column("Ngưỡng đạt điểm tối đa (%)", "int", 13, 15),
            Column("Điểm tối đa", "int", 9, 12), Column("Điểm ước tính", "points", 10, 14),
            Column("Đạt (% điểm tối đa)", "rate", 11, 17)]
    from core.returns import NO_DATA

    body = [[r["code"], f"{r['name']}: {r['measures']}", r["numerator"], r["denominator"],
             NO_DATA if r["rate"] is None else r["rate"], r["full_at"], r["max_points"], r["points"],
             r["share_of_full"]] for r in rows]
    t = Table("Chỉ số phục vụ người dân, doanh nghiệp (ước tính nội bộ)", cols, body,
              note="Điểm ước tính = điểm tối đa khi tỷ lệ đạt ngưỡng, nếu chưa đạt thì tỷ lệ × điểm "
                   "tối đa ÷ ngưỡng. Ô điểm để trống: trọng số hoặc ngưỡng của chỉ số chưa được xác minh. "
                   f"“{NO_DATA}”: không hồ sơ nào của kỳ ghi nhận thông tin đó (lệ phí và thanh toán "
                   "trực tuyến, số hóa), chỉ số không tính được.")
    return Section("index_766", "Chỉ số 766 (ước tính)",
                   "CHỈ SỐ PHỤC VỤ THEO QUYẾT ĐỊNH 766/QĐ-TTg (ƯỚC TÍNH NỘI BỘ)", [t], note=note)


def made_at_text(made_at: datetime) -> str:
    return f"{made_at:%d/%m/%Y %H:%M}"


# ----------------------------------------------------------------------------- the province's sources

@dataclass
class ProvinceTable:
    """A table of the consolidation beside the figures: its sheet, its heading and what it says empty."""
    sheet: str
    heading: str
    table: Table
    empty: str
    guide: str


def province_tables(data: dict) -> list[ProvinceTable]:
    """Where each commune's figures came from (when a return package is among them: version, who
    signed), and the communes of the province's list that have not reported (when a list was given).
    The workbook and the PDF both draw these."""
    out: list[ProvinceTable] = []
    communes = data.get("communes") or []
    if any(c.get("source") == "package" for c in communes):
        replaced: dict[str, list[dict]] = {}
        for s in data.get("superseded") or []:
            replaced.setdefault(s["commune"], []).append(s)
        rows = []
        for i, c in enumerate(communes, 1):
            signer = c.get("signer")
            if signer:
                signed = f"{signer.get('name')} (số sê-ri {signer.get('serial')})"
            elif c.get("source") == "package":
                signed = "CHƯA KÝ SỐ (được chấp nhận khi tổng hợp)"
            else:
                signed = "Sổ Excel, không có chữ ký số"
            notes = [f"Bản điều chỉnh, thay gói phiên bản {s['version']} ({s['file']})"
                     for s in replaced.get(c["commune"], [])]
            if c.get("replaces") and not notes:
                notes.append(f"Bản điều chỉnh, thay phiên bản {c['replaces']}")
            if c.get("other_unit") and signer:
                notes.append("Chứng thư số ghi đơn vị khác: " + (", ".join(signer.get("units") or []) or "không ghi")
                             + " (được chấp nhận khi tổng hợp)")
            rows.append([i, c["commune"], c.get("file") or "", c.get("version"), signed, "; ".join(notes)])
        cols = [Column("STT", "int", 6, 10), Column("Đơn vị", "text", 26, 38, True), Column("Tệp", "text", 30),
                Column("Phiên bản", "int", 10, 17), Column("Chữ ký số", "text", 36, 55, True),
                Column("Ghi chú", "text", 36, 45, True)]
        note = ("Gói báo cáo đã kiểm tra: mã SHA-256 của từng tệp, chữ ký số còn nguyên vẹn, không sửa sau khi ký "
                "và thuộc tổ chức chứng thực được tin cậy (không kiểm tra thu hồi chứng thư khi không có mạng).")
        out.append(ProvinceTable("Nguồn số liệu", "NGUỒN SỐ LIỆU CỦA CÁC ĐƠN VỊ",
                                 Table("Nguồn số liệu của các đơn vị", cols, rows, note=note),
                                 "Không có đơn vị.", "Tệp, phiên bản và chữ ký số của báo cáo từng đơn vị"))
    if "missing_communes" in data:
        rows = [[i, name] for i, name in enumerate(data["missing_communes"], 1)]
        cols = [Column("STT", "int", 6, 12), Column("Đơn vị", "text", 50, 153, True)]
        out.append(ProvinceTable("Chưa báo cáo", "CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO",
                                 Table(f"Đơn vị chưa gửi báo cáo ({len(rows)} đơn vị)", cols, rows),
                                 "Tất cả các đơn vị trong danh sách đã gửi báo cáo.",
                                 "Các đơn vị trong danh sách của tỉnh chưa gửi báo cáo kỳ này"))
    return out
