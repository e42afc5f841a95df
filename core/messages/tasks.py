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

predicate("training.end_before_start", "không được trước ngày bắt đầu", "is before the start date")
predicate("training.hours", "số giờ từ 0 đến 9999", "must be a number of hours from 0 to 9999")
predicate("training.exists", "đã có khóa học cùng tên bắt đầu ngày {value}",
          "a course with this name already starts on {value}")
predicate("training.unknown_person", "chọn cán bộ trong danh sách", "choose a staff member")
predicate("training.valid_months", "số tháng từ 1 đến 600, hoặc để trống",
          "must be a whole number of months from 1 to 600, or empty")
