"""Accounts and permissions, the audit trail, backups and restores."""
from core.messages import message, predicate

# Roles and permissions, as messages name them.
for _code, _vi, _en in (("admin", "Quản trị hệ thống", "Administrator"), ("leader", "Lãnh đạo", "Leader"),
                        ("clerk", "Cán bộ, công chức", "Clerk"), ("viewer", "Chỉ xem", "Viewer")):
    message(f"role.{_code}", _vi, _en)
for _code, _vi, _en in (
        ("read", "xem dữ liệu", "read the records"), ("read_id_numbers", "xem số định danh", "see ID numbers"),
        ("users", "quản lý tài khoản", "manage accounts"),
        ("settings", "thay đổi cài đặt và danh mục thủ tục", "change settings and the catalogue"),
        ("restore", "khôi phục bản sao lưu", "restore a backup"), ("backup", "sao lưu", "take a backup"),
        ("audit", "xem nhật ký thao tác", "read the audit trail"),
        ("returns", "chốt hoặc điều chỉnh báo cáo", "finalise or amend a return"),
        ("sign", "ký số báo cáo", "sign a return"),
        ("imports", "nhập dữ liệu từ tệp", "import files"), ("draft_returns", "lập báo cáo", "make returns"),
        ("dossiers", "thay đổi hồ sơ", "change dossiers"), ("staff", "thay đổi hồ sơ cán bộ", "change staff records"),
        ("equipment", "thay đổi trang thiết bị và nhu cầu", "change equipment and needs"),
        ("recommendations", "thay đổi kiến nghị", "change recommendations"),
        ("tasks", "thay đổi nhiệm vụ và kế hoạch", "change tasks and plans"),
        ("training", "thay đổi dữ liệu bồi dưỡng", "change training records")):
    message(f"permission.{_code}", _vi, _en)

# Accounts.
message("auth.password_short", "mật khẩu cần ít nhất {count} ký tự", "the password needs at least {count} characters")
message("auth.password_is_name", "mật khẩu không được trùng tên đăng nhập", "the password must not be the account name")
message("auth.unknown_account", "tài khoản '{name}' không có hoặc đã bị ngừng sử dụng",
        "unknown or disabled account '{name}'")
message("auth.log_in_first", "hãy đăng nhập: cơ sở dữ liệu có tài khoản, chỉ người đã đăng nhập mới được {what}",
        "log in first: this database has accounts, and only a logged-in user may {what}")
message("auth.not_allowed", "{name} ({role}) không được {what}", "{name} ({role}) may not {what}")
message("auth.no_account", "không có tài khoản '{name}'", "no account named '{name}'")
message("auth.account_name", "tên đăng nhập là một từ, không có dấu cách, tối đa 100 ký tự",
        "an account name is one word (no spaces), up to 100 characters")
message("auth.unknown_role", "vai trò là một trong {roles}", "the role is one of {roles}")
message("auth.first_is_admin", "tài khoản đầu tiên phải là quản trị hệ thống (vai trò admin)",
        "the first account must be an administrator (role admin)")
message("auth.account_exists", "đã có tài khoản '{name}'", "an account named '{name}' already exists")
message("auth.last_admin", "đây là quản trị viên cuối cùng: hãy tạo quản trị viên khác trước",
        "this is the last active administrator: make another one first")
# Logging in.
message("auth.wrong", "sai tên đăng nhập hoặc mật khẩu", "wrong name or password")
message("auth.disabled", "tài khoản này đã bị ngừng sử dụng: hãy liên hệ quản trị viên",
        "this account is disabled: ask the administrator")
message("auth.locked_until", "nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa đến {time} (hoặc đến khi quản trị "
        "viên đặt mật khẩu mới)", "too many wrong passwords: the account is locked until {time} (or until the "
        "administrator sets a new password)")
message("auth.locked_for", "nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa {minutes} phút (hoặc đến khi quản "
        "trị viên đặt mật khẩu mới)", "too many wrong passwords: the account is locked for {minutes} minutes (or "
        "until the administrator sets a new password)")
# The command line's account handling.
message("auth.give_user", "cơ sở dữ liệu có tài khoản: hãy ghi --user TÊN (mật khẩu lấy từ $COMMUNEDESK_PASSWORD hoặc "
        "nhập khi được hỏi)", "this database has accounts: give --user NAME (the password comes from "
        "$COMMUNEDESK_PASSWORD or a prompt)")
message("auth.no_password", "chưa có mật khẩu: đặt $COMMUNEDESK_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh",
        "no password: set $COMMUNEDESK_PASSWORD or run the command in a terminal")
message("auth.passwords_differ", "hai lần nhập mật khẩu không khớp", "the two passwords differ")
message("auth.user_needs_name", "lệnh user {action} cần TÊN tài khoản", "user {action} needs an account NAME")
message("auth.user_needs_role", "lệnh user add cần --role ({roles} hoặc {last})", "user add needs --role ({roles} or {last})")

# What is never changed.
message("audit.locked_return", "báo cáo đã chốt không bao giờ bị sửa: hãy lập bản điều chỉnh, kèm lý do",
        "a finalised return is never changed: make an amendment, with its reason")
message("audit.trail_locked", "nhật ký thao tác không sửa được", "the audit trail cannot be changed")

# Backups.
predicate("backup.folder_not_writable", "không ghi được bản sao lưu vào {folder}: {reason}",
          "cannot write backups to {folder}: {reason}")
message("backup.in_memory", "cơ sở dữ liệu trong bộ nhớ không sao lưu được", "an in-memory database cannot be backed up")
message("backup.too_many_names", "có quá nhiều bản sao lưu cùng tên {name}", "too many backups named like {name}")
message("backup.copy_failed_check", "bản sao của {name} không qua được bước kiểm tra {check} ({details}): có thể chính "
        "cơ sở dữ liệu đã bị hỏng", "the copy of {name} failed its {check} ({details}): the database itself may be "
        "damaged")
message("backup.could_not", "không sao lưu được {name}: {reason}", "could not back up {name}: {reason}")
message("backup.no_database", "không có cơ sở dữ liệu ở {path}", "there is no database at {path}")
message("backup.missing_tool", "không tìm thấy {tool}. Hãy cài bộ công cụ máy khách PostgreSQL (cùng phiên bản chính "
        "với máy chủ, hoặc mới hơn) và thêm thư mục bin của nó vào PATH hoặc $COMMUNEDESK_PG_BIN; hoặc tự chạy:\n"
        "  {example}", "{tool} was not found. Install the PostgreSQL client tools (the same major version as the "
        "server, or newer) and add their bin folder to PATH or to $COMMUNEDESK_PG_BIN; or run it yourself:\n"
        "  {example}")
message("backup.pg_dump_failed", "pg_dump lỗi: {reason}", "pg_dump failed: {reason}")
message("backup.dump_unreadable", "không đọc lại được bản sao lưu: {reason}", "the dump does not read back: {reason}")
# Checking a backup file, and the database at start.
message("backup.no_such_file", "{path}: không tìm thấy tệp", "{path}: no such file")
message("backup.dump_not_readable", "{name} không phải bản sao lưu PostgreSQL đọc được ({reason})",
        "{name} is not a readable PostgreSQL dump ({reason})")
message("backup.not_ours", "{name} không phải bản sao lưu CommuneDesk", "{name} is not a CommuneDesk backup")
message("backup.dump_readable", "{name}: bản sao lưu PostgreSQL, đọc được", "{name}: a PostgreSQL dump, readable")
message("backup.cannot_open", "{name} không mở được ({reason})", "{name} cannot be opened ({reason})")
message("backup.file_damaged", "{name} bị hỏng ({details})", "{name} is damaged ({details})")
message("backup.not_our_database", "{name} không phải cơ sở dữ liệu CommuneDesk", "{name} is not a CommuneDesk database")
message("backup.damaged_or_not", "{name} bị hỏng hoặc không phải cơ sở dữ liệu ({reason})",
        "{name} is damaged or not a database ({reason})")
message("backup.newer_version", "{name} do phiên bản CommuneDesk mới hơn tạo ra (lược đồ {revision}): hãy cập nhật "
        "chương trình trước", "{name} was made by a newer version of CommuneDesk (schema {revision}): update the "
        "program first")
message("backup.whole", "{name}: nguyên vẹn ({count:n} hồ sơ)", "{name}: whole ({count:n} dossiers)")
message("backup.server_silent", "máy chủ cơ sở dữ liệu không trả lời: {reason}",
        "the database server does not answer: {reason}")
message("backup.new_database", "sẽ tạo cơ sở dữ liệu mới", "a new database will be created")
message("backup.db_damaged", "Cơ sở dữ liệu {path} bị hỏng, không dùng an toàn được ({detail}). Chưa có gì bị thay "
        "đổi. Bản sao lưu tốt gần nhất lúc {taken} ({name}): hãy khôi phục nó; tệp hỏng được giữ lại riêng.",
        "The database {path} is damaged and cannot be used safely ({detail}). Nothing has been changed. The newest "
        "good backup was taken on {taken} ({name}): restore it; the damaged file is kept aside.")
message("backup.db_damaged_no_backup", "Cơ sở dữ liệu {path} bị hỏng, không dùng an toàn được ({detail}). Chưa có gì "
        "bị thay đổi. Không tìm thấy bản sao lưu tốt nào: hãy chép tệp lại và hỏi người hỗ trợ trước khi làm gì khác.",
        "The database {path} is damaged and cannot be used safely ({detail}). Nothing has been changed. No good "
        "backup was found: copy the file and ask for help before doing anything else.")
# Restoring.
message("restore.not_restored", "chưa khôi phục: {why}", "not restored: {why}")
message("restore.kind_mismatch", "chưa khôi phục: bản sao lưu SQLite chỉ khôi phục vào cơ sở dữ liệu SQLite, tệp .dump "
        "vào PostgreSQL", "not restored: a SQLite backup goes to a SQLite database, a .dump to PostgreSQL")
message("restore.cannot_upgrade", "chưa khôi phục: bản sao lưu {name} không nâng cấp được lên phiên bản này ({reason}); "
        "cơ sở dữ liệu hiện tại không bị thay đổi", "not restored: the backup {name} cannot be brought up to this "
        "version ({reason}); the current database is unchanged")
message("restore.is_the_database", "chưa khôi phục: tệp đó chính là cơ sở dữ liệu",
        "not restored: that file is the database itself")
message("restore.failed_unchanged", "chưa khôi phục: {reason}; cơ sở dữ liệu không bị thay đổi (bản sao an toàn "
        "{safety})", "not restored: {reason}; the database is unchanged (safety copy {safety})")
message("restore.check_failed", "cơ sở dữ liệu đã khôi phục không qua được bước kiểm tra ({detail}); bản sao an toàn "
        "là {safety}", "the restored database failed its check ({detail}); the safety copy is {safety}")
message("restore.pg_restore_failed", "pg_restore lỗi, cơ sở dữ liệu không bị thay đổi ({reason}); bản sao an toàn "
        "{safety}", "pg_restore failed, the database is unchanged ({reason}); safety copy {safety}")
message("restore.give_admin", "bản sao lưu có tài khoản: hãy ghi --user TÊN của một quản trị viên",
        "the backup has accounts: give --user NAME of an administrator")
message("restore.wrong_login", "sai tên đăng nhập hoặc mật khẩu (so với tài khoản trong bản sao lưu)",
        "wrong name or password (checked against the backup's accounts)")
message("restore.not_admin", "{name} không phải quản trị viên: chỉ quản trị viên được khôi phục",
        "{name} is not an administrator: only an administrator may restore")
