"""Staff, departments and the staffing plan."""
from core.messages import message, predicate

message("staff.department_name_required", "nhập tên đơn vị", "the department's name is required")
message("staff.department_exists", "đơn vị '{name}' đã có", "the department '{name}' already exists")
predicate("staff.unknown_category",
          "'{value}' không phải loại cán bộ (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)",
          "'{value}' is not a category (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)")
predicate("staff.unknown_sex", "'{value}' không phải giới tính (Nam, Nữ)", "'{value}' is not a sex (Nam, Nữ)")
predicate("staff.unknown_origin",
          "'{value}' không phải nguồn cán bộ (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)",
          "'{value}' is not an origin (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)")
predicate("staff.birth_after_start", "ngày sinh phải trước ngày nhận nhiệm vụ", "is not before the start date")
predicate("staff.end_before_start", "ngày thôi việc không được trước ngày nhận nhiệm vụ", "is before the start date")
predicate("staff.id_number", "số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)",
          "an ID number has 12 digits (9 for an old identity card)")
predicate("staff.phone", "số điện thoại không hợp lệ (VD: 0912 345 678)", "is not a Vietnamese phone number")
predicate("staff.code_taken", "mã {value} đã dùng cho {name}", "the staff code {value} is already used by {name}")
predicate("staff.quota", "định biên là số nguyên từ 0 trở lên", "must be a whole number of 0 or more")
predicate("staff.date_order", "phải sau ngày {value}", "must be after {value}")
predicate("staff.same_post", "đây đã là đơn vị và vị trí hiện tại", "is the current department and position already")
predicate("staff.later_assignment", "đã có phân công từ ngày {value}", "there is already an assignment from {value}")
predicate("staff.not_in_post", "người này không công tác vào ngày {value}", "the person is not in post on {value}")
predicate("staff.plan_row_exists", "đã có trong danh sách", "already exists")
message("staff.last_main_post", "chỉ hủy được lần điều động gần nhất, và mỗi người giữ một vị trí chính",
        "only the latest move can be undone, and a person keeps one main post")

# Imports of staff and of the staffing plan.
predicate("staff.year_not_date", "'{value}' là năm, cần ghi đủ ngày/tháng/năm", "'{value}' is a year, not a date")
predicate("staff.repeated_person", "'{name}' sinh ngày {born} lặp lại trong tệp (đã có ở dòng {first}); hãy ghi mã "
          "cán bộ cho từng người", "'{name}' born {born} appears twice in the file (also row {first}); give each a "
          "staff code")
predicate("staff.repeated_person_no_birth", "'{name}' (không có ngày sinh) lặp lại trong tệp (đã có ở dòng {first}); "
          "hãy ghi mã cán bộ cho từng người", "'{name}' born (no date) appears twice in the file (also row {first}); "
          "give each a staff code")
predicate("staff.ambiguous_person", "'{name}' trùng với {count} người cùng ngày sinh; hãy thêm cột Mã cán bộ",
          "'{name}' matches {count} people with the same birth date; add the staff code column")
predicate("staff.row_updates_same", "dòng {first} đã cập nhật '{name}'", "row {first} already updates '{name}'")
predicate("staff.repeated_plan_row", "'{specialty}' của '{department}' lặp lại trong tệp (đã có ở dòng {first})",
          "'{specialty}' of '{department}' appears twice in the file (also row {first})")
