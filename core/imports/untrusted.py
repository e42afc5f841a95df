"""Reading files that come from outside (imports) so that no file can kill the process.

Workbooks (.xlsx/.xlsm/.xlsb/.xls/.ods):
- `check_declared_size(path)`, before anything is loaded: the zip must be whole (a truncated or
  damaged file is refused by name), its parts of a believable size (the sheet and the shared strings
  as declared in the zip's directory), and the first visible sheet's declared extent (the
  `<dimension ref>` of an .xlsx) at most MAX_CELLS cells.
- `sheet_rows(path)`: the first *visible* worksheet (hidden and very hidden sheets are skipped), read
  by python-calamine in a child process (core.imports.sheet_child) whose address space is capped
  (READER_MEMORY, RLIMIT_AS on POSIX), the rows streamed back over a pipe. A sheet whose cells lie
  about its size (calamine allocates rows × columns at once) ends the child, and the import is
  refused with a message; the window and the command live on. Fork server on POSIX (one cheap fork
  per file), spawn on Windows (no address-space limit there: the child still dies alone when an
  allocation fails).

CSV (.csv/.txt) — `csv_lines(path)`: the encoding is found by a BOM-and-validity check of our own
(`detect_encoding`): a BOM says UTF-8 or UTF-16; without one, UTF-8 if the whole file decodes as
UTF-8; otherwise the Windows code page Excel writes with: 1258 (Vietnamese) when the bytes read as
Vietnamese there (a combining tone mark after a vowel), else 1252. Chosen over charset-normalizer
(installed, but only as a dependency of others): the question has four answers, a statistical guess
on a short file of names is wrong too often between 1252 and 1258, and the rule can be stated and
tested. Windows-1258 writes most tone marks as combining characters: lines are normalised to NFC.
Lines longer than MAX_LINE characters are never held whole: the row is reported as too long.
"""
from __future__ import annotations

import codecs
import logging
import multiprocessing
import re
import sys
import threading
import unicodedata
import weakref
import zipfile
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree

from core.errors import ImportFailed

log = logging.getLogger("communedesk.imports")

# A sheet larger than this is not a register (Excel's 1,048,576 rows × 19 columns is about it).
MAX_CELLS = 20_000_000
MAX_SHARED_STRINGS = 256 * 1024 * 1024  # bytes of xl/sharedStrings.xml, as the zip declares them
MAX_PART = 2 * 1024 * 1024 * 1024  # bytes of any one part once unzipped
MAX_SMALL_PART = 16 * 1024 * 1024  # workbook.xml and its relationships
READER_MEMORY = 3 * 1024 * 1024 * 1024  # the child's address space (dense cells, strings, Python)
ZIPPED = {".xlsx", ".xlsm", ".xlsb", ".ods"}
MAX_LINE = 4 * 1024 * 1024  # characters of one CSV line (and of one field)


# ---------------------------------------------------------------- workbooks: the declared size
def _column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\"")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _small_xml(zf: zipfile.ZipFile, name: str):
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_SMALL_PART:
        return None
    try:
        return ElementTree.fromstring(zf.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _first_visible_part(zf: zipfile.ZipFile) -> str | None:
    """The zip member of the first visible worksheet of an .xlsx/.xlsm (None when it cannot be told)."""
    book, rels = _small_xml(zf, "xl/workbook.xml"), _small_xml(zf, "xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        if sheet.get("state", "visible") != "visible":
            continue
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        if not target:
            return None
        return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def check_declared_size(path: Path) -> None:
    """Refuse, before loading, a workbook that is damaged or declares a sheet too large to be a
    register (see the module's docstring)."""
    suffix = path.suffix.lower()
    if suffix not in ZIPPED:
        return  # .xls: the format itself stops at 65,536 × 256 cells
    with open(path, "rb") as fh:
        if fh.read(2) != b"PK":  # not a zip at all: a renamed picture, a document of another kind
            raise ImportFailed("import.unreadable_spreadsheet", name=path.name)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ImportFailed("import.damaged_workbook", name=path.name) from None
    with zf:
        infos = zf.infolist()
        for info in infos:
            if info.file_size > MAX_PART:
                raise ImportFailed("import.part_too_large", name=path.name, part=info.filename,
                                   size=info.file_size // (1024 * 1024))
        if suffix not in (".xlsx", ".xlsm"):
            return
        names = {i.filename for i in infos}
        if "xl/sharedStrings.xml" in names and zf.getinfo("xl/sharedStrings.xml").file_size > MAX_SHARED_STRINGS:
            raise ImportFailed("import.part_too_large", name=path.name, part="xl/sharedStrings.xml",
                               size=zf.getinfo("xl/sharedStrings.xml").file_size // (1024 * 1024))
        part = _first_visible_part(zf)
        if part is None or part not in names:
            return  # calamine will say what is wrong with it
        try:
            with zf.open(part) as fh:
                head = fh.read(64 * 1024)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
            raise ImportFailed("import.damaged_workbook", name=path.name) from None
        m = _DIMENSION.search(head)
        if m is None:
            return
        first_col, first_row = _column_number(m[1].decode()), int(m[2])
        last_col, last_row = (_column_number(m[3].decode()), int(m[4])) if m[3] else (first_col, first_row)
        rows, cols = abs(last_row - first_row) + 1, abs(last_col - first_col) + 1
        if max(last_row, first_row) > 1_048_576 or max(last_col, first_col) > 16_384:
            raise ImportFailed("import.sheet_beyond_excel", name=path.name, ref=m[0].decode(errors="replace")[-40:])
        if rows * cols > MAX_CELLS:
            raise ImportFailed("import.sheet_too_large", name=path.name, rows=rows, columns=cols, limit=MAX_CELLS)


# ---------------------------------------------------------------- workbooks: read in a child
_context_lock = threading.Lock()
_context: list = []


def _mp_context():
    with _context_lock:
        if not _context:
            if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("forkserver")
                # "__main__": the server imports the main script once, so no child runs it again.
                ctx.set_forkserver_preload(["__main__", "core.imports.sheet_child"])
            else:
                ctx = multiprocessing.get_context("spawn")
            _context.append(ctx)
        return _context[0]


_quiet_classes: dict[type, type] = {}


def _closed_once(conn):
    """`conn` without a __del__ of its own: multiprocessing's Connection closes its descriptor when
    collected, and in a garbage cycle (a refused file's traceback holding the reader) that can come
    before our own clean-up, which would then close the number again — by then perhaps another
    file's. The pipe is closed once, by _Child's finaliser."""
    cls = type(conn)
    if cls not in _quiet_classes:
        _quiet_classes[cls] = type(f"Quiet{cls.__name__}", (cls,), {"__del__": lambda self: None})
    conn.__class__ = _quiet_classes[cls]
    return conn


def _end(conn, process) -> None:
    conn.close()
    if process.is_alive():
        process.terminate()
    process.join(10)
    if process.is_alive():
        process.kill()
        process.join()


class _Child:
    """A reader process and the pipe its messages come through."""

    def __init__(self, path: Path, sheets: list[str] | None, blank_rows: bool, memory_limit: int | None):
        from core.imports import sheet_child

        self.path = path
        self.limit = READER_MEMORY if memory_limit is None else memory_limit
        ctx = _mp_context()
        receive, send = ctx.Pipe(duplex=False)
        self.conn = _closed_once(receive)
        self.process = ctx.Process(target=sheet_child.main, args=(send, str(path), self.limit, sheets, blank_rows),
                                   daemon=True, name="communedesk-sheet-reader")
        try:
            self.process.start()
        except BaseException:
            receive.close()
            raise
        finally:
            send.close()
        self._end = weakref.finalize(self, _end, self.conn, self.process)


    def receive(self):
        try:
            message = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(10)
            code = self.process.exitcode
            if code is not None and code < 0:  # killed by a signal: an allocation failed (abort) or the OOM killer
                raise ImportFailed("import.reader_out_of_memory", name=self.path.name,
                                   limit=round(self.limit / 2 ** 30, 1)) from None
            raise ImportFailed("import.reader_stopped", name=self.path.name,
                               code=code if code is not None else "?") from None
        if message[0] == "error":
            _, kind, detail = message
            if kind == "no_sheet":
                raise ImportFailed("import.no_sheet", name=self.path.name)
            if kind == "no_visible_sheet":
                raise ImportFailed("import.no_visible_sheet", name=self.path.name, hidden=detail)
            if kind == "too_many_cells":
                raise ImportFailed("import.sheet_too_many_cells", name=self.path.name)
            if kind == "memory":
                raise ImportFailed("import.reader_out_of_memory", name=self.path.name,
                                   limit=round(self.limit / 2 ** 30, 1))
            log.info("calamine could not read %s: %s", self.path.name, detail)
            raise ImportFailed("import.unreadable_spreadsheet", name=self.path.name)
        return message

    def stop(self) -> None:
        self._end()  # once: a finaliser runs at most once


def _start(path: Path, sheets, blank_rows: bool, memory_limit) -> _Child | None:
    try:
        return _Child(path, sheets, blank_rows, memory_limit)
    except (OSError, RuntimeError, ValueError) as exc:
        # No child process here (a sandbox, a build without multiprocessing): read in this process;
        # the declared size was checked, a lying file could still exhaust memory.
        log.warning("reading %s in this process: no child process (%s)", path.name, exc)
        return None


def sheet_rows(path: Path, memory_limit: int | None = None) -> Iterator[tuple[int, list]]:
    """(Excel row number, cells) of every row with something in it, of the first visible worksheet;
    read in a child process (see the module's docstring). Raises ImportFailed for a file that cannot
    be read, before the first row when the failure comes first."""
    check_declared_size(path)
    child = _start(path, None, False, memory_limit)
    if child is None:
        return _rows_here(path)
    try:
        child.receive()  # the sheet names: the workbook opened and a visible sheet was found
    except BaseException:
        child.stop()
        raise

    def rows() -> Iterator[tuple[int, list]]:
        try:
            while True:
                message = child.receive()
                if message[0] == "rows":
                    yield from message[1]
                elif message[0] == "end":
                    return
        finally:
            child.stop()

    return rows()


def read_sheets(path: Path, names: list[str], memory_limit: int | None = None) -> tuple[list[str], dict[str, list]]:
    """The workbook's sheet names, and the rows (blank ones included) of each sheet in `names` that it
    has, read in a child process: for small workbooks read whole (a commune's return)."""
    check_declared_size(path)
    child = _start(path, list(names), True, memory_limit)
    if child is None:
        return _sheets_here(path, names)
    sheets: dict[str, list] = {}
    try:
        all_names = child.receive()[1]
        current = None
        while True:
            message = child.receive()
            if message[0] == "sheet":
                current = sheets.setdefault(message[1], [])
            elif message[0] == "rows":
                current.extend(cells for _, cells in message[1])
            elif message[0] == "end":
                return all_names, sheets
    finally:
        child.stop()


def _sheets_here(path: Path, names: list[str]) -> tuple[list[str], dict[str, list]]:
    try:
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(path))
        present = list(book.sheet_names)
        return present, {n: book.get_sheet_by_name(n).to_python() for n in names if n in present}
    except Exception:  # calamine raises its own types for zip, xml and format faults: none helps the clerk
        raise ImportFailed("import.unreadable_spreadsheet", name=path.name) from None


def _rows_here(path: Path) -> Iterator[tuple[int, list]]:
    from core.imports import sheet_child

    try:
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(path))
        if not book.sheet_names:
            raise ImportFailed("import.no_sheet", name=path.name)
        index, hidden = sheet_child.first_visible(book)
        if index is None:
            raise ImportFailed("import.no_visible_sheet", name=path.name, hidden=", ".join(hidden))
        sheet = book.get_sheet_by_index(index)
    except ImportFailed:
        raise
    except Exception:  # calamine raises its own types for zip, xml and format faults: none helps the clerk
        raise ImportFailed("import.unreadable_spreadsheet", name=path.name) from None
    return ((i, cells) for i, cells in enumerate(sheet.iter_rows(), start=1))


# ---------------------------------------------------------------- CSV: the encoding
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_UNDEFINED_IN_1258 = re.compile(rb"[\x8a\x8e\x9a\x9e]")  # Š Ž š ž in 1252, nothing in 1258
# A vowel (plain, or with its Vietnamese shape: â ê ô ă ơ ư and capitals), then one of the tone marks
# Windows-1258 writes as combining characters (grave, acute, hook above, tilde, dot below).
_TONED_VOWEL_1258 = re.compile(rb"[aeiouyAEIOUY\xe2\xea\xf4\xe3\xf5\xfd\xc2\xca\xd4\xc3\xd5\xdd][\xcc\xec\xd2\xde\xf2]")
SAMPLE = 1024 * 1024


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def windows_code_page(sample: bytes) -> str:
    """cp1258 or cp1252 for bytes that are not UTF-8 (see the module's docstring)."""
    if _UNDEFINED_IN_1258.search(sample):
        return "cp1252"
    return "cp1258" if _TONED_VOWEL_1258.search(sample) else "cp1252"


def detect_encoding(path: Path) -> str | None:
    """The encoding of a CSV (a Python codec name), or None when it is none of those we read."""
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding if _decodes(path, encoding) else None
    if _decodes(path, "utf-8"):
        return "utf-8"
    encoding = windows_code_page(head)
    return encoding if _decodes(path, encoding) else None


# ---------------------------------------------------------------- CSV: the lines
OVERLONG = "\ue000communedesk-line-too-long\ue000"  # a private-use mark no file has


class Lines:
    """The decoded lines of a CSV for csv.reader, each at most MAX_LINE characters: a longer line is
    replaced by a marker line (`overlong` counts them), never held whole."""

    def __init__(self, path: Path, encoding: str, normalise: bool):
        self.fh = open(path, encoding=encoding, newline="")
        self.normalise = normalise
        self.overlong = 0
        # The reader asked past the end: csv.reader does so within the record that was open at the
        # end of the file only when a quoted field never closed (any other record ends at its line).
        self.ended = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.ended:
            raise StopIteration
        line = self.fh.readline(MAX_LINE)
        if not line:
            self.ended = True
            self.fh.close()
            raise StopIteration
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            while True:  # drain the rest of the line
                rest = self.fh.readline(MAX_LINE)
                if not rest or rest.endswith(("\n", "\r")) or len(rest) < MAX_LINE:
                    break
            self.overlong += 1
            return OVERLONG + "\n"
        if self.normalise and not line.isascii():
            line = unicodedata.normalize("NFC", line)
        return line

    def close(self) -> None:
        self.fh.close()


def csv_lines(path: Path) -> tuple[str, Lines]:
    """The encoding found and the file's lines (see the module's docstring); ImportFailed when the
    file is in no encoding we read, or not text."""
    encoding = detect_encoding(path)
    if encoding is None:
        raise ImportFailed("import.unknown_encoding", name=path.name)
    return encoding, Lines(path, encoding, normalise=encoding == "cp1258")
