"""The mapping dialog: a dossier file in a layout never seen is mapped once in the window (preview,
a field per column suggested from its header, the file's status and channel values mapped, the date
form detected), saved as a named profile, imported; next month's file is recognised by itself; the
mapping exported for the command line reads the same."""
from __future__ import annotations

import json

from sqlalchemy import func, select

from core.db import transaction
from core.imports import profiles, run_import
from core.models import Dossier, ImportProfile
from core.return_sections import build_return
from core.returns import Period
from gui.dialogs.import_mapping import MappingDialog
from gui.pages.dossiers import DossiersPage
from tests.core.test_import_profiles import FOREIGN_CSV, FOREIGN_MAP, FOREIGN_TOTAL
from tests.gui.helpers import visible

EXPECTED = json.loads(FOREIGN_MAP.read_text(encoding="utf-8"))


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def map_like_the_clerk(dialog: MappingDialog) -> None:
    """Fill in what the suggestions leave (the choices a clerk makes by hand)."""
    headers = dialog.info.headers
    for j, combo in enumerate(dialog.targets):
        choose(combo, EXPECTED["columns"].get(headers[j]))
    for key, value, combo in dialog.value_combos:
        choose(combo, EXPECTED["values"][key][value])
    dialog.skip_blank.setChecked(False)  # the row without a receipt date says "Chờ tiếp nhận" itself
    dialog.name.setText("Một cửa tỉnh (mẫu 2025)")


def test_dialog_previews_suggests_and_detects(ctx, qtbot):
    dialog = MappingDialog(ctx, FOREIGN_CSV)
    qtbot.addWidget(dialog)
    # The title row is skipped; the header is row 2; the preview shows every data row.
    assert dialog.info.header_row == 2 and dialog.table.rowCount() == 1 + 8
    assert dialog.table.item(1, 1).text() == "000.20.31.H26-250627-0004"
    headers = dialog.info.headers
    chosen = dialog.chosen()
    # Suggested from the header's words.
    assert chosen[headers.index("Lĩnh vực TTHC")] == "field"
    assert chosen[headers.index("Số CCCD")] == "id_number"
    assert chosen[headers.index("Điện thoại")] == "phone"
    assert chosen[headers.index("Hình thức")] == "channel"
    assert headers.index("STT") not in chosen
    assert dialog.skip_blank.isChecked()  # the last row has no receipt date: suggested as not received yet
    map_like_the_clerk(dialog)
    # The file's own statuses and channels, each offered once, with a suggestion.
    values = {(k, v) for k, v, _c in dialog.value_combos}
    assert values == {("channel", "1"), ("channel", "2"), ("channel", "3")} | {
        ("status", s) for s in EXPECTED["values"]["status"]}
    suggested = {(k, v): c.currentData() for k, v, c in dialog.value_combos}
    assert suggested[("status", "Chờ tiếp nhận")] == "not_received"
    # The national portal's dates, detected and chosen.
    assert dialog.detected.text() == "yyyyMMddHHmmss" and dialog.dates.currentData() == "yyyyMMddHHmmss"
    assert dialog.mapping() == EXPECTED


def test_unknown_layout_is_mapped_saved_and_imported_from_the_page(ctx, qtbot, tmp_path):
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.import_file(str(FOREIGN_CSV))
    assert isinstance(dialog, MappingDialog) and visible(page, MappingDialog) == [dialog]
    # A required field left unmapped: refused by core, said in the dialog, nothing saved.
    choose(dialog.targets[dialog.info.headers.index("Tên TTHC")], None)
    dialog.name.setText("Một cửa tỉnh (mẫu 2025)")
    assert dialog.save() is None and "Thủ tục" in dialog.error.text()
    map_like_the_clerk(dialog)
    with qtbot.waitSignal(dialog.mapped, timeout=20000):
        dialog.save()
    qtbot.waitUntil(lambda: getattr(page, "last_import", None) is not None, timeout=30000)
    result = page.last_import
    assert (result.inserted, result.updated, result.skipped) == (7, 0, 1)
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(ImportProfile)) == 1
        assert s.scalar(select(func.count()).select_from(Dossier)) == 7
        total = build_return(s, Period.month(2025, 7))["dossiers"]["total"]
    total.pop("on_time_rate")
    assert total == FOREIGN_TOTAL
    # Next month the file is recognised by its headers: no dialog, straight to the import.
    page.last_import = None
    op = page.import_file(str(FOREIGN_CSV))
    assert not isinstance(op, MappingDialog)
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=30000)
    assert (page.last_import.inserted, page.last_import.updated) == (0, 7)


def test_mapping_exported_for_the_command_line(ctx, qtbot, tmp_path, sqlite_db):
    dialog = MappingDialog(ctx, FOREIGN_CSV)
    qtbot.addWidget(dialog)
    map_like_the_clerk(dialog)
    dialog.name.setText("")
    out = dialog.export(str(tmp_path / "tinh.json"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == dict(EXPECTED, name="tinh")
    # `import dossiers --map tinh.json` reads the file as the dialog mapped it.
    result = run_import("dossiers", sqlite_db, FOREIGN_CSV, profile=profiles.read_mapping(out))
    assert (result.inserted, result.skipped, result.profile) == (7, 1, "tinh")


def test_late_cause_from_the_dossier_page(ctx, qtbot, tmp_path):
    from gui.dialogs.late_cause import LateCauseDialog
    from tests.core.test_late_causes import ROWS, write_csv

    run_import("dossiers", ctx.db, write_csv(tmp_path / "late.csv", ROWS))
    with transaction(ctx.db.sessions, write=False) as s:
        ids = dict(s.execute(select(Dossier.code, Dossier.id)).all())
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    # On time (C): the dialog says a cause is only for a late dossier, and core refuses it.
    dialog = page.set_late_cause(ids["C"])
    assert isinstance(dialog, LateCauseDialog) and "quá hạn" in dialog.errors()["late_cause"]
    choose(dialog.cause, "system")
    op = dialog.save()
    qtbot.waitUntil(lambda: op.error is not None, timeout=20000)
    assert "late_cause" in dialog.errors()
    dialog.reject()
    # Overdue without a cause (E): recorded.
    dialog = page.set_late_cause(ids["E"])
    assert dialog.errors() == {} and dialog.cause.currentData() is None
    choose(dialog.cause, "other_agency")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.get(Dossier, ids["E"]).late_cause == "other_agency"
        causes = build_return(s, Period.month(2025, 7))["dossiers"]["late_causes"]
    assert causes["other_agency"] == {"completed_late": 0, "pending_overdue": 1}


def test_two_columns_of_one_name_mapped_differently_are_said_under_the_form(ctx, qtbot, tmp_path):
    """A mapping names columns: two of one name cannot be given two fields. Saving and exporting
    both say so under the form; nothing is written."""
    lines = FOREIGN_CSV.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Đơn vị xử lý", "Điện thoại")  # the phone's header, twice
    path = tmp_path / "twice.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = MappingDialog(ctx, path)
    qtbot.addWidget(dialog)
    map_like_the_clerk(dialog)
    headers = dialog.info.headers
    choose(dialog.targets[headers.index("Điện thoại")], "phone")
    choose(dialog.targets[len(headers) - 1], "address")
    target = tmp_path / "twice.mapping.json"
    assert dialog.export(str(target)) is None and not target.exists()
    assert dialog.error.isVisibleTo(dialog) and "Điện thoại" in dialog.error.text()
    assert dialog.checked() is None


def test_a_new_value_next_month_is_mapped_by_editing_the_saved_profile(ctx, qtbot, tmp_path):
    """Next month's export carries a status the saved profile does not know: the refusal offers to
    edit the mapping; the dialog opens with the saved choices, the new value marked; mapped and
    saved under the same name, the file imports and the profile keeps the new value."""
    from gui.ops import RowErrorsDialog

    with transaction(ctx.db.sessions) as s:
        profiles.save_profile(s, profiles.from_json(EXPECTED), user="canbo1")
    lines = FOREIGN_CSV.read_text(encoding="utf-8-sig").splitlines()
    lines[4] = lines[4].replace("Đang giải quyết", "Đang thẩm định")  # the file's row 5
    lines[5] = lines[5].replace(";3;", ";1;")  # no postal dossier this month: its value must be kept
    august = tmp_path / "mot-cua-tinh-2025-08.csv"
    august.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.import_file(str(august))
    qtbot.waitUntil(lambda: bool(visible(page, RowErrorsDialog)), timeout=30000)
    refusal = visible(page, RowErrorsDialog)[0]
    assert refusal.table.item(0, 0).text() == "5" and "Đang thẩm định" in refusal.table.item(0, 2).text()
    edit = refusal.edit_button
    assert edit.isVisible() and edit.text() == "Sửa ánh xạ cột…"
    edit.click()
    qtbot.waitUntil(lambda: bool(visible(page, MappingDialog)), timeout=5000)
    dialog = visible(page, MappingDialog)[0]
    # The saved choices, not suggestions: the name, every column, every value, the dates.
    assert dialog.name.text() == EXPECTED["name"]
    assert dialog.mapping()["columns"] == EXPECTED["columns"]
    chosen = {(k, v): c.currentData() for k, v, c in dialog.value_combos}
    for value, code in EXPECTED["values"]["status"].items():
        if value != "Đang giải quyết" or ("status", value) in chosen:
            assert chosen.get(("status", value), code) == code
    assert dialog.dates.currentData() == "yyyyMMddHHmmss"
    new = [v for k, v in dialog.new_values()]
    assert new == ["Đang thẩm định"]
    combo = next(c for k, v, c in dialog.value_combos if v == "Đang thẩm định")
    assert combo.currentData() == "in_progress"  # suggested, and marked as new for the clerk to check
    with qtbot.waitSignal(dialog.mapped, timeout=20000):
        dialog.save()
    page.last_import = None
    qtbot.waitUntil(lambda: getattr(page, "last_import", None) is not None, timeout=30000)
    assert (page.last_import.inserted, page.last_import.skipped) == (7, 1)
    with transaction(ctx.db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(ImportProfile)) == 1
        saved = profiles.find_profile(s, EXPECTED["name"])
    assert saved.values["status"]["Đang thẩm định"] == "in_progress"
    # Every value the profile mapped before stays, those this file does not hold too.
    for key, vmap in EXPECTED["values"].items():
        for value, code in vmap.items():
            assert saved.values[key][value] == code, (key, value)


def test_the_summary_counts_linked_rows_besides_the_updated_ones(ctx, qtbot):
    from datetime import datetime

    from tests.core.test_reconciliation import offline

    offline(ctx.db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 1, 8, 20))
    offline(ctx.db, "Trần Thị Thu", "001190002468", "Chứng thực chữ ký", datetime(2025, 7, 2, 9, 35))
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.import_file(str(FOREIGN_CSV), profile=profiles.read_mapping(FOREIGN_MAP))
    qtbot.waitUntil(lambda: getattr(page, "info_box", None) is not None, timeout=30000)
    text = page.info_box.text()
    # 5 new, none updated, 2 linked: the linked rows are not "among" the updated ones.
    assert text.startswith("Đã nhập 5 hồ sơ mới và cập nhật 0 hồ sơ. Ngoài ra, 2 dòng được ghép vào hồ sơ")
    assert "Trong đó" not in text and "Bỏ qua 1 dòng" in text


def test_the_summary_names_the_columns_it_did_not_read(ctx, qtbot, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Số điện thoại Zalo\n"
                    "HS-77,Đăng ký khai sinh,Hộ tịch,01/07/2025,0901 234 567\n", encoding="utf-8")
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.import_file(str(path))
    qtbot.waitUntil(lambda: getattr(page, "info_box", None) is not None, timeout=30000)
    assert page.info_box.text() == ("Đã nhập 1 hồ sơ mới và cập nhật 0 hồ sơ. Các cột sau không có trong mẫu "
                                    "nhập nên không được đọc: “Số điện thoại Zalo”. Nếu cần, hãy đổi tên cột "
                                    "cho đúng tên trong mẫu rồi nhập lại.")


def test_the_summary_names_the_mappings_columns_the_file_lacks_and_the_layout(ctx, qtbot, tmp_path):
    path = tmp_path / "renamed.csv"
    path.write_text(FOREIGN_CSV.read_text(encoding="utf-8-sig").replace("Ngày hẹn trả", "Ngày hẹn trả KQ"),
                    encoding="utf-8")
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.import_file(str(path), profile=profiles.read_mapping(FOREIGN_MAP))
    qtbot.waitUntil(lambda: getattr(page, "info_box", None) is not None, timeout=30000)
    text = page.info_box.text()
    assert ("Tệp không có các cột sau của mẫu nhập, các trường đó được để trống hoặc lấy giá trị mặc định (như "
            "hạn trả, tính theo thời hạn của thủ tục): “Ngày hẹn trả”.") in text
    assert text.endswith("Tệp được đọc theo mẫu “Một cửa tỉnh (mẫu 2025)”.")
