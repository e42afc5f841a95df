"""`import recommendations FILE`: difficulties and recommendations (columns in interfaces.md), plus an
optional "Ngày trả lời" (answer date). Every row is checked first; any error refuses the whole file.
Rows are added, each with an "imported" step in its history. Without a status, a row with an answer is
taken as answered, one without as new."""
from __future__ import annotations

from core import lengths
from core.formatting import fold
from core.imports import register
from core.imports.base import Importer, Run, insert_with_history, label_code
from core.imports.reader import Column, day
from core.models import Recommendation, RecommendationEvent
from core.recommendations import answer_refusal
from core.vocab import REC_CATEGORY, REC_STATUS

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
lengths.declare(COLUMNS, {"addressed_to": Recommendation.addressed_to})  # the column's length (core.lengths)


@register("recommendations")
class RecommendationImport(Importer):
    kind = "recommendations"
    columns = COLUMNS
    tolerant_header = True

    def checker(self, run: Run):
        def check(row_no: int, v: dict):
            category = label_code(run, row_no, "category", v.get("category"), REC_CATEGORY, "import.not_category",
                                  loose=True) if v.get("category") else REC_CATEGORY.default
            answer = v.get("answer")
            if v.get("status"):
                status = label_code(run, row_no, "status", v["status"], REC_STATUS, "import.not_status", loose=True)
            else:
                status = "answered" if answer else "new"
            raised, answered = v.get("raised"), v.get("answer_date")
            if raised and answered and answered < raised:
                run.error(row_no, "answer_date", "rec.before_raised")
            refusal = answer_refusal(status, answer, answered)
            if refusal:
                run.error(row_no, "answer_date", refusal, status=REC_STATUS.label(status))
            content, addressed = v["content"], v.get("addressed_to")
            return {
                "content": content, "category": category, "raised_date": raised, "addressed_to": addressed,
                "status": status, "answer": answer, "answer_date": answered if answer or answered else None,
                "answered_by": addressed if (answer and status in ("answered", "resolved")) else None,
                "search_key": " ".join(fold(p) for p in (content, addressed, answer) if p),
            }

        return check

    def write(self, run: Run, batch_id: int) -> None:
        insert_with_history(run, batch_id, Recommendation, RecommendationEvent, "recommendation_id",
                            lambda r: {"body": r["addressed_to"]})
