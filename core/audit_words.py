"""The audit trail in people's words: the Vietnamese (or English) names of the tables and fields it
records, coded values by their labels, dates dd/mm/yyyy, numbers formatted, each record named by
what a clerk knows it by (a dossier's code, a person's name). The trail itself keeps the raw values
(core.audit); this only reads them for the window and the export."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, select
from sqlalchemy.orm import Session

from core import vocab
from core.formatting import fmt_date, fmt_int, fold

TABLES: dict[str, tuple[str, str]] = {
    "dossier": ("Hồ sơ", "Dossier"), "dossier_event": ("Bước xử lý hồ sơ", "Dossier step"),
    "procedure": ("Thủ tục", "Procedure"), "commune": ("Thông tin xã", "Commune"),
    "holiday_override": ("Ngày nghỉ, ngày làm bù", "Day off or make-up day"),
    "import_batch": ("Lần nhập tệp", "File import"), "app_user": ("Tài khoản", "User account"),
    "setting": ("Thiết lập", "Setting"), "finalised_return": ("Báo cáo đã chốt", "Finalised return"),
    "staff": ("Cán bộ", "Staff member"), "department": ("Đơn vị", "Department"),
    "assignment": ("Phân công công tác", "Posting"), "staffing_quota": ("Định biên", "Staffing quota"),
    "task": ("Nhiệm vụ", "Task"), "task_event": ("Diễn biến nhiệm vụ", "Task step"),
    "task_coordinator": ("Người, đơn vị phối hợp", "Coordinator"), "monthly_plan": ("Kế hoạch tháng", "Monthly plan"),
    "plan_task": ("Nhiệm vụ trong kế hoạch", "Task in a plan"), "course": ("Khóa bồi dưỡng", "Training course"),
    "attendance": ("Người học", "Attendance"), "required_training": ("Bồi dưỡng bắt buộc", "Required training"),
    "equipment_item": ("Trang thiết bị", "Equipment"), "need": ("Nhu cầu trang thiết bị", "Equipment need"),
    "need_event": ("Diễn biến nhu cầu", "Need step"), "site_problem": ("Điểm khó khăn", "Site problem"),
    "recommendation": ("Kiến nghị", "Recommendation"),
    "site_problem_event": ("Diễn biến điểm khó khăn", "Site problem step"),
    "recommendation_event": ("Diễn biến kiến nghị", "Recommendation step"),
    "recommendation_shortage": ("Thiếu nhân sự của kiến nghị", "Shortage of a recommendation"),
    "recommendation_need": ("Nhu cầu của kiến nghị", "Need of a recommendation"),
    "dossier_document": ("Giấy tờ của hồ sơ", "Document of a dossier"),
    "procedure_document": ("Thành phần hồ sơ của thủ tục", "Required document of a procedure"),
    "return_assessment": ("Phần đánh giá của báo cáo", "Assessment of a return"),
    "import_profile": ("Mẫu nhập tệp đã lưu", "Saved import layout"),
    "database": ("Cơ sở dữ liệu", "Database"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "position": ("Thứ tự", "Position"), "form": ("Bản chính/bản sao", "Original or copy"),
    "copies": ("Số lượng", "Copies"), "received": ("Đã nộp", "Handed in"),
    "texts_json": ("Nội dung đánh giá", "Assessment texts"), "updated_by": ("Người sửa", "Edited by"),
    "assessment_json": ("Nội dung đánh giá", "Assessment texts"), "mapping": ("Cách ánh xạ cột", "Column mapping"),
    "items": ("Nội dung yêu cầu bổ sung", "Items asked for"),
    "official_code": ("Mã trên hệ thống", "System code"), "applicant_email": ("Thư điện tử", "Email"),
    "representative_name": ("Người được ủy quyền", "Authorised person"),
    "representative_id_number": ("Số định danh người được ủy quyền", "Authorised person's ID number"),
    "representative_address": ("Địa chỉ người được ủy quyền", "Authorised person's address"),
    "representative_phone": ("Điện thoại người được ủy quyền", "Authorised person's phone"),
    "representative_email": ("Thư điện tử người được ủy quyền", "Authorised person's email"),
    "representative_document": ("Giấy ủy quyền", "Authorisation"),
    "late_cause": ("Nguyên nhân quá hạn", "Late cause"), "appointment_at": ("Thời gian hẹn trả", "Appointment"),
    "result_delivery": ("Nơi trả kết quả", "Result delivered"), "book_year": ("Năm của sổ", "Book year"),
    "book_volume": ("Quyển sổ", "Book volume"), "book_number": ("Số thứ tự trong sổ", "Book number"),
    "second_supplement_reason": ("Lý do yêu cầu bổ sung lần hai", "Reason for a second supplement request"),
    "refunded_fee": ("Phí, lệ phí hoàn trả", "Fee refunded"),
    "id": ("Số hiệu", "Id"), "code": ("Mã", "Code"), "name": ("Tên", "Name"), "full_name": ("Họ và tên", "Full name"),
    "title": ("Tiêu đề, chức vụ", "Title"), "status": ("Trạng thái", "Status"), "note": ("Ghi chú", "Note"),
    "notes": ("Ghi chú", "Notes"), "kind": ("Loại", "Kind"), "category": ("Nhóm, loại", "Category"),
    "field": ("Lĩnh vực", "Field"), "procedure_id": ("Thủ tục", "Procedure"),
    "applicant_name": ("Người nộp", "Applicant"), "applicant_id_number": ("Số định danh", "ID number"),
    "applicant_phone": ("Điện thoại", "Phone"), "applicant_address": ("Địa chỉ", "Address"),
    "channel": ("Kênh nộp", "Channel"), "received_at": ("Thời gian nhận", "Received at"),
    "received_date": ("Ngày nhận", "Received on"), "due_date": ("Hạn trả", "Due on"),
    "completed_date": ("Ngày trả", "Closed on"), "handler_id": ("Cán bộ xử lý", "Handler"),
    "handler_name": ("Cán bộ xử lý", "Handler"), "supplement_requested_date": ("Ngày yêu cầu bổ sung",
                                                                              "Supplement asked on"),
    "apology_new_date": ("Ngày hẹn lại", "New date promised"), "import_batch_id": ("Lần nhập tệp", "File import"),
    "documents": ("Thành phần hồ sơ", "Documents"), "legal_days": ("Thời hạn giải quyết", "Time limit"),
    "deadline_unit": ("Đơn vị thời hạn", "Time limit unit"), "legal_basis": ("Căn cứ pháp lý", "Legal basis"),
    "active": ("Đang dùng", "Active"), "province": ("Tỉnh, thành phố", "Province"),
    "code_prefix": ("Tiền tố mã hồ sơ", "Code prefix"), "place_name": ("Địa danh", "Place name"),
    "chairperson": ("Chủ tịch", "Chairperson"), "day": ("Ngày", "Day"), "at": ("Thời điểm", "At"),
    "user_name": ("Người dùng", "User"), "from_status": ("Từ trạng thái", "From status"),
    "to_status": ("Sang trạng thái", "To status"), "progress": ("Tiến độ (%)", "Progress (%)"),
    "role": ("Vai trò", "Role"), "password_hash": ("Mật khẩu", "Password"),
    "password_changed_at": ("Ngày đổi mật khẩu", "Password changed at"), "value": ("Giá trị", "Value"),
    "key": ("Khóa", "Key"), "birth_date": ("Ngày sinh", "Date of birth"), "sex": ("Giới tính", "Sex"),
    "id_number": ("Số định danh", "ID number"), "phone": ("Điện thoại", "Phone"), "email": ("Thư điện tử", "Email"),
    "qualification": ("Trình độ", "Qualification"), "specialty": ("Chuyên môn", "Specialty"),
    "origin": ("Nguồn", "Origin"), "staff_id": ("Cán bộ", "Staff member"), "department_id": ("Đơn vị", "Department"),
    "job_position": ("Vị trí việc làm", "Job position"), "duties": ("Nhiệm vụ được giao", "Duties"),
    "start_date": ("Từ ngày", "From"), "end_date": ("Đến ngày", "To"), "decision_number": ("Số quyết định",
                                                                                       "Decision number"),
    "quota": ("Định biên", "Quota"), "description": ("Mô tả", "Description"), "source_kind": ("Loại văn bản",
                                                                                           "Source document"),
    "source_number": ("Số văn bản", "Document number"), "source_date": ("Ngày văn bản", "Document date"),
    "person_id": ("Người chủ trì", "Person in charge"), "deadline": ("Thời hạn", "Deadline"),
    "original_deadline": ("Thời hạn ban đầu", "First deadline"), "responsibility": ("Trách nhiệm", "Responsibility"),
    "expected_product": ("Sản phẩm", "Expected product"), "assigning_authority": ("Cấp giao", "Assigned by"),
    "priority": ("Mức ưu tiên", "Priority"), "assigned_date": ("Ngày giao", "Assigned on"),
    "date_done": ("Ngày hoàn thành", "Done on"), "cancelled_date": ("Ngày hủy", "Cancelled on"),
    "year": ("Năm", "Year"), "month": ("Tháng", "Month"), "topic": ("Chủ đề", "Topic"),
    "organiser": ("Đơn vị tổ chức", "Organiser"), "hours": ("Số giờ", "Hours"), "mode": ("Hình thức", "Mode"),
    "location": ("Địa điểm", "Location"), "course_id": ("Khóa học", "Course"), "result": ("Kết quả", "Result"),
    "certificate": ("Chứng chỉ", "Certificate"), "valid_months": ("Thời hạn (tháng)", "Valid (months)"),
    "quantity": ("Số lượng", "Quantity"), "unit": ("Đơn vị tính", "Unit"), "condition": ("Tình trạng", "Condition"),
    "acquisition_year": ("Năm mua", "Year bought"), "item": ("Hạng mục", "Item"),
    "quantity_on_hand": ("Hiện có", "On hand"), "quantity_needed": ("Cần bổ sung", "Needed"),
    "unit_cost": ("Đơn giá dự kiến", "Unit cost"), "justification": ("Lý do", "Reason"),
    "status_date": ("Ngày đổi trạng thái", "Status since"), "place": ("Địa bàn", "Place"),
    "since": ("Từ ngày", "Since"), "households": ("Số hộ", "Households"), "resolved_date": ("Ngày giải quyết",
                                                                                        "Resolved on"),
    "content": ("Nội dung", "Content"), "raised_date": ("Ngày nêu", "Raised on"),
    "addressed_to": ("Cơ quan tiếp nhận", "Addressed to"), "submitted_date": ("Ngày gửi", "Sent on"),
    "answer": ("Trả lời", "Answer"), "answer_date": ("Ngày trả lời", "Answered on"),
    "answered_by": ("Cơ quan trả lời", "Answered by"), "period_start": ("Từ ngày", "Period from"),
    "period_end": ("Đến ngày", "Period to"), "version": ("Phiên bản", "Version"),
    "finalised_at": ("Thời điểm chốt", "Finalised at"), "finalised_by": ("Người chốt", "Finalised by"),
    "reason": ("Lý do", "Reason"), "task_id": ("Nhiệm vụ", "Task"), "dossier_id": ("Hồ sơ", "Dossier"),
    "recommendation_id": ("Kiến nghị", "Recommendation"), "need_id": ("Nhu cầu", "Need"),
    "plan_id": ("Kế hoạch", "Plan"), "sort_order": ("Thứ tự", "Order"),
    "action": ("Thao tác", "Action"), "added_at": ("Thời điểm thêm", "Added at"), "body": ("Cơ quan", "Body"),
    "carried_from_id": ("Chuyển từ kế hoạch", "Carried over from"), "data_json": ("Số liệu", "Figures"),
    "data_sha256": ("Mã kiểm tra số liệu", "Figures checksum"), "decided_by": ("Người quyết định", "Decided by"),
    "decision_date": ("Ngày quyết định", "Decided on"), "department": ("Đơn vị", "Department"),
    "equipment_item_id": ("Trang thiết bị", "Equipment"), "file_name": ("Tên tệp", "File name"),
    "files_json": ("Các tệp", "Files"), "imported_at": ("Thời điểm nhập", "Imported at"),
    "inserted": ("Số dòng thêm", "Added"), "updated": ("Số dòng cập nhật", "Updated"),
    "old_value": ("Giá trị cũ", "Old value"), "new_value": ("Giá trị mới", "New value"),
    "paused_days": ("Số ngày tạm dừng", "Paused days"), "previous_id": ("Thay phiên bản", "Replaces version"),
    "quantity_delivered": ("Đã cấp", "Delivered"), "record_id": ("Bản ghi", "Record"),
    "signature_json": ("Chữ ký số", "Signature"), "supplement_count": ("Số lần yêu cầu bổ sung",
                                                                       "Supplement requests"),
    "table_name": ("Loại dữ liệu", "Kind of data"), "user_role": ("Vai trò", "Role"),
    "workstation": ("Máy tính", "Workstation"),
    "fee": ("Lệ phí", "Fee"), "paid_online": ("Thanh toán trực tuyến", "Paid online"),
    "digitised": ("Số hóa", "Digitised"), "site_problem_id": ("Điểm khó khăn", "Site problem"),
}

# Coded values: the vocabulary labelling a field (of any table unless a table is given).
_CODED: dict[tuple[str | None, str], vocab.Vocabulary] = {
    (None, "channel"): vocab.CHANNEL, ("dossier", "status"): vocab.DOSSIER_STATUS,
    (None, "deadline_unit"): vocab.DEADLINE_UNIT, ("dossier_event", "kind"): vocab.DOSSIER_EVENT,
    ("dossier_event", "from_status"): vocab.DOSSIER_STATUS, ("dossier_event", "to_status"): vocab.DOSSIER_STATUS,
    ("holiday_override", "kind"): vocab.HOLIDAY_OVERRIDE, ("staff", "category"): vocab.STAFF_CATEGORY,
    ("staff", "origin"): vocab.STAFF_ORIGIN, (None, "sex"): vocab.SEX, ("assignment", "kind"): vocab.ASSIGNMENT_KIND,
    ("equipment_item", "category"): vocab.EQUIPMENT_CATEGORY, ("need", "category"): vocab.EQUIPMENT_CATEGORY,
    ("need", "priority"): vocab.PRIORITY, ("need", "status"): vocab.NEED_STATUS,
    ("equipment_item", "condition"): vocab.CONDITION, ("site_problem", "kind"): vocab.PROBLEM_KIND,
    ("site_problem", "status"): vocab.PROBLEM_STATUS, ("recommendation", "category"): vocab.REC_CATEGORY,
    ("recommendation", "status"): vocab.REC_STATUS, ("task", "status"): vocab.TASK_STATUS,
    ("task_event", "from_status"): vocab.TASK_STATUS, ("task_event", "to_status"): vocab.TASK_STATUS,
    ("task", "responsibility"): vocab.TASK_RESPONSIBILITY, ("task", "priority"): vocab.TASK_PRIORITY,
    ("task", "source_kind"): vocab.TASK_SOURCE, ("task_event", "kind"): vocab.TASK_EVENT,
    ("course", "topic"): vocab.TRAINING_TOPIC, ("course", "mode"): vocab.TRAINING_MODE,
    ("attendance", "result"): vocab.TRAINING_RESULT,
}

# What a record is known by (a dossier by its code, a person by the name).
_NAMED_BY = {"dossier": "code", "staff": "full_name", "task": "title", "course": "name", "department": "name",
             "procedure": "name", "app_user": "name", "equipment_item": "name", "need": "item",
             "recommendation": "content", "site_problem": "place", "commune": "name", "monthly_plan": "title"}
NAME_CUT = 60


def _pick(pair: tuple[str, str] | None, lang: str, fallback: str) -> str:
    return fallback if pair is None else pair[0] if lang == "vi" else pair[1]


def table_name(table: str | None, lang: str = "vi") -> str:
    return _pick(TABLES.get(table or ""), lang, table or "")


def table_code(text: str | None) -> str | None:
    """The table a clerk means by `text`: its Vietnamese or English name (any case, with or without
    diacritics), else `text` itself (a table's own name)."""
    if not text:
        return None
    key = fold(text)
    for code, (vi, en) in TABLES.items():
        if key in (fold(vi), fold(en)):
            return code
    return text


def field_name(field: str | None, lang: str = "vi") -> str:
    return _pick(FIELDS.get(field or ""), lang, field or "")


def _column(table: str, field: str):
    from core.models import Base

    t = Base.metadata.tables.get(table)
    return t.c.get(field) if t is not None and field else None


def _number(text: str, lang: str) -> str:
    try:
        n = Decimal(text)
    except InvalidOperation:
        return text
    if n == n.to_integral_value():
        return fmt_int(int(n)) if lang == "vi" else f"{int(n):,}"
    whole, frac = f"{n.normalize():f}".split(".")
    return (fmt_int(int(whole)) + "," + frac) if lang == "vi" else f"{int(whole):,}.{frac}"


def value_text(table: str | None, field: str | None, value: str | None, lang: str = "vi") -> str:
    """A recorded value as a clerk reads it."""
    if value is None or value == "":
        return ""
    coded = _CODED.get((table, field)) or _CODED.get((None, field))
    if coded is not None and value in coded:
        return coded.label(value, lang)
    col = _column(table or "", field or "")
    kind = type(col.type) if col is not None else None
    if kind is not None and issubclass(kind, Boolean) or value in ("true", "false") and col is None:
        yes = value in ("true", "1")
        return ("Có" if yes else "Không") if lang == "vi" else ("Yes" if yes else "No")
    if kind is not None and issubclass(kind, DateTime):
        try:
            at = datetime.fromisoformat(value)
            return f"{fmt_date(at)} {at:%H:%M:%S}" if lang == "vi" else f"{at:%d/%m/%Y %H:%M:%S}"
        except ValueError:
            return value
    if kind is not None and issubclass(kind, Date):
        try:
            return fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    if kind is not None and issubclass(kind, Integer) and (field == "year" or (field or "").endswith("_year")):
        return value  # a year is read as 2026, never as the number 2.026
    if kind is not None and issubclass(kind, (Integer, Numeric, Float)) and not (field or "").endswith("_id") \
            and field != "id":
        return _number(value, lang)
    return value


_ROWS = re.compile(r"^(\d+) rows$")
_IMPORT = re.compile(r"^(\w+) from (.*): (\d+) added, (\d+) updated$")


def note_text(note: str | None, lang: str = "vi") -> str:
    """The trail's notes written by the program ("2 rows", an import's counts) in words."""
    if not note:
        return ""
    m = _ROWS.match(note)
    if m:
        n = _number(m.group(1), lang)
        return f"{n} dòng" if lang == "vi" else f"{n} rows"
    m = _IMPORT.match(note)
    if m and lang == "vi":
        return (f"{_import_kind(m.group(1))} từ tệp {m.group(2)}: thêm {_number(m.group(3), lang)}, "
                f"cập nhật {_number(m.group(4), lang)}")
    return note


_IMPORT_KINDS = {"dossiers": "Hồ sơ", "staff": "Cán bộ", "staffing": "Định biên", "tasks": "Nhiệm vụ",
                 "training": "Bồi dưỡng", "equipment": "Trang thiết bị", "recommendations": "Kiến nghị",
                 "sites": "Điểm khó khăn", "procedures": "Thủ tục"}


def _import_kind(kind: str) -> str:
    return _IMPORT_KINDS.get(kind, kind)


def record_names(session: Session, keys) -> dict[tuple[str, str], str]:
    """(table, record id) → what the record is known by, for the records of `keys` that still exist
    (one query per table)."""
    from core.models import Base

    wanted: dict[str, set[int]] = {}
    for table, rid in keys:
        if table in _NAMED_BY and rid and str(rid).isdigit():
            wanted.setdefault(table, set()).add(int(rid))
    out = {}
    for table, ids in wanted.items():
        t = Base.metadata.tables[table]
        col = t.c[_NAMED_BY[table]]
        for i, name in session.execute(select(t.c.id, col).where(t.c.id.in_(sorted(ids)))):
            if name:
                text = str(name)
                out[(table, str(i))] = text if len(text) <= NAME_CUT else text[:NAME_CUT - 1] + "…"
    return out


def _referenced_table(table: str | None, field: str | None) -> str | None:
    """The table a column points to (dossier.handler_id → staff), None for a plain column."""
    col = _column(table or "", field or "")
    for fk in (col.foreign_keys if col is not None else ()):
        return fk.column.table.name
    return None


def names_for(session: Session, entries) -> dict[tuple[str, str], str]:
    """record_names() for trail rows: the records they are about, and the records their values point
    to (a dossier's handler is shown by the person's name, not the number of its row)."""
    keys = {(e.table_name, e.record_id) for e in entries}
    for e in entries:
        target = _referenced_table(e.table_name, e.field)
        if target is not None:
            keys |= {(target, v) for v in (e.old_value, e.new_value) if v}
    return record_names(session, keys)


@dataclass(frozen=True)
class Readable:
    """One trail row as the window shows it."""

    table: str
    record: str
    field: str
    old: str
    new: str
    note: str


def readable(entry, names: dict[tuple[str, str], str], lang: str = "vi") -> Readable:
    """A trail row (core.models.AuditEntry) in people's words; `names` from record_names()."""
    table, rid = entry.table_name, entry.record_id
    named = names.get((table, rid or ""))
    record = f"{named} (#{rid})" if named else (f"#{rid}" if rid else "")
    if entry.action == "import":
        field = _import_kind(entry.field or "") if lang == "vi" else (entry.field or "")
    else:
        field = field_name(entry.field, lang)
    target = _referenced_table(table, entry.field)

    def value(text):
        named = names.get((target, text)) if target is not None and text else None
        return f"{named} (#{text})" if named else value_text(table, entry.field, text, lang)

    return Readable(table_name(table, lang), record, field, value(entry.old_value), value(entry.new_value),
                    note_text(entry.note, lang))
