<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/dialogs/dossier_form.py" line="+88"/>
        <location filename="../../gui/pages/dossiers.py" line="+93"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Take in a dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../gui/pages/dashboard.py" line="+245"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gõ vài chữ của tên thủ tục, ví dụ: khai sinh</source>
        <translation>Type a few letters of the procedure, e.g. khai sinh</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lĩnh vực, thời hạn:</source>
        <translation>Field, time limit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiếp nhận</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thời gian nhận:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kênh nộp:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cán bộ xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prefix}-{day}-…  (cấp khi lưu)</source>
        <translation>{prefix}-{day}-…  (given on saving)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gui/dialogs/users.py" line="+60"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số định danh (CCCD):</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hạn trả kết quả</source>
        <translation>Result due on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thành phần hồ sơ và ghi chú</source>
        <translation>Documents and notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mỗi dòng một giấy tờ (in trên giấy tiếp nhận)</source>
        <translation>One document per line (printed on the receipt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../gui/pages/dossiers.py" line="+9"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In phiếu</source>
        <translation>Print a slip</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../gui/pages/settings.py" line="+322"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../gui/dialogs/users.py" line="+75"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lịch sử xử lý</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In giấy tiếp nhận sau khi lưu</source>
        <translation>Print the receipt after saving</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gui/dialogs/users.py" line="-63"/>
        <location filename="../../gui/pages/settings.py" line="-193"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/audit.py" line="+25"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhập tệp</source>
        <translation>File import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm hàng loạt</source>
        <translation>Bulk add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa hàng loạt</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa hàng loạt</source>
        <translation>Bulk delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đăng nhập sai</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/dialogs/backup.py" line="+241"/>
        <location line="+198"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Data restore</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../gui/dialogs/backup.py" line="-283"/>
        <location filename="../../gui/dialogs/dossier_form.py" line="+3"/>
        <location filename="../../gui/dialogs/signing.py" line="+205"/>
        <location filename="../../gui/pages/dossiers.py" line="+383"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>người dùng</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mọi thao tác</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bảng, ví dụ dossier</source>
        <translation>table, e.g. dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tìm trong giá trị, ghi chú</source>
        <translation>search values, notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất ra Excel/CSV…</source>
        <translation>Export to Excel/CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chỉ quản trị viên và lãnh đạo xem nhật ký.</source>
        <translation>Only administrators and leaders can see the audit trail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} dòng</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(hiện {n} dòng mới nhất; xuất ra tệp để xem hết)</source>
        <translation>(showing the newest {n}; export to a file to see all)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xuất nhật ký</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã xuất {n} dòng ra {file}</source>
        <translation>Exported {n} rows to {file}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/dossier_form.py" line="+47"/>
        <source>Chọn thủ tục để tính hạn trả.</source>
        <translation>Choose the procedure to compute the due date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thủ tục chưa có thời hạn giải quyết trong danh mục.</source>
        <translation>The procedure has no time limit in the catalogue yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giải quyết trong ngày; nhận sau 15 giờ thì trả vào ngày làm việc tiếp theo.</source>
        <translation>Same day; received after 15:00, due the next working day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} ngày kể từ ngày nhận; rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp.</source>
        <translation>{n} days from receipt; a day off moves it to the next working day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ.</source>
        <translation>{n} working days, not counting Saturdays, Sundays and public holidays.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đổi cán bộ xử lý bằng thao tác “Chuyển cán bộ xử lý”</source>
        <translation>Change the handler with the “Hand to a handler” action</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã kết thúc ngày {day}</source>
        <translation>Closed on {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã cộng {n} ngày làm việc tạm dừng chờ bổ sung</source>
        <translation>{n} paused working days (awaiting a supplement) added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hẹn lại ngày {day} (phiếu xin lỗi)</source>
        <translation>New date {day} (apology slip)</translation>
    </message>
    <message>
        <location filename="../../gui/models/dossier_table.py" line="+290"/>
        <source>Quá hạn {n} ngày (hạn trả {due})</source>
        <translation>{n} days overdue (due {due})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sắp đến hạn: {due}</source>
        <translation>Due soon: {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chờ bổ sung từ {day}: thời hạn tạm dừng</source>
        <translation>Awaiting a supplement since {day}: the clock is stopped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trả muộn {n} ngày</source>
        <translation>Returned {n} days late</translation>
    </message>
    <message>
        <location filename="../../gui/pages/dashboard.py" line="-128"/>
        <location line="+94"/>
        <source>Bấm để xem danh sách hồ sơ</source>
        <translation>Click to see the dossiers</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Hồ sơ tiếp nhận theo lĩnh vực, 12 tháng gần đây</source>
        <translation>Dossiers received by field, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ giải quyết đúng hạn theo tháng (%)</source>
        <translation>On-time rate by month (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tỷ lệ đúng hạn = (hồ sơ giải quyết trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết trong tháng, như trong báo cáo định kỳ. Quá hạn: đang xử lý và đã qua hạn trả; hồ sơ chờ bổ sung tạm dừng tính hạn.</source>
        <translation>On-time rate = (dossiers settled early + on time) ÷ dossiers settled in the month, as in the periodic return. Overdue: in progress and past the due date; a dossier awaiting a supplement has its clock stopped.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hồ sơ đang giải quyết theo cán bộ</source>
        <translation>Open dossiers by handler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cán bộ xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhấp đúp để xem hồ sơ của cán bộ</source>
        <translation>Double-click to see this handler&apos;s dossiers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(chưa giao cán bộ)</source>
        <translation>(no handler yet)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Không có hồ sơ quá hạn</source>
        <translation>No overdue dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tỷ lệ giải quyết đúng hạn tháng {month}</source>
        <translation>On-time rate, {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ok} / {done} hồ sơ đã giải quyết trước hạn hoặc đúng hạn</source>
        <translation>{ok} / {done} dossiers settled early or on time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tháng {month}: {rate}</source>
        <translation>{month}: {rate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{diff} điểm phần trăm so với tháng trước</source>
        <translation>{diff} percentage points against last month</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa có hồ sơ</source>
        <translation>No dossiers yet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tỷ lệ đúng hạn theo tháng (%), {first} – {last}</source>
        <translation>On-time rate by month (%), {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/dossiers.py" line="-395"/>
        <source>Tìm theo mã hồ sơ, tên người nộp, thủ tục… (Ctrl+F)</source>
        <translation>Search by dossier code, applicant, procedure… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nhập Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang giải quyết (chưa trả)</source>
        <translation>In progress (not closed)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mọi kênh nộp</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Màu đỏ: quá hạn · Màu cam: sắp đến hạn (2 ngày làm việc) · Biểu tượng tạm dừng: chờ bổ sung. Nhấp đúp hoặc Enter để mở hồ sơ; nhấp chuột phải để thao tác.</source>
        <translation>Red: overdue · Orange: due within 2 working days · Pause icon: awaiting a supplement. Double-click or Enter opens a dossier; right-click for actions.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi cán bộ</source>
        <translation>Any handler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa phân công</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Không đọc được danh sách: {why}</source>
        <translation>The list could not be read: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} hồ sơ</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chọn một hồ sơ trong danh sách</source>
        <translation>Choose a dossier in the list</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mở hồ sơ</source>
        <translation>Open the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch sử thay đổi (nhật ký)…</source>
        <translation>Change history (audit)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lịch sử thay đổi của hồ sơ</source>
        <translation>Change history of the dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn tệp hồ sơ để nhập</source>
        <translation>Choose a dossier file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nhập hồ sơ từ tệp</source>
        <translation>Import dossiers from a file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã nhập {inserted} hồ sơ mới và cập nhật {updated} hồ sơ.</source>
        <translation>Imported {inserted} new dossiers and updated {updated}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu danh sách hồ sơ</source>
        <translation>Save the dossier list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xuất danh sách hồ sơ</source>
        <translation>Export the dossier list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã ghi {n} hồ sơ vào {path}.</source>
        <translation>Wrote {n} dossiers to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="-49"/>
        <source>Sửa thủ tục</source>
        <translation>Edit the procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm thủ tục</source>
        <translation>Add a procedure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Có thời hạn giải quyết</source>
        <translation>Has a time limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+187"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Đang áp dụng (hiện khi tiếp nhận hồ sơ)</source>
        <translation>In use (offered at intake)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên thủ tục:</source>
        <translation>Procedure name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời hạn:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời hạn mới áp dụng cho hồ sơ tiếp nhận sau khi lưu; hạn trả đã hẹn không thay đổi.</source>
        <translation>A new time limit applies to dossiers taken in after saving; due dates already given do not change.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/finalise.py" line="+26"/>
        <location line="+13"/>
        <source>Chốt bản điều chỉnh</source>
        <translation>Finalise an amendment</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lý do điều chỉnh số liệu đã chốt (bắt buộc, lưu cùng phiên bản mới):</source>
        <translation>Why the finalised figures are amended (required, kept with the new version):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../gui/dialogs/signing.py" line="+85"/>
        <location filename="../../gui/dialogs/users.py" line="+1"/>
        <location filename="../../gui/ops.py" line="+201"/>
        <location filename="../../gui/pages/settings.py" line="+10"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../gui/dialogs/signing.py" line="+58"/>
        <source>Nhập lý do điều chỉnh.</source>
        <translation>Enter the reason for the amendment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chốt báo cáo</source>
        <translation>Finalised return</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chốt báo cáo kỳ này</source>
        <translation>Finalise this period&apos;s return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chốt bản điều chỉnh…</source>
        <translation>Finalise an amendment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Chốt, ký số và đóng gói…</source>
        <translation>Finalise, sign and package…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Lãnh đạo chốt và điều chỉnh báo cáo.</source>
        <translation>Leaders finalise and amend returns.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Điều chỉnh, ký số và đóng gói…</source>
        <translation>Amend, sign and package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ký số tệp PDF bằng chứng thư số của lãnh đạo và lập gói báo cáo gửi tỉnh.</source>
        <translation>Sign the PDF with the leader&apos;s certificate and make the return package for the province.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lãnh đạo ký số báo cáo.</source>
        <translation>Leaders sign returns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kỳ này chưa chốt: số liệu còn thay đổi theo dữ liệu.</source>
        <translation>This period is not finalised: its figures follow the data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã chốt phiên bản {v} lúc {when}, người chốt: {who}.</source>
        <translation>Version {v} finalised at {when} by {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã ký số: {name}.</source>
        <translation>Signed by {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu đã thay đổi sau khi chốt: {n} chỉ tiêu khác với bản đã nộp. In lại bản đã chốt vẫn cho đúng số liệu đã nộp; nếu cần, chốt bản điều chỉnh.</source>
        <translation>The data changed after finalising: {n} figures differ from the return handed in. Re-printing still gives the submitted figures; finalise an amendment if needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có thay đổi nào làm khác số liệu đã nộp.</source>
        <translation>No change since alters the submitted figures.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="+35"/>
        <location line="+205"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nghỉ, ngày làm bù</source>
        <translation>Days off, make-up days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngôn ngữ, thư mục</source>
        <translation>Language, folders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu, khôi phục</source>
        <translation>Backup, restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhật ký thay đổi</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tên xã, phường:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền tố mã hồ sơ:</source>
        <translation>Dossier code prefix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh ghi trên văn bản:</source>
        <translation>Place name on documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch UBND (người ký):</source>
        <translation>Chairperson (signs):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã hồ sơ mới có dạng TIỀNTỐ-YYMMDD-NNNN; mã đã cấp không thay đổi. Địa danh in ở dòng “…, ngày … tháng … năm …” của phiếu và báo cáo.</source>
        <translation>New dossier codes look like PREFIX-YYMMDD-NNNN; codes already given do not change. The place name is printed in the “…, ngày … tháng … năm …” line of slips and returns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save the office details</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chưa lưu: xem các ô có lỗi.</source>
        <translation>Not saved: see the fields marked.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tìm thủ tục hoặc lĩnh vực…</source>
        <translation>Find a procedure or field…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm thủ tục…</source>
        <translation>Add a procedure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="-129"/>
        <source>Hằng ngày (khi mở)</source>
        <translation>Daily (at start)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khi đóng chương trình</source>
        <translation>At close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nhập tệp</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản an toàn trước khi khôi phục</source>
        <translation>Safety copy before a restore</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thời điểm sao lưu</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Restore the data from a backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn bản sao lưu rồi bấm “Khôi phục”. Dữ liệu hiện tại được giữ lại thành một bản an toàn trước khi thay thế, nên có thể quay lại nếu chọn nhầm.</source>
        <translation>Choose a backup and press “Restore”. The present data is kept as a safety copy before it is replaced, so a wrong choice can be undone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Chỉ quản trị viên được khôi phục dữ liệu.</source>
        <translation>Only an administrator can restore data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có bản sao lưu nào trong thư mục sao lưu.</source>
        <translation>There is no backup in the backup folder yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{commune}: {n} hồ sơ, sao lưu lúc {when}.</source>
        <translation>{commune}: {n} dossiers, backed up at {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp này không dùng được: {why}</source>
        <translation>This file cannot be used: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+225"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>Bản sao lưu CommuneDesk (*.sqlite *.dump);;Mọi tệp (*)</source>
        <translation>CommuneDesk backups (*.sqlite *.dump);;All files (*)</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu lúc {when}?</source>
        <translation>Replace the present data with the backup of {when}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Những thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng (chúng vẫn nằm trong bản an toàn được tạo ngay bây giờ).</source>
        <translation>Changes made after that time will no longer be in the data in use (they stay in the safety copy made now).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gui/dialogs/signing.py" line="-187"/>
        <location filename="../../gui/pages/settings.py" line="+0"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã khôi phục dữ liệu từ {file}.</source>
        <translation>Data restored from {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu trước khi khôi phục được giữ tại {file}.</source>
        <translation>The data from before the restore is kept in {file}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chương trình tự sao lưu khi mở lần đầu trong ngày, khi đóng, trước khi nhập tệp, nâng cấp hoặc khôi phục; giữ 7 bản hằng ngày, 4 bản hằng tuần và 12 bản hằng tháng. Nên chọn một thư mục trên USB hoặc ổ đĩa khác.</source>
        <translation>The program backs up at the day&apos;s first start, at close, and before an import, an upgrade or a restore; it keeps 7 daily, 4 weekly and 12 monthly backups. A folder on a USB stick or another drive is best.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã đổi thư mục sao lưu.</source>
        <translation>Backup folder changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã sao lưu: {file}</source>
        <translation>Backed up: {file}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CommuneDesk — Dữ liệu bị hỏng</source>
        <translation>CommuneDesk — Damaged data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp dữ liệu {file} bị hỏng (có thể do mất điện hoặc lỗi ổ đĩa) nên chưa mở được. Chưa có gì bị thay đổi.</source>
        <translation>The data file {file} is damaged (perhaps by a power cut or a disk fault) and was not opened. Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quản trị viên:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/dialogs/signing.py" line="+162"/>
        <location filename="../../gui/dialogs/users.py" line="-9"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chi tiết: {details}</source>
        <translation>Details: {details}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khôi phục bản sao lưu này</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn bản sao lưu khác…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không tìm thấy bản sao lưu còn tốt. Hãy sao chép tệp dữ liệu sang nơi khác và nhờ hỗ trợ trước khi làm gì thêm.</source>
        <translation>No good backup was found. Copy the data file somewhere else and ask for help before doing anything more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bản sao lưu tốt gần nhất: lúc {when} ({file}). Khôi phục bản này? Tệp hỏng được giữ lại bên cạnh các bản sao lưu.</source>
        <translation>The newest good backup: {when} ({file}). Restore it? The damaged file is kept beside the backups.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="+31"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="-315"/>
        <location filename="../../gui/pages/settings.py" line="+9"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="+0"/>
        <source>Tên, ghi chú</source>
        <translation>Name, note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ghi chú, ví dụ: Nghỉ bù theo Thông báo số …</source>
        <translation>Note, e.g. Day off in lieu under Notice no. …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm, sửa ngày</source>
        <translation>Add or change the day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa ngày của đơn vị</source>
        <translation>Delete the office&apos;s day</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngày lễ, Tết và ngày làm bù theo lịch nhà nước được tính sẵn; thêm ở đây các ngày nghỉ hoặc ngày làm bù do cấp có thẩm quyền quyết định sau. Ngày của đơn vị được ưu tiên. Thay đổi áp dụng cho hồ sơ tiếp nhận sau; hạn trả đã hẹn không thay đổi.</source>
        <translation>Public holidays, Tết and the national make-up days are built in; add here the days off or make-up days decided later by the authorities. The office&apos;s days take precedence. Changes apply to dossiers taken in afterwards; due dates already given do not change.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lịch nhà nước (holidays)</source>
        <translation>National calendar (holidays)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chưa lưu.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Đã lưu ngày {day}.</source>
        <translation>Saved {day}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn một ngày do đơn vị thêm (chữ màu xanh) để xóa.</source>
        <translation>Choose a day the office added (in blue) to delete it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã xóa ngày {day}.</source>
        <translation>Deleted {day}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Window language:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="+180"/>
        <location filename="../../gui/pages/settings.py" line="+4"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="+5"/>
        <source>Thư mục lưu phiếu in:</source>
        <translation>Folder for printed slips:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phiếu tiếp nhận, phiếu yêu cầu bổ sung, từ chối, xin lỗi được lưu thành tệp PDF trong thư mục này và mở bằng trình xem PDF của máy để in.</source>
        <translation>Receipts and supplement, rejection and apology slips are saved as PDF files in this folder and opened in the computer&apos;s PDF viewer for printing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn thư mục lưu phiếu</source>
        <translation>Choose the folder for slips</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="+73"/>
        <source>Tháng %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Giao nhiệm vụ</source>
        <translation>Assign the task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhiệm vụ: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <location line="+200"/>
        <location line="+747"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="-745"/>
        <source>Ưu tiên cao</source>
        <translation>High priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ tháng %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(chưa có người chủ trì)</source>
        <translation>(no one in charge yet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hạn %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xong %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trễ %1 ngày</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sản phẩm: %1</source>
        <translation>Output: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thiếu: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/users.py" line="-43"/>
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cán bộ, công chức</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tài khoản, cài đặt, khôi phục dữ liệu</source>
        <translation>accounts, settings, restoring data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xem tất cả, chốt và điều chỉnh báo cáo</source>
        <translation>reads everything, finalises and amends returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hồ sơ, nhân sự, trang thiết bị, kiến nghị, nhập tệp, lập báo cáo</source>
        <translation>dossiers, staff, equipment, recommendations, imports, returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ xem, số CCCD bị che</source>
        <translation>read only, ID numbers masked</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tài khoản {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Được đăng nhập</source>
        <translation>May log in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>để trống: giữ mật khẩu cũ</source>
        <translation>empty: keep the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mật khẩu cần ít nhất {n} ký tự.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mật khẩu không được trùng tên đăng nhập.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có tài khoản cùng tên.</source>
        <translation>An account with that name exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đăng nhập là một từ, không có dấu cách.</source>
        <translation>A user name is one word, without spaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài khoản đầu tiên phải là quản trị hệ thống.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đây là quản trị viên cuối cùng: hãy tạo quản trị viên khác trước.</source>
        <translation>This is the last administrator: make another one first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bạn không có quyền làm việc này.</source>
        <translation>You may not do this.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thêm tài khoản…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa, đặt lại mật khẩu…</source>
        <translation>Edit, reset the password…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chỉ quản trị viên quản lý tài khoản.</source>
        <translation>Only administrators manage accounts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có tài khoản nào: chương trình đang dùng cho một người, không cần đăng nhập. Khi tạo tài khoản đầu tiên (quản trị hệ thống), mọi người phải đăng nhập từ lần mở sau.</source>
        <translation>No accounts yet: the program is used by one clerk, without logging in. Once the first account (an administrator) exists, everyone logs in from the next start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mỗi người dùng một tài khoản riêng; mọi thay đổi dữ liệu được ghi vào nhật ký với tên người làm.</source>
        <translation>Each person uses their own account; every change to the data is recorded in the audit trail with who made it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngừng sử dụng</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạm khóa đến {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ops.py" line="+14"/>
        <source>Đang lưu… Dữ liệu đang bận: một người khác hoặc một việc trước (như nhập tệp lớn) đang ghi. Bấm Hủy để thôi, không có gì được ghi.</source>
        <translation>Saving… The data is busy: someone else, or earlier work (such as a large import), is writing. Press Cancel to give up; nothing is written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã chờ {n} giây.</source>
        <translation>Waited {n} seconds.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Lưu dữ liệu</source>
        <translation>Saving data</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/signing.py" line="-269"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chứng thư số (*.pem *.crt *.cer *.der);;Tất cả (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Báo cáo:</source>
        <translation>Return:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng thư số:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời điểm ký:</source>
        <translation>Signed at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa sau khi ký:</source>
        <translation>Changed after signing:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chuỗi chứng thư:</source>
        <translation>Certificate chain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các tệp:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: HỢP LỆ. Chữ ký số đúng, tệp không bị sửa sau khi ký, chứng thư thuộc tổ chức chứng thực được tin cậy.</source>
        <translation>{name}: VALID. The signature is sound, the file has not changed since it was signed, and the certificate chains to a trusted root.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: chữ ký nguyên vẹn, tệp không bị sửa, nhưng CHƯA kiểm tra chuỗi chứng thư (chưa chọn chứng thư gốc tin cậy).</source>
        <translation>{name}: the signature is intact and the file unchanged, but the certificate chain was NOT checked (no trusted root chosen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: KHÔNG HỢP LỆ.</source>
        <translation>{name}: NOT VALID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{commune} ({province}), kỳ {start} – {end}, phiên bản {version}</source>
        <translation>{commune} ({province}), period {start} – {end}, version {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, thay phiên bản {v}</source>
        <translation>, replaces version {v}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>số sê-ri {serial}, cấp bởi {issuer}, hiệu lực {start} – {end}</source>
        <translation>serial {serial}, issued by {issuer}, valid {start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (theo đồng hồ máy ký)</source>
        <translation> (the signer&apos;s clock)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CÓ</source>
        <translation>YES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thuộc tổ chức chứng thực được tin cậy</source>
        <translation>reaches a trusted root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KHÔNG thuộc tổ chức chứng thực được tin cậy</source>
        <translation>does NOT reach a trusted root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa kiểm tra</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; không kiểm tra thu hồi (không dùng mạng)</source>
        <translation>; revocation not checked (offline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+36"/>
        <source>Kiểm tra gói báo cáo</source>
        <translation>Check a return package</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Kiểm tra gói báo cáo (.cdpkg) hoặc tệp PDF đã ký số: chữ ký còn nguyên vẹn, ai ký, khi nào, tệp có bị sửa sau khi ký không, chứng thư có thuộc tổ chức chứng thực được tin cậy không. Việc kiểm tra không dùng mạng.</source>
        <translation>Check a return package (.cdpkg) or a signed PDF: whether the signature is intact, who signed and when, whether the file changed after signing, and whether the certificate chains to a trusted root. The check does not use the network.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn gói báo cáo</source>
        <translation>Choose a return package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gói báo cáo hoặc PDF đã ký (*.cdpkg *.pdf);;Tất cả (*)</source>
        <translation>Return packages or signed PDFs (*.cdpkg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn chứng thư gốc tin cậy</source>
        <translation>Choose the trusted root certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp cần kiểm tra:</source>
        <translation>File to check:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng thư gốc tin cậy:</source>
        <translation>Trusted roots:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tệp cần kiểm tra.</source>
        <translation>Choose the file to check.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chốt bản điều chỉnh và ký số</source>
        <translation>Finalise and sign an amendment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chốt báo cáo và ký số</source>
        <translation>Finalise and sign the return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Báo cáo kỳ {start} – {end} được chốt, tệp PDF được ký số bằng chứng thư của lãnh đạo và đóng thành gói báo cáo gửi tỉnh (sổ Excel, PDF đã ký, số liệu JSON và bản kê). Mã PIN hoặc mật khẩu không được lưu.</source>
        <translation>The return of {start} – {end} is finalised, its PDF signed with the leader&apos;s certificate and packed into the return package for the province (the workbook, the signed PDF, the JSON data and the manifest). The PIN or password is not stored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp chứng thư số (.p12, .pfx)</source>
        <translation>Certificate file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token USB (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chứng thư số (*.p12 *.pfx);;Tất cả (*)</source>
        <translation>Certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn thư viện PKCS#11 của token</source>
        <translation>Choose the token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư viện PKCS#11 (*.so *.dll *.dylib);;Tất cả (*)</source>
        <translation>PKCS#11 libraries (*.so *.dll *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trống: token duy nhất đang cắm</source>
        <translation>empty: the only token plugged in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trống: khóa ký duy nhất trên token</source>
        <translation>empty: the token&apos;s only signing key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu gói báo cáo</source>
        <translation>Save the return package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gói báo cáo (*.cdpkg)</source>
        <translation>Return packages (*.cdpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp chứng thư:</source>
        <translation>Certificate file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư viện token:</source>
        <translation>Token library:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên token:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên khóa:</source>
        <translation>Key label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói báo cáo:</source>
        <translation>Return package:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do điều chỉnh:</source>
        <translation>Reason for the amendment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chốt và ký số</source>
        <translation>Finalise and sign</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn thư viện của token.</source>
        <translation>Choose the token&apos;s library.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn tệp chứng thư số.</source>
        <translation>Choose the certificate file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn nơi lưu gói báo cáo.</source>
        <translation>Choose where the return package goes.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../gui/dialogs/dossier_action.py" line="+83"/>
        <source>Trạng thái: {status} · Hạn trả: {due}</source>
        <translation>Status: {status} · Due: {due}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— Chọn cán bộ —</source>
        <translation>— Choose a person —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cán bộ xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày hẹn trả mới:</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In phiếu sau khi lưu</source>
        <translation>Print the slip after saving</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssignmentTable</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="+435"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực phụ trách</source>
        <translation>Fields handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="+411"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kết quả *</source>
        <translation>Result *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../gui/dialogs/audit.py" line="-153"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="-320"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tháng sau</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao nhiệm vụ mới</source>
        <translation>New task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tìm nhiệm vụ, người, số văn bản</source>
        <translation>Find a task, person, document number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ quá hạn</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Người chủ trì</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+126"/>
        <source>Chọn một nhiệm vụ trên bảng.</source>
        <translation>Choose a task on the board.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Xem, sửa</source>
        <translation>View, edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <location line="+8"/>
        <source>Xóa dự thảo</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Tất cả đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chuyển %1 nhiệm vụ chưa xong từ %2</source>
        <translation>Carry over %1 unfinished tasks from %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 nhiệm vụ</source>
        <translation>%1 tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 chuyển từ tháng trước</source>
        <translation>%1 carried over from last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hoàn thành</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 trễ hạn)</source>
        <translation>(%1 late)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 đang mở</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quá hạn</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dự thảo</source>
        <translation>%1 drafts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tháng này chưa có nhiệm vụ trong kế hoạch. Bấm “Giao nhiệm vụ mới” hoặc chuyển các nhiệm vụ chưa hoàn thành từ tháng trước.</source>
        <translation>No tasks are planned for this month yet. Press “New task” or carry over last month&apos;s unfinished tasks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có nhiệm vụ nào khớp bộ lọc.</source>
        <translation>No task matches the filters.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Xóa dự thảo “%1”?</source>
        <translation>Delete the draft “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chuyển nhiệm vụ</source>
        <translation>Carry over tasks</translation>
    </message>
</context>
<context>
    <name>ConcurrentDialog</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="+82"/>
        <source>Đơn vị *</source>
        <translation>Office *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— chọn đơn vị —</source>
        <translation>— choose an office —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vị trí kiêm nhiệm</source>
        <translation>Concurrent position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực hồ sơ phụ trách</source>
        <translation>Dossier fields handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../gui/app.py" line="+85"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không mở được cơ sở dữ liệu.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tạo cơ sở dữ liệu</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không tạo được cơ sở dữ liệu.</source>
        <translation>The database could not be created.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/messages.py" line="+132"/>
        <source>Số định danh (CCCD) gồm đúng 12 chữ số</source>
        <translation>The ID number (CCCD) has exactly 12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điện thoại không hợp lệ (ví dụ 0912345678)</source>
        <translation>Not a valid phone number (e.g. 0912345678)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn thủ tục trong danh mục</source>
        <translation>Choose a procedure from the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thủ tục này chưa có thời hạn giải quyết trong danh mục (Cài đặt → Danh mục thủ tục)</source>
        <translation>This procedure has no time limit in the catalogue yet (Settings → Procedure catalogue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập họ tên người nộp hồ sơ</source>
        <translation>Enter the applicant&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán bộ xử lý không có trong danh sách</source>
        <translation>The handler is not on the staff list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Kênh nộp không hợp lệ</source>
        <translation>Not a valid channel</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Ngày tiếp nhận không được sau hôm nay</source>
        <translation>The day of receipt cannot be after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày không được trước ngày tiếp nhận hồ sơ</source>
        <translation>The date cannot be before the dossier was received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lý do (được in trên phiếu)</source>
        <translation>Enter the reason (it is printed on the slip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn cán bộ xử lý</source>
        <translation>Choose a handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày bổ sung không được trước ngày yêu cầu bổ sung</source>
        <translation>The supplement cannot be dated before it was requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày không được trước bước xử lý trước đó của hồ sơ</source>
        <translation>The date cannot be before the dossier&apos;s previous step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày không được sau hôm nay</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hẹn mới phải sau hạn trả hiện tại</source>
        <translation>The new date must be after the current due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên thủ tục</source>
        <translation>Enter the procedure&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lĩnh vực</source>
        <translation>Enter the field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời hạn giải quyết không được âm</source>
        <translation>The time limit cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn ngày</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú dài quá 300 ký tự</source>
        <translation>The note is longer than 300 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên xã, phường</source>
        <translation>Enter the commune&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên tỉnh, thành phố</source>
        <translation>Enter the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền tố mã hồ sơ gồm 1 đến 20 chữ cái, chữ số hoặc dấu chấm</source>
        <translation>The code prefix has 1 to 20 letters, digits or dots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã hồ sơ này đã có</source>
        <translation>This dossier code already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có thủ tục cùng tên</source>
        <translation>A procedure with this name already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị thời hạn không hợp lệ</source>
        <translation>Not a valid time unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn ngày nghỉ hoặc ngày làm bù</source>
        <translation>Choose day off or make-up day</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="+334"/>
        <source>Kinh phí nhu cầu chưa hoàn thành theo nhóm</source>
        <translation>Cost of open needs by category</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kinh phí dự kiến</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tổng: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="+9"/>
        <source>Tên khóa học *</source>
        <translation>Course name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Tập huấn kỹ năng số cho cán bộ xã</source>
        <translation>E.g. Digital skills training for commune staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gui/pages/dashboard.py" line="-283"/>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến hạn trả hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp đến hạn (2 ngày làm việc)</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="-466"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location line="+977"/>
        <source>Tên phòng, đơn vị</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+35"/>
        <source>Ngừng sử dụng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Phòng, đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số người đang công tác</source>
        <translation>People in post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tên trống hoặc trùng với một đơn vị đã có.</source>
        <translation>The name is empty or already used by another office.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location line="-917"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DossierAction</name>
    <message>
        <location filename="../../gui/dialogs/dossier_action.py" line="-103"/>
        <source>Chuyển cán bộ xử lý</source>
        <translation>Hand to a handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yêu cầu bổ sung hồ sơ</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhận hồ sơ bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xin lỗi, hẹn lại ngày trả</source>
        <translation>Apologise, give a new date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả kết quả</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối giải quyết</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút hồ sơ, dừng giải quyết</source>
        <translation>Withdraw, stop processing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày chuyển:</source>
        <translation>Handed over on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày yêu cầu:</source>
        <translation>Requested on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận bổ sung:</source>
        <translation>Supplement received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày gửi phiếu:</source>
        <translation>Slip sent on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày trả kết quả:</source>
        <translation>Result returned on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày từ chối:</source>
        <translation>Rejected on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày rút hồ sơ:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung cần bổ sung (mỗi dòng một mục):</source>
        <translation>What must be supplied (one item per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do từ chối:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do chậm trễ:</source>
        <translation>Reason for the delay:</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../../gui/dialogs/dossier_form.py" line="-444"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>DossierTable</name>
    <message>
        <location filename="../../gui/models/dossier_table.py" line="-270"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán bộ xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày trả</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../gui/pages/dossiers.py" line="-446"/>
        <source>Mọi thời gian</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày … đến ngày</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi hạn trả</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp đến hạn (2 ngày làm việc)</source>
        <translation>Due within 2 working days</translation>
    </message>
</context>
<context>
    <name>EndAssignmentDialog</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="+363"/>
        <source>Ngày kết thúc *</source>
        <translation>End date *</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="-342"/>
        <source>Gửi tỉnh</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phê duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã cấp, bàn giao</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề xuất lại</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Gửi đến</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cơ quan phê duyệt</source>
        <translation>Approving body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị cấp</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan quyết định</source>
        <translation>Deciding body</translation>
    </message>
    <message>
        <location line="+713"/>
        <location line="+28"/>
        <source>Trang thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nhu cầu bổ sung</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiết bị hiện có</source>
        <translation>Equipment on hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khó khăn tại thôn</source>
        <translation>Village problems</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhu cầu chưa hoàn thành: %1 · tổng kinh phí dự kiến: %2</source>
        <translation>Open needs: %1 · total estimated cost: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs/first_run.py" line="+26"/>
        <source>CommuneDesk — Bắt đầu</source>
        <translation>CommuneDesk — Getting started</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chào mừng! Đây là lần đầu mở cơ sở dữ liệu này. Nhập tên xã, phường và tỉnh, thành phố để bắt đầu; có thể sửa sau trong Cài đặt.</source>
        <translation>Welcome! This database is opened for the first time. Enter the commune or ward and the province to begin; you can change them later in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Xã Thượng Tín</source>
        <translation>E.g. Xã Thượng Tín</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn hoặc gõ tên tỉnh, thành phố</source>
        <translation>Choose or type the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã, phường:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dữ liệu được lưu tại: {where}</source>
        <translation>Data is kept in: {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bắt đầu</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nhập cả tên xã, phường và tỉnh, thành phố.</source>
        <translation>Enter both the commune or ward and the province.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../gui/register_widgets.py" line="+246"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Giá trị không hợp lệ.</source>
        <translation>Not a valid value.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/import_messages.py" line="+102"/>
        <source>&apos;%1&apos; không phải số tiền (ghi số đồng, ví dụ 12.000.000)</source>
        <translation>&apos;%1&apos; is not an amount (write đồng, e.g. 12.000.000)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; là số âm</source>
        <translation>&apos;%1&apos; is negative</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;%1&apos; không phải số lượng</source>
        <translation>&apos;%1&apos; is not a quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải số nguyên</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>số %1 quá lớn</source>
        <translation>the number %1 is too large</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&apos;%1&apos; không phải nhóm, lĩnh vực đã biết (%2)</source>
        <translation>&apos;%1&apos; is not a known category (%2)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&apos;%1&apos; của &apos;%2&apos; lặp lại trong tệp (đã có ở dòng %3)</source>
        <translation>&apos;%1&apos; of &apos;%2&apos; appears twice in the file (also row %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; sinh ngày %2 lặp lại trong tệp (đã có ở dòng %3); hãy ghi mã cán bộ cho từng người</source>
        <translation>&apos;%1&apos; born %2 appears twice in the file (also row %3); give each a staff code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; lặp lại trong tệp (đã có ở dòng %2)</source>
        <translation>&apos;%1&apos; appears twice in the file (also row %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; trùng với %2 người cùng ngày sinh; hãy thêm cột Mã cán bộ</source>
        <translation>&apos;%1&apos; matches %2 people with the same birth date; add the staff code column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dòng %1 đã cập nhật &apos;%2&apos;</source>
        <translation>row %1 already updates &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; không phải kênh nộp (Trực tuyến, Trực tiếp, Bưu chính)</source>
        <translation>&apos;%1&apos; is not a channel (Trực tuyến, Trực tiếp, Bưu chính)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; là trạng thái đã kết thúc nhưng cột &apos;%2&apos; để trống</source>
        <translation>&apos;%1&apos; is a closed status but &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có ngày trả kết quả nhưng trạng thái &apos;%1&apos; là chưa kết thúc</source>
        <translation>a closing date is given but the status &apos;%1&apos; is still open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày tiếp nhận</source>
        <translation>is before the received date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>để trống, mà thủ tục &apos;%1&apos; chưa có thời hạn giải quyết trong danh mục</source>
        <translation>is empty and the procedure &apos;%1&apos; has no legal time in the catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không có cán bộ nào mang mã &apos;%1&apos;</source>
        <translation>no staff member has the code &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mã cán bộ &apos;%1&apos; là của %2, không phải &apos;%3&apos;</source>
        <translation>the staff code &apos;%1&apos; is %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không có cán bộ nào tên &apos;%1&apos;</source>
        <translation>no staff member is named &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có %1 cán bộ cùng tên &apos;%2&apos;: hãy ghi mã cán bộ</source>
        <translation>%1 staff members are named &apos;%2&apos;: give the staff code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bắt buộc nhập khi cột &apos;%1&apos; để trống</source>
        <translation>is required when &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày giao %1</source>
        <translation>is before the assigned date %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; không phải đơn vị của cơ quan</source>
        <translation>&apos;%1&apos; is not a department of the office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; là người chủ trì</source>
        <translation>&apos;%1&apos; is the person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; cần có cột &apos;%2&apos;</source>
        <translation>&apos;%1&apos; needs &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có ngày hoàn thành nhưng trạng thái là &apos;%1&apos;</source>
        <translation>a date done is given but the status is &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có ngày hủy nhưng trạng thái là &apos;%1&apos;</source>
        <translation>a cancellation date is given but the status is &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; nhưng thời hạn %2 chưa qua</source>
        <translation>&apos;%1&apos; but the deadline %2 has not passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải trách nhiệm (%2)</source>
        <translation>&apos;%1&apos; is not a responsibility (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; không phải loại văn bản (%2)</source>
        <translation>&apos;%1&apos; is not a kind of document (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải chủ đề (%2)</source>
        <translation>&apos;%1&apos; is not a topic (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải hình thức (%2)</source>
        <translation>&apos;%1&apos; is not a mode (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải kết quả (%2)</source>
        <translation>&apos;%1&apos; is not a result (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày bắt đầu %1</source>
        <translation>is before the start date %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>khác với dòng %1 của cùng khóa học (&apos;%2&apos;)</source>
        <translation>differs from row %1 for the same course (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; có hai lần trong khóa học này (đã có ở dòng %2)</source>
        <translation>&apos;%1&apos; is listed twice for this course (also row %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bắt buộc nhập cho khóa học mới &apos;%1&apos;</source>
        <translation>is required for the new course &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã cán bộ %1 đã dùng cho %2</source>
        <translation>the staff code %1 is already used by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã nhiệm vụ %1 đã được dùng</source>
        <translation>the task code %1 is already used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chọn đơn vị</source>
        <translation>choose a department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chọn người chủ trì trong danh sách cán bộ</source>
        <translation>choose the person in charge from the staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không rõ người hoặc đơn vị phối hợp</source>
        <translation>unknown coordinating person or department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người chủ trì không thể đồng thời là người phối hợp</source>
        <translation>the person in charge cannot also be a coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bắt buộc nhập trước khi giao nhiệm vụ (%1)</source>
        <translation>is required before the task can be assigned (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày giao nhiệm vụ (%1)</source>
        <translation>is before the day the task was assigned (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phải là số nguyên từ 0 trở lên</source>
        <translation>must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phải là số nguyên từ 0 đến 100</source>
        <translation>must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không phải tháng</source>
        <translation>is not a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không thuộc các giá trị %2</source>
        <translation>&apos;%1&apos; is not one of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; không phải loại cán bộ (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)</source>
        <translation>&apos;%1&apos; is not a category (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; không phải mức ưu tiên (%2)</source>
        <translation>&apos;%1&apos; is not a priority (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải trạng thái (%2)</source>
        <translation>&apos;%1&apos; is not a status (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải giới tính (Nam, Nữ)</source>
        <translation>&apos;%1&apos; is not a sex (Nam, Nữ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; không phải nguồn cán bộ (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)</source>
        <translation>&apos;%1&apos; is not an origin (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; là năm, cần ghi đủ ngày/tháng/năm</source>
        <translation>&apos;%1&apos; is a year, not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải là ngày</source>
        <translation>&apos;%1&apos; is not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải tháng (mm/yyyy)</source>
        <translation>&apos;%1&apos; is not a month (mm/yyyy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; không phải tỷ lệ phần trăm từ 0 đến 100</source>
        <translation>&apos;%1&apos; is not a percentage from 0 to 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; không phải số giờ</source>
        <translation>&apos;%1&apos; is not a number of hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; không phải là số</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; nhỏ hơn %2</source>
        <translation>&apos;%1&apos; is below %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quá dài (%1 ký tự, tối đa %2)</source>
        <translation>is too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bắt buộc nhập</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sau ngày hôm nay</source>
        <translation>is after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không trước ngày nhận nhiệm vụ</source>
        <translation>is not before the start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày nhận nhiệm vụ</source>
        <translation>is before the start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước ngày nêu kiến nghị</source>
        <translation>before the day the recommendation was raised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)</source>
        <translation>an ID number has 12 digits (9 for an old identity card)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không phải số điện thoại hợp lệ</source>
        <translation>is not a Vietnamese phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thiếu cột bắt buộc %1</source>
        <translation>the required column %1 is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột %1</source>
        <translation>no header row found: the file needs a row with the columns %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hơn %1 dòng có lỗi (dừng đọc ở dòng %2); không có dữ liệu nào được nhập. Các lỗi đầu tiên:</source>
        <translation>more than %1 rows are at fault (reading stopped at row %2); nothing was imported. The first ones:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng %2)</source>
        <translation>%1: no data rows below the header (row %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: không tìm thấy tệp</source>
        <translation>%1: file not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: tệp trống</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: bảng tính không có trang nào</source>
        <translation>%1: the workbook has no sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)</source>
        <translation>%1: not a spreadsheet (.xlsx, .xls, .ods or .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: không đọc được bảng tính</source>
        <translation>%1: the spreadsheet cannot be read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: không phải văn bản UTF-8 (hãy lưu CSV dạng UTF-8)</source>
        <translation>%1: not UTF-8 text (save the CSV as UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: không phải tệp CSV dạng văn bản</source>
        <translation>%1: not a CSV text file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: không đọc được tệp CSV</source>
        <translation>%1: unreadable CSV</translation>
    </message>
    <message>
        <location filename="../../gui/register_widgets.py" line="+74"/>
        <source>Nhập từ tệp Excel</source>
        <translation>Import from an Excel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="-567"/>
        <source>Sửa thiết bị</source>
        <translation>Edit the item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm thiết bị hiện có</source>
        <translation>Add equipment on hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên thiết bị.</source>
        <translation>Enter the item&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng phải là số nguyên từ 0 trở lên.</source>
        <translation>The quantity must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm trang bị không hợp lệ.</source>
        <translation>Not a valid year of acquisition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên thiết bị *</source>
        <translation>Item *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm trang bị</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location line="+305"/>
        <source>Tìm tên thiết bị, địa điểm…</source>
        <translation>Find an item, a place…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả nhóm</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi tình trạng</source>
        <translation>Any condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm thiết bị</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tên thiết bị</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm trang bị</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 dòng · tổng số lượng %2 (%3)</source>
        <translation>%1 lines · total quantity %2 (%3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Xóa thiết bị</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Xóa “%1” khỏi danh sách thiết bị hiện có?</source>
        <translation>Delete “%1” from the equipment on hand?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gui/dialogs/login.py" line="+21"/>
        <source>CommuneDesk — Đăng nhập</source>
        <translation>CommuneDesk — Log in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập tên đăng nhập và mật khẩu của bạn.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dữ liệu: {db}</source>
        <translation>Data: {db}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter the user name and the password.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa đến {time}, hoặc đến khi quản trị viên đặt mật khẩu mới.</source>
        <translation>Too many wrong passwords: the account is locked until {time}, or until an administrator sets a new password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tài khoản này đã bị ngừng sử dụng. Hãy liên hệ quản trị viên.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+177"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếp nhận hồ sơ mới…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập hồ sơ từ Excel…</source>
        <translation>Import dossiers from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất danh sách hồ sơ ra Excel…</source>
        <translation>Export the dossier list to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục dữ liệu từ bản sao lưu…</source>
        <translation>Restore the data from a backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>Tìm hồ sơ</source>
        <translation>Find a dossier</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+55"/>
        <source>Giới thiệu CommuneDesk</source>
        <translation>About CommuneDesk</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>Take in a new dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập hồ sơ từ Excel</source>
        <translation>Import dossiers from Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xuất danh sách hồ sơ ra Excel</source>
        <translation>Export the dossier list to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Làm mới trang</source>
        <translation>Refresh the page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển trang</source>
        <translation>Go to a page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mở hồ sơ đang chọn</source>
        <translation>Open the selected dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CommuneDesk {version}: sổ theo dõi hồ sơ thủ tục hành chính, nhân sự, trang thiết bị và báo cáo định kỳ của Ủy ban nhân dân cấp xã. Hoạt động không cần mạng.</source>
        <translation>CommuneDesk {version}: the register of administrative procedure dossiers, staff, equipment and periodic returns of a commune People&apos;s Committee. Works without a network.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UBND {commune}, {province}</source>
        <translation>People&apos;s Committee of {commune}, {province}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa đặt tên xã, phường (Cài đặt)</source>
        <translation>No commune name yet (Settings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu: {db}</source>
        <translation>Data: {db}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Người dùng: {user}</source>
        <translation>User: {user}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../gui/register_widgets.py" line="-19"/>
        <source>%1 tỷ</source>
        <translation>%1 billion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 triệu</source>
        <translation>%1 million</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="-66"/>
        <source>%1 — hiện ở: %2</source>
        <translation>%1 — now in: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị mới *</source>
        <translation>New office *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— chọn đơn vị —</source>
        <translation>— choose an office —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lĩnh vực hồ sơ phụ trách</source>
        <translation>Dossier fields handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phân công hiện tại kết thúc vào ngày chuyển; từ ngày đó người này được tính ở đơn vị mới.</source>
        <translation>The current assignment ends on the day of the move; from that day the person counts in the new office.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../gui/pages/__init__.py" line="+15"/>
        <location filename="../../gui/pages/dashboard.py" line="+71"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/pages/dossiers.py" line="+38"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân sự</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch công tác</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/pages/settings.py" line="-284"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NeedActionDialog</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="-435"/>
        <source>Ngày không hợp lệ: không trước bước trước và không sau hôm nay.</source>
        <translation>Not a valid date: not before the previous step and not after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập cơ quan quyết định.</source>
        <translation>Enter the deciding body.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng cấp phải lớn hơn 0.</source>
        <translation>The quantity supplied must be more than 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tình trạng.</source>
        <translation>Choose the condition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VD: UBND tỉnh, Sở Tài chính</source>
        <translation>E.g. Provincial People&apos;s Committee, Department of Finance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số văn bản, ghi chú</source>
        <translation>Document number, note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số lượng nhận</source>
        <translation>Quantity received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng nhận được cộng vào thiết bị hiện có tại địa điểm của nhu cầu.</source>
        <translation>The quantity received is added to the equipment on hand at the need&apos;s place.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location line="-91"/>
        <source>Sửa nhu cầu</source>
        <translation>Edit the need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm nhu cầu</source>
        <translation>Add a need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên hạng mục.</source>
        <translation>Enter the item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn nhóm.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng cần bổ sung phải là số nguyên từ 0 trở lên.</source>
        <translation>The quantity needed must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng hiện có phải là số nguyên từ 0 trở lên.</source>
        <translation>The quantity on hand must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá không hợp lệ (số đồng, ví dụ 12.000.000).</source>
        <translation>Not a valid unit cost (đồng, e.g. 12.000.000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn mức ưu tiên.</source>
        <translation>Choose a priority.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạng mục *</source>
        <translation>Item *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Máy tính để bàn, phòng họp trực tuyến</source>
        <translation>E.g. Desktop computer, online meeting room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Bộ, Chiếc, Phòng</source>
        <translation>E.g. Set, Piece, Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện có</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần bổ sung *</source>
        <translation>Needed *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá dự kiến (đồng)</source>
        <translation>Estimated unit cost (đồng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trụ sở UBND xã, thôn…</source>
        <translation>Commune office, village…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location line="+254"/>
        <source>Tìm hạng mục, địa điểm, lý do…</source>
        <translation>Find an item, a place, a reason…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả nhóm</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi mức ưu tiên</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thêm nhu cầu</source>
        <translation>Add a need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chuyển trạng thái:</source>
        <translation>Change status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hạng mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện có</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần bổ sung</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá dự kiến</source>
        <translation>Estimated unit cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền (đồng)</source>
        <translation>Amount (đồng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+11"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Cơ quan</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lịch sử trạng thái</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đang hiển thị %1 nhu cầu · số lượng %2 · kinh phí dự kiến %3 · trong đó chưa hoàn thành %4: %5</source>
        <translation>Showing %1 needs · quantity %2 · estimated cost %3 · of which open %4: %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn một nhu cầu để xem lịch sử.</source>
        <translation>Choose a need to see its history.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đã nhận %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Xóa nhu cầu</source>
        <translation>Delete the need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa nhu cầu “%1”?</source>
        <translation>Delete the need “%1”?</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../gui/ops.py" line="+22"/>
        <location line="+43"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Tệp chưa được nhập: {n} dòng có lỗi. Không có dữ liệu nào bị ghi. Sửa các dòng dưới đây trong tệp rồi nhập lại.</source>
        <translation>The file was not imported: {n} rows have errors. Nothing was written. Correct the rows below in the file, then import it again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lỗi</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="-245"/>
        <source>Cán bộ: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã cán bộ</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Công nghệ thông tin</source>
        <translation>E.g. Information technology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận nhiệm vụ</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày thôi việc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị *</source>
        <translation>Office *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— chọn đơn vị —</source>
        <translation>— choose an office —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực hồ sơ phụ trách</source>
        <translation>Dossier fields handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Hộ tịch; Chứng thực</source>
        <translation>E.g. Hộ tịch; Chứng thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: 0912 345 678</source>
        <translation>E.g. 0912 345 678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quá trình công tác</source>
        <translation>Work history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chuyển đơn vị…</source>
        <translation>Move to another office…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm kiêm nhiệm…</source>
        <translation>Add a concurrent post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc kiêm nhiệm…</source>
        <translation>End the concurrent post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn tác lần chuyển cuối</source>
        <translation>Undo the last move</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="+324"/>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp giao</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bồi dưỡng</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— Chọn cán bộ —</source>
        <translation>— Choose a person —</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chủ trì %1 nhiệm vụ: %2 đang mở, %3 quá hạn · %4 khóa bồi dưỡng</source>
        <translation>In charge of %1 tasks: %2 open, %3 overdue · %4 training courses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Còn thiếu bồi dưỡng bắt buộc: %1</source>
        <translation>Required training still missing: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../gui/main_window.py" line="-228"/>
        <source>Trang này chưa mở được:</source>
        <translation>This page could not be opened:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="+369"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chuyên môn</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Định biên</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện có</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiếu</source>
        <translation>Shortage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thừa</source>
        <translation>Surplus</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location line="+162"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thêm dòng…</source>
        <translation>Add a row…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa dòng</source>
        <translation>Delete the row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập định biên từ Excel…</source>
        <translation>Import the staffing plan from Excel…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Định biên: %1 · Hiện có: %2 · Thiếu: %3 · Thừa: %4</source>
        <translation>Quota: %1 · In post: %2 · Shortage: %3 · Surplus: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>Xóa dòng định biên</source>
        <translation>Delete the quota row</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Xóa định biên %1 — %2?</source>
        <translation>Delete the quota %1 — %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="-265"/>
        <source>Sửa khó khăn tại thôn</source>
        <translation>Edit the village problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khó khăn tại thôn</source>
        <translation>Add a village problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập tên thôn hoặc địa điểm.</source>
        <translation>Enter the village or place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn loại khó khăn.</source>
        <translation>Choose the kind of problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hộ phải là số nguyên từ 0 trở lên.</source>
        <translation>The number of households must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày bắt đầu không được sau hôm nay.</source>
        <translation>The start date cannot be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày khắc phục không được trước ngày bắt đầu.</source>
        <translation>The date fixed cannot be before the start date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thôn, địa điểm *</source>
        <translation>Village, place *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VD: Thôn Đồng Tâm</source>
        <translation>E.g. Thôn Đồng Tâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khó khăn</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bắt đầu</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hộ bị ảnh hưởng</source>
        <translation>Households affected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày khắc phục</source>
        <translation>Fixed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="-1118"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="-166"/>
        <source>Đơn vị *</source>
        <translation>Office *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— chọn đơn vị —</source>
        <translation>— choose an office —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn *</source>
        <translation>Specialty *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Kế toán</source>
        <translation>E.g. Accounting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Định biên *</source>
        <translation>Quota *</translation>
    </message>
</context>
<context>
    <name>RecActionDialog</name>
    <message>
        <location filename="../../gui/pages/recommendations.py" line="+165"/>
        <source>Ngày không hợp lệ: không trước bước trước và không sau hôm nay.</source>
        <translation>Not a valid date: not before the previous step and not after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập nội dung trả lời nhận được.</source>
        <translation>Enter the answer received.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày trả lời</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ quan trả lời</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gửi đến</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nội dung trả lời *</source>
        <translation>Answer *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số văn bản, ghi chú</source>
        <translation>Document number, note</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location line="-112"/>
        <source>Sửa kiến nghị</source>
        <translation>Edit the recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khó khăn, kiến nghị</source>
        <translation>Add a difficulty or recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập nội dung khó khăn, kiến nghị.</source>
        <translation>Enter the difficulty or recommendation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn lĩnh vực.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nêu không được sau hôm nay.</source>
        <translation>The day raised cannot be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhu cầu liên quan không còn trong danh sách.</source>
        <translation>A linked need is no longer on the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiếu nhân sự cần có đơn vị.</source>
        <translation>A staff shortage needs an office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Thiếu 02 công chức chuyên ngành công nghệ thông tin…</source>
        <translation>E.g. Short of 2 IT civil servants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nêu</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan tiếp nhận</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhu cầu liên quan</source>
        <translation>Linked needs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(Chưa có nhu cầu trang thiết bị nào)</source>
        <translation>(No equipment needs yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiếu nhân sự liên quan</source>
        <translation>Linked staff shortages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(Chưa có đơn vị, kế hoạch biên chế: thêm bên dưới)</source>
        <translation>(No offices or staffing plan yet: add them below)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chuyên môn</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location line="-96"/>
        <source>Gửi kiến nghị</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận trả lời</source>
        <translation>Record the answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiến nghị lại</source>
        <translation>Raise again</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Khó khăn, kiến nghị</source>
        <translation>Difficulties and recommendations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tìm nội dung, cơ quan, trả lời…</source>
        <translation>Find content, a body, an answer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có trả lời</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả lĩnh vực</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thêm kiến nghị</source>
        <translation>Add a recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chuyển trạng thái:</source>
        <translation>Change status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày nêu</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan tiếp nhận</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ngày trả lời</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tổng số %1 kiến nghị (%2)</source>
        <translation>%1 recommendations in all (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang hiển thị %1 kiến nghị</source>
        <translation>Showing %1 recommendations</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chọn một kiến nghị để xem chi tiết và lịch sử.</source>
        <translation>Choose a recommendation to see its details and history.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lĩnh vực: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi đến: %1</source>
        <translation>Sent to: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trả lời (%1, %2): %3</source>
        <translation>Answer (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhu cầu liên quan:</source>
        <translation>Linked needs:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thiếu nhân sự liên quan:</source>
        <translation>Linked staff shortages:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Xóa kiến nghị</source>
        <translation>Delete the recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa kiến nghị “%1”?</source>
        <translation>Delete the recommendation “%1”?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../gui/pages/reports.py" line="+53"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Báo cáo của xã, phường</source>
        <translation>The commune&apos;s return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng hợp nhiều xã, phường</source>
        <translation>Consolidate several communes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tháng (dương lịch)</source>
        <translation>Calendar month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ chốt số liệu: ngày 15 tháng trước đến ngày 14 (NĐ 09/2019)</source>
        <translation>Reporting period: 15th of the previous month to the 14th (Decree 09/2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khoảng thời gian tùy chọn</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày / đến ngày:</source>
        <translation>From / to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại kỳ:</source>
        <translation>Kind of period:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận
tổng số</source>
        <translation>Received
total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trong kỳ
trực tuyến</source>
        <translation>In period
online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tiếp,
bưu chính</source>
        <translation>Direct,
postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ kỳ
trước</source>
        <translation>Carried
over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã giải
quyết</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước
hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đúng
hạn</source>
        <translation>On
time</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Quá
hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Đang giải
quyết</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trong
hạn</source>
        <translation>Within
time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Biểu số II.06a/VPCP/KSTT: cột (3) đến (13)</source>
        <translation>Form II.06a/VPCP/KSTT: columns (3) to (13)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>15/BC-UBND (trống: ghi tay)</source>
        <translation>15/BC-UBND (empty: written by hand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trống: ghi tay khi ký</source>
        <translation>empty: written by hand when signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người lập:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch ký:</source>
        <translation>Signed by the chairperson:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PDF để in…</source>
        <translation>Export PDF to print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở tệp vừa lưu</source>
        <translation>Open the file saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+267"/>
        <source>Kiểm tra gói báo cáo…</source>
        <translation>Check a return package…</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Kiểm tra chữ ký số của gói báo cáo (.cdpkg) hoặc tệp PDF đã ký</source>
        <translation>Check the signature of a return package (.cdpkg) or a signed PDF</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Từ ngày %1 đến ngày %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chưa có hồ sơ đã giải quyết</source>
        <translation>no dossiers settled yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, kỳ %2: tiếp nhận &lt;b&gt;%3&lt;/b&gt; hồ sơ (trực tuyến %4), từ kỳ trước %5; đã giải quyết &lt;b&gt;%6&lt;/b&gt;, tỷ lệ trước hạn, đúng hạn &lt;b&gt;%7&lt;/b&gt;; đang giải quyết %8, trong đó quá hạn &lt;b&gt;%9&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, period %2: received &lt;b&gt;%3&lt;/b&gt; dossiers (online %4), carried over %5; settled &lt;b&gt;%6&lt;/b&gt;, early or on time &lt;b&gt;%7&lt;/b&gt;; pending %8, of which overdue &lt;b&gt;%9&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kiểm tra số học của biểu: đạt.</source>
        <translation>Arithmetic check of the form: passed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra số học của biểu: SAI.</source>
        <translation>Arithmetic check of the form: FAILED.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 điểm)</source>
        <translation> (%1 points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ số 766, ước tính nội bộ: </source>
        <translation>766 index, internal estimate: </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+261"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+261"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+261"/>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Lưu báo cáo</source>
        <translation>Save the return</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Đang lập báo cáo…</source>
        <translation>Preparing the return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập báo cáo</source>
        <translation>Prepare the return</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+245"/>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Đã hủy; không có tệp nào được ghi.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>The return could not be prepared: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã chốt phiên bản %1, ký số bởi %2; gói báo cáo: %3</source>
        <translation>Finalised version %1, signed by %2; return package: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chọn các gói báo cáo (.cdpkg) đã ký số hoặc sổ báo cáo (.xlsx) do CommuneDesk lập ở các xã, phường, cùng một kỳ. Gói có tệp bị sửa, chữ ký không hợp lệ hoặc không thuộc chứng thư gốc tin cậy, tệp không do chương trình lập hoặc trùng xã và kỳ sẽ bị từ chối; hai gói cùng xã và kỳ: lấy phiên bản mới hơn.</source>
        <translation>Choose the signed return packages (.cdpkg) or return workbooks (.xlsx) that CommuneDesk made in the communes, all of one period. A package with a changed file, an invalid signature or a certificate outside the trusted roots, a file the program did not make, or the same commune and period twice is refused; of two packages of one commune and period, the later version is taken.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Chọn báo cáo của các xã, phường</source>
        <translation>Choose the communes&apos; returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói báo cáo hoặc sổ Excel (*.cdpkg *.xlsx);;Gói báo cáo (*.cdpkg);;Sổ Excel (*.xlsx)</source>
        <translation>Return packages or workbooks (*.cdpkg *.xlsx);;Return packages (*.cdpkg);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa danh sách</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng hợp</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn chứng thư gốc tin cậy</source>
        <translation>Choose the trusted root certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn danh sách xã, phường của tỉnh</source>
        <translation>Choose the province&apos;s list of communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách (*.csv *.txt);;Tất cả (*)</source>
        <translation>Lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhận cả gói chưa ký số (ghi rõ trong báo cáo tổng hợp)</source>
        <translation>Accept unsigned packages too (marked so in the consolidation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng thư gốc tin cậy:</source>
        <translation>Trusted roots:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách xã, phường:</source>
        <translation>List of communes:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang quá hạn</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất Excel tổng hợp…</source>
        <translation>Export the consolidation to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PDF tổng hợp…</source>
        <translation>Export the consolidation to PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất JSON tổng hợp…</source>
        <translation>Export the consolidation to JSON…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidated returns</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 đơn vị, kỳ %2 – %3: tiếp nhận %4 hồ sơ, đã giải quyết %5, tỷ lệ trước hạn, đúng hạn %6; đang giải quyết quá hạn %7.</source>
        <translation>%1 communes, period %2 – %3: received %4 dossiers, settled %5, early or on time %6; pending overdue %7.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa gửi báo cáo (%1 đơn vị): %2</source>
        <translation>Not reported (%1 units): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tất cả các đơn vị trong danh sách đã gửi báo cáo.</source>
        <translation>Every unit on the list has reported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có trong danh sách: %1</source>
        <translation>Not on the list: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: lấy gói phiên bản %2 (%3), thay gói phiên bản %4 (%5)</source>
        <translation>%1: package version %2 (%3) taken, replacing version %4 (%5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói chưa ký số được chấp nhận: %1</source>
        <translation>Unsigned packages accepted: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Save the consolidated return</translation>
    </message>
</context>
<context>
    <name>RequiredTab</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="+965"/>
        <source>Chủ đề bắt buộc theo vị trí việc làm</source>
        <translation>Required topics by job position</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiệu lực</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tháng</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không thời hạn</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm yêu cầu</source>
        <translation>Add a requirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Bỏ yêu cầu</source>
        <translation>Remove the requirement</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cán bộ chưa được bồi dưỡng theo yêu cầu (tính đến hôm nay)</source>
        <translation>Staff missing required training (as of today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn thiếu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 người còn thiếu chủ đề bắt buộc.</source>
        <translation>%1 people are missing a required topic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không ai thiếu chủ đề bắt buộc.</source>
        <translation>Nobody is missing a required topic.</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location line="-229"/>
        <source>Vị trí việc làm *</source>
        <translation>Job position *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiệu lực (tháng)</source>
        <translation>Valid for (months)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không thời hạn</source>
        <translation>No expiry</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/pages/settings.py" line="-137"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>ShortageChart</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="+35"/>
        <source>Thiếu theo chuyên môn ngày %1 — tổng thiếu: %2</source>
        <translation>Shortage by specialty on %1 — total shortage: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Định biên</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện có</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiếu</source>
        <translation>Shortage</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="+327"/>
        <source>Thôn / khó khăn</source>
        <translation>Village / problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số hộ ảnh hưởng</source>
        <translation>Households affected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày khắc phục</source>
        <translation>Fixed on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tìm thôn…</source>
        <translation>Find a village…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi loại khó khăn</source>
        <translation>Any kind of problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi tình trạng</source>
        <translation>Any condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa khắc phục xong</source>
        <translation>Not fixed yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm khó khăn</source>
        <translation>Add a problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Đã khắc phục</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 khó khăn, %2 chưa khắc phục xong</source>
        <translation>%1 problems, %2 not fixed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 khó khăn, đã khắc phục hết</source>
        <translation>%1 problems, all fixed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 thôn, điểm · %2 khó khăn · %3 chưa khắc phục xong · khoảng %4 hộ bị ảnh hưởng</source>
        <translation>%1 villages or places · %2 problems · %3 not fixed yet · about %4 households affected</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>Xóa khó khăn</source>
        <translation>Delete the problem</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Xóa khó khăn tại “%1”?</source>
        <translation>Delete the problem at “%1”?</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <location filename="../../gui/slips.py" line="+17"/>
        <source>Giấy tiếp nhận, hẹn trả (Mẫu 01)</source>
        <translation>Receipt and appointment (Form 01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiếu yêu cầu bổ sung (Mẫu 02)</source>
        <translation>Supplement request (Form 02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiếu từ chối (Mẫu 03)</source>
        <translation>Rejection slip (Form 03)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiếu xin lỗi, hẹn lại (Mẫu 04)</source>
        <translation>Apology, new date (Form 04)</translation>
    </message>
</context>
<context>
    <name>StaffListTab</name>
    <message>
        <location filename="../../gui/pages/staff.py" line="-278"/>
        <source>Tìm theo tên, mã, số điện thoại, CCCD…</source>
        <translation>Search by name, code, phone, ID number…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mọi loại</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mọi nguồn</source>
        <translation>Any origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang công tác ngày</source>
        <translation>In post on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm cán bộ…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem, sửa…</source>
        <translation>View, edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển đơn vị…</source>
        <translation>Move to another office…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import the list from Excel…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mọi đơn vị</source>
        <translation>Any office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi chuyên môn</source>
        <translation>Any specialty</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 người (%2 đang công tác)</source>
        <translation>%1 people (%2 in post)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="-461"/>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm cán bộ</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Chuyển đơn vị</source>
        <translation>Move to another office</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Thêm kiêm nhiệm</source>
        <translation>Add a concurrent post</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kết thúc kiêm nhiệm</source>
        <translation>End the concurrent post</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Không công tác vào ngày đang xem</source>
        <translation>Not in post on the day shown</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Nhấp đúp để sửa</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thêm dòng định biên</source>
        <translation>Add a quota row</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Nhập danh sách cán bộ</source>
        <translation>Import the staff list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập định biên</source>
        <translation>Import the staffing plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhân sự</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danh sách cán bộ</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Định biên và thiếu hụt</source>
        <translation>Staffing plan and shortages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng, đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: đã thêm %2, cập nhật %3.</source>
        <translation>%1: added %2, updated %3.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location line="-610"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận nhiệm vụ</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày thôi việc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiêm nhiệm</source>
        <translation>Concurrent</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="-517"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiến độ (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sản phẩm, số văn bản</source>
        <translation>Output, document number</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nội dung *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location line="-161"/>
        <source>Nhiệm vụ được giao khi đủ 6 rõ: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền. Thiếu thông tin thì lưu dự thảo.</source>
        <translation>A task is assigned once the “6 clear” are given: clear person, task, time, responsibility, output and authority. With something missing, save it as a draft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhiệm vụ (rõ việc) *</source>
        <translation>Task (clear task) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: Rà soát, giải quyết hồ sơ đất đai tồn đọng</source>
        <translation>E.g. Review and settle the backlog of land dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung, yêu cầu</source>
        <translation>Content, requirements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Người chủ trì (rõ người) *</source>
        <translation>Person in charge (clear person) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Chọn người chủ trì —</source>
        <translation>— Choose the person in charge —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đơn vị chủ trì</source>
        <translation>Office in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo đơn vị của người chủ trì</source>
        <translation>The office of the person in charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời hạn (rõ thời gian) *</source>
        <translation>Deadline (clear time) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trách nhiệm (rõ trách nhiệm) *</source>
        <translation>Responsibility (clear responsibility) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sản phẩm (rõ sản phẩm) *</source>
        <translation>Output (clear output) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo, Quyết định, Hồ sơ…</source>
        <translation>Report, Decision, File…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp giao (rõ thẩm quyền) *</source>
        <translation>Assigned by (clear authority) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch UBND xã…</source>
        <translation>Commune chairperson…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người phối hợp</source>
        <translation>People coordinating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị phối hợp</source>
        <translation>Offices coordinating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Văn bản giao</source>
        <translation>Assigning document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Không —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VD: 15-TB/TU</source>
        <translation>E.g. 15-TB/TU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày giao</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã nhiệm vụ</source>
        <translation>Task code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự thảo (chưa giao)</source>
        <translation>Draft (not assigned)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giao nhiệm vụ</source>
        <translation>Assign the task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu dự thảo</source>
        <translation>Save as draft</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location line="-320"/>
        <source>Rõ người</source>
        <translation>Clear person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rõ việc</source>
        <translation>Clear task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rõ thời gian</source>
        <translation>Clear time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rõ trách nhiệm</source>
        <translation>Clear responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rõ sản phẩm</source>
        <translation>Clear output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rõ thẩm quyền</source>
        <translation>Clear authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bắt đầu thực hiện</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo tiến độ</source>
        <translation>Report progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy nhiệm vụ</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1265"/>
        <source>Kế hoạch công tác</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bảng nhiệm vụ</source>
        <translation>Task board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ bồi dưỡng</source>
        <translation>Training register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bồi dưỡng bắt buộc</source>
        <translation>Required training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo cá nhân</source>
        <translation>By person</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location line="-344"/>
        <source>Tất cả chủ đề</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tìm khóa học</source>
        <translation>Find a course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm khóa học</source>
        <translation>Add a course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import the list from Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Danh sách tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm người</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi kết quả</source>
        <translation>Change the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Năm %1: %2 khóa học kết thúc, %3 giờ, %4 người được bồi dưỡng (%5 lượt)</source>
        <translation>Year %1: %2 courses finished, %3 hours, %4 people trained (%5 attendances)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Danh sách tham gia: chọn một khóa học.</source>
        <translation>Participants: choose a course.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danh sách tham gia: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+8"/>
        <source>Xóa khóa học</source>
        <translation>Delete the course</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Xóa khóa học “%1” và danh sách tham gia?</source>
        <translation>Delete the course “%1” and its participants?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location line="-233"/>
        <source>Sửa khóa học</source>
        <translation>Edit the course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khóa học</source>
        <translation>Add a course</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Kết quả bồi dưỡng</source>
        <translation>Training result</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bồi dưỡng bắt buộc theo vị trí việc làm</source>
        <translation>Required training by job position</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/pages/equipment.py" line="-666"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{value}&apos; nhỏ hơn {minimum}</source>
        <comment>below</comment>
        <translation>&apos;{value}&apos; is below {minimum}</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <comment>cancelled</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>{name}: danh sách xã, phường phải là tệp CSV dạng văn bản UTF-8</source>
        <comment>consolidate.communes_not_text</comment>
        <translation>{name}: the list of communes must be a UTF-8 CSV text file</translation>
    </message>
    <message>
        <source>một tệp bị từ chối</source>
        <comment>consolidate.file_refused</comment>
        <translation>a file was refused</translation>
    </message>
    <message>
        <source>{count:n} tệp bị từ chối</source>
        <comment>consolidate.files_refused</comment>
        <translation>{count:n} files were refused</translation>
    </message>
    <message>
        <source>{name}: danh sách không có tên xã, phường nào</source>
        <comment>consolidate.no_communes</comment>
        <translation>{name}: no commune names in it</translation>
    </message>
    <message>
        <source>{name} và {other}: cùng xã, kỳ và phiên bản {version} nhưng số liệu khác nhau</source>
        <comment>consolidate.same_version_differs</comment>
        <translation>{name} and {other}: the same commune, period and version {version} with different figures</translation>
    </message>
    <message>
        <source>ngày không hợp lệ (dd/mm/yyyy)</source>
        <comment>date_format</comment>
        <translation>is not a date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Cần trình điều khiển psycopg để dùng PostgreSQL mà máy này chưa cài: pip install &quot;communedesk[postgres]&quot;</source>
        <comment>db.postgres_driver_missing</comment>
        <translation>PostgreSQL needs the psycopg driver, which is not installed: pip install &quot;communedesk[postgres]&quot;</translation>
    </message>
    <message>
        <source>không được sau ngày hôm nay</source>
        <comment>future</comment>
        <translation>is after today</translation>
    </message>
    <message>
        <source>{name}: cơ sở dữ liệu không nhận một giá trị, không có dữ liệu nào được nhập ({reason})</source>
        <comment>import.database_refused</comment>
        <translation>{name}: the database refused a value, nothing was imported ({reason})</translation>
    </message>
    <message>
        <source>{name}: tệp trống</source>
        <comment>import.empty_file</comment>
        <translation>{name}: the file is empty</translation>
    </message>
    <message>
        <source>thiếu cột bắt buộc {names:q}</source>
        <comment>import.missing_column</comment>
        <translation>missing required column {names:q}</translation>
    </message>
    <message>
        <source>thiếu cột bắt buộc {names:q}</source>
        <comment>import.missing_columns</comment>
        <translation>missing required columns {names:q}</translation>
    </message>
    <message>
        <source>… và {count:n} lỗi khác</source>
        <comment>import.more_errors</comment>
        <translation>… and {count:n} more errors</translation>
    </message>
    <message>
        <source>không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột {names:q}</source>
        <comment>import.no_header</comment>
        <translation>no header row found: the file needs a row with the columns {names:q}</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.dossiers</comment>
        <translation>{name}: no dossier rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.equipment</comment>
        <translation>{name}: no need rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.recommendations</comment>
        <translation>{name}: no recommendation rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.staff</comment>
        <translation>{name}: no staff rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.staffing</comment>
        <translation>{name}: no staffing rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.tasks</comment>
        <translation>{name}: no task rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {header})</source>
        <comment>import.no_rows.training</comment>
        <translation>{name}: no attendance rows below the header (row {header})</translation>
    </message>
    <message>
        <source>{name}: bảng tính không có trang nào</source>
        <comment>import.no_sheet</comment>
        <translation>{name}: the workbook has no sheet</translation>
    </message>
    <message>
        <source>{name}: không tìm thấy tệp</source>
        <comment>import.no_such_file</comment>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <source>{name}: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)</source>
        <comment>import.not_a_spreadsheet</comment>
        <translation>{name}: not a spreadsheet (.xlsx, .xls, .ods or .csv expected)</translation>
    </message>
    <message>
        <source>{name}: không phải tệp CSV dạng văn bản</source>
        <comment>import.not_csv</comment>
        <translation>{name}: not a CSV text file</translation>
    </message>
    <message>
        <source>{name}: không phải văn bản UTF-8 (hãy lưu CSV dạng UTF-8)</source>
        <comment>import.not_utf8</comment>
        <translation>{name}: not UTF-8 text (save the CSV as UTF-8)</translation>
    </message>
    <message>
        <source>Tệp có {count:n} lỗi, không có dòng nào được nhập. Lỗi đầu tiên: {first}</source>
        <comment>import.refused</comment>
        <translation>The file has {count:n} errors; no row was imported. The first: {first}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; lặp lại trong tệp (đã có ở dòng {first})</source>
        <comment>import.repeated</comment>
        <translation>&apos;{value}&apos; appears twice in the file (also row {first})</translation>
    </message>
    <message>
        <source>hơn {limit:n} dòng có lỗi (dừng đọc ở dòng {at}); không có dữ liệu nào được nhập. Các lỗi đầu tiên:</source>
        <comment>import.too_many_errors</comment>
        <translation>more than {limit:n} rows are at fault (reading stopped at row {at}); nothing was imported. The first ones:</translation>
    </message>
    <message>
        <source>không có loại dữ liệu nhập &apos;{kind}&apos; (có: {known})</source>
        <comment>import.unknown_kind</comment>
        <translation>unknown import kind &apos;{kind}&apos; (known: {known})</translation>
    </message>
    <message>
        <source>{name}: không đọc được tệp CSV ({reason})</source>
        <comment>import.unreadable_csv</comment>
        <translation>{name}: unreadable CSV ({reason})</translation>
    </message>
    <message>
        <source>{name}: không đọc được bảng tính</source>
        <comment>import.unreadable_spreadsheet</comment>
        <translation>{name}: not a readable spreadsheet</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; là số âm</source>
        <comment>negative</comment>
        <translation>&apos;{value}&apos; is negative</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải là ngày</source>
        <comment>not_a_date</comment>
        <translation>&apos;{value}&apos; is not a date</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải là số</source>
        <comment>not_a_number</comment>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải số nguyên</source>
        <comment>not_a_whole_number</comment>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>không tìm thấy {what} (số {id})</source>
        <comment>not_found</comment>
        <translation>no {what} with id {id}</translation>
    </message>
    <message>
        <source>phân công</source>
        <comment>noun.assignment</comment>
        <translation>assignment</translation>
    </message>
    <message>
        <source>lượt tham gia</source>
        <comment>noun.attendance</comment>
        <translation>attendance</translation>
    </message>
    <message>
        <source>khóa học</source>
        <comment>noun.course</comment>
        <translation>course</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <comment>noun.department</comment>
        <translation>department</translation>
    </message>
    <message>
        <source>hồ sơ</source>
        <comment>noun.dossier</comment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>thiết bị</source>
        <comment>noun.equipment</comment>
        <translation>equipment</translation>
    </message>
    <message>
        <source>nhu cầu</source>
        <comment>noun.need</comment>
        <translation>need</translation>
    </message>
    <message>
        <source>dòng định biên</source>
        <comment>noun.plan_row</comment>
        <translation>plan row</translation>
    </message>
    <message>
        <source>kiến nghị</source>
        <comment>noun.recommendation</comment>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>yêu cầu bồi dưỡng</source>
        <comment>noun.required_training</comment>
        <translation>required training</translation>
    </message>
    <message>
        <source>khó khăn ở cơ sở</source>
        <comment>noun.site_problem</comment>
        <translation>site problem</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <comment>noun.staff_member</comment>
        <translation>staff member</translation>
    </message>
    <message>
        <source>nhiệm vụ</source>
        <comment>noun.task</comment>
        <translation>task</translation>
    </message>
    <message>
        <source>số liệu của gói bị hỏng ({detail})</source>
        <comment>package.bad_data</comment>
        <translation>the package&apos;s data is damaged ({detail})</translation>
    </message>
    <message>
        <source>bản kê của gói bị hỏng ({detail})</source>
        <comment>package.bad_manifest</comment>
        <translation>the package&apos;s manifest is damaged ({detail})</translation>
    </message>
    <message>
        <source>tên tệp không hợp lệ trong gói: {file}</source>
        <comment>package.bad_name</comment>
        <translation>a file name not allowed in a package: {file}</translation>
    </message>
    <message>
        <source>bản kê khác với nội dung đã ký trong PDF ({what})</source>
        <comment>package.binding_mismatch</comment>
        <translation>the manifest differs from what was signed in the PDF ({what})</translation>
    </message>
    <message>
        <source>tệp {file} đã bị thay đổi (mã SHA-256 khác bản kê)</source>
        <comment>package.checksum</comment>
        <translation>{file} was changed (its SHA-256 does not match the manifest)</translation>
    </message>
    <message>
        <source>có tệp {file} không có trong bản kê</source>
        <comment>package.extra_file</comment>
        <translation>{file} is in the package but not in its manifest</translation>
    </message>
    <message>
        <source>thiếu tệp {file} có trong bản kê</source>
        <comment>package.missing_file</comment>
        <translation>{file}, listed in the manifest, is missing</translation>
    </message>
    <message>
        <source>gói do phiên bản CommuneDesk mới hơn lập (định dạng {version}); hãy cập nhật chương trình</source>
        <comment>package.newer_format</comment>
        <translation>the package was made by a newer CommuneDesk (format {version}); update this program</translation>
    </message>
    <message>
        <source>gói không có {role}</source>
        <comment>package.no_file_of_role</comment>
        <translation>the package has no {role}</translation>
    </message>
    <message>
        <source>gói không có bản kê (manifest.json)</source>
        <comment>package.no_manifest</comment>
        <translation>the package has no manifest (manifest.json)</translation>
    </message>
    <message>
        <source>không phải gói báo cáo của CommuneDesk ({detail})</source>
        <comment>package.not_a_package</comment>
        <translation>not a CommuneDesk return package ({detail})</translation>
    </message>
    <message>
        <source>tệp PDF đã ký không mang thông tin của gói này</source>
        <comment>package.not_bound</comment>
        <translation>the signed PDF does not carry this package&apos;s details</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <comment>package.refused</comment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>tệp số liệu (JSON)</source>
        <comment>package.role_json</comment>
        <translation>data file (JSON)</translation>
    </message>
    <message>
        <source>tệp PDF đã ký</source>
        <comment>package.role_pdf</comment>
        <translation>signed PDF</translation>
    </message>
    <message>
        <source>{path}: không ghi được vào đây (trùng tệp khác của lệnh, là cơ sở dữ liệu đang dùng hoặc là thư mục)</source>
        <comment>package.same_path</comment>
        <translation>{path}: not a place this command may write (another output of the command, the database in use, or a folder)</translation>
    </message>
    <message>
        <source>tệp {file} trong gói quá lớn</source>
        <comment>package.too_large</comment>
        <translation>{file} in the package is too large</translation>
    </message>
    <message>
        <source>gói chưa được ký số (chỉ nhận khi cho phép gói chưa ký: --allow-unsigned)</source>
        <comment>package.unsigned</comment>
        <translation>the package is not signed (accepted only with --allow-unsigned)</translation>
    </message>
    <message>
        <source>bắt buộc nhập</source>
        <comment>required</comment>
        <translation>is required</translation>
    </message>
    <message>
        <source>không mở được tệp chứng thư số {path}: sai mật khẩu hoặc không phải tệp PKCS#12</source>
        <comment>sign.bad_password</comment>
        <translation>the certificate file {path} could not be opened: wrong password, or not a PKCS#12 file</translation>
    </message>
    <message>
        <source>token không nhận mã PIN</source>
        <comment>sign.bad_pin</comment>
        <translation>the token refused the PIN</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; không phải chứng thư số: ghi đường dẫn tệp .p12/.pfx hoặc pkcs11:THƯ_VIỆN[:TÊN_TOKEN[:TÊN_KHÓA]]</source>
        <comment>sign.bad_spec</comment>
        <translation>&apos;{spec}&apos; is not a certificate: give a .p12/.pfx file or pkcs11:LIBRARY[:TOKEN-LABEL[:KEY-LABEL]]</translation>
    </message>
    <message>
        <source>chứng thư số của {name} đã hết hạn ngày {date}</source>
        <comment>sign.expired</comment>
        <translation>the certificate of {name} expired on {date}</translation>
    </message>
    <message>
        <source>không ký được: {detail}</source>
        <comment>sign.failed</comment>
        <translation>signing failed: {detail}</translation>
    </message>
    <message>
        <source>--sign ký tệp PDF của báo cáo: ghi --pdf OUT và/hoặc --package OUT</source>
        <comment>sign.needs_pdf</comment>
        <translation>--sign signs the return&apos;s PDF: give --pdf OUT and/or --package OUT</translation>
    </message>
    <message>
        <source>token không có chứng thư số đi kèm khóa &apos;{label}&apos;</source>
        <comment>sign.no_certificate</comment>
        <translation>the token has no certificate for the key &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>không tìm thấy tệp chứng thư số {path}</source>
        <comment>sign.no_file</comment>
        <translation>the certificate file {path} does not exist</translation>
    </message>
    <message>
        <source>token không có khóa ký số</source>
        <comment>sign.no_key</comment>
        <translation>the token has no signing key</translation>
    </message>
    <message>
        <source>không nạp được thư viện token {path} ({detail})</source>
        <comment>sign.no_library</comment>
        <translation>the token library {path} could not be loaded ({detail})</translation>
    </message>
    <message>
        <source>chưa có {what}: đặt biến ${variable} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập</source>
        <comment>sign.no_secret</comment>
        <translation>no {what}: set ${variable} or run the command in a terminal to type it</translation>
    </message>
    <message>
        <source>{name}: tệp PDF không có khối chữ ký do CommuneDesk lập</source>
        <comment>sign.no_signature_block</comment>
        <translation>{name}: the PDF has no signature block made by CommuneDesk</translation>
    </message>
    <message>
        <source>token không có khóa ký số &apos;{label}&apos; (đang có: {labels:q})</source>
        <comment>sign.no_such_key</comment>
        <translation>the token has no signing key &apos;{label}&apos; (present: {labels:q})</translation>
    </message>
    <message>
        <source>không thấy token &apos;{label}&apos; (đang có: {labels:q})</source>
        <comment>sign.no_such_token</comment>
        <translation>no token &apos;{label}&apos; is plugged in (present: {labels:q})</translation>
    </message>
    <message>
        <source>không thấy token nào đang cắm vào máy</source>
        <comment>sign.no_token</comment>
        <translation>no token is plugged in</translation>
    </message>
    <message>
        <source>chứng thư số của {name} không dùng để ký số văn bản</source>
        <comment>sign.not_for_signing</comment>
        <translation>the certificate of {name} is not meant for signing documents</translation>
    </message>
    <message>
        <source>chứng thư số của {name} chỉ có hiệu lực từ {date}</source>
        <comment>sign.not_yet_valid</comment>
        <translation>the certificate of {name} is valid only from {date}</translation>
    </message>
    <message>
        <source>--sign và --package chỉ dùng khi chốt (finalise) hoặc điều chỉnh (amend)</source>
        <comment>sign.only_when_finalising</comment>
        <translation>--sign and --package are for finalise and amend</translation>
    </message>
    <message>
        <source>mã PIN của token đã bị khóa</source>
        <comment>sign.pin_locked</comment>
        <translation>the token&apos;s PIN is locked</translation>
    </message>
    <message>
        <source>Báo cáo {period}, phiên bản {version}</source>
        <comment>sign.reason</comment>
        <translation>Return {period}, version {version}</translation>
    </message>
    <message>
        <source>token có nhiều khóa ký số ({labels:q}): ghi rõ tên khóa (pkcs11:THƯ_VIỆN:TOKEN:TÊN_KHÓA)</source>
        <comment>sign.several_keys</comment>
        <translation>the token has several signing keys ({labels:q}): name one (pkcs11:LIBRARY:TOKEN-LABEL:KEY-LABEL)</translation>
    </message>
    <message>
        <source>đang cắm nhiều token ({labels:q}): ghi rõ tên token (pkcs11:THƯ_VIỆN:TÊN_TOKEN)</source>
        <comment>sign.several_tokens</comment>
        <translation>several tokens are plugged in ({labels:q}): name one (pkcs11:LIBRARY:TOKEN-LABEL)</translation>
    </message>
    <message>
        <source>token báo lỗi: {detail}</source>
        <comment>sign.token_error</comment>
        <translation>the token failed: {detail}</translation>
    </message>
    <message>
        <source>mật khẩu tệp chứng thư số</source>
        <comment>sign.what_password</comment>
        <translation>certificate password</translation>
    </message>
    <message>
        <source>mã PIN của token</source>
        <comment>sign.what_pin</comment>
        <translation>token PIN</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; trùng với {count} người cùng ngày sinh; hãy thêm cột Mã cán bộ</source>
        <comment>staff.ambiguous_person</comment>
        <translation>&apos;{name}&apos; matches {count} people with the same birth date; add the staff code column</translation>
    </message>
    <message>
        <source>ngày sinh phải trước ngày nhận nhiệm vụ</source>
        <comment>staff.birth_after_start</comment>
        <translation>is not before the start date</translation>
    </message>
    <message>
        <source>mã {value} đã dùng cho {name}</source>
        <comment>staff.code_taken</comment>
        <translation>the staff code {value} is already used by {name}</translation>
    </message>
    <message>
        <source>phải sau ngày {value}</source>
        <comment>staff.date_order</comment>
        <translation>must be after {value}</translation>
    </message>
    <message>
        <source>đơn vị &apos;{name}&apos; đã có</source>
        <comment>staff.department_exists</comment>
        <translation>the department &apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <source>nhập tên đơn vị</source>
        <comment>staff.department_name_required</comment>
        <translation>the department&apos;s name is required</translation>
    </message>
    <message>
        <source>ngày thôi việc không được trước ngày nhận nhiệm vụ</source>
        <comment>staff.end_before_start</comment>
        <translation>is before the start date</translation>
    </message>
    <message>
        <source>số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)</source>
        <comment>staff.id_number</comment>
        <translation>an ID number has 12 digits (9 for an old identity card)</translation>
    </message>
    <message>
        <source>chỉ hủy được lần điều động gần nhất, và mỗi người giữ một vị trí chính</source>
        <comment>staff.last_main_post</comment>
        <translation>only the latest move can be undone, and a person keeps one main post</translation>
    </message>
    <message>
        <source>đã có phân công từ ngày {value}</source>
        <comment>staff.later_assignment</comment>
        <translation>there is already an assignment from {value}</translation>
    </message>
    <message>
        <source>người này không công tác vào ngày {value}</source>
        <comment>staff.not_in_post</comment>
        <translation>the person is not in post on {value}</translation>
    </message>
    <message>
        <source>số điện thoại không hợp lệ (VD: 0912 345 678)</source>
        <comment>staff.phone</comment>
        <translation>is not a Vietnamese phone number</translation>
    </message>
    <message>
        <source>đã có trong danh sách</source>
        <comment>staff.plan_row_exists</comment>
        <translation>already exists</translation>
    </message>
    <message>
        <source>định biên là số nguyên từ 0 trở lên</source>
        <comment>staff.quota</comment>
        <translation>must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sinh ngày {born} lặp lại trong tệp (đã có ở dòng {first}); hãy ghi mã cán bộ cho từng người</source>
        <comment>staff.repeated_person</comment>
        <translation>&apos;{name}&apos; born {born} appears twice in the file (also row {first}); give each a staff code</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (không có ngày sinh) lặp lại trong tệp (đã có ở dòng {first}); hãy ghi mã cán bộ cho từng người</source>
        <comment>staff.repeated_person_no_birth</comment>
        <translation>&apos;{name}&apos; born (no date) appears twice in the file (also row {first}); give each a staff code</translation>
    </message>
    <message>
        <source>&apos;{specialty}&apos; của &apos;{department}&apos; lặp lại trong tệp (đã có ở dòng {first})</source>
        <comment>staff.repeated_plan_row</comment>
        <translation>&apos;{specialty}&apos; of &apos;{department}&apos; appears twice in the file (also row {first})</translation>
    </message>
    <message>
        <source>dòng {first} đã cập nhật &apos;{name}&apos;</source>
        <comment>staff.row_updates_same</comment>
        <translation>row {first} already updates &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>đây đã là đơn vị và vị trí hiện tại</source>
        <comment>staff.same_post</comment>
        <translation>is the current department and position already</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải loại cán bộ (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)</source>
        <comment>staff.unknown_category</comment>
        <translation>&apos;{value}&apos; is not a category (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải nguồn cán bộ (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)</source>
        <comment>staff.unknown_origin</comment>
        <translation>&apos;{value}&apos; is not an origin (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, Điều động từ tỉnh)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải giới tính (Nam, Nữ)</source>
        <comment>staff.unknown_sex</comment>
        <translation>&apos;{value}&apos; is not a sex (Nam, Nữ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; là năm, cần ghi đủ ngày/tháng/năm</source>
        <comment>staff.year_not_date</comment>
        <translation>&apos;{value}&apos; is a year, not a date</translation>
    </message>
    <message>
        <source>không được trước ngày giao nhiệm vụ ({value})</source>
        <comment>tasks.before_assigned</comment>
        <translation>is before the day the task was assigned ({value})</translation>
    </message>
    <message>
        <source>mã nhiệm vụ {value} đã được dùng</source>
        <comment>tasks.code_taken</comment>
        <translation>the task code {value} is already used</translation>
    </message>
    <message>
        <source>tháng không hợp lệ</source>
        <comment>tasks.month</comment>
        <translation>is not a month</translation>
    </message>
    <message>
        <source>nhiệm vụ chưa được giao</source>
        <comment>tasks.not_assigned</comment>
        <translation>the task has not been assigned yet</translation>
    </message>
    <message>
        <source>người chủ trì không thể đồng thời là người phối hợp</source>
        <comment>tasks.person_coordinates</comment>
        <translation>the person in charge cannot also be a coordinator</translation>
    </message>
    <message>
        <source>tiến độ là số nguyên từ 0 đến 100</source>
        <comment>tasks.progress</comment>
        <translation>must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>cần có trước khi giao nhiệm vụ ({rule})</source>
        <comment>tasks.required_to_assign</comment>
        <translation>is required before the task can be assigned ({rule})</translation>
    </message>
    <message>
        <source>người hoặc đơn vị phối hợp không có trong danh sách</source>
        <comment>tasks.unknown_coordinator</comment>
        <translation>unknown coordinating person or department</translation>
    </message>
    <message>
        <source>chọn người chủ trì trong danh sách cán bộ</source>
        <comment>tasks.unknown_person</comment>
        <translation>choose the person in charge from the staff</translation>
    </message>
    <message>
        <source>quá dài ({length:n} ký tự, tối đa {limit:n})</source>
        <comment>too_long</comment>
        <translation>is too long ({length:n} characters, at most {limit:n})</translation>
    </message>
    <message>
        <source>không được trước ngày bắt đầu</source>
        <comment>training.end_before_start</comment>
        <translation>is before the start date</translation>
    </message>
    <message>
        <source>đã có khóa học cùng tên bắt đầu ngày {value}</source>
        <comment>training.exists</comment>
        <translation>a course with this name already starts on {value}</translation>
    </message>
    <message>
        <source>số giờ từ 0 đến 9999</source>
        <comment>training.hours</comment>
        <translation>must be a number of hours from 0 to 9999</translation>
    </message>
    <message>
        <source>chọn cán bộ trong danh sách</source>
        <comment>training.unknown_person</comment>
        <translation>choose a staff member</translation>
    </message>
    <message>
        <source>số tháng từ 1 đến 600, hoặc để trống</source>
        <comment>training.valid_months</comment>
        <translation>must be a whole number of months from 1 to 600, or empty</translation>
    </message>
    <message>
        <source>chọn đơn vị</source>
        <comment>unknown_department</comment>
        <translation>choose a department</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không thuộc các giá trị {choices}</source>
        <comment>unknown_value</comment>
        <translation>&apos;{value}&apos; is not one of {choices}</translation>
    </message>
    <message>
        <source>chữ ký của {name} không hợp lệ</source>
        <comment>verify.bad_signature</comment>
        <translation>the signature of {name} is not valid</translation>
    </message>
    <message>
        <source>chữ ký của {name} không khớp nội dung: tệp đã bị sửa sau khi ký</source>
        <comment>verify.broken</comment>
        <translation>the signature of {name} does not match the content: the file was changed after it was signed</translation>
    </message>
    <message>
        <source>không kiểm tra được chuỗi chứng thư của {name} ({detail})</source>
        <comment>verify.chain_failed</comment>
        <translation>the certificate chain of {name} could not be validated ({detail})</translation>
    </message>
    <message>
        <source>tệp đã bị thay đổi sau khi {name} ký ({what})</source>
        <comment>verify.changed_after</comment>
        <translation>the file was changed after {name} signed it ({what})</translation>
    </message>
    <message>
        <source>có bản cập nhật thêm sau chữ ký</source>
        <comment>verify.changed_incremental</comment>
        <translation>an update was added after the signature</translation>
    </message>
    <message>
        <source>chữ ký không bao trùm toàn bộ tệp</source>
        <comment>verify.changed_partial</comment>
        <translation>the signature does not cover the whole file</translation>
    </message>
    <message>
        <source>chứng thư số của {name} đã hết hạn ngày {date}</source>
        <comment>verify.expired</comment>
        <translation>the certificate of {name} expired on {date}</translation>
    </message>
    <message>
        <source>{name}: không tìm thấy tệp</source>
        <comment>verify.no_such_file</comment>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <source>{name}: không có chứng thư số nào trong tệp</source>
        <comment>verify.no_trust</comment>
        <translation>{name}: no certificate in it</translation>
    </message>
    <message>
        <source>{name}: không phải tệp PDF hay gói báo cáo đọc được ({detail})</source>
        <comment>verify.not_pdf</comment>
        <translation>{name}: not a readable PDF or return package ({detail})</translation>
    </message>
    <message>
        <source>chứng thư số của {name} chỉ có hiệu lực từ {date}</source>
        <comment>verify.not_yet_valid</comment>
        <translation>the certificate of {name} is valid only from {date}</translation>
    </message>
    <message>
        <source>chứng thư số của {name} đã bị thu hồi</source>
        <comment>verify.revoked</comment>
        <translation>the certificate of {name} was revoked</translation>
    </message>
    <message>
        <source>chưa kiểm tra chuỗi chứng thư: chưa có chứng thư gốc tin cậy (--trust CA.pem)</source>
        <comment>verify.trust_not_checked</comment>
        <translation>the certificate chain was not checked: no trusted root given (--trust CA.pem)</translation>
    </message>
    <message>
        <source>tệp PDF chưa được ký số</source>
        <comment>verify.unsigned</comment>
        <translation>the PDF is not signed</translation>
    </message>
    <message>
        <source>chứng thư số của {name} không thuộc tổ chức chứng thực được tin cậy</source>
        <comment>verify.untrusted</comment>
        <translation>the certificate of {name} does not chain to a trusted root</translation>
    </message>
    <message>
        <source>chứng thư số của {name} không dùng để ký số văn bản</source>
        <comment>verify.usage</comment>
        <translation>the certificate of {name} is not meant for signing documents</translation>
    </message>
    <message>
        <source>{where}: {text}</source>
        <comment>where.column</comment>
        <translation>{where}: {text}</translation>
    </message>
    <message>
        <source>dòng {n}: {text}</source>
        <comment>where.row</comment>
        <translation>row {n}: {text}</translation>
    </message>
    <message>
        <source>dòng {n}, {where}: {text}</source>
        <comment>where.row_column</comment>
        <translation>row {n}, {where}: {text}</translation>
    </message>
</context>
</TS>
