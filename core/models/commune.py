from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import LIMITED, Base, Timestamps


class Commune(Base):
    """The one commune this database belongs to (a single row)."""

    __tablename__ = "commune"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200))
    # Short prefix of generated dossier codes; the place name printed on documents.
    code_prefix: Mapped[str] = mapped_column(String(20), default="HS")
    place_name: Mapped[str | None] = mapped_column(String(200))
    chairperson: Mapped[str | None] = mapped_column(String(200))


class Setting(Base):
    """Office settings as key/value text (typed and defaulted in core.settings)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, info={**LIMITED, "field_from": "key"})  # said at its key


class HolidayOverride(Base):
    """The office's own calendar corrections: extra days off and make-up working days."""

    __tablename__ = "holiday_override"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # day_off | working_day
    note: Mapped[str | None] = mapped_column(String(300))


class ImportBatch(Base):
    """One successful import: what file, when, how many rows (imported rows point here)."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    # Dossiers: rows linked to a dossier taken in offline, rows skipped (not received yet).
    linked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    user_name: Mapped[str | None] = mapped_column(String(100))


class ImportProfile(Base, Timestamps):
    """A layout of another system's export, mapped once by a clerk and saved under a name: which
    source column feeds which field, how its values translate, how its dates are written (the
    mapping's JSON, core.imports.profiles)."""

    __tablename__ = "import_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default="dossiers")
    name: Mapped[str] = mapped_column(String(200))
    # Folded name: one profile per name, whatever its case or diacritics.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    mapping: Mapped[str] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(String(100))
