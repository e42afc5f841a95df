"""The audit trail: every create, change and delete of a record — who, when, which record, which
field, old and new value — written in the same transaction as the change itself (issue 7).

- ORM changes: mapper events collect one row per changed field; `after_flush` writes them with one
  Core insert on the session's connection (so a rolled-back change leaves no audit row either).
- Statements run through `session.execute(update(...)/delete(...)/insert(...))`: one bulk_* row with
  the count (checked and recorded in core.auth's `do_orm_execute`).
- Imports (Core bulk inserts): one `import` row with the counts, written when the import's
  `import_batch` row is inserted, inside the import's own transaction (core.imports.guarded_import).
- The table is append-only: the session refuses changes to it, and migration 0002 adds triggers
  that refuse UPDATE and DELETE in the database itself.

Times are the computer's local time. Password hashes are never written here.
"""
from __future__ import annotations

import contextlib
import contextvars
import csv
import getpass
import logging
import socket
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import event, func, inspect, insert, or_, select
from sqlalchemy.orm import Session, object_session, sessionmaker
from sqlalchemy.sql.dml import Insert

from core import clock
from core.errors import CommuneDeskError
from core.permissions import can, mask_id_number, require, session_user, trusted_sql

log = logging.getLogger("communedesk.audit")

# Derived or bookkeeping columns whose changes are noise in the trail.
SKIP_FIELDS = {"created_at", "updated_at", "search_key", "name_key", "failed_attempts", "last_login_at",
               "locked_until", "applicant_sort", "field_sort", "handler_sort", "name_sort"}
# Never written as values: only the fact that they changed.
SECRET_FIELDS = {"password_hash"}
# Large values summarised rather than copied.
SUMMARISED_FIELDS = {"data_json"}
MAX_VALUE = 4000
TABLES_NOT_AUDITED = {"audit_entry", "import_batch"}  # import_batch: its own `import` row
# Every action the trail records: one row per changed field (insert, update, delete), or an event
# of its own. The `audit --action` choices.
ACTIONS = ("insert", "update", "delete", "import", "bulk_insert", "bulk_update", "bulk_delete", "login",
           "login_failed", "restore", "sign", "repair")

_import_ctx: contextvars.ContextVar[dict | None] = contextvars.ContextVar("communedesk_import", default=None)


def _workstation() -> str | None:
    try:
        return f"{getpass.getuser()}@{socket.gethostname()}"[:200]
    except Exception:  # no user name in some service contexts
        try:
            return socket.gethostname()[:200]
        except Exception:
            return None


WORKSTATION = _workstation()


def now() -> datetime:
    return clock.now().replace(microsecond=0)


def fmt_value(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    if len(text) > MAX_VALUE:
        text = text[:MAX_VALUE] + f"… ({len(text)} characters)"
    return text


def _actor_fields(session: Session | None) -> dict:
    actor = None
    if session is not None:
        try:
            actor = session_user(session)
        except CommuneDeskError:
            actor = None
    name = getattr(actor, "name", None)
    if actor is None and session is not None and isinstance(session.info.get("user"), str):
        name = session.info["user"][:100] or None  # single-clerk mode: the name the window or command gave
    return {"user_name": name, "user_role": getattr(actor, "role", None),
            "workstation": WORKSTATION}


def _table():
    from core.models import AuditEntry

    return AuditEntry.__table__


# ---------------------------------------------------------------- collecting ORM changes
def _record_id(mapper, target) -> str:
    return ",".join(str(v) for v in mapper.primary_key_from_instance(target))


def _rows_for(action: str, mapper, target) -> list[dict]:
    table = mapper.local_table.name
    if table in TABLES_NOT_AUDITED:
        return []
    state = inspect(target)
    rid = _record_id(mapper, target)
    rows = []

    def add(field, old, new):
        if field in SECRET_FIELDS:
            old, new = (None, "(set)") if action == "insert" else (("(set)", None) if action == "delete"
                                                                   else ("(old)", "(changed)"))
        elif field in SUMMARISED_FIELDS:
            old = f"({len(old)} characters)" if isinstance(old, str) else fmt_value(old)
            new = f"({len(new)} characters)" if isinstance(new, str) else fmt_value(new)
        else:
            old, new = fmt_value(old), fmt_value(new)
        if old != new:
            rows.append({"action": action, "table_name": table, "record_id": rid, "field": field,
                         "old_value": old, "new_value": new})

    for attr in mapper.column_attrs:
        key = attr.key
        field = attr.columns[0].name if attr.columns else key
        if key in SKIP_FIELDS or field in SKIP_FIELDS:
            continue
        if action == "insert":
            value = state.dict.get(key)
            if value is not None:
                add(field, None, value)
        elif action == "delete":
            value = state.dict.get(key)
            if value is not None:
                add(field, value, None)
        else:
            hist = state.attrs[key].history
            if hist.has_changes():
                add(field, hist.deleted[0] if hist.deleted else None, hist.added[0] if hist.added else None)
    # Many-to-many links (association tables have no mapper of their own).
    if action != "delete":
        for rel in mapper.relationships:
            if rel.secondary is None:
                continue
            hist = state.attrs[rel.key].history
            if not hist.has_changes():
                continue
            ids = lambda objs: ", ".join(_record_id(inspect(o).mapper, o) for o in objs)  # noqa: E731
            rows.append({"action": action, "table_name": table, "record_id": rid, "field": rel.key,
                         "old_value": ids(hist.deleted) or None, "new_value": ids(hist.added) or None})
    if action == "delete" and not rows:
        rows.append({"action": action, "table_name": table, "record_id": rid, "field": None,
                     "old_value": None, "new_value": None})
    return rows


def _collector(action: str):
    def collect(mapper, _connection, target):
        session = object_session(target)
        if session is None:
            return
        session.info.setdefault("_audit_rows", []).extend(_rows_for(action, mapper, target))
    return collect


def _before_flush(session, _ctx, _instances):
    session.info["_audit_rows"] = []


def _after_flush(session, _ctx):
    rows = session.info.pop("_audit_rows", None)
    if not rows:
        return
    base = _actor_fields(session) | {"at": now(), "note": None}
    with trusted_sql():
        session.connection().execute(insert(_table()), [base | r for r in rows])


def _orm_execute(state):
    """Statements on many rows at once (session.execute(update(...)) etc.): one row with the count."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    stmt = state.statement
    table = getattr(getattr(stmt, "table", None), "name", None)
    if table is None or table in TABLES_NOT_AUDITED:
        return None
    with trusted_sql():  # checked by core.auth, recorded here
        result = state.invoke_statement()
    if state.is_insert:
        params = state.parameters
        count = len(params) if isinstance(params, (list, tuple)) else 1
        action = "bulk_insert"
    else:
        count = result.rowcount
        action = "bulk_update" if state.is_update else "bulk_delete"
    record(state.session, action, table, None, note=f"{count} rows")
    return result


def record(session: Session, action: str, table: str, record_id, field: str | None = None,
           old=None, new=None, note: str | None = None, user_name: str | None = None,
           user_role: str | None = None) -> None:
    """Write one audit row now, on the session's connection (inside its transaction)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    row = _actor_fields(session)
    if user_name is not None:
        row["user_name"], row["user_role"] = user_name, user_role or row["user_role"]
    row.update(at=now(), action=action, table_name=table, record_id=None if record_id is None else str(record_id),
               field=field, old_value=fmt_value(old), new_value=fmt_value(new), note=note)
    with trusted_sql():
        session.connection().execute(insert(_table()), [row])


def record_system(conn, action: str, table: str, record_id=None, note: str | None = None) -> None:
    """An entry the program itself writes on a bare connection (no session, no user): a repair at open."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    conn.execute(insert(_table()), [{
        "at": now(), "user_name": None, "user_role": None, "workstation": WORKSTATION, "action": action,
        "table_name": table, "record_id": None if record_id is None else str(record_id), "field": None,
        "old_value": None, "new_value": None, "note": note}])


# ---------------------------------------------------------------- imports
def _after_execute(conn, clauseelement, _multiparams, _params, execution_options, result):
    if not isinstance(clauseelement, Insert) or getattr(clauseelement.table, "name", None) != "import_batch":
        return
    ctx = _import_ctx.get()
    try:
        batches = list(result.context.compiled_parameters)
    except AttributeError:
        batches = [{}]
    try:
        ids = [str(result.inserted_primary_key[0])]
    except Exception:  # executemany: ids not returned everywhere
        ids = [None] * len(batches)
    actor = (ctx or {}).get("actor")
    rows = []
    for params, batch_id in zip(batches, ids + [None] * (len(batches) - len(ids))):
        kind = params.get("kind") or (ctx or {}).get("kind")
        rows.append({
            "at": now(), "user_name": getattr(actor, "name", None) or params.get("user_name"),
            "user_role": getattr(actor, "role", None), "workstation": WORKSTATION, "action": "import",
            "table_name": "import_batch", "record_id": batch_id, "field": kind,
            "old_value": None, "new_value": None,
            "note": f"{kind} from {params.get('file_name')}: {params.get('inserted', 0)} added, "
                    f"{params.get('updated', 0)} updated"
                    + (f", {params['linked']} linked" if params.get("linked") else "")
                    + (f", {params['skipped']} skipped" if params.get("skipped") else "")})
    with trusted_sql():
        conn.execute(insert(_table()), rows)
    if ctx is not None:
        ctx["recorded"] = True


def import_running() -> bool:
    """True inside an import (its Core statements are checked and recorded as one `import` entry)."""
    return _import_ctx.get() is not None


@contextlib.contextmanager
def import_context(actor, kind: str):
    """While an import runs (core.imports.run_import): its `import_batch` insert writes the one
    `import` row with the counts, as `actor`. Yields the context; `ctx["recorded"]` says whether the
    row was written (an importer without a batch row leaves it to the caller)."""
    ctx = {"actor": actor, "kind": kind, "recorded": False}
    token = _import_ctx.set(ctx)
    try:
        yield ctx
    finally:
        _import_ctx.reset(token)


_mapper_events = {"done": False}


def install(factory: sessionmaker) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _orm_execute)
    engine = factory.kw.get("bind")
    # Asked of the engine itself: an id() kept in a set could be reused by a later engine once the
    # first is gone, which would then record nothing of its bulk statements.
    if engine is not None and not event.contains(engine, "after_execute", _after_execute):
        event.listen(engine, "after_execute", _after_execute)
    if not _mapper_events["done"]:
        from core.models import Base

        for action in ("insert", "update", "delete"):
            event.listen(Base, f"after_{action}", _collector(action), propagate=True)
        _mapper_events["done"] = True


# ---------------------------------------------------------------- reading the trail
@dataclass
class AuditFilter:
    table: str | None = None
    record_id: str | int | None = None
    user: str | None = None
    action: str | None = None
    field: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None


def _query(f: AuditFilter):
    from core.models import AuditEntry as A

    q = select(A)
    if f.table:
        q = q.where(A.table_name == f.table)
    if f.record_id is not None and f.record_id != "":
        q = q.where(A.record_id == str(f.record_id))
    if f.user:
        q = q.where(A.user_name == f.user.lower())
    if f.action:
        q = q.where(A.action == f.action)
    if f.field:
        q = q.where(A.field == f.field)
    if f.since:
        q = q.where(A.at >= datetime.combine(f.since, time.min))
    if f.until:
        q = q.where(A.at < datetime.combine(f.until + timedelta(days=1), time.min))
    if f.search:
        like = f"%{f.search}%"
        q = q.where(or_(A.old_value.like(like), A.new_value.like(like), A.note.like(like)))
    return q


def audit_list(session: Session, filters: AuditFilter | None = None, limit: int | None = 1000,
               offset: int = 0, **kw) -> list:
    """The audit trail, newest first, filtered (administrators and leaders)."""
    from core.models import AuditEntry as A

    require(session, "audit")
    f = filters or AuditFilter(**kw)
    q = _query(f).order_by(A.id.desc()).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))


def audit_count(session: Session, filters: AuditFilter | None = None, **kw) -> int:
    require(session, "audit")
    q = _query(filters or AuditFilter(**kw))
    return session.scalar(select(func.count()).select_from(q.subquery()))


def record_history(session: Session, table: str, record_id) -> list:
    """What happened to one record, oldest first. Anyone who may read the record may read its
    history; ID numbers are masked for those who may not see them."""
    from core.models import AuditEntry as A

    require(session, "read")
    rows = list(session.scalars(_query(AuditFilter(table=table, record_id=record_id)).order_by(A.id)))
    if not can(session, "read_id_numbers"):
        for r in rows:
            if r.field and r.field.endswith("id_number"):
                session.expunge(r)
                r.old_value, r.new_value = mask_id_number(r.old_value), mask_id_number(r.new_value)
    return rows


COLUMNS = [("at", "Thời gian"), ("user_name", "Người dùng"), ("user_role", "Vai trò"),
           ("workstation", "Máy"), ("action", "Thao tác"), ("table_name", "Bảng"), ("record_id", "Bản ghi"),
           ("field", "Trường"), ("old_value", "Giá trị cũ"), ("new_value", "Giá trị mới"), ("note", "Ghi chú")]


def _csv_safe(value) -> str:
    """A cell a spreadsheet will not run as a formula (=, +, -, @, tab, CR start one)."""
    if value is None:
        return ""
    text = value.isoformat(sep=" ", timespec="seconds") if isinstance(value, datetime) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_audit(session: Session, target, filters: AuditFilter | None = None, **kw) -> int:
    """Write the filtered trail to .csv or .xlsx (text stays text: never a formula). Returns the count."""
    from core.files import atomic_path
    from core.models import AuditEntry as A

    require(session, "audit")
    target = Path(target)
    q = _query(filters or AuditFilter(**kw)).order_by(A.id)
    n = 0
    with atomic_path(target) as tmp:
        if target.suffix.lower() == ".xlsx":
            import xlsxwriter

            book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                                  "strings_to_numbers": False, "strings_to_urls": False})
            sheet = book.add_worksheet("Nhật ký")
            bold = book.add_format({"bold": True})
            when = book.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
            for c, (_, label) in enumerate(COLUMNS):
                sheet.write_string(0, c, label, bold)
            widths = [19, 14, 10, 22, 12, 18, 10, 20, 40, 40, 40]
            for c, w in enumerate(widths):
                sheet.set_column(c, c, w)
            sheet.freeze_panes(1, 0)
            for row in session.scalars(q).yield_per(2000):
                n += 1
                for c, (key, _) in enumerate(COLUMNS):
                    value = getattr(row, key)
                    if isinstance(value, datetime):
                        sheet.write_datetime(n, c, value, when)
                    elif value is not None:
                        sheet.write_string(n, c, str(value))
            book.close()
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([label for _, label in COLUMNS])
                for row in session.scalars(q).yield_per(2000):
                    n += 1
                    w.writerow([_csv_safe(getattr(row, key)) for key, _ in COLUMNS])
    return n
