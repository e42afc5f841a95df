"""Writes the provincial system's exports the import tests read (run it to rebuild them):

- opencps-2025-07.json: OpenCPS's dossier API answer ({"total": n, "data": [...]}) with the keys of
  peer-formats.md (dossierNo, serviceName, domainName, applicant…, receiveDate, dueDate, extendDate,
  releaseDate, finishDate, dossierStatus, online, viaPostal, dossierOverdue…), every status of the
  platform, empty strings for absent dates, times of day, `online` as JSON true/false, 1 and text;
- opencps-2025-07.xlsx: the same records as OpenCPS's report screens export them, a title row and a
  blank row above a header of the keys, dates as text;
- mot-cua-tinh-2025-07.csv: a layout the application has never seen (a provincial one-stop system of
  another vendor: semicolons, a byte-order mark, its own headings, the national portal's
  yyyyMMddHHmmss dates, channels as the 766 method's codes 1/2/3, its own status words), and
  mot-cua-tinh.mapping.json, the mapping a clerk makes for it once in the window.

The figures of July 2025 each file gives are worked out by hand in tests/core/test_import_profiles.py.
"""
import csv
import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
AGENCY = "UBND xã Thượng Tín"

# dossierNo, serviceName, domainName, applicantName, applicantIdNo, receiveDate, dueDate, extendDate,
# releaseDate, finishDate, dossierStatus, online
OPENCPS = [
    ("TTIN.250625.00001", "Đăng ký thường trú", "Cư trú", "Vàng A Sủng", "001090012345", "25/06/2025 09:10:00",
     "04/07/2025 09:10:00", "", "03/07/2025 15:30:00", "04/07/2025 08:00:00", "done", True),
    ("TTIN.250630.00002", "Đăng ký khai sinh", "Hộ tịch", "Lò Văn Páo", "001085004321", "30/06/2025 16:20:00",
     "01/07/2025 16:20:00", "", "", "", "processing", False),
    ("TTIN.250701.00003", "Chứng thực bản sao từ bản chính", "Chứng thực", "Đinh Thị Lan", "", "01/07/2025 08:05:12",
     "01/07/2025 16:00:00", "", "", "01/07/2025 10:00:00", "done", False),
    ("TTIN.250702.00004", "Đăng ký kết hôn", "Hộ tịch", "Nguyễn Thị Hường", "001196007777", "02/07/2025 10:00:00",
     "07/07/2025 10:00:00", "", "09/07/2025 14:00:00", "", "releasing", "true"),
    ("TTIN.250703.00005", "Đăng ký thường trú", "Cư trú", "Phạm Minh Tuấn", "001088002222", "03/07/2025 14:45:00",
     "14/07/2025 14:45:00", "", "", "", "waiting", 1),
    ("TTIN.250704.00006", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "Hoàng Văn Nam", "001079003333",
     "04/07/2025 09:00:00", "24/07/2025 17:00:00", "08/08/2025 17:00:00", "", "", "processing", False),
    ("TTIN.250707.00007", "Đăng ký khai tử", "Hộ tịch", "Nông Văn Dũng", "001060001111", "07/07/2025 08:30:00",
     "08/07/2025 08:30:00", "", "08/07/2025 11:00:00", "08/07/2025 11:00:00", "denied", False),
    ("TTIN.250708.00008", "Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", "Lương Thị Cúc", "001062005555",
     "08/07/2025 15:20:00", "15/07/2025 15:20:00", "", "10/07/2025 09:00:00", "", "cancelled", True),
    ("TTIN.250709.00009", "Đăng ký khai sinh", "Hộ tịch", "Cầm Thị Dung", "001198006666", "09/07/2025 07:45:00",
     "10/07/2025 07:45:00", "", "09/07/2025 16:10:00", "", "posting", False),
    ("TTIN.250710.00010", "Chứng thực hợp đồng, giao dịch", "Chứng thực", "Trịnh Văn Hải", "001077008888",
     "10/07/2025 14:30:00", "11/07/2025 14:30:00", "", "", "", "handover", False),
    ("TTIN.250711.00011", "Đăng ký thành lập hộ kinh doanh", "Hộ kinh doanh", "Bùi Quang Vinh", "001080009999",
     "11/07/2025 10:10:00", "31/07/2025 10:10:00", "", "", "", "paying", True),
    ("TTIN.250714.00012", "Đăng ký biến động đất đai", "Đất đai", "Mai Văn Sơn", "001070001212",
     "14/07/2025 08:00:00", "18/07/2025 08:00:00", "", "", "", "interoperating", "false"),
    ("TTIN.250715.00013", "Chứng thực chữ ký", "Chứng thực", "Lê Thu Trang", "001199003434",
     "15/07/2025 09:30:00", "05/08/2025 09:30:00", "", "", "", "correcting", False),
    ("TTIN.250716.00014", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Vũ Thị Ngọc", "001193005656",
     "16/07/2025 13:00:00", "17/07/2025 13:00:00", "", "", "", "unresolved", False),
    ("TTIN.250729.00015", "Đăng ký khai sinh", "Hộ tịch", "Đặng Văn Đức", "001091007878", "", "", "", "", "",
     "new", True),
    ("TTIN.250730.00016", "Đăng ký tạm trú", "Cư trú", "Hà Thị Mai", "001094002323", "", "", "", "", "",
     "receiving", True),
    ("TTIN.250731.00017", "Đăng ký kết hôn", "Hộ tịch", "Lò Thị Xuân", "", "", "", "", "", "", "collecting", False),
    ("TTIN.250801.00018", "Đăng ký khai sinh", "Hộ tịch", "Cầm Văn Thắng", "001195004545", "01/08/2025 08:20:00",
     "01/08/2025 16:00:00", "", "01/08/2025 10:00:00", "01/08/2025 10:30:00", "done", True),
]

STATUS_TEXT = {"done": "Đã hoàn thành", "processing": "Đang xử lý", "releasing": "Đang trả kết quả",
               "waiting": "Chờ bổ sung", "denied": "Từ chối", "cancelled": "Đã rút", "posting": "Chuyển phát",
               "handover": "Chuyển xử lý", "paying": "Chờ thanh toán", "interoperating": "Đang xử lý liên thông",
               "correcting": "Yêu cầu sửa đổi", "unresolved": "Không giải quyết được", "new": "Mới",
               "receiving": "Chờ tiếp nhận", "collecting": "Chờ bổ sung trước tiếp nhận"}


def opencps_records() -> list[dict]:
    out = []
    for i, (no, service, domain, who, id_no, received, due, extend, release, finish, status, online) in \
            enumerate(OPENCPS, start=1):
        out.append({
            "dossierId": 38960 + i, "referenceUid": f"7c1e0a00-0000-4000-8000-{i:012d}", "dossierNo": no,
            "serviceCode": f"TTIN_{i:03d}", "serviceName": service, "domainCode": f"DOM_{domain[:3].upper()}",
            "domainName": domain, "govAgencyCode": "TTIN", "govAgencyName": AGENCY,
            "applicantName": who, "applicantIdType": "citizen", "applicantIdNo": id_no,
            "address": "Thôn Văn Giáp, xã Thượng Tín", "cityName": "Hà Nội", "wardName": "Xã Thượng Tín",
            "contactTelNo": f"09120000{i:02d}", "contactEmail": f"congdan{i}@example.vn",
            "delegateName": who, "submitDate": received if online is True else "", "receiveDate": received,
            "dueDate": due, "extendDate": extend, "releaseDate": release, "finishDate": finish,
            "cancellingDate": "", "correctingDate": "", "dossierStatus": status,
            "dossierStatusText": STATUS_TEXT[status], "dossierSubStatus": "", "stepName": STATUS_TEXT[status],
            "online": online, "viaPostal": 0, "dossierOverdue": "", "originDossierNo": "",
            "durationCount": 3, "durationUnit": 0,
        })
    return out


def write_opencps() -> None:
    records = opencps_records()
    (HERE / "opencps-2025-07.json").write_text(
        json.dumps({"total": len(records), "data": records}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách hồ sơ"
    ws.append(["DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 7/2025 - " + AGENCY.upper()])
    ws.append([])
    keys = list(records[0])
    ws.append(keys)
    for r in records:
        ws.append([r[k] if not isinstance(r[k], bool) else ("true" if r[k] else "false") for k in keys])
    wb.save(HERE / "opencps-2025-07.xlsx")


# A layout never seen: Số hồ sơ (the system's code), Tên TTHC, Lĩnh vực TTHC, Chủ hồ sơ, Số CCCD,
# Điện thoại, Hình thức (1 direct, 2 online, 3 postal), Ngày nhận, Ngày hẹn trả, Ngày kết thúc
# (yyyyMMddHHmmss), Tình trạng (the phone numbers are made up when the file is written).
FOREIGN_HEADER = ["STT", "Số hồ sơ", "Tên TTHC", "Lĩnh vực TTHC", "Chủ hồ sơ", "Số CCCD", "Điện thoại", "Hình thức",
                  "Ngày nhận", "Ngày hẹn trả", "Ngày kết thúc", "Tình trạng", "Đơn vị xử lý"]
FOREIGN = [
    ("000.20.31.H26-250627-0004", "Đăng ký khai tử", "Hộ tịch", "Lò Văn Chiến", "001058002468", "1",
     "20250627150000", "20250630150000", "20250702090000", "Đã trả kết quả"),
    ("000.20.31.H26-250701-0001", "Đăng ký khai sinh", "Hộ tịch", "Nguyễn Văn Bình", "001095001357", "1",
     "20250701081500", "20250701160000", "20250701100000", "Đã trả kết quả"),
    ("000.20.31.H26-250702-0002", "Chứng thực chữ ký", "Chứng thực", "Trần Thị Thu", "001190002468", "2",
     "20250702094000", "20250702160000", "", "Đang giải quyết"),
    ("000.20.31.H26-250703-0003", "Đăng ký thường trú", "Cư trú", "Phạm Văn Cường", "001087003579", "3",
     "20250703103000", "20250714103000", "", "Chờ bổ sung hồ sơ"),
    ("000.20.31.H26-250707-0004", "Đăng ký kết hôn", "Hộ tịch", "Đỗ Thị Hoa", "001197004680", "2",
     "20250707140000", "20250708140000", "20250711160000", "Trả lại hồ sơ"),
    ("000.20.31.H26-250708-0005", "Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", "Hồ Văn Lâm", "001055005791", "1",
     "20250708090000", "20250711090000", "20250709090000", "Dừng xử lý"),
    ("000.20.31.H26-250721-0006", "Đăng ký tạm trú", "Cư trú", "Ngô Thị Yến", "001199006802", "2",
     "20250721100000", "20250724100000", "", "Đang giải quyết"),
    ("000.20.31.H26-250731-0007", "Đăng ký khai sinh", "Hộ tịch", "Dương Văn Long", "001196007913", "2",
     "", "", "", "Chờ tiếp nhận"),
]
FOREIGN_MAPPING = {
    "format": "communedesk-import-profile", "version": 1, "name": "Một cửa tỉnh (mẫu 2025)", "kind": "dossiers",
    "columns": {"Số hồ sơ": "code", "Tên TTHC": "procedure", "Lĩnh vực TTHC": "field", "Chủ hồ sơ": "applicant",
                "Số CCCD": "id_number", "Điện thoại": "phone", "Hình thức": "channel", "Ngày nhận": "received",
                "Ngày hẹn trả": "due", "Ngày kết thúc": "completed", "Tình trạng": "status"},
    "values": {"channel": {"1": "direct", "2": "online", "3": "postal"},
               "status": {"Đã trả kết quả": "returned", "Đang giải quyết": "in_progress",
                          "Chờ bổ sung hồ sơ": "awaiting_supplement", "Trả lại hồ sơ": "rejected",
                          "Dừng xử lý": "withdrawn", "Chờ tiếp nhận": "not_received"}},
    "dates": "yyyyMMddHHmmss", "blank_received": "error",
}


def write_foreign() -> None:
    with open(HERE / "mot-cua-tinh-2025-07.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH - DANH SÁCH HỒ SƠ"])
        w.writerow(FOREIGN_HEADER)
        for i, r in enumerate(FOREIGN, start=1):
            w.writerow([i, *r[:5], f"0983{i:06d}", *r[5:], AGENCY])
    (HERE / "mot-cua-tinh.mapping.json").write_text(json.dumps(FOREIGN_MAPPING, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")


if __name__ == "__main__":
    write_opencps()
    write_foreign()
