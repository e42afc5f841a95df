"""Every setting declared once: its key, type, default and scope, and the versioned upgrades of the
stores that hold them (Picard's options and config upgrades).

- **office** settings live in the database's `setting` table (key → text), shared by every
  workstation of the office: what the return prints, where backups go. Read and written here
  (`get`, `put`, `values`); their upgrades run when the database is opened (core.commune).
- **workstation** settings are this window's preferences (language, geometry, last page, the dossier
  list's columns, folders): gui/prefs.py keeps them in QSettings (core has no Qt) and reads and
  writes them through these declarations, running their upgrades when the window starts.

A store records its version under its own key (absent: version 1, the first release's layout). An
upgrade step brings a store from version n-1 to n: it renames keys, changes a value's type, etc.,
through the small `Store` interface both stores implement.

Add a setting: declare it below (`OFFICE` or `WORKSTATION`) and read it with `get`/`put` (office) or
gui.prefs `get`/`put` (workstation). Rename one or change its type: raise the store's version and add
the step. A key that is not declared is refused everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any, Callable, Iterable, Protocol

from sqlalchemy import select

from core.errors import ValidationError
from core.formatting import nfc
from core.messages import problem

OFFICE_SCOPE = "office"
WORKSTATION_SCOPE = "workstation"


class UnknownSetting(KeyError):
    """A key no declaration names."""


# ---------------------------------------------------------------- types
class Kind:
    """How a value of one type is checked, written as text and read back. `load` also takes what a
    store may hand back besides text (QSettings gives lists, numbers, bytes); `dump` is what a store
    is given to keep (text, or bytes for Binary)."""

    def check(self, value):
        """The value as stored in Python terms (normalised), or ValueError."""
        return value

    def to_text(self, value) -> str | None:
        return None if value is None else str(value)

    def dump(self, value):
        return self.to_text(value)

    def from_text(self, text: str):
        return text

    def load(self, raw):
        return self.check(self.from_text(raw) if isinstance(raw, str) else raw)


class Text(Kind):
    """One line of text, NFC; blank is no value."""

    def check(self, value):
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        return nfc(value).strip() or None


class Choice(Text):

    def __init__(self, *choices: str):
        self.choices = choices

    def check(self, value):
        value = super().check(value)
        if value is not None and value not in self.choices:
            raise ValueError(f"{value!r} is not one of {', '.join(self.choices)}")
        return value


class Listed(Kind):
    """A list of text items stored joined by `separator` (which no item holds); blank items are
    dropped. Lines: an empty list is no value. Names (short keys joined by commas): an empty list is
    a value ("none of them")."""

    def __init__(self, separator: str, empty_is_value: bool):
        self.separator, self.empty_is_value = separator, empty_is_value

    def check(self, value):
        if value is None:
            return None
        items = [nfc(str(v)).strip() for v in (self.from_text(value) if isinstance(value, str) else value)]
        if any(self.separator in item for item in items):
            raise ValueError(f"an item holds {self.separator!r}")
        items = [item for item in items if item]
        return items if items or self.empty_is_value else None

    def to_text(self, value):
        return None if value is None else self.separator.join(value)

    def from_text(self, text):
        return text.splitlines() if self.separator == "\n" else text.split(self.separator)


class Flag(Kind):
    TRUE, FALSE = ("1", "true", "yes"), ("0", "false", "no", "")

    def check(self, value):
        if value is None or isinstance(value, bool):
            return value
        raise ValueError(f"{value!r} is not true or false")

    def to_text(self, value):
        return None if value is None else ("1" if value else "0")

    def from_text(self, text):
        t = text.strip().lower()
        if t in self.TRUE or t in self.FALSE:
            return t in self.TRUE
        raise ValueError(f"{text!r} is not true or false")


class Widths(Kind):
    """Column key → width in pixels, stored as "code=148,received=124"."""

    def check(self, value):
        if value is None:
            return None
        if isinstance(value, (str, list, tuple)):
            value = self.from_text(",".join(value) if not isinstance(value, str) else value)
        out = {}
        for key, width in dict(value).items():
            key = str(key).strip()
            if not key or "," in key or "=" in key:
                raise ValueError(f"{key!r} is not a column key")
            out[key] = int(width)
        return out

    def to_text(self, value):
        return None if value is None else ",".join(f"{k}={w}" for k, w in value.items())

    def from_text(self, text):
        pairs = [p.split("=", 1) for p in text.split(",") if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise ValueError(f"{text!r} is not a list of key=width")
        return {k.strip(): int(w) for k, w in pairs}


class TimeOfDay(Kind):
    """A time of day, stored as "HH:MM"."""

    def check(self, value):
        if value is None or isinstance(value, time):
            return None if value is None else value.replace(second=0, microsecond=0)
        if isinstance(value, str):
            return self.from_text(value)
        raise ValueError(f"{value!r} is not a time of day")

    def to_text(self, value):
        return None if value is None else f"{value:%H:%M}"

    def from_text(self, text):
        text = text.strip()
        if not text:
            return None
        try:
            hours, minutes = (int(x) for x in text.replace("h", ":").split(":"))
            return time(hours, minutes)
        except ValueError:
            raise ValueError(f"{text!r} is not a time of day (HH:MM)") from None


class Whole(Kind):
    """A whole number, 0 or more."""

    def check(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return self.from_text(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{value!r} is not a whole number")
        return value

    def from_text(self, text):
        try:
            return self.check(int(text.strip()))
        except ValueError:
            raise ValueError(f"{text!r} is not a whole number") from None


class Binary(Kind):
    """Bytes the window alone understands (its saved geometry); the preferences store keeps them as they are."""

    def check(self, value):
        if value is None or isinstance(value, bytes):
            return value
        raise ValueError("not bytes")

    def load(self, raw):
        return self.check(raw if not isinstance(raw, str) else raw.encode("latin-1"))

    def dump(self, value):
        return value


TEXT, FLAG, WIDTHS, BINARY, TIME, WHOLE = Text(), Flag(), Widths(), Binary(), TimeOfDay(), Whole()
LINES, NAMES = Listed("\n", empty_is_value=False), Listed(",", empty_is_value=True)


# ---------------------------------------------------------------- declarations
@dataclass(frozen=True)
class Option:
    key: str
    kind: Kind
    default: Any
    doc: str
    scope: str = OFFICE_SCOPE
    editable: bool = True  # the office sets it (`settings set`, Cài đặt → Đơn vị); False: the program's own


class Store(Protocol):
    """A store of settings as the registry and the upgrade steps see it: values as the store holds
    them (text, or what QSettings parsed it into), given to it as text (or bytes)."""

    def raw(self, key: str) -> Any: ...

    def put_raw(self, key: str, value) -> None: ...

    def remove(self, key: str) -> None: ...


@dataclass
class Registry:
    """The settings of one scope, the version of their layout and the steps that bring an older
    store to it (step n: from version n-1 to n)."""

    scope: str
    version_key: str
    options: dict[str, Option] = field(default_factory=dict)
    version: int = 1
    steps: dict[int, Callable[[Store], None]] = field(default_factory=dict)

    def declare(self, key: str, kind: Kind, default: Any, doc: str, *, editable: bool = True) -> Option:
        if key in self.options or key == self.version_key:
            raise ValueError(f"the setting {key} is declared twice")
        opt = self.options[key] = Option(key, kind, default, doc, self.scope, editable)
        return opt

    def step(self, version: int):
        """Declare the upgrade to `version` (a decorator)."""
        def add(fn: Callable[[Store], None]):
            if version in self.steps or version < 2:
                raise ValueError(f"upgrade step {version} of the {self.scope} settings is declared twice")
            self.steps[version] = fn
            self.version = max(self.version, version)
            return fn
        return add

    def option(self, key: str) -> Option:
        try:
            return self.options[key]
        except KeyError:
            raise UnknownSetting(f"no {self.scope} setting is called {key!r}") from None

    def read(self, store: Store, key: str):
        """The typed value of `key` in `store`, its default when absent or unreadable."""
        opt = self.option(key)
        raw = store.raw(key)
        if raw is None:
            return opt.default
        try:
            value = opt.kind.load(raw)
        except (ValueError, TypeError):  # hand-edited or damaged: the default, never a crash
            return opt.default
        return opt.default if value is None else value

    def write(self, store: Store, key: str, value) -> None:
        """Store `value` (checked against its type); None or the default removes the key."""
        opt = self.option(key)
        value = opt.kind.check(value)
        if value is None or value == opt.default:
            store.remove(key)
        else:
            store.put_raw(key, opt.kind.dump(value))

    def stored_version(self, store: Store) -> int:
        raw = store.raw(self.version_key)
        try:
            return int(raw) if raw is not None else 1
        except (TypeError, ValueError):
            return 1

    def needs_upgrade(self, store: Store) -> bool:
        return self.stored_version(store) < self.version

    def upgrade(self, store: Store) -> list[int]:
        """Run the steps from the store's version to the current one; the steps run."""
        done = []
        for version in range(self.stored_version(store) + 1, self.version + 1):
            step = self.steps.get(version)
            if step is not None:
                step(store)
            done.append(version)
        if done:
            store.put_raw(self.version_key, str(self.version))
        return done


def rename(store: Store, old: str, new: str) -> None:
    """An upgrade step's common part: the value under `old` moves to `new` (unless `new` is set)."""
    value = store.raw(old)
    if value is not None and store.raw(new) is None:
        store.put_raw(new, value)
    store.remove(old)


OFFICE = Registry(OFFICE_SCOPE, "settings.version")
WORKSTATION = Registry(WORKSTATION_SCOPE, "settings/version")

# -- office: what the return prints (README, "Office settings"); empty: the document's own default.
OFFICE.declare("return.doc_number", TEXT, None, 'the return\'s number, "15/BC-UBND" (none: a blank to fill by hand)')
OFFICE.declare("return.made_by", TEXT, None, "who made the return (none: the user)")
OFFICE.declare("return.made_by_title", TEXT, None, 'the title over the maker\'s name ("NGƯỜI LẬP BÁO CÁO")')
OFFICE.declare("return.signer_authority", LINES, None, 'the signer\'s authority, e.g. "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"')
OFFICE.declare("return.signer_name", TEXT, None, "who signs (none: the commune's chairperson)")
OFFICE.declare("return.recipients", LINES, None, 'the "Nơi nhận" list, one per line')
OFFICE.declare("return.receiving_unit", TEXT, None, "to whom the return goes (none: the province's People's Committee)")
# -- office: the counter (the forms of Thông tư 03/2025).
OFFICE.declare("counter.phone", TEXT, None, "the office's contact phone, printed on Mẫu 02 (the supplement request)")
OFFICE.declare("counter.appointment_time", TIME, time(16, 0),
               "the time of day of the appointment Mẫu 01 gives (the day is the due date)")
OFFICE.declare("counter.book_volume_size", WHOLE, 0,
               "entries in one volume of the tracking book (Mẫu 07); 0: one volume a year")
OFFICE.declare("consolidation.receiving_unit", TEXT, None,
               "to whom the province's consolidation goes (none: the provincial Party standing committee)")
# -- office: the application's own.
OFFICE.declare("backup.folder", TEXT, None, "where backups go (none: the profile's folder)")
OFFICE.declare("staff.departments_seeded", FLAG, False, "the commune's offices were added once (later changes are the office's)",
               editable=False)

# -- workstation: how this window looks.
WORKSTATION.declare("ui/lang", Choice("vi", "en"), "vi", "the window's language")
WORKSTATION.declare("window/geometry", BINARY, None, "the window's size and place (Qt's own bytes)")
WORKSTATION.declare("window/page", TEXT, "dashboard", "the page the window opens on")
WORKSTATION.declare("dossiers/column_widths", WIDTHS, {}, "the dossier list's column widths by column key")
WORKSTATION.declare("dossiers/hidden", NAMES, ["channel", "completed"], "the dossier list's hidden columns")
WORKSTATION.declare("slips/folder", TEXT, None, "where counter slips are written (none: Documents/CommuneDesk/Phiếu)")
# The last folder chosen in a file dialog of each kind (none: Documents/CommuneDesk/<Báo cáo|Dữ liệu
# xuất|Nhập>, gui.desktop.FOLDER_NAMES).
WORKSTATION.declare("folders/reports", TEXT, None, "the folder of the last return or consolidation saved")
WORKSTATION.declare("folders/exports", TEXT, None, "the folder of the last list, audit trail or backup file saved")
WORKSTATION.declare("folders/imports", TEXT, None, "the folder of the last file imported or opened")
WORKSTATION.declare("signing/certificate", TEXT, None, "the leader's certificate: a .p12/.pfx file or "
                    "pkcs11:LIBRARY[:TOKEN[:KEY]] (never the PIN or password)")
WORKSTATION.declare("signing/trust", TEXT, None, "the trusted root certificates (PEM) that packages are verified against")
WORKSTATION.declare("consolidation/communes", TEXT, None, "the province's list of communes (CSV) last used")

# The dossier list's columns in the first release, in order: its widths were kept by position.
_FIRST_RELEASE_COLUMNS = ("code", "received", "applicant", "procedure", "field", "channel", "handler", "due",
                          "completed", "status")


@WORKSTATION.step(2)
def _column_widths_by_key(store: Store) -> None:
    """`dossiers/columns` (widths by position) → `dossiers/column_widths` (by column key), so a column
    added or moved later keeps everyone's widths."""
    raw = store.raw("dossiers/columns")
    store.remove("dossiers/columns")
    if raw is None or store.raw("dossiers/column_widths") is not None:
        return
    widths = raw.split(",") if isinstance(raw, str) else list(raw)
    out = {}
    for key, width in zip(_FIRST_RELEASE_COLUMNS, widths):
        try:
            out[key] = int(str(width).strip())
        except ValueError:
            continue
    if out:
        store.put_raw("dossiers/column_widths", WIDTHS.to_text(out))


@WORKSTATION.step(3)
def _folders_by_kind(store: Store) -> None:
    """`exports/folder` (one folder for every file dialog) → `folders/exports`; the other kinds start
    in their own folders."""
    rename(store, "exports/folder", "folders/exports")


def default(key: str):
    """The declared default of an office or workstation setting."""
    registry = OFFICE if key in OFFICE.options else WORKSTATION
    return registry.option(key).default


# ---------------------------------------------------------------- the office store (the setting table)
def _table():
    from core.models import Setting

    return Setting.__table__


class OfficeStore:
    """The setting table through a session (writes are ORM changes: checked and audited like any)
    or, for reading only, a connection."""

    def __init__(self, session_or_connection):
        self.db = session_or_connection

    def raw(self, key: str) -> str | None:
        t = _table()
        return self.db.execute(select(t.c.value).where(t.c.key == key)).scalar()

    def raws(self, keys: Iterable[str]) -> dict[str, str | None]:
        t = _table()
        return dict(self.db.execute(select(t.c.key, t.c.value).where(t.c.key.in_(list(keys)))).all())

    def put_raw(self, key: str, value: str) -> None:
        from core.models import Setting

        row = self.db.get(Setting, key)
        if row is None:
            self.db.add(Setting(key=key, value=value))
        else:
            row.value = value
        self.db.flush()

    def remove(self, key: str) -> None:
        from core.models import Setting

        row = self.db.get(Setting, key)
        if row is not None:
            self.db.delete(row)
            self.db.flush()


def get(session_or_connection, key: str):
    """An office setting's typed value (its default when not set)."""
    return OFFICE.read(OfficeStore(session_or_connection), key)


def put(session, key: str, value) -> None:
    """Set an office setting (None or its default removes it); ValueError for a value of another type."""
    OFFICE.write(OfficeStore(session), key, value)


def office_options() -> list[Option]:
    """The office settings the office itself sets (`settings list|set`, Cài đặt → Đơn vị), in their
    declared order."""
    return [o for o in OFFICE.options.values() if o.editable]


def put_office_values(session, given: dict[str, Any]) -> dict[str, Any]:
    """Set several office settings at once, as a clerk gives them: text (a LINES setting: one item a
    line) or typed values; blank removes a setting (its default applies again). Every value is checked
    before any is written; a refusal names each bad key. Returns key → the value now in force."""
    editable = {o.key: o for o in office_options()}
    checked: dict[str, Any] = {}
    problems = {}
    for key, raw in given.items():
        opt = editable.get(key)
        if opt is None:
            problems[key] = problem("settings.unknown", key=key, keys=", ".join(editable))
            continue
        try:
            value = opt.kind.from_text(raw) if isinstance(raw, str) else raw
            checked[key] = opt.kind.check(value)
        except (ValueError, TypeError):
            problems[key] = problem("settings.bad_value", key=key, value=str(raw))
    if problems:
        raise ValidationError(problems)
    for key, value in checked.items():
        put(session, key, value)
    return {key: get(session, key) for key in checked}


def values(session_or_connection, keys: Iterable[str]) -> dict[str, Any]:
    """Several office settings in one query: key → typed value (defaults included)."""
    keys = list(keys)
    for key in keys:
        OFFICE.option(key)
    found = _Snapshot(OfficeStore(session_or_connection).raws(keys))
    return {key: OFFICE.read(found, key) for key in keys}


class _Snapshot:
    """Raw values read at once, for reading several settings from one query."""

    def __init__(self, raws: dict):
        self.raws = raws

    def raw(self, key: str):
        return self.raws.get(key)


def upgrade_office(sessions) -> list[int]:
    """Bring the database's office settings to the current layout (at open). Returns the steps run."""
    from core.db import transaction

    with transaction(sessions, write=False) as s:
        if not OFFICE.needs_upgrade(OfficeStore(s)):
            return []
    with transaction(sessions) as s:
        s.info["system"] = True  # the application's own change, before anyone logs in
        return OFFICE.upgrade(OfficeStore(s))
