"""A reading session on a server ends with COMMIT, so the connection keeps its prepared
statements.

psycopg prepares a statement on the server once a connection has run it five times
(``prepare_threshold``): the server then plans it once instead of every time. Planning the
chain builder's read of a chain (``chain_forms.stored_chain``: the chain with its lessons,
tasks, activity, year and role models) costs the server about 1.5 ms, running it 0.4 ms.
But psycopg forgets every prepared statement of a connection at each ROLLBACK (and sends
``DEALLOCATE ALL``), and a reading session used to end with one: SQLAlchemy rolls back a
connection it gets back. So nothing was ever prepared, and every read paid the plan.

A transaction that only read ends the same with COMMIT as with ROLLBACK: it changed
nothing, and its row locks and ``SET LOCAL`` end either way. So ``finish_read`` commits a
reading session's transaction when every statement it sent was a plain ``SELECT``
(``note_statement`` marks a connection that sent anything else: an INSERT, an UPDATE, a
``SET``); otherwise the session ends with a ROLLBACK as before, and nothing it wrote is
kept. SQLite has no prepared statements across transactions to keep; this is for servers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

WROTE = "beroepsplanner.wrote"
"""In a connection's ``info``: whether its current transaction sent anything but a SELECT."""


def note_statement(
    connection: Connection,
    _cursor: Any,
    statement: str,
    _parameters: Any,
    _context: Any,
    _executemany: bool,
) -> None:
    """The engine's ``before_cursor_execute``: mark a connection that sends anything but a
    plain SELECT (a function that writes is not called in a SELECT of ours)."""
    if not connection.info.get(WROTE) and statement.lstrip()[:6].upper() != "SELECT":
        connection.info[WROTE] = True


def new_transaction(record: Any) -> None:
    """A connection taken from the pool starts with nothing written (``checkout``)."""
    record.info[WROTE] = False


def finish_read(session: Session) -> None:
    """Commit the transaction of a reading session that only read (see the module); a
    session with changes in memory, or one that sent anything but a SELECT, is left to be
    rolled back by its ``close``."""
    if not session.in_transaction() or session.new or session.dirty or session.deleted:
        return
    connection = session.connection()
    if connection.info.get(WROTE, True):
        return
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None:
        # Past SQLAlchemy, which would run the session's commit listeners (the change log):
        # its own ROLLBACK at ``close`` then finds no transaction and sends nothing.
        dbapi_connection.commit()
