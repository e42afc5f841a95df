"""Where a problem is, and the problems any field or column can have."""
from core.messages import message, predicate

# Where: a problem at a row, a row and column, or a field/column named before it.
message("where.row_column", "dòng {n}, {where}: {text}", "row {n}, {where}: {text}")
message("where.row", "dòng {n}: {text}", "row {n}: {text}")
message("where.column", "{where}: {text}", "{where}: {text}")

message("cancelled", "Đã hủy", "cancelled")

# Any field or column.
predicate("required", "bắt buộc nhập", "is required")
predicate("too_long", "quá dài ({length:n} ký tự, tối đa {limit:n})",
          "is too long ({length:n} characters, at most {limit:n})")
predicate("control_character", "chứa ký tự điều khiển không in được ({char})",
          "holds a control character that cannot be printed ({char})")
predicate("future", "không được sau ngày hôm nay", "is after today")
predicate("unknown_value", "'{value}' không thuộc các giá trị {choices}", "'{value}' is not one of {choices}")
predicate("date_format", "ngày không hợp lệ (dd/mm/yyyy)", "is not a date (dd/mm/yyyy)")
predicate("not_a_date", "'{value}' không phải là ngày", "'{value}' is not a date")
predicate("not_a_number", "'{value}' không phải là số", "'{value}' is not a number")
predicate("not_a_whole_number", "'{value}' không phải số nguyên", "'{value}' is not a whole number")
predicate("not_yes_no", "'{value}' không phải Có hoặc Không", "'{value}' is not yes or no")
predicate("below", "'{value}' nhỏ hơn {minimum}", "'{value}' is below {minimum}")
predicate("negative", "'{value}' là số âm", "'{value}' is negative")
predicate("unknown_department", "chọn đơn vị", "choose a department")

# A record asked for by its id that is not there: "no {what} with id {id}", `what` one of the nouns.
message("not_found", "không tìm thấy {what} (số {id})", "no {what} with id {id}")
for _code, _vi, _en in (
        ("dossier", "hồ sơ", "dossier"), ("department", "đơn vị", "department"),
        ("staff_member", "cán bộ", "staff member"), ("assignment", "phân công", "assignment"),
        ("plan_row", "dòng định biên", "plan row"), ("equipment", "thiết bị", "equipment"),
        ("need", "nhu cầu", "need"), ("site_problem", "khó khăn ở cơ sở", "site problem"),
        ("recommendation", "kiến nghị", "recommendation"), ("task", "nhiệm vụ", "task"),
        ("course", "khóa học", "course"), ("attendance", "lượt tham gia", "attendance"),
        ("required_training", "yêu cầu bồi dưỡng", "required training"), ("record", "bản ghi", "record")):
    message(f"noun.{_code}", _vi, _en)

# The state machines (core.workflow): statuses and actions by their codes.
message("workflow.unknown_action", "không có thao tác '{action}'", "unknown action '{action}'")
message("workflow.not_allowed", "{what} đang ở trạng thái “{status}”: không thực hiện được “{action}”",
        "a {what} that is '{status}' cannot take the step '{action}'")

# Opening a database.
message("db.postgres_driver_missing",
        "Cần trình điều khiển psycopg để dùng PostgreSQL mà máy này chưa cài: pip install \"communedesk[postgres]\"",
        "PostgreSQL needs the psycopg driver, which is not installed: pip install \"communedesk[postgres]\"")
message("db.bad_url", "--db không phải đường dẫn tệp hay địa chỉ cơ sở dữ liệu hợp lệ ({reason})",
        "--db is not a valid file path or database URL ({reason})")
message("db.is_folder", "{path}: là một thư mục, không phải tệp cơ sở dữ liệu; hãy chỉ ra tệp .sqlite",
        "{path}: is a folder, not a database file; name the .sqlite file")
message("db.not_sqlite", "{path}: không phải tệp cơ sở dữ liệu CommuneDesk (SQLite); tệp không bị thay đổi",
        "{path}: is not a CommuneDesk (SQLite) database file; it was left as it is")
message("db.no_folder", "{path}: thư mục {folder} không có", "{path}: the folder {folder} does not exist")
message("db.cannot_open", "không mở được cơ sở dữ liệu {target}: {reason}",
        "cannot open the database {target}: {reason}")
