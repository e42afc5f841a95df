"""Equipment and facilities: equipment on hand, needs reported to the province (one state machine with
history; a delivery adds to the equipment on hand), the villages' site problems, and the return's
`equipment` section."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core import clock, history
from core.errors import BadValue, TransitionError, ValidationError, get_or_not_found
from core.formatting import fmt_int, fold, nfc, parse_vn_number
from core.messages import Problem, problem
from core.models import EquipmentItem, Need, NeedEvent, SiteProblem, SiteProblemEvent
from core.returns_lists import DetailTable
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step
from core.vocab import (CONDITION, EQUIPMENT_CATEGORY, NEED_ACTION, NEED_STATUS, OPEN_NEED_STATUSES, PRIORITY,
                        PROBLEM_KIND, PROBLEM_STATUS)
from core.collation import sort_key

MAX_QUANTITY = 1_000_000
MAX_UNIT_COST = 10 ** 14  # 100,000 billion đồng: beyond it a typing error, not a need
FIRST_YEAR = 1950


# ---------------------------------------------------------------- values
# Amounts written with a unit word: "15 triệu", "1,2 tỷ", "500 nghìn đồng".
_SCALED = re.compile(r"^(?P<number>.*?\d)\s*(?P<unit>tỷ|tỉ|ty|triệu|trieu|tr|nghìn|ngàn|nghin|ngan)\.?"
                     r"\s*(?:đồng|dong|đ|d|vnđ|vnd)?\s*$", re.IGNORECASE)
SCALE_WORDS = {"ty": 1_000_000_000, "ti": 1_000_000_000, "trieu": 1_000_000, "tr": 1_000_000,
               "nghin": 1_000, "ngan": 1_000}


def money_scale(label: str | None) -> int:
    """The unit a column header announces: "Đơn giá (triệu đồng)" → 1.000.000, "(1.000 đồng)" → 1.000;
    plain đồng → 1."""
    key = fold(label)
    m = re.search(r"\(\s*(1(?:[.,]?000)+)\s*(?:dong|d|vnd)\b", key)
    if m:
        return int(re.sub(r"[.,]", "", m.group(1)))
    for word in re.findall(r"[a-z]+", key):
        if word in SCALE_WORDS and word != "tr":
            return SCALE_WORDS[word]
    return 1


def _as_typed(value) -> str:
    """A value as the clerk typed it or the sheet holds it (123.0 read from a cell is 123)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)) or ""


def parse_money(value, scale: int = 1) -> int | None:
    """Whole đồng from a number or Vietnamese text ("12.000.000", "12.000.000 đồng", "15 triệu",
    "1,2 tỷ"); None for blank. `scale` multiplies plain numbers (a column in millions of đồng).
    Fractions of a đồng are rounded half-up; anything else is refused (BadValue, with its reason)."""
    shown = value
    if isinstance(value, str):
        m = _SCALED.match(nfc(value) or "")
        if m:
            value, scale = m.group("number"), SCALE_WORDS[fold(m.group("unit"))]
    try:
        n = parse_vn_number(value)
    except ValueError:
        raise BadValue("equipment.not_money", value=_as_typed(shown)) from None
    if n is None:
        return None
    if n < 0:
        raise BadValue("negative", value=_as_typed(shown))
    n = int((Decimal(n) * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if n > MAX_UNIT_COST:
        raise BadValue("equipment.amount_too_large", value=n)
    return n


def parse_quantity(value) -> int | None:
    """A whole number ≥ 0 from a number or text; None for blank (BadValue otherwise)."""
    try:
        n = parse_vn_number(value)
    except ValueError:
        raise BadValue("equipment.not_a_quantity", value=_as_typed(value)) from None
    if n is None:
        return None
    if n != int(n):
        raise BadValue("not_a_whole_number", value=_as_typed(value))
    if n < 0:
        raise BadValue("negative", value=_as_typed(value))
    if n > MAX_QUANTITY:
        raise BadValue("equipment.quantity_too_large", value=int(n))
    return int(n)


def estimated_cost(quantity_needed: int | None, unit_cost: int | None) -> int:
    """A need's estimated cost: quantity needed × estimated unit cost, whole đồng (0 when unknown)."""
    return int(quantity_needed or 0) * int(unit_cost or 0)


def _key(text: str | None) -> str:
    return fold(text)


def _search_key(*parts: str | None) -> str:
    return " ".join(fold(p) for p in parts if p)


def _check_vocab(errors: dict, field: str, vocab, code, noun: str) -> None:
    if code not in vocab:
        errors[field] = problem("unknown_choice", what=problem(f"noun.{noun}"), value=code)


def _check_quantity(errors: dict, field: str, value, required: bool = False):
    if value is None or value == "":
        if required:
            errors[field] = problem("required")
        return None
    try:
        return parse_quantity(value)
    except BadValue as exc:
        errors[field] = exc.problem()
        return None


def _check_money(errors: dict, field: str, value):
    try:
        return parse_money(value)
    except BadValue as exc:
        errors[field] = exc.problem()
        return None


def _raise(errors: dict[str, Problem]) -> None:
    if errors:
        raise ValidationError(errors)


# ---------------------------------------------------------------- equipment on hand
def _item_fields(name, category, quantity, unit, condition, location, acquisition_year, notes) -> dict:
    errors: dict[str, Problem] = {}
    name = nfc(name)
    if not name:
        errors["name"] = problem("equipment.name_required")
    _check_vocab(errors, "category", EQUIPMENT_CATEGORY, category, "category")
    _check_vocab(errors, "condition", CONDITION, condition, "condition")
    quantity = _check_quantity(errors, "quantity", quantity, required=True)
    year = None
    if acquisition_year not in (None, ""):
        try:
            year = int(str(acquisition_year).strip())
            if not FIRST_YEAR <= year <= clock.today().year + 1:
                errors["acquisition_year"] = problem("equipment.year_implausible", value=year)
        except ValueError:
            errors["acquisition_year"] = problem("equipment.not_a_year", value=acquisition_year)
    _raise(errors)
    location = nfc(location) or None
    return {"name": name, "name_key": _key(name), "category": category, "quantity": quantity,
            "unit": nfc(unit) or None, "condition": condition, "location": location,
            "location_key": _key(location), "acquisition_year": year, "notes": nfc(notes) or None}


def add_item(session: Session, *, name: str, category: str, quantity, unit: str | None = None,
             condition: str = "good", location: str | None = None, acquisition_year=None,
             notes: str | None = None) -> EquipmentItem:
    """Record equipment on hand."""
    item = EquipmentItem(**_item_fields(name, category, quantity, unit, condition, location,
                                        acquisition_year, notes))
    session.add(item)
    session.flush()
    return item


def get_item(session: Session, item_id: int) -> EquipmentItem:
    return get_or_not_found(session, EquipmentItem, item_id, "equipment")


def update_item(session: Session, item_id: int, **changes) -> EquipmentItem:
    """Edit equipment on hand; `changes` are add_item's keyword arguments."""
    item = get_item(session, item_id)
    current = {k: getattr(item, k) for k in ("name", "category", "quantity", "unit", "condition", "location",
                                             "acquisition_year", "notes")}
    unknown = set(changes) - set(current)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    current.update(changes)
    for k, v in _item_fields(**current).items():
        setattr(item, k, v)
    session.flush()
    return item


def delete_item(session: Session, item_id: int) -> None:
    session.delete(get_item(session, item_id))
    session.flush()


def list_items(session: Session, *, search: str | None = None, category: str | None = None,
               condition: str | None = None) -> list[EquipmentItem]:
    q = select(EquipmentItem)
    if category:
        q = q.where(EquipmentItem.category == category)
    if condition:
        q = q.where(EquipmentItem.condition == condition)
    for word in fold(search).split():
        like = f"%{word}%"
        q = q.where(EquipmentItem.name_key.like(like) | EquipmentItem.location_key.like(like))
    return list(session.scalars(q.order_by(EquipmentItem.category, EquipmentItem.name_key, EquipmentItem.id)))


def items_totals(items: list[EquipmentItem]) -> dict:
    """Totals of a list of equipment: lines, quantity, and quantity by condition."""
    by_condition = {c: 0 for c in CONDITION.codes()}
    for i in items:
        by_condition[i.condition] = by_condition.get(i.condition, 0) + i.quantity
    return {"lines": len(items), "quantity": sum(i.quantity for i in items), "by_condition": by_condition}


# ---------------------------------------------------------------- needs
NEED_FIELDS = ("item", "category", "unit", "quantity_on_hand", "quantity_needed", "unit_cost", "priority",
               "justification", "location")


def _need_fields(item, category, unit, quantity_on_hand, quantity_needed, unit_cost, priority,
                 justification, location) -> dict:
    errors: dict[str, Problem] = {}
    item = nfc(item)
    if not item:
        errors["item"] = problem("equipment.item_required")
    _check_vocab(errors, "category", EQUIPMENT_CATEGORY, category, "category")
    _check_vocab(errors, "priority", PRIORITY, priority, "priority")
    on_hand = _check_quantity(errors, "quantity_on_hand", quantity_on_hand)
    needed = _check_quantity(errors, "quantity_needed", quantity_needed, required=True)
    cost = _check_money(errors, "unit_cost", unit_cost)
    _raise(errors)
    location = nfc(location) or None
    return {"item": item, "item_key": _key(item), "category": category, "unit": nfc(unit) or None,
            "quantity_on_hand": on_hand, "quantity_needed": needed, "unit_cost": cost, "priority": priority,
            "justification": nfc(justification) or None, "location": location, "location_key": _key(location),
            "search_key": _search_key(item, location, justification)}


def propose_need(session: Session, *, item: str, category: str, quantity_needed, unit: str | None = None,
                 quantity_on_hand=None, unit_cost=None, priority: str = "medium",
                 justification: str | None = None, location: str | None = None, on: date | None = None,
                 user: str | None = None) -> Need:
    """Record a new need (status proposed) and the first step of its history."""
    fields = _need_fields(item, category, unit, quantity_on_hand, quantity_needed, unit_cost, priority,
                          justification, location)
    on = on or clock.today()
    need = Need(**fields, status="proposed", status_date=on)
    session.add(need)
    session.flush()
    NEED_FLOW.log(session, need, "proposed", on, user, to_status="proposed")
    return need


def get_need(session: Session, need_id: int) -> Need:
    return get_or_not_found(session, Need, need_id, "need")


def update_need(session: Session, need_id: int, user: str | None = None, **changes) -> Need:
    """Edit a need's details (its status only changes through `transition_need`). Once delivered, the
    quantity needed is history: it was added to the equipment on hand and cannot change."""
    need = get_need(session, need_id)
    unknown = set(changes) - set(NEED_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    current = {k: getattr(need, k) for k in NEED_FIELDS}
    current.update(changes)
    fields = _need_fields(**current)
    if need.status == "delivered" and fields["quantity_needed"] != need.quantity_needed:
        raise ValidationError({"quantity_needed": problem("equipment.delivered_quantity")})
    changed = [k for k in NEED_FIELDS if fields[k] != getattr(need, k)]
    for k, v in fields.items():
        setattr(need, k, v)
    if changed:
        NEED_FLOW.log(session, need, "edited", clock.today(), user, from_status=need.status, to_status=need.status,
                      note=", ".join(changed))
    session.flush()
    return need


def delete_need(session: Session, need_id: int) -> None:
    """Remove a need entered by mistake; a delivered one is history (its delivery is on hand)."""
    need = get_need(session, need_id)
    if need.status == "delivered":
        raise TransitionError("equipment.delivered_not_deleted")
    session.delete(need)
    session.flush()


# ---------------------------------------------------------------- the needs' state machine
NOTE, BODY = Param("note"), Param("body")
DECIDING_BODY = Param("body", required=Refusal("body", "equipment.body_required"))


def _delivered_quantity(move: Move) -> int | None:
    quantity = move.params.get("quantity")
    return move.record.quantity_needed if quantity in (None, "") else quantity


def _deliverable(move: Move) -> list[Refusal]:
    errors: dict[str, Problem] = {}
    delivered = _check_quantity(errors, "quantity", _delivered_quantity(move))
    if delivered == 0:
        errors["quantity"] = problem("equipment.delivered_zero")
    _check_vocab(errors, "condition", CONDITION, move.params.get("condition") or "good", "condition")
    move.context["delivered"] = delivered
    return [Refusal(f, p.code, p.params) for f, p in errors.items()]


def _deliver(move: Move) -> None:
    """Add the delivered quantity to the equipment on hand at the need's location, on the line of the
    same item, category and condition, or a new line."""
    session, need, on = move.session, move.record, move.day
    condition, delivered = move.params.get("condition") or "good", move.context["delivered"]
    line = session.scalar(select(EquipmentItem).where(
        EquipmentItem.name_key == need.item_key, EquipmentItem.location_key == need.location_key,
        EquipmentItem.category == need.category, EquipmentItem.condition == condition)
        .order_by(EquipmentItem.id).limit(1))
    if line is None:
        line = EquipmentItem(name=need.item, name_key=need.item_key, category=need.category, quantity=0,
                             unit=need.unit, condition=condition, location=need.location,
                             location_key=need.location_key, acquisition_year=on.year)
        session.add(line)
        session.flush()
    line.quantity += delivered
    need.quantity_delivered = delivered
    need.equipment_item_id = line.id
    move.event["note"] = move.params.get("note") or f"+{delivered}"


def _decided(move: Move) -> None:
    """Every step: its day, and the body of the last step (who received it, who decided); proposing
    again starts afresh."""
    if move.step.action == "deliver":
        _deliver(move)
    need, body = move.record, move.params.get("body")
    need.status_date = move.day
    need.decided_by = body if (body or move.step.action == "repropose") else need.decided_by
    move.event["body"] = body


NEED_FLOW = Flow("needs", [
    Step("submit", ("proposed",), "submitted", params=(BODY, NOTE), effect=_decided),
    Step("approve", ("submitted",), "approved", params=(DECIDING_BODY, NOTE), effect=_decided),
    Step("deliver", ("approved",), "delivered",
         params=(BODY, NOTE, Param("quantity", text=False), Param("condition")), guards=(_deliverable,),
         effect=_decided),
    Step("reject", ("proposed", "submitted", "approved"), "rejected", params=(DECIDING_BODY, NOTE), effect=_decided),
    Step("repropose", ("rejected",), "proposed", params=(BODY, NOTE), effect=_decided),
], events=EventRow(NeedEvent, "need_id", kind="action"),
    previous=lambda move: move.record.status_date,
    too_early=lambda move, day: Refusal("date", "before_last_step", {"value": day}),
    in_future=Refusal("date", "date_in_future"), noun="need", statuses=NEED_STATUS, kinds=NEED_ACTION)

# Views of the table for the window: action → (starting statuses, status it leads to), and the
# actions that need the deciding body (who approved or refused).
TRANSITIONS = NEED_FLOW.table()
BODY_REQUIRED = NEED_FLOW.requiring("body")


def need_actions(status: str) -> list[str]:
    """The actions a need in `status` may take, in the order the window shows them."""
    return NEED_FLOW.actions_from(status)


def transition_need(session: Session, need_id: int, action: str, *, on: date | None = None,
                    body: str | None = None, note: str | None = None, quantity=None,
                    condition: str = "good", user: str | None = None) -> Need:
    """Move a need along proposed → submitted → approved → delivered (or rejected; a rejected need may
    be proposed again), recording the day, the body (the province, the deciding body) and a note.
    Delivering adds the delivered quantity (default: the quantity needed) to the equipment on hand at
    the need's location, on the line of the same item, category and condition, or a new line."""
    NEED_FLOW.step(action)
    need = get_need(session, need_id)
    return NEED_FLOW.apply(session, need, action, at=on, actor=user, body=body, note=note, quantity=quantity,
                           condition=condition)


@dataclass
class NeedFilter:
    search: str | None = None
    status: str | None = None        # a status code, or "open" for every status not closed
    category: str | None = None
    priority: str | None = None
    location: str | None = None      # folded match on the location


def _need_query(f: NeedFilter):
    q = select(Need)
    if f.status == "open":
        q = q.where(Need.status.in_(OPEN_NEED_STATUSES))
    elif f.status:
        q = q.where(Need.status == f.status)
    if f.category:
        q = q.where(Need.category == f.category)
    if f.priority:
        q = q.where(Need.priority == f.priority)
    if f.location:
        q = q.where(Need.location_key == fold(f.location))
    for word in fold(f.search).split():
        q = q.where(Need.search_key.like(f"%{word}%"))
    return q


_PRIORITY_ORDER = case({"high": 0, "medium": 1, "low": 2}, value=Need.priority, else_=3)
_STATUS_ORDER = case({s: i for i, s in enumerate(NEED_STATUS.codes())}, value=Need.status, else_=9)


def list_needs(session: Session, f: NeedFilter | None = None) -> list[Need]:
    """Needs for the window: open ones first by priority, then the rest."""
    q = _need_query(f or NeedFilter())
    return list(session.scalars(q.order_by(_STATUS_ORDER, _PRIORITY_ORDER, Need.item_key, Need.id)))


def needs_totals(needs: list[Need]) -> dict:
    """Totals of a list of needs: count, quantity needed, estimated cost, and the same for open needs."""
    open_ = [n for n in needs if n.status in OPEN_NEED_STATUSES]
    return {"count": len(needs), "quantity": sum(n.quantity_needed for n in needs),
            "estimated_cost": sum(estimated_cost(n.quantity_needed, n.unit_cost) for n in needs),
            "open_count": len(open_), "open_quantity": sum(n.quantity_needed for n in open_),
            "open_estimated_cost": sum(estimated_cost(n.quantity_needed, n.unit_cost) for n in open_)}


def need_locations(session: Session) -> list[str]:
    """The places needs and equipment are recorded at (for the location filter and the form)."""
    names: dict[str, str] = {}
    for model in (Need, EquipmentItem, SiteProblem):
        col = model.place if model is SiteProblem else model.location
        for (name,) in session.execute(select(col).where(col.is_not(None)).distinct()):
            names.setdefault(fold(name), name)
    return sorted(names.values(), key=sort_key)


_COST = Need.quantity_needed * func.coalesce(Need.unit_cost, 0)


def _figure_rows(session: Session, column, where=None) -> dict[str, dict]:
    q = select(column, func.count(), func.coalesce(func.sum(Need.quantity_needed), 0),
               func.coalesce(func.sum(_COST), 0))
    if where is not None:
        q = q.where(where)
    return {code: {"count": int(n), "quantity": int(qty), "estimated_cost": int(cost)}
            for code, n, qty, cost in session.execute(q.group_by(column))}


def open_cost_by_category(session: Session) -> dict[str, int]:
    """Estimated cost of the open needs by category (every category, zeros included): the chart."""
    rows = _figure_rows(session, Need.category, Need.status.in_(OPEN_NEED_STATUSES))
    return {c: rows.get(c, {}).get("estimated_cost", 0) for c in EQUIPMENT_CATEGORY.codes()}


def needs_on(day: date, *columns):
    """The needs as they stood on `day` (domain.md, "As of T"): each need's row (or `columns` of it)
    with its status on that day from its history (core.history), as the column `status_on`; NULL for
    a need recorded after it."""
    return select(*(columns or (Need,)), history.status_on(Need, NeedEvent, "need_id", day).label("status_on"))


def return_section(session: Session, period) -> dict:
    """The return's `equipment` section (interfaces.md; figures in domain.md): the needs on record on
    the period's last day, each counted under its status on that day (a need recorded after it is
    left out). Like the rest of the return, by_status and by_category list only the codes that have
    needs, in the vocabulary's order. One pass over the needs (a register of hundreds)."""
    by_status: dict[str, dict] = {}
    by_category: dict[str, dict] = {}
    for category, quantity, unit_cost, status in session.execute(
            needs_on(period.end, Need.category, Need.quantity_needed, Need.unit_cost)):
        if status is None:
            continue
        for rows, code in ((by_status, status), (by_category, category)):
            r = rows.setdefault(code, {"count": 0, "quantity": 0, "estimated_cost": 0})
            r["count"] += 1
            r["quantity"] += int(quantity or 0)
            r["estimated_cost"] += estimated_cost(quantity, unit_cost)
    zero = {"count": 0, "quantity": 0, "estimated_cost": 0}
    open_rows = [by_status.get(s, zero) for s in OPEN_NEED_STATUSES]
    return {
        "open_needs": sum(r["count"] for r in open_rows),
        "open_estimated_cost": sum(r["estimated_cost"] for r in open_rows),
        "by_status": {c: by_status[c] for c in _codes(NEED_STATUS, by_status)},
        "by_category": {c: by_category[c] for c in _codes(EQUIPMENT_CATEGORY, by_category)},
    }


def _codes(vocab, rows: dict) -> list[str]:
    """The codes found in the data: the vocabulary's in its order, then any it does not know."""
    return [c for c in vocab.codes() if c in rows] + sorted(c for c in rows if c not in vocab)


# ---------------------------------------------------------------- site problems
PROBLEM_FIELDS = ("place", "kind", "description", "since", "households", "status", "resolved_date", "notes")


def site_problem_dates(since: date | None, status: str | None, resolved: date | None,
                       today: date) -> tuple[date | None, dict[str, Problem]]:
    """The rule of a site problem's dates, for the form and the import: since neither before
    clock.EARLIEST_DAY nor in the future; a resolved problem resolved on its day (today when not
    given), not in the future, not before it began. Returns the resolved day kept (None unless
    resolved) and the problems by field."""
    errors: dict[str, Problem] = {}
    if since is not None and since < clock.EARLIEST_DAY:
        errors["since"] = problem("dossier.date_before_earliest", earliest=clock.EARLIEST_DAY)
    elif since is not None and since > today:
        errors["since"] = problem("date_in_future")
    if status != "resolved":
        return None, errors
    resolved = resolved or today
    if resolved > today:
        errors["resolved_date"] = problem("date_in_future")
    elif since is not None and resolved < since:
        errors["resolved_date"] = problem("equipment.resolved_before_since")
    return resolved, errors


def _problem_fields(place, kind, description, since, households, status, resolved_date, notes) -> dict:
    errors: dict[str, Problem] = {}
    place = nfc(place)
    if not place:
        errors["place"] = problem("equipment.place_required")
    _check_vocab(errors, "kind", PROBLEM_KIND, kind, "problem_kind")
    _check_vocab(errors, "status", PROBLEM_STATUS, status, "status")
    households = _check_quantity(errors, "households", households)
    resolved_date, date_errors = site_problem_dates(since, status, resolved_date, clock.today())
    errors.update(date_errors)
    _raise(errors)
    return {"place": place, "place_key": _key(place), "kind": kind, "description": nfc(description) or None,
            "since": since, "households": households, "status": status, "resolved_date": resolved_date,
            "notes": nfc(notes) or None}


def _log_problem(session: Session, p: SiteProblem, action: str, day: date, from_status: str | None,
                 to_status: str) -> None:
    """One step of the problem's history (core.history reads its status on a day from it)."""
    user = session.info.get("user")
    session.add(SiteProblemEvent(site_problem_id=p.id, action=action, day=day, from_status=from_status,
                                 to_status=to_status, user_name=getattr(user, "name", None)))


def add_problem(session: Session, *, place: str, kind: str, description: str | None = None,
                since: date | None = None, households=None, status: str = "open",
                resolved_date: date | None = None, notes: str | None = None) -> SiteProblem:
    """Record a site problem. Its history starts on its own date (since, else today); one recorded as
    already resolved was open until its resolved date."""
    p = SiteProblem(**_problem_fields(place, kind, description, since, households, status, resolved_date, notes))
    session.add(p)
    session.flush()
    first = p.since or clock.today()
    if p.status == "resolved":
        _log_problem(session, p, "recorded", min(first, p.resolved_date), None, "open")
        _log_problem(session, p, "resolved", p.resolved_date, "open", "resolved")
    else:
        _log_problem(session, p, "recorded", first, None, p.status)
    session.flush()
    return p


def get_problem(session: Session, problem_id: int) -> SiteProblem:
    return get_or_not_found(session, SiteProblem, problem_id, "site_problem")


def update_problem(session: Session, problem_id: int, **changes) -> SiteProblem:
    """Edit a site problem; setting status "resolved" records the day it was resolved (today unless given)."""
    p = get_problem(session, problem_id)
    unknown = set(changes) - set(PROBLEM_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    current = {k: getattr(p, k) for k in PROBLEM_FIELDS}
    before = p.status
    current.update(changes)
    for k, v in _problem_fields(**current).items():
        setattr(p, k, v)
    if p.status != before:  # resolved on its resolved date; other changes on the day they are made
        day = p.resolved_date if p.status == "resolved" else clock.today()
        _log_problem(session, p, {"resolved": "resolved", "in_progress": "started"}.get(p.status, "reopened"),
                     day, before, p.status)
    session.flush()
    return p


def delete_problem(session: Session, problem_id: int) -> None:
    session.delete(get_problem(session, problem_id))
    session.flush()


def list_problems(session: Session, *, search: str | None = None, kind: str | None = None,
                  status: str | None = None) -> list[SiteProblem]:
    """Site problems by village (then by kind). status "unresolved" means open or in progress."""
    q = select(SiteProblem)
    if kind:
        q = q.where(SiteProblem.kind == kind)
    if status == "unresolved":
        q = q.where(SiteProblem.status != "resolved")
    elif status:
        q = q.where(SiteProblem.status == status)
    for word in fold(search).split():
        q = q.where(SiteProblem.place_key.like(f"%{word}%"))
    return list(session.scalars(q.order_by(SiteProblem.place_key, SiteProblem.kind, SiteProblem.id)))


@dataclass
class Village:
    place: str
    problems: list[SiteProblem]

    @property
    def households(self) -> int:
        """Households affected by the village's unresolved problems (the largest of them: the same
        households are often without both signal and power, so a sum would count them twice)."""
        return max((p.households or 0 for p in self.problems if p.status != "resolved"), default=0)

    @property
    def unresolved(self) -> int:
        return sum(1 for p in self.problems if p.status != "resolved")


def problems_by_village(problems: list[SiteProblem]) -> list[Village]:
    """Group a list of site problems by village (folded name), in the list's order."""
    villages: dict[str, Village] = {}
    first: dict[str, int] = {}
    for p in problems:
        v = villages.setdefault(p.place_key, Village(p.place, []))
        v.problems.append(p)
        if p.id < first.setdefault(p.place_key, p.id):  # the name as first written
            first[p.place_key], v.place = p.id, p.place
    return list(villages.values())


def problems_on(day: date):
    """The site problems as they stood on `day`: each row with its status on that day from its history,
    as the column `status_on` (NULL for a problem recorded after it)."""
    return select(SiteProblem, history.status_on(SiteProblem, SiteProblemEvent, "site_problem_id", day)
                  .label("status_on"))


def return_details(session: Session, period) -> list[DetailTable]:
    """The lists the return prints under the equipment figures, as they stood on the period's last day:
    the needs open on it, and the places' problems open at some time in the period, each with its
    status on that day (a resolved date after it is not yet known)."""
    from core import vocab

    T = period.end
    needs = DetailTable("Nhu cầu trang thiết bị, cơ sở vật chất chưa đáp ứng",
                        [("Hạng mục", "text"), ("Nhóm", "text"), ("Đơn vị tính", "text"), ("Hiện có", "int"),
                         ("Cần bổ sung", "int"), ("Đơn giá dự kiến (đồng)", "money"),
                         ("Kinh phí dự kiến (đồng)", "money"), ("Mức ưu tiên", "text"), ("Trạng thái", "text"),
                         ("Địa điểm", "text")])
    statuses, priorities = NEED_STATUS.codes(), PRIORITY.codes()
    rows = [(n, status) for n, status in session.execute(needs_on(T)) if status in OPEN_NEED_STATUSES]
    rows.sort(key=lambda r: (statuses.index(r[1]), priorities.index(r[0].priority) if r[0].priority in priorities
                             else len(priorities), r[0].item_key, r[0].id))
    for n, status in rows:
        needs.rows.append([n.item, vocab.EQUIPMENT_CATEGORY.label(n.category), n.unit, n.quantity_on_hand,
                           n.quantity_needed, n.unit_cost, estimated_cost(n.quantity_needed, n.unit_cost),
                           vocab.PRIORITY.label(n.priority), vocab.NEED_STATUS.label(status), n.location])
    # The places with a problem at some time in the period: those still without signal, power… and
    # those fixed in it (the status column says which), with the notes the office keeps.
    problems = DetailTable("Địa bàn khó khăn trong kỳ (sóng di động, điện, mạng, giao thông), kể cả nơi đã khắc phục",
                           [("Thôn, địa điểm", "text"), ("Vấn đề", "text"), ("Mô tả", "text"), ("Từ ngày", "date"),
                            ("Số hộ ảnh hưởng", "int"), ("Trạng thái", "text"), ("Ngày khắc phục", "date"),
                            ("Ghi chú", "text")])
    before = history.status_on(SiteProblem, SiteProblemEvent, "site_problem_id", period.start - timedelta(days=1))
    q = problems_on(T).add_columns(before).order_by(SiteProblem.place_key, SiteProblem.kind, SiteProblem.id)
    found = []
    for p, status, status_before in session.execute(q):
        if status is None or (status == "resolved" and status_before == "resolved"):
            continue  # recorded after the day; resolved before the period began and still so on its last day
        resolved = p.resolved_date if status == "resolved" and p.resolved_date and p.resolved_date <= T else None
        problems.rows.append([p.place, vocab.PROBLEM_KIND.label(p.kind), p.description, p.since, p.households,
                              vocab.PROBLEM_STATUS.label(status), resolved, p.notes])
        found.append((p.place_key, p.kind, status, p.households))
    problems.summary = _problems_sentence(found)
    return [needs, problems]


def _problems_sentence(found: list[tuple[str, str, str, int | None]]) -> str:
    """The sentence of the period's site problems: how many at how many places, how many still not
    fixed on its last day and by kind, and the households those cut off. Households are counted per
    problem ("lượt hộ"): a village without signal and without power counts its households twice."""
    from core import vocab

    if not found:
        return "Trong kỳ không có thôn, địa điểm nào gặp khó khăn về sóng di động, điện, mạng, giao thông"
    places = len({place for place, *_ in found})
    text = f"Trong kỳ có {fmt_int(len(found))} vấn đề về hạ tầng tại {fmt_int(places)} thôn, địa điểm"
    still = [(kind, households) for _place, kind, status, households in found if status != "resolved"]
    if not still:
        return text + "; đến cuối kỳ đều đã khắc phục"
    kinds = Counter(kind for kind, _h in still)
    ordered = sorted(kinds.items(), key=lambda kv: (-kv[1], sort_key(vocab.PROBLEM_KIND.label(kv[0]))))
    by_kind = ", ".join(f"{vocab.PROBLEM_KIND.label(k).lower()} {fmt_int(n)}" for k, n in ordered)
    text += f"; đến cuối kỳ còn {fmt_int(len(still))} vấn đề chưa khắc phục ({by_kind})"
    households = sum(h or 0 for _k, h in still)
    if households:
        text += f", ảnh hưởng {fmt_int(households)} lượt hộ"
    return text
