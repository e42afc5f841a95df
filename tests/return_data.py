"""A generated commune for the return's tests: a few hundred dossiers with every kind of date around
a period (carried over, received, completed early / on time / late, pending within and overdue,
awaiting a supplement, rejected, withdrawn), reproducible from a seed."""
from __future__ import annotations

import random
from datetime import date, timedelta

from tests import factories

FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Bảo trợ xã hội", "Hộ kinh doanh"]
CHANNELS = ["direct"] * 5 + ["online"] * 4 + ["postal"]


def populate(session, start: date, end: date, n: int = 300, seed: int = 6, code_prefix: str = "T") -> None:
    rnd = random.Random(seed)
    span = (end - start).days
    for i in range(n):
        received = start + timedelta(days=rnd.randint(-40, span))
        due = received + timedelta(days=rnd.choice([0, 1, 3, 5, 7, 10, 15]))
        field = rnd.choice(FIELDS)
        channel = rnd.choice(CHANNELS)
        roll = rnd.random()
        completed = status = requested = None
        if roll < 0.70:
            completed = received + timedelta(days=rnd.randint(0, 20))
            status = rnd.choices(["returned", "rejected", "withdrawn"], [90, 6, 4])[0]
        elif roll < 0.80:
            status = "awaiting_supplement"
            requested = received + timedelta(days=rnd.randint(0, 25))
            if rnd.random() < 0.2:
                requested = None
        kw = dict(received=received, due=due, completed=completed, field=field, channel=channel,
                  requested=requested, code=f"{code_prefix}-{seed}-{i:05d}")
        if status:
            kw["status"] = status
        factories.dossier(session, **kw)


def synthetic_return(commune: str, province: str, start: date, end: date, seed: int = 0,
                     fields: list[str] | None = None) -> dict:
    """A return's JSON without a database (for consolidation tests): figures that satisfy the
    form's checks, built from random counts."""
    from core.returns import Figures

    rnd = random.Random(f"{commune}-{seed}")
    by_field = {}
    total = Figures()
    for field in sorted(fields or FIELDS):
        f = Figures(carried_over=rnd.randint(0, 30), received_online=rnd.randint(0, 60),
                    received_direct=rnd.randint(0, 80), received_postal=rnd.randint(0, 5))
        f.received = f.received_online + f.received_direct + f.received_postal
        f.completed = rnd.randint(0, f.carried_over + f.received)
        f.completed_late = rnd.randint(0, f.completed // 5)
        f.completed_early = rnd.randint(0, f.completed - f.completed_late)
        f.completed_on_time = f.completed - f.completed_late - f.completed_early
        f.pending = f.carried_over + f.received - f.completed
        f.pending_overdue = rnd.randint(0, f.pending // 4)
        f.pending_within = f.pending - f.pending_overdue
        by_field[field] = f.to_json()
        total.add(f)
    return {"commune": commune, "province": province,
            "period": {"from": start.isoformat(), "to": end.isoformat()},
            "dossiers": {"total": total.to_json(), "by_field": by_field,
                         "rejected": rnd.randint(0, 3), "withdrawn": rnd.randint(0, 2)},
            "staff": {"total": 20, "by_category": {"cadre": 5, "civil_servant": 15}, "by_origin": {},
                      "by_department": {"Văn phòng HĐND và UBND": 8, "Phòng Kinh tế": 12},
                      "staffing": {"quota": 25, "filled": 20, "shortage": 5,
                                   "by_specialty": {"CNTT": {"quota": 2, "filled": 0, "shortage": 2},
                                                    "Kế toán": {"quota": 3, "filled": 0, "shortage": 3}}}},
            "equipment": {"open_needs": 2, "open_estimated_cost": 30_000_000,
                          "by_status": {"proposed": {"count": 2, "quantity": 3, "estimated_cost": 30_000_000}},
                          "by_category": {"it": {"count": 2, "quantity": 3, "estimated_cost": 30_000_000}}},
            "recommendations": {"total": 3, "raised_in_period": 1, "by_status": {"new": 1, "answered": 2},
                                "by_category": {"personnel": 3}}}


def write_synthetic_workbook(path, commune: str, province: str = "Hà Nội", start: date = date(2025, 10, 1),
                             end: date = date(2025, 10, 31), seed: int = 0) -> dict:
    from core.exports import ReturnDocument, ReturnOptions, write_document
    from core.returns import Period

    data = synthetic_return(commune, province, start, end, seed)
    doc = ReturnDocument(data, Period(start, end), ReturnOptions.defaults(data, "Người lập"), overdue=[], late=[])
    write_document(doc, xlsx=path)
    return data
