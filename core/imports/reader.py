"""One reader for every register's import: .xlsx/.xls/.ods (python-calamine, in a child process) or .csv;
finds the header row below any titles; parses values; collects every row error before anything is
written. Row numbers are the sheet's own, as Excel shows them (1-based, counting title rows)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterator

from core.errors import BadValue, ImportFailed, RowError  # noqa: F401 - ImportFailed, RowError re-exported
from core.formatting import fold, nfc
from core.messages import problem

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
MAX_TEXT = 10_000  # characters in one cell: more is a broken or hostile file, not a record
MAX_ERRORS_COLLECTED = 10_000  # then reading stops: a file this wrong is refused without reading on


# A value that cannot be read as what its column holds; its code and parameters say why.
CellError = BadValue


# ---------------------------------------------------------------- value parsers
def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def text(v: Any) -> str | None:
    if isinstance(v, str):  # most cells: nfc() strips, and blank text is no value
        return nfc(v) or None
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)  # calamine reads every number as float: 123 arrives as 123.0
    if isinstance(v, (datetime, date)):
        return v.strftime("%d/%m/%Y")
    return nfc(str(v))


_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%Hh%M", "%Hh")
_EXCEL_EPOCH = datetime(1899, 12, 30)


def date_or_datetime(v: Any) -> date | datetime | None:
    """A real Excel date or datetime, dd/mm/yyyy, dd/mm/yyyy HH:MM, or yyyy-mm-dd. A datetime is
    returned only when a time of day was given (it matters for the 15:00 rule)."""
    if _blank(v):
        return None
    if isinstance(v, datetime):
        return v if v.time() != time(0) else v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        # A date cell whose number format calamine did not recognise: an Excel serial day.
        if 1 <= v < 2958466:
            value = _EXCEL_EPOCH + timedelta(days=float(v))
            value = value.replace(microsecond=0)
            return value if value.time() != time(0) else value.date()
        raise CellError("not_a_date", value=text(v))
    raw = str(v).strip()
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


def day(v: Any) -> date | None:
    value = date_or_datetime(v)
    return value.date() if isinstance(value, datetime) else value


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

    def label(self, key: str) -> str:
        return self.labels.get(key, key)


def find_header(rows: Iterator[tuple[int, list]], columns: list[Column]) -> tuple[Header, Iterator]:
    """Consume rows up to and including the header: the first row where at least two cells (or every
    required column) match known column names. Returns the header and the remaining rows."""
    lookup = {fold(n): c for c in columns for n in c.names}
    required = [c for c in columns if c.required]
    for row_no, cells in rows:
        found: dict[int, Column] = {}
        labels: dict[str, str] = {}
        for i, cell in enumerate(cells):
            if _blank(cell):
                continue
            col = lookup.get(fold(str(cell)))
            if col is not None and col.key not in labels:
                found[i] = col
                labels[col.key] = nfc(str(cell))
        if len(found) >= min(2, len(columns)):
            missing = [c.label for c in required if c.key not in labels]
            if missing:
                raise ImportFailed(RowError(row_no, None, "import.missing_columns" if len(missing) > 1
                                            else "import.missing_column", names=missing))
            return Header(row_no, found, labels), rows
    raise ImportFailed("import.no_header", names=[c.label for c in required])


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


# ---------------------------------------------------------------- files
MAX_COLUMNS = 16_384  # cells in one row (Excel's last column is XFD)


class BadRow(list):
    """A row the reader could not read (an over-long line, a broken quote): no cells, and the problem
    parse_rows reports at its row number."""

    def __init__(self, problem):
        super().__init__()
        self.problem = problem


def iter_rows(path: str | Path) -> Iterator[tuple[int, list]]:
    """(Excel row number, cells) for the rows of the first visible sheet (blank rows may be left out),
    read by core.imports.untrusted: a workbook in a child process with a memory limit, a CSV in any
    encoding Excel writes in Vietnam."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed("import.no_such_file", name=str(path))
    if path.stat().st_size == 0:
        raise ImportFailed("import.empty_file", name=path.name)
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix == ".txt":
        return _iter_csv(path)
    if suffix in SPREADSHEET_SUFFIXES:
        from core.imports.untrusted import sheet_rows

        return sheet_rows(path)
    raise ImportFailed("import.not_a_spreadsheet", name=path.name)


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
    try:
        dialect = csv.Sniffer().sniff(sample.replace(OVERLONG, ""), delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
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
                if lines.overlong != seen:
                    yield row, BadRow(problem("import.line_too_long", limit=MAX_LINE))
                elif len(cells) > MAX_COLUMNS:
                    yield row, BadRow(problem("import.too_many_cells", count=len(cells), limit=MAX_COLUMNS))
                else:
                    yield row, cells
        finally:
            lines.close()
    return rows()


def _take(lines, chars: int) -> Iterator[str]:
    """The first lines of `lines` up to about `chars` characters."""
    taken = 0
    for line in lines:
        yield line
        taken += len(line)
        if taken >= chars:
            return


def parse_rows(rows: Iterator[tuple[int, list]], header: Header,
               errors: list[RowError]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parse each non-blank data row into {key: value}; a cell that cannot be parsed becomes a
    RowError naming the column as written in the file, and the row is skipped."""
    positions = [(i, c.key, c.parse, c.max_length or MAX_TEXT) for i, c in header.columns.items() if not c.ignored]
    required = [c.key for c in header.columns.values() if c.required]
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
        for i, _key, _parse, _limit in positions:
            if not _blank(cells[i]):
                break
        else:
            continue
        values: dict[str, Any] = {}
        ok = True
        for i, key, parse, limit in positions:
            try:
                value = values[key] = parse(cells[i])
                if value.__class__ is str and len(value) > limit:
                    raise CellError("too_long", length=len(value), limit=limit)
            except CellError as exc:
                errors.append(exc.problem(row=row_no, column=header.label(key)))
                ok = False
        if ok:
            for key in required:
                if values.get(key) in (None, ""):
                    errors.append(RowError(row_no, header.label(key), "required"))
                    ok = False
                    break
        if ok:
            yield row_no, values
