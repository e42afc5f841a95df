"""`import equipment FILE`: equipment and facility needs from a workbook or CSV (columns in interfaces.md).

Every row is checked first; any error refuses the whole file. Each row becomes a need (rows are added:
the file has no code to recognise a need already recorded), with an "imported" step in its history.
Equipment on hand is not changed by an import: a row's "Hiện có" is what the office stated it had.
A total row at the bottom ("Tổng cộng") is skipped.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from core.db import transaction
from core.equipment import money_scale, parse_money, parse_quantity
from core.formatting import fold, nfc
from core.imports import ImportResult, register
from core.imports.reader import Column, ImportFailed, RowError, find_header, iter_rows, parse_rows
from core.models import ImportBatch, Need, NeedEvent
from core.vocab import EQUIPMENT_CATEGORY, NEED_STATUS, PRIORITY, parse_loose


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
TOTAL_LABELS = {"tong", "tong cong", "cong", "total", "tong so", "grand total"}


def tolerant_header(rows, columns):
    """`find_header`, also accepting header cells with a unit or note in brackets, or a mark:
    "Đơn giá dự kiến (đồng)", "Cần bổ sung (*)", "Nội dung:". Error messages name the columns as
    written. Returns the header and the remaining rows."""
    key_of = {fold(n): c.key for c in columns for n in c.names}

    def simplify(cell):
        if not isinstance(cell, str) or fold(cell) in key_of:
            return cell
        short = nfc(re.sub(r"\(.*?\)|\[.*?\]|[*:]", " ", cell))
        return short if fold(short) in key_of else cell

    originals: dict[int, str] = {}

    def simplified():
        found = False
        for row_no, cells in rows:
            if found:
                yield row_no, cells
                continue
            new = [simplify(c) for c in cells]
            if len({key_of[fold(c)] for c in new if isinstance(c, str) and fold(c) in key_of}) >= 2:
                found = True
                originals.update({i: c for i, c in enumerate(cells) if isinstance(c, str)})
            yield row_no, new

    header, rest = find_header(simplified(), columns)
    for pos, col in header.columns.items():
        if pos in originals:
            header.labels[col.key] = nfc(originals[pos])
    return header, rest


def _col(header, key: str) -> str:
    if key in header.labels:
        return header.labels[key]
    return next(c.label for c in COLUMNS if c.key == key)


def _without_totals(rows, header):
    """Drop a "Tổng cộng" row (the sum a workbook often ends with)."""
    pos = next(i for i, c in header.columns.items() if c.key == "item")
    for row_no, cells in rows:
        cell = cells[pos] if pos < len(cells) else None
        if isinstance(cell, str) and fold(cell).rstrip(":") in TOTAL_LABELS:
            continue
        yield row_no, cells


def _vocab(value, vocab, header, key, row_no, errors, code_if_unknown):
    if not value:
        return vocab.default
    code = parse_loose(vocab, value)
    if code is None:
        errors.append(RowError(row_no, _col(header, key), code_if_unknown, value=value,
                               choices=[t.vi for t in vocab.terms]))
    return code


@register("equipment")
def import_equipment(db, path, user: str | None = None, progress=None) -> ImportResult:
    path = Path(path)
    header, rows = tolerant_header(iter_rows(path), COLUMNS)
    for pos, col in list(header.columns.items()):
        scale = money_scale(header.labels.get(col.key)) if col.key == "unit_cost" else 1
        if scale != 1:  # "Đơn giá (triệu đồng)": the figures are in millions
            header.columns[pos] = replace(col, parse=lambda v, k=scale: money_cell(v, k))
    errors: list[RowError] = []
    records: list[dict] = []
    for row_no, v in parse_rows(_without_totals(rows, header), header, errors):
        bad = len(errors)
        category = _vocab(v.get("category"), EQUIPMENT_CATEGORY, header, "category", row_no, errors,
                          "import.not_category")
        priority = _vocab(v.get("priority"), PRIORITY, header, "priority", row_no, errors, "import.not_priority")
        status = _vocab(v.get("status"), NEED_STATUS, header, "status", row_no, errors, "import.not_status")
        if len(errors) > bad:
            continue
        item, location, why = v["item"], v.get("location"), v.get("justification")
        records.append({
            "item": item, "item_key": fold(item), "category": category, "unit": v.get("unit"),
            "quantity_on_hand": v.get("on_hand"), "quantity_needed": v["needed"], "unit_cost": v.get("unit_cost"),
            "priority": priority, "justification": why, "location": location, "location_key": fold(location),
            "status": status, "status_date": None,
            "search_key": " ".join(fold(p) for p in (item, location, why) if p),
        })
        if progress and len(records) % 500 == 0:
            progress(len(records), None)
    if errors:
        raise ImportFailed(errors)
    if not records:
        raise ImportFailed("import.no_rows.equipment", name=path.name, header=header.row)

    with transaction(db.sessions) as s:
        conn = s.connection()
        batch_id = conn.execute(insert(ImportBatch).values(
            kind="equipment", file_name=path.name, user_name=user, inserted=len(records), updated=0
        )).inserted_primary_key[0]
        for r in records:
            r["import_batch_id"] = batch_id
        ids = conn.execute(insert(Need).returning(Need.id, sort_by_parameter_order=True), records).scalars().all()
        today = date.today()
        conn.execute(insert(NeedEvent), [
            {"need_id": nid, "action": "imported", "day": today, "from_status": None, "to_status": r["status"],
             "body": None, "note": path.name, "user_name": user} for nid, r in zip(ids, records)])
        if progress:
            progress(len(records), len(records))
    return ImportResult("equipment", inserted=len(records))
