"""The house's import rules hold (tools/check_imports.py): no circle among core's modules, counting
imports inside functions; no service imports the command layer; core never imports Qt or gui.
And the checker itself finds what it is meant to find."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import check_imports  # noqa: E402


def test_the_repository_keeps_the_import_rules():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "check_imports.py")], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no circle" in r.stdout


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_a_circle_through_an_import_inside_a_function_is_found(tmp_path):
    root = write(tmp_path, {
        "core/__init__.py": "",
        "core/a.py": "from core.b import thing\n",
        "core/b.py": "def thing():\n    from core import c\n",
        "core/c.py": "import importlib\n\ndef f():\n    importlib.import_module('core.a')\n",
        "core/leaf.py": "import core.b\n",
        "gui/__init__.py": "",
    })
    found = check_imports.problems(root)
    assert len(found) == 1 and found[0].startswith("circle of 3 modules: core.a, core.b, core.c"), found
    assert "core.b -> core.c  (core/b.py:2)" in found[0]


def test_relative_imports_and_parent_packages_are_followed(tmp_path):
    # core.returns.figures importing core.exports.xlsx also runs core/exports/__init__, which imports
    # core.returns.figures back: a circle, though no line names the package itself.
    root = write(tmp_path, {
        "core/__init__.py": "",
        "core/exports/__init__.py": "from ..returns.figures import total\n",
        "core/exports/xlsx.py": "",
        "core/returns/__init__.py": "",
        "core/returns/figures.py": "def total():\n    from ..exports import xlsx\n",
        "gui/__init__.py": "",
    })
    found = check_imports.problems(root)
    assert len(found) == 1 and "core.exports, core.returns.figures" in found[0], found


def test_a_package_may_gather_its_own_submodules(tmp_path):
    root = write(tmp_path, {
        "core/__init__.py": "",
        "core/imports/__init__.py": "REGISTRY = {}\n\ndef load():\n    from core.imports import staff, tasks\n",
        "core/imports/staff.py": "from core.imports import REGISTRY\n",
        "core/imports/tasks.py": "from . import REGISTRY\nfrom .staff import REGISTRY as R\n",
        "gui/__init__.py": "",
    })
    assert check_imports.problems(root) == []


def test_services_importing_the_command_layer_and_core_importing_qt_are_reported(tmp_path):
    root = write(tmp_path, {
        "core/__init__.py": "",
        "core/cli/__init__.py": "from core import backup\n",
        "core/cli/common.py": "from core.cli import backup\n",
        "core/backup.py": "def cmd():\n    from core.cli.common import open_db\n",
        "core/draw.py": "def pic():\n    from PySide6.QtGui import QImage\n    import gui.icons\n",
        "gui/__init__.py": "",
        "gui/icons.py": "",
        "gui/launch.py": "from core import cli\n",
        "gui/pages.py": "from core.cli import write_json\n",
        "main.py": "from core.cli import run\n",
    })
    found = check_imports.problems(root)
    # core/cli/__init__ runs whenever core.cli.common is imported: the circle is backup <-> the package
    assert any(p.startswith("circle of 2 modules: core.backup, core.cli\n") for p in found), found
    assert "core.backup imports the command layer core.cli.common (core/backup.py:2)" in found
    assert "gui.pages imports the command layer core.cli (gui/pages.py:1)" in found
    assert "core.draw (core) imports PySide6.QtGui (core/draw.py:2)" in found
    assert "core.draw (core) imports gui.icons (core/draw.py:3)" in found
    assert not any("gui.launch" in p or p.startswith("main ") for p in found), found
