"""Opening a database: create or migrate it, record the commune, seed the catalogue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from core import auth, backup, protections, schema, settings
from core.catalogue import seed_catalogue
from core.db import check_opens, make_engine, make_session_factory, transaction
from core.errors import CommuneDeskError
from core.formatting import nfc
from core.messages import problem
from core.models import Commune
from core.staff import seed_departments


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_database(target=None, migrate: bool = True, backup_first: bool = True) -> Database:
    """Open (and bring up to date, a safety backup first: its schema, then its office settings) the
    database at `target`; see core.db.resolve_url. Its sessions carry the permission checks, the audit
    trail and ID masking. `backup_first=False`: a restore's staged copy (the backup itself is the
    safety copy)."""
    engine = make_engine(target)
    check_opens(engine)
    if migrate and schema.needs_upgrade(engine):
        if backup_first:
            backup.before_migration(engine)
        schema.upgrade(engine)
    if migrate:
        protections.ensure(engine)  # a stripped backup or a hand edit must not leave the trail deletable
    sessions = make_session_factory(engine)
    auth.install(sessions)
    db = Database(engine, sessions)
    if migrate:
        settings.upgrade_office(db.sessions)
    return db


def init_database(target, commune: str, province: str) -> Database:
    """`init`: create or migrate, record (or rename) the commune, add missing seed procedures. Idempotent."""
    commune, province = nfc(commune), nfc(province)
    if not commune or not province:
        raise CommuneDeskError("commune.init_needs")
    db = open_database(target)
    with transaction(db.sessions) as s:
        row = s.scalar(select(Commune))
        if row is None:
            s.add(Commune(name=commune, province=province, place_name=_place_name(commune)))
        else:
            row.name, row.province = commune, province
            row.place_name = row.place_name or _place_name(commune)
        seed_catalogue(s)
        seed_departments(s)
    return db


def _place_name(commune: str) -> str:
    """'Xã Thượng Tín' → 'Thượng Tín' for the date line of documents."""
    for prefix in ("xã ", "phường ", "đặc khu ", "thị trấn "):
        if commune.lower().startswith(prefix):
            return commune[len(prefix):].strip()
    return commune


def get_commune(session: Session) -> Commune:
    row = session.scalar(select(Commune))
    if row is None:
        raise CommuneDeskError("commune.none_yet")
    return row


def find_commune(session: Session) -> Commune | None:
    """The commune, or None on a database that was created but never given one (first run)."""
    return session.scalar(select(Commune))


def update_commune(session: Session, *, name: str, province: str, code_prefix: str | None = None,
                   place_name: str | None = None, chairperson: str | None = None) -> Commune:
    """The settings page: rename the commune, its province, the prefix of new dossier codes, the place
    name on documents and the chairperson who signs. Codes already given are never changed."""
    import re

    from core.errors import ValidationError

    name, province = nfc(name), nfc(province)
    code_prefix = nfc(code_prefix) if code_prefix is not None else None
    errors = {}
    if not name:
        errors["name"] = problem("commune.name_required")
    if not province:
        errors["province"] = problem("commune.province_required")
    if code_prefix is not None and not re.fullmatch(r"[A-Za-z0-9.]{1,20}", code_prefix):
        errors["code_prefix"] = problem("commune.code_prefix")
    if errors:
        raise ValidationError(errors)
    row = session.scalar(select(Commune))
    if row is None:
        row = Commune(name=name, province=province)
        session.add(row)
    row.name, row.province = name, province
    if code_prefix is not None:
        row.code_prefix = code_prefix
    if place_name is not None:
        row.place_name = nfc(place_name) or _place_name(name)
    elif not row.place_name:
        row.place_name = _place_name(name)
    if chairperson is not None:
        row.chairperson = nfc(chairperson) or None
    session.flush()
    return row


@dataclass
class CounterSettings:
    phone: str | None  # the office's contact phone, on Mẫu 02
    appointment_time: time  # Mẫu 01's appointment is this time of the due date
    book_volume_size: int  # entries in one volume of Mẫu 07; 0: one volume a year


COUNTER_KEYS = {"phone": "counter.phone", "appointment_time": "counter.appointment_time",
                "book_volume_size": "counter.book_volume_size"}


def counter_settings(session) -> CounterSettings:
    values = settings.values(session, COUNTER_KEYS.values())
    return CounterSettings(**{attr: values[key] for attr, key in COUNTER_KEYS.items()})


def update_counter_settings(session: Session, new: CounterSettings) -> CounterSettings:
    """The counter's settings of Cài đặt (the forms print them; numbers already given stay)."""
    import re

    from core.errors import ValidationError

    phone = nfc(new.phone) or None
    errors = {}
    if phone and not re.fullmatch(r"[0-9 .()+-]{6,30}", phone):
        errors["phone"] = problem("commune.phone")
    if not isinstance(new.book_volume_size, int) or not 0 <= new.book_volume_size <= 100_000:
        errors["book_volume_size"] = problem("commune.book_volume_size")
    if errors:
        raise ValidationError(errors)
    settings.put_office_values(session, {COUNTER_KEYS["phone"]: phone or "",
                                         COUNTER_KEYS["appointment_time"]: new.appointment_time,
                                         COUNTER_KEYS["book_volume_size"]: new.book_volume_size})
    return counter_settings(session)
