"""The program's entry point: `python main.py …` and the installed `communedesk …` console script
both call `main()`. With a command it hands over to the command layer (core.cli); without one it
opens the window (gui.app), once gui.system_libs found the system libraries Qt's platform plugin
needs (else it names the packages to install and exits with status 3).

Why here: the entry may open the window, and core never imports the window (nor Qt), so the
launcher cannot live in core; it lives beside the window instead, as the only module that knows
both. It imports no Qt at module level, and neither do the modules it reads its choices from
(gui.pages, gui.languages): a plain command never loads PySide6, and Qt is imported only once the
window is really wanted (tests/test_launch.py checks both).
"""
from __future__ import annotations

import argparse
import sys

from core import cli
from gui.languages import LANGUAGES
from gui.pages import page_keys


def add_window_options(p: argparse.ArgumentParser) -> None:
    """The options of the window itself (used when no command is given)."""
    p.add_argument("--screenshot", metavar="OUT.png", help="open the window, save a picture of a page, exit")
    p.add_argument("--page", choices=page_keys(), default="dashboard", help="page for --screenshot")
    p.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    p.add_argument("--lang", choices=list(LANGUAGES), help="language of the window (default: the saved setting, vi)")


def build_parser() -> argparse.ArgumentParser:
    p = cli.build_parser()
    add_window_options(p)
    return p


def _is_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    # A frozen build is started again as the child that reads an untrusted workbook (and as
    # multiprocessing's resource tracker): those runs must become the child, not parse a command.
    import multiprocessing

    multiprocessing.freeze_support()
    unreadable = next((a for a in (sys.argv[1:] if argv is None else argv) if not _is_text(a)), None)
    if unreadable is not None:  # bytes that are no UTF-8 text (a broken terminal or script)
        print(f"error: an argument is not valid text: {unreadable.encode('utf-8', 'backslashreplace').decode()}",
              file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    if args.command is None:
        from gui import system_libs

        status = system_libs.check()  # before PySide6 loads Qt's platform plugin, which would abort
        if status:
            return status
        from gui.app import run_gui

        return run_gui(args)
    return cli.run_command(args)


if __name__ == "__main__":
    sys.exit(main())
