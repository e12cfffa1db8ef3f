"""Locks for writers that must not run at the same time as another one.

Every change is one transaction, but a transaction alone does not keep two writers from
reading the same state and both acting on it: two ``year new`` runs would both find no
new year and both make one; two imports would both find a company missing and both add
it. The database's own locks keep them apart, the same way on both kinds:

* ``lock_for_writing(session)``: on SQLite ``BEGIN IMMEDIATE``, the file's one write
  lock, taken before the transaction reads what it is about to change (Python's sqlite3
  begins a transaction only at the first INSERT/UPDATE/DELETE, so the reads before it
  would otherwise see a state another writer may still change). On PostgreSQL nothing:
  there the rows themselves are locked (``SELECT … FOR UPDATE``, ``store/row_versions.py``).
* ``exclusive(session, name)``: one writer of ``name`` at a time, held until the
  transaction ends (commit or rollback, also when the program dies): on PostgreSQL a
  transaction-scoped advisory lock (``pg_advisory_xact_lock``), on SQLite the write lock
  above. The second writer waits (up to ``LONG_WAIT_S``) and then sees what the first
  committed. Used by the imports (companies, class lists, plan files) and the move to the
  next school year (``BULK``).

A wait that lasts longer than that gives the Dutch "bezet" message of ``sessions.py`` /
``server_errors.py``; nothing is written.
"""

from __future__ import annotations

import hashlib
import sqlite3

from sqlalchemy import text
from sqlalchemy.orm import Session

from beroepsplanner.store.schema import BUSY_TIMEOUT_MS

BULK = "bulk-changes"
"""The imports and the move to the next school year: they read much and write much, and
one of them at a time is plenty."""

LONG_WAIT_S = 120
"""How long a writer of ``exclusive`` waits for the one before it (a large school's move to
the next year takes seconds, an import of 100,000 companies a minute)."""


def is_postgresql(session: Session) -> bool:
    """Whether ``session`` works on a PostgreSQL server (else a SQLite file)."""
    bind = session.get_bind()
    return bind.dialect.name == "postgresql"


def lock_for_writing(session: Session, *, wait_ms: int | None = None) -> None:
    """Take SQLite's write lock now (``BEGIN IMMEDIATE``) unless this transaction holds it
    already; waits ``wait_ms`` (default: the usual busy timeout) for another writer. On
    PostgreSQL nothing: rows are locked one by one there."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if not isinstance(raw, sqlite3.Connection) or raw.in_transaction:
        # In a transaction already: sqlite3 began it at this transaction's first write,
        # so the write lock is ours.
        return
    if wait_ms is not None:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        if wait_ms is not None:
            raw.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")


def advisory_key(name: str) -> int:
    """A stable 64-bit key for ``pg_advisory_xact_lock`` from a lock's name."""
    digest = hashlib.sha256(f"beroepsplanner:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def exclusive(session: Session, name: str = BULK, *, wait_s: int = LONG_WAIT_S) -> None:
    """Make this transaction the only writer of ``name`` until it ends (see the module).
    Taking it again in the same transaction is harmless."""
    if not is_postgresql(session):
        lock_for_writing(session, wait_ms=wait_s * 1000)
        return
    # SET LOCAL: for this transaction only; afterwards back to the usual wait for rows.
    session.execute(text(f"SET LOCAL lock_timeout = '{int(wait_s)}s'"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": advisory_key(name)})
    session.execute(text(f"SET LOCAL lock_timeout = '{int(BUSY_TIMEOUT_MS)}ms'"))
