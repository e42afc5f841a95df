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
message("output.is_input", "{path}: là một tệp đang được đọc; hãy chọn tên khác, không có gì được ghi",
        "{path}: is one of the files being read; choose another name, nothing was written")
message("output.same_path", "{path}: trùng với tệp ra {other}; mỗi tệp ra cần một tên riêng, không có gì được ghi",
        "{path}: the same file as the output {other}; each output needs its own file, nothing was written")
message("output.cannot_check", "{path}: không kiểm tra được tệp cần ghi ({reason}), không có gì được ghi",
        "{path}: the target cannot be checked ({reason}), nothing was written")
