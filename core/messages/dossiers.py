"""Dossiers, the procedure catalogue, the commune's settings and the calendar's days."""
from core.messages import message, predicate

# The counter's form.
message("dossier.id_number", "số định danh (CCCD) gồm đúng 12 chữ số", "the ID number (CCCD) has 12 digits")
message("dossier.phone", "số điện thoại không hợp lệ (ví dụ 0912345678)", "not a Vietnamese phone number")
message("dossier.choose_procedure", "chọn thủ tục trong danh mục", "choose a procedure from the catalogue")
message("dossier.no_legal_time", "thủ tục này chưa có thời hạn giải quyết trong danh mục (Cài đặt → Danh mục thủ tục)",
        "this procedure has no legal time in the catalogue yet")
message("dossier.applicant_required", "nhập họ tên người nộp hồ sơ", "the applicant's name is required")
message("dossier.unknown_handler", "cán bộ xử lý không có trong danh sách", "unknown handler")
message("dossier.future_receipt", "ngày tiếp nhận không được sau hôm nay", "the day of receipt is in the future")
message("dossier.date_before_earliest", "ngày trước {earliest} không thuộc sổ này (gõ nhầm năm?)",
        "the date is before {earliest}: not in this register (a mistyped year?)")
message("dossier.date_in_future", "ngày không được sau hôm nay", "the date is after today")
message("dossier.due_too_far", "hạn trả quá {years} năm sau ngày tiếp nhận (gõ nhầm năm?)",
        "the due date is more than {years} years after receipt (a mistyped year?)")
message("dossier.code_exists", "mã hồ sơ {code} đã có", "dossier {code} already exists")
message("dossier.official_code_given", "hồ sơ đã có mã trên hệ thống {value}; mã này không đổi",
        "the dossier already has the official code {value}, which does not change")
message("dossier.no_such_code", "không có hồ sơ mã {code}", "no dossier with code {code}")
message("dossier.several_codes", "có nhiều hồ sơ mã {code} (chỉ khác chữ hoa, chữ thường): {codes:q}; gõ đúng mã",
        "several dossiers have the code {code} (differing only in capitals): {codes:q}; type the code exactly")
message("dossier.email", "địa chỉ email không hợp lệ (ví dụ ten@example.vn)", "not an email address")
message("dossier.representative_name", "nhập họ tên người được ủy quyền",
        "the authorised representative's name is required")
message("dossier.document_name", "giấy tờ thứ {number} chưa có tên", "document {number} has no name")
message("dossier.document_copies", "số bản của giấy tờ thứ {number} phải từ 1 đến {limit}",
        "the copies of document {number} must be 1 to {limit}")
message("dossier.copies", "số lượng hồ sơ phải từ 1 đến {limit} bộ", "the number of sets must be 1 to {limit}")
message("noun.document_form", "loại bản giấy tờ", "document form")
message("noun.result_delivery", "nơi nhận kết quả", "way of receiving the result")
# The steps of a dossier.
message("dossier.before_receipt", "ngày không được trước ngày tiếp nhận hồ sơ",
        "the date is before the dossier was received")
message("dossier.before_previous_step", "ngày không được trước bước xử lý trước của hồ sơ ({value})",
        "the date is before the dossier's previous step ({value})")
message("dossier.reason_required", "nhập lý do (được in trên phiếu)", "a reason is required")
message("dossier.choose_handler", "chọn cán bộ xử lý", "choose a handler")
message("dossier.supplied_before_request", "ngày bổ sung không được trước ngày yêu cầu bổ sung",
        "supplied before it was requested")
message("dossier.new_date_required", "nhập ngày hẹn trả mới (in trên Mẫu 04)",
        "the new date promised is required (--new-due YYYY-MM-DD)")
message("dossier.new_date_after_due", "ngày hẹn mới phải sau hạn trả hiện tại ({due})",
        "the new date must be after the due date in force ({due})")
# The counter's rules (domain.md): supplement once, apology once and in time, refusal at the counter.
message("dossier.supplement_once",
        "hồ sơ đã được yêu cầu bổ sung {count:n} lần: chỉ hướng dẫn bổ sung một lần; yêu cầu lần nữa phải ghi lý do",
        "a supplement has already been requested (requests so far: {count:n}): the office guides once; a further "
        "request needs its reason (--second-time REASON)")
message("dossier.apology_once", "hồ sơ đã có phiếu xin lỗi, hẹn lại ngày {value}: chỉ được hẹn lại một lần",
        "an apology was already given (new date {value}): an apology is given once")
message("dossier.apology_too_late",
        "phiếu xin lỗi phải gửi chậm nhất một ngày làm việc trước hạn trả {due}, tức là ngày {latest}",
        "the apology must be given no later than one working day before the due date {due}, i.e. by {latest}")
message("dossier.refuse_only_at_counter",
        "chỉ từ chối tiếp nhận hồ sơ vừa nộp tại quầy; hồ sơ đã xử lý thì dùng “Từ chối giải quyết”",
        "only a dossier just presented at the counter can be refused there; reject a dossier in process instead")
message("dossier.refuse_same_day", "từ chối tiếp nhận ghi vào ngày hồ sơ được nộp ({value})",
        "a refusal at the counter is recorded on the day the dossier was presented ({value})")
message("dossier.refunded_fee", "số tiền hoàn trả phải là số đồng không âm", "the refunded fee is whole đồng, 0 or more")

# Imports of dossiers.
predicate("dossier.closed_without_date", "'{status}' là trạng thái đã kết thúc nhưng cột '{empty}' để trống",
          "'{status}' is a closed status but '{empty}' is empty")
predicate("dossier.date_but_open", "có ngày trả kết quả nhưng trạng thái '{status}' là chưa kết thúc",
          "a closing date is given but the status '{status}' is still open")
predicate("dossier.refused_with_date",
          "có ngày trả kết quả nhưng hồ sơ 'Từ chối tiếp nhận' không được tiếp nhận nên không có ngày trả",
          "a closing date is given but a dossier refused at the counter was never received, so never closed")
predicate("dossier.before_received", "trước ngày tiếp nhận", "is before the received date")
predicate("dossier.due_unknown", "để trống, mà thủ tục '{procedure}' chưa có thời hạn giải quyết trong danh mục",
          "is empty and the procedure '{procedure}' has no legal time in the catalogue")

# The procedure catalogue.
message("procedure.name_required", "nhập tên thủ tục", "name is required")
message("procedure.field_required", "nhập lĩnh vực", "field is required")
message("procedure.negative_time", "thời hạn giải quyết không được âm", "the legal time cannot be negative")
message("procedure.exists", "đã có thủ tục tên '{name}'", "a procedure named '{name}' already exists")

# The office's settings (core.settings).
message("settings.unknown", "không có cài đặt '{key}' (các cài đặt: {keys})", "no setting '{key}' (the settings: {keys})")
message("settings.bad_value", "'{value}' không hợp lệ cho cài đặt {key}", "'{value}' is not a valid value for {key}")

# The commune.
message("commune.phone", "số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang (6 đến 30 ký tự)",
        "a phone number is digits, spaces, dots and dashes (6 to 30 characters)")
message("commune.book_volume_size", "số hồ sơ mỗi quyển sổ là số nguyên từ 0 đến 100.000",
        "the entries in one volume of the book are a whole number from 0 to 100,000")
message("commune.name_required", "nhập tên xã, phường", "the commune's name is required")
message("commune.province_required", "nhập tên tỉnh, thành phố", "the province is required")
message("commune.code_prefix", "tiền tố mã hồ sơ gồm 1 đến 20 chữ cái, chữ số hoặc dấu chấm",
        "the code prefix has 1 to 20 letters, digits or dots")
message("commune.init_needs", "lệnh init cần --commune và --province", "init needs --commune and --province")
message("commune.none_yet", "cơ sở dữ liệu chưa có thông tin xã, phường: chạy `init --commune … --province …`",
        "the database has no commune yet: run `init --commune … --province …`")

# Days off and working days of the calendar.
message("calendar.choose_day", "chọn ngày", "choose a day")
message("calendar.unknown_kind", "chọn ngày nghỉ hoặc ngày làm bù ('{value}' không hợp lệ)",
        "unknown kind '{value}' (day_off or working_day)")
message("calendar.note_too_long", "ghi chú dài quá {limit} ký tự", "the note is longer than {limit} characters")
predicate("dossier.fee_too_large", "lệ phí {value:n} đồng quá lớn (tối đa {maximum:n} đồng)",
          "a fee of {value:n} đồng is implausibly large (at most {maximum:n} đồng)")

# Late causes.
message("dossier.cause_not_late", "nguyên nhân quá hạn chỉ ghi cho hồ sơ giải quyết quá hạn hoặc đang quá hạn",
        "a late cause is only for a dossier completed late or pending overdue")
message("noun.late_cause", "nguyên nhân quá hạn", "late cause")
