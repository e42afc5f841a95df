"""Maintainer tool, before the first release only: rewrite versions/0001_initial.py from the models.

    python -m core.migrations.regen_initial

Later revisions (0002 onwards: things autogenerate cannot see, such as triggers) are kept: they are
set aside while 0001 is generated against an empty database, then put back.
"""
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from core.schema import MIGRATIONS, autogenerate

if __name__ == "__main__":
    versions = MIGRATIONS / "versions"
    for old in versions.glob("0001_*.py"):
        old.unlink()
    later = sorted(versions.glob("[0-9][0-9][0-9][0-9]_*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        parked = Path(tmp) / "later"
        parked.mkdir()
        for p in later:
            shutil.move(str(p), str(parked / p.name))
        try:
            autogenerate(create_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite'}"), "initial schema", rev_id="0001")
        finally:
            for p in later:
                shutil.move(str(parked / p.name), str(p))
    print("written:", *sorted(p.name for p in versions.glob("0001_*.py")))
