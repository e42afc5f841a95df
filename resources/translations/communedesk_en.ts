<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/dialogs/dossier_form.py" line="+87"/>
        <location filename="../../gui/pages/dossiers.py" line="+95"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Take in a dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../gui/pages/dashboard.py" line="+287"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+3"/>
        <source>mã do hệ thống một cửa của tỉnh cấp (nếu có)</source>
        <translation>the code the province&apos;s one-stop system gave (if any)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã trên hệ thống:</source>
        <translation>System code:</translation>
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
        <location line="+5"/>
        <location line="+17"/>
        <location filename="../../gui/dialogs/users.py" line="+62"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Số định danh (CCCD):</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Thư điện tử:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Người được ủy quyền nộp hồ sơ (nếu có)</source>
        <translation>Authorised representative handing in the dossier (if any)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Giấy ủy quyền số 12/UQ ngày 01/03/2026</source>
        <translation>For example: Authorisation no. 12/UQ of 01/03/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giấy ủy quyền:</source>
        <translation>Authorisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trả kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhận kết quả:</source>
        <translation>Result delivered:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số bộ hồ sơ:</source>
        <translation>Sets of documents:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giờ hẹn trả:</source>
        <translation>Appointment time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hẹn trả kết quả:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ghi khi lưu)</source>
        <translation>(given on saving)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sổ theo dõi:</source>
        <translation>Tracking book:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hạn trả kết quả</source>
        <translation>Result due on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lệ phí và số hóa</source>
        <translation>Fee and digitisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không có lệ phí</source>
        <translation>no fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thành phần hồ sơ được số hóa và kết quả được trả dưới dạng điện tử</source>
        <translation>The dossier&apos;s documents were scanned and its result issued electronically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lệ phí (đồng):</source>
        <translation>Fee (đồng):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanh toán trực tuyến:</source>
        <translation>Paid online:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hóa hồ sơ:</source>
        <translation>Digitised:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thành phần hồ sơ (đánh dấu giấy tờ đã nộp) và ghi chú</source>
        <translation>Documents (tick those handed in) and notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../gui/pages/dossiers.py" line="+9"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In phiếu</source>
        <translation>Print a slip</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/pages/settings.py" line="+363"/>
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
        <location filename="../../gui/dialogs/users.py" line="+55"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lịch sử xử lý</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In giấy tiếp nhận sau khi lưu</source>
        <translation>Print the receipt after saving</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/assessment.py" line="+22"/>
        <source>Kết quả đạt được</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tồn tại, hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguyên nhân</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phương hướng, nhiệm vụ</source>
        <translation>Tasks ahead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiến nghị, đề xuất</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đánh giá, phương hướng, kiến nghị: %1 – %2</source>
        <translation>Assessment, tasks ahead, proposals: %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phần lời của báo cáo, in sau các bảng số liệu. Mỗi dòng là một đoạn. Chưa lưu thì báo cáo in bản nháp lập từ số liệu.</source>
        <translation>The return&apos;s text, printed after the tables of figures. Each line is a paragraph. Until it is saved, the return prints the draft made from the figures.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lấy bản nháp từ số liệu cho phần này</source>
        <translation>Take the draft from the figures for this part</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../gui/dialogs/dossier_form.py" line="+4"/>
        <location filename="../../gui/dialogs/users.py" line="-44"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cán bộ lập báo cáo viết và lưu phần này.</source>
        <translation>The clerk who makes the return writes and saves this.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã lưu cùng kỳ báo cáo.</source>
        <translation>Saved with the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa lưu: đang hiện bản nháp lập từ số liệu.</source>
        <translation>Not saved: showing the draft made from the figures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kỳ đã chốt: bản đã nộp giữ nguyên nội dung lúc chốt; nội dung lưu ở đây dùng cho bản điều chỉnh.</source>
        <translation>The period is finalised: the submitted version keeps the text it was finalised with; what is saved here goes into an amendment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lưu phần đánh giá</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/audit.py" line="+28"/>
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
        <location filename="../../gui/widgets/actions.py" line="+60"/>
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
        <location filename="../../gui/dialogs/backup.py" line="+243"/>
        <location line="+187"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Data restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dựng lại bảo vệ dữ liệu</source>
        <translation>Protections re-created</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>loại dữ liệu, ví dụ Hồ sơ</source>
        <translation>kind of data, e.g. Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/desktop.py" line="+107"/>
        <source>Máy này không mở được thư mục {folder}.</source>
        <translation>This computer cannot open the folder {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy này chưa có chương trình để mở tệp {name}.</source>
        <translation>This computer has no program to open {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp đã lưu ở:
{path}</source>
        <translation>The file is saved at:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gui/printing.py" line="+187"/>
        <location filename="../../gui/saved.py" line="+71"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/dialogs/assessment.py" line="-49"/>
        <location filename="../../gui/dialogs/backup.py" line="-266"/>
        <location filename="../../gui/dialogs/dossier_form.py" line="+3"/>
        <location filename="../../gui/dialogs/signing.py" line="+186"/>
        <location filename="../../gui/pages/tasks/common.py" line="+84"/>
        <location filename="../../gui/printing.py" line="+4"/>
        <location filename="../../gui/saved.py" line="+1"/>
        <location filename="../../gui/widgets/actions.py" line="+12"/>
        <location line="+27"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/audit.py" line="-6"/>
        <source>người dùng</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mọi thao tác</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+22"/>
        <source>Chỉ quản trị viên và lãnh đạo xem nhật ký.</source>
        <translation>Only administrators and leaders can see the audit trail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} dòng</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(hiện {n} dòng mới nhất; xuất ra tệp để xem hết)</source>
        <translation>(showing the newest {n}; export to a file to see all)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xuất nhật ký</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã xuất {n} dòng ra {file}</source>
        <translation>Exported {n} rows to {file}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/dossier_form.py" line="+64"/>
        <source>Chọn thủ tục để tính hạn trả.</source>
        <translation>Choose the procedure to compute the due date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thủ tục chưa có thời hạn giải quyết trong danh mục.</source>
        <translation>The procedure has no time limit in the catalogue yet.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+127"/>
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Quyển số {volume}, số thứ tự {number} ({year})</source>
        <translation>Volume {volume}, number {number} ({year})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đổi cán bộ xử lý bằng thao tác “Chuyển cán bộ xử lý”</source>
        <translation>Change the handler with the “Hand to a handler” action</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../gui/models/dossier_table.py" line="+80"/>
        <source>Quá hạn {n} ngày (hạn trả {due})</source>
        <translation>{n} days overdue (due {due})</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <source>Mã trên hệ thống: {code}</source>
        <translation>System code: {code}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/dashboard.py" line="-146"/>
        <location line="+109"/>
        <source>Bấm để xem danh sách hồ sơ</source>
        <translation>Click to see the dossiers</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Hồ sơ tiếp nhận theo lĩnh vực, 12 tháng gần đây</source>
        <translation>Dossiers received by field, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ giải quyết đúng hạn theo tháng (%)</source>
        <translation>On-time rate by month (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có hồ sơ nào trong 12 tháng gần đây</source>
        <translation>No dossiers in the last 12 months</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tỷ lệ đúng hạn = (hồ sơ giải quyết trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết trong tháng, như trong báo cáo định kỳ. Quá hạn: đang xử lý và đã qua hạn trả; hồ sơ chờ bổ sung tạm dừng tính hạn.</source>
        <translation>On-time rate = (dossiers settled early + on time) ÷ dossiers settled in the month, as in the periodic return. Overdue: in progress and past the due date; a dossier awaiting a supplement has its clock stopped.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hồ sơ đang giải quyết theo cán bộ</source>
        <translation>Open dossiers by handler</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Nhấp đúp để xem hồ sơ của cán bộ</source>
        <translation>Double-click to see this handler&apos;s dossiers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(chưa giao cán bộ)</source>
        <translation>(no handler yet)</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+70"/>
        <source>Tỷ lệ đúng hạn theo tháng (%), {first} – {last}</source>
        <translation>On-time rate by month (%), {first} – {last}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In báo cáo tháng {month}</source>
        <translation>Print the return of {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem trước và in báo cáo tháng trước (trang Báo cáo)</source>
        <translation>Preview and print last month&apos;s return (the Reports page)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/dossiers.py" line="-16"/>
        <source>Tìm theo mã hồ sơ, tên người nộp, thủ tục… (Ctrl+F)</source>
        <translation>Search by dossier code, applicant, procedure… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+14"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang giải quyết (chưa trả)</source>
        <translation>In progress (not closed)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mọi kênh nộp</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Màu đỏ: quá hạn · Màu cam: sắp đến hạn (2 ngày làm việc) · Biểu tượng tạm dừng: chờ bổ sung. Nhấp đúp hoặc Enter để mở hồ sơ; nhấp chuột phải để thao tác.</source>
        <translation>Red: overdue · Orange: due within 2 working days · Pause icon: awaiting a supplement. Double-click or Enter opens a dossier; right-click for actions.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mọi cán bộ</source>
        <translation>Any handler</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Bảng tính hoặc JSON (*.xlsx *.xls *.ods *.csv *.json)</source>
        <translation>Spreadsheet or JSON (*.xlsx *.xls *.ods *.csv *.json)</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Chưa phân công</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Sổ theo dõi (Mẫu 07)…</source>
        <translation>Tracking book (Form 07)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ theo dõi hồ sơ của khoảng thời gian và lĩnh vực đang lọc (PDF hoặc Excel)</source>
        <translation>The dossier-tracking book of the filtered period and field (PDF or Excel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã tiếp nhận (trừ từ chối tiếp nhận)</source>
        <translation>Received (all but refused at the counter)</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Không đọc được danh sách: {why}</source>
        <translation>The list could not be read: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} hồ sơ</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chưa có hồ sơ nào. Bấm “Tiếp nhận hồ sơ” (Ctrl+N) để nhận hồ sơ đầu tiên, hoặc “Nhập Excel…” (Ctrl+I) để đưa sổ theo dõi cũ vào.</source>
        <translation>No dossiers yet. Click “Take in a dossier” (Ctrl+N) to take in the first one, or “Import Excel…” (Ctrl+I) to bring in the old register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có hồ sơ nào khớp tìm kiếm và bộ lọc. Xóa ô tìm kiếm (Esc) hoặc chọn “Tất cả” ở các bộ lọc.</source>
        <translation>No dossier matches the search and filters. Clear the search box (Esc) or choose “All” in the filters.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chọn một hồ sơ trong danh sách</source>
        <translation>Choose a dossier in the list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hồ sơ đã kết thúc: không còn bước xử lý</source>
        <translation>Dossier closed: no further steps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nguyên nhân quá hạn…</source>
        <translation>Late cause…</translation>
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
        <location line="+25"/>
        <source>Lịch sử thay đổi của hồ sơ</source>
        <translation>Change history of the dossier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chọn tệp hồ sơ để nhập</source>
        <translation>Choose a dossier file to import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập hồ sơ từ tệp</source>
        <translation>Import dossiers from a file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã nhập {inserted} hồ sơ mới và cập nhật {updated} hồ sơ.</source>
        <translation>Imported {inserted} new dossiers and updated {updated}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngoài ra, {linked} dòng được ghép vào hồ sơ đã tiếp nhận ngoại tuyến (gắn mã trên hệ thống, không tính thêm hồ sơ).</source>
        <translation>Besides, {linked} rows were matched to dossiers taken in offline (given the system&apos;s code, not counted again).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ qua {skipped} dòng hồ sơ chưa tiếp nhận.</source>
        <translation>{skipped} rows of dossiers not received yet were skipped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp được đọc theo mẫu “{profile}”.</source>
        <translation>The file was read in the layout “{profile}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa ánh xạ cột…</source>
        <translation>Correct the column mapping…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lưu danh sách hồ sơ</source>
        <translation>Save the dossier list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất danh sách hồ sơ</source>
        <translation>Export the dossier list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã ghi {n} hồ sơ vào {path}.</source>
        <translation>Wrote {n} dossiers to {path}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lưu Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Save the dossier-tracking book (Form 07)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp PDF (*.pdf);;Bảng tính Excel (*.xlsx)</source>
        <translation>PDF file (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier-tracking book (Form 07)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã ghi {n} dòng của sổ vào {path}.</source>
        <translation>Wrote {n} lines of the book to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings.py" line="-322"/>
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
        <location line="+268"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location line="-249"/>
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
        <location line="+12"/>
        <source>Thời hạn mới áp dụng cho hồ sơ tiếp nhận sau khi lưu; hạn trả đã hẹn không thay đổi.</source>
        <translation>A new time limit applies to dossiers taken in after saving; due dates already given do not change.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/finalise.py" line="+26"/>
        <location line="+12"/>
        <source>Chốt bản điều chỉnh</source>
        <translation>Finalise an amendment</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Lý do điều chỉnh số liệu đã chốt (bắt buộc, lưu cùng phiên bản mới):</source>
        <translation>Why the finalised figures are amended (required, kept with the new version):</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../gui/dialogs/signing.py" line="+92"/>
        <location filename="../../gui/dialogs/users.py" line="+0"/>
        <location filename="../../gui/ops.py" line="+212"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gui/dialogs/signing.py" line="+60"/>
        <source>Nhập lý do điều chỉnh.</source>
        <translation>Enter the reason for the amendment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chốt báo cáo</source>
        <translation>Finalised return</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+29"/>
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
        <location line="+4"/>
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
        <location filename="../../gui/pages/settings.py" line="+31"/>
        <location line="+284"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Văn bản báo cáo</source>
        <translation>Return document</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+16"/>
        <source>Mã hồ sơ mới có dạng TIỀNTỐ-YYMMDD-NNNN; mã đã cấp không thay đổi. Địa danh in ở dòng “…, ngày … tháng … năm …” của phiếu và báo cáo.</source>
        <translation>New dossier codes look like PREFIX-YYMMDD-NNNN; codes already given do not change. The place name is printed in the “…, ngày … tháng … năm …” line of slips and returns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save the office details</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+69"/>
        <source>Chưa lưu: xem các ô có lỗi.</source>
        <translation>Not saved: see the fields marked.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+69"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Thành phần hồ sơ:</source>
        <translation>Required documents:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ví dụ: 024 3385 1234</source>
        <translation>For example: 024 3385 1234</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Một quyển mỗi năm</source>
        <translation>One volume a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại liên hệ (in trên Mẫu 02):</source>
        <translation>Contact phone (printed on Form 02):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ hẹn trả kết quả (Mẫu 01):</source>
        <translation>Appointment time (Form 01):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hồ sơ mỗi quyển Sổ theo dõi:</source>
        <translation>Dossiers per volume of the tracking book:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Số văn bản (ví dụ 15/BC-UBND):</source>
        <translation>Document number (e.g. 15/BC-UBND):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người lập báo cáo:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh người lập:</source>
        <translation>Preparer&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thẩm quyền ký (mỗi dòng một dòng chữ):</source>
        <translation>Signing authority (one line of text per line):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kính gửi:</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kính gửi (báo cáo tổng hợp của tỉnh):</source>
        <translation>Addressed to (the province&apos;s consolidation):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Để trống một ô thì báo cáo in theo mặc định (người ký: Chủ tịch UBND; kính gửi: UBND tỉnh, thành phố). Dùng chung cho mọi máy của đơn vị.</source>
        <translation>A blank field prints the default (signed by: the chairperson of the People&apos;s Committee; addressed to: the province&apos;s People&apos;s Committee). Shared by every computer of the office.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu nội dung văn bản</source>
        <translation>Save document details</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+6"/>
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
        <location line="+0"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="-131"/>
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
        <location line="+27"/>
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
        <location line="+52"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+213"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Bản sao lưu CommuneDesk (*.sqlite *.dump);;Mọi tệp (*)</source>
        <translation>CommuneDesk backups (*.sqlite *.dump);;All files (*)</translation>
    </message>
    <message>
        <location line="+180"/>
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
        <location filename="../../gui/dialogs/signing.py" line="-197"/>
        <location filename="../../gui/pages/settings.py" line="+0"/>
        <location filename="../../gui/widgets/actions.py" line="-38"/>
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
        <location line="+7"/>
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
        <location filename="../../gui/dialogs/signing.py" line="+172"/>
        <location filename="../../gui/dialogs/users.py" line="-7"/>
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
        <location filename="../../gui/dialogs/backup.py" line="-303"/>
        <location filename="../../gui/pages/settings.py" line="+8"/>
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
        <location line="+14"/>
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
        <location line="+12"/>
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
        <location filename="../../gui/dialogs/backup.py" line="+174"/>
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
        <location filename="../../gui/pages/tasks/common.py" line="-25"/>
        <source>Tháng %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks/task_dialog.py" line="+40"/>
        <source>Giao nhiệm vụ</source>
        <translation>Assign the task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhiệm vụ: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks/board.py" line="+39"/>
        <location filename="../../gui/pages/tasks/person.py" line="+40"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../gui/dialogs/users.py" line="-38"/>
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
        <location line="+12"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+6"/>
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
        <location line="+102"/>
        <source>Lưu dữ liệu</source>
        <translation>Saving data</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/signing.py" line="-252"/>
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
        <location filename="../../gui/pages/settings.py" line="-264"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ ký thêm sau:</source>
        <translation>Signed after:</translation>
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
        <location line="+26"/>
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
        <location line="+9"/>
        <source> (báo cáo chỉ mang chữ ký của lãnh đạo: không hợp lệ)</source>
        <translation> (a return carries the leader&apos;s signature only: not valid)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+20"/>
        <location line="+38"/>
        <source>Kiểm tra gói báo cáo</source>
        <translation>Check a return package</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location line="+46"/>
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
        <location line="+35"/>
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
    <message>
        <location filename="../../gui/widgets/documents.py" line="+29"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bản chính/bản sao</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thêm giấy tờ</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove the selected rows</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="-23"/>
        <source>Xem trước khi in: {name}</source>
        <translation>Print preview: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tệp đã lưu: {path}</source>
        <translation>Saved file: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location filename="../../gui/saved.py" line="-4"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Chọn máy in và in (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở bằng chương trình khác</source>
        <translation>Open with another program</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không đọc được tệp PDF {path}.</source>
        <translation>Cannot read the PDF file {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/saved.py" line="-6"/>
        <source>Đã lưu tệp</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu tệp:</source>
        <translation>Saved the file:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã lưu các tệp:</source>
        <translation>Saved the files:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../gui/guide.py" line="+52"/>
        <source>Hướng dẫn sử dụng CommuneDesk</source>
        <translation>CommuneDesk user guide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tìm trong hướng dẫn (Enter: tìm tiếp)</source>
        <translation>Search the guide (Enter: find next)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tìm tiếp</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Không thấy &quot;{text}&quot;</source>
        <translation>&quot;{text}&quot; not found</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../gui/dialogs/dossier_action.py" line="+84"/>
        <source>Trạng thái: {status} · Hạn trả: {due}</source>
        <translation>Status: {status} · Due: {due}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— Chọn cán bộ —</source>
        <translation>— Choose a person —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cán bộ xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày hẹn trả mới:</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Giấy tờ cần bổ sung (mỗi dòng một mục):</source>
        <translation>Documents to supply (one per line):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hồ sơ đã được yêu cầu bổ sung {n} lần. Chỉ yêu cầu thêm khi ghi rõ lý do; hồ sơ sẽ được đánh dấu.</source>
        <translation>A supplement was already requested {n} time(s). Ask again only with the reason written down; the dossier will be marked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do yêu cầu bổ sung lần nữa:</source>
        <translation>Reason for asking again:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phí, lệ phí hoàn trả (đồng):</source>
        <translation>Fees refunded (đồng):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In phiếu sau khi lưu</source>
        <translation>Print the slip after saving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssignmentTable</name>
    <message>
        <location filename="../../gui/pages/staff/person.py" line="+26"/>
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
        <location filename="../../gui/pages/tasks/training.py" line="+73"/>
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
        <location filename="../../gui/dialogs/audit.py" line="-145"/>
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
        <location filename="../../gui/pages/tasks/board.py" line="+95"/>
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
        <location line="+13"/>
        <source>Tìm nhiệm vụ, người, số văn bản</source>
        <translation>Find a task, person, document number</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+110"/>
        <source>Chọn một nhiệm vụ trên bảng.</source>
        <translation>Choose a task on the board.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Xem, sửa</source>
        <translation>View, edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+144"/>
        <location line="+2"/>
        <source>Xóa dự thảo</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Tất cả đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+21"/>
        <source>Chuyển nhiệm vụ</source>
        <translation>Carry over tasks</translation>
    </message>
</context>
<context>
    <name>ConcurrentDialog</name>
    <message>
        <location filename="../../gui/pages/staff/assignments.py" line="+85"/>
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
        <location filename="../../gui/app.py" line="+89"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không mở được cơ sở dữ liệu.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tạo cơ sở dữ liệu</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không tạo được cơ sở dữ liệu.</source>
        <translation>The database could not be created.</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../gui/pages/equipment/needs.py" line="+45"/>
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
        <location filename="../../gui/pages/tasks/training.py" line="-50"/>
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
        <location filename="../../gui/pages/dashboard.py" line="-345"/>
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
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../gui/widgets/dates.py" line="+10"/>
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
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../gui/pages/staff/departments.py" line="+34"/>
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
        <location line="+31"/>
        <source>Ngừng sử dụng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-33"/>
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
        <location line="+30"/>
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
    <name>DossierAction</name>
    <message>
        <location filename="../../gui/dialogs/dossier_action.py" line="-112"/>
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
        <location line="+1"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refuse at the counter</translation>
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
        <location line="+1"/>
        <source>Ngày từ chối tiếp nhận:</source>
        <translation>Day of the refusal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lý do yêu cầu bổ sung:</source>
        <translation>Reason for the supplement request:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lý do dừng giải quyết:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do từ chối tiếp nhận:</source>
        <translation>Reason for the refusal:</translation>
    </message>
    <message>
        <location line="-3"/>
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
    <name>DossierTable</name>
    <message>
        <location filename="../../gui/models/dossier_table.py" line="+12"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cán bộ xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày trả</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../gui/pages/dossiers.py" line="-588"/>
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
        <location filename="../../gui/pages/staff/assignments.py" line="+17"/>
        <source>Ngày kết thúc *</source>
        <translation>End date *</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../gui/pages/equipment/need_dialogs.py" line="+23"/>
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
        <location filename="../../gui/pages/equipment/page.py" line="+25"/>
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
    <name>Fields</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="+82"/>
        <source>(chưa ghi)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
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
        <location line="+5"/>
        <source>Bắt đầu</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhập cả tên xã, phường và tỉnh, thành phố.</source>
        <translation>Enter both the commune or ward and the province.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../gui/widgets/form.py" line="+158"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/buttons.py" line="+22"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/widgets/actions.py" line="+233"/>
        <source>Các cột sau không có trong mẫu nhập nên không được đọc: {names}. Nếu cần, hãy đổi tên cột cho đúng tên trong mẫu rồi nhập lại.</source>
        <translation>These columns are not in the import layout and were not read: {names}. If they matter, rename them to the layout&apos;s names and import again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp không có các cột sau của mẫu nhập, các trường đó được để trống hoặc lấy giá trị mặc định (như hạn trả, tính theo thời hạn của thủ tục): {names}. Nếu cột đã đổi tên, hãy sửa ánh xạ cột rồi nhập lại.</source>
        <translation>The file lacks these columns of the import layout, so their fields were left empty or took their defaults (such as due dates, from the procedures&apos; legal times): {names}. If a column was renamed, correct the column mapping and import again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nhập từ tệp Excel</source>
        <translation>Import from an Excel file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bảng tính hoặc JSON (*.xlsx *.xls *.ods *.csv *.json)</source>
        <translation>Spreadsheet or JSON (*.xlsx *.xls *.ods *.csv *.json)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../gui/pages/equipment/items.py" line="+28"/>
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
        <location line="+26"/>
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
        <location line="+8"/>
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
    <name>LateCauseDialog</name>
    <message>
        <location filename="../../gui/dialogs/late_cause.py" line="+18"/>
        <source>Nguyên nhân quá hạn</source>
        <translation>Late cause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {procedure}&lt;br&gt;Hạn trả: {due} · Ngày trả kết quả: {done}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {procedure}&lt;br&gt;Due: {due} · Result returned: {done}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— Chưa ghi nguyên nhân —</source>
        <translation>— No cause recorded —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nguyên nhân:</source>
        <translation>Cause:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gui/dialogs/login.py" line="+22"/>
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
        <location line="+5"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter the user name and the password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+179"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếp nhận hồ sơ mới…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập hồ sơ từ Excel…</source>
        <translation>Import dossiers from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất danh sách hồ sơ ra Excel…</source>
        <translation>Export the dossier list to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+51"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="-9"/>
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
        <source>In (phiếu của hồ sơ đang chọn, báo cáo)</source>
        <translation>Print (the selected dossier&apos;s forms, the return)</translation>
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
        <location line="+12"/>
        <source>UBND {commune}, {province}</source>
        <translation>People&apos;s Committee of {commune}, {province}</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>MappingDialog</name>
    <message>
        <location filename="../../gui/dialogs/import_mapping.py" line="+42"/>
        <source>Ánh xạ cột của tệp hồ sơ</source>
        <translation>Map the columns of a dossier file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tệp &lt;b&gt;{name}&lt;/b&gt; có bố cục chưa biết. Chọn trường tương ứng cho từng cột (đã gợi ý theo tên cột), đối chiếu giá trị trạng thái và kênh nộp, rồi lưu thành mẫu nhập để tháng sau nhập thẳng.</source>
        <translation>The file &lt;b&gt;{name}&lt;/b&gt; has a layout not known yet. Choose the field of each column (suggested from the column names), match its status and channel values, then save it as an import profile so that next month&apos;s file is imported directly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp &lt;b&gt;{name}&lt;/b&gt; được đọc theo mẫu nhập &lt;b&gt;{profile}&lt;/b&gt;. Các lựa chọn của mẫu đã được điền sẵn; giá trị mới chưa có trong mẫu được in đậm. Sửa rồi lưu để nhập lại tệp.</source>
        <translation>The file &lt;b&gt;{name}&lt;/b&gt; is read with the import profile &lt;b&gt;{profile}&lt;/b&gt;. The profile&apos;s choices are filled in; values the profile does not have yet are in bold. Correct them and save to import the file again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dòng tiêu đề: dòng {row}. Xem trước {count} dòng đầu:</source>
        <translation>Header: row {row}. Preview of the first {count} rows:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>— Không nhập —</source>
        <translation>— Not imported —</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Giá trị trong tệp và mã tương ứng của ứng dụng</source>
        <translation>The file&apos;s values and the application&apos;s codes they stand for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giá trị trong tệp</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tương ứng</source>
        <translation>Stands for</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dạng ngày phát hiện:</source>
        <translation>Date form detected:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tự nhận biết (ngày/tháng/năm)</source>
        <translation>Recognise (day/month/year)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đọc ngày theo dạng:</source>
        <translation>Read dates as:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng không có ngày tiếp nhận là hồ sơ chưa tiếp nhận (bỏ qua, đếm riêng)</source>
        <translation>A row without a receipt date is a dossier not received yet (skipped, counted apart)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: Hệ thống một cửa tỉnh</source>
        <translation>E.g. the province&apos;s one-stop system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên mẫu nhập:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xuất ánh xạ JSON…</source>
        <translation>Export the mapping as JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu mẫu và nhập</source>
        <translation>Save the profile and import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>— Không rõ (báo lỗi) —</source>
        <translation>— Unknown (an error) —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa tiếp nhận (bỏ qua dòng)</source>
        <translation>Not received yet (row skipped)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Giá trị mới, chưa có trong mẫu nhập</source>
        <translation>A new value, not in the import profile yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>không thấy ngày nào trong các cột ngày đã chọn</source>
        <translation>no date found in the date columns chosen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Lưu ánh xạ cho dòng lệnh</source>
        <translation>Save the mapping for the command line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ánh xạ JSON (*.json)</source>
        <translation>Mapping JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="+79"/>
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
        <location filename="../../gui/pages/staff/assignments.py" line="-59"/>
        <source>%1 — hiện ở: %2</source>
        <translation>%1 — now in: %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
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
        <location filename="../../gui/pages/dashboard.py" line="+88"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/pages/dossiers.py" line="+36"/>
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
        <location filename="../../gui/pages/settings.py" line="-98"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NeedActionDialog</name>
    <message>
        <location filename="../../gui/pages/equipment/need_dialogs.py" line="+79"/>
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
        <location line="-79"/>
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
        <location filename="../../gui/pages/equipment/needs.py" line="+7"/>
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
        <location line="+13"/>
        <source>Thêm nhu cầu</source>
        <translation>Add a need</translation>
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
        <location line="-4"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+29"/>
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
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tệp chưa được nhập: {n} dòng có lỗi. Không có dữ liệu nào bị ghi. Sửa các dòng dưới đây trong tệp rồi nhập lại.</source>
        <translation>The file was not imported: {n} rows have errors. Nothing was written. Correct the rows below in the file, then import it again.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>PathField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="+14"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gui/pages/staff/person.py" line="+22"/>
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
        <location line="+4"/>
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
        <location line="+91"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../gui/pages/tasks/person.py" line="-13"/>
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
        <location line="+15"/>
        <source>— Chọn cán bộ —</source>
        <translation>— Choose a person —</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../../gui/main_window.py" line="-239"/>
        <source>Trang này chưa mở được:</source>
        <translation>This page could not be opened:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../gui/pages/staff/plan.py" line="+43"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+2"/>
        <source>Thừa</source>
        <translation>Surplus</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location line="+119"/>
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
        <location line="+30"/>
        <location line="+3"/>
        <source>Xóa dòng định biên</source>
        <translation>Delete the quota row</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Xóa định biên %1 — %2?</source>
        <translation>Delete the quota %1 — %2?</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../gui/pages/equipment/sites.py" line="+33"/>
        <source>Sửa khó khăn tại thôn</source>
        <translation>Edit the village problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khó khăn tại thôn</source>
        <translation>Add a village problem</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../gui/pages/staff/plan.py" line="-158"/>
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
        <location filename="../../gui/pages/recommendations.py" line="+148"/>
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
        <location line="-103"/>
        <source>Sửa kiến nghị</source>
        <translation>Edit the recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khó khăn, kiến nghị</source>
        <translation>Add a difficulty or recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-70"/>
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
        <location line="+152"/>
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
        <location line="+10"/>
        <source>Thêm kiến nghị</source>
        <translation>Add a recommendation</translation>
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
        <location line="+1"/>
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
        <location line="+26"/>
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
        <location filename="../../gui/pages/reports.py" line="+71"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+23"/>
        <source>Xem số liệu hiện tại (không phải số liệu đã chốt)</source>
        <translation>Show the current figures (not the finalised ones)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Biểu số II.06a/VPCP/KSTT: cột (3) đến (13)</source>
        <translation>Form II.06a/VPCP/KSTT: columns (3) to (13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biểu II.06a</source>
        <translation>Form II.06a</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chỉ số 766 (ước tính nội bộ)</source>
        <translation>Index 766 (internal estimate)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="+11"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mở tệp vừa lưu</source>
        <translation>Open the file saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh giá, phương hướng, kiến nghị…</source>
        <translation>Assessment, tasks ahead, proposals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần lời của báo cáo sau các bảng số liệu: kết quả đạt được; tồn tại, hạn chế; nguyên nhân; phương hướng, nhiệm vụ; kiến nghị, đề xuất</source>
        <translation>The return&apos;s text after the tables of figures: results achieved; shortcomings; causes; tasks ahead; proposals</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+378"/>
        <source>Kiểm tra gói báo cáo…</source>
        <translation>Check a return package…</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Kiểm tra chữ ký số của gói báo cáo (.cdpkg) hoặc tệp PDF đã ký</source>
        <translation>Check the signature of a return package (.cdpkg) or a signed PDF</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Từ ngày %1 đến ngày %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Kỳ báo cáo chưa kết thúc (đến ngày %1): số liệu tính đến hôm nay, ngày %2. Hồ sơ chưa đến hạn không bị tính quá hạn; số liệu còn thay đổi đến hết kỳ. Chỉ chốt được báo cáo từ ngày %3.</source>
        <translation>The period has not ended (it runs to %1): the figures are as of today, %2. Dossiers not yet due are not counted overdue; the figures will change until the period ends. The return can be finalised from %3 on.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>chưa có hồ sơ đã giải quyết</source>
        <translation>no dossiers settled yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kiểm tra số học của biểu: đạt.</source>
        <translation>Arithmetic check of the form: passed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra số học của biểu: SAI.</source>
        <translation>Arithmetic check of the form: FAILED.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1 điểm)</source>
        <translation> (%1 points)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ số 766, ước tính nội bộ (không thay thế số liệu Cổng Dịch vụ công quốc gia):</source>
        <translation>766 index, internal estimate (not a substitute for the National Public Service Portal&apos;s figures):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+87"/>
        <source>Lưu báo cáo</source>
        <translation>Save the return</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Đang lập báo cáo…</source>
        <translation>Preparing the return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập báo cáo</source>
        <translation>Prepare the return</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+272"/>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Đã hủy; không có tệp nào được ghi.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lập được báo cáo: %1</source>
        <translation>The return could not be prepared: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã chốt phiên bản %1, ký số bởi %2; gói báo cáo: %3</source>
        <translation>Finalised version %1, signed by %2; return package: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chọn các gói báo cáo (.cdpkg) đã ký số hoặc sổ báo cáo (.xlsx) do CommuneDesk lập ở các xã, phường, cùng một kỳ. Gói có tệp bị sửa, chữ ký không hợp lệ hoặc không thuộc chứng thư gốc tin cậy, tệp không do chương trình lập hoặc trùng xã và kỳ sẽ bị từ chối; hai gói cùng xã và kỳ: lấy phiên bản mới hơn.</source>
        <translation>Choose the signed return packages (.cdpkg) or return workbooks (.xlsx) that CommuneDesk made in the communes, all of one period. A package with a changed file, an invalid signature or a certificate outside the trusted roots, a file the program did not make, or the same commune and period twice is refused; of two packages of one commune and period, the later version is taken.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nhận cả gói ký bằng chứng thư số ghi đơn vị khác (ghi rõ trong báo cáo tổng hợp)</source>
        <translation>Also accept packages signed with a certificate naming another unit (marked in the consolidation)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tỷ lệ trước hạn và đúng hạn</source>
        <translation>Early and on-time rate</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chọn báo cáo của các xã, phường</source>
        <translation>Choose the communes&apos; returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói báo cáo hoặc sổ Excel (*.cdpkg *.xlsx);;Gói báo cáo (*.cdpkg);;Sổ Excel (*.xlsx)</source>
        <translation>Return packages or workbooks (*.cdpkg *.xlsx);;Return packages (*.cdpkg);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="-73"/>
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
        <location line="+15"/>
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
        <location line="+3"/>
        <source>Chứng thư gốc tin cậy:</source>
        <translation>Trusted roots:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách xã, phường:</source>
        <translation>List of communes:</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="-590"/>
        <location line="+590"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Lĩnh vực, công việc giải quyết theo cấp</source>
        <translation>Field, matters handled at this level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hồ sơ nhận giải quyết</source>
        <translation>Dossiers to handle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trong kỳ</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tiếp, dịch vụ bưu chính</source>
        <translation>In person, by post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ kỳ trước</source>
        <translation>From the previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hồ sơ đã giải quyết</source>
        <translation>Dossiers handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+589"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="-589"/>
        <location line="+590"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-589"/>
        <source>Số hồ sơ đang giải quyết</source>
        <translation>Dossiers pending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>In báo cáo…</source>
        <translation>Print the return…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem trước và in báo cáo của kỳ đã chọn (Ctrl+P)</source>
        <translation>Preview and print the return of the chosen period (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khác</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất dữ liệu JSON (cho phần mềm khác)…</source>
        <translation>Export JSON data (for other software)…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, kỳ %2: nhận giải quyết &lt;b&gt;%3&lt;/b&gt; hồ sơ (tiếp nhận trong kỳ %4, trong đó trực tuyến %5; từ kỳ trước chuyển sang %6); đã giải quyết &lt;b&gt;%7&lt;/b&gt;, tỷ lệ trước hạn, đúng hạn &lt;b&gt;%8&lt;/b&gt;; đang giải quyết %9, trong đó quá hạn &lt;b&gt;%10&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, period %2: &lt;b&gt;%3&lt;/b&gt; dossiers to handle (received in the period %4, of which online %5; carried over %6); handled &lt;b&gt;%7&lt;/b&gt;, early or on time &lt;b&gt;%8&lt;/b&gt;; pending %9, of which overdue &lt;b&gt;%10&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>In báo cáo: %1</source>
        <translation>Print the return: %1</translation>
    </message>
    <message>
        <location line="+152"/>
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
        <location line="+71"/>
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
        <source>%1: cùng một gói với %2, chỉ tính một lần</source>
        <translation>%1: the same package as %2, counted once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: chọn hai lần, chỉ tính một lần</source>
        <translation>%1: chosen twice, counted once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gói chưa ký số được chấp nhận: %1</source>
        <translation>Unsigned packages accepted: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: chấp nhận gói do %2 ký bằng chứng thư số ghi đơn vị khác (%3)</source>
        <translation>%1: accepted the package signed by %2 with a certificate naming another unit (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không ghi đơn vị</source>
        <translation>no unit named</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách ghi trùng (chỉ tính một lần): %1</source>
        <translation>Named twice on the list (counted once): %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <location line="+10"/>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Save the consolidated return</translation>
    </message>
</context>
<context>
    <name>RequiredTab</name>
    <message>
        <location filename="../../gui/pages/tasks/required.py" line="+42"/>
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
        <location line="-59"/>
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
    <name>ShortageChart</name>
    <message>
        <location filename="../../gui/pages/staff/plan.py" line="+33"/>
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
        <location filename="../../gui/pages/equipment/sites.py" line="+35"/>
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
        <location line="+5"/>
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
        <location line="+0"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Đã khắc phục</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../gui/slips.py" line="+18"/>
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
        <source>Phiếu từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refusal at the counter (Form 03)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông báo dừng giải quyết (Mẫu 05)</source>
        <translation>Notice of stop (Form 05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiếu kiểm soát (Mẫu 06)</source>
        <translation>Process control slip (Form 06)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phiếu xin lỗi, hẹn lại (Mẫu 04)</source>
        <translation>Apology, new date (Form 04)</translation>
    </message>
</context>
<context>
    <name>StaffListTab</name>
    <message>
        <location filename="../../gui/pages/staff/list_tab.py" line="+68"/>
        <source>Tìm theo tên, mã, số điện thoại, CCCD…</source>
        <translation>Search by name, code, phone, ID number…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+35"/>
        <source>Mọi đơn vị</source>
        <translation>Any office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi chuyên môn</source>
        <translation>Any specialty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 người (%2 đang công tác)</source>
        <translation>%1 people (%2 in post)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../gui/pages/staff/person.py" line="-142"/>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm cán bộ</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../gui/pages/staff/assignments.py" line="-24"/>
        <source>Chuyển đơn vị</source>
        <translation>Move to another office</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Thêm kiêm nhiệm</source>
        <translation>Add a concurrent post</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kết thúc kiêm nhiệm</source>
        <translation>End the concurrent post</translation>
    </message>
    <message>
        <location filename="../../gui/pages/staff/list_tab.py" line="-80"/>
        <source>Không công tác vào ngày đang xem</source>
        <translation>Not in post on the day shown</translation>
    </message>
    <message>
        <location filename="../../gui/pages/staff/plan.py" line="-100"/>
        <source>Nhấp đúp để sửa</source>
        <translation>Double-click to edit</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Thêm dòng định biên</source>
        <translation>Add a quota row</translation>
    </message>
    <message>
        <location filename="../../gui/pages/staff/page.py" line="+25"/>
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
        <source>%1: đã thêm %2, cập nhật %3.</source>
        <translation>%1: added %2, updated %3.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../gui/pages/staff/list_tab.py" line="-24"/>
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
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Ngày thôi việc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiêm nhiệm</source>
        <translation>Concurrent</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gui/pages/tasks/task_dialog.py" line="+161"/>
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
        <location line="-162"/>
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
        <location line="+2"/>
        <source>Cấp giao (rõ thẩm quyền) *</source>
        <translation>Assigned by (clear authority) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch UBND xã…</source>
        <translation>Commune chairperson…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../gui/pages/tasks/common.py" line="-23"/>
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
        <location filename="../../gui/pages/tasks/page.py" line="+25"/>
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
        <location filename="../../gui/pages/tasks/training.py" line="+63"/>
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
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+98"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <location line="+34"/>
        <location line="+2"/>
        <source>Xóa khóa học</source>
        <translation>Delete the course</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Xóa khóa học “%1” và danh sách tham gia?</source>
        <translation>Delete the course “%1” and its participants?</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location line="-206"/>
        <source>Sửa khóa học</source>
        <translation>Edit the course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm khóa học</source>
        <translation>Add a course</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Kết quả bồi dưỡng</source>
        <translation>Training result</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks/required.py" line="-8"/>
        <source>Bồi dưỡng bắt buộc theo vị trí việc làm</source>
        <translation>Required training by job position</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>phần {title} dài {count} ký tự, quá mức {limit} ký tự</source>
        <comment>assessment.too_long</comment>
        <translation>the section {title} has {count} characters, more than {limit}</translation>
    </message>
    <message>
        <source>không có phần &apos;{name}&apos; (các phần: {known})</source>
        <comment>assessment.unknown_section</comment>
        <translation>there is no section &apos;{name}&apos; (the sections: {known})</translation>
    </message>
    <message>
        <source>báo cáo đã chốt không bao giờ bị sửa: hãy lập bản điều chỉnh, kèm lý do</source>
        <comment>audit.locked_return</comment>
        <translation>a finalised return is never changed: make an amendment, with its reason</translation>
    </message>
    <message>
        <source>nhật ký thao tác không sửa được</source>
        <comment>audit.trail_locked</comment>
        <translation>the audit trail cannot be changed</translation>
    </message>
    <message>
        <source>đã có tài khoản &apos;{name}&apos;</source>
        <comment>auth.account_exists</comment>
        <translation>an account named &apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <source>tên đăng nhập là một từ, không có dấu cách, tối đa 100 ký tự</source>
        <comment>auth.account_name</comment>
        <translation>an account name is one word (no spaces), up to 100 characters</translation>
    </message>
    <message>
        <source>tài khoản này đã bị ngừng sử dụng: hãy liên hệ quản trị viên</source>
        <comment>auth.disabled</comment>
        <translation>this account is disabled: ask the administrator</translation>
    </message>
    <message>
        <source>tài khoản đầu tiên phải là quản trị hệ thống (vai trò admin)</source>
        <comment>auth.first_is_admin</comment>
        <translation>the first account must be an administrator (role admin)</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu có tài khoản: hãy ghi --user TÊN (mật khẩu lấy từ $COMMUNEDESK_PASSWORD hoặc nhập khi được hỏi)</source>
        <comment>auth.give_user</comment>
        <translation>this database has accounts: give --user NAME (the password comes from $COMMUNEDESK_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>đây là quản trị viên cuối cùng: hãy tạo quản trị viên khác trước</source>
        <comment>auth.last_admin</comment>
        <translation>this is the last active administrator: make another one first</translation>
    </message>
    <message>
        <source>nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa {minutes} phút (hoặc đến khi quản trị viên đặt mật khẩu mới)</source>
        <comment>auth.locked_for</comment>
        <translation>too many wrong passwords: the account is locked for {minutes} minutes (or until the administrator sets a new password)</translation>
    </message>
    <message>
        <source>nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa đến {time} (hoặc đến khi quản trị viên đặt mật khẩu mới)</source>
        <comment>auth.locked_until</comment>
        <translation>too many wrong passwords: the account is locked until {time} (or until the administrator sets a new password)</translation>
    </message>
    <message>
        <source>hãy đăng nhập: cơ sở dữ liệu có tài khoản, chỉ người đã đăng nhập mới được {what}</source>
        <comment>auth.log_in_first</comment>
        <translation>log in first: this database has accounts, and only a logged-in user may {what}</translation>
    </message>
    <message>
        <source>không có tài khoản &apos;{name}&apos;</source>
        <comment>auth.no_account</comment>
        <translation>no account named &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>chưa có mật khẩu: đặt $COMMUNEDESK_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh</source>
        <comment>auth.no_password</comment>
        <translation>no password: set $COMMUNEDESK_PASSWORD or run the command in a terminal</translation>
    </message>
    <message>
        <source>{name} ({role}) không được {what}</source>
        <comment>auth.not_allowed</comment>
        <translation>{name} ({role}) may not {what}</translation>
    </message>
    <message>
        <source>mật khẩu không được trùng tên đăng nhập</source>
        <comment>auth.password_is_name</comment>
        <translation>the password must not be the account name</translation>
    </message>
    <message>
        <source>mật khẩu cần ít nhất {count} ký tự</source>
        <comment>auth.password_short</comment>
        <translation>the password needs at least {count} characters</translation>
    </message>
    <message>
        <source>hai lần nhập mật khẩu không khớp</source>
        <comment>auth.passwords_differ</comment>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>tài khoản &apos;{name}&apos; không có hoặc đã bị ngừng sử dụng</source>
        <comment>auth.unknown_account</comment>
        <translation>unknown or disabled account &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>vai trò là một trong {roles}</source>
        <comment>auth.unknown_role</comment>
        <translation>the role is one of {roles}</translation>
    </message>
    <message>
        <source>lệnh user {action} cần TÊN tài khoản</source>
        <comment>auth.user_needs_name</comment>
        <translation>user {action} needs an account NAME</translation>
    </message>
    <message>
        <source>lệnh user add cần --role ({roles} hoặc {last})</source>
        <comment>auth.user_needs_role</comment>
        <translation>user add needs --role ({roles} or {last})</translation>
    </message>
    <message>
        <source>sai tên đăng nhập hoặc mật khẩu</source>
        <comment>auth.wrong</comment>
        <translation>wrong name or password</translation>
    </message>
    <message>
        <source>{name} không mở được ({reason})</source>
        <comment>backup.cannot_open</comment>
        <translation>{name} cannot be opened ({reason})</translation>
    </message>
    <message>
        <source>bản sao của {name} không qua được bước kiểm tra {check} ({details}): có thể chính cơ sở dữ liệu đã bị hỏng</source>
        <comment>backup.copy_failed_check</comment>
        <translation>the copy of {name} failed its {check} ({details}): the database itself may be damaged</translation>
    </message>
    <message>
        <source>không sao lưu được {name}: {reason}</source>
        <comment>backup.could_not</comment>
        <translation>could not back up {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} bị hỏng hoặc không phải cơ sở dữ liệu ({reason})</source>
        <comment>backup.damaged_or_not</comment>
        <translation>{name} is damaged or not a database ({reason})</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} bị hỏng, không dùng an toàn được ({detail}). Chưa có gì bị thay đổi. Bản sao lưu tốt gần nhất lúc {taken} ({name}): hãy khôi phục nó; tệp hỏng được giữ lại riêng.</source>
        <comment>backup.db_damaged</comment>
        <translation>The database {path} is damaged and cannot be used safely ({detail}). Nothing has been changed. The newest good backup was taken on {taken} ({name}): restore it; the damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} bị hỏng, không dùng an toàn được ({detail}). Chưa có gì bị thay đổi. Không tìm thấy bản sao lưu tốt nào: hãy chép tệp lại và hỏi người hỗ trợ trước khi làm gì khác.</source>
        <comment>backup.db_damaged_no_backup</comment>
        <translation>The database {path} is damaged and cannot be used safely ({detail}). Nothing has been changed. No good backup was found: copy the file and ask for help before doing anything else.</translation>
    </message>
    <message>
        <source>{name} không phải bản sao lưu PostgreSQL đọc được ({reason})</source>
        <comment>backup.dump_not_readable</comment>
        <translation>{name} is not a readable PostgreSQL dump ({reason})</translation>
    </message>
    <message>
        <source>{name}: bản sao lưu PostgreSQL, đọc được</source>
        <comment>backup.dump_readable</comment>
        <translation>{name}: a PostgreSQL dump, readable</translation>
    </message>
    <message>
        <source>không đọc lại được bản sao lưu: {reason}</source>
        <comment>backup.dump_unreadable</comment>
        <translation>the dump does not read back: {reason}</translation>
    </message>
    <message>
        <source>{name} bị hỏng ({details})</source>
        <comment>backup.file_damaged</comment>
        <translation>{name} is damaged ({details})</translation>
    </message>
    <message>
        <source>không ghi được bản sao lưu vào {folder}: {reason}</source>
        <comment>backup.folder_not_writable</comment>
        <translation>cannot write backups to {folder}: {reason}</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu trong bộ nhớ không sao lưu được</source>
        <comment>backup.in_memory</comment>
        <translation>an in-memory database cannot be backed up</translation>
    </message>
    <message>
        <source>không tìm thấy {tool}. Hãy cài bộ công cụ máy khách PostgreSQL (cùng phiên bản chính với máy chủ, hoặc mới hơn) và thêm thư mục bin của nó vào PATH hoặc $COMMUNEDESK_PG_BIN; hoặc tự chạy:
  {example}</source>
        <comment>backup.missing_tool</comment>
        <translation>{tool} was not found. Install the PostgreSQL client tools (the same major version as the server, or newer) and add their bin folder to PATH or to $COMMUNEDESK_PG_BIN; or run it yourself:
  {example}</translation>
    </message>
    <message>
        <source>sẽ tạo cơ sở dữ liệu mới</source>
        <comment>backup.new_database</comment>
        <translation>a new database will be created</translation>
    </message>
    <message>
        <source>{name} do phiên bản CommuneDesk mới hơn tạo ra (lược đồ {revision}): hãy cập nhật chương trình trước</source>
        <comment>backup.newer_version</comment>
        <translation>{name} was made by a newer version of CommuneDesk (schema {revision}): update the program first</translation>
    </message>
    <message>
        <source>không có cơ sở dữ liệu ở {path}</source>
        <comment>backup.no_database</comment>
        <translation>there is no database at {path}</translation>
    </message>
    <message>
        <source>{path}: không tìm thấy tệp</source>
        <comment>backup.no_such_file</comment>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <source>{name} không phải cơ sở dữ liệu CommuneDesk</source>
        <comment>backup.not_our_database</comment>
        <translation>{name} is not a CommuneDesk database</translation>
    </message>
    <message>
        <source>{name} không phải bản sao lưu CommuneDesk</source>
        <comment>backup.not_ours</comment>
        <translation>{name} is not a CommuneDesk backup</translation>
    </message>
    <message>
        <source>pg_dump lỗi: {reason}</source>
        <comment>backup.pg_dump_failed</comment>
        <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
        <source>máy chủ cơ sở dữ liệu không trả lời: {reason}</source>
        <comment>backup.server_silent</comment>
        <translation>the database server does not answer: {reason}</translation>
    </message>
    <message>
        <source>có quá nhiều bản sao lưu cùng tên {name}</source>
        <comment>backup.too_many_names</comment>
        <translation>too many backups named like {name}</translation>
    </message>
    <message>
        <source>{name}: nguyên vẹn ({count:n} hồ sơ)</source>
        <comment>backup.whole</comment>
        <translation>{name}: whole ({count:n} dossiers)</translation>
    </message>
    <message>
        <source>ngày không được trước bước trước ({value})</source>
        <comment>before_last_step</comment>
        <translation>the date is before the last step ({value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; nhỏ hơn {minimum}</source>
        <comment>below</comment>
        <translation>&apos;{value}&apos; is below {minimum}</translation>
    </message>
    <message>
        <source>chọn ngày</source>
        <comment>calendar.choose_day</comment>
        <translation>choose a day</translation>
    </message>
    <message>
        <source>ghi chú dài quá {limit} ký tự</source>
        <comment>calendar.note_too_long</comment>
        <translation>the note is longer than {limit} characters</translation>
    </message>
    <message>
        <source>chọn ngày nghỉ hoặc ngày làm bù (&apos;{value}&apos; không hợp lệ)</source>
        <comment>calendar.unknown_kind</comment>
        <translation>unknown kind &apos;{value}&apos; (day_off or working_day)</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <comment>cancelled</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>tệp đánh giá phải là một đối tượng JSON gồm các phần và nội dung: {error}</source>
        <comment>cli.assessment_json</comment>
        <translation>the assessment file must be a JSON object of sections and their texts: {error}</translation>
    </message>
    <message>
        <source>thao tác late-cause cần --cause</source>
        <comment>cli.cause_needed</comment>
        <translation>late-cause needs --cause</translation>
    </message>
    <message>
        <source>--from cần có --to</source>
        <comment>cli.from_needs_to</comment>
        <translation>--from needs --to</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; không phải ngày (YYYY-MM-DD)</source>
        <comment>cli.not_a_date</comment>
        <translation>{option}: &apos;{value}&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải loại bản (original, copy, certified_copy)</source>
        <comment>cli.not_a_document_form</comment>
        <translation>&apos;{value}&apos; is not a document form (original, copy, certified_copy)</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; không phải thời điểm (YYYY-MM-DD HH:MM hoặc YYYY-MM-DD)</source>
        <comment>cli.not_a_moment</comment>
        <translation>{option}: &apos;{value}&apos; is not a moment (YYYY-MM-DD HH:MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; không phải giờ (HH:MM)</source>
        <comment>cli.not_a_time</comment>
        <translation>{option}: &apos;{value}&apos; is not a time of day (HH:MM)</translation>
    </message>
    <message>
        <source>chỉ dùng một trong --reason và --note</source>
        <comment>cli.reason_or_note</comment>
        <translation>give --reason or --note, not both</translation>
    </message>
    <message>
        <source>hãy chọn tệp cần ghi: --json OUT, --xlsx OUT và/hoặc --pdf OUT</source>
        <comment>cli.report_outputs</comment>
        <translation>say what to write: --json OUT, --xlsx OUT and/or --pdf OUT</translation>
    </message>
    <message>
        <source>hai tệp ra cùng một đường dẫn: {path}</source>
        <comment>cli.same_output</comment>
        <translation>two outputs on one path: {path}</translation>
    </message>
    <message>
        <source>nhiều giấy tờ của danh mục khớp với &apos;{name}&apos;: {names:q}; hãy gõ rõ hơn hoặc số thứ tự</source>
        <comment>cli.several_documents</comment>
        <translation>&apos;{name}&apos; matches several documents of the checklist: {names:q}; type more of the name, or its number</translation>
    </message>
    <message>
        <source>nhiều thủ tục khớp với &apos;{name}&apos;: {names:q}; hãy gõ đủ tên</source>
        <comment>cli.several_procedures</comment>
        <translation>several procedures match &apos;{name}&apos;: {names:q}; give the full name</translation>
    </message>
    <message>
        <source>có nhiều cán bộ tên &apos;{name}&apos;</source>
        <comment>cli.several_staff</comment>
        <translation>several staff members are called &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>không có giấy tờ nào của danh mục khớp với &apos;{name}&apos;: {names:q} (giấy tờ khác: &apos;+{name}&apos;)</source>
        <comment>cli.unknown_document</comment>
        <translation>no document of the checklist matches &apos;{name}&apos;: {names:q} (another document: --doc &apos;+{name}&apos;)</translation>
    </message>
    <message>
        <source>không có thủ tục nào tên &apos;{name}&apos; trong danh mục</source>
        <comment>cli.unknown_procedure</comment>
        <translation>no procedure of the catalogue is called &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>không có cán bộ tên &apos;{name}&apos;</source>
        <comment>cli.unknown_staff</comment>
        <translation>no staff member is called &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>số hồ sơ mỗi quyển sổ là số nguyên từ 0 đến 100.000</source>
        <comment>commune.book_volume_size</comment>
        <translation>the entries in one volume of the book are a whole number from 0 to 100,000</translation>
    </message>
    <message>
        <source>tiền tố mã hồ sơ gồm 1 đến 20 chữ cái, chữ số hoặc dấu chấm</source>
        <comment>commune.code_prefix</comment>
        <translation>the code prefix has 1 to 20 letters, digits or dots</translation>
    </message>
    <message>
        <source>lệnh init cần --commune và --province</source>
        <comment>commune.init_needs</comment>
        <translation>init needs --commune and --province</translation>
    </message>
    <message>
        <source>nhập tên xã, phường</source>
        <comment>commune.name_required</comment>
        <translation>the commune&apos;s name is required</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu chưa có thông tin xã, phường: chạy `init --commune … --province …`</source>
        <comment>commune.none_yet</comment>
        <translation>the database has no commune yet: run `init --commune … --province …`</translation>
    </message>
    <message>
        <source>số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang (6 đến 30 ký tự)</source>
        <comment>commune.phone</comment>
        <translation>a phone number is digits, spaces, dots and dashes (6 to 30 characters)</translation>
    </message>
    <message>
        <source>nhập tên tỉnh, thành phố</source>
        <comment>commune.province_required</comment>
        <translation>the province is required</translation>
    </message>
    <message>
        <source>{name}: dữ liệu báo cáo đã bị sửa sau khi CommuneDesk lập (sai mã kiểm tra); hãy đề nghị xã gửi lại tệp</source>
        <comment>consolidate.checksum</comment>
        <translation>{name}: its return data was changed after CommuneDesk made it (checksum mismatch); ask the commune for the file again</translation>
    </message>
    <message>
        <source>{name}: danh sách xã, phường phải là tệp CSV dạng văn bản UTF-8</source>
        <comment>consolidate.communes_not_text</comment>
        <translation>{name}: the list of communes must be a UTF-8 CSV text file</translation>
    </message>
    <message>
        <source>{name}: danh sách xã, phường quá lớn (hơn {limit:n} MB)</source>
        <comment>consolidate.communes_too_large</comment>
        <translation>{name}: the list of communes is too large (over {limit:n} MB)</translation>
    </message>
    <message>
        <source>{name}: trang dữ liệu báo cáo bị hỏng</source>
        <comment>consolidate.damaged</comment>
        <translation>{name}: its return data sheet is damaged</translation>
    </message>
    <message>
        <source>{name}: trang dữ liệu báo cáo bị hỏng ({reason})</source>
        <comment>consolidate.damaged_because</comment>
        <translation>{name}: its return data sheet is damaged ({reason})</translation>
    </message>
    <message>
        <source>các báo cáo thuộc các kỳ khác nhau, hãy tổng hợp từng kỳ</source>
        <comment>consolidate.different_periods</comment>
        <translation>the returns are for different periods, consolidate one period at a time</translation>
    </message>
    <message>
        <source>các báo cáo thuộc các tỉnh khác nhau</source>
        <comment>consolidate.different_provinces</comment>
        <translation>the returns are from different provinces</translation>
    </message>
    <message>
        <source>{name}: số liệu trên trang &apos;{sheet}&apos; đã bị sửa sau khi CommuneDesk lập báo cáo; hãy đề nghị xã gửi lại tệp</source>
        <comment>consolidate.figures_changed</comment>
        <translation>{name}: the figures on the sheet &apos;{sheet}&apos; were changed after CommuneDesk made the return; ask the commune for the file again</translation>
    </message>
    <message>
        <source>{name}: không phải báo cáo do CommuneDesk lập (trang dữ liệu không phải của CommuneDesk)</source>
        <comment>consolidate.foreign_data_sheet</comment>
        <translation>{name}: not a return made by CommuneDesk (its data sheet is not ours)</translation>
    </message>
    <message>
        <source>{name}: là báo cáo tổng hợp của tỉnh, không phải báo cáo của xã</source>
        <comment>consolidate.is_province</comment>
        <translation>{name}: is a province consolidation, not a commune&apos;s return</translation>
    </message>
    <message>
        <source>{name}: do phiên bản CommuneDesk mới hơn lập (định dạng dữ liệu {version}); hãy cập nhật chương trình</source>
        <comment>consolidate.newer</comment>
        <translation>{name}: made by a newer CommuneDesk (data format {version}); update this program</translation>
    </message>
    <message>
        <source>{name}: danh sách không có tên xã, phường nào</source>
        <comment>consolidate.no_communes</comment>
        <translation>{name}: no commune names in it</translation>
    </message>
    <message>
        <source>{name}: không phải báo cáo do CommuneDesk lập (không có trang dữ liệu báo cáo)</source>
        <comment>consolidate.no_data_sheet</comment>
        <translation>{name}: not a return made by CommuneDesk (it has no return data sheet)</translation>
    </message>
    <message>
        <source>{name}: không tìm thấy tệp</source>
        <comment>consolidate.no_such_file</comment>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <source>{name}: không đọc được như bảng tính Excel ({reason})</source>
        <comment>consolidate.not_a_workbook</comment>
        <translation>{name}: cannot be read as an Excel workbook ({reason})</translation>
    </message>
    <message>
        <source>không có báo cáo nào để tổng hợp</source>
        <comment>consolidate.nothing</comment>
        <translation>no return to consolidate</translation>
    </message>
    <message>
        <source>hãy chọn tệp cần ghi: --xlsx OUT, --pdf OUT và/hoặc --json OUT</source>
        <comment>consolidate.outputs</comment>
        <translation>say what to write: --xlsx OUT, --pdf OUT and/or --json OUT</translation>
    </message>
    <message>
        <source>{name}: {start} đến {end}</source>
        <comment>consolidate.period_of</comment>
        <translation>{name}: {start} to {end}</translation>
    </message>
    <message>
        <source>{name}: {province}</source>
        <comment>consolidate.province_of</comment>
        <translation>{name}: {province}</translation>
    </message>
    <message>
        <source>{count} tệp bị từ chối: {first}</source>
        <comment>consolidate.refused_many</comment>
        <translation>{count} files were refused: {first}</translation>
    </message>
    <message>
        <source>một tệp bị từ chối: {first}</source>
        <comment>consolidate.refused_one</comment>
        <translation>a file was refused: {first}</translation>
    </message>
    <message>
        <source>{name}: cùng xã và cùng kỳ với {other} ({commune}, {start} đến {end}); hãy giữ một tệp</source>
        <comment>consolidate.same_commune</comment>
        <translation>{name}: the same commune and period as {other} ({commune}, {start} to {end}); keep one of them</translation>
    </message>
    <message>
        <source>{name} và {other}: cùng xã, kỳ và phiên bản {version} nhưng số liệu khác nhau</source>
        <comment>consolidate.same_version_differs</comment>
        <translation>{name} and {other}: the same commune, period and version {version} with different figures</translation>
    </message>
    <message>
        <source>{name}: thiếu trang &apos;{sheet}&apos;</source>
        <comment>consolidate.sheet_missing</comment>
        <translation>{name}: the sheet &apos;{sheet}&apos; is missing</translation>
    </message>
    <message>
        <source>chứa ký tự điều khiển không in được ({char})</source>
        <comment>control_character</comment>
        <translation>holds a control character that cannot be printed ({char})</translation>
    </message>
    <message>
        <source>ngày không hợp lệ (dd/mm/yyyy)</source>
        <comment>date_format</comment>
        <translation>is not a date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>ngày không được sau hôm nay</source>
        <comment>date_in_future</comment>
        <translation>the date is in the future</translation>
    </message>
    <message>
        <source>--db không phải đường dẫn tệp hay địa chỉ cơ sở dữ liệu hợp lệ ({reason})</source>
        <comment>db.bad_url</comment>
        <translation>--db is not a valid file path or database URL ({reason})</translation>
    </message>
    <message>
        <source>không mở được cơ sở dữ liệu {target}: {reason}</source>
        <comment>db.cannot_open</comment>
        <translation>cannot open the database {target}: {reason}</translation>
    </message>
    <message>
        <source>{path}: là một thư mục, không phải tệp cơ sở dữ liệu; hãy chỉ ra tệp .sqlite</source>
        <comment>db.is_folder</comment>
        <translation>{path}: is a folder, not a database file; name the .sqlite file</translation>
    </message>
    <message>
        <source>{path}: thư mục {folder} không có</source>
        <comment>db.no_folder</comment>
        <translation>{path}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>{path}: không phải tệp cơ sở dữ liệu CommuneDesk (SQLite); tệp không bị thay đổi</source>
        <comment>db.not_sqlite</comment>
        <translation>{path}: is not a CommuneDesk (SQLite) database file; it was left as it is</translation>
    </message>
    <message>
        <source>Cần trình điều khiển psycopg để dùng PostgreSQL mà máy này chưa cài: pip install &quot;communedesk[postgres]&quot;</source>
        <comment>db.postgres_driver_missing</comment>
        <translation>PostgreSQL needs the psycopg driver, which is not installed: pip install &quot;communedesk[postgres]&quot;</translation>
    </message>
    <message>
        <source>hồ sơ đã có phiếu xin lỗi, hẹn lại ngày {value}: chỉ được hẹn lại một lần</source>
        <comment>dossier.apology_once</comment>
        <translation>an apology was already given (new date {value}): an apology is given once</translation>
    </message>
    <message>
        <source>phiếu xin lỗi phải gửi chậm nhất một ngày làm việc trước hạn trả {due}, tức là ngày {latest}</source>
        <comment>dossier.apology_too_late</comment>
        <translation>the apology must be given no later than one working day before the due date {due}, i.e. by {latest}</translation>
    </message>
    <message>
        <source>nhập họ tên người nộp hồ sơ</source>
        <comment>dossier.applicant_required</comment>
        <translation>the applicant&apos;s name is required</translation>
    </message>
    <message>
        <source>ngày không được trước bước xử lý trước của hồ sơ ({value})</source>
        <comment>dossier.before_previous_step</comment>
        <translation>the date is before the dossier&apos;s previous step ({value})</translation>
    </message>
    <message>
        <source>ngày không được trước ngày tiếp nhận hồ sơ</source>
        <comment>dossier.before_receipt</comment>
        <translation>the date is before the dossier was received</translation>
    </message>
    <message>
        <source>trước ngày tiếp nhận</source>
        <comment>dossier.before_received</comment>
        <translation>is before the received date</translation>
    </message>
    <message>
        <source>nguyên nhân quá hạn chỉ ghi cho hồ sơ giải quyết quá hạn hoặc đang quá hạn</source>
        <comment>dossier.cause_not_late</comment>
        <translation>a late cause is only for a dossier completed late or pending overdue</translation>
    </message>
    <message>
        <source>chọn cán bộ xử lý</source>
        <comment>dossier.choose_handler</comment>
        <translation>choose a handler</translation>
    </message>
    <message>
        <source>chọn thủ tục trong danh mục</source>
        <comment>dossier.choose_procedure</comment>
        <translation>choose a procedure from the catalogue</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; là trạng thái đã kết thúc nhưng cột &apos;{empty}&apos; để trống</source>
        <comment>dossier.closed_without_date</comment>
        <translation>&apos;{status}&apos; is a closed status but &apos;{empty}&apos; is empty</translation>
    </message>
    <message>
        <source>mã hồ sơ {code} đã có</source>
        <comment>dossier.code_exists</comment>
        <translation>dossier {code} already exists</translation>
    </message>
    <message>
        <source>số lượng hồ sơ phải từ 1 đến {limit} bộ</source>
        <comment>dossier.copies</comment>
        <translation>the number of sets must be 1 to {limit}</translation>
    </message>
    <message>
        <source>ngày trước {earliest} không thuộc sổ này (gõ nhầm năm?)</source>
        <comment>dossier.date_before_earliest</comment>
        <translation>the date is before {earliest}: not in this register (a mistyped year?)</translation>
    </message>
    <message>
        <source>có ngày trả kết quả nhưng trạng thái &apos;{status}&apos; là chưa kết thúc</source>
        <comment>dossier.date_but_open</comment>
        <translation>a closing date is given but the status &apos;{status}&apos; is still open</translation>
    </message>
    <message>
        <source>ngày không được sau hôm nay</source>
        <comment>dossier.date_in_future</comment>
        <translation>the date is after today</translation>
    </message>
    <message>
        <source>số bản của giấy tờ thứ {number} phải từ 1 đến {limit}</source>
        <comment>dossier.document_copies</comment>
        <translation>the copies of document {number} must be 1 to {limit}</translation>
    </message>
    <message>
        <source>giấy tờ thứ {number} chưa có tên</source>
        <comment>dossier.document_name</comment>
        <translation>document {number} has no name</translation>
    </message>
    <message>
        <source>hạn trả quá {years} năm sau ngày tiếp nhận (gõ nhầm năm?)</source>
        <comment>dossier.due_too_far</comment>
        <translation>the due date is more than {years} years after receipt (a mistyped year?)</translation>
    </message>
    <message>
        <source>để trống, mà thủ tục &apos;{procedure}&apos; chưa có thời hạn giải quyết trong danh mục</source>
        <comment>dossier.due_unknown</comment>
        <translation>is empty and the procedure &apos;{procedure}&apos; has no legal time in the catalogue</translation>
    </message>
    <message>
        <source>địa chỉ email không hợp lệ (ví dụ ten@example.vn)</source>
        <comment>dossier.email</comment>
        <translation>not an email address</translation>
    </message>
    <message>
        <source>lệ phí {value:n} đồng quá lớn (tối đa {maximum:n} đồng)</source>
        <comment>dossier.fee_too_large</comment>
        <translation>a fee of {value:n} đồng is implausibly large (at most {maximum:n} đồng)</translation>
    </message>
    <message>
        <source>ngày tiếp nhận không được sau hôm nay</source>
        <comment>dossier.future_receipt</comment>
        <translation>the day of receipt is in the future</translation>
    </message>
    <message>
        <source>số định danh (CCCD) gồm đúng 12 chữ số</source>
        <comment>dossier.id_number</comment>
        <translation>the ID number (CCCD) has 12 digits</translation>
    </message>
    <message>
        <source>ngày hẹn mới phải sau hạn trả hiện tại ({due})</source>
        <comment>dossier.new_date_after_due</comment>
        <translation>the new date must be after the due date in force ({due})</translation>
    </message>
    <message>
        <source>nhập ngày hẹn trả mới (in trên Mẫu 04)</source>
        <comment>dossier.new_date_required</comment>
        <translation>the new date promised is required (--new-due YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>thủ tục này chưa có thời hạn giải quyết trong danh mục (Cài đặt → Danh mục thủ tục)</source>
        <comment>dossier.no_legal_time</comment>
        <translation>this procedure has no legal time in the catalogue yet</translation>
    </message>
    <message>
        <source>không có hồ sơ mã {code}</source>
        <comment>dossier.no_such_code</comment>
        <translation>no dossier with code {code}</translation>
    </message>
    <message>
        <source>hồ sơ đã có mã trên hệ thống {value}; mã này không đổi</source>
        <comment>dossier.official_code_given</comment>
        <translation>the dossier already has the official code {value}, which does not change</translation>
    </message>
    <message>
        <source>số điện thoại không hợp lệ (ví dụ 0912345678)</source>
        <comment>dossier.phone</comment>
        <translation>not a Vietnamese phone number</translation>
    </message>
    <message>
        <source>nhập lý do (được in trên phiếu)</source>
        <comment>dossier.reason_required</comment>
        <translation>a reason is required</translation>
    </message>
    <message>
        <source>số tiền hoàn trả phải là số đồng không âm</source>
        <comment>dossier.refunded_fee</comment>
        <translation>the refunded fee is whole đồng, 0 or more</translation>
    </message>
    <message>
        <source>chỉ từ chối tiếp nhận hồ sơ vừa nộp tại quầy; hồ sơ đã xử lý thì dùng “Từ chối giải quyết”</source>
        <comment>dossier.refuse_only_at_counter</comment>
        <translation>only a dossier just presented at the counter can be refused there; reject a dossier in process instead</translation>
    </message>
    <message>
        <source>từ chối tiếp nhận ghi vào ngày hồ sơ được nộp ({value})</source>
        <comment>dossier.refuse_same_day</comment>
        <translation>a refusal at the counter is recorded on the day the dossier was presented ({value})</translation>
    </message>
    <message>
        <source>có ngày trả kết quả nhưng hồ sơ &apos;Từ chối tiếp nhận&apos; không được tiếp nhận nên không có ngày trả</source>
        <comment>dossier.refused_with_date</comment>
        <translation>a closing date is given but a dossier refused at the counter was never received, so never closed</translation>
    </message>
    <message>
        <source>nhập họ tên người được ủy quyền</source>
        <comment>dossier.representative_name</comment>
        <translation>the authorised representative&apos;s name is required</translation>
    </message>
    <message>
        <source>có nhiều hồ sơ mã {code} (chỉ khác chữ hoa, chữ thường): {codes:q}; gõ đúng mã</source>
        <comment>dossier.several_codes</comment>
        <translation>several dossiers have the code {code} (differing only in capitals): {codes:q}; type the code exactly</translation>
    </message>
    <message>
        <source>hồ sơ đã được yêu cầu bổ sung {count:n} lần: chỉ hướng dẫn bổ sung một lần; yêu cầu lần nữa phải ghi lý do</source>
        <comment>dossier.supplement_once</comment>
        <translation>a supplement has already been requested (requests so far: {count:n}): the office guides once; a further request needs its reason (--second-time REASON)</translation>
    </message>
    <message>
        <source>ngày bổ sung không được trước ngày yêu cầu bổ sung</source>
        <comment>dossier.supplied_before_request</comment>
        <translation>supplied before it was requested</translation>
    </message>
    <message>
        <source>cán bộ xử lý không có trong danh sách</source>
        <comment>dossier.unknown_handler</comment>
        <translation>unknown handler</translation>
    </message>
    <message>
        <source>số tiền {value:n} quá lớn</source>
        <comment>equipment.amount_too_large</comment>
        <translation>the amount {value:n} is implausibly large</translation>
    </message>
    <message>
        <source>nhập cơ quan quyết định</source>
        <comment>equipment.body_required</comment>
        <translation>the deciding body is required</translation>
    </message>
    <message>
        <source>nhu cầu đã được cấp thì không xóa được</source>
        <comment>equipment.delivered_not_deleted</comment>
        <translation>a delivered need cannot be deleted</translation>
    </message>
    <message>
        <source>nhu cầu đã được cấp: không sửa được số lượng</source>
        <comment>equipment.delivered_quantity</comment>
        <translation>a delivered need&apos;s quantity cannot change</translation>
    </message>
    <message>
        <source>số lượng cấp phải lớn hơn 0</source>
        <comment>equipment.delivered_zero</comment>
        <translation>the quantity delivered must be above 0</translation>
    </message>
    <message>
        <source>nhập tên hạng mục</source>
        <comment>equipment.item_required</comment>
        <translation>the item is required</translation>
    </message>
    <message>
        <source>nhập tên thiết bị</source>
        <comment>equipment.name_required</comment>
        <translation>the item is required</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải số lượng</source>
        <comment>equipment.not_a_quantity</comment>
        <translation>&apos;{value}&apos; is not a quantity</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải năm</source>
        <comment>equipment.not_a_year</comment>
        <translation>&apos;{value}&apos; is not a year</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải số tiền (ghi số đồng, ví dụ 12.000.000)</source>
        <comment>equipment.not_money</comment>
        <translation>&apos;{value}&apos; is not an amount of money (whole đồng, e.g. 12.000.000)</translation>
    </message>
    <message>
        <source>nhập tên thôn hoặc địa điểm</source>
        <comment>equipment.place_required</comment>
        <translation>the village or place is required</translation>
    </message>
    <message>
        <source>số lượng {value:n} quá lớn</source>
        <comment>equipment.quantity_too_large</comment>
        <translation>quantity {value:n} is implausibly large</translation>
    </message>
    <message>
        <source>ngày khắc phục không được trước ngày bắt đầu</source>
        <comment>equipment.resolved_before_since</comment>
        <translation>resolved before the problem began</translation>
    </message>
    <message>
        <source>năm trang bị {value} không hợp lệ</source>
        <comment>equipment.year_implausible</comment>
        <translation>the acquisition year {value} is not plausible</translation>
    </message>
    <message>
        <source>báo cáo kỳ {start}–{end} đã chốt lúc {at} (phiên bản {version}): muốn sửa thì lập bản điều chỉnh, kèm lý do</source>
        <comment>finalise.already</comment>
        <translation>the return of {start}–{end} was finalised on {at} (version {version}): a correction is an amendment, with its reason</translation>
    </message>
    <message>
        <source>báo cáo kỳ {start}–{end} vừa được người khác chốt hoặc điều chỉnh lúc {at} (phiên bản {version}): không có gì được lưu, hãy xem lại rồi điều chỉnh lại</source>
        <comment>finalise.amended_meanwhile</comment>
        <translation>the return of {start}–{end} was finalised or amended by someone else meanwhile, on {at} (version {version}): nothing was stored; look at it and amend again</translation>
    </message>
    <message>
        <source>báo cáo đã lưu (phiên bản {version}) không khớp mã kiểm tra của nó</source>
        <comment>finalise.checksum</comment>
        <translation>the stored return (version {version}) does not match its checksum</translation>
    </message>
    <message>
        <source>không có phiên bản {version} của báo cáo kỳ {start}–{end}</source>
        <comment>finalise.no_version</comment>
        <translation>there is no version {version} of the return of {start}–{end}</translation>
    </message>
    <message>
        <source>báo cáo kỳ {start}–{end} chưa được chốt</source>
        <comment>finalise.not_yet</comment>
        <translation>the return of {start}–{end} has not been finalised</translation>
    </message>
    <message>
        <source>báo cáo kỳ {start}–{end} chưa được chốt: hãy chốt trước</source>
        <comment>finalise.not_yet_first</comment>
        <translation>the return of {start}–{end} has not been finalised: finalise it first</translation>
    </message>
    <message>
        <source>bản điều chỉnh cần có lý do</source>
        <comment>finalise.reason_required</comment>
        <translation>an amendment needs its reason</translation>
    </message>
    <message>
        <source>kỳ báo cáo {start}–{end} chưa kết thúc: chỉ chốt được từ ngày {first}, khi số liệu đã đủ</source>
        <comment>finalise.running</comment>
        <translation>the period {start}–{end} has not ended: it can be finalised from {first} on, once its figures are complete</translation>
    </message>
    <message>
        <source>không được sau ngày hôm nay</source>
        <comment>future</comment>
        <translation>is after today</translation>
    </message>
    <message>
        <source>không đọc được dòng CSV ({reason})</source>
        <comment>import.csv_row_unreadable</comment>
        <translation>the row cannot be read as CSV ({reason})</translation>
    </message>
    <message>
        <source>dấu ngoặc kép ({quote}) mở ở dòng này không được đóng</source>
        <comment>import.csv_unclosed_quote</comment>
        <translation>a quote ({quote}) opened in this row is never closed</translation>
    </message>
    <message>
        <source>{name}: bảng tính bị hỏng hoặc không đầy đủ (tệp nén không mở được: tải về bị ngắt giữa chừng?); không có dữ liệu nào được nhập</source>
        <comment>import.damaged_workbook</comment>
        <translation>{name}: the workbook is damaged or incomplete (its zip does not open: a download cut short?); nothing was imported</translation>
    </message>
    <message>
        <source>{name}: cơ sở dữ liệu không nhận một giá trị, không có dữ liệu nào được nhập ({reason})</source>
        <comment>import.database_refused</comment>
        <translation>{name}: the database refused a value, nothing was imported ({reason})</translation>
    </message>
    <message>
        <source>cột {first} “{first_name}” và cột {second} “{second_name}” cùng cho một trường: hãy giữ một cột (đổi tên hoặc xóa cột kia)</source>
        <comment>import.duplicate_column</comment>
        <translation>columns {first} “{first_name}” and {second} “{second_name}” give the same field: keep one of them (rename or delete the other)</translation>
    </message>
    <message>
        <source>{name}: tệp trống</source>
        <comment>import.empty_file</comment>
        <translation>{name}: the file is empty</translation>
    </message>
    <message>
        <source>{name}: đây là một thư mục, không phải tệp; hãy chọn tệp trong thư mục</source>
        <comment>import.is_a_folder</comment>
        <translation>{name}: a folder, not a file; choose a file inside it</translation>
    </message>
    <message>
        <source>{name}: tệp JSON không chứa danh sách bản ghi nào</source>
        <comment>import.json_no_records</comment>
        <translation>{name}: the JSON file holds no list of records</translation>
    </message>
    <message>
        <source>{name}: danh sách “{key}” có phần tử thứ {n:n} không phải một bản ghi (đối tượng {{…}})</source>
        <comment>import.json_not_records</comment>
        <translation>{name}: item {n:n} of the list “{key}” is not a record (an object {{…}})</translation>
    </message>
    <message>
        <source>{name}: tệp JSON có hai danh sách bản ghi (“{first}” và “{second}”); hãy để lại một danh sách</source>
        <comment>import.json_two_lists</comment>
        <translation>{name}: the JSON file holds two lists of records (“{first}” and “{second}”); leave one</translation>
    </message>
    <message>
        <source>dòng dài quá {limit:n} ký tự</source>
        <comment>import.line_too_long</comment>
        <translation>the line is longer than {limit:n} characters</translation>
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
        <comment>import.no_rows.sites</comment>
        <translation>{name}: no site problem rows below the header (row {header})</translation>
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
        <source>không có cán bộ nào mang mã &apos;{code}&apos;</source>
        <comment>import.no_staff_code</comment>
        <translation>no staff member has the code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>không có cán bộ nào tên &apos;{value}&apos;</source>
        <comment>import.no_staff_named</comment>
        <translation>no staff member is named &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{name}: không tìm thấy tệp</source>
        <comment>import.no_such_file</comment>
        <translation>{name}: no such file</translation>
    </message>
    <message>
        <source>{name}: mọi trang đều đang ẩn ({hidden}); hãy hiện trang cần nhập trong Excel; không có dữ liệu nào được nhập</source>
        <comment>import.no_visible_sheet</comment>
        <translation>{name}: every sheet is hidden ({hidden}); show the sheet to import in Excel; nothing was imported</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải đơn vị của cơ quan</source>
        <comment>import.not_a_department</comment>
        <translation>&apos;{value}&apos; is not a department of the office</translation>
    </message>
    <message>
        <source>{name}: không phải tệp thông thường (thiết bị hoặc đường ống); hãy chọn một tệp bảng tính hoặc JSON</source>
        <comment>import.not_a_regular_file</comment>
        <translation>{name}: not a regular file (a device or a pipe); choose a spreadsheet or JSON file</translation>
    </message>
    <message>
        <source>{name}: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)</source>
        <comment>import.not_a_spreadsheet</comment>
        <translation>{name}: not a spreadsheet (.xlsx, .xls, .ods or .csv expected)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải nhóm, lĩnh vực đã biết ({choices})</source>
        <comment>import.not_category</comment>
        <translation>&apos;{value}&apos; is not a category ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải kênh nộp ({choices})</source>
        <comment>import.not_channel</comment>
        <translation>&apos;{value}&apos; is not a channel ({choices})</translation>
    </message>
    <message>
        <source>{name}: không phải tệp CSV dạng văn bản</source>
        <comment>import.not_csv</comment>
        <translation>{name}: not a CSV text file</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải loại văn bản ({choices})</source>
        <comment>import.not_document_kind</comment>
        <translation>&apos;{value}&apos; is not a kind of document ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải nguyên nhân quá hạn ({choices})</source>
        <comment>import.not_late_cause</comment>
        <translation>&apos;{value}&apos; is not a late cause ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải hình thức ({choices})</source>
        <comment>import.not_mode</comment>
        <translation>&apos;{value}&apos; is not a mode ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải mức ưu tiên ({choices})</source>
        <comment>import.not_priority</comment>
        <translation>&apos;{value}&apos; is not a priority ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải loại khó khăn của địa bàn ({choices})</source>
        <comment>import.not_problem_kind</comment>
        <translation>&apos;{value}&apos; is not a kind of site problem ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải trách nhiệm ({choices})</source>
        <comment>import.not_responsibility</comment>
        <translation>&apos;{value}&apos; is not a responsibility ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải kết quả ({choices})</source>
        <comment>import.not_result</comment>
        <translation>&apos;{value}&apos; is not a result ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải trạng thái ({choices})</source>
        <comment>import.not_status</comment>
        <translation>&apos;{value}&apos; is not a status ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải chủ đề ({choices})</source>
        <comment>import.not_topic</comment>
        <translation>&apos;{value}&apos; is not a topic ({choices})</translation>
    </message>
    <message>
        <source>{name}: tệp JSON không phải văn bản UTF-8; không có dữ liệu nào được nhập</source>
        <comment>import.not_utf8</comment>
        <translation>{name}: the JSON file is not UTF-8 text; nothing was imported</translation>
    </message>
    <message>
        <source>khớp với hồ sơ {value}, mà dòng {first} cũng khớp</source>
        <comment>import.offline_twice</comment>
        <translation>matches the dossier {value}, as row {first} does</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải mã trên hệ thống của hồ sơ {dossier} ({official})</source>
        <comment>import.other_official_code</comment>
        <translation>&apos;{value}&apos; is not the official code of the dossier {dossier} ({official})</translation>
    </message>
    <message>
        <source>{name}: phần {part} khi giải nén chiếm {size:n} MB, không phải một sổ theo dõi; không có dữ liệu nào được nhập</source>
        <comment>import.part_too_large</comment>
        <translation>{name}: its part {part} takes {size:n} MB once unzipped: not a register; nothing was imported</translation>
    </message>
    <message>
        <source>{name}: đọc bảng tính cần hơn {limit} GB bộ nhớ: trang lớn hơn nhiều so với vẻ ngoài (có ô ở rất xa bên dưới hoặc bên phải dữ liệu?); không có dữ liệu nào được nhập</source>
        <comment>import.reader_out_of_memory</comment>
        <translation>{name}: reading the workbook needed more than {limit} GB of memory: its sheet is far larger than it looks (a cell far below or right of the data?); nothing was imported</translation>
    </message>
    <message>
        <source>{name}: trình đọc bảng tính dừng giữa chừng (mã {code}); không có dữ liệu nào được nhập</source>
        <comment>import.reader_stopped</comment>
        <translation>{name}: the workbook reader stopped (exit status {code}); nothing was imported</translation>
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
        <source>bắt buộc nhập khi cột &apos;{other}&apos; để trống</source>
        <comment>import.required_when_empty</comment>
        <translation>is required when &apos;{other}&apos; is empty</translation>
    </message>
    <message>
        <source>chỉ ghi khi đã khắc phục (trạng thái: {status})</source>
        <comment>import.resolved_but_open</comment>
        <translation>is only for a resolved problem (status: {status})</translation>
    </message>
    <message>
        <source>đã khắc phục nhưng chưa ghi ngày khắc phục</source>
        <comment>import.resolved_without_date</comment>
        <translation>is resolved but gives no day it was resolved on</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; là cùng một hồ sơ với dòng {first}</source>
        <comment>import.same_dossier</comment>
        <translation>&apos;{value}&apos; is the same dossier as row {first}</translation>
    </message>
    <message>
        <source>khớp với nhiều hồ sơ tiếp nhận ngoại tuyến cùng số định danh, thủ tục và ngày tiếp nhận ({codes}): hãy ghi mã hồ sơ trên hệ thống cho các hồ sơ này rồi nhập lại</source>
        <comment>import.several_offline</comment>
        <translation>matches several dossiers taken in offline with the same ID number, procedure and day of receipt ({codes}): give them their official codes, then import again</translation>
    </message>
    <message>
        <source>{name}: phạm vi khai báo của trang ({ref}) vượt quá ô cuối cùng của Excel; không có dữ liệu nào được nhập</source>
        <comment>import.sheet_beyond_excel</comment>
        <translation>{name}: the sheet&apos;s declared extent ({ref}) lies beyond Excel&apos;s last cell; nothing was imported</translation>
    </message>
    <message>
        <source>{name}: trang đầu khai báo {rows:n} dòng × {columns:n} cột, quá {limit:n} ô, không phải một sổ theo dõi; không có dữ liệu nào được nhập</source>
        <comment>import.sheet_too_large</comment>
        <translation>{name}: the first sheet declares {rows:n} rows × {columns:n} columns, more than {limit:n} cells: not a register; nothing was imported</translation>
    </message>
    <message>
        <source>{name}: trang đầu có nhiều ô hơn mức trình đọc bảng tính chấp nhận (quá 100 triệu ô), không phải một sổ theo dõi; không có dữ liệu nào được nhập</source>
        <comment>import.sheet_too_many_cells</comment>
        <translation>{name}: the first sheet has more cells than the workbook reader accepts (over 100 million): not a register; nothing was imported</translation>
    </message>
    <message>
        <source>mã cán bộ &apos;{code}&apos; là của {name}, không phải &apos;{value}&apos;</source>
        <comment>import.staff_code_other</comment>
        <translation>the staff code &apos;{code}&apos; is {name}, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>có {count} cán bộ cùng tên &apos;{value}&apos;: hãy ghi mã cán bộ</source>
        <comment>import.staff_homonyms</comment>
        <translation>{count} staff members are named &apos;{value}&apos;: give the staff code</translation>
    </message>
    <message>
        <source>dòng có {count:n} ô, quá {limit:n}</source>
        <comment>import.too_many_cells</comment>
        <translation>the row has {count:n} cells, more than {limit:n}</translation>
    </message>
    <message>
        <source>hơn {limit:n} dòng có lỗi (dừng đọc ở dòng {at}); không có dữ liệu nào được nhập. Các lỗi đầu tiên:</source>
        <comment>import.too_many_errors</comment>
        <translation>more than {limit:n} rows are at fault (reading stopped at row {at}); nothing was imported. The first ones:</translation>
    </message>
    <message>
        <source>chỉ tới một hồ sơ khác ({value}) với mã hồ sơ của cùng dòng</source>
        <comment>import.two_dossiers</comment>
        <translation>names another dossier ({value}) than the row&apos;s code does</translation>
    </message>
    <message>
        <source>{name}: không phải văn bản UTF-8, UTF-16 hay bảng mã Windows 1258/1252 (hãy lưu CSV dạng UTF-8); không có dữ liệu nào được nhập</source>
        <comment>import.unknown_encoding</comment>
        <translation>{name}: not text in UTF-8, UTF-16 or the Windows code pages 1258/1252 (save the CSV as UTF-8); nothing was imported</translation>
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
        <source>{name}: không đọc được tệp JSON ({reason})</source>
        <comment>import.unreadable_json</comment>
        <translation>{name}: unreadable JSON ({reason})</translation>
    </message>
    <message>
        <source>{name}: không đọc được bảng tính</source>
        <comment>import.unreadable_spreadsheet</comment>
        <translation>{name}: not a readable spreadsheet</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn</source>
        <comment>index766.2.1</comment>
        <translation>Share of dossiers handled early or on time</translation>
    </message>
    <message>
        <source>hồ sơ đã giải quyết trước hạn, đúng hạn và hồ sơ đang giải quyết trong hạn, trên tổng số hồ sơ đã và đang giải quyết; hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn</source>
        <comment>index766.2.1.measures</comment>
        <translation>dossiers completed early or on time and dossiers pending within their time, out of all dossiers completed or pending; a dossier asked for a supplement more than once counts as overdue</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ tiếp nhận trực tuyến</source>
        <comment>index766.3.3</comment>
        <translation>Share of dossiers received online</translation>
    </message>
    <message>
        <source>hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận trong kỳ</source>
        <comment>index766.3.3.measures</comment>
        <translation>dossiers received online out of all dossiers received in the period</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ thanh toán trực tuyến</source>
        <comment>index766.3.6</comment>
        <translation>Share of dossiers paid online</translation>
    </message>
    <message>
        <source>hồ sơ nộp phí, lệ phí trực tuyến trên số hồ sơ tiếp nhận trong kỳ của thủ tục có phí, lệ phí</source>
        <comment>index766.3.6.measures</comment>
        <translation>dossiers whose fee was paid online out of the dossiers with a fee received in the period</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ thực hiện số hóa</source>
        <comment>index766.4.2</comment>
        <translation>Share of digitised dossiers</translation>
    </message>
    <message>
        <source>hồ sơ được số hóa thành phần và trả kết quả điện tử trên tổng số hồ sơ tiếp nhận trong kỳ</source>
        <comment>index766.4.2.measures</comment>
        <translation>dossiers whose documents were scanned and whose result was issued electronically, out of all dossiers received in the period</translation>
    </message>
    <message>
        <source>Mức độ hài lòng trong tiếp nhận, giải quyết TTHC</source>
        <comment>index766.5.4</comment>
        <translation>Satisfaction with the handling of procedures</translation>
    </message>
    <message>
        <source>100% trừ tỷ lệ hồ sơ quá hạn (đã giải quyết quá hạn và đang giải quyết quá hạn) trên tổng số hồ sơ đã và đang giải quyết</source>
        <comment>index766.5.4.measures</comment>
        <translation>100% less the share of overdue dossiers (completed late or pending overdue) out of all dossiers completed or pending</translation>
    </message>
    <message>
        <source>chưa có dữ liệu</source>
        <comment>index766.no_data</comment>
        <translation>no data</translation>
    </message>
    <message>
        <source>có khóa “{key}” hai lần trong cùng một đối tượng (không biết nên lấy giá trị nào)</source>
        <comment>json.duplicate_key</comment>
        <translation>holds the key “{key}” twice in one object (which value is meant cannot be told)</translation>
    </message>
    <message>
        <source>có ký tự không hợp lệ (nửa cặp UTF-16, ví dụ \udfff)</source>
        <comment>json.lone_surrogate</comment>
        <translation>holds an invalid character (half of a UTF-16 pair, such as \udfff)</translation>
    </message>
    <message>
        <source>có một số dài {length:n} chữ số, quá {limit:n}</source>
        <comment>json.long_number</comment>
        <translation>holds a number of {length:n} characters, more than {limit:n}</translation>
    </message>
    <message>
        <source>có giá trị {value} (không phải số JSON)</source>
        <comment>json.not_finite</comment>
        <translation>holds {value}, which is not a JSON number</translation>
    </message>
    <message>
        <source>không phải văn bản UTF-8</source>
        <comment>json.not_utf8</comment>
        <translation>is not UTF-8 text</translation>
    </message>
    <message>
        <source>không phải JSON hợp lệ: {reason} (dòng {line}, cột {col})</source>
        <comment>json.syntax</comment>
        <translation>not valid JSON: {reason} (line {line}, column {col})</translation>
    </message>
    <message>
        <source>lồng nhau quá {limit:n} cấp</source>
        <comment>json.too_deep</comment>
        <translation>is nested more than {limit:n} levels deep</translation>
    </message>
    <message>
        <source>tệp {size:n} MB, quá {limit:n} MB mà một tệp JSON được phép</source>
        <comment>json.too_large</comment>
        <translation>the file is {size:n} MB, more than the {limit:n} MB a JSON file may be</translation>
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
        <source>&apos;{value}&apos; không phải Có hoặc Không</source>
        <comment>not_yes_no</comment>
        <translation>&apos;{value}&apos; is not yes or no</translation>
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
        <source>nhóm</source>
        <comment>noun.category</comment>
        <translation>category</translation>
    </message>
    <message>
        <source>kênh nộp</source>
        <comment>noun.channel</comment>
        <translation>channel</translation>
    </message>
    <message>
        <source>tình trạng</source>
        <comment>noun.condition</comment>
        <translation>condition</translation>
    </message>
    <message>
        <source>khóa học</source>
        <comment>noun.course</comment>
        <translation>course</translation>
    </message>
    <message>
        <source>đơn vị thời hạn</source>
        <comment>noun.deadline_unit</comment>
        <translation>unit</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <comment>noun.department</comment>
        <translation>department</translation>
    </message>
    <message>
        <source>loại bản giấy tờ</source>
        <comment>noun.document_form</comment>
        <translation>document form</translation>
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
        <source>nguyên nhân quá hạn</source>
        <comment>noun.late_cause</comment>
        <translation>late cause</translation>
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
        <source>mức ưu tiên</source>
        <comment>noun.priority</comment>
        <translation>priority</translation>
    </message>
    <message>
        <source>loại khó khăn</source>
        <comment>noun.problem_kind</comment>
        <translation>problem</translation>
    </message>
    <message>
        <source>kiến nghị</source>
        <comment>noun.recommendation</comment>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>bản ghi</source>
        <comment>noun.record</comment>
        <translation>record</translation>
    </message>
    <message>
        <source>yêu cầu bồi dưỡng</source>
        <comment>noun.required_training</comment>
        <translation>required training</translation>
    </message>
    <message>
        <source>nơi nhận kết quả</source>
        <comment>noun.result_delivery</comment>
        <translation>way of receiving the result</translation>
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
        <source>trạng thái</source>
        <comment>noun.status</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>nhiệm vụ</source>
        <comment>noun.task</comment>
        <translation>task</translation>
    </message>
    <message>
        <source>{path}: không kiểm tra được tệp cần ghi ({reason}), không có gì được ghi</source>
        <comment>output.cannot_check</comment>
        <translation>{path}: the target cannot be checked ({reason}), nothing was written</translation>
    </message>
    <message>
        <source>{path}: đây là cơ sở dữ liệu đang dùng (hoặc một tệp đi kèm của nó); hãy chọn tên khác, không có gì được ghi</source>
        <comment>output.is_database</comment>
        <translation>{path}: this is the database in use (or one of its files); choose another name, nothing was written</translation>
    </message>
    <message>
        <source>{path}: là một thư mục; hãy đặt tên tệp, không có gì được ghi</source>
        <comment>output.is_folder</comment>
        <translation>{path}: is a folder; give a file name, nothing was written</translation>
    </message>
    <message>
        <source>{path}: là một tệp đang được đọc; hãy chọn tên khác, không có gì được ghi</source>
        <comment>output.is_input</comment>
        <translation>{path}: is one of the files being read; choose another name, nothing was written</translation>
    </message>
    <message>
        <source>{path}: là một liên kết (symlink), không phải tệp thường; hãy chọn tên khác, không có gì được ghi</source>
        <comment>output.is_link</comment>
        <translation>{path}: is a link, not a regular file; choose another name, nothing was written</translation>
    </message>
    <message>
        <source>chưa có tên tệp cần ghi</source>
        <comment>output.no_name</comment>
        <translation>no file name given to write to</translation>
    </message>
    <message>
        <source>{path}: không phải tệp thường (thiết bị, ống dẫn hoặc socket); hãy chọn tên khác, không có gì được ghi</source>
        <comment>output.not_a_file</comment>
        <translation>{path}: is not a regular file (a device, a pipe or a socket); choose another name, nothing was written</translation>
    </message>
    <message>
        <source>{path}: {parent} không phải thư mục, không có gì được ghi</source>
        <comment>output.parent_not_folder</comment>
        <translation>{path}: {parent} is not a folder, nothing was written</translation>
    </message>
    <message>
        <source>{path}: là tệp chỉ đọc; hãy chọn tên khác (hoặc bỏ chỉ đọc), không có gì được ghi</source>
        <comment>output.read_only</comment>
        <translation>{path}: is a read-only file; choose another name (or make it writable), nothing was written</translation>
    </message>
    <message>
        <source>{path}: trùng với tệp ra {other}; mỗi tệp ra cần một tên riêng, không có gì được ghi</source>
        <comment>output.same_path</comment>
        <translation>{path}: the same file as the output {other}; each output needs its own file, nothing was written</translation>
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
        <source>gói có hai tệp cùng tên {file}</source>
        <comment>package.duplicate_name</comment>
        <translation>the package holds two entries named {file}</translation>
    </message>
    <message>
        <source>có tệp {file} không có trong bản kê</source>
        <comment>package.extra_file</comment>
        <translation>{file} is in the package but not in its manifest</translation>
    </message>
    <message>
        <source>bản kê có mục không được ký trong PDF ({what})</source>
        <comment>package.manifest_unsigned_field</comment>
        <translation>the manifest has an entry that was not signed in the PDF ({what})</translation>
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
        <source>chứng thư số của {name} không ghi đơn vị nào, không chứng minh thuộc {commune} (chỉ nhận khi cho phép: --allow-other-unit)</source>
        <comment>package.signer_no_unit</comment>
        <translation>the certificate of {name} names no unit, so not {commune} (accepted only with --allow-other-unit)</translation>
    </message>
    <message>
        <source>chứng thư số của {name} ghi đơn vị {units:q}, không phải {commune} (chỉ nhận khi cho phép: --allow-other-unit)</source>
        <comment>package.signer_unit</comment>
        <translation>the certificate of {name} names {units:q}, not {commune} (accepted only with --allow-other-unit)</translation>
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
        <source>&apos;{value}&apos; không phải tháng (YYYY-MM)</source>
        <comment>period.not_a_month</comment>
        <translation>&apos;{value}&apos; is not a month (YYYY-MM)</translation>
    </message>
    <message>
        <source>kỳ báo cáo bắt đầu ngày {start}, sau ngày hôm nay ({today}): chưa có số liệu để báo cáo</source>
        <comment>period.not_begun</comment>
        <translation>the period starts on {start}, after today ({today}): there is nothing to report yet</translation>
    </message>
    <message>
        <source>kỳ báo cáo kết thúc ({end}) trước khi bắt đầu ({start})</source>
        <comment>period.reversed</comment>
        <translation>the period ends ({end}) before it starts ({start})</translation>
    </message>
    <message>
        <source>xem nhật ký thao tác</source>
        <comment>permission.audit</comment>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>sao lưu</source>
        <comment>permission.backup</comment>
        <translation>take a backup</translation>
    </message>
    <message>
        <source>thay đổi hồ sơ</source>
        <comment>permission.dossiers</comment>
        <translation>change dossiers</translation>
    </message>
    <message>
        <source>lập báo cáo</source>
        <comment>permission.draft_returns</comment>
        <translation>make returns</translation>
    </message>
    <message>
        <source>thay đổi trang thiết bị và nhu cầu</source>
        <comment>permission.equipment</comment>
        <translation>change equipment and needs</translation>
    </message>
    <message>
        <source>nhập dữ liệu từ tệp</source>
        <comment>permission.imports</comment>
        <translation>import files</translation>
    </message>
    <message>
        <source>xem dữ liệu</source>
        <comment>permission.read</comment>
        <translation>read the records</translation>
    </message>
    <message>
        <source>xem số định danh</source>
        <comment>permission.read_id_numbers</comment>
        <translation>see ID numbers</translation>
    </message>
    <message>
        <source>thay đổi kiến nghị</source>
        <comment>permission.recommendations</comment>
        <translation>change recommendations</translation>
    </message>
    <message>
        <source>khôi phục bản sao lưu</source>
        <comment>permission.restore</comment>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>chốt hoặc điều chỉnh báo cáo</source>
        <comment>permission.returns</comment>
        <translation>finalise or amend a return</translation>
    </message>
    <message>
        <source>thay đổi cài đặt và danh mục thủ tục</source>
        <comment>permission.settings</comment>
        <translation>change settings and the catalogue</translation>
    </message>
    <message>
        <source>ký số báo cáo</source>
        <comment>permission.sign</comment>
        <translation>sign a return</translation>
    </message>
    <message>
        <source>thay đổi hồ sơ cán bộ</source>
        <comment>permission.staff</comment>
        <translation>change staff records</translation>
    </message>
    <message>
        <source>thay đổi nhiệm vụ và kế hoạch</source>
        <comment>permission.tasks</comment>
        <translation>change tasks and plans</translation>
    </message>
    <message>
        <source>thay đổi dữ liệu bồi dưỡng</source>
        <comment>permission.training</comment>
        <translation>change training records</translation>
    </message>
    <message>
        <source>quản lý tài khoản</source>
        <comment>permission.users</comment>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>đã có thủ tục tên &apos;{name}&apos;</source>
        <comment>procedure.exists</comment>
        <translation>a procedure named &apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <source>nhập lĩnh vực</source>
        <comment>procedure.field_required</comment>
        <translation>field is required</translation>
    </message>
    <message>
        <source>nhập tên thủ tục</source>
        <comment>procedure.name_required</comment>
        <translation>name is required</translation>
    </message>
    <message>
        <source>thời hạn giải quyết không được âm</source>
        <comment>procedure.negative_time</comment>
        <translation>the legal time cannot be negative</translation>
    </message>
    <message>
        <source>giá trị &apos;{source}&apos; (cũng là &apos;{value}&apos;) được đối chiếu với hai mã ({codes})</source>
        <comment>profile.ambiguous_value</comment>
        <translation>the value &apos;{source}&apos; (also written &apos;{value}&apos;) is mapped to two codes ({codes})</translation>
    </message>
    <message>
        <source>blank_received: &apos;{value}&apos; phải là &apos;skip&apos; hoặc &apos;error&apos;</source>
        <comment>profile.bad_blank_received</comment>
        <translation>blank_received: &apos;{value}&apos; must be &apos;skip&apos; or &apos;error&apos;</translation>
    </message>
    <message>
        <source>cột &apos;{source}&apos;: cần tên một trường hoặc danh sách tên trường</source>
        <comment>profile.bad_column</comment>
        <translation>column &apos;{source}&apos;: a field name or a list of field names expected</translation>
    </message>
    <message>
        <source>phần giá trị của mẫu nhập phải ghi, cho mỗi trường, giá trị của tệp và mã tương ứng</source>
        <comment>profile.bad_values</comment>
        <translation>the profile&apos;s values must give, for each field, the file&apos;s values and their codes</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; là tên một mẫu nhập có sẵn</source>
        <comment>profile.builtin_name</comment>
        <translation>&apos;{value}&apos; is the name of a built-in profile</translation>
    </message>
    <message>
        <source>chỉ tệp hồ sơ mới nhập theo mẫu nhập (--profile, --map)</source>
        <comment>profile.dossiers_only</comment>
        <translation>only dossier files are read with a profile (--profile, --map)</translation>
    </message>
    <message>
        <source>đã có mẫu nhập tên &apos;{value}&apos;: đặt tên khác</source>
        <comment>profile.exists</comment>
        <translation>a profile named &apos;{value}&apos; already exists (--replace overwrites it)</translation>
    </message>
    <message>
        <source>lệnh profile {action} cần tên mẫu nhập (hoặc tệp ánh xạ)</source>
        <comment>profile.give_name</comment>
        <translation>profile {action} needs a profile name (or a mapping file)</translation>
    </message>
    <message>
        <source>chưa có cột nào cho trường bắt buộc {names:q}</source>
        <comment>profile.missing_fields</comment>
        <translation>no column is mapped to the required fields {names:q}</translation>
    </message>
    <message>
        <source>hãy đặt tên cho mẫu nhập</source>
        <comment>profile.name_required</comment>
        <translation>give the profile a name</translation>
    </message>
    <message>
        <source>mẫu nhập không ghi cột nào</source>
        <comment>profile.no_columns</comment>
        <translation>the profile maps no column</translation>
    </message>
    <message>
        <source>trường &apos;{value}&apos; không có danh mục giá trị để đối chiếu ({choices})</source>
        <comment>profile.no_values_for</comment>
        <translation>the field &apos;{value}&apos; has no list of values to map ({choices})</translation>
    </message>
    <message>
        <source>không có mẫu nhập nào tên &apos;{value}&apos;: chưa lưu mẫu nhập nào</source>
        <comment>profile.none_saved</comment>
        <translation>no profile named &apos;{value}&apos;: no profile has been saved</translation>
    </message>
    <message>
        <source>không phải mẫu nhập của CommuneDesk (cần &quot;format&quot;: &quot;communedesk-import-profile&quot;)</source>
        <comment>profile.not_a_mapping</comment>
        <translation>not a CommuneDesk import profile (&quot;format&quot;: &quot;communedesk-import-profile&quot; expected)</translation>
    </message>
    <message>
        <source>không có mẫu nhập nào tên &apos;{value}&apos; (có: {known})</source>
        <comment>profile.not_found</comment>
        <translation>no profile named &apos;{value}&apos; (known: {known})</translation>
    </message>
    <message>
        <source>tệp có hai cột cùng tên &apos;{source}&apos;: chỉ chọn trường cho một cột (hoặc đổi tên cột kia trong tệp)</source>
        <comment>profile.same_header</comment>
        <translation>the file has two columns named &apos;{source}&apos;: map only one of them (or rename the other in the file)</translation>
    </message>
    <message>
        <source>cột &apos;{source}&apos; được ghi hai lần (cùng với &apos;{value}&apos;): mỗi cột chỉ ghi một lần</source>
        <comment>profile.same_source</comment>
        <translation>the column &apos;{source}&apos; is named twice (as &apos;{value}&apos; too): name each column once</translation>
    </message>
    <message>
        <source>dòng tiêu đề khớp với nhiều mẫu nhập ({names:q}): chọn mẫu nhập của tệp (--profile, hoặc khi nhập trong cửa sổ)</source>
        <comment>profile.two_layouts</comment>
        <translation>the header row reads in several layouts ({names:q}): say which one the file is in (--profile)</translation>
    </message>
    <message>
        <source>giá trị &apos;{source}&apos;: &apos;{value}&apos; không phải mã đã biết ({choices})</source>
        <comment>profile.unknown_code</comment>
        <translation>value &apos;{source}&apos;: &apos;{value}&apos; is not a known code ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải dạng ngày đã biết ({choices})</source>
        <comment>profile.unknown_date_form</comment>
        <translation>&apos;{value}&apos; is not a known date form ({choices})</translation>
    </message>
    <message>
        <source>cột &apos;{source}&apos;: &apos;{value}&apos; không phải trường nhập ({choices})</source>
        <comment>profile.unknown_field</comment>
        <translation>column &apos;{source}&apos;: &apos;{value}&apos; is not a field ({choices})</translation>
    </message>
    <message>
        <source>cần có ngày trả lời khi trạng thái là &apos;{status}&apos;</source>
        <comment>rec.answer_date_required</comment>
        <translation>needs the answer date when the status is &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>nhập nội dung trả lời nhận được</source>
        <comment>rec.answer_required</comment>
        <translation>the answer received is required</translation>
    </message>
    <message>
        <source>trước ngày nêu kiến nghị</source>
        <comment>rec.before_raised</comment>
        <translation>is before the date raised</translation>
    </message>
    <message>
        <source>nhập nội dung khó khăn, kiến nghị</source>
        <comment>rec.content_required</comment>
        <translation>the content is required</translation>
    </message>
    <message>
        <source>ngày nêu không được sau hôm nay</source>
        <comment>rec.raised_future</comment>
        <translation>the date raised is in the future</translation>
    </message>
    <message>
        <source>thiếu nhân sự cần có đơn vị</source>
        <comment>rec.shortage_department</comment>
        <translation>a staff shortage needs its department</translation>
    </message>
    <message>
        <source>nhu cầu liên quan không còn trong danh sách ({ids})</source>
        <comment>rec.unknown_needs</comment>
        <translation>unknown needs: {ids}</translation>
    </message>
    <message>
        <source>bắt buộc nhập</source>
        <comment>required</comment>
        <translation>is required</translation>
    </message>
    <message>
        <source>chưa khôi phục: bản sao lưu {name} không nâng cấp được lên phiên bản này ({reason}); cơ sở dữ liệu hiện tại không bị thay đổi</source>
        <comment>restore.cannot_upgrade</comment>
        <translation>not restored: the backup {name} cannot be brought up to this version ({reason}); the current database is unchanged</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đã khôi phục không qua được bước kiểm tra ({detail}); bản sao an toàn là {safety}</source>
        <comment>restore.check_failed</comment>
        <translation>the restored database failed its check ({detail}); the safety copy is {safety}</translation>
    </message>
    <message>
        <source>chưa khôi phục: {reason}; cơ sở dữ liệu không bị thay đổi (bản sao an toàn {safety})</source>
        <comment>restore.failed_unchanged</comment>
        <translation>not restored: {reason}; the database is unchanged (safety copy {safety})</translation>
    </message>
    <message>
        <source>bản sao lưu có tài khoản: hãy ghi --user TÊN của một quản trị viên</source>
        <comment>restore.give_admin</comment>
        <translation>the backup has accounts: give --user NAME of an administrator</translation>
    </message>
    <message>
        <source>chưa khôi phục: tệp đó chính là cơ sở dữ liệu</source>
        <comment>restore.is_the_database</comment>
        <translation>not restored: that file is the database itself</translation>
    </message>
    <message>
        <source>chưa khôi phục: bản sao lưu SQLite chỉ khôi phục vào cơ sở dữ liệu SQLite, tệp .dump vào PostgreSQL</source>
        <comment>restore.kind_mismatch</comment>
        <translation>not restored: a SQLite backup goes to a SQLite database, a .dump to PostgreSQL</translation>
    </message>
    <message>
        <source>{name} không phải quản trị viên: chỉ quản trị viên được khôi phục</source>
        <comment>restore.not_admin</comment>
        <translation>{name} is not an administrator: only an administrator may restore</translation>
    </message>
    <message>
        <source>chưa khôi phục: {why}</source>
        <comment>restore.not_restored</comment>
        <translation>not restored: {why}</translation>
    </message>
    <message>
        <source>pg_restore lỗi, cơ sở dữ liệu không bị thay đổi ({reason}); bản sao an toàn {safety}</source>
        <comment>restore.pg_restore_failed</comment>
        <translation>pg_restore failed, the database is unchanged ({reason}); safety copy {safety}</translation>
    </message>
    <message>
        <source>sai tên đăng nhập hoặc mật khẩu (so với tài khoản trong bản sao lưu)</source>
        <comment>restore.wrong_login</comment>
        <translation>wrong name or password (checked against the backup&apos;s accounts)</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <comment>role.admin</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <comment>role.clerk</comment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <comment>role.leader</comment>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <comment>role.viewer</comment>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không hợp lệ cho cài đặt {key}</source>
        <comment>settings.bad_value</comment>
        <translation>&apos;{value}&apos; is not a valid value for {key}</translation>
    </message>
    <message>
        <source>không có cài đặt &apos;{key}&apos; (các cài đặt: {keys})</source>
        <comment>settings.unknown</comment>
        <translation>no setting &apos;{key}&apos; (the settings: {keys})</translation>
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
        <source>tệp mã PIN {path} phải là tệp văn bản nhỏ, mã PIN hoặc mật khẩu ở dòng đầu</source>
        <comment>sign.bad_pin_file</comment>
        <translation>the PIN file {path} must be a small text file with the PIN or password on its first line</translation>
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
        <source>không đọc được tệp mã PIN {path}</source>
        <comment>sign.no_pin_file</comment>
        <translation>the PIN file {path} could not be read</translation>
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
        <source>--pin-file đi cùng --sign (chứng thư số dùng để ký)</source>
        <comment>sign.pin_file_without_sign</comment>
        <translation>--pin-file goes with --sign (the certificate it unlocks)</translation>
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
        <source>hồ sơ có {count:n} lần yêu cầu bổ sung, không có lần thứ {nth}</source>
        <comment>slip.no_such_request</comment>
        <translation>the dossier has {count:n} supplement request(s), not a number {nth}</translation>
    </message>
    <message>
        <source>hồ sơ này không có Mẫu {kind} (chưa có bước xử lý in mẫu đó)</source>
        <comment>slip.not_available</comment>
        <translation>this dossier has no form {kind} (Mẫu {kind}): no step of it calls for that form</translation>
    </message>
    <message>
        <source>không có loại phiếu &apos;{kind}&apos;</source>
        <comment>slip.unknown</comment>
        <translation>unknown slip &apos;{kind}&apos;</translation>
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
        <source>nhiệm vụ đã được giao</source>
        <comment>tasks.already_assigned</comment>
        <translation>the task is already assigned</translation>
    </message>
    <message>
        <source>nhiệm vụ đã giao thì không xóa được: hãy hủy nhiệm vụ</source>
        <comment>tasks.assigned_not_deleted</comment>
        <translation>an assigned task cannot be deleted: cancel it</translation>
    </message>
    <message>
        <source>không được trước ngày giao nhiệm vụ ({value})</source>
        <comment>tasks.before_assigned</comment>
        <translation>is before the day the task was assigned ({value})</translation>
    </message>
    <message>
        <source>trước ngày giao {value}</source>
        <comment>tasks.before_assigned_date</comment>
        <translation>is before the assigned date {value}</translation>
    </message>
    <message>
        <source>có ngày hủy nhưng trạng thái là &apos;{status}&apos;</source>
        <comment>tasks.cancelled_but_status</comment>
        <translation>a cancellation date is given but the status is &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>nhiệm vụ ở trạng thái {status} không giao được</source>
        <comment>tasks.closed_not_assigned</comment>
        <translation>a task in status {status} cannot be assigned</translation>
    </message>
    <message>
        <source>mã nhiệm vụ {value} đã được dùng</source>
        <comment>tasks.code_taken</comment>
        <translation>the task code {value} is already used</translation>
    </message>
    <message>
        <source>có ngày hoàn thành nhưng trạng thái là &apos;{status}&apos;</source>
        <comment>tasks.done_but_status</comment>
        <translation>a date done is given but the status is &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; là người chủ trì</source>
        <comment>tasks.is_person_in_charge</comment>
        <translation>&apos;{value}&apos; is the person in charge</translation>
    </message>
    <message>
        <source>tháng không hợp lệ</source>
        <comment>tasks.month</comment>
        <translation>is not a month</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải tháng (mm/yyyy)</source>
        <comment>tasks.not_a_month</comment>
        <translation>&apos;{value}&apos; is not a month (mm/yyyy)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải tỷ lệ phần trăm từ 0 đến 100</source>
        <comment>tasks.not_a_percentage</comment>
        <translation>&apos;{value}&apos; is not a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>nhiệm vụ chưa được giao</source>
        <comment>tasks.not_assigned</comment>
        <translation>the task has not been assigned yet</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; nhưng thời hạn {deadline} chưa qua</source>
        <comment>tasks.overdue_not_passed</comment>
        <translation>&apos;{value}&apos; but the deadline {deadline} has not passed</translation>
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
        <source>tiến độ {value}% nhưng trạng thái là &apos;{status}&apos;</source>
        <comment>tasks.progress_not_started</comment>
        <translation>progress is {value}% but the status is &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>cần có trước khi giao nhiệm vụ ({rule})</source>
        <comment>tasks.required_to_assign</comment>
        <translation>is required before the task can be assigned ({rule})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cần có cột &apos;{other}&apos;</source>
        <comment>tasks.status_needs</comment>
        <translation>&apos;{value}&apos; needs &apos;{other}&apos;</translation>
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
        <source>trước ngày bắt đầu {value}</source>
        <comment>training.before_start</comment>
        <translation>is before the start date {value}</translation>
    </message>
    <message>
        <source>khác với dòng {first} của cùng khóa học (&apos;{value}&apos;)</source>
        <comment>training.differs</comment>
        <translation>differs from row {first} for the same course (&apos;{value}&apos;)</translation>
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
        <source>&apos;{value}&apos; có hai lần trong khóa học này (đã có ở dòng {first})</source>
        <comment>training.listed_twice</comment>
        <translation>&apos;{value}&apos; is listed twice for this course (also row {first})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải số giờ</source>
        <comment>training.not_hours</comment>
        <translation>&apos;{value}&apos; is not a number of hours</translation>
    </message>
    <message>
        <source>bắt buộc nhập cho khóa học mới &apos;{course}&apos;</source>
        <comment>training.topic_for_new</comment>
        <translation>is required for the new course &apos;{course}&apos;</translation>
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
        <source>{what} &apos;{value}&apos; không hợp lệ</source>
        <comment>unknown_choice</comment>
        <translation>unknown {what} &apos;{value}&apos;</translation>
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
        <source>tệp PDF có {count} chữ ký ({names:q}); báo cáo chỉ mang một chữ ký, của lãnh đạo ({first}): chữ ký hay bản cập nhật thêm sau đó không được chấp nhận</source>
        <comment>verify.several_signatures</comment>
        <translation>the PDF carries {count} signatures ({names:q}); a return carries one, the leader&apos;s ({first}): a signature or update added after it is not accepted</translation>
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
    <message>
        <source>{what} đang ở trạng thái “{status}”: không thực hiện được “{action}”</source>
        <comment>workflow.not_allowed</comment>
        <translation>a {what} that is &apos;{status}&apos; cannot take the step &apos;{action}&apos;</translation>
    </message>
    <message>
        <source>không có thao tác &apos;{action}&apos;</source>
        <comment>workflow.unknown_action</comment>
        <translation>unknown action &apos;{action}&apos;</translation>
    </message>
</context>
</TS>
