"""Fixed vocabularies: one place for each code, its Vietnamese label, its English label and
the spellings accepted on import. Codes are what the database and the JSON hold."""
from __future__ import annotations

from dataclasses import dataclass

from core.formatting import fold


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()


class Vocabulary:
    def __init__(self, name: str, terms: list[Term], default: str | None = None):
        self.name = name
        self.terms = terms
        self.default = default
        self._by_code = {t.code: t for t in terms}
        self._lookup: dict[str, str] = {}
        for t in terms:
            for spelling in (t.code, t.vi, t.en, *t.aliases):
                self._lookup[fold(spelling)] = t.code

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def parse(self, text: str | None) -> str | None:
        """The code for a label, code or alias (case, spaces and diacritics ignored); None if unknown."""
        if text is None:
            return None
        return self._lookup.get(fold(str(text)))

    def label(self, code: str | None, lang: str = "vi") -> str:
        term = self._by_code.get(code or "")
        if term is None:
            return code or ""
        return term.vi if lang == "vi" else term.en

    def term(self, code: str | None) -> Term | None:
        return self._by_code.get(code or "")

    def __contains__(self, code: str) -> bool:
        return code in self._by_code


CHANNEL = Vocabulary("channel", [
    Term("online", "Trực tuyến", "Online", ("truc tuyen", "dvc", "dich vu cong")),
    Term("direct", "Trực tiếp", "Direct", ("tai quay", "counter", "in person")),
    Term("postal", "Bưu chính", "Postal", ("bưu chính công ích", "buu dien", "post")),
], default="direct")

DOSSIER_STATUS = Vocabulary("status", [
    Term("in_progress", "Đang xử lý", "In progress", ("dang giai quyet", "processing")),
    Term("awaiting_supplement", "Chờ bổ sung", "Awaiting supplement",
         ("cho bo sung ho so", "supplement", "awaiting")),
    Term("returned", "Đã trả", "Returned", ("da tra ket qua", "da giai quyet", "completed", "done")),
    Term("rejected", "Từ chối", "Rejected", ("tu choi giai quyet",)),
    Term("withdrawn", "Rút hồ sơ", "Withdrawn", ("rut", "dung giai quyet", "stopped")),
    # Not received at all: the counter handed back Mẫu 03. No closing, and in no figure of the return.
    Term("refused", "Từ chối tiếp nhận", "Refused at the counter",
         ("không tiếp nhận", "khong nhan", "tu choi nhan", "refused")),
])
# How a closed dossier ended against its due date, in the words of form II.06a's columns 8-10
# (core.dossier_queries.closing_result).
CLOSING_RESULT = Vocabulary("result", [
    Term("early", "Trước hạn", "Early"),
    Term("on_time", "Đúng hạn", "On time"),
    Term("late", "Quá hạn", "Late"),
])
OPEN_STATUSES = ("in_progress", "awaiting_supplement")

# Why a dossier completed late or pending overdue is late (domain.md, late causes).
LATE_CAUSE = Vocabulary("late_cause", [
    Term("system", "Lỗi hệ thống, phần mềm", "System or software fault",
         ("lỗi hệ thống", "lỗi phần mềm", "hệ thống", "sự cố kỹ thuật", "sự cố hệ thống", "lỗi kỹ thuật",
          "system error", "software")),
    Term("staff", "Cán bộ xử lý", "Handling officer",
         ("cán bộ", "do cán bộ", "lỗi cán bộ", "chậm xử lý", "người xử lý", "handler")),
    Term("other_agency", "Cơ quan phối hợp, liên thông", "Coordinating or linked agency",
         ("cơ quan phối hợp", "liên thông", "phối hợp", "cơ quan liên thông", "chờ cơ quan khác",
          "other agency")),
    Term("applicant", "Chờ người dân", "Waiting for the applicant",
         ("người dân", "do người dân", "công dân", "chờ công dân", "tổ chức, cá nhân", "applicant")),
    Term("other", "Khác", "Other", ("lý do khác", "nguyên nhân khác")),
])
CLOSED_STATUSES = ("returned", "rejected", "withdrawn")
REFUSED_STATUS = "refused"

# Thành phần hồ sơ: what is handed in of each document (Mẫu 01's "Bản chính/Bản sao").
DOCUMENT_FORM = Vocabulary("document_form", [
    Term("original", "Bản chính", "Original", ("ban goc", "chinh")),
    Term("copy", "Bản sao", "Copy", ("sao", "ban chup", "ban photo", "photocopy")),
    Term("certified_copy", "Bản sao có chứng thực", "Certified copy",
         ("ban sao chung thuc", "sao y", "ban sao y", "certified")),
], default="copy")

# Mẫu 01 "Đăng ký nhận kết quả tại", Mẫu 07 "Phương thức nhận kết quả".
RESULT_DELIVERY = Vocabulary("result_delivery", [
    Term("counter", "Trực tiếp tại Trung tâm Phục vụ hành chính công", "At the counter",
         ("truc tiep", "tai trung tam", "tai bo phan mot cua", "tai quay", "direct")),
    Term("postal", "Qua dịch vụ bưu chính công ích", "By public postal service",
         ("buu chinh", "buu dien", "post", "postal")),
    Term("online", "Trực tuyến (kết quả điện tử)", "Online (electronic result)",
         ("truc tuyen", "dien tu", "online")),
], default="counter")

DEADLINE_UNIT = Vocabulary("deadline_unit", [
    Term("working_days", "Ngày làm việc", "Working days"),
    Term("calendar_days", "Ngày", "Calendar days"),
])

DOSSIER_EVENT = Vocabulary("event", [
    Term("received", "Tiếp nhận", "Received"),
    Term("presented", "Nộp hồ sơ tại quầy", "Presented at the counter"),
    Term("assigned", "Chuyển xử lý", "Handed to a handler"),
    Term("supplement_requested", "Yêu cầu bổ sung", "Supplement requested"),
    Term("supplement_supplied", "Đã bổ sung", "Supplement supplied"),
    Term("apology", "Xin lỗi, hẹn lại", "Apology, new date"),
    Term("returned", "Trả kết quả", "Result returned"),
    Term("rejected", "Từ chối", "Rejected"),
    Term("withdrawn", "Rút hồ sơ, dừng giải quyết", "Withdrawn, stopped"),
    Term("refused", "Từ chối tiếp nhận", "Refused at the counter"),
    Term("edited", "Sửa thông tin", "Edited"),
    Term("late_cause", "Ghi nguyên nhân quá hạn", "Late cause recorded"),
    Term("linked", "Khớp với hồ sơ trên hệ thống", "Linked to the system's dossier"),
    Term("import_updated", "Cập nhật theo tệp nhập", "Updated by an import"),
])

HOLIDAY_OVERRIDE = Vocabulary("override", [
    Term("day_off", "Ngày nghỉ", "Day off"),
    Term("working_day", "Ngày làm bù", "Make-up working day"),
])

# ---------------------------------------------------------------- staff (issue 4)
STAFF_CATEGORY = Vocabulary("category", [
    Term("cadre", "Cán bộ", "Cadre", ("can bo chuyen trach", "cb")),
    Term("civil_servant", "Công chức", "Civil servant", ("cong chuc cap xa", "cc", "civil servants")),
    Term("public_employee", "Viên chức", "Public employee", ("vc", "public employees")),
    Term("contract", "Hợp đồng lao động", "Labour contract",
         ("hợp đồng", "hđlđ", "hd", "hop dong 68", "hop dong 111", "nguoi lao dong", "labor contract",
          "labour", "contract worker")),
])

STAFF_ORIGIN = Vocabulary("origin", [
    Term("former_district", "Cấp huyện chuyển về", "From the former district",
         ("cap huyen", "huyen", "tu huyen", "huyen chuyen ve", "tu cap huyen", "district",
          "former district")),
    Term("former_commune", "Cấp xã cũ", "From a former commune",
         ("xa cu", "cap xa", "tu xa cu", "tai cho", "commune", "former commune")),
    Term("new_recruit", "Tuyển mới", "Newly recruited",
         ("tuyen dung moi", "tuyen dung", "moi tuyen", "new", "recruited", "new recruit")),
    Term("province", "Điều động từ tỉnh", "Sent by the province",
         ("tinh", "tu tinh", "cap tinh", "tinh dieu dong", "biet phai tu tinh", "provincial")),
])

SEX = Vocabulary("sex", [
    Term("male", "Nam", "Male", ("m", "nam gioi")),
    Term("female", "Nữ", "Female", ("f", "nu gioi")),
])

ASSIGNMENT_KIND = Vocabulary("assignment_kind", [
    Term("main", "Chính", "Main", ("chuc danh chinh", "primary")),
    Term("concurrent", "Kiêm nhiệm", "Concurrent", ("kiem nhiem", "kiem")),
], default="main")


# ------------------------------------------------------------ equipment and facilities (issue 5)
EQUIPMENT_CATEGORY = Vocabulary("category", [
    Term("premises", "Phòng làm việc/Trụ sở", "Premises",
         ("phòng làm việc", "trụ sở", "trụ sở làm việc", "phòng làm việc - trụ sở", "nhà làm việc",
          "work rooms", "work room", "premises")),
    Term("it", "Thiết bị CNTT", "IT",
         ("cntt", "công nghệ thông tin", "thiết bị công nghệ thông tin", "máy tính", "it equipment")),
    Term("vehicle", "Phương tiện", "Vehicle",
         ("phương tiện đi lại", "xe", "xe công vụ", "ô tô", "vehicles")),
    Term("network", "Mạng/Viễn thông", "Network",
         ("mạng", "viễn thông", "mạng viễn thông", "mạng internet", "internet", "mạng lưới")),
    Term("power", "Điện", "Power", ("nguồn điện", "điện lực", "electricity")),
    Term("other", "Khác", "Other", ("loại khác",)),
], default="other")

PRIORITY = Vocabulary("priority", [
    Term("high", "Cao", "High", ("ưu tiên cao", "khẩn cấp", "gấp", "1")),
    Term("medium", "Trung bình", "Medium", ("tb", "bình thường", "vừa", "2")),
    Term("low", "Thấp", "Low", ("ưu tiên thấp", "3")),
], default="medium")

NEED_STATUS = Vocabulary("need_status", [
    Term("proposed", "Đề xuất", "Proposed", ("đề nghị", "mới", "new", "dự kiến")),
    Term("submitted", "Đã gửi tỉnh", "Submitted", ("đã gửi", "đã trình", "đã trình tỉnh", "gửi tỉnh",
                                                  "submitted to the province")),
    Term("approved", "Đã phê duyệt", "Approved", ("phê duyệt", "đã duyệt", "được duyệt", "đồng ý")),
    Term("delivered", "Đã cấp", "Delivered", ("đã cấp phát", "đã bàn giao", "đã trang bị", "đã nhận",
                                             "hoàn thành")),
    Term("rejected", "Từ chối", "Rejected", ("không duyệt", "không phê duyệt", "không đồng ý", "bị từ chối")),
], default="proposed")
OPEN_NEED_STATUSES = ("proposed", "submitted", "approved")
CLOSED_NEED_STATUSES = ("delivered", "rejected")

NEED_ACTION = Vocabulary("need_action", [
    Term("proposed", "Đề xuất", "Proposed"),
    Term("imported", "Nhập từ tệp", "Imported"),
    Term("submit", "Gửi tỉnh", "Submitted to the province"),
    Term("approve", "Phê duyệt", "Approved"),
    Term("deliver", "Cấp, bàn giao", "Delivered"),
    Term("reject", "Từ chối", "Rejected"),
    Term("repropose", "Đề xuất lại", "Proposed again"),
    Term("edited", "Sửa thông tin", "Edited"),
])

CONDITION = Vocabulary("condition", [
    Term("good", "Tốt", "Good", ("còn tốt", "bình thường", "sử dụng tốt")),
    Term("needs_repair", "Cần sửa chữa", "Needs repair", ("cần sửa", "hư hỏng nhẹ", "xuống cấp", "repair")),
    Term("broken", "Hỏng", "Broken", ("hư hỏng", "hư", "hỏng hoàn toàn", "không sử dụng được")),
], default="good")

PROBLEM_KIND = Vocabulary("problem_kind", [
    Term("no_signal", "Không có sóng di động", "No mobile signal",
         ("không có sóng", "mất sóng", "vùng lõm sóng", "lõm sóng", "no signal", "signal", "sóng",
          "sóng di động")),
    Term("no_power", "Không có điện", "No power", ("chưa có điện", "mất điện", "chưa có điện lưới", "power", "điện",
                                                  "điện lưới")),
    Term("weak_network", "Mạng yếu", "Weak network",
         ("sóng yếu", "mạng chậm", "mạng quá tải", "quá tải mạng", "overloaded network", "internet",
          "mạng internet", "không có internet", "mất mạng", "mạng")),
    Term("road", "Giao thông", "Road", ("đường", "đường giao thông", "đường sá", "roads", "đường đi lại",
                                         "sạt lở đường")),
    Term("other", "Khác", "Other"),
], default="other")

PROBLEM_STATUS = Vocabulary("problem_status", [
    Term("open", "Chưa khắc phục", "Open", ("chưa xử lý", "mới")),
    Term("in_progress", "Đang khắc phục", "In progress", ("đang xử lý",)),
    Term("resolved", "Đã khắc phục", "Resolved", ("đã xử lý", "đã giải quyết", "xong")),
], default="open")

# ------------------------------------------------------------ difficulties and recommendations (issue 5)
REC_CATEGORY = Vocabulary("rec_category", [
    Term("personnel", "Nhân sự", "Personnel", ("cán bộ", "tổ chức cán bộ", "biên chế", "tổ chức bộ máy")),
    Term("facilities", "Cơ sở vật chất", "Facilities", ("csvc", "trang thiết bị", "cơ sở vật chất, trang thiết bị")),
    Term("digital", "CNTT - Chuyển đổi số", "IT and digital transformation",
         ("cntt", "chuyển đổi số", "công nghệ thông tin", "cntt, chuyển đổi số", "cntt và chuyển đổi số",
          "công nghệ thông tin - chuyển đổi số", "digital")),
    Term("decentralization", "Phân cấp - Ủy quyền", "Decentralisation and delegation",
         ("phân cấp", "ủy quyền", "phân cấp, ủy quyền", "phân cấp, phân quyền", "phân quyền",
          "decentralization", "decentralisation")),
    Term("finance", "Tài chính", "Finance", ("ngân sách", "kinh phí", "tài chính - ngân sách")),
    Term("other", "Khác", "Other", ("loại khác",)),
], default="other")

REC_STATUS = Vocabulary("rec_status", [
    Term("new", "Mới", "New", ("chưa gửi", "mới nêu")),
    Term("submitted", "Đã gửi", "Submitted", ("đã gửi tỉnh", "đã kiến nghị", "chờ trả lời")),
    Term("answered", "Đã trả lời", "Answered", ("đã có trả lời", "đã phản hồi", "đã có ý kiến")),
    Term("resolved", "Đã giải quyết", "Resolved", ("đã xử lý", "hoàn thành", "đã khắc phục")),
], default="new")

REC_ACTION = Vocabulary("rec_action", [
    Term("raised", "Nêu kiến nghị", "Raised"),
    Term("imported", "Nhập từ tệp", "Imported"),
    Term("submit", "Gửi", "Submitted"),
    Term("answer", "Nhận trả lời", "Answer received"),
    Term("resolve", "Đã giải quyết", "Resolved"),
    Term("reopen", "Gửi lại", "Sent again"),
    Term("edited", "Sửa thông tin", "Edited"),
])


def parse_loose(vocab: Vocabulary, text: str | None) -> str | None:
    """`vocab.parse`, then again with separators ignored: "Phòng làm việc / Trụ sở",
    "CNTT – Chuyển đổi số" and "Phân cấp, ủy quyền" find their terms."""
    code = vocab.parse(text)
    if code is not None or text is None:
        return code
    import re

    def squash(s: str) -> str:
        return re.sub(r"[\s/\\\-–—,;:&+.()]+", " ", fold(s)).replace(" va ", " ").strip()

    key = squash(str(text))
    if not key:
        return None
    for t in vocab.terms:
        for spelling in (t.code, t.vi, t.en, *t.aliases):
            if squash(spelling) == key:
                return t.code
    return None

# ------------------------------------------------------------ work plans and tasks (issue 9)
TASK_STATUS = Vocabulary("task_status", [
    Term("not_started", "Chưa thực hiện", "Not started", ("chua bat dau", "moi giao", "moi", "new")),
    Term("in_progress", "Đang thực hiện", "In progress", ("dang trien khai", "dang lam", "dang xu ly")),
    Term("done", "Hoàn thành", "Done", ("da hoan thanh", "xong", "completed", "finished")),
    Term("overdue", "Quá hạn", "Overdue", ("tre han", "cham tien do", "late")),
    Term("cancelled", "Đã hủy", "Cancelled", ("huy", "huy bo", "dung thuc hien", "khong thuc hien", "canceled")),
], default="not_started")
OPEN_TASK_STATUSES = ("not_started", "in_progress", "overdue")
CLOSED_TASK_STATUSES = ("done", "cancelled")

# The "rõ trách nhiệm" attribute: the role of the person in charge (and so of the office) in the task.
TASK_RESPONSIBILITY = Vocabulary("responsibility", [
    Term("lead", "Chủ trì", "Lead", ("chu tri thuc hien", "chiu trach nhiem chinh", "main")),
    Term("coordinate", "Phối hợp", "Coordinate", ("phoi hop thuc hien", "tham gia", "support")),
])

TASK_PRIORITY = Vocabulary("task_priority", [
    Term("high", "Cao", "High", ("khẩn", "khẩn cấp", "gấp", "trọng tâm", "urgent", "1")),
    Term("medium", "Trung bình", "Medium", ("bình thường", "tb", "normal", "2")),
    Term("low", "Thấp", "Low", ("3",)),
], default="medium")

# The kind of document a task comes from (the source's number and date are separate fields).
TASK_SOURCE = Vocabulary("task_source", [
    Term("directive", "Chỉ thị", "Directive"),
    Term("resolution", "Nghị quyết", "Resolution"),
    Term("conclusion", "Kết luận", "Conclusion", ("thông báo kết luận", "kết luận của tổ công tác",
                                                "kết luận tổ công tác", "working group conclusion")),
    Term("plan", "Kế hoạch", "Plan"),
    Term("decision", "Quyết định", "Decision"),
    Term("letter", "Công văn", "Official letter", ("văn bản", "letter")),
    Term("notice", "Thông báo", "Notice"),
    Term("meeting", "Ý kiến chỉ đạo", "Instruction at a meeting", ("chỉ đạo", "giao ban", "cuộc họp")),
    Term("other", "Khác", "Other"),
])

TASK_EVENT = Vocabulary("task_event", [
    Term("created", "Tạo nhiệm vụ", "Created"),
    Term("assigned", "Giao nhiệm vụ", "Assigned"),
    Term("started", "Bắt đầu thực hiện", "Started"),
    Term("progress", "Báo cáo tiến độ", "Progress note"),
    Term("done", "Hoàn thành", "Done"),
    Term("overdue", "Quá hạn", "Overdue"),
    Term("cancelled", "Hủy", "Cancelled"),
    Term("reopened", "Mở lại", "Reopened"),
    Term("deadline_changed", "Đổi thời hạn", "Deadline changed"),
    Term("carried_over", "Chuyển sang kế hoạch tháng sau", "Carried over to the next month"),
    Term("edited", "Sửa thông tin", "Edited"),
    Term("imported", "Nhập từ tệp", "Imported"),
])

# ------------------------------------------------------------ staff training (issue 9)
TRAINING_TOPIC = Vocabulary("training_topic", [
    Term("it_digital", "CNTT - Chuyển đổi số", "IT and digital transformation",
         ("cntt", "chuyển đổi số", "công nghệ thông tin", "cntt và chuyển đổi số", "cntt, chuyển đổi số",
          "kỹ năng số", "digital transformation", "it")),
    Term("admin_procedures", "Thủ tục hành chính", "Administrative procedures",
         ("tthc", "cải cách hành chính", "cải cách thủ tục hành chính", "một cửa", "administrative procedure")),
    Term("professional", "Chuyên môn nghiệp vụ", "Professional field",
         ("chuyên môn", "nghiệp vụ", "bồi dưỡng nghiệp vụ", "professional")),
    Term("political", "Lý luận chính trị", "Political theory",
         ("chính trị", "llct", "bồi dưỡng chính trị", "political")),
    Term("software", "Sử dụng phần mềm CommuneDesk", "Using CommuneDesk",
         ("phần mềm", "sử dụng phần mềm", "communedesk", "hướng dẫn sử dụng phần mềm", "the program")),
])

TRAINING_MODE = Vocabulary("training_mode", [
    Term("in_person", "Trực tiếp", "In person", ("tập trung", "tại chỗ", "in-person", "offline")),
    Term("online", "Trực tuyến", "Online", ("online", "từ xa", "elearning", "e-learning")),
], default="in_person")

# Only `completed` counts as having had the training (people trained, required training).
TRAINING_RESULT = Vocabulary("training_result", [
    Term("completed", "Hoàn thành", "Completed", ("đạt", "đã hoàn thành", "passed", "pass", "xuất sắc",
                                                 "giỏi", "khá", "có chứng chỉ", "đã cấp chứng chỉ")),
    Term("not_completed", "Không hoàn thành", "Not completed", ("không đạt", "chưa đạt", "chưa hoàn thành",
                                                               "failed", "fail")),
    Term("absent", "Vắng mặt", "Absent", ("vắng", "không tham gia", "nghỉ")),
])
