"""The process that reads a workbook for an import (core.imports.untrusted starts it).

python-calamine builds a sheet as one dense block of rows × columns: a file with a single cell at
XFD1048576 asks for 17 billion cells (512 GB), and the allocation's failure aborts the process. So
the sheet is read here, in a child process whose address space is capped (RLIMIT_AS on POSIX): an
absurd sheet ends this process, never the window or the command, which report it as an error.

It imports nothing but the standard library and python-calamine (it is preloaded in the fork server
and must start fast). Messages to the parent, over a one-way pipe:
    ("names", names, hidden)         the workbook's sheets; the hidden ones skipped before the first visible
    ("sheet", name)                  then, for each sheet sent:
    ("rows", [(row, cells), …])        its rows (blank ones left out unless asked), numbered as Excel does
    ("sheet_end", name)
    ("end",)                         every sheet asked for was sent
    ("error", kind, detail)          kind: "no_sheet", "no_visible_sheet", "unreadable", "memory",
                                     "too_many_cells" (calamine's own limit, 100 million cells)
"""
from __future__ import annotations

import sys

BATCH = 1000


def limit_memory(limit: int | None) -> None:
    if not limit or sys.platform == "win32":
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # no such limit here: the parent still survives a crash
        pass


def quiet() -> None:
    """A reader that dies (a Rust allocation failure prints a panic and a backtrace) says nothing on
    the terminal of the command: the parent reports what happened."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def first_visible(book) -> tuple[int | None, list[str]]:
    """The index of the first visible worksheet, and the names of the hidden sheets before it."""
    hidden = []
    for index, meta in enumerate(book.sheets_metadata):
        visible = str(getattr(meta, "visible", "Visible")).rsplit(".", 1)[-1]
        typ = str(getattr(meta, "typ", "WorkSheet")).rsplit(".", 1)[-1]
        if visible == "Visible" and typ == "WorkSheet":
            return index, hidden
        hidden.append(meta.name)
    return None, hidden


def _blank(cells) -> bool:
    for c in cells:
        if c is not None and c != "":
            return False
    return True


def main(conn, path: str, memory_limit: int | None, sheets: list[str] | None = None,
         blank_rows: bool = False) -> None:
    """Send the rows of the first visible worksheet (`sheets` None), or of each sheet named in
    `sheets` that the workbook has; blank rows only with `blank_rows`."""
    limit_memory(memory_limit)
    quiet()
    try:
        try:
            import python_calamine

            book = python_calamine.CalamineWorkbook.from_path(path)
            names = list(book.sheet_names)
            if not names:
                conn.send(("error", "no_sheet", ""))
                return
            if sheets is None:
                index, hidden = first_visible(book)
                if index is None:
                    conn.send(("error", "no_visible_sheet", ", ".join(hidden)))
                    return
                wanted = [index]
            else:
                hidden, wanted = [], [names.index(n) for n in sheets if n in names]
            conn.send(("names", names, hidden))
            for index in wanted:
                _send_sheet(conn, book.get_sheet_by_index(index), names[index], blank_rows)
            conn.send(("end",))
        except MemoryError:
            conn.send(("error", "memory", ""))
        except Exception as exc:  # calamine's own zip, XML and format errors: the parent words them
            kind = "too_many_cells" if "cell limit" in str(exc).lower() else "unreadable"
            conn.send(("error", kind, f"{type(exc).__name__}: {exc}"[:300]))
    except (BrokenPipeError, EOFError, OSError):
        pass  # the parent stopped listening (a refused file, Cancel): nothing more to do
    finally:
        try:
            conn.close()
        except OSError:
            pass


def _send_sheet(conn, sheet, name: str, blank_rows: bool) -> None:
    conn.send(("sheet", name))
    batch: list = []
    # iter_rows starts at the sheet's first row (row 1): the count is Excel's row number. With
    # `blank_rows`, the rows as to_python() gives them (from the first row with something in it).
    for row, cells in enumerate(sheet.to_python() if blank_rows else sheet.iter_rows(), start=1):
        if not blank_rows and _blank(cells):
            continue
        batch.append((row, cells))
        if len(batch) == BATCH:
            conn.send(("rows", batch))
            batch = []
    if batch:
        conn.send(("rows", batch))
    conn.send(("sheet_end", name))
