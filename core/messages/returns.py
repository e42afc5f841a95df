"""Returns: periods, finalised versions, the province's consolidation, the counter's slips, the
command line's own arguments."""
from core.messages import message

# Periods, as the command line and the window give them.
message("period.reversed", "kỳ báo cáo kết thúc ({end}) trước khi bắt đầu ({start})",
        "the period ends ({end}) before it starts ({start})")
message("period.not_a_month", "'{value}' không phải tháng (YYYY-MM)", "'{value}' is not a month (YYYY-MM)")
message("period.not_begun", "kỳ báo cáo bắt đầu ngày {start}, sau ngày hôm nay ({today}): chưa có số liệu để báo cáo",
        "the period starts on {start}, after today ({today}): there is nothing to report yet")
message("cli.not_a_date", "{option}: '{value}' không phải ngày (YYYY-MM-DD)", "{option}: '{value}' is not a date (YYYY-MM-DD)")
message("cli.from_needs_to", "--from cần có --to", "--from needs --to")
# The counter's commands (core.cli.counter).
message("cli.not_a_moment", "{option}: '{value}' không phải thời điểm (YYYY-MM-DD HH:MM hoặc YYYY-MM-DD)",
        "{option}: '{value}' is not a moment (YYYY-MM-DD HH:MM or YYYY-MM-DD)")
message("cli.not_a_time", "{option}: '{value}' không phải giờ (HH:MM)", "{option}: '{value}' is not a time of day (HH:MM)")
message("cli.unknown_procedure", "không có thủ tục nào tên '{name}' trong danh mục",
        "no procedure of the catalogue is called '{name}'")
message("cli.several_procedures", "nhiều thủ tục khớp với '{name}': {names:q}; hãy gõ đủ tên",
        "several procedures match '{name}': {names:q}; give the full name")
message("cli.unknown_staff", "không có cán bộ tên '{name}'", "no staff member is called '{name}'")
message("cli.several_staff", "có nhiều cán bộ tên '{name}'", "several staff members are called '{name}'")
message("cli.several_documents", "nhiều giấy tờ của danh mục khớp với '{name}': {names:q}; hãy gõ rõ hơn hoặc số thứ tự",
        "'{name}' matches several documents of the checklist: {names:q}; type more of the name, or its number")
message("cli.unknown_document", "không có giấy tờ nào của danh mục khớp với '{name}': {names:q} (giấy tờ khác: '+{name}')",
        "no document of the checklist matches '{name}': {names:q} (another document: --doc '+{name}')")
message("cli.not_a_document_form", "'{value}' không phải loại bản (original, copy, certified_copy)",
        "'{value}' is not a document form (original, copy, certified_copy)")
message("cli.cause_needed", "thao tác late-cause cần --cause", "late-cause needs --cause")
message("cli.reason_or_note", "chỉ dùng một trong --reason và --note", "give --reason or --note, not both")
message("cli.same_output", "hai tệp ra cùng một đường dẫn: {path}", "two outputs on one path: {path}")
message("cli.report_outputs", "hãy chọn tệp cần ghi: --json OUT, --xlsx OUT và/hoặc --pdf OUT",
        "say what to write: --json OUT, --xlsx OUT and/or --pdf OUT")

# The assessment written with a return.
message("assessment.unknown_section", "không có phần '{name}' (các phần: {known})",
        "there is no section '{name}' (the sections: {known})")
message("assessment.too_long", "phần {title} dài {count} ký tự, quá mức {limit} ký tự",
        "the section {title} has {count} characters, more than {limit}")

message("cli.assessment_json", "tệp đánh giá phải là một đối tượng JSON gồm các phần và nội dung: {error}",
        "the assessment file must be a JSON object of sections and their texts: {error}")

# Finalised returns.
message("finalise.already", "báo cáo kỳ {start}–{end} đã chốt lúc {at} (phiên bản {version}): muốn sửa thì lập bản "
        "điều chỉnh, kèm lý do", "the return of {start}–{end} was finalised on {at} (version {version}): a "
        "correction is an amendment, with its reason")
message("finalise.amended_meanwhile", "báo cáo kỳ {start}–{end} vừa được người khác chốt hoặc điều chỉnh lúc {at} "
        "(phiên bản {version}): không có gì được lưu, hãy xem lại rồi điều chỉnh lại",
        "the return of {start}–{end} was finalised or amended by someone else meanwhile, on {at} (version "
        "{version}): nothing was stored; look at it and amend again")
message("finalise.running", "kỳ báo cáo {start}–{end} chưa kết thúc: chỉ chốt được từ ngày {first}, khi số liệu đã đủ",
        "the period {start}–{end} has not ended: it can be finalised from {first} on, once its figures are complete")
message("finalise.reason_required", "bản điều chỉnh cần có lý do", "an amendment needs its reason")
message("finalise.not_yet_first", "báo cáo kỳ {start}–{end} chưa được chốt: hãy chốt trước",
        "the return of {start}–{end} has not been finalised: finalise it first")
message("finalise.checksum", "báo cáo đã lưu (phiên bản {version}) không khớp mã kiểm tra của nó",
        "the stored return (version {version}) does not match its checksum")
message("finalise.not_yet", "báo cáo kỳ {start}–{end} chưa được chốt", "the return of {start}–{end} has not been finalised")
message("finalise.no_version", "không có phiên bản {version} của báo cáo kỳ {start}–{end}",
        "there is no version {version} of the return of {start}–{end}")

# The province's consolidation: each file a commune sent, then the set of them.
message("consolidate.no_such_file", "{name}: không tìm thấy tệp", "{name}: no such file")
message("consolidate.not_a_workbook", "{name}: không đọc được như bảng tính Excel ({reason})",
        "{name}: cannot be read as an Excel workbook ({reason})")
message("consolidate.no_data_sheet", "{name}: không phải báo cáo do CommuneDesk lập (không có trang dữ liệu báo cáo)",
        "{name}: not a return made by CommuneDesk (it has no return data sheet)")
message("consolidate.foreign_data_sheet", "{name}: không phải báo cáo do CommuneDesk lập (trang dữ liệu không phải "
        "của CommuneDesk)", "{name}: not a return made by CommuneDesk (its data sheet is not ours)")
message("consolidate.damaged", "{name}: trang dữ liệu báo cáo bị hỏng", "{name}: its return data sheet is damaged")
message("consolidate.damaged_because", "{name}: trang dữ liệu báo cáo bị hỏng ({reason})",
        "{name}: its return data sheet is damaged ({reason})")
message("consolidate.newer", "{name}: do phiên bản CommuneDesk mới hơn lập (định dạng dữ liệu {version}); hãy cập nhật "
        "chương trình", "{name}: made by a newer CommuneDesk (data format {version}); update this program")
message("consolidate.checksum", "{name}: dữ liệu báo cáo đã bị sửa sau khi CommuneDesk lập (sai mã kiểm tra); hãy đề "
        "nghị xã gửi lại tệp", "{name}: its return data was changed after CommuneDesk made it (checksum mismatch); "
        "ask the commune for the file again")
message("consolidate.is_province", "{name}: là báo cáo tổng hợp của tỉnh, không phải báo cáo của xã",
        "{name}: is a province consolidation, not a commune's return")
message("consolidate.sheet_missing", "{name}: thiếu trang '{sheet}'", "{name}: the sheet '{sheet}' is missing")
message("consolidate.figures_changed", "{name}: số liệu trên trang '{sheet}' đã bị sửa sau khi CommuneDesk lập báo cáo; "
        "hãy đề nghị xã gửi lại tệp", "{name}: the figures on the sheet '{sheet}' were changed after CommuneDesk made "
        "the return; ask the commune for the file again")
message("consolidate.nothing", "không có báo cáo nào để tổng hợp", "no return to consolidate")
message("consolidate.different_periods", "các báo cáo thuộc các kỳ khác nhau, hãy tổng hợp từng kỳ",
        "the returns are for different periods, consolidate one period at a time")
message("consolidate.period_of", "{name}: {start} đến {end}", "{name}: {start} to {end}")
message("consolidate.different_provinces", "các báo cáo thuộc các tỉnh khác nhau", "the returns are from different provinces")
message("consolidate.province_of", "{name}: {province}", "{name}: {province}")
message("consolidate.same_commune", "{name}: cùng xã và cùng kỳ với {other} ({commune}, {start} đến {end}); hãy giữ một "
        "tệp", "{name}: the same commune and period as {other} ({commune}, {start} to {end}); keep one of them")
message("consolidate.refused_one", "một tệp bị từ chối: {first}", "a file was refused: {first}")
message("consolidate.refused_many", "{count} tệp bị từ chối: {first}", "{count} files were refused: {first}")
message("consolidate.outputs", "hãy chọn tệp cần ghi: --xlsx OUT, --pdf OUT và/hoặc --json OUT",
        "say what to write: --xlsx OUT, --pdf OUT and/or --json OUT")

# The counter's slips.
# Whole sentences: the command line prints them without the field's name.
message("slip.unknown", "không có loại phiếu '{kind}'", "unknown slip '{kind}'")
message("slip.not_available", "hồ sơ này không có Mẫu {kind} (chưa có bước xử lý in mẫu đó)",
        "this dossier has no form {kind} (Mẫu {kind}): no step of it calls for that form")
message("slip.no_such_request", "hồ sơ có {count:n} lần yêu cầu bổ sung, không có lần thứ {nth}",
        "the dossier has {count:n} supplement request(s), not a number {nth}")

# The 766 estimate's indicators (core.returns.INDEX_766): each one's name and what it measures, in words.
message("index766.2.1", "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", "Share of dossiers handled early or on time")
message("index766.2.1.measures", "hồ sơ đã giải quyết trước hạn, đúng hạn và hồ sơ đang giải quyết trong hạn, trên "
        "tổng số hồ sơ đã và đang giải quyết; hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn",
        "dossiers completed early or on time and dossiers pending within their time, out of all dossiers "
        "completed or pending; a dossier asked for a supplement more than once counts as overdue")
message("index766.3.3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Share of dossiers received online")
message("index766.3.3.measures", "hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận trong kỳ",
        "dossiers received online out of all dossiers received in the period")
message("index766.3.6", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Share of dossiers paid online")
message("index766.3.6.measures", "hồ sơ nộp phí, lệ phí trực tuyến trên số hồ sơ tiếp nhận trong kỳ của thủ tục có "
        "phí, lệ phí", "dossiers whose fee was paid online out of the dossiers with a fee received in the period")
message("index766.4.2", "Tỷ lệ hồ sơ thực hiện số hóa", "Share of digitised dossiers")
message("index766.4.2.measures", "hồ sơ được số hóa thành phần và trả kết quả điện tử trên tổng số hồ sơ tiếp nhận "
        "trong kỳ", "dossiers whose documents were scanned and whose result was issued electronically, out of "
        "all dossiers received in the period")
message("index766.5.4", "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
        "Satisfaction with the handling of procedures")
message("index766.5.4.measures", "100% trừ tỷ lệ hồ sơ quá hạn (đã giải quyết quá hạn và đang giải quyết quá hạn) "
        "trên tổng số hồ sơ đã và đang giải quyết", "100% less the share of overdue dossiers (completed late "
        "or pending overdue) out of all dossiers completed or pending")
message("index766.no_data", "chưa có dữ liệu", "no data")
