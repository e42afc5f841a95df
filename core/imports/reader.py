"""One reader for every register's import: .xlsx/.xls/.ods (python-calamine, in a child process) or .csv;
finds the header row below any titles; parses values; collects every row error before anything is
written. Row numbers are the sheet's own, as Excel shows them (1-based, counting title rows)."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from core.errors import BadValue, ImportFailed, RowError  # noqa: F401 - ImportFailed, RowError re-exported
from core.formatting import code_text, fold, hidden_control, nfc
from core.messages import problem

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
MAX_TEXT = 10_000  # characters in one cell: more is a broken or hostile file, not a record
MAX_ERRORS_COLLECTED = 10_000  # then reading stops: a file this wrong is refused without reading on


# A value that cannot be read as what its column holds; its code and parameters say why.
CellError = BadValue


# ---------------------------------------------------------------- value parsers
def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _invisible_only(t: str) -> bool:
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in t)


def text(v: Any) -> str | None:
    if isinstance(v, str):  # most cells: nfc() strips, and blank text is no value
        char = hidden_control(v)
        if char is not None:  # the rule of every text a record keeps (core.lengths)
            raise CellError("control_character", char=char)
        t = nfc(v)
        if t and not t.isascii() and _invisible_only(t):  # a zero-width space alone is a blank cell
            return None
        return t or None
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)  # calamine reads every number as float: 123 arrives as 123.0
    if isinstance(v, (datetime, date)):
        return v.strftime("%d/%m/%Y")
    return nfc(str(v))


def code(v: Any) -> str | None:
    """A dossier's code or official code, kept as the counter keeps it (core.formatting.code_text)."""
    t = text(v)
    if t is None or (t.isascii() and t.isprintable() and "  " not in t):  # nearly every code: as it is
        return t
    return code_text(t)


_GROUPED_DIGITS = re.compile(r"\d+(?:[ .\-]\d+)+", re.ASCII)


def identity_number(v: Any) -> str | None:
    """An ID number as its digits: "001 185 012 345" and "001.185.012.345" are 001185012345. A
    number cell keeps its digits as they are (its leading zeros are lost: reconciliation compares
    ID numbers without them, core.imports.dossiers); other text stays as written."""
    t = text(v)
    if t is not None and _GROUPED_DIGITS.fullmatch(t):
        return re.sub(r"[ .\-]", "", t)
    return t


_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%Hh%M", "%Hh")
_EXCEL_EPOCH = datetime(1899, 12, 30)

# The forms systems write dates in, read by slicing (strptime cost a third of a large import): a day
# first (dd/MM/yyyy, d/M/yyyy, with HH:mm or HH:mm:ss: this application, OpenCPS), ISO (yyyy-MM-dd,
# with a space or T and a time), the national portal's yyyyMMddHHmmss (and yyyyMMdd). Anything else
# goes to the strptime forms above.
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?", re.ASCII)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?", re.ASCII)
_CACHE_SIZE = 8192  # distinct texts remembered per parser (days repeat; times of day less)

# The forms a clerk is shown for a file's dates (core.imports.profiles detects them); only the order
# of day and month is a choice, every other form is read whatever the file's form says.
DATE_FORMS = ("dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "MM/dd/yyyy", "MM/dd/yyyy HH:mm",
              "MM/dd/yyyy HH:mm:ss", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
              "yyyyMMdd", "yyyyMMddHHmmss")


def month_first(form: str | None) -> bool:
    """Whether a date form writes the month before the day (MM/dd/yyyy)."""
    return bool(form) and form.startswith("MM/")


def _moment(y: int, mo: int, d: int, h, mi, sec) -> date | datetime:
    if y < 1900:
        raise ValueError
    if h is None:
        return date(y, mo, d)
    t = time(int(h), int(mi), int(sec) if sec else 0)
    return datetime(y, mo, d, t.hour, t.minute, t.second) if t != time(0) else date(y, mo, d)


def _fast_text_date(raw: str, month_first: bool) -> date | datetime | None:
    """The common forms by slicing: None when `raw` is none of them (then strptime decides)."""
    m = _SLASHED.fullmatch(raw)
    if m is not None:
        a, b, y, h, mi, sec = m.groups()
        d, mo = (int(b), int(a)) if month_first else (int(a), int(b))
        return _moment(int(y), mo, d, h, mi, sec)
    m = _ISO.fullmatch(raw) or _COMPACT.fullmatch(raw)
    if m is not None:
        y, mo, d, h, mi, sec = m.groups()
        return _moment(int(y), int(mo), int(d), h, mi, sec)
    return None


def _slow_text_date(raw: str) -> date | datetime:
    parts = raw.replace("T", " ").split()
    if 1 <= len(parts) <= 2:
        for fmt in _DATE_FORMATS:
            try:
                day = datetime.strptime(parts[0], fmt).date()
            except ValueError:
                continue
            if day.year < 1900:
                break
            if len(parts) == 1:
                return day
            for tfmt in _TIME_FORMATS:
                try:
                    t = datetime.strptime(parts[1], tfmt).time()
                except ValueError:
                    continue
                moment = datetime.combine(day, t)
                return moment if t != time(0) else day
            break
    raise CellError("not_a_date", value=raw)


def date_parser(month_first: bool = False, days: bool = False) -> Callable[[Any], date | datetime | None]:
    """A cell parser for dates: real Excel dates or datetimes, Excel serial numbers, and text in the
    forms above (`month_first`: a/b/yyyy is month/day). A datetime is returned only when a time of
    day was given (it matters for the 15:00 rule); with `days`, only the day."""
    cache: dict[str, date | datetime] = {}

    def parse(v: Any) -> date | datetime | None:
        if v is None:
            return None
        if v.__class__ is str:
            value = cache.get(v)
            if value is None:
                raw = v.strip()
                if not raw:
                    return None
                try:
                    value = _fast_text_date(raw, month_first)
                except ValueError:  # the form is right, the day is not (31/02/2025)
                    raise CellError("not_a_date", value=raw) from None
                if value is None:
                    value = _slow_text_date(raw)
                if days and value.__class__ is datetime:
                    value = value.date()
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[v] = value
            return value
        if isinstance(v, datetime):
            value = v if v.time() != time(0) else v.date()
        elif isinstance(v, date):
            value = v
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            value = _number_date(v)
        else:
            return parse(str(v))
        return value.date() if days and isinstance(value, datetime) else value
    return parse


def _number_date(v: int | float) -> date | datetime:
    if isinstance(v, int) or float(v).is_integer():
        digits = str(int(v))
        if len(digits) in (8, 14):  # yyyyMMdd, yyyyMMddHHmmss written as a number (a JSON API)
            try:
                value = _fast_text_date(digits, False)
            except ValueError:
                raise CellError("not_a_date", value=digits) from None
            if value is not None:
                return value
    # A date cell whose number format calamine did not recognise: an Excel serial day.
    if 1 <= v < 2958466:
        value = _EXCEL_EPOCH + timedelta(days=float(v))
        value = value.replace(microsecond=0)
        return value if value.time() != time(0) else value.date()
    raise CellError("not_a_date", value=text(v))


# A real Excel date or datetime, dd/mm/yyyy, dd/mm/yyyy HH:MM[:SS], yyyy-mm-dd[THH:MM:SS] or
# yyyyMMddHHmmss; `day`: the same, the day only.
date_or_datetime = date_parser()
day = date_parser(days=True)


_VN_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")


def number(v: Any) -> Decimal | None:
    """A number cell, or Vietnamese-formatted text: '12.000.000', '1.234,5', '12000000'."""
    if _blank(v):
        return None
    if isinstance(v, bool):
        raise CellError("not_a_number", value=v)
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    raw = str(v).strip().replace(" ", "").replace("\u00a0", "")
    for suffix in ("đồng", "đ", "vnđ", "vnd"):
        if raw.lower().endswith(suffix):
            raw = raw[: -len(suffix)]
    if _VN_NUMBER.match(raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise CellError("not_a_number", value=str(v).strip()) from None


def whole_number(v: Any, minimum: int | None = 0) -> int | None:
    n = number(v)
    if n is None:
        return None
    if n != n.to_integral_value():
        raise CellError("not_a_whole_number", value=text(v))
    if minimum is not None and n < minimum:
        raise CellError("below", value=text(v), minimum=minimum)
    return int(n)


_YES = frozenset({"co", "yes", "true", "1", "x", "da", "dung"})
_NO = frozenset({"khong", "no", "false", "0", "chua", "sai"})


def yes_no(v: Any) -> bool | None:
    """A yes/no cell: Có/Không (any case, with or without diacritics), yes/no, true/false, 1/0, x for
    yes; a real boolean or 0/1 number as such; blank: not recorded (None)."""
    if _blank(v):
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    key = fold(str(v)).strip()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError("not_yes_no", value=text(v))


# ---------------------------------------------------------------- columns and header
@dataclass
class Column:
    key: str
    names: tuple[str, ...]  # Vietnamese name first (used in messages), then English and aliases
    required: bool = False
    parse: Callable[[Any], Any] = text
    ignored: bool = False
    # Longest text accepted (the database column's length); any text is capped at MAX_TEXT.
    max_length: int | None = None

    @property
    def label(self) -> str:
        return self.names[0]


@dataclass
class Header:
    row: int
    columns: dict[int, Column]  # position in the row → column
    labels: dict[str, str] = field(default_factory=dict)  # key → the header text as written
    # A profile's reading of the row (core.imports.profiles), when it is not one column per position:
    # (position, column) in order of priority; a key given by several positions takes the first that
    # is not blank (OpenCPS: releaseDate, else finishDate), and a position may feed several keys.
    sources: list[tuple[int, Column]] | None = None
    # Rows a parser said to skip (SKIP: not received yet), counted for the summary.
    skipped: int = 0
    # Header cells of the file's own layout that name no column: read by nobody, so said in the
    # summary (a column added to next month's file, a misspelt name) rather than silently dropped.
    unread: list[str] = field(default_factory=list)
    # A profile's columns that are not in the file, for fields no other of its columns gave.
    missing: list[str] = field(default_factory=list)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def positions(self) -> list[tuple[int, Column]]:
        return self.sources if self.sources is not None else list(self.columns.items())


class _Skip:
    """What a parser returns for a row that is not to be imported at all (counted, not an error)."""

    def __repr__(self) -> str:
        return "SKIP"


SKIP = _Skip()


def column_lookup(columns: list[Column]) -> dict[str, Column]:
    """Folded column name → column: how a header cell is recognised."""
    return {fold(n): c for c in columns for n in c.names}


def own_matches(cells: list, lookup: dict[str, Column]) -> tuple[dict[int, Column], dict[str, str]]:
    """The cells of a row that name a column (the first cell for each), and each key's text."""
    found: dict[int, Column] = {}
    labels: dict[str, str] = {}
    for i, cell in enumerate(cells):
        if _blank(cell):
            continue
        col = lookup.get(fold(str(cell)))
        if col is not None and col.key not in labels:
            found[i] = col
            labels[col.key] = nfc(str(cell))
    return found, labels


UNREAD_NAME_LENGTH = 60
UNREAD_SHOWN = 10


def unread_cells(cells: list, lookup: dict[str, Column]) -> list[str]:
    """The header cells that name no column (as written, cut at UNREAD_NAME_LENGTH); past
    UNREAD_SHOWN of them, the rest as a count ("… (+4990)")."""
    out = []
    for cell in cells:
        if _blank(cell) or fold(str(cell)) in lookup:
            continue
        name = " ".join(nfc(str(cell)).split())
        out.append(name if len(name) <= UNREAD_NAME_LENGTH else name[:UNREAD_NAME_LENGTH - 1] + "…")
    if len(out) > UNREAD_SHOWN:
        out = out[:UNREAD_SHOWN] + [f"… (+{len(out) - UNREAD_SHOWN})"]
    return out


def check_repeated(row_no: int, cells: list, positions: Iterable[tuple[int, str]]) -> None:
    """One field read from two columns of the file is refused: which of them the file means cannot
    be known. `positions`: (position, key) of each header cell that feeds a field."""
    first: dict[str, int] = {}
    for pos, key in positions:
        if key not in first:
            first[key] = pos
            continue
        a, b = first[key], pos
        raise ImportFailed(RowError(row_no, None, "import.duplicate_column",
                                    first=column_letter(a), first_name=nfc(str(cells[a])),
                                    second=column_letter(b), second_name=nfc(str(cells[b]))))


def column_letter(position: int) -> str:
    """The column as Excel names it: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    n = position + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def check_own_repeated(row_no: int, cells: list, lookup: dict[str, Column]) -> None:
    """`check_repeated` for a header in the importer's own layout (its names and aliases); a column
    the import does not read (STT) may be there twice."""
    check_repeated(row_no, cells, ((i, col.key) for i, cell in enumerate(cells) if not _blank(cell)
                                   for col in [lookup.get(fold(str(cell)))] if col is not None and not col.ignored))


def check_required(row_no: int, columns: list[Column], labels: dict[str, str], names=None) -> None:
    """A header without a required column is refused; `names(column)` words the missing ones."""
    missing = [(names or (lambda c: c.label))(c) for c in columns if c.required and c.key not in labels]
    if missing:
        raise ImportFailed(RowError(row_no, None, "import.missing_columns" if len(missing) > 1
                                    else "import.missing_column", names=missing))


def find_header(rows: Iterator[tuple[int, list]], columns: list[Column]) -> tuple[Header, Iterator]:
    """Consume rows up to and including the header: the first row where at least two cells (or every
    required column) match known column names. Returns the header and the remaining rows."""
    lookup = column_lookup(columns)
    unreadable = UnreadableRows()
    for row_no, cells in unreadable.watch(rows):
        found, labels = own_matches(cells, lookup)
        if len(found) >= min(2, len(columns)):
            check_own_repeated(row_no, cells, lookup)
            check_required(row_no, columns, labels)
            return Header(row_no, found, labels, unread=unread_cells(cells, lookup)), rows
    unreadable.refuse()
    raise ImportFailed("import.no_header", names=[c.label for c in columns if c.required])


class UnreadableRows:
    """Watches the rows above the header: when no header is found, a row the reader could not read
    (an over-long line, too many cells) is the reason to give, not "no header row"."""

    def __init__(self):
        self.first: tuple[int, BadRow] | None = None

    def watch(self, rows: Iterator[tuple[int, list]]) -> Iterator[tuple[int, list]]:
        for row_no, cells in rows:
            if cells.__class__ is BadRow and self.first is None:
                self.first = (row_no, cells)
            yield row_no, cells

    def refuse(self) -> None:
        if self.first is not None:
            row_no, bad = self.first
            raise ImportFailed(bad.problem.at(row_no))


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
            if found or cells.__class__ is BadRow:
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


# ---------------------------------------------------------------- files
MAX_COLUMNS = 16_384  # cells in one row (Excel's last column is XFD)


class BadRow(list):
    """A row the reader could not read (an over-long line, a broken quote): no cells, and the problem
    parse_rows reports at its row number."""

    def __init__(self, problem):
        super().__init__()
        self.problem = problem


def not_a_file(path: Path) -> str:
    """Why `path`, which is not a regular file, cannot be read: a folder, a device or pipe, or nothing."""
    if path.is_dir():
        return "import.is_a_folder"
    return "import.not_a_regular_file" if path.exists() else "import.no_such_file"


def iter_rows(path: str | Path) -> Iterator[tuple[int, list]]:
    """(Excel row number, cells) for the rows of the first visible sheet (blank rows may be left out),
    read by core.imports.untrusted: a workbook in a child process with a memory limit, a CSV in any
    encoding Excel writes in Vietnam."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(not_a_file(path), name=str(path))
    if path.stat().st_size == 0:
        raise ImportFailed("import.empty_file", name=path.name)
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix == ".txt":
        return _iter_csv(path)
    if suffix == ".json":
        return _iter_json(path)
    if suffix in SPREADSHEET_SUFFIXES:
        from core.imports.untrusted import sheet_rows

        return sheet_rows(path)
    raise ImportFailed("import.not_a_spreadsheet", name=path.name)


def _sniff_dialect(sample: str):
    """The CSV's dialect. csv.Sniffer gives up on a file whose first line is a title without
    separators; then the separator is the one splitting most lines into the same number (> 1) of
    fields."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        pass
    lines = [ln for ln in sample.splitlines()[:100] if ln.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the sample's last line may be cut short
    best, best_n = None, 0
    for sep in (",", ";", "\t"):
        counts: dict[int, int] = {}
        for fields in csv.reader(lines, delimiter=sep):
            if len(fields) > 1:
                counts[len(fields)] = counts.get(len(fields), 0) + 1
        n = max(counts.values(), default=0)
        if n > best_n:
            best, best_n = sep, n
    if best is None:
        return csv.excel

    class Found(csv.excel):
        delimiter = best
    return Found


def _iter_csv(path: Path) -> Iterator[tuple[int, list]]:
    from core.imports.untrusted import MAX_LINE, OVERLONG, csv_lines

    _, lines = csv_lines(path)
    try:
        sample = "".join(_take(lines, 65536))
    except UnicodeDecodeError:  # pragma: no cover - detect_encoding decoded the whole file
        lines.close()
        raise ImportFailed("import.unknown_encoding", name=path.name) from None
    lines.close()
    if "\x00" in sample:
        raise ImportFailed("import.not_csv", name=path.name)
    dialect = _sniff_dialect(sample.replace(OVERLONG, ""))
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE))

    def rows():
        _, lines = csv_lines(path)
        reader = csv.reader(lines, dialect)
        row = 0
        try:
            while True:
                row += 1
                seen = lines.overlong
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield row, BadRow(problem("import.csv_row_unreadable", reason=str(exc)))
                    continue
                except UnicodeDecodeError as exc:
                    raise ImportFailed("import.unreadable_csv", name=path.name, reason=str(exc)) from None
                if lines.ended:  # a record the end of the file closed: an opening quote never closed
                    yield row, BadRow(problem("import.csv_unclosed_quote", quote=dialect.quotechar or '"'))
                    return
                if lines.overlong != seen:
                    yield row, BadRow(problem("import.line_too_long", limit=MAX_LINE))
                elif len(cells) > MAX_COLUMNS:
                    yield row, BadRow(problem("import.too_many_cells", count=len(cells), limit=MAX_COLUMNS))
                else:
                    yield row, cells
        finally:
            lines.close()
    return rows()


# Where the records of a JSON file are: the file itself (a list of objects), else a list of objects
# under one of these keys, as the systems' APIs wrap them ({"data": [...]}, {"result": {"items":
# [...]}}, …), looked for a few levels down; else the longest list of objects found there.
JSON_RECORD_KEYS = ("data", "items", "results", "result", "records", "rows", "content", "dossiers", "list",
                    "hits", "value", "values", "docs")
JSON_DEPTH = 4


def _records_in(doc, name: str) -> list[dict] | None:
    """The document's one list of records: the document itself, or a list under a key of
    JSON_RECORD_KEYS (the nearest level first), else the longest list of objects near the top. Two
    lists under such keys at one level, or a list of records with something else among them, are refused: which rows
    were meant cannot be told, and reading one silently would import half the answer."""
    if isinstance(doc, list):
        _all_records(doc, "[…]", name)
        return doc if doc else None
    level, unnamed = [doc], []
    for _depth in range(JSON_DEPTH):
        below, named = [], []
        for d in level:
            if not isinstance(d, dict):
                continue
            for k, v in d.items():
                if isinstance(v, list) and v and any(isinstance(x, dict) for x in v):
                    _all_records(v, k, name)
                    (named if str(k).lower() in JSON_RECORD_KEYS else unnamed).append((k, v))
                elif isinstance(v, dict):
                    below.append(v)
        if len(named) > 1:
            raise ImportFailed("import.json_two_lists", name=name, first=named[0][0], second=named[1][0])
        if named:
            return named[0][1]
        level = below
    # Under other keys: the longest (a report's answer holds its few definitions beside its rows).
    return max((v for _k, v in unnamed), key=len) if unnamed else None


def _all_records(items: list, key: str, name: str) -> None:
    for n, x in enumerate(items, start=1):
        if not isinstance(x, dict):
            raise ImportFailed("import.json_not_records", name=name, key=str(key)[:80], n=n)


def _flat(record: dict, prefix: str = "") -> dict[str, Any]:
    """A record's values by key; a nested object's under "outer.inner"; a list as its JSON text."""
    import json

    out: dict[str, Any] = {}
    for k, v in record.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flat(v, key + "."))
        elif isinstance(v, list):
            out[key] = json.dumps(v, ensure_ascii=False) if v else None
        else:
            out[key] = v
    return out


def _iter_json(path: Path) -> Iterator[tuple[int, list]]:
    """A JSON list of records read like a sheet: row 0 holds the keys (every key of any record, in
    the order first met), row N the N-th record (1-based, as a clerk counts them)."""
    from core.json_input import JSONRefused, load_file

    try:
        doc = load_file(path)
    except JSONRefused as exc:
        if exc.code == "json.not_utf8":
            raise ImportFailed("import.not_utf8", name=path.name) from None
        raise ImportFailed("import.unreadable_json", name=path.name, reason=exc.problems[0]) from None
    records = _records_in(doc, path.name)
    if records is None:
        raise ImportFailed("import.json_no_records", name=path.name)
    flat = [_flat(r) for r in records]
    del doc, records
    keys: dict[str, None] = {}
    for r in flat:
        for k in r:
            keys.setdefault(k, None)
    names = list(keys)

    def rows():
        yield 0, names
        for i, r in enumerate(flat, start=1):
            yield i, [r.get(k) for k in names]
    return rows()


def _take(lines, chars: int) -> Iterator[str]:
    """The first lines of `lines` up to about `chars` characters."""
    taken = 0
    for line in lines:
        yield line
        taken += len(line)
        if taken >= chars:
            return


# Distinct cell texts remembered per column (parse_rows): a register's procedures, fields, channels,
# handlers and statuses repeat on every row, so each is parsed (normalised, checked) once; a column of
# codes or names fills its memory and is then parsed cell by cell as before.
_REMEMBERED = 4096
_MISSING = object()


# parse_rows(partial=True): the key marking a row yielded with problems (its bad cells None), so that
# the register's rules can say what else is wrong in it; such a row is never kept.
FAULTY = "\0faulty"


def _position(header: Header, label: str | None) -> int:
    """Where a column stands in the file (its problems are said from left to right)."""
    return next((i for i, c in header.positions() if header.label(c.key) == label), 1 << 30)


def parse_rows(rows: Iterator[tuple[int, list]], header: Header,
               errors: list[RowError], partial: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parse each non-blank data row into {key: value}; a cell that cannot be parsed becomes a
    RowError naming the column as written in the file, and the row is skipped — or with `partial`,
    every missing required cell is said too and the row is yielded marked FAULTY (its bad cells
    None), for the register's rules to report every other bad cell of it."""
    positions = [(i, c.key, c.parse, c.max_length or MAX_TEXT, {})
                 for i, c in header.positions() if not c.ignored]
    required = list(dict.fromkeys(c.key for _i, c in header.positions() if c.required))
    # Keys fed by more than one position: the first value that is not blank wins.
    seen: set[str] = set()
    shared = {k for _i, k, _p, _l, _m in positions if k in seen or seen.add(k)}
    width = max((p[0] for p in positions), default=-1) + 1
    for row_no, cells in rows:
        if cells.__class__ is BadRow:
            errors.append(cells.problem.at(row_no))
            continue
        if len(errors) >= MAX_ERRORS_COLLECTED:
            raise ImportFailed([RowError(0, None, "import.too_many_errors", limit=MAX_ERRORS_COLLECTED, at=row_no)]
                               + errors)
        if len(cells) < width:
            cells = list(cells) + [None] * (width - len(cells))
        # Blank rows, and rows where only ignored columns (STT) are filled, are skipped.
        for i, _key, _parse, _limit, _memory in positions:
            if not _blank(cells[i]):
                break
        else:
            continue
        values: dict[str, Any] = {}
        problems = None
        skip = False
        for i, key, parse, limit, memory in positions:
            if shared and key in shared and values.get(key) is not None:
                continue
            cell = cells[i]
            # Each distinct text of a column is parsed once (up to _REMEMBERED of them), when it
            # is right: a cell refused is parsed again, so that each row gets its own error.
            value = memory.get(cell, _MISSING) if cell.__class__ is str else _MISSING
            if value is not _MISSING:
                values[key] = value
                if value is SKIP:
                    skip = True
                continue
            try:
                value = values[key] = parse(cell)
                if value.__class__ is str and len(value) > limit:
                    raise CellError("too_long", length=len(value), limit=limit)
                if value is SKIP:
                    skip = True
                if cell.__class__ is str and len(memory) < _REMEMBERED:
                    memory[cell] = value
            except CellError as exc:
                if problems is None:
                    problems = []
                problems.append(exc.problem(row=row_no, column=header.label(key)))
                if partial:
                    values[key] = None
        if skip:  # not a row to import: whatever else is wrong in it does not matter
            header.skipped += 1
            continue
        if partial:
            missing = [RowError(row_no, header.label(key), "required") for key in required
                       if values.get(key) in (None, "") and not any(p.column == header.label(key)
                                                                     for p in problems or ())]
            if problems or missing:
                errors.extend(sorted((problems or []) + missing, key=lambda p: _position(header, p.column)))
                values[FAULTY] = True
            yield row_no, values
            continue
        if problems:
            errors.extend(problems)
            continue
        for key in required:
            if values.get(key) in (None, ""):
                errors.append(RowError(row_no, header.label(key), "required"))
                break
        else:
            yield row_no, values
