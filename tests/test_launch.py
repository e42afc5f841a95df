"""The entry point: `python main.py` and the installed `communedesk` script are one function
(gui.launch.main); a command never loads Qt; the parser's choices are the services' own registries."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import core.audit
import core.auth
import gui.pages
from core.imports import IMPORTERS, import_kinds
from gui import launch
from gui.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
REGISTER = ROOT / "tests" / "data" / "so-theo-doi-ho-so-2025-07.xlsx"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def parses(*argv) -> bool:
    try:
        launch.build_parser().parse_args(list(argv))
    except SystemExit:
        return False
    return True


# ---------------------------------------------------------------- choices from the registries
def test_import_kinds_are_the_importers_registry(monkeypatch):
    assert import_kinds() == ["dossiers", "staff", "staffing", "equipment", "recommendations", "tasks", "training",
                              "sites"]
    assert all(parses("import", kind, "f.xlsx") for kind in import_kinds())
    assert not parses("import", "wells", "f.xlsx")
    monkeypatch.setitem(IMPORTERS, "wells", lambda db, path, user=None, progress=None: None)
    assert parses("import", "wells", "f.xlsx")
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", "--help"], capture_output=True, text=True,
                       cwd=ROOT, env=ENV, timeout=300)
    # argparse wraps the list at the help's column (wider since --map MAPPING.json).
    assert "dossiers, staff, staffing, equipment, recommendations, tasks, training, sites" in " ".join(r.stdout.split())


def test_the_choices_are_read_only_when_needed():
    """Building the parser loads no registry: `--help` and the commands that do not import stay light."""
    code = ("import sys; from gui.launch import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('core.imports', 'core.auth', 'core.audit', "
            "'sqlalchemy', 'PySide6'))))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stdout + r.stderr


def test_roles_are_core_auths(monkeypatch):
    assert all(parses("user", "add", "an", "--role", role) for role in core.auth.ROLES)
    assert not parses("user", "add", "an", "--role", "auditor")
    monkeypatch.setattr(core.auth, "ROLES", core.auth.ROLES + ("auditor",))
    assert parses("user", "add", "an", "--role", "auditor")


def test_audit_actions_are_core_audits(monkeypatch):
    assert all(parses("audit", "--action", a) for a in core.audit.ACTIONS)
    assert not parses("audit", "--action", "seal")
    monkeypatch.setattr(core.audit, "ACTIONS", core.audit.ACTIONS + ("seal",))
    assert parses("audit", "--action", "seal")


def test_the_trail_refuses_an_action_it_does_not_declare(db):
    from core.db import transaction

    with pytest.raises(ValueError, match="seal"):
        with transaction(db.sessions) as s:
            core.audit.record(s, "seal", "finalised_return", 1)


def test_pages_and_languages_are_the_windows(monkeypatch):
    assert gui.pages.page_keys() == [key for key, *_ in gui.pages.PAGES]
    assert all(parses("--page", key) for key in gui.pages.page_keys())
    assert not parses("--page", "later")
    monkeypatch.setattr(gui.pages, "PAGES", gui.pages.PAGES + [("later", "gui.pages.later", "LaterPage", "Sau")])
    assert parses("--page", "later")
    assert all(parses("--lang", lang) for lang in LANGUAGES) and not parses("--lang", "fr")


# ---------------------------------------------------------------- command or window
def test_without_a_command_the_window_opens(monkeypatch, tmp_path):
    import gui.app

    seen = []
    monkeypatch.setattr(gui.app, "run_gui", lambda args: seen.append(args) or 7)
    assert launch.main(["--db", str(tmp_path / "x.sqlite"), "--page", "staff", "--lang", "en"]) == 7
    assert seen[0].command is None and (seen[0].page, seen[0].lang) == ("staff", "en")


def test_a_plain_command_imports_no_qt(tmp_path):
    """init, import, a report in every format, the trail and the accounts: not one Qt module loaded."""
    db, out = tmp_path / "q.sqlite", tmp_path / "out"
    code = textwrap.dedent(f"""
        import sys
        from gui.launch import main
        db = {str(db)!r}
        runs = [["init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội"],
                ["import", "dossiers", {str(REGISTER)!r}],
                ["report", "--month", "2025-07", "--json", {str(out)!r} + ".json",
                 "--xlsx", {str(out)!r} + ".xlsx", "--pdf", {str(out)!r} + ".pdf"],
                ["audit", "--limit", "1"], ["user", "list"], ["returns", "status"]]
        codes = [main(["--db", db, *argv]) for argv in runs]
        loaded = sorted(m for m in sys.modules
                        if m.split(".")[0] in ("PySide6", "shiboken6") or m in ("gui.app", "gui.main_window"))
        print("RESULT", codes, loaded)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "RESULT [0, 0, 0, 0, 0, 0] []", r.stdout + r.stderr
    assert all((tmp_path / f"out.{ext}").stat().st_size > 0 for ext in ("json", "xlsx", "pdf"))


# ---------------------------------------------------------------- the console script
def test_the_console_script_is_the_launcher():
    import main as entry

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"communedesk": "gui.launch:main"}
    assert entry.main is launch.main


def test_the_installed_communedesk_does_what_main_py_does(tmp_path):
    script = shutil.which("communedesk", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the communedesk script is not installed in this environment (pip install -e . installs it)")
    installed = [ep.value for ep in metadata.entry_points(group="console_scripts") if ep.name == "communedesk"]
    assert installed == ["gui.launch:main"]
    runners = {"script": [script], "main.py": [sys.executable, str(ROOT / "main.py")]}

    def both(*argv, db=True):
        out = {}
        for name, runner in runners.items():
            target = ["--db", str(tmp_path / f"{name}.sqlite")] if db else []
            out[name] = subprocess.run([*runner, *target, *argv], capture_output=True, text=True, env=ENV,
                                       timeout=300)
        return out["script"], out["main.py"]

    a, b = both("init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    assert (a.returncode, b.returncode) == (0, 0), a.stderr + b.stderr
    assert a.stdout == f"database ready: {tmp_path / 'script.sqlite'}\n"
    a, b = both("import", "dossiers", str(REGISTER))
    assert a.stdout == b.stdout == "dossiers: 14 added, 0 updated\n"
    a, b = both("report", "--month", "2025-07", "--json", "-")
    assert (a.returncode, b.returncode) == (0, 0), a.stderr + b.stderr
    assert json.loads(a.stdout) == json.loads(b.stdout) and json.loads(a.stdout)["dossiers"]["total"]["received"] == 10
    a, b = both("report", "--month", "2025-07")  # an expected failure: the same message and status
    assert (a.returncode, b.returncode) == (1, 1) and a.stderr == b.stderr != ""
    a, b = both("--help", db=False)
    assert (a.returncode, b.returncode) == (0, 0) and a.stdout == b.stdout and "consolidate" in a.stdout


# ---------------------------------------------------------------- Qt's system libraries, before Qt
def test_the_missing_xcb_libraries_are_named_by_their_packages():
    from gui import system_libs

    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    display = {"DISPLAY": ":0"}
    assert system_libs.missing_packages(display, "linux", lambda so: so not in absent) == \
        ["libxcb-icccm4", "libxcb-keysyms1"]
    text = system_libs.advice(["libxcb-icccm4", "libxcb-keysyms1"])
    assert "    sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    # What Qt would not use is not checked: a chosen platform, no display, another system.
    nothing = lambda so: False  # noqa: E731
    assert system_libs.missing_packages({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", nothing) == []
    assert system_libs.missing_packages({}, "linux", nothing) == []
    assert system_libs.missing_packages(display, "win32", nothing) == []
    wayland = system_libs.missing_packages({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda so: "wayland" not in so)
    assert wayland == ["libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux only")
def test_every_library_checked_is_one_this_machine_loads():
    """The sonames are the real ones (this machine runs the window under Xvfb): none is reported."""
    from gui import system_libs

    assert system_libs.missing_packages({"DISPLAY": ":0"}, "linux") == []


def test_the_window_is_not_started_when_libraries_are_missing():
    """The check runs before PySide6 is imported, prints the one apt line and exits non-zero."""
    code = textwrap.dedent("""
        import sys
        from gui import launch, system_libs
        system_libs.loads = lambda so: so not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
        status = launch.main(["--db", "nowhere.sqlite"])
        print("status", status, "qt", any(m.startswith("PySide6") for m in sys.modules))
    """)
    env = {k: v for k, v in ENV.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":0"
    env["PYTHONPATH"] = str(ROOT)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert r.stdout.strip() == "status 3 qt False", r.stdout + r.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in r.stderr
