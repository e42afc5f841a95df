"""A register as it stood on a day (domain.md, "As of T"): a record's status on a day is read from its
history, the event table its state machine writes (core.workflow): the `to_status` of the last status
change written among those dated on or before the day. The state machines refuse a step dated before
the previous one, so the order written is the order of the days; where a day may be given earlier
than a step already written (a site problem's resolved date), the later word wins. A record with no
status change on or before the day did not exist on it, and is left out of a return that speaks for
that day.

What counts as a status change: an event that sets a status different from the one before it (or the
first one: proposed, raised, recorded, imported). An edit of a record's details (`edited`, from and to
the same status) is not one: its day is the day of the edit, and a step entered late may be dated
before it.

A record imported without history has one `imported` event, dated the day of the import; a register
may date it from the record's own date instead (`own_day`: a recommendation's date raised), so the
imported status holds from that day on.

Each rule is a correlated scalar subquery over the record's row, so a section counts or groups by
the status on T in one statement that walks the event table by its index on the record's id.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, or_, select


def event_day(events, action: str = "action", own_day=None, first: tuple[str, ...] = ("imported",)):
    """The day an event counts from: its own day, or for the first events (`first`) the record's own
    date when it has one (`own_day`, a column of the record)."""
    if own_day is None:
        return events.day
    return case((getattr(events, action).in_(first), func.coalesce(own_day, events.day)), else_=events.day)


def status_on(record, events, link: str, day: date, *, action: str = "action", own_day=None,
              first: tuple[str, ...] = ("imported",)):
    """The status `record` (its ORM class) had on `day`, from `events` (the ORM class of its history,
    linked by the column `link`): NULL when it had none yet (recorded after `day`)."""
    when = event_day(events, action, own_day, first)
    link_col = getattr(events, link)
    return (select(events.to_status)
            .where(link_col == record.id, events.to_status.is_not(None),
                   or_(events.from_status.is_(None), events.from_status != events.to_status), when <= day)
            .order_by(events.id.desc())
            .limit(1)
            .correlate(record)
            .scalar_subquery())


def statuses_on(session, events, link: str, ids, day: date, *, action: str = "action") -> dict[int, str]:
    """id → status on `day` of the records `ids`, from their history (those with none are missing):
    the same rule as `status_on`, for a list of records already found (e.g. a return's annex)."""
    link_col = getattr(events, link)
    out: dict[int, str] = {}
    ids = list(ids)
    for i in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        chunk = ids[i:i + 900]
        rows = session.execute(
            select(link_col, events.to_status)
            .where(link_col.in_(chunk), events.to_status.is_not(None),
                   or_(events.from_status.is_(None), events.from_status != events.to_status), events.day <= day)
            .order_by(link_col, events.id))
        for rid, status in rows:
            out[rid] = status  # the last one on or before the day wins
    return out

