"""Build the one-folder program with PyInstaller: `python packaging/build.py [--dist DIR] [--work DIR]`.

The result is DIST/communedesk/ with the programs `communedesk` (console) and `communedesk-gui`
(no console; the same on Linux), and everything they need in `_internal/`. PyInstaller builds for
the system it runs on: a Windows build is made on Windows (packaging/README.md).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def build(dist: Path, work: Path) -> Path:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "communedesk.spec")],
                   check=True, cwd=ROOT)
    folder = dist / "communedesk"
    print(f"built {folder} in {time.monotonic() - started:.0f} s")
    return folder


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder is written (default: dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = p.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
