"""The change log: which rows every committed write transaction touched, and who wrote it.

Several programs may have one database open at once: two windows, a window
and a command-line import run by a script. So that none of them undoes
another's work, and so that a window can show what another one changed, every
write transaction leaves one row in ``change_log`` — written inside the same
transaction, so the row exists exactly when the change does:

* ``revision``: increasing, never handed out twice (SQLite AUTOINCREMENT);
* ``writer``: random per opened ``Database`` (a window, a command-line run);
* ``at``: the time (UTC);
* ``touched``: the rows, as (table, primary key), each with its *parents*: the
  rows it belongs to through a foreign key with ON DELETE CASCADE (a contact
  belongs to its company, a chain to its class). A new contact of a company
  so touches that company, but two chains of one class do not touch each
  other. Keys are stored compactly (runs of ids as ``[first, last]``), so an
  import of thousands of rows adds one small row.

``record_changes(database)`` installs the SQLAlchemy events that collect the
keys: ``after_flush`` for ORM objects (``session.new``/``dirty``/``deleted``),
``do_orm_execute`` for bulk statements through ``Session.execute`` and the
engine's ``before_execute`` for statements a store function runs on the
session's connection itself (``store/planner.py``). Rows the bulk statements
touch are known from their parameters, from the largest id before and after
an INSERT, or from one SELECT with the statement's own WHERE before an UPDATE
or DELETE. A statement whose rows cannot be known counts as touching the
whole table.

``ensure_unchanged`` (undo and redo in the window) refuses, in the undo's own
transaction, when another writer touched related rows since; ``ChangeWatcher``
tells an open window that another program committed something (SQLite's
``PRAGMA data_version``; on a server one indexed read of the log's newest rows each
poll, looking back for transactions that committed after a later revision was seen).
"""

from __future__ import annotations

import datetime as dt
import operator
import sqlite3
import uuid
import weakref
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, delete, event, func, insert, select
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.sql.dml import Delete, Insert, Update, UpdateBase
from sqlalchemy.sql.elements import BindParameter

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.models import Base, ChangeLogEntry

if TYPE_CHECKING:
    from beroepsplanner.store.sessions import Database

Key = int | str
ALL = "*"
"""In a set of keys: every row of the table (a statement whose rows are unknown)."""

KEEP_DAYS = 30
KEEP_AT_LEAST = 1_000
KEEP_AT_MOST = 20_000
PRUNE_EVERY = 100
"""Every PRUNE_EVERY-th revision deletes log rows older than KEEP_DAYS (keeping the
newest KEEP_AT_LEAST whatever their age) and all but the newest KEEP_AT_MOST."""

WRITER = "beroepsplanner.writer"
_TOUCHED = "beroepsplanner.touched"
_LOGGED = "beroepsplanner.logged"
_AFTER = "beroepsplanner.after"
_COMMITTED = "beroepsplanner.committed"
_CONNECTION = "beroepsplanner.connection"
_IN_EXECUTE = "beroepsplanner.in_execute"
_SESSION = "beroepsplanner.session"
_CONNECTION_INFO = "beroepsplanner.connection_info"

LOG_TABLE = ChangeLogEntry.__tablename__
_LOG = ChangeLogEntry.__table__


class ChangedMeanwhileError(BeroepsplannerError):
    """Another program changed what an undo or redo would change back; nothing was written."""


# --- what a transaction touched ------------------------------------------------------------


@dataclass
class Touched:
    """Keys per table of the rows a transaction wrote (``own``) and of their parents."""

    own: dict[str, set[Key]] = field(default_factory=dict)
    parent: dict[str, set[Key]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.own or self.parent)

    def add(self, table: str, key: Key) -> None:
        self.own.setdefault(table, set()).add(key)

    def add_parent(self, table: str, key: Key) -> None:
        self.parent.setdefault(table, set()).add(key)

    def update(self, other: Touched) -> None:
        for mine, theirs in ((self.own, other.own), (self.parent, other.parent)):
            for table, keys in theirs.items():
                mine.setdefault(table, set()).update(keys)

    def tables(self) -> set[str]:
        """The tables of the rows written (their parents only when nothing else is known)."""
        return set(self.own) or set(self.parent)

    def hit_by(self, other: Touched) -> dict[str, set[Key]]:
        """The keys of this change that ``other`` touched too, per table.

        Related are: the same row in both; a row of one that is a parent of a
        row of the other (a contact added to a company this change added or
        edited; a company deleted whose contact this change edited). Two
        changes that only share a parent (two chains of one class) are not.
        """
        hits: dict[str, set[Key]] = {}
        for mine, theirs in (
            (self.own, other.own),
            (self.own, other.parent),
            (self.parent, other.own),
        ):
            for table, keys in mine.items():
                found = _overlap(keys, theirs.get(table))
                if found:
                    hits.setdefault(table, set()).update(found)
        return hits

    def reaches(self, other: Touched) -> bool:
        """True when this change touched a row that ``other`` wrote (same row or child of it)."""
        return any(
            _overlap(keys, other.own.get(table))
            for part in (self.own, self.parent)
            for table, keys in part.items()
        )

    def to_json(self) -> dict[str, dict[str, Any]]:
        return {
            "own": {t: _encode(keys) for t, keys in sorted(self.own.items())},
            "parent": {t: _encode(keys) for t, keys in sorted(self.parent.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Touched:
        return cls(
            own={t: _decode(v) for t, v in data.get("own", {}).items()},
            parent={t: _decode(v) for t, v in data.get("parent", {}).items()},
        )


def _overlap(mine: set[Key], theirs: set[Key] | None) -> set[Key]:
    if not theirs:
        return set()
    if ALL in theirs:
        return set(mine)
    if ALL in mine:
        return set(theirs)
    return mine & theirs


def _encode(keys: set[Key]) -> str | list[Any]:
    """Integers as runs (``[first, last]`` for two or more in a row), then the other keys."""
    if ALL in keys:
        return ALL
    numbers = sorted(k for k in keys if isinstance(k, int))
    encoded: list[Any] = []
    start = 0
    for index in range(1, len(numbers) + 1):
        if index == len(numbers) or numbers[index] != numbers[index - 1] + 1:
            first, last = numbers[start], numbers[index - 1]
            encoded.append(first if first == last else [first, last])
            start = index
    return encoded + sorted(str(k) for k in keys if not isinstance(k, int))


def _decode(value: str | list[Any]) -> set[Key]:
    if value == ALL:
        return {ALL}
    keys: set[Key] = set()
    for item in value:
        if isinstance(item, list):
            keys.update(range(item[0], item[1] + 1))
        else:
            keys.add(item)
    return keys


def _key(values: Sequence[Any]) -> Key | None:
    """One row's key: its id, or the parts of a composite key joined by '/'."""
    if any(v is None for v in values):
        return None
    if len(values) == 1:
        value = values[0]
        return value if isinstance(value, (int, str)) and not isinstance(value, bool) else str(value)
    return "/".join(str(v) for v in values)


# --- which columns matter, per table -------------------------------------------------------


@dataclass(frozen=True)
class _TableInfo:
    name: str
    table: Table
    primary_key: tuple[str, ...]
    """The columns that make a row's key in the log: the primary key, but only the first
    column of a link table's (``company_worlds``: a company's worlds are one thing)."""
    parents: tuple[tuple[str, str], ...]
    """(column, parent table) of each foreign key with ON DELETE CASCADE."""


_INFOS: dict[str, _TableInfo | None] = {}


def _info(name: str) -> _TableInfo | None:
    """What the log needs of a table of the models; None for the log itself and others."""
    try:
        return _INFOS[name]
    except KeyError:
        pass
    table = Base.metadata.tables.get(name)
    info = None
    if table is not None and name != LOG_TABLE:
        key = tuple(c.name for c in table.primary_key.columns)
        if len(key) > 1 and all(table.c[c].foreign_keys for c in key):
            key = key[:1]
        info = _TableInfo(
            name=name,
            table=table,
            primary_key=key,
            parents=tuple(
                (fk.parent.name, fk.column.table.name)
                for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
                if (fk.ondelete or "").upper() == "CASCADE"
            ),
        )
    _INFOS[name] = info
    return info


# --- collecting: ORM objects -------------------------------------------------------------


def _touched(session: Session) -> Touched:
    touched = session.info.get(_TOUCHED)
    if touched is None:
        touched = session.info[_TOUCHED] = Touched()
    return touched


def _after_flush(session: Session, _context: object) -> None:
    touched = _touched(session)
    for objects in (session.new, session.dirty, session.deleted):
        for obj in objects:
            _record_object(touched, obj)


def _record_object(touched: Touched, obj: object) -> None:
    state = instance_state(obj)
    info = _info(cast(Table, state.mapper.local_table).name)  # every model maps one table
    if info is None:
        return
    values = state.dict
    key = _key([values.get(column) for column in info.primary_key])
    if key is None and state.key is not None:  # a deleted row whose values were expired
        key = _key(state.key[1][: len(info.primary_key)])
    if key is not None:
        touched.add(info.name, key)
    for column, parent in info.parents:
        # Models name their attributes like their columns (tests/store/test_change_log.py).
        for value in (values.get(column), state.committed_state.get(column)):
            if isinstance(value, (int, str)) and not isinstance(value, bool):
                touched.add_parent(parent, value)


# --- collecting: statements ------------------------------------------------------------------


def _do_orm_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    session = state.session
    statement = state.statement
    assert isinstance(statement, UpdateBase)
    connection = session.connection()
    after = _record_statement(connection, _touched(session), statement, _parameter_sets(state.parameters))
    session.info[_IN_EXECUTE] = session.info.get(_IN_EXECUTE, 0) + 1
    try:
        result = state.invoke_statement()
    finally:
        session.info[_IN_EXECUTE] -= 1
    if after is not None:
        after()
    return result


def _before_execute(
    connection: Connection,
    statement: Any,
    multiparams: Any,
    params: Any,
    _options: Any,
) -> None:
    """A statement a store function runs on the session's connection, past the ORM."""
    if not isinstance(statement, UpdateBase):
        return
    reference = connection.info.get(_SESSION)
    session = reference() if reference is not None else None
    if session is None or session.info.get(_CONNECTION) is not connection:
        return  # not in a transaction of a session of ours
    if session.info.get(_IN_EXECUTE) or getattr(session, "_flushing", False):
        return  # seen by do_orm_execute or after_flush
    sets = list(multiparams or ()) or ([params] if params else [])
    flat: list[Mapping[str, Any]] = []
    for item in sets:
        if isinstance(item, Mapping):
            flat.append(item)
        elif isinstance(item, (list, tuple)):
            flat += [p for p in item if isinstance(p, Mapping)]
    after = _record_statement(connection, _touched(session), statement, flat)
    if after is not None:
        connection.info.setdefault(_AFTER, []).append(after)


def _after_execute(connection: Connection, *_args: Any) -> None:
    pending = connection.info.get(_AFTER)
    while pending:
        pending.pop()()


def _parameter_sets(parameters: Any) -> list[Mapping[str, Any]]:
    if not parameters:
        return []
    if isinstance(parameters, Mapping):
        return [parameters]
    return list(parameters)


def _record_statement(
    connection: Connection,
    touched: Touched,
    statement: UpdateBase,
    parameter_sets: list[Mapping[str, Any]],
) -> Any:
    """Note the rows ``statement`` will write; returns what to call after it ran, if anything."""
    table = getattr(statement, "table", None)
    info = _info(getattr(table, "name", ""))
    if info is None:
        return None
    if isinstance(statement, Insert):
        return _record_insert(connection, touched, info, statement, parameter_sets)
    assert isinstance(statement, (Update, Delete))
    where = statement.whereclause
    if where is None and not parameter_sets:
        touched.add(info.name, ALL)
        return None
    by_key = _key_parameter(info, where)
    if where is None or (by_key is not None and len(parameter_sets) > 1):
        # ORM bulk UPDATE by primary key, or ``WHERE id = :key`` for many rows at once
        # (store/planner.py): the keys are in the parameters.
        columns = (by_key,) if by_key is not None else info.primary_key
        keys = [_key([p.get(c) for c in columns]) for p in parameter_sets]
        known = [k for k in keys if k is not None]
        if len(known) < len(keys):
            touched.add(info.name, ALL)
            return None
        for key in known:
            touched.add(info.name, key)
        if info.parents and len(info.primary_key) == 1:
            column = info.table.c[info.primary_key[0]]
            numbers = [k for k in keys if k is not None]
            for start in range(0, len(numbers), 500):
                _select_rows(connection, touched, info, column.in_(numbers[start : start + 500]), {})
        return None
    for parameters in parameter_sets or [{}]:
        _select_rows(connection, touched, info, where, parameters)
    return None


def execute_one_row(
    session: Session,
    statement: Update,
    parameters: Mapping[str, Any],
    table: str,
    key: Key,
    parents: Mapping[str, Any],
) -> int:
    """Run ``statement`` with ``parameters``, an UPDATE of at most the one row ``key`` of ``table`` whose WHERE
    says more than its key (``store/chain_quick_save.py``: its version too), and note that
    row as this transaction's when it matched; returns the number of rows it changed.
    ``parents`` holds the row's values of the columns that lead to its parents
    (``_TableInfo.parents``), which the caller knows: the statement hooks would otherwise
    read them with a SELECT of their own."""
    info = _info(table)
    assert info is not None and len(info.primary_key) == 1
    connection = session.connection()
    session.info[_IN_EXECUTE] = session.info.get(_IN_EXECUTE, 0) + 1
    try:
        changed = connection.execute(statement, dict(parameters)).rowcount
    finally:
        session.info[_IN_EXECUTE] -= 1
    if changed:
        touched = _touched(session)
        touched.add(table, key)
        for column, parent in info.parents:
            touched.add_parent(parent, parents[column])
    return changed


def _key_parameter(info: _TableInfo, where: Any) -> str | None:
    """The parameter name of ``WHERE <primary key> = :name``, the one-row statement."""
    if where is None or len(info.primary_key) != 1:
        return None
    left, right = getattr(where, "left", None), getattr(where, "right", None)
    if (
        getattr(where, "operator", None) is operator.eq
        and getattr(left, "table", None) is not None
        and getattr(getattr(left, "table", None), "name", None) == info.name
        and getattr(left, "name", None) == info.primary_key[0]
        and isinstance(right, BindParameter)
        and right.value is None
    ):
        return str(right.key)
    return None


def _select_rows(
    connection: Connection, touched: Touched, info: _TableInfo, where: Any, parameters: Mapping[str, Any]
) -> None:
    """The rows an UPDATE or DELETE is about to write: its own WHERE, as a SELECT."""
    columns = [info.table.c[c] for c in info.primary_key] + [
        info.table.c[c] for c, _parent in info.parents
    ]
    width = len(info.primary_key)
    for row in connection.execute(select(*columns).where(where), dict(parameters)):
        key = _key(row[:width])
        if key is not None:
            touched.add(info.name, key)
        for (_column, parent), value in zip(info.parents, row[width:], strict=True):
            if value is not None:
                touched.add_parent(parent, value)


def _record_insert(
    connection: Connection,
    touched: Touched,
    info: _TableInfo,
    statement: Insert,
    parameter_sets: list[Mapping[str, Any]],
) -> Any:
    rows = parameter_sets or _values_of(statement)
    if rows is None:  # INSERT ... SELECT: which parents is unknown
        for _column, parent in info.parents:
            touched.add_parent(parent, ALL)
        rows = []
    for column, parent in info.parents:
        values = {value for row in rows if (value := row.get(column)) is not None}
        if values:
            touched.parent.setdefault(parent, set()).update(values)
    if rows:
        if len(info.primary_key) == 1:
            name = info.primary_key[0]
            keys: set[Any] = {row.get(name) for row in rows}
        else:
            keys = {_key([row.get(c) for c in info.primary_key]) for row in rows}
        if None not in keys:
            touched.own.setdefault(info.name, set()).update(keys)
            return None
    if len(info.primary_key) != 1:
        touched.add(info.name, ALL)
        return None
    # New ids: SQLite gives each new row the largest id so far plus one.
    largest = select(func.max(info.table.c[info.primary_key[0]]))
    before = connection.execute(largest).scalar() or 0

    def after() -> None:
        last = connection.execute(largest).scalar() or 0
        touched.own.setdefault(info.name, set()).update(range(before + 1, last + 1))

    return after


def _values_of(statement: Insert) -> list[Mapping[str, Any]] | None:
    """The rows of ``insert(...).values(...)``; None for INSERT ... SELECT."""
    if getattr(statement, "select", None) is not None:
        return None
    try:
        compiled = statement.compile()
    except Exception:
        return None
    return [dict(compiled.params)] if compiled.params else []


# --- writing the log ----------------------------------------------------------------------


def _after_begin(session: Session, _transaction: object, connection: Connection) -> None:
    connection.info[_SESSION] = weakref.ref(session)
    session.info[_CONNECTION] = connection
    session.info[_CONNECTION_INFO] = connection.info


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is not None:
        return  # a savepoint
    session.info.pop(_TOUCHED, None)
    session.info.pop(_LOGGED, None)
    session.info.pop(_CONNECTION, None)
    # The connection is closed by now; its info stays with the pooled connection.
    connection_info = session.info.pop(_CONNECTION_INFO, None)
    if connection_info is not None:
        connection_info.pop(_SESSION, None)
        connection_info.pop(_AFTER, None)


_INSERT_LOG = insert(_LOG)
"""Built once, its values given at each run: SQLAlchemy then finds its compiled form
without working out the statement's cache key again (a tenth of a millisecond a save)."""


def _before_commit(session: Session) -> None:
    session.flush()
    touched = session.info.get(_TOUCHED)
    if not touched:
        return
    connection = session.connection()
    inserted = connection.execute(
        _INSERT_LOG,
        {
            "writer": session.info.get(WRITER, ""),
            "at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            "touched": touched.to_json(),
        },
    ).inserted_primary_key
    assert inserted is not None  # a one-row INSERT always has its key
    revision = inserted[0]
    if revision % PRUNE_EVERY == 0:
        _prune(connection, revision)
    session.info[_LOGGED] = Change(revision, touched)


def _after_commit(session: Session) -> None:
    session.info[_COMMITTED] = session.info.pop(_LOGGED, None)


def _prune(connection: Connection, newest: int) -> None:
    old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=KEEP_DAYS)
    column = _LOG.c.revision
    connection.execute(
        delete(_LOG).where(
            (column <= newest - KEEP_AT_MOST)
            | ((_LOG.c.at < old) & (column <= newest - KEEP_AT_LEAST))
        )
    )


def record_changes(database: Database) -> str:
    """Log every write transaction of ``database`` from now on; returns its writer id."""
    writer = uuid.uuid4().hex
    factory = database.session_factory
    factory.configure(info={**factory.kw.get("info", {}), WRITER: writer})
    for name, listener in (
        ("after_begin", _after_begin),
        ("after_flush", _after_flush),
        ("do_orm_execute", _do_orm_execute),
        ("before_commit", _before_commit),
        ("after_commit", _after_commit),
        ("after_transaction_end", _after_transaction_end),
    ):
        event.listen(factory, name, listener)
    event.listen(database.engine, "before_execute", _before_execute)
    event.listen(database.engine, "after_execute", _after_execute)
    return writer


def writer_of(database: Database) -> str | None:
    """The writer id of ``database`` (None when its changes are not logged)."""
    return database.session_factory.kw.get("info", {}).get(WRITER)


# --- reading the log ------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A committed transaction of this writer: its revision and what it touched."""

    revision: int
    touched: Touched


@dataclass(frozen=True)
class LogEntry:
    revision: int
    writer: str
    at: dt.datetime
    touched: Touched


def committed_change(session: Session) -> Change | None:
    """What the last commit of ``session`` logged; None when it wrote nothing."""
    return session.info.get(_COMMITTED)


def touched_so_far(session: Session) -> Touched:
    """The rows the open transaction of ``session`` has written so far (and flushed)."""
    return session.info.get(_TOUCHED) or Touched()


def latest_revision(session: Session) -> int:
    """The newest revision in the log (0 for an empty log)."""
    return session.scalar(select(func.max(_LOG.c.revision))) or 0


def _rows_since(session: Session, revision: int) -> Iterator[Any]:
    return iter(
        session.execute(
            select(_LOG.c.revision, _LOG.c.writer, _LOG.c.at, _LOG.c.touched)
            .where(_LOG.c.revision > revision)
            .order_by(_LOG.c.revision)
        )
    )


def entries_since(
    session: Session, revision: int, *, complete_after: int | None = None
) -> tuple[list[LogEntry], bool]:
    """The log after ``revision``, oldest first, and whether it is complete (nothing pruned
    after ``complete_after``, by default ``revision``)."""
    oldest = session.scalar(select(func.min(_LOG.c.revision)))
    after = revision if complete_after is None else complete_after
    complete = oldest is None or oldest <= after + 1
    return [
        LogEntry(r.revision, r.writer, r.at, Touched.from_json(r.touched))
        for r in _rows_since(session, revision)
    ], complete


def ensure_unchanged(
    session: Session,
    since: Change,
    *,
    what: str,
    redo: bool = False,
    groups: Mapping[int, Hashable] | None = None,
) -> None:
    """Refuse (``ChangedMeanwhileError``, Dutch) when another writer touched, after
    ``since``, rows related to what ``since`` touched; call it in the transaction
    that undoes (or redoes) ``since``, before writing.

    Later transactions of this writer are fine (the undo stack takes them back
    first), but their rows count as this change's own when they touched it:
    a company deleted and brought back by undo gets a new id, and the
    colleague's change to that new id must still be seen. ``groups`` maps the
    revisions of this writer to the step they belong to (a command's do and
    undo), so such a step counts whole.
    """
    writer = session.info.get(WRITER)
    action = "Opnieuw uitvoeren" if redo else "Ongedaan maken"
    rows = list(_rows_since(session, since.revision - 1))
    if not rows or rows[0].revision != since.revision:
        raise ChangedMeanwhileError(
            f"{action} van ‘{what}’ kan niet meer: deze stap is ouder dan de bewaarde "
            f"geschiedenis van wijzigingen ({KEEP_DAYS} dagen), dus is niet na te gaan of iemand "
            "anders het intussen heeft gewijzigd. Er is niets veranderd.",
            key="redo-too-old" if redo else "undo-too-old",
            what=what,
            days=KEEP_DAYS,
        )
    rows = rows[1:]
    others = [row for row in rows if row.writer != writer]
    if not others:
        return
    own: dict[Hashable, list[Touched]] = {}
    for row in rows:
        if row.writer == writer:
            group = (groups or {}).get(row.revision, ("revision", row.revision))
            own.setdefault(group, []).append(Touched.from_json(row.touched))
    mine = Touched()
    mine.update(since.touched)
    waiting = list(own.values())
    grown = True
    while grown and waiting:
        grown = False
        for group_touched in list(waiting):
            if any(t.reaches(mine) for t in group_touched):
                for t in group_touched:
                    mine.update(t)
                waiting.remove(group_touched)
                grown = True
    hits: dict[str, set[Key]] = {}
    last: dt.datetime | None = None
    for row in others:
        found = mine.hit_by(Touched.from_json(row.touched))
        if found:
            last = row.at
            for table, keys in found.items():
                hits.setdefault(table, set()).update(keys)
    if hits:
        assert last is not None
        parts = _changed_parts(session, hits)
        things, plural = _describe(parts)
        verb = "zijn" if plural else "is"
        raise ChangedMeanwhileError(
            f"{action} van ‘{what}’ kan niet: {things} {verb} intussen door iemand anders "
            f"gewijzigd ({_when(last)}, in een ander venster of met de opdrachtregel). "
            "Er is niets veranderd.",
            key="redo-changed-meanwhile" if redo else "undo-changed-meanwhile",
            what=what,
            # (table, how many or -1 for all rows, the first names): the window's English
            # says it again from these (ui/english/errors_files.py).
            changed=parts,
            at=last.isoformat(),
        )


# --- saying what changed, in Dutch ------------------------------------------------------

_NOUNS: dict[str, tuple[str, str, str | None]] = {
    # table: singular, plural, the column that names a row
    "companies": ("bedrijf", "bedrijven", "name"),
    "company_confirmations": ("bevestiging van een bedrijf", "bevestigingen van bedrijven", None),
    "company_contacts": ("contactpersoon", "contactpersonen", "name"),
    "role_models": ("rolmodel", "rolmodellen", "name"),
    "company_worlds": ("wereld van een bedrijf", "werelden van bedrijven", None),
    "company_professions": ("beroep van een bedrijf", "beroepen van bedrijven", None),
    "professions": ("beroep", "beroepen", "name"),
    "worlds": ("wereld", "werelden", "name"),
    "providers": ("aanbieder", "aanbieders", "name"),
    "activities": ("activiteit", "activiteiten", "title"),
    "lesson_templates": ("lesopzet", "lesopzetten", "title"),
    "template_questions": ("vraag", "vragen", None),
    "schools": ("school", "scholen", "name"),
    "school_years": ("schooljaar", "schooljaren", "label"),
    "study_days": ("studiedag", "studiedagen", None),
    "holiday_moves": ("vakantieweek", "vakantieweken", None),
    "classes": ("klas", "klassen", "name"),
    "pupils": ("leerling", "leerlingen", "display_name"),
    "chains": ("keten", "ketens", None),
    "chain_lessons": ("les", "lessen", None),
    "settings": ("instelling", "instellingen", None),
}
_SHOWN = 3


ChangedPart = tuple[str, int, tuple[str, ...]]
"""What another writer changed in one table: the table, how many rows (-1: all of them)
and the names of the first few (``_SHOWN`` + 1 at most, sorted)."""


def _changed_parts(session: Session, hits: Mapping[str, set[Key]]) -> tuple[ChangedPart, ...]:
    parts: list[ChangedPart] = []
    for table in sorted(hits, key=lambda t: (t not in ("companies", "classes", "chains"), t)):
        keys = hits[table]
        if ALL in keys:
            parts.append((table, -1, ()))
            continue
        name_column = _NOUNS.get(table, (table, table, None))[2]
        parts.append((table, len(keys), tuple(_names(session, table, name_column, keys))))
    return tuple(parts)


def _describe(parts: Iterable[ChangedPart]) -> tuple[str, bool]:
    """``bedrijf ‘Bakkerij Mol’``, ``de klassen ‘6a’, ‘6b’ en 2 andere`` from the parts;
    and whether plural."""
    texts: list[str] = []
    count = 0
    for table, number, names in parts:
        singular, plural, _ = _NOUNS.get(table, (table, table, None))
        if number < 0:
            texts.append(plural)
            count += 2
            continue
        count += number
        if number == 1:
            texts.append(f"{singular} ‘{names[0]}’" if names else singular)
            continue
        shown = ", ".join(f"‘{n}’" for n in names[:_SHOWN])
        rest = number - min(len(names), _SHOWN)
        if not shown:
            texts.append(f"{number} {plural}")
        elif rest:
            texts.append(f"de {plural} {shown} en {rest} andere")
        else:
            texts.append(f"de {plural} {shown}")
    text = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " en " + texts[-1]
    return text, count > 1


def _names(session: Session, table: str, column: str | None, keys: Iterable[Key]) -> list[str]:
    info = _info(table)
    if column is None or info is None or len(info.primary_key) != 1:
        return []
    numbers = sorted(k for k in keys if isinstance(k, int))[: _SHOWN + 1]
    key_column = info.table.c[info.primary_key[0]]
    return sorted(
        session.scalars(select(info.table.c[column]).where(key_column.in_(numbers))),
        key=str.casefold,
    )


def _when(at: dt.datetime) -> str:
    local = at.replace(tzinfo=dt.UTC).astimezone()
    if local.date() == dt.date.today():
        return f"om {local:%H:%M}"
    return f"op {local:%d-%m-%Y} om {local:%H:%M}"


# --- noticing other writers ---------------------------------------------------------------


SERVER_LOOKBACK = 64
"""How many revisions before the newest seen a watcher on a server reads again, for the
transactions that took their revision earlier but committed later."""


class ChangeWatcher:
    """Tells a window what other programs committed to its database since the last look.

    ``poll()`` is cheap when nothing happened: on SQLite one ``PRAGMA
    data_version`` on a connection of its own (its value changes only when
    another connection commits). On a server one indexed query of the log's
    newest rows (the primary key above what was seen, looking back
    ``SERVER_LOOKBACK`` revisions for late commits); the rest stays the same.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.writer = writer_of(database)
        # Only ever reads PRAGMA data_version; never writes. Without it (a server, or
        # a file SQLite will not open twice) every poll reads the log instead.
        self._connection: sqlite3.Connection | None = None
        if database.path is not None and database.engine.dialect.name == "sqlite":
            try:
                self._connection = sqlite3.connect(database.path, check_same_thread=False)
            except sqlite3.Error:
                self._connection = None
        self._version = self._data_version()
        with database.session() as session:
            self.seen = latest_revision(session)
        self._recent: set[int] = set(range(max(1, self.seen - SERVER_LOOKBACK + 1), self.seen + 1))

    def _data_version(self) -> int | None:
        if self._connection is None:
            return None
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def poll(self) -> tuple[list[LogEntry], bool] | None:
        """None when nothing was committed elsewhere; else the other writers' entries
        since the last poll and whether they are all there (False: the log was pruned
        past what this window saw, so everything may have changed)."""
        version = self._data_version()
        if version is not None and version == self._version:
            return None
        floor = self.seen
        if self._connection is None:
            # A server: transactions take their revision (a sequence) just before they
            # commit, so one that took 101 can commit after one that took 102 was seen.
            # Look back a little and skip what was already seen.
            floor = max(0, self.seen - SERVER_LOOKBACK)
        with self.database.session() as session:
            entries, complete = entries_since(session, floor, complete_after=self.seen)
        self._version = version
        entries = [e for e in entries if e.revision > self.seen or e.revision not in self._recent]
        if entries:
            self.seen = max(self.seen, entries[-1].revision)
            self._recent.update(e.revision for e in entries)
            self._recent = {r for r in self._recent if r > self.seen - SERVER_LOOKBACK}
        others = [e for e in entries if e.writer != self.writer]
        if not others and complete:
            return None
        return others, complete

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

