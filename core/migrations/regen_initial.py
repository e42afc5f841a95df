"""Maintainer tool, before the first release only: rewrite versions/0001_initial.py from the models.

    python -m core.migrations.regen_initial
"""
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from core.schema import MIGRATIONS, autogenerate

if __name__ == "__main__":
    versions = MIGRATIONS / "versions"
    for old in versions.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        autogenerate(create_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite'}"), "initial schema", rev_id="0001")
    print("written:", *sorted(p.name for p in versions.glob("0001_*.py")))
