"""Imports: the file as a whole, its header, and the values of its cells."""
from core.messages import message, predicate

# The file.
message("import.no_such_file", "{name}: không tìm thấy tệp", "{name}: no such file")
message("import.empty_file", "{name}: tệp trống", "{name}: the file is empty")
message("import.not_a_spreadsheet", "{name}: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)",
        "{name}: not a spreadsheet (.xlsx, .xls, .ods or .csv expected)")
message("import.no_sheet", "{name}: bảng tính không có trang nào", "{name}: the workbook has no sheet")
message("import.unreadable_spreadsheet", "{name}: không đọc được bảng tính", "{name}: not a readable spreadsheet")
message("import.not_csv", "{name}: không phải tệp CSV dạng văn bản", "{name}: not a CSV text file")
message("import.unreadable_csv", "{name}: không đọc được tệp CSV ({reason})", "{name}: unreadable CSV ({reason})")
message("import.unknown_kind", "không có loại dữ liệu nhập '{kind}' (có: {known})",
        "unknown import kind '{kind}' (known: {known})")
message("import.database_refused", "{name}: cơ sở dữ liệu không nhận một giá trị, không có dữ liệu nào được nhập "
        "({reason})", "{name}: the database refused a value, nothing was imported ({reason})")

# The header.
message("import.missing_column", "thiếu cột bắt buộc {names:q}", "missing required column {names:q}")
message("import.missing_columns", "thiếu cột bắt buộc {names:q}", "missing required columns {names:q}")
message("import.no_header", "không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột {names:q}",
        "no header row found: the file needs a row with the columns {names:q}")
# Rows below the header: one message per register, for the English names what the rows are.
for _kind, _noun in (("dossiers", "dossier"), ("staff", "staff"), ("staffing", "staffing"), ("equipment", "need"),
                     ("recommendations", "recommendation"), ("tasks", "task"), ("training", "attendance")):
    message(f"import.no_rows.{_kind}", "{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})",
            f"{{name}}: no {_noun} rows below the header (row {{header}})")

# A file too wrong to read on, and the command line's tail of a long list.
message("import.too_many_errors", "hơn {limit:n} dòng có lỗi (dừng đọc ở dòng {at}); không có dữ liệu nào được "
        "nhập. Các lỗi đầu tiên:", "more than {limit:n} rows are at fault (reading stopped at row {at}); nothing "
        "was imported. The first ones:")
message("import.more_errors", "… và {count:n} lỗi khác", "… and {count:n} more errors")
# The window's account of a refused file.
message("import.refused", "Tệp có {count:n} lỗi, không có dòng nào được nhập. Lỗi đầu tiên: {first}",
        "The file has {count:n} errors; no row was imported. The first: {first}")

# Rows repeated.
predicate("import.repeated", "'{value}' lặp lại trong tệp (đã có ở dòng {first})",
          "'{value}' appears twice in the file (also row {first})")

# A label not in a register's vocabulary (the choices are the file's Vietnamese labels).
for _code, _vi, _en in (
        ("channel", "kênh nộp", "a channel"), ("status", "trạng thái", "a status"),
        ("category", "nhóm, lĩnh vực đã biết", "a category"), ("priority", "mức ưu tiên", "a priority"),
        ("responsibility", "trách nhiệm", "a responsibility"), ("document_kind", "loại văn bản", "a kind of document"),
        ("topic", "chủ đề", "a topic"), ("mode", "hình thức", "a mode"), ("result", "kết quả", "a result")):
    predicate(f"import.not_{_code}", f"'{{value}}' không phải {_vi} ({{choices}})", f"'{{value}}' is not {_en} ({{choices}})")

# People and departments named in a file (tasks, training).
predicate("import.no_staff_code", "không có cán bộ nào mang mã '{code}'", "no staff member has the code '{code}'")
predicate("import.staff_code_other", "mã cán bộ '{code}' là của {name}, không phải '{value}'",
          "the staff code '{code}' is {name}, not '{value}'")
predicate("import.no_staff_named", "không có cán bộ nào tên '{value}'", "no staff member is named '{value}'")
predicate("import.staff_homonyms", "có {count} cán bộ cùng tên '{value}': hãy ghi mã cán bộ",
          "{count} staff members are named '{value}': give the staff code")
predicate("import.not_a_department", "'{value}' không phải đơn vị của cơ quan", "'{value}' is not a department of the office")
predicate("import.required_when_empty", "bắt buộc nhập khi cột '{other}' để trống", "is required when '{other}' is empty")
