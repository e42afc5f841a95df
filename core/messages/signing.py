"""Signed returns: the certificate and the token, signing, the return package, verification, and the
province's consolidation of packages."""
from core.messages import message

# The certificate given to --sign (a PKCS#12 file or a PKCS#11 token).
message("sign.bad_spec", "'{spec}' không phải chứng thư số: ghi đường dẫn tệp .p12/.pfx hoặc "
        "pkcs11:THƯ_VIỆN[:TÊN_TOKEN[:TÊN_KHÓA]]",
        "'{spec}' is not a certificate: give a .p12/.pfx file or pkcs11:LIBRARY[:TOKEN-LABEL[:KEY-LABEL]]")
message("sign.no_file", "không tìm thấy tệp chứng thư số {path}", "the certificate file {path} does not exist")
message("sign.bad_password", "không mở được tệp chứng thư số {path}: sai mật khẩu hoặc không phải tệp PKCS#12",
        "the certificate file {path} could not be opened: wrong password, or not a PKCS#12 file")
message("sign.no_secret", "chưa có {what}: đặt biến ${variable} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập",
        "no {what}: set ${variable} or run the command in a terminal to type it")
message("sign.what_password", "mật khẩu tệp chứng thư số", "certificate password")
message("sign.what_pin", "mã PIN của token", "token PIN")
message("sign.no_library", "không nạp được thư viện token {path} ({detail})",
        "the token library {path} could not be loaded ({detail})")
message("sign.no_token", "không thấy token nào đang cắm vào máy", "no token is plugged in")
message("sign.no_such_token", "không thấy token '{label}' (đang có: {labels:q})",
        "no token '{label}' is plugged in (present: {labels:q})")
message("sign.several_tokens", "đang cắm nhiều token ({labels:q}): ghi rõ tên token (pkcs11:THƯ_VIỆN:TÊN_TOKEN)",
        "several tokens are plugged in ({labels:q}): name one (pkcs11:LIBRARY:TOKEN-LABEL)")
message("sign.bad_pin", "token không nhận mã PIN", "the token refused the PIN")
message("sign.pin_locked", "mã PIN của token đã bị khóa", "the token's PIN is locked")
message("sign.no_key", "token không có khóa ký số", "the token has no signing key")
message("sign.no_such_key", "token không có khóa ký số '{label}' (đang có: {labels:q})",
        "the token has no signing key '{label}' (present: {labels:q})")
message("sign.several_keys", "token có nhiều khóa ký số ({labels:q}): ghi rõ tên khóa (pkcs11:THƯ_VIỆN:TOKEN:TÊN_KHÓA)",
        "the token has several signing keys ({labels:q}): name one (pkcs11:LIBRARY:TOKEN-LABEL:KEY-LABEL)")
message("sign.no_certificate", "token không có chứng thư số đi kèm khóa '{label}'",
        "the token has no certificate for the key '{label}'")
message("sign.token_error", "token báo lỗi: {detail}", "the token failed: {detail}")
message("sign.not_yet_valid", "chứng thư số của {name} chỉ có hiệu lực từ {date}",
        "the certificate of {name} is valid only from {date}")
message("sign.expired", "chứng thư số của {name} đã hết hạn ngày {date}", "the certificate of {name} expired on {date}")
message("sign.not_for_signing", "chứng thư số của {name} không dùng để ký số văn bản",
        "the certificate of {name} is not meant for signing documents")
message("sign.no_signature_block", "{name}: tệp PDF không có khối chữ ký do CommuneDesk lập",
        "{name}: the PDF has no signature block made by CommuneDesk")
message("sign.failed", "không ký được: {detail}", "signing failed: {detail}")
message("sign.needs_pdf", "--sign ký tệp PDF của báo cáo: ghi --pdf OUT và/hoặc --package OUT",
        "--sign signs the return's PDF: give --pdf OUT and/or --package OUT")
message("sign.only_when_finalising", "--sign và --package chỉ dùng khi chốt (finalise) hoặc điều chỉnh (amend)",
        "--sign and --package are for finalise and amend")
message("sign.no_pin_file", "không đọc được tệp mã PIN {path}", "the PIN file {path} could not be read")
message("sign.bad_pin_file", "tệp mã PIN {path} phải là tệp văn bản nhỏ, mã PIN hoặc mật khẩu ở dòng đầu",
        "the PIN file {path} must be a small text file with the PIN or password on its first line")
message("sign.pin_file_without_sign", "--pin-file đi cùng --sign (chứng thư số dùng để ký)",
        "--pin-file goes with --sign (the certificate it unlocks)")
message("sign.reason", "Báo cáo {period}, phiên bản {version}", "Return {period}, version {version}")

# The return package (.cdpkg).
message("package.refused", "{name}: {reason}", "{name}: {reason}")
message("package.not_a_package", "không phải gói báo cáo của CommuneDesk ({detail})",
        "not a CommuneDesk return package ({detail})")
message("package.no_manifest", "gói không có bản kê (manifest.json)", "the package has no manifest (manifest.json)")
message("package.bad_manifest", "bản kê của gói bị hỏng ({detail})", "the package's manifest is damaged ({detail})")
message("package.newer_format", "gói do phiên bản CommuneDesk mới hơn lập (định dạng {version}); hãy cập nhật chương trình",
        "the package was made by a newer CommuneDesk (format {version}); update this program")
message("package.missing_file", "thiếu tệp {file} có trong bản kê", "{file}, listed in the manifest, is missing")
message("package.extra_file", "có tệp {file} không có trong bản kê", "{file} is in the package but not in its manifest")
message("package.checksum", "tệp {file} đã bị thay đổi (mã SHA-256 khác bản kê)",
        "{file} was changed (its SHA-256 does not match the manifest)")
message("package.bad_name", "tên tệp không hợp lệ trong gói: {file}", "a file name not allowed in a package: {file}")
message("package.too_large", "tệp {file} trong gói quá lớn", "{file} in the package is too large")
message("package.no_file_of_role", "gói không có {role}", "the package has no {role}")
message("package.role_json", "tệp số liệu (JSON)", "data file (JSON)")
message("package.role_pdf", "tệp PDF đã ký", "signed PDF")
message("package.unsigned", "gói chưa được ký số (chỉ nhận khi cho phép gói chưa ký: --allow-unsigned)",
        "the package is not signed (accepted only with --allow-unsigned)")
message("package.not_bound", "tệp PDF đã ký không mang thông tin của gói này",
        "the signed PDF does not carry this package's details")
message("package.binding_mismatch", "bản kê khác với nội dung đã ký trong PDF ({what})",
        "the manifest differs from what was signed in the PDF ({what})")
message("package.bad_data", "số liệu của gói bị hỏng ({detail})", "the package's data is damaged ({detail})")
message("package.duplicate_name", "gói có hai tệp cùng tên {file}", "the package holds two entries named {file}")
message("package.manifest_unsigned_field", "bản kê có mục không được ký trong PDF ({what})",
        "the manifest has an entry that was not signed in the PDF ({what})")
message("package.signer_unit", "chứng thư số của {name} ghi đơn vị {units:q}, không phải {commune} (chỉ nhận khi cho "
        "phép: --allow-other-unit)", "the certificate of {name} names {units:q}, not {commune} (accepted only "
        "with --allow-other-unit)")
message("package.signer_no_unit", "chứng thư số của {name} không ghi đơn vị nào, không chứng minh thuộc {commune} "
        "(chỉ nhận khi cho phép: --allow-other-unit)", "the certificate of {name} names no unit, so not {commune} "
        "(accepted only with --allow-other-unit)")

# Verification of a signed PDF.
message("verify.unsigned", "tệp PDF chưa được ký số", "the PDF is not signed")
message("verify.not_pdf", "{name}: không phải tệp PDF hay gói báo cáo đọc được ({detail})",
        "{name}: not a readable PDF or return package ({detail})")
message("verify.no_such_file", "{name}: không tìm thấy tệp", "{name}: no such file")
message("verify.broken", "chữ ký của {name} không khớp nội dung: tệp đã bị sửa sau khi ký",
        "the signature of {name} does not match the content: the file was changed after it was signed")
message("verify.bad_signature", "chữ ký của {name} không hợp lệ", "the signature of {name} is not valid")
message("verify.changed_after", "tệp đã bị thay đổi sau khi {name} ký ({what})",
        "the file was changed after {name} signed it ({what})")
message("verify.untrusted", "chứng thư số của {name} không thuộc tổ chức chứng thực được tin cậy",
        "the certificate of {name} does not chain to a trusted root")
message("verify.expired", "chứng thư số của {name} đã hết hạn ngày {date}", "the certificate of {name} expired on {date}")
message("verify.not_yet_valid", "chứng thư số của {name} chỉ có hiệu lực từ {date}",
        "the certificate of {name} is valid only from {date}")
message("verify.revoked", "chứng thư số của {name} đã bị thu hồi", "the certificate of {name} was revoked")
message("verify.usage", "chứng thư số của {name} không dùng để ký số văn bản",
        "the certificate of {name} is not meant for signing documents")
message("verify.chain_failed", "không kiểm tra được chuỗi chứng thư của {name} ({detail})",
        "the certificate chain of {name} could not be validated ({detail})")
message("verify.trust_not_checked", "chưa kiểm tra chuỗi chứng thư: chưa có chứng thư gốc tin cậy (--trust CA.pem)",
        "the certificate chain was not checked: no trusted root given (--trust CA.pem)")
message("verify.no_trust", "{name}: không có chứng thư số nào trong tệp", "{name}: no certificate in it")
message("verify.changed_incremental", "có bản cập nhật thêm sau chữ ký", "an update was added after the signature")
message("verify.several_signatures", "tệp PDF có {count} chữ ký ({names:q}); báo cáo chỉ mang một chữ ký, của lãnh "
        "đạo ({first}): chữ ký hay bản cập nhật thêm sau đó không được chấp nhận",
        "the PDF carries {count} signatures ({names:q}); a return carries one, the leader's ({first}): a "
        "signature or update added after it is not accepted")
message("verify.changed_partial", "chữ ký không bao trùm toàn bộ tệp", "the signature does not cover the whole file")

# Consolidation of packages.
message("consolidate.same_version_differs",
        "{name} và {other}: cùng xã, kỳ và phiên bản {version} nhưng số liệu khác nhau",
        "{name} and {other}: the same commune, period and version {version} with different figures")
message("consolidate.no_communes", "{name}: danh sách không có tên xã, phường nào", "{name}: no commune names in it")
message("consolidate.communes_not_text", "{name}: danh sách xã, phường phải là tệp CSV dạng văn bản UTF-8",
        "{name}: the list of communes must be a UTF-8 CSV text file")
message("consolidate.communes_too_large", "{name}: danh sách xã, phường quá lớn (hơn {limit:n} MB)",
        "{name}: the list of communes is too large (over {limit:n} MB)")
