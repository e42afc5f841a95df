"""`import equipment FILE`: equipment and facility needs from a workbook or CSV (columns in interfaces.md).

Every row is checked first; any error refuses the whole file. Each row becomes a need (rows are added:
the file has no code to recognise a need already recorded), with an "imported" step in its history.
Equipment on hand is not changed by an import: a row's "Hiện có" is what the office stated it had.
A total row at the bottom ("Tổng cộng") is skipped.
"""
from __future__ import annotations

from dataclasses import replace

from core import lengths
from core.equipment import money_scale, parse_money, parse_quantity
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run, insert_with_history, label_code
from core.imports.reader import Column
from core.models import Need, NeedEvent
from core.vocab import EQUIPMENT_CATEGORY, NEED_STATUS, PRIORITY


def money_cell(v, scale: int = 1):
    return parse_money(v, scale)


quantity_cell = parse_quantity


COLUMNS = [
    Column("item", ("Hạng mục", "item", "ten hang muc", "ten thiet bi", "thiet bi", "ten tai san",
                    "danh muc", "noi dung de xuat", "hang muc de xuat"), required=True),
    Column("category", ("Nhóm", "category", "nhom thiet bi", "nhom hang muc", "loai", "phan loai")),
    Column("unit", ("Đơn vị tính", "unit", "dvt", "don vi")),
    Column("on_hand", ("Hiện có", "quantity on hand", "on hand", "so luong hien co", "sl hien co",
                       "hien co (so luong)"), parse=quantity_cell),
    Column("needed", ("Cần bổ sung", "quantity needed", "needed", "so luong can bo sung", "sl can bo sung",
                      "can bo sung them", "so luong de xuat", "de xuat bo sung"), required=True,
           parse=quantity_cell),
    Column("unit_cost", ("Đơn giá dự kiến", "estimated unit cost", "unit cost", "don gia", "don gia du kien (dong)",
                         "don gia du kien (vnd)", "don gia (dong)", "don gia (vnd)", "don gia du kien (d)"),
           parse=money_cell),
    Column("priority", ("Mức ưu tiên", "priority", "uu tien", "muc do uu tien")),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("location", ("Địa điểm", "location", "noi su dung", "vi tri", "dia diem su dung", "noi de xuat")),
    Column("justification", ("Lý do", "justification", "reason", "ly do de xuat", "can cu de xuat")),
    Column("no", ("STT", "no.", "no", "so thu tu", "tt"), ignored=True),
]
lengths.declare(COLUMNS, {"item": Need.item, "unit": Need.unit, "location": Need.location})  # core.lengths
TOTAL_LABELS = {"tong", "tong cong", "cong", "total", "tong so", "grand total"}


def _without_totals(rows, header):
    """Drop a "Tổng cộng" row (the sum a workbook often ends with)."""
    pos = next(i for i, c in header.columns.items() if c.key == "item")
    for row_no, cells in rows:
        cell = cells[pos] if pos < len(cells) else None
        if isinstance(cell, str) and fold(cell).rstrip(":") in TOTAL_LABELS:
            continue
        yield row_no, cells


@register("equipment")
class EquipmentImport(Importer):
    kind = "equipment"
    columns = COLUMNS
    tolerant_header = True

    def find_header(self, rows):
        header, rest = super().find_header(rows)
        for pos, col in list(header.columns.items()):
            scale = money_scale(header.labels.get(col.key)) if col.key == "unit_cost" else 1
            if scale != 1:  # "Đơn giá (triệu đồng)": the figures are in millions
                header.columns[pos] = replace(col, parse=lambda v, k=scale: money_cell(v, k))
        return header, rest

    def data_rows(self, rows, header):
        return _without_totals(rows, header)

    def checker(self, run: Run):
        def check(row_no: int, v: dict):
            category = label_code(run, row_no, "category", v.get("category"), EQUIPMENT_CATEGORY,
                                  "import.not_category", loose=True) or EQUIPMENT_CATEGORY.default
            priority = label_code(run, row_no, "priority", v.get("priority"), PRIORITY, "import.not_priority",
                                  loose=True) or PRIORITY.default
            status = label_code(run, row_no, "status", v.get("status"), NEED_STATUS, "import.not_status",
                                loose=True) or NEED_STATUS.default
            item, location, why = v["item"], v.get("location"), v.get("justification")
            return {
                "item": item, "item_key": fold(item), "category": category, "unit": v.get("unit"),
                "quantity_on_hand": v.get("on_hand"), "quantity_needed": v["needed"], "unit_cost": v.get("unit_cost"),
                "priority": priority, "justification": why, "location": location, "location_key": fold(location),
                "status": status, "status_date": None,
                "search_key": " ".join(fold(p) for p in (item, location, why) if p),
            }

        return check

    def write(self, run: Run, batch_id: int) -> None:
        insert_with_history(run, batch_id, Need, NeedEvent, "need_id", lambda r: {"body": None})
