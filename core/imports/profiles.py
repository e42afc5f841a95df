"""Import profiles: how another system's export maps onto an import's columns.

A profile is data, never code: which source column feeds which field (a column may feed two, and a
field may take the first non-blank of several), how the file's values of a field translate to our
codes (its statuses and channels), how its dates are written, and whether a row without a receipt
date is a dossier not received yet. Two are built in: `communedesk` (the application's own layout,
interfaces.md: the importer's columns and their aliases) and `opencps` (the open-source one-stop
platform's keys, peer-formats.md). A clerk maps any other layout once in the window and saves it
by name (table `import_profile`); the same mapping is a JSON file for `import dossiers --map`.

The mapping as JSON (what `profile export` writes and `--map` reads):

    {"format": "communedesk-import-profile", "version": 1, "name": "…", "kind": "dossiers",
     "columns": {"<source column>": "<field>" or ["<field>", …], …},   # in the file's order
     "values": {"status": {"<source value>": "<code>" or "not_received", …}, "channel": {…}},
     "otherwise": {"channel": "direct"},      # the code of any value not listed (optional)
     "dates": "dd/MM/yyyy HH:mm:ss",          # one of core.imports.reader.DATE_FORMS (optional)
     "blank_received": "skip" | "error"}      # a row without a receipt date (default "error")

Source names and values are matched ignoring case, spaces and diacritics. A value a map does not
list goes on to the field's own reading (our labels, codes and aliases), so a file that writes our
labels needs no value map. "not_received" (a status) and a blank receipt date with "skip" mark rows
of dossiers not received yet: they are skipped and counted in the summary.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import ImportFailed, NotFound, RowError, ValidationError
from core.formatting import fold, nfc
from core.imports.reader import (DATE_FORMS, SKIP, Column, Header, UnreadableRows, check_own_repeated,
                                 check_repeated, check_required, column_lookup, date_or_datetime, date_parser,
                                 day, iter_rows, month_first, not_a_file, own_matches, text, unread_cells)
from core.lengths import limit
from core.messages import problem
from core.models import ImportProfile

FORMAT = "communedesk-import-profile"
VERSION = 1
NOT_RECEIVED = "not_received"  # a status value: the dossier is not received yet (its row is skipped)
OWN = "communedesk"
OPENCPS = "opencps"
BUILTIN_NAMES = (OWN, OPENCPS)
MAX_NAME = limit(ImportProfile.name)  # the column's length (core.lengths)
PREVIEW_ROWS = 20
HEADER_SEARCH_ROWS = 30  # a foreign layout's header is looked for among the first rows
SAMPLE_DATES = 500       # date values looked at to detect a file's date form


@dataclass
class Profile:
    """`columns`: source column → the field keys it feeds, in the file's order (the first non-blank
    source of a field wins). None for the built-in own layout (the importer's columns)."""

    name: str
    columns: dict[str, list[str]] | None
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    otherwise: dict[str, str] = field(default_factory=dict)
    dates: str | None = None
    blank_received_skips: bool = False
    kind: str = "dossiers"
    builtin: bool = False
    id: int | None = None

    @property
    def own(self) -> bool:
        return self.columns is None

    def to_json(self) -> dict:
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": self.name, "kind": self.kind}
        if self.columns is not None:
            out["columns"] = {src: keys[0] if len(keys) == 1 else list(keys) for src, keys in self.columns.items()}
        else:  # the own layout, written out so that the file reads as a mapping (--map) like any other
            # every name and alias of each column, once (names differing only in case or diacritics
            # are one); a file naming one field by two of them is refused as ambiguous either way
            names: dict[str, tuple[str, str]] = {}
            for c in spec(self.kind)[0]:
                if not c.ignored:
                    for n in c.names:
                        names.setdefault(fold(n), (n, c.key))
            out["columns"] = dict(names.values())
        if self.values:
            out["values"] = {k: dict(v) for k, v in self.values.items()}
        if self.otherwise:
            out["otherwise"] = dict(self.otherwise)
        if self.dates:
            out["dates"] = self.dates
        out["blank_received"] = "skip" if self.blank_received_skips else "error"
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    # ------------------------------------------------------------ reading a file's header with it
    def sources(self) -> dict[str, str]:
        """Folded source name → the name as the profile writes it."""
        return {fold(src): src for src in (self.columns or {})}

    def matches(self, cells: list) -> dict[str, int]:
        """The profile's source columns found in a row: source name → position (its first cell)."""
        lookup = self.sources()
        found: dict[str, int] = {}
        for i, cell in enumerate(cells):
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            src = lookup.get(fold(str(cell)))
            if src is not None and src not in found:
                found[src] = i
        return found

    def header(self, row_no: int, cells: list, columns: list[Column]) -> Header:
        """The header of a file in this layout, its row being `cells`; a required field none of
        whose sources is in the file is refused, named by the profile's sources."""
        found = self.matches(cells)
        lookup = self.sources()
        check_repeated(row_no, cells, ((i, lookup[fold(str(cell))]) for i, cell in enumerate(cells)
                                       if isinstance(cell, (str, int, float)) and fold(str(cell)) in lookup))
        by_key = {c.key: c for c in columns}
        sources: list[tuple[int, Column]] = []
        labels: dict[str, str] = {}
        first: dict[int, Column] = {}
        # Sources in the profile's order; for each field, the first found source first.
        for key in self.targets():
            col = self.reading(by_key[key])
            for src, keys in self.columns.items():
                if key in keys and src in found:
                    pos = found[src]
                    sources.append((pos, col))
                    first.setdefault(pos, col)
                    labels.setdefault(key, nfc(str(cells[pos])))
        check_required(row_no, columns, labels, names=lambda c: " / ".join(self.sources_of(c.key)) or c.label)
        # A field the layout reads but none of whose columns is in this file (a column renamed since
        # the mapping was made): said in the summary, or its values would silently be defaults.
        missing = list(dict.fromkeys(self.sources_of(key)[0] for key in self.targets() if key not in labels))
        return Header(row_no, first, labels, sources=sources, missing=missing)

    def targets(self) -> list[str]:
        """The fields the profile feeds, in the order first named."""
        return list(dict.fromkeys(k for keys in (self.columns or {}).values() for k in keys))

    def sources_of(self, key: str) -> list[str]:
        return [src for src, keys in (self.columns or {}).items() if key in keys]

    def reading(self, col: Column) -> Column:
        """The column as this profile reads it: its dates in the profile's order of day and month,
        its values through the profile's map, a blank receipt as a row to skip."""
        parse = col.parse
        if parse in (date_or_datetime, day) and month_first(self.dates):
            parse = date_parser(month_first=True, days=parse is day)
        vmap = {fold(k): v for k, v in self.values.get(col.key, {}).items()}
        other = self.otherwise.get(col.key)
        if vmap or other:
            parse = _mapped(parse, vmap, other)
        if col.key == "received" and self.blank_received_skips:
            parse = _skip_blank(parse)
        return replace(col, parse=parse) if parse is not col.parse else col


class Translated(str):
    """A code read through a profile's value map, remembering the file's own value (for messages)."""

    source: str

    def __new__(cls, code: str, source: str):
        obj = super().__new__(cls, code)
        obj.source = source
        return obj


def source_value(value):
    """The file's own value of a cell a profile translated (else the value itself)."""
    return getattr(value, "source", value)


def _mapped(parse, vmap: dict[str, str], other: str | None):
    cache: dict[Any, Any] = {}

    def read(v):
        try:
            return cache[v]
        except (KeyError, TypeError):
            pass
        raw = parse(v)
        if raw is None:
            value = None
        else:
            code = vmap.get(fold(str(raw)))
            if code is None:
                code = other
            value = SKIP if code == NOT_RECEIVED else (Translated(code, str(raw)) if code is not None else raw)
        try:
            cache[v] = value
        except TypeError:
            pass
        return value
    return read


def _skip_blank(parse):
    def read(v):
        if v is None or (isinstance(v, str) and not v.strip()):
            return SKIP
        return parse(v)
    return read


# ---------------------------------------------------------------- the built-in profiles
OPENCPS_STATUS = {
    "done": "returned", "releasing": "returned", "posting": "returned",
    "denied": "rejected", "cancelled": "withdrawn", "waiting": "awaiting_supplement",
    "processing": "in_progress", "handover": "in_progress", "paying": "in_progress",
    "interoperating": "in_progress", "correcting": "in_progress", "unresolved": "in_progress",
    "new": NOT_RECEIVED, "receiving": NOT_RECEIVED, "collecting": NOT_RECEIVED,
}
OPENCPS_COLUMNS = {
    "dossierNo": ["code", "official_code"], "serviceName": ["procedure"], "domainName": ["field"],
    "applicantName": ["applicant"], "applicantIdNo": ["id_number"], "address": ["address"],
    "contactTelNo": ["phone"], "contactEmail": ["email"], "receiveDate": ["received"], "dueDate": ["due"],
    "extendDate": ["apology_new_date"], "releaseDate": ["completed"], "finishDate": ["completed"],
    "online": ["channel"], "dossierStatus": ["status"],
}


def builtin_profiles(columns: list[Column]) -> list[Profile]:
    """`communedesk` and `opencps`, the latter feeding only the fields the importer has."""
    keys = {c.key for c in columns}
    opencps = {src: [k for k in ks if k in keys] for src, ks in OPENCPS_COLUMNS.items()}
    return [
        Profile(OWN, None, builtin=True),
        Profile(OPENCPS, {src: ks for src, ks in opencps.items() if ks},
                values={"status": dict(OPENCPS_STATUS), "channel": {"true": "online", "1": "online", "x": "online"}},
                otherwise={"channel": "direct"}, dates="dd/MM/yyyy HH:mm:ss", blank_received_skips=True,
                builtin=True),
    ]


# ---------------------------------------------------------------- a mapping from JSON, checked
def spec(kind: str = "dossiers") -> tuple[list[Column], dict]:
    """The columns and the value vocabularies of the import `kind` (one that reads profiles)."""
    from core.imports import load_importers

    importer = load_importers().get(kind)
    if importer is None or not getattr(importer, "profiled", False):
        raise ImportFailed("profile.dossiers_only")
    return importer.columns, importer.vocabularies


def from_json(data: Any, kind: str = "dossiers", name: str | None = None, check_name: bool = True) -> Profile:
    """A profile from its JSON form, checked against the import's columns and vocabularies
    (ValidationError listing every fault, each by the part of the mapping it is in). A column named
    twice (the names differ only in case, spaces or diacritics) and one file value mapped to two
    codes are faults: the file could be read two ways. `check_name`: the name is one a profile may
    be saved under (a mapping only read, `--map`, may carry any)."""
    columns, vocabularies = spec(kind)
    errors = []
    if not isinstance(data, dict):
        raise ValidationError({"mapping": problem("profile.not_a_mapping")})
    if data.get("format", FORMAT) != FORMAT:
        errors.append(problem("profile.not_a_mapping", field="format"))
    name = nfc(name or data.get("name") or "")
    raw_columns = data.get("columns")
    by_key = {c.key: c for c in columns if not c.ignored}
    parsed: dict[str, list[str]] = {}
    if not isinstance(raw_columns, dict) or not raw_columns:
        errors.append(problem("profile.no_columns", field="columns"))
        raw_columns = {}
    named: dict[str, str] = {}
    for src, keys in raw_columns.items():
        keys = [keys] if isinstance(keys, str) else keys
        src = nfc(str(src))
        if fold(src) in named:
            errors.append(problem("profile.same_source", source=src, value=named[fold(src)], field="columns"))
            continue
        named[fold(src)] = src
        if not src or not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            errors.append(problem("profile.bad_column", source=src, field="columns"))
            continue
        kept = []
        for k in keys:
            if k not in by_key:
                errors.append(problem("profile.unknown_field", source=src, value=k,
                                      choices=sorted(by_key), field="columns"))
            elif k not in kept:
                kept.append(k)
        if kept:
            parsed[src] = kept
    fed = {k for ks in parsed.values() for k in ks}
    if kind == "dossiers" and "code" not in fed and "official_code" in fed:
        # An export that carries only the system's code: it is the dossier's code here too (as
        # OpenCPS's dossierNo is), so an offline intake still links by it.
        src = next(src for src, ks in parsed.items() if "official_code" in ks)
        parsed[src] = [*parsed[src], "code"]
        fed.add("code")
    missing = [c.label for c in columns if c.required and c.key not in fed]
    if raw_columns and missing:
        errors.append(problem("profile.missing_fields", names=missing, field="columns"))
    values: dict[str, dict[str, str]] = {}
    raw_values = data.get("values") or {}
    raw_other = data.get("otherwise") or {}
    if not isinstance(raw_values, dict) or not isinstance(raw_other, dict):
        errors.append(problem("profile.bad_values", field="values"))
        raw_values, raw_other = {}, {}
    for key, vmap in raw_values.items():
        vocab = vocabularies.get(key)
        if vocab is None or not isinstance(vmap, dict):
            errors.append(problem("profile.no_values_for", value=key, choices=sorted(vocabularies), field="values"))
            continue
        values[key] = {}
        codes_of: dict[str, tuple[str, str]] = {}
        for src_value, code in vmap.items():
            if not _known_code(key, vocab, code):
                errors.append(problem("profile.unknown_code", source=str(src_value), value=str(code),
                                      choices=_codes(key, vocab), field="values"))
                continue
            was = codes_of.get(fold(str(src_value)))
            if was is not None and was[1] != code:
                errors.append(problem("profile.ambiguous_value", source=str(src_value), value=was[0],
                                      codes=[was[1], code], field="values"))
                continue
            if was is None:
                codes_of[fold(str(src_value))] = (str(src_value), code)
                values[key][nfc(str(src_value))] = code
    otherwise: dict[str, str] = {}
    for key, code in raw_other.items():
        vocab = vocabularies.get(key)
        if vocab is None:
            errors.append(problem("profile.no_values_for", value=key, choices=sorted(vocabularies), field="values"))
        elif not _known_code(key, vocab, code):
            errors.append(problem("profile.unknown_code", source="*", value=str(code),
                                  choices=_codes(key, vocab), field="values"))
        else:
            otherwise[key] = code
    dates = data.get("dates") or None
    if dates is not None and dates not in DATE_FORMS:
        errors.append(problem("profile.unknown_date_form", value=str(dates), choices=list(DATE_FORMS), field="dates"))
    blank = data.get("blank_received", "error")
    if blank not in ("skip", "error"):
        errors.append(problem("profile.bad_blank_received", value=str(blank), field="blank_received"))
    if check_name:
        errors += name_problems(name)
    elif not name:
        name = "--map"
    if errors:
        raise ValidationError(errors)
    return Profile(name, parsed, values, otherwise, dates, blank == "skip", kind)


def _known_code(key: str, vocab, code) -> bool:
    return isinstance(code, str) and (code in vocab or (key == "status" and code == NOT_RECEIVED))


def _codes(key: str, vocab) -> list[str]:
    return vocab.codes() + ([NOT_RECEIVED] if key == "status" else [])


def name_problems(name: str | None) -> list:
    name = nfc(name or "")
    if not name:
        return [problem("profile.name_required", field="name")]
    if len(name) > MAX_NAME:
        return [problem("too_long", length=len(name), limit=MAX_NAME, field="name")]
    if fold(name) in BUILTIN_NAMES:
        return [problem("profile.builtin_name", value=name, field="name")]
    return []


MAX_MAPPING_BYTES = 1024 * 1024  # a mapping names a few dozen columns


def read_mapping(path, kind: str = "dossiers") -> Profile:
    """A mapping file (`--map MAPPING.json`); a file without a name is named after itself."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(not_a_file(path), name=str(path))
    from core.json_input import JSONRefused, load_file

    try:
        data = load_file(path, limit=MAX_MAPPING_BYTES)
    except JSONRefused as exc:
        if exc.code == "json.not_utf8":
            raise ImportFailed("import.not_utf8", name=path.name) from None
        raise ImportFailed("import.unreadable_json", name=path.name, reason=exc.problems[0]) from None
    name = data.get("name") if isinstance(data, dict) else None
    return from_json(data, kind, name=name or path.stem, check_name=False)


# ---------------------------------------------------------------- saved profiles
def saved_profiles(session: Session, kind: str = "dossiers") -> list[Profile]:
    """The office's saved profiles of `kind`, by name (a saved one no longer valid is left out)."""
    from core.models import ImportProfile

    out = []
    for row in session.scalars(select(ImportProfile).where(ImportProfile.kind == kind).order_by(ImportProfile.name_key)):
        try:
            p = from_json(json.loads(row.mapping), kind, name=row.name)
        except (ValueError, ValidationError):
            continue
        p.id = row.id
        out.append(p)
    return out


def all_profiles(session: Session, kind: str = "dossiers") -> list[Profile]:
    """The built-in profiles, then the saved ones: what a file's header is recognised among."""
    return builtin_profiles(spec(kind)[0]) + saved_profiles(session, kind)


def find_profile(session: Session, name: str, kind: str = "dossiers") -> Profile:
    """A built-in or saved profile by name (case and diacritics ignored)."""
    known = all_profiles(session, kind)
    for p in known:
        if fold(p.name) == fold(name):
            return p
    raise NotFound("profile.not_found", value=name, known=[p.name for p in known])


def save_profile(session: Session, profile: Profile, user: str | None = None, replace_existing: bool = False) -> int:
    """Save (or with `replace_existing`, overwrite) a profile under its name; returns its id."""
    from core.models import ImportProfile

    errors = name_problems(profile.name)
    if errors:
        raise ValidationError(errors)
    key = fold(profile.name)
    row = session.scalar(select(ImportProfile).where(ImportProfile.name_key == key))
    if row is not None and not replace_existing:
        raise ValidationError({"name": problem("profile.exists", value=row.name)})
    mapping = json.dumps(profile.to_json(), ensure_ascii=False)
    if row is None:
        row = ImportProfile(kind=profile.kind, name=nfc(profile.name), name_key=key, mapping=mapping, user_name=user)
        session.add(row)
    else:
        row.name, row.mapping, row.kind, row.user_name = nfc(profile.name), mapping, profile.kind, user
    session.flush()
    return row.id


def delete_profile(session: Session, name: str) -> None:
    from core.models import ImportProfile

    if fold(name) in BUILTIN_NAMES:
        raise ValidationError({"name": problem("profile.builtin_name", value=name)})
    row = session.scalar(select(ImportProfile).where(ImportProfile.name_key == fold(name)))
    if row is None:
        saved = session.scalars(select(ImportProfile.name).order_by(ImportProfile.name)).all()
        if not saved:
            raise NotFound("profile.none_saved", value=name)
        raise NotFound("profile.not_found", value=name, known=list(saved))
    session.delete(row)
    session.flush()


# ---------------------------------------------------------------- which layout a file is in
def recognise(rows: Iterator[tuple[int, list]], columns: list[Column],
              profiles: list[Profile]) -> tuple[Header, Iterator, Profile]:
    """Consume rows up to the header: the first row in which the own layout or a profile names at
    least two columns. The layout that finds every required field there is the file's; two that do
    are refused as ambiguous (--profile chooses); when none does, the one naming the most columns
    (the own layout on a tie), which then says what is missing.
    Returns the header, the remaining rows and the profile it was read with."""
    own = next((p for p in profiles if p.own), None)
    lookup = column_lookup(columns)
    others = [p for p in profiles if not p.own]
    required = {c.key for c in columns if c.required}
    unreadable = UnreadableRows()
    for row_no, cells in unreadable.watch(rows):
        found, labels = own_matches(cells, lookup) if own is not None else ({}, {})
        best, best_n = None, 0
        complete = [own] if own is not None and required <= set(labels) else []
        for p in others:
            matched = p.matches(cells)
            n = len(matched)
            if required <= {k for src in matched for k in p.columns[src]}:
                complete.append(p)
            if n > best_n:
                best, best_n = p, n
        if max(len(found), best_n) < 2:
            continue
        if len(complete) > 1:
            # The row reads whole in two layouts (a saved profile naming our own columns, a file
            # holding two systems' columns): which one the file means is the clerk's to say.
            raise ImportFailed(RowError(row_no, None, "profile.two_layouts", names=[p.name for p in complete]))
        if complete and not complete[0].own:
            return complete[0].header(row_no, cells, columns), rows, complete[0]
        if not complete and best is not None and best_n > len(found):
            return best.header(row_no, cells, columns), rows, best
        check_own_repeated(row_no, cells, lookup)
        check_required(row_no, columns, labels)
        return Header(row_no, found, labels, unread=unread_cells(cells, lookup)), rows, own
    unreadable.refuse()
    names = [c.label for c in columns if c.required]
    raise ImportFailed("import.no_header", names=names)


# ---------------------------------------------------------------- mapping a new layout (the window)
@dataclass
class FilePreview:
    """What the mapping dialog shows of a file: its header row, its first rows as text, the field
    suggested for each column, and the layout it was recognised in (None: an unknown one)."""

    path: Path
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    suggested: dict[int, str]
    profile: str | None = None


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%d/%m/%Y %H:%M") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.strftime("%d/%m/%Y")
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return text(v) or ""


def _header_row(rows: list[tuple[int, list]]) -> int:
    """Index in `rows` of the likeliest header of an unknown layout: the earliest row with the most
    text cells (titles above it fill one cell; the header names every column)."""
    best, best_n = 0, -1
    for i, (_no, cells) in enumerate(rows):
        n = sum(1 for c in cells if isinstance(c, str) and c.strip() and not _looks_like_value(c))
        if n > best_n:
            best, best_n = i, n
    return best


def _looks_like_value(cell: str) -> bool:
    try:
        return date_or_datetime(cell) is not None
    except Exception:
        return bool(re.fullmatch(r"[\d.,\s]+", cell))


def preview(path, profiles: list[Profile], kind: str = "dossiers", rows: int = PREVIEW_ROWS) -> FilePreview:
    """The file's header (as recognised among `profiles`, else guessed) and its first `rows` data
    rows, with the field suggested for each column."""
    columns = spec(kind)[0]
    path = Path(path)
    head = []
    it = iter_rows(path)
    for item in it:
        head.append(item)
        if len(head) >= HEADER_SEARCH_ROWS + rows:
            break
    recognised = None
    try:
        header, _rest, p = recognise(iter(head), columns, profiles)
        idx = next(i for i, (no, _c) in enumerate(head) if no == header.row)
        recognised = p.name
    except ImportFailed:
        idx = _header_row(head[:HEADER_SEARCH_ROWS])
    header_no, cells = head[idx]
    headers = [_cell_text(c) for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    body = [(no, [_cell_text(c) for c in r[:len(headers)]] + [""] * (len(headers) - len(r)))
            for no, r in head[idx + 1:] if any(not (c is None or (isinstance(c, str) and not c.strip())) for c in r)]
    return FilePreview(path, header_no, headers, body[:rows], suggest_fields(headers, columns, profiles), recognised)


# Words that say little about a column on their own (most headers have one).
_WEAK = {"ngay", "so", "ho", "ma", "ten", "cua", "va", "date", "no", "of", "the", "name", "ho so"}


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(s))


# What headers abbreviate (folded words), and the phrases they use for what our columns call otherwise.
# Only the dialog's suggestions read them, never the header recognition of a layout.
ABBREVIATIONS = {"hs": "ho so", "tthc": "thu tuc hanh chinh", "sdt": "so dien thoai", "dt": "dien thoai",
                 "cb": "can bo", "cccd": "can cuoc cong dan"}
PHRASES = {"ngay nop": "ngay tiep nhan", "thoi gian nop": "ngay tiep nhan", "ngay nop ho so": "ngay tiep nhan",
           "han xu ly": "han tra", "han giai quyet ho so": "han tra", "ngay hen": "han tra",
           "kenh": "kenh nop", "kenh tiep nhan": "kenh nop", "ngay ket thuc": "ngay tra ket qua",
           "ngay hoan thanh": "ngay tra ket qua", "nguoi dung ten": "nguoi nop",
           "nguoi dung ten ho so": "nguoi nop", "ten nguoi dung ten": "nguoi nop",
           "ten nguoi dung ten ho so": "nguoi nop", "chu ho": "nguoi nop"}


def _spelled_out(text: str) -> str:
    """A header's folded words with abbreviations spelled out and its phrase in our columns' words:
    "Ma HS" → "ma ho so", "Ngày nộp" → "ngay tiep nhan", "Kenh" → "kenh nop"."""
    phrase = " ".join(ABBREVIATIONS.get(w, w) for w in _words(text))
    return PHRASES.get(phrase, phrase)


def suggest_field(header: str, columns: list[Column], profiles: list[Profile] = ()) -> tuple[str | None, float]:
    """The field a header most likely names, with a score in 0..1: a known name or a profile's
    source (1), the same once its abbreviations are spelled out and its phrase put in our words
    (diacritics ignored: "Ma HS", "Ngay nop", "Han xu ly"), else the share of a known name's words it
    contains (weak words counting less)."""
    key = fold(header)
    if not key:
        return None, 0.0
    for c in columns:
        if not c.ignored and key in {fold(n) for n in c.names}:
            return c.key, 1.0
    for p in profiles:
        for src, keys in (p.columns or {}).items():
            if fold(src) == key:
                return keys[0], 1.0
    spelled = _spelled_out(header)
    for c in columns:
        if not c.ignored and spelled in {_spelled_out(n) for n in c.names}:
            return c.key, 1.0
    # The header's own words first ("Lĩnh vực TTHC" is a field), then spelled out ("Tên TTHC").
    for words in (set(_words(header)), set(spelled.split())):
        best, score = _best_by_words(words, columns)
        if best is not None:
            return best, score
    return None, 0.0


def _best_by_words(words: set[str], columns: list[Column]) -> tuple[str | None, float]:
    """The column whose known name's words the header holds the largest share of (at least 0.6, and
    one of them not a weak word)."""
    best, best_score = None, 0.0
    for c in columns:
        if c.ignored:
            continue
        for n in c.names:
            name_words = _words(n)
            if not name_words:
                continue
            weight = lambda w: 0.3 if w in _WEAK else 1.0  # noqa: E731
            total = sum(weight(w) for w in name_words)
            got = sum(weight(w) for w in name_words if w in words)
            strong = any(w in words and w not in _WEAK for w in name_words)
            score = got / total if strong else 0.0
            if score > best_score:
                best, best_score = c.key, score
    return (best, best_score) if best_score >= 0.6 else (None, 0.0)


def suggest_fields(headers: list[str], columns: list[Column], profiles: list[Profile] = ()) -> dict[int, str]:
    """A field for each header that names one, each field for one column at most (the best-scoring;
    the first on a tie)."""
    scored = []
    for i, h in enumerate(headers):
        key, score = suggest_field(h, columns, profiles)
        if key:
            scored.append((-score, i, key))
    out: dict[int, str] = {}
    taken: set[str] = set()
    for _s, i, key in sorted(scored):
        if key not in taken:
            out[i] = key
            taken.add(key)
    return dict(sorted(out.items()))


def scan_values(path, header_row: int, positions: dict[str, list[int]], limit: int = 200) -> dict[str, Counter]:
    """The distinct values of some fields' columns over the whole file (key → Counter of texts; at
    most `limit` distinct per field): what the dialog maps to our codes, and the dates it reads."""
    out: dict[str, Counter] = {k: Counter() for k in positions}
    header_seen = False
    for row_no, cells in iter_rows(Path(path)):
        if not header_seen:
            header_seen = row_no == header_row
            continue
        for key, ps in positions.items():
            counter = out[key]
            for p in ps:
                v = cells[p] if p < len(cells) else None
                t = v if isinstance(v, (date, datetime)) else text(v)
                if t is None:
                    continue
                if t in counter or len(counter) < limit:
                    counter[t] += 1
                break
    return out


def detect_date_form(values: Iterable) -> str | None:
    """The form a file's dates are written in, from some of its values: one of DATE_FORMS (dd/MM
    unless a value's first part cannot be a month… its second part can only be a day), "Excel" when
    they are real dates, None when none of them is a date."""
    shapes: Counter = Counter()
    day_first = month_first_seen = False
    for i, v in enumerate(values):
        if i >= SAMPLE_DATES:
            break
        if isinstance(v, (date, datetime)):
            shapes["Excel"] += 1
            continue
        s = str(v).strip() if v is not None else ""
        if not s:
            continue
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{4}(?:[ T](\d{1,2}):\d{2}(:\d{2})?)?", s)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day_first |= a > 12
            month_first_seen |= b > 12
            shapes["/" + (":ss" if m.group(4) else ":mm" if m.group(3) else "")] += 1
            continue
        m = re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:([ T])\d{2}:\d{2}(?::\d{2})?)?", s)
        if m:
            shapes["-" + (m.group(1) or "")] += 1
            continue
        if re.fullmatch(r"\d{14}", s):
            shapes["14"] += 1
        elif re.fullmatch(r"\d{8}", s):
            shapes["8"] += 1
    if not shapes:
        return None
    shape = shapes.most_common(1)[0][0]
    if shape.startswith("/"):
        stem = "MM/dd/yyyy" if month_first_seen and not day_first else "dd/MM/yyyy"
        return stem + {"/": "", "/:mm": " HH:mm", "/:ss": " HH:mm:ss"}[shape]
    return {"Excel": "Excel", "-": "yyyy-MM-dd", "- ": "yyyy-MM-dd HH:mm:ss", "-T": "yyyy-MM-ddTHH:mm:ss",
            "14": "yyyyMMddHHmmss", "8": "yyyyMMdd"}[shape]


# A dossier only registered or drafted online, not yet at the counter.
_NOT_RECEIVED_WORDS = ("chua tiep nhan", "cho tiep nhan", "moi tao", "nhap moi", "ban nhap", "dang nhap", "dang ky",
                       "not received", "draft")


def suggest_value(key: str, value: str, vocab) -> str | None:
    """Our code for one of a file's values of `key`: our own labels, codes and aliases, OpenCPS's
    statuses, and for a status the words of a dossier not received yet."""
    code = vocab.parse(value) if vocab is not None else None
    if code is not None:
        return code
    folded = fold(value)
    if key == "status":
        if folded in OPENCPS_STATUS:
            return OPENCPS_STATUS[folded]
        # Whole words, and the not-received phrases first: "Mới đăng ký" holds "đang"'s letters and is
        # an online submission nobody has received yet; suggesting it as in progress would count it.
        spaced = " " + " ".join(_words(value)) + " "
        for phrases, code in ((_NOT_RECEIVED_WORDS, NOT_RECEIVED),
                              (("da tra", "tra ket qua", "hoan thanh", "da giai quyet"), "returned"),
                              (("tu choi", "khong giai quyet", "khong tiep nhan"), "rejected"),
                              (("rut", "huy", "da huy"), "withdrawn"),
                              (("bo sung",), "awaiting_supplement"),
                              (("dang", "cho"), "in_progress")):
            if any(f" {w} " in spaced for w in phrases):
                return code
        if folded == "moi":
            return NOT_RECEIVED
    if key == "channel":
        if folded in ("true", "1", "x", "co", "yes") or "truc tuyen" in folded or "online" in folded:
            return "online"
        if "buu" in folded or "post" in folded:
            return "postal"
        if folded in ("false", "0", "khong", "no") or "truc tiep" in folded or "mot cua" in folded:
            return "direct"
    return None


def mapping_profile(name: str, headers: list[str], fields: dict[int, list[str] | str],
                    values: dict[str, dict[str, str]] | None = None, otherwise: dict[str, str] | None = None,
                    dates: str | None = None, blank_received_skips: bool = False,
                    kind: str = "dossiers") -> dict:
    """The JSON form of a mapping made in the window: the field(s) chosen for each column
    position of `headers` (in the file's order), the values mapped, the date form."""
    columns: dict[str, Any] = {}
    named: dict[str, str] = {}
    for i in sorted(fields):
        keys = fields[i]
        keys = [keys] if isinstance(keys, str) else list(keys)
        if keys and i < len(headers) and headers[i]:
            if fold(headers[i]) in named:  # a mapping names columns, not positions: say it, lose nothing
                raise ValidationError([problem("profile.same_header", source=headers[i], field="columns")])
            named[fold(headers[i])] = headers[i]
            columns[headers[i]] = keys[0] if len(keys) == 1 else keys
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": name, "kind": kind, "columns": columns}
    if values:
        out["values"] = {k: dict(v) for k, v in values.items() if v}
    if otherwise:
        out["otherwise"] = dict(otherwise)
    if dates and dates in DATE_FORMS:
        out["dates"] = dates
    out["blank_received"] = "skip" if blank_received_skips else "error"
    return out


__all__ = ["BUILTIN_NAMES", "FilePreview", "NOT_RECEIVED", "OPENCPS", "OWN", "Profile", "all_profiles",
           "builtin_profiles", "delete_profile", "detect_date_form", "find_profile", "from_json",
           "mapping_profile", "preview", "read_mapping", "recognise", "save_profile", "saved_profiles",
           "scan_values", "suggest_field", "suggest_fields", "suggest_value"]
