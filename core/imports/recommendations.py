"""`import recommendations FILE`: difficulties and recommendations (columns in interfaces.md), plus an
optional "Ngày trả lời" (answer date). Every row is checked first; any error refuses the whole file.
Rows are added, each with an "imported" step in its history. Without a status, a row with an answer is
taken as answered, one without as new."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import insert

from core.db import transaction
from core.formatting import fold
from core.imports import ImportResult, register
from core.imports.equipment import tolerant_header
from core.imports.reader import Column, ImportFailed, RowError, day, iter_rows, parse_rows
from core.models import ImportBatch, Recommendation, RecommendationEvent
from core.vocab import REC_CATEGORY, REC_STATUS, parse_loose

COLUMNS = [
    Column("content", ("Nội dung", "content", "noi dung kien nghi", "noi dung de xuat", "kien nghi",
                       "noi dung kho khan, kien nghi", "kho khan, vuong mac", "kho khan, kien nghi",
                       "noi dung kho khan, vuong mac", "noi dung kien nghi, de xuat"), required=True),
    Column("category", ("Lĩnh vực", "category", "nhom", "phan loai", "linh vuc kien nghi", "nhom van de")),
    Column("raised", ("Ngày nêu", "date raised", "raised", "ngay kien nghi", "ngay de xuat", "ngay neu kien nghi",
                      "ngay"), parse=day),
    Column("addressed_to", ("Cơ quan tiếp nhận", "addressed to", "body", "co quan nhan", "noi nhan",
                            "kien nghi toi", "gui den", "co quan tiep nhan, xu ly", "co quan xu ly")),
    Column("status", ("Trạng thái", "status", "tinh trang")),
    Column("answer", ("Trả lời", "response", "answer", "noi dung tra loi", "ket qua tra loi", "y kien tra loi",
                      "phan hoi", "ket qua giai quyet")),
    Column("answer_date", ("Ngày trả lời", "answer date", "answered", "ngay phan hoi"), parse=day),
    Column("no", ("STT", "no.", "no", "so thu tu", "tt"), ignored=True),
]


def _col(header, key: str) -> str:
    if key in header.labels:
        return header.labels[key]
    return next(c.label for c in COLUMNS if c.key == key)


def _vocab(value, vocab, header, key, row_no, errors, code_if_unknown):
    code = parse_loose(vocab, value)
    if code is None:
        errors.append(RowError(row_no, _col(header, key), code_if_unknown, value=value,
                               choices=[t.vi for t in vocab.terms]))
    return code


@register("recommendations")
def import_recommendations(db, path, user: str | None = None, progress=None) -> ImportResult:
    path = Path(path)
    header, rows = tolerant_header(iter_rows(path), COLUMNS)
    errors: list[RowError] = []
    records: list[dict] = []
    for row_no, v in parse_rows(rows, header, errors):
        bad = len(errors)
        category = (_vocab(v["category"], REC_CATEGORY, header, "category", row_no, errors, "import.not_category")
                    if v.get("category") else REC_CATEGORY.default)
        answer = v.get("answer")
        if v.get("status"):
            status = _vocab(v["status"], REC_STATUS, header, "status", row_no, errors, "import.not_status")
        else:
            status = "answered" if answer else "new"
        raised, answered = v.get("raised"), v.get("answer_date")
        if raised and answered and answered < raised:
            errors.append(RowError(row_no, _col(header, "answer_date"), "rec.before_raised"))
        if len(errors) > bad:
            continue
        content, addressed = v["content"], v.get("addressed_to")
        records.append({
            "content": content, "category": category, "raised_date": raised, "addressed_to": addressed,
            "status": status, "answer": answer, "answer_date": answered if answer or answered else None,
            "answered_by": addressed if (answer and status in ("answered", "resolved")) else None,
            "search_key": " ".join(fold(p) for p in (content, addressed, answer) if p),
        })
        if progress and len(records) % 500 == 0:
            progress(len(records), None)
    if errors:
        raise ImportFailed(errors)
    if not records:
        raise ImportFailed("import.no_rows.recommendations", name=path.name, header=header.row)

    with transaction(db.sessions) as s:
        conn = s.connection()
        batch_id = conn.execute(insert(ImportBatch).values(
            kind="recommendations", file_name=path.name, user_name=user, inserted=len(records), updated=0
        )).inserted_primary_key[0]
        for r in records:
            r["import_batch_id"] = batch_id
        ids = conn.execute(insert(Recommendation).returning(Recommendation.id, sort_by_parameter_order=True),
                           records).scalars().all()
        today = date.today()
        conn.execute(insert(RecommendationEvent), [
            {"recommendation_id": rid, "action": "imported", "day": today, "from_status": None,
             "to_status": r["status"], "body": r["addressed_to"], "note": path.name, "user_name": user}
            for rid, r in zip(ids, records)])
        if progress:
            progress(len(records), len(records))
    return ImportResult("recommendations", inserted=len(records))
