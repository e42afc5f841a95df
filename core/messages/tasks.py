"""Key tasks, monthly plans and training."""
from core.messages import message, predicate

predicate("tasks.required_to_assign", "cần có trước khi giao nhiệm vụ ({rule})",
          "is required before the task can be assigned ({rule})")
predicate("tasks.unknown_person", "chọn người chủ trì trong danh sách cán bộ",
          "choose the person in charge from the staff")
predicate("tasks.unknown_coordinator", "người hoặc đơn vị phối hợp không có trong danh sách",
          "unknown coordinating person or department")
predicate("tasks.person_coordinates", "người chủ trì không thể đồng thời là người phối hợp",
          "the person in charge cannot also be a coordinator")
predicate("tasks.before_assigned", "không được trước ngày giao nhiệm vụ ({value})",
          "is before the day the task was assigned ({value})")
predicate("tasks.code_taken", "mã nhiệm vụ {value} đã được dùng", "the task code {value} is already used")
predicate("tasks.progress", "tiến độ là số nguyên từ 0 đến 100", "must be a whole number from 0 to 100")
message("tasks.not_assigned", "nhiệm vụ chưa được giao", "the task has not been assigned yet")
predicate("tasks.month", "tháng không hợp lệ", "is not a month")
message("tasks.already_assigned", "nhiệm vụ đã được giao", "the task is already assigned")
message("tasks.closed_not_assigned", "nhiệm vụ ở trạng thái {status} không giao được", "a task in status {status} cannot be assigned")
message("tasks.assigned_not_deleted", "nhiệm vụ đã giao thì không xóa được: hãy hủy nhiệm vụ",
        "an assigned task cannot be deleted: cancel it")

predicate("training.end_before_start", "không được trước ngày bắt đầu", "is before the start date")
predicate("training.hours", "số giờ từ 0 đến 9999", "must be a number of hours from 0 to 9999")
predicate("training.exists", "đã có khóa học cùng tên bắt đầu ngày {value}",
          "a course with this name already starts on {value}")
predicate("training.unknown_person", "chọn cán bộ trong danh sách", "choose a staff member")
predicate("training.valid_months", "số tháng từ 1 đến 600, hoặc để trống",
          "must be a whole number of months from 1 to 600, or empty")

# Imports of tasks.
predicate("tasks.not_a_month", "'{value}' không phải tháng (mm/yyyy)", "'{value}' is not a month (mm/yyyy)")
predicate("tasks.not_a_percentage", "'{value}' không phải tỷ lệ phần trăm từ 0 đến 100",
          "'{value}' is not a percentage from 0 to 100")
predicate("tasks.before_assigned_date", "trước ngày giao {value}", "is before the assigned date {value}")
predicate("tasks.is_person_in_charge", "'{value}' là người chủ trì", "'{value}' is the person in charge")
predicate("tasks.status_needs", "'{value}' cần có cột '{other}'", "'{value}' needs '{other}'")
predicate("tasks.done_but_status", "có ngày hoàn thành nhưng trạng thái là '{status}'",
          "a date done is given but the status is '{status}'")
predicate("tasks.cancelled_but_status", "có ngày hủy nhưng trạng thái là '{status}'",
          "a cancellation date is given but the status is '{status}'")
predicate("tasks.progress_not_started", "tiến độ {value}% nhưng trạng thái là '{status}'",
          "progress is {value}% but the status is '{status}'")
predicate("tasks.overdue_not_passed", "'{value}' nhưng thời hạn {deadline} chưa qua",
          "'{value}' but the deadline {deadline} has not passed")

# Imports of training.
predicate("training.not_hours", "'{value}' không phải số giờ", "'{value}' is not a number of hours")
predicate("training.before_start", "trước ngày bắt đầu {value}", "is before the start date {value}")
predicate("training.differs", "khác với dòng {first} của cùng khóa học ('{value}')",
          "differs from row {first} for the same course ('{value}')")
predicate("training.listed_twice", "'{value}' có hai lần trong khóa học này (đã có ở dòng {first})",
          "'{value}' is listed twice for this course (also row {first})")
predicate("training.topic_for_new", "bắt buộc nhập cho khóa học mới '{course}'", "is required for the new course '{course}'")
