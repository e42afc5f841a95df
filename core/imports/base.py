"""The skeleton every register's import fills: a register says which columns its file has and what
makes a row right; the skeleton does the rest, the same way for all of them.

    read      the file's rows (core.imports.reader: a workbook read in a child process, or a .csv)
    header    the first row naming the columns (titles above it skipped; missing columns refused)
    parse     each data row into {column key: value}; a cell that cannot be read is a RowError
    check     the register's rules for one row (`checker`), then across rows (`finish`); every
              problem of every row is collected, each at its sheet row and column
    refuse    any problem, and nothing is written (ImportFailed with all of them); no data row either
    match     which rows are new and which update a record already there (`match`)
    write     in the same one transaction: the import batch row (the audit trail's import entry is
              written from it, core.audit), then the register's bulk insert/update (`write`)

Progress: `progress(done, total)` during the checks (total unknown: None) and the writes; it may raise
Cancelled, and the transaction is rolled back (nothing written). Permission, the backup taken first and
database refusals are core.imports.guarded_import's, around every import.

Profiles (core.imports.profiles): an importer with `profiled = True` reads other systems' layouts:
`layouts` gives the candidates (the built-in profiles and the saved ones, or the one asked for) and
`header` recognises the file's; the profile's column readers then parse the rows (value maps, date
forms, rows to skip: counted in `Header.skipped`). JSON lists of records are read like sheets
(core.imports.reader). A large register streams: its checker sets `run.sink` (a staging table
inside the transaction, core.imports.staging), so checked rows never pile up in memory, and its
`match` and `write` work on that table in SQL; or, into a register still empty, the rows are written
straight into the register's table in batches (then the batch's id is reserved first: `run.batch_id`).
`match` may also link rows to records already there
(dossiers taken in offline, then exported by the province's system): it returns (inserted, updated)
or (inserted, updated, linked).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import insert
from sqlalchemy.orm import Session

from core import clock
from core.errors import ImportFailed, RowError
from core.imports.reader import FAULTY, Column, Header, find_header, iter_rows, parse_rows, tolerant_header
from core.messages import Problem, problem


@dataclass
class Run:
    """One import under way: what the register's hooks read and add to."""

    importer: "Importer"
    path: Path
    user: str | None
    session: Session
    header: Header
    today: date
    progress: Callable[[int, int | None], None] | None = None
    errors: list[Problem] = field(default_factory=list)
    records: list = field(default_factory=list)
    # The profile the file was read with (None: the register's own layout, without profiles).
    profile: Any = None
    # Where checked records go instead of `records` (a staging table's `add`), and how many went.
    sink: Callable[[Any], None] | None = None
    kept: int = 0
    # The import batch's id when the register wrote its rows before the batch row (reserved inside
    # the transaction, which holds the write lock); None: the database gives it.
    batch_id: int | None = None
    # What the register's hooks share: lookups the checker loaded, what the rows found (new names).
    state: dict[str, Any] = field(default_factory=dict)
    # Called when the import ends, however it ends, inside its transaction (a writer thread joined).
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    def label(self, key: str) -> str:
        """The column as the file writes it, or its standard Vietnamese name when the file lacks it."""
        if key in self.header.labels:
            return self.header.labels[key]
        return next(c.label for c in self.importer.columns if c.key == key)

    def error(self, row: int, key: str | None, code: str | Problem, **params) -> None:
        """A problem at `row`, in the column of `key` (None: the row as a whole)."""
        p = code if isinstance(code, Problem) else problem(code, **params)
        self.errors.append(p.at(row, self.label(key) if key else None))

    def keep(self, record) -> None:
        """A checked record, to be written once the whole file is found right."""
        if self.sink is not None:
            self.sink(record)
        else:
            self.records.append(record)
        self.kept += 1


IMPORT_LOCK = "communedesk.import"  # the key imports queue on (core.db.serialise)


class Importer:
    """A register's import. Subclasses set `kind` and `columns` and write `checker` and `write`;
    the other hooks have defaults. An instance is what core.imports registers and runs:
    `importer(db, path, user=..., progress=...) -> ImportResult`."""

    kind: str
    columns: list[Column]
    progress_every = 500  # checked records between two progress reports
    # Header cells may carry a unit or a mark: "Đơn giá dự kiến (đồng)", "Cần bổ sung (*)".
    tolerant_header = False
    # Whether files may come in other systems' layouts (import profiles).
    profiled = False
    # Whether a row with a bad or missing cell still goes through the row's rules (its bad cells None),
    # so that every bad cell of it is reported at once (the checker must take None for any column).
    check_partial = False

    # ------------------------------------------------------------ the hooks
    def read(self, path: Path) -> Iterator[tuple[int, list]]:
        return iter_rows(path)

    def layouts(self, session: Session, profile) -> list | None:
        """The profiles a file may be in (`profile`: None for any, a name, or a Profile); None for
        a register without profiles."""
        if profile is not None:
            raise ImportFailed("profile.dossiers_only")
        return None

    def header(self, rows: Iterator[tuple[int, list]], layouts: list | None) -> tuple[Header, Iterator, Any]:
        """The header, the rows below it, and the profile it was read with (None: no profiles)."""
        header, rest = self.find_header(rows)
        return header, rest, None

    def find_header(self, rows: Iterator[tuple[int, list]]) -> tuple[Header, Iterator]:
        return (tolerant_header if self.tolerant_header else find_header)(rows, self.columns)

    def data_rows(self, rows: Iterator[tuple[int, list]], header: Header) -> Iterator[tuple[int, list]]:
        """The rows below the header that are data (default: all; a total row may be dropped)."""
        return rows

    def checker(self, run: Run) -> Callable[[int, dict[str, Any]], Any]:
        """The register's rules for one row: loads what they need from the database (run.session),
        and returns `check(row, values)`, which adds the row's problems (run.error) and returns the
        record to write (None, or any problem added: the row is not kept)."""
        raise NotImplementedError

    def finish(self, run: Run) -> None:
        """Rules across rows, once every row is checked (problems are sorted by row afterwards)."""

    def match(self, run: Run) -> tuple[int, ...]:
        """Which records are new and which update a record already there: (inserted, updated), or
        (inserted, updated, linked) for rows linked to records found by other means than their key."""
        return len(run.records), 0

    def write(self, run: Run, batch_id: int) -> None:
        """Insert and update the records, each linked to the import batch `batch_id`."""
        raise NotImplementedError

    # ------------------------------------------------------------ the skeleton
    def __call__(self, db, path, user: str | None = None, progress=None, profile=None):
        from core.db import serialise, transaction
        from core.imports import ImportResult
        from core.models import ImportBatch

        path = Path(path)
        layouts = None
        if self.profiled:
            with transaction(db.sessions, write=False) as s:
                layouts = self.layouts(s, profile)
        else:
            self.layouts(None, profile)
        header, rows, used = self.header(self.read(path), layouts)
        with transaction(db.sessions) as s:
            # Two imports at once on PostgreSQL, one after the other: each matches and links against
            # what the other committed, and their updates never cross (SQLite's writers already queue).
            serialise(s, IMPORT_LOCK)
            run = Run(self, path, user, s, header, clock.today(), progress, profile=used)
            try:
                check, keep, errors, every = self.checker(run), run.keep, run.errors, self.progress_every
                kept = 0
                for row_no, values in parse_rows(self.data_rows(rows, header), header, errors, self.check_partial):
                    bad = len(errors)
                    faulty = values.pop(FAULTY, False) if self.check_partial else False
                    record = check(row_no, values)
                    if faulty or record is None or len(errors) > bad:
                        continue
                    keep(record)
                    kept += 1
                    if progress and kept % every == 0:
                        progress(kept, None)
                self.finish(run)
                if errors:
                    raise ImportFailed(sorted(errors, key=lambda e: e.row or 0))
                if not run.kept:
                    raise ImportFailed(f"import.no_rows.{self.kind}", name=path.name, header=header.row)
                inserted, updated, linked = (tuple(self.match(run)) + (0,))[:3]
                fixed = {} if run.batch_id is None else {"id": run.batch_id}
                batch_id = s.execute(insert(ImportBatch).values(
                    **fixed, kind=self.kind, file_name=path.name, user_name=user, inserted=inserted,
                    updated=updated, linked=linked, skipped=header.skipped)).inserted_primary_key[0]
                self.write(run, batch_id)
                return ImportResult(self.kind, inserted=inserted, updated=updated, linked=linked,
                                    skipped=header.skipped, profile=getattr(used, "name", None),
                                    unread_columns=tuple(header.unread), missing_columns=tuple(header.missing))
            finally:
                for cleanup in run.cleanups:
                    cleanup()


# ---------------------------------------------------------------- helpers of the registers' rules
def label_code(run: Run, row: int, key: str, label: str | None, vocab, unknown: str, *, loose: bool = False):
    """The code of a vocabulary `label` read in column `key` (None for a blank cell); a label the
    vocabulary does not know is the problem `unknown`, with the vocabulary's Vietnamese labels."""
    if not label:
        return None
    if loose:
        from core.vocab import parse_loose

        code = parse_loose(vocab, label)
    else:
        code = vocab.parse(label)
    if code is None:
        run.error(row, key, unknown, value=label, choices=[t.vi for t in vocab.terms])
    return code


def insert_with_history(run: Run, batch_id: int, model, event_model, link: str, event) -> list[int]:
    """Add every record as a new row of `model` (linked to the batch) and one "imported" step in its
    history (`event_model`, linked by `link`; `event(record)` gives the step's own columns)."""
    conn = run.session.connection()
    for r in run.records:
        r["import_batch_id"] = batch_id
    ids = conn.execute(insert(model).returning(model.id, sort_by_parameter_order=True), run.records).scalars().all()
    conn.execute(insert(event_model), [
        {link: rid, "action": "imported", "day": run.today, "from_status": None, "to_status": r["status"],
         "note": run.path.name, "user_name": run.user, **event(r)} for rid, r in zip(ids, run.records)])
    if run.progress:
        run.progress(len(run.records), len(run.records))
    return ids


__all__ = ["Importer", "Run", "RowError", "insert_with_history", "label_code"]
