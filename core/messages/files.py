"""Files: the targets an output may not replace (core.files), and files read from outside that are
damaged, too large or hostile (core.imports.reader, core.imports.sheets)."""
from core.messages import message

# Output targets (core.files.check_outputs): refused before any work, nothing written.
message("output.no_name", "chưa có tên tệp cần ghi", "no file name given to write to")
message("output.is_database", "{path}: đây là cơ sở dữ liệu đang dùng (hoặc một tệp đi kèm của nó); hãy chọn tên "
        "khác, không có gì được ghi", "{path}: this is the database in use (or one of its files); choose another "
        "name, nothing was written")
message("output.is_folder", "{path}: là một thư mục; hãy đặt tên tệp, không có gì được ghi",
        "{path}: is a folder; give a file name, nothing was written")
message("output.is_link", "{path}: là một liên kết (symlink), không phải tệp thường; hãy chọn tên khác, không có gì "
        "được ghi", "{path}: is a link, not a regular file; choose another name, nothing was written")
message("output.not_a_file", "{path}: không phải tệp thường (thiết bị, ống dẫn hoặc socket); hãy chọn tên khác, "
        "không có gì được ghi", "{path}: is not a regular file (a device, a pipe or a socket); choose another name, "
        "nothing was written")
message("output.parent_not_folder", "{path}: {parent} không phải thư mục, không có gì được ghi",
        "{path}: {parent} is not a folder, nothing was written")
message("output.read_only", "{path}: là tệp chỉ đọc; hãy chọn tên khác (hoặc bỏ chỉ đọc), không có gì được ghi",
        "{path}: is a read-only file; choose another name (or make it writable), nothing was written")
message("output.is_input", "{path}: là một tệp đang được đọc; hãy chọn tên khác, không có gì được ghi",
        "{path}: is one of the files being read; choose another name, nothing was written")
message("output.same_path", "{path}: trùng với tệp ra {other}; mỗi tệp ra cần một tên riêng, không có gì được ghi",
        "{path}: the same file as the output {other}; each output needs its own file, nothing was written")
message("output.cannot_check", "{path}: không kiểm tra được tệp cần ghi ({reason}), không có gì được ghi",
        "{path}: the target cannot be checked ({reason}), nothing was written")

# Files read from outside (core.imports.untrusted): refused whole, by name, before or while reading.
message("import.damaged_workbook", "{name}: bảng tính bị hỏng hoặc không đầy đủ (tệp nén không mở được: tải về bị "
        "ngắt giữa chừng?); không có dữ liệu nào được nhập", "{name}: the workbook is damaged or incomplete (its zip "
        "does not open: a download cut short?); nothing was imported")
message("import.part_too_large", "{name}: phần {part} khi giải nén chiếm {size:n} MB, không phải một sổ theo dõi; "
        "không có dữ liệu nào được nhập", "{name}: its part {part} takes {size:n} MB once unzipped: not a register; "
        "nothing was imported")
message("import.sheet_beyond_excel", "{name}: phạm vi khai báo của trang ({ref}) vượt quá ô cuối cùng của Excel; "
        "không có dữ liệu nào được nhập", "{name}: the sheet's declared extent ({ref}) lies beyond Excel's last "
        "cell; nothing was imported")
message("import.sheet_too_large", "{name}: trang đầu khai báo {rows:n} dòng × {columns:n} cột, quá {limit:n} ô, "
        "không phải một sổ theo dõi; không có dữ liệu nào được nhập", "{name}: the first sheet declares {rows:n} "
        "rows × {columns:n} columns, more than {limit:n} cells: not a register; nothing was imported")
message("import.reader_out_of_memory", "{name}: đọc bảng tính cần hơn {limit} GB bộ nhớ: trang lớn hơn nhiều so với "
        "vẻ ngoài (có ô ở rất xa bên dưới hoặc bên phải dữ liệu?); không có dữ liệu nào được nhập",
        "{name}: reading the workbook needed more than {limit} GB of memory: its sheet is far larger than it looks "
        "(a cell far below or right of the data?); nothing was imported")
message("import.reader_stopped", "{name}: trình đọc bảng tính dừng giữa chừng (mã {code}); không có dữ liệu nào được "
        "nhập", "{name}: the workbook reader stopped (exit status {code}); nothing was imported")
message("import.no_visible_sheet", "{name}: mọi trang đều đang ẩn ({hidden}); hãy hiện trang cần nhập trong Excel; "
        "không có dữ liệu nào được nhập", "{name}: every sheet is hidden ({hidden}); show the sheet to import in "
        "Excel; nothing was imported")
message("import.unknown_encoding", "{name}: không phải văn bản UTF-8, UTF-16 hay bảng mã Windows 1258/1252 (hãy lưu "
        "CSV dạng UTF-8); không có dữ liệu nào được nhập", "{name}: not text in UTF-8, UTF-16 or the Windows code "
        "pages 1258/1252 (save the CSV as UTF-8); nothing was imported")
message("import.not_utf8", "{name}: tệp JSON không phải văn bản UTF-8; không có dữ liệu nào được nhập",
        "{name}: the JSON file is not UTF-8 text; nothing was imported")
# A row of a CSV that cannot be read (said at its row).
message("import.line_too_long", "dòng dài quá {limit:n} ký tự", "the line is longer than {limit:n} characters")
message("import.csv_row_unreadable", "không đọc được dòng CSV ({reason})", "the row cannot be read as CSV ({reason})")
message("import.csv_unclosed_quote", "dấu ngoặc kép ({quote}) mở ở dòng này không được đóng",
        "a quote ({quote}) opened in this row is never closed")
message("import.too_many_cells", "dòng có {count:n} ô, quá {limit:n}", "the row has {count:n} cells, more than {limit:n}")
message("import.sheet_too_many_cells", "{name}: trang đầu có nhiều ô hơn mức trình đọc bảng tính chấp nhận (quá 100 "
        "triệu ô), không phải một sổ theo dõi; không có dữ liệu nào được nhập", "{name}: the first sheet has more "
        "cells than the workbook reader accepts (over 100 million): not a register; nothing was imported")

# JSON from outside (core.json_input): refused before any of it is used.
message("json.syntax", "không phải JSON hợp lệ: {reason} (dòng {line}, cột {col})",
        "not valid JSON: {reason} (line {line}, column {col})")
message("json.long_number", "có một số dài {length:n} chữ số, quá {limit:n}",
        "holds a number of {length:n} characters, more than {limit:n}")
message("json.not_finite", "có giá trị {value} (không phải số JSON)", "holds {value}, which is not a JSON number")
message("json.lone_surrogate", "có ký tự không hợp lệ (nửa cặp UTF-16, ví dụ \\udfff)",
        "holds an invalid character (half of a UTF-16 pair, such as \\udfff)")
message("json.too_deep", "lồng nhau quá {limit:n} cấp", "is nested more than {limit:n} levels deep")
message("json.duplicate_key", "có khóa “{key}” hai lần trong cùng một đối tượng (không biết nên lấy giá trị nào)",
        "holds the key “{key}” twice in one object (which value is meant cannot be told)")
message("json.not_utf8", "không phải văn bản UTF-8", "is not UTF-8 text")
message("json.too_large", "tệp {size:n} MB, quá {limit:n} MB mà một tệp JSON được phép",
        "the file is {size:n} MB, more than the {limit:n} MB a JSON file may be")
