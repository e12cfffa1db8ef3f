"""A whole school year as rows: taken away and put back exactly (the undo of ``year new``).

The window's Bestand > Nieuw schooljaar is one step on the undo stack. Its undo removes
everything the move made — the school year and every row that hangs on it through a
foreign key with ON DELETE CASCADE: classes, where they came from, pupils, chains, their
lessons and role models — and sets the locks of the other years back; its redo puts the
very same rows back (same ids, same UIDs, same revisions), so that a command further up
the stack still finds the class or chain it refers to.

``take_year_rows`` reads them right after the move, ``remove_year_rows`` deletes them and
``put_back_year_rows`` inserts them again. The statements go through the session, so the
change log records every row (``store/change_log.py``), and they bypass the ORM's flush:
no ``CancelledChain`` is left for chains that never reached a calendar.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Base, SchoolYearRow
from beroepsplanner.store.write_locks import exclusive
from beroepsplanner.store.years import refuse_existing_year

_CHUNK = 500
"""Ids per ``IN (...)``: well below SQLite's limit of bound values."""


@dataclass(frozen=True)
class YearRows:
    """The rows of one school year, per table, parents first (each row as a tuple of its
    column values in the table's column order)."""

    label: str
    tables: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]

    def count(self, table: str) -> int:
        return next((len(rows) for name, rows in self.tables if name == table), 0)


def _cascades(table: Table) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of ``table`` with ON DELETE CASCADE."""
    return [
        (fk.parent.name, fk.column.table.name)
        for fk in table.foreign_keys
        if (fk.ondelete or "").upper() == "CASCADE"
    ]


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def take_year_rows(session: Session, label: str) -> YearRows:
    """Every row of school year ``label`` and of what hangs on it (see the module)."""
    session.flush()
    year_id = session.scalar(select(SchoolYearRow.id).where(SchoolYearRow.label == label))
    if year_id is None:
        raise InvalidInputError(
            f"Er is geen schooljaar {label}.", key="school-year-missing", year=label
        )
    ids: dict[str, list[Any]] = {SchoolYearRow.__tablename__: [year_id]}
    tables: list[tuple[str, tuple[tuple[Any, ...], ...]]] = []
    for table in Base.metadata.sorted_tables:
        rows = _rows_of(session, table, ids)
        if not rows:
            continue
        tables.append((table.name, rows))
        key = list(table.primary_key.columns)
        if len(key) == 1:
            position = list(table.columns).index(key[0])
            ids[table.name] = [row[position] for row in rows]
    return YearRows(label, tuple(tables))


def _rows_of(session: Session, table: Table, ids: dict[str, list[Any]]) -> tuple[tuple[Any, ...], ...]:
    if table.name == SchoolYearRow.__tablename__:
        where = [table.c.id.in_(ids[table.name])]
        return tuple(tuple(r) for r in session.execute(select(table).where(*where)))
    found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    key = [list(table.columns).index(c) for c in table.primary_key.columns]
    for column, parent in _cascades(table):
        for chunk in _chunks(ids.get(parent, [])):
            for row in session.execute(select(table).where(table.c[column].in_(chunk))):
                found[tuple(row[i] for i in key)] = tuple(row)
    return tuple(found[k] for k in sorted(found, key=repr))


def year_rows_unchanged(session: Session, rows: YearRows) -> bool:
    """Whether school year ``rows.label`` holds exactly ``rows`` now."""
    try:
        return take_year_rows(session, rows.label) == rows
    except InvalidInputError:
        return False


def remove_year_rows(session: Session, rows: YearRows) -> None:
    """Delete ``rows`` (children first), the school year last.

    Refuses (Dutch, keyed) when the year no longer holds exactly these rows: something
    was added or changed there since (a row's version counts), and would be lost without
    a trace. Takes the move's lock first (``write_locks.exclusive``).
    """
    exclusive(session)
    if not year_rows_unchanged(session, rows):
        raise InvalidInputError(
            f"Schooljaar {rows.label} is veranderd sinds het gemaakt is; het kan niet meer "
            "in één stap terug. Er is niets veranderd.",
            key="next-year-changed-since",
            year=rows.label,
        )
    metadata = Base.metadata
    for name, table_rows in reversed(rows.tables):
        table = metadata.tables[name]
        key = next(iter(table.primary_key.columns))
        position = list(table.columns).index(key)
        values = sorted({row[position] for row in table_rows})
        for chunk in _chunks(values):
            session.execute(delete(table).where(key.in_(chunk)))
    session.expire_all()


def put_back_year_rows(session: Session, rows: YearRows) -> None:
    """Insert ``rows`` again, parents first, exactly as they were taken (under the move's
    lock; refused, in Dutch, when another program made the year meanwhile)."""
    exclusive(session)
    refuse_existing_year(session, rows.label)
    metadata = Base.metadata
    for name, table_rows in rows.tables:
        table = metadata.tables[name]
        columns = [c.name for c in table.columns]
        for chunk in _chunks(list(table_rows)):
            session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in chunk])
    session.expire_all()
