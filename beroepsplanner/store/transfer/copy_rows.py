"""The rows of every table from one open connection to another: the generic half of
``beroepsplanner db copy`` (``copy.py``), and of a server's back-up and restore.

The tables are the models' (``Base.metadata.sorted_tables``: a table after the tables it
refers to), whatever columns they have, so a column added by a later migration is
copied without a change here. Each table is read in the order of its primary key and
written in batches (one ``executemany`` per batch); SQLAlchemy's column types carry
every value across (a date, a boolean, a JSON value, a time), whichever kind of
database either end is. A table that refers to itself (a chain that follows another, a
pupil's earlier record) is written parents first, so a server's foreign keys, which are
checked at once, always hold.

Nothing here begins or ends a transaction: the caller holds one on each end
(``copy.py``). A failing statement is raised as ``ReadFailure`` (the source) or
``WriteFailure`` (the target), so the caller can name the end in its message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Connection,
    Integer,
    MetaData,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import DBAPIError

BATCH_ROWS = 2000
"""Rows per ``executemany``: large enough to be fast, small enough for little memory."""


@dataclass(frozen=True)
class CopyStep:
    """One table copied: what a progress line shows."""

    table: str
    number: int
    """1 for the first table."""
    tables: int
    rows: int


Progress = Callable[[CopyStep], None]


class ReadFailure(Exception):
    """A statement on the source failed; ``error`` is SQLAlchemy's."""

    def __init__(self, error: DBAPIError, table: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.table = table


class WriteFailure(Exception):
    """A statement on the target failed; ``error`` is SQLAlchemy's."""

    def __init__(self, error: DBAPIError, table: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.table = table


def copied_tables() -> list[Table]:
    """The tables a copy writes, parents first: the models' tables, with one change for
    copying (see ``_for_copying``). ``alembic_version`` is not among them: each end keeps
    its own, and both are at the same revision before anything is copied."""
    from beroepsplanner.store.models import Base

    copies = MetaData()
    tables = [table.to_metadata(copies) for table in Base.metadata.sorted_tables]
    for table in tables:
        _for_copying(table)
    return tables


def _for_copying(table: Table) -> None:
    """A JSON column that may be NULL keeps SQL NULL as NULL (SQLAlchemy would write
    Python's None as the JSON value ``null`` otherwise). A column that may not be NULL
    keeps the default, so a JSON ``null`` stays one."""
    for column in table.columns:
        if isinstance(column.type, JSON) and column.nullable:
            column.type = JSON(none_as_null=True)


def tables_with_rows(connection: Connection, tables: Iterable[Table]) -> list[str]:
    """The names of the ``tables`` that hold at least one row."""
    found = []
    for table in tables:
        if connection.execute(select(exists().select_from(table))).scalar():
            found.append(table.name)
    return found


def clear_tables(connection: Connection, tables: Sequence[Table]) -> None:
    """Delete every row of ``tables`` (children first), inside the caller's transaction.

    On PostgreSQL one ``TRUNCATE`` of all of them: fast, and it locks the tables until
    the transaction ends, so no colleague writes between the clearing and the copy.
    """
    if connection.dialect.name == "postgresql":
        preparer = connection.dialect.identifier_preparer
        names = ", ".join(preparer.format_table(table) for table in tables)
        connection.execute(text(f"TRUNCATE {names}"))
        return
    for table in reversed(tables):
        connection.execute(delete(table))


def copy_tables(
    source: Connection,
    target: Connection,
    tables: Sequence[Table],
    *,
    progress: Progress | None = None,
) -> int:
    """Copy every row of ``tables`` (parents first) from ``source`` to ``target``; returns
    the number of rows. ``progress`` hears of each table when it is done."""
    total = 0
    for number, table in enumerate(tables, start=1):
        rows = copy_table(source, target, table)
        total += rows
        if progress is not None:
            progress(CopyStep(table.name, number, len(tables), rows))
    return total


def copy_table(source: Connection, target: Connection, table: Table) -> int:
    """Copy the rows of ``table``; returns how many."""
    references = _self_references(table)
    query = select(table).order_by(*table.primary_key.columns)
    try:
        # On the statement, not the connection (that would keep streaming for every later
        # statement, a TRUNCATE on the same connection included).
        result = source.execute(query.execution_options(yield_per=BATCH_ROWS))
    except DBAPIError as exc:
        raise ReadFailure(exc, table.name) from exc
    write = _copy_in if target.dialect.name == "postgresql" else _insert
    if not references:
        count = 0
        for batch in _batches(result.mappings(), table.name):
            write(target, table, batch)
            count += len(batch)
        return count
    rows = [row for batch in _batches(result.mappings(), table.name) for row in batch]
    ordered, later = _parents_first(rows, references)
    for start in range(0, len(ordered), BATCH_ROWS):
        write(target, table, ordered[start : start + BATCH_ROWS])
    if later:
        # A circle of rows that refer to each other: written without those references
        # first, then given them (a foreign key that refers to its own table may be NULL
        # here; one that may not could not have a circle in the source either).
        columns = [column for column, _ in references]
        _insert(target, table, [{**row, **dict.fromkeys(columns)} for row in later])
        key = [column.key for column in table.primary_key.columns]
        statement = update(table).where(
            *(table.c[name] == bindparam(f"key_{name}") for name in key)
        ).values({name: bindparam(f"new_{name}") for name in columns})
        values = [
            {**{f"key_{name}": row[name] for name in key}, **{f"new_{name}": row[name] for name in columns}}
            for row in later
        ]
        _write(target, statement, values, table.name)
    return len(rows)


def _batches(rows: Iterable[RowMapping], table: str) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while True:
        batch: list[dict[str, Any]] = []
        try:
            for row in iterator:
                batch.append(dict(row))
                if len(batch) == BATCH_ROWS:
                    break
        except DBAPIError as exc:
            raise ReadFailure(exc, table) from exc
        if not batch:
            return
        yield batch
        if len(batch) < BATCH_ROWS:
            return


def _insert(target: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``rows`` into ``table`` with one ``executemany``."""
    _write(target, insert(table), rows, table.name)


def _copy_in(target: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``rows`` into ``table`` on PostgreSQL with ``COPY … FROM STDIN`` (psycopg's
    ``Cursor.copy``): several times faster than an INSERT per row, and inside the same
    transaction. Each value first goes through its column type's own conversion, as an
    INSERT would do it (a JSON value, say); psycopg writes the rest (dates, booleans)."""
    import psycopg

    dialect = target.dialect
    columns = list(table.columns)
    convert = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    preparer = dialect.identifier_preparer
    names = ", ".join(preparer.quote(column.name) for column in columns)
    statement = f"COPY {preparer.format_table(table)} ({names}) FROM STDIN"
    raw = cast("psycopg.Connection[Any]", target.connection.dbapi_connection)
    keys = [column.key for column in columns]
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        row[key] if step is None else step(row[key])
                        for key, step in zip(keys, convert, strict=True)
                    ]
                )
    except psycopg.Error as exc:
        # The same error SQLAlchemy would raise (IntegrityError, DataError, ...).
        error = DBAPIError.instance(statement, None, exc, psycopg.Error)
        assert isinstance(error, DBAPIError)
        raise WriteFailure(error, table.name) from exc


def _write(target: Connection, statement: Any, rows: list[dict[str, Any]], table: str) -> None:
    if not rows:
        return
    try:
        target.execute(statement, rows)
    except DBAPIError as exc:
        raise WriteFailure(exc, table) from exc


def _self_references(table: Table) -> list[tuple[str, str]]:
    """(column, referred column) of every foreign key of ``table`` to ``table`` itself."""
    return [
        (key.parent.key, key.column.key)
        for key in table.foreign_keys
        if key.column.table is table
    ]


def _parents_first(
    rows: list[dict[str, Any]], references: list[tuple[str, str]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``rows`` in an order in which every row comes after the rows it refers to, and
    the rows of a circle (none in a sound database) that no order can place."""
    present = {referred: {row[referred] for row in rows} for _, referred in references}
    placed: dict[str, set[Any]] = {referred: set() for _, referred in references}
    ordered: list[dict[str, Any]] = []
    pending = rows
    while pending:
        waiting = []
        for row in pending:
            ready = all(
                row[column] is None
                or row[column] in placed[referred]
                or row[column] not in present[referred]
                for column, referred in references
            )
            if ready:
                ordered.append(row)
                for _, referred in references:
                    placed[referred].add(row[referred])
            else:
                waiting.append(row)
        if len(waiting) == len(pending):
            return ordered, waiting
        pending = waiting
    return ordered, []


def set_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """On PostgreSQL: every serial or identity column's sequence continues after the
    largest value copied, so a new row gets a fresh id. SQLite needs nothing: its
    AUTOINCREMENT counter follows the largest id ever written by itself."""
    if connection.dialect.name != "postgresql":
        return
    preparer = connection.dialect.identifier_preparer
    for table in tables:
        quoted = preparer.format_table(table)
        for column in table.columns:
            if not isinstance(column.type, Integer):
                continue
            sequence = connection.execute(
                select(func.pg_get_serial_sequence(quoted, column.name))
            ).scalar()
            if sequence is None:
                continue
            highest = connection.execute(select(func.max(column))).scalar()
            connection.execute(
                text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
                {"sequence": sequence, "value": highest or 1, "called": highest is not None},
            )


def largest(connection: Connection, table: Table, column: str) -> int:
    """The largest value of ``column`` in ``table`` (0 when it has no rows)."""
    return int(connection.execute(select(func.max(table.c[column]))).scalar() or 0)
