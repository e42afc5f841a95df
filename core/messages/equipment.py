"""Equipment on hand, equipment and facility needs, site problems, difficulties and recommendations."""
from core.messages import message, predicate

# Any register's choices: "unknown category 'x'", the noun one of the nouns below.
predicate("unknown_choice", "{what} '{value}' không hợp lệ", "unknown {what} '{value}'")
for _code, _vi, _en in (("category", "nhóm", "category"), ("condition", "tình trạng", "condition"),
                        ("priority", "mức ưu tiên", "priority"), ("problem_kind", "loại khó khăn", "problem"),
                        ("status", "trạng thái", "status"), ("channel", "kênh nộp", "channel"),
                        ("deadline_unit", "đơn vị thời hạn", "unit")):
    message(f"noun.{_code}", _vi, _en)

# Dates of a step.
predicate("before_last_step", "ngày không được trước bước trước ({value})", "the date is before the last step ({value})")
predicate("date_in_future", "ngày không được sau hôm nay", "the date is in the future")

# Quantities and money, typed in a form or read from a file.
predicate("equipment.not_a_quantity", "'{value}' không phải số lượng", "'{value}' is not a quantity")
predicate("equipment.quantity_too_large", "số lượng {value:n} quá lớn", "quantity {value:n} is implausibly large")
predicate("equipment.not_money", "'{value}' không phải số tiền (ghi số đồng, ví dụ 12.000.000)",
          "'{value}' is not an amount of money (whole đồng, e.g. 12.000.000)")
predicate("equipment.amount_too_large", "số tiền {value:n} quá lớn", "the amount {value:n} is implausibly large")

# Equipment on hand.
message("equipment.name_required", "nhập tên thiết bị", "the item is required")
predicate("equipment.year_implausible", "năm trang bị {value} không hợp lệ", "the acquisition year {value} is not plausible")
predicate("equipment.not_a_year", "'{value}' không phải năm", "'{value}' is not a year")
# Needs.
message("equipment.item_required", "nhập tên hạng mục", "the item is required")
message("equipment.body_required", "nhập cơ quan quyết định", "the deciding body is required")
message("equipment.delivered_zero", "số lượng cấp phải lớn hơn 0", "the quantity delivered must be above 0")
message("equipment.delivered_quantity", "nhu cầu đã được cấp: không sửa được số lượng",
        "a delivered need's quantity cannot change")
message("equipment.delivered_not_deleted", "nhu cầu đã được cấp thì không xóa được", "a delivered need cannot be deleted")
# Site problems.
message("equipment.place_required", "nhập tên thôn hoặc địa điểm", "the village or place is required")
message("equipment.resolved_before_since", "ngày khắc phục không được trước ngày bắt đầu",
        "resolved before the problem began")

# Difficulties and recommendations.
message("rec.content_required", "nhập nội dung khó khăn, kiến nghị", "the content is required")
message("rec.raised_future", "ngày nêu không được sau hôm nay", "the date raised is in the future")
message("rec.unknown_needs", "nhu cầu liên quan không còn trong danh sách ({ids})", "unknown needs: {ids}")
message("rec.shortage_department", "thiếu nhân sự cần có đơn vị", "a staff shortage needs its department")
predicate("rec.before_raised", "trước ngày nêu kiến nghị", "is before the date raised")
predicate("rec.answer_date_required", "cần có ngày trả lời khi trạng thái là '{status}'",
          "needs the answer date when the status is '{status}'")
message("rec.answer_required", "nhập nội dung trả lời nhận được", "the answer received is required")
