"""Imports: the file as a whole, its header, and the values of its cells."""
from core.messages import message, predicate

# The file.
message("import.no_such_file", "{name}: không tìm thấy tệp", "{name}: no such file")
message("import.is_a_folder", "{name}: đây là một thư mục, không phải tệp; hãy chọn tệp trong thư mục",
        "{name}: a folder, not a file; choose a file inside it")
message("import.not_a_regular_file", "{name}: không phải tệp thông thường (thiết bị hoặc đường ống); hãy chọn một "
        "tệp bảng tính hoặc JSON", "{name}: not a regular file (a device or a pipe); choose a spreadsheet or JSON file")
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
message("import.duplicate_column",
        "cột {first} “{first_name}” và cột {second} “{second_name}” cùng cho một trường: hãy giữ một cột "
        "(đổi tên hoặc xóa cột kia)",
        "columns {first} “{first_name}” and {second} “{second_name}” give the same field: keep one of them "
        "(rename or delete the other)")
message("import.missing_column", "thiếu cột bắt buộc {names:q}", "missing required column {names:q}")
message("import.missing_columns", "thiếu cột bắt buộc {names:q}", "missing required columns {names:q}")
message("import.no_header", "không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột {names:q}",
        "no header row found: the file needs a row with the columns {names:q}")
# Rows below the header: one message per register, for the English names what the rows are.
for _kind, _noun in (("dossiers", "dossier"), ("staff", "staff"), ("staffing", "staffing"), ("equipment", "need"),
                     ("recommendations", "recommendation"), ("tasks", "task"), ("training", "attendance"),
                     ("sites", "site problem")):
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
        ("topic", "chủ đề", "a topic"), ("mode", "hình thức", "a mode"), ("result", "kết quả", "a result"),
        ("problem_kind", "loại khó khăn của địa bàn", "a kind of site problem")):
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

# JSON files (a list of records, as the systems' APIs return them).
message("import.unreadable_json", "{name}: không đọc được tệp JSON ({reason})", "{name}: unreadable JSON ({reason})")
message("import.json_no_records", "{name}: tệp JSON không chứa danh sách bản ghi nào",
        "{name}: the JSON file holds no list of records")
message("import.json_two_lists", "{name}: tệp JSON có hai danh sách bản ghi (“{first}” và “{second}”); hãy để "
        "lại một danh sách", "{name}: the JSON file holds two lists of records (“{first}” and “{second}”); "
        "leave one")
message("import.json_not_records", "{name}: danh sách “{key}” có phần tử thứ {n:n} không phải một bản ghi "
        "(đối tượng {{…}})", "{name}: item {n:n} of the list “{key}” is not a record (an object {{…}})")

# Import profiles: the layouts of other systems' exports (core.imports.profiles).
message("profile.not_a_mapping", "không phải mẫu nhập của CommuneDesk (cần \"format\": \"communedesk-import-profile\")",
        "not a CommuneDesk import profile (\"format\": \"communedesk-import-profile\" expected)")
message("profile.no_columns", "mẫu nhập không ghi cột nào", "the profile maps no column")
message("profile.bad_column", "cột '{source}': cần tên một trường hoặc danh sách tên trường",
        "column '{source}': a field name or a list of field names expected")
message("profile.unknown_field", "cột '{source}': '{value}' không phải trường nhập ({choices})",
        "column '{source}': '{value}' is not a field ({choices})")
message("profile.missing_fields", "chưa có cột nào cho trường bắt buộc {names:q}",
        "no column is mapped to the required fields {names:q}")
message("profile.bad_values", "phần giá trị của mẫu nhập phải ghi, cho mỗi trường, giá trị của tệp và mã tương ứng",
        "the profile's values must give, for each field, the file's values and their codes")
message("profile.no_values_for", "trường '{value}' không có danh mục giá trị để đối chiếu ({choices})",
        "the field '{value}' has no list of values to map ({choices})")
message("profile.unknown_code", "giá trị '{source}': '{value}' không phải mã đã biết ({choices})",
        "value '{source}': '{value}' is not a known code ({choices})")
message("profile.unknown_date_form", "'{value}' không phải dạng ngày đã biết ({choices})",
        "'{value}' is not a known date form ({choices})")
message("profile.bad_blank_received", "blank_received: '{value}' phải là 'skip' hoặc 'error'",
        "blank_received: '{value}' must be 'skip' or 'error'")
message("profile.same_source", "cột '{source}' được ghi hai lần (cùng với '{value}'): mỗi cột chỉ ghi một lần",
        "the column '{source}' is named twice (as '{value}' too): name each column once")
message("profile.same_header", "tệp có hai cột cùng tên '{source}': chỉ chọn trường cho một cột (hoặc đổi tên cột kia "
        "trong tệp)", "the file has two columns named '{source}': map only one of them (or rename the other in the file)")
message("profile.ambiguous_value", "giá trị '{source}' (cũng là '{value}') được đối chiếu với hai mã ({codes})",
        "the value '{source}' (also written '{value}') is mapped to two codes ({codes})")
message("profile.name_required", "hãy đặt tên cho mẫu nhập", "give the profile a name")
message("profile.builtin_name", "'{value}' là tên một mẫu nhập có sẵn", "'{value}' is the name of a built-in profile")
message("profile.exists", "đã có mẫu nhập tên '{value}': đặt tên khác",
        "a profile named '{value}' already exists (--replace overwrites it)")
message("profile.none_saved", "không có mẫu nhập nào tên '{value}': chưa lưu mẫu nhập nào",
        "no profile named '{value}': no profile has been saved")
message("profile.not_found", "không có mẫu nhập nào tên '{value}' (có: {known})", "no profile named '{value}' (known: {known})")
message("profile.two_layouts", "dòng tiêu đề khớp với nhiều mẫu nhập ({names:q}): chọn mẫu nhập của tệp "
        "(--profile, hoặc khi nhập trong cửa sổ)",
        "the header row reads in several layouts ({names:q}): say which one the file is in (--profile)")
message("profile.dossiers_only", "chỉ tệp hồ sơ mới nhập theo mẫu nhập (--profile, --map)",
        "only dossier files are read with a profile (--profile, --map)")

# Dossiers: linking the system's export to the dossiers taken in offline.
predicate("import.two_dossiers", "chỉ tới một hồ sơ khác ({value}) với mã hồ sơ của cùng dòng",
          "names another dossier ({value}) than the row's code does")
predicate("import.other_official_code", "'{value}' không phải mã trên hệ thống của hồ sơ {dossier} ({official})",
          "'{value}' is not the official code of the dossier {dossier} ({official})")
predicate("import.several_offline", "khớp với nhiều hồ sơ tiếp nhận ngoại tuyến cùng số định danh, thủ tục và "
          "ngày tiếp nhận ({codes}): hãy ghi mã hồ sơ trên hệ thống cho các hồ sơ này rồi nhập lại",
          "matches several dossiers taken in offline with the same ID number, procedure and day of receipt "
          "({codes}): give them their official codes, then import again")
predicate("import.offline_twice", "khớp với hồ sơ {value}, mà dòng {first} cũng khớp",
          "matches the dossier {value}, as row {first} does")
predicate("import.same_dossier", "'{value}' là cùng một hồ sơ với dòng {first}", "'{value}' is the same dossier as row {first}")
predicate("import.not_late_cause", "'{value}' không phải nguyên nhân quá hạn ({choices})",
          "'{value}' is not a late cause ({choices})")
message("profile.give_name", "lệnh profile {action} cần tên mẫu nhập (hoặc tệp ánh xạ)",
        "profile {action} needs a profile name (or a mapping file)")
predicate("import.resolved_without_date", "đã khắc phục nhưng chưa ghi ngày khắc phục",
          "is resolved but gives no day it was resolved on")
predicate("import.resolved_but_open", "chỉ ghi khi đã khắc phục (trạng thái: {status})",
          "is only for a resolved problem (status: {status})")
