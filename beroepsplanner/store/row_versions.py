"""Row versions: a save never overwrites what a colleague saved meanwhile.

The rows a user edits in a form — chains, classes, pupils, companies, the school and each
chain's evaluation (saved apart from the chain, with a counter of its own) — carry a ``version`` (``models.Versioned``, SQLAlchemy's ``version_id_col``). The window's
sessions are short: it reads a row with its version, the user edits a form for minutes,
and the save runs in a new transaction. So the save hands in the version the user started
from, and ``ensure_version`` compares it with the row's version *now*, after locking the
row (``SELECT … FOR UPDATE`` on PostgreSQL, the file's write lock on SQLite: see
``write_locks.py``), so nobody can save in between. When they differ it refuses with
``ChangedByColleagueError`` (key ``changed-by-colleague``) that carries what the colleague
saved (``newer``) and what this user typed (``mine``): the window shows both, and nothing
is written. The ORM's own check stays as the net under it: an UPDATE says ``WHERE version
= <loaded>``, and a row that changed after it was loaded fails the flush
(``StaleDataError``, turned into ``changed_while_saving`` by ``sessions.py``).

What one counter covers: a chain's counter covers its lessons and its role-model links
(the chain builder saves them together), a company's counter its contacts, role models,
confirmations, worlds and professions (the company form saves them together). The
listener below raises a row's counter once per transaction that changes it or only such
a row of it (a colleague's new contact makes a form that was loaded before it stale); a
statement past the ORM raises it itself (``version = version + 1``: the planner's move,
the company import).

Undo and redo (``ui/commands.py``) use the same counters: every run of a command records
the versions of the rows it wrote (``written_versions``, from the change log's record of
the transaction); the window keeps the newest
version it wrote of each row, and an undo or redo first checks (``ensure_versions``, rows
locked) that those rows still have that version. A row with a newer one was saved by a
colleague since, and the step is refused in Dutch with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.models import (
    Activity,
    Base,
    Chain,
    ChainEvaluationRow,
    ChainLesson,
    Company,
    CompanyConfirmation,
    CompanyContact,
    Parent,
    Pupil,
    RoleModel,
    School,
    SchoolClass,
)
from beroepsplanner.store.write_locks import is_postgresql, lock_for_writing

RowKey = tuple[str, int]
"""A versioned row: its table and its id."""

VERSIONED: dict[str, Any] = {
    "chains": Chain,
    "classes": SchoolClass,
    "pupils": Pupil,
    "companies": Company,
    "schools": School,
    "parents": Parent,
    "chain_evaluations": ChainEvaluationRow,
}
"""The tables whose rows carry a version, with their models."""

_NOUNS: dict[str, tuple[str, str, str, str]] = {
    # table: kind (the window's key), "this …" (a save), "the …" (one), "the …" (several)
    "chains": ("chain", "deze keten", "de keten", "de ketens"),
    "classes": ("class", "deze klas", "de klas", "de klassen"),
    "pupils": ("pupil", "deze leerling", "de leerling", "de leerlingen"),
    "companies": ("company", "dit bedrijf", "het bedrijf", "de bedrijven"),
    "schools": ("school", "de gegevens van de school", "de school", "de scholen"),
    "parents": ("parent", "deze ouder", "de ouder", "de ouders"),
    "chain_evaluations": ("evaluation", "deze evaluatie", "de evaluatie", "de evaluaties"),
}
_TABLE_OF_KIND = {nouns[0]: table for table, nouns in _NOUNS.items()}
_SHOWN = 3
_CHUNK = 500


class ChangedByColleagueError(BeroepsplannerError):
    """Someone else saved the row since this user's version of it; nothing was written.

    With the key ``changed-by-colleague`` (a save from a form) its values hold ``kind``
    (chain, class, pupil, company, school), ``name``, ``version`` (the row's version now),
    ``newer`` (what the colleague saved, as the form's plain data) and ``mine`` (what this
    user typed). ``undo-changed-by-colleague`` and ``redo-…`` (a step of the undo stack)
    and ``changed-while-saving`` (the ORM's own check) carry no data to show.
    """

    def value(self, name: str) -> Any:
        return dict(self.values).get(name)

    @property
    def newer(self) -> Any:
        """What the colleague saved (a ``ChainForm``, ``ClassFields``, ``CompanyDetails``…)."""
        return self.value("newer")

    @property
    def mine(self) -> Any:
        """What this user typed, as handed to the save."""
        return self.value("mine")

    @property
    def version(self) -> int | None:
        """The row's version now: a save with this version overwrites the colleague's."""
        found = self.value("version")
        return found if isinstance(found, int) else None


# --- reading and comparing -------------------------------------------------------------------


def row_version(session: Session, table: str, row_id: int) -> int | None:
    """The version of one row of ``table`` (``"chains"``, see ``VERSIONED``); None when it
    does not exist. A form reads it *before* the row's content: a save made in between
    then looks like a colleague's (safe), never the other way round."""
    model = VERSIONED[table]
    return session.scalar(select(model.version).where(model.id == row_id))


def ensure_version(
    session: Session,
    model: type[Base],
    row_id: int,
    expected: int | None,
    *,
    newer: Callable[[], object],
    mine: object,
) -> None:
    """Refuse (``ChangedByColleagueError``) a save of row ``row_id`` that started from
    version ``expected`` when the row has another version now; ``newer()`` reads what is
    saved now for the window. Locks the row first (kept until the transaction ends), so
    nobody saves between this check and the save. Nothing to check for ``expected`` None
    (a command-line change, an undo) or a row that is gone (the caller's NotFoundError)."""
    if expected is None:
        return
    current = _locked_versions(session, model.__table__.name, [row_id]).get(row_id)
    refuse_if_changed(session, model, row_id, expected, current, newer=newer, mine=mine)


def refuse_if_changed(
    session: Session,
    model: type[Base],
    row_id: int,
    expected: int | None,
    current: int | None,
    *,
    newer: Callable[[], object],
    mine: object,
    name: str | None = None,
) -> None:
    """``ensure_version`` for a row whose version ``current`` the caller read with the row
    locked already (a save that reads the row ``FOR UPDATE``), or read in one statement
    with what ``newer`` returns; ``name``: how the message names the row, when the caller
    read that too."""
    if expected is None or current is None or current == expected:
        return
    table = model.__table__.name
    kind, this, _one, _many = _NOUNS[table]
    if name is None:
        name = _names(session, table, [row_id]).get(row_id, "")
    shown = f" (‘{name}’)" if name else ""
    raise ChangedByColleagueError(
        f"Een collega heeft {this} intussen gewijzigd{shown}. Er is niets opgeslagen; wat u "
        "hebt ingevuld staat er nog. Bekijk wat uw collega opsloeg, en sla daarna uw versie "
        "op of pas die aan.",
        key="changed-by-colleague",
        kind=kind,
        name=name,
        version=current,
        newer=newer(),
        mine=mine,
    )


def written_versions(session: Session, written: Mapping[str, Iterable[object]]) -> dict[RowKey, int]:
    """The versions, now, of the versioned rows among ``written`` (table → keys: what the
    transaction wrote so far, ``change_log.touched_so_far``), for its undo or redo to
    expect. Rows it deleted are not listed, nor a table it wrote as a whole."""
    session.flush()
    found: dict[RowKey, int] = {}
    for table, keys in written.items():
        listed = list(keys)
        ids = sorted(k for k in listed if isinstance(k, int))
        if table not in VERSIONED or len(ids) < len(listed):
            continue  # not versioned, or written as a whole ("*"): unknown rows
        for row_id, version in _versions(session, table, ids, lock=False).items():
            found[(table, row_id)] = version
    return found


def ensure_versions(
    session: Session, expected: Mapping[RowKey, int], *, what: str, redo: bool = False
) -> None:
    """Refuse an undo or redo (``ChangedByColleagueError``, Dutch, nothing written) when a
    row of ``expected`` has another version than this window last wrote: a colleague saved
    it since. Locks the rows first (until the transaction ends). Rows that are gone are
    left to the step itself (its ``NotFoundError``)."""
    by_table: dict[str, list[int]] = {}
    for table, row_id in expected:
        by_table.setdefault(table, []).append(row_id)
    changed: dict[str, list[int]] = {}
    for table in sorted(by_table):
        for row_id, version in _locked_versions(session, table, by_table[table]).items():
            if version != expected[(table, row_id)]:
                changed.setdefault(table, []).append(row_id)
    if not changed:
        return
    parts = tuple(
        (_NOUNS[table][0], len(ids), tuple(sorted(_names(session, table, ids).values(), key=str.casefold)))
        for table, ids in sorted(changed.items())
    )
    action = "opnieuw worden uitgevoerd" if redo else "ongedaan worden gemaakt"
    raise ChangedByColleagueError(
        f"Dit kan niet {action} (‘{what}’): een collega heeft {describe(parts)} intussen "
        "gewijzigd. Er is niets veranderd.",
        key="redo-changed-by-colleague" if redo else "undo-changed-by-colleague",
        what=what,
        changed=parts,
    )


def describe(parts: Iterable[tuple[str, int, tuple[str, ...]]]) -> str:
    """``de keten ‘Groep 5a: Bakkerij’``, ``de klassen ‘5a’, ‘5b’ en 2 andere`` from
    (kind, how many, the first names)."""
    texts: list[str] = []
    for kind, count, names in parts:
        _kind, _this, one, many = _NOUNS[_TABLE_OF_KIND[kind]]
        if count == 1:
            texts.append(f"{one} ‘{names[0]}’" if names else one)
            continue
        shown = ", ".join(f"‘{n}’" for n in names[:_SHOWN])
        rest = count - min(len(names), _SHOWN)
        texts.append(f"{many} {shown}{f' en {rest} andere' if rest else ''}" if shown else f"{count} {many[3:]}")
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " en " + texts[-1]


def raise_versions(session: Session, table: str, ids: Iterable[int]) -> None:
    """Raise the versions of rows a statement past the ORM changed (``version + 1``)."""
    model = VERSIONED[table]
    found = sorted(set(ids))
    for start in range(0, len(found), _CHUNK):
        session.execute(
            update(model.__table__)
            .where(model.__table__.c.id.in_(found[start : start + _CHUNK]))
            .values(version=model.__table__.c.version + 1)
        )


def changed_while_saving(table: str | None) -> ChangedByColleagueError:
    """The error for a save whose UPDATE found the row at another version than it had
    loaded (SQLAlchemy's ``StaleDataError``): someone saved it during this change."""
    nouns = _NOUNS.get(table or "")
    this = nouns[1] if nouns else "deze gegevens"
    return ChangedByColleagueError(
        f"Een collega heeft {this} gewijzigd terwijl deze wijziging werd opgeslagen. Er is "
        "niets opgeslagen; probeer het opnieuw.",
        key="changed-while-saving",
        kind=nouns[0] if nouns else "",
    )


def _versions(session: Session, table: str, ids: list[int], *, lock: bool) -> dict[int, int]:
    model = VERSIONED[table]
    found: dict[int, int] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(model.id, model.version).where(model.id.in_(ids[start : start + _CHUNK]))
        if lock:
            # In the order of the ids, so two writers that lock the same rows never wait
            # for each other crosswise.
            query = query.order_by(model.id).with_for_update()
        found.update({row_id: version for row_id, version in session.execute(query)})
    return found


def _locked_versions(session: Session, table: str, ids: list[int]) -> dict[int, int]:
    """The versions of these rows, locked for this transaction."""
    postgresql = is_postgresql(session)
    if not postgresql:
        lock_for_writing(session)
    return _versions(session, table, sorted(set(ids)), lock=postgresql)


def _names(session: Session, table: str, ids: list[int]) -> dict[int, str]:
    """How the message names these rows (the first few): a chain by its class and activity."""
    wanted = sorted(ids)[: _SHOWN + 1]
    if table == "chains":
        rows = session.execute(
            select(Chain.id, SchoolClass.name, Activity.title)
            .join(SchoolClass, Chain.class_id == SchoolClass.id)
            .join(Activity, Chain.activity_id == Activity.id)
            .where(Chain.id.in_(wanted))
        )
        return {row_id: f"{class_name}: {title}" for row_id, class_name, title in rows}
    if table == "chain_evaluations":
        rows = session.execute(
            select(ChainEvaluationRow.id, SchoolClass.name, Activity.title)
            .join(Chain, ChainEvaluationRow.chain_id == Chain.id)
            .join(SchoolClass, Chain.class_id == SchoolClass.id)
            .join(Activity, Chain.activity_id == Activity.id)
            .where(ChainEvaluationRow.id.in_(wanted))
        )
        return {row_id: f"{class_name}: {title}" for row_id, class_name, title in rows}
    model = VERSIONED[table]
    column = getattr(model, {"pupils": "display_name", "parents": "first_name"}.get(table, "name"))
    named = session.execute(select(model.id, column).where(model.id.in_(wanted)))
    return {row_id: name for row_id, name in named}


# --- one counter for a row and the rows saved with it ---------------------------------------

_RAISED = "beroepsplanner.raised_versions"
"""In ``Session.info``: the versioned rows this transaction raised already (once is enough)."""

_WITH_COLLECTIONS = (Chain, Company)
"""The models whose collections are saved with them (a chain's lessons and role models, a
company's people, confirmations, worlds and professions): a change there is a change of
the row. A class's pupils and chains, the school's years are rows of their own."""


def _changed(session: Session) -> set[Any]:
    """The versioned rows this flush changes: their own columns, or the rows saved with them
    (a lesson, a contact, a role model, a confirmation, a link)."""
    changed: set[Any] = set()
    dirty = session.dirty
    for item in dirty:
        if isinstance(item, tuple(VERSIONED.values())) and session.is_modified(
            item, include_collections=isinstance(item, _WITH_COLLECTIONS)
        ):
            changed.add(item)
    for item in (*session.new, *dirty, *session.deleted):
        model: type[Base]
        if isinstance(item, ChainLesson):
            model, column = Chain, "chain_id"
        elif isinstance(item, (CompanyContact, RoleModel, CompanyConfirmation)):
            model, column = Company, "company_id"
        else:
            continue
        history = inspect(item).attrs[column].history
        for parent_id in {*history.added, *history.unchanged, *history.deleted}:
            if isinstance(parent_id, int):
                parent = session.get(model, parent_id)
                if parent is not None:
                    changed.add(parent)
    return changed


def _raise_versions(session: Session, _context: object, _instances: object) -> None:
    raised: set[RowKey] = session.info.setdefault(_RAISED, set())
    for row in _changed(session):
        state = inspect(row)
        if row in session.deleted or state.deleted or not state.persistent:
            continue
        key = (row.__table__.name, row.id)
        if key in raised or state.attrs.version.history.has_changes():
            continue  # once per transaction; the UPDATE still checks the version it loaded
        # SET version = v + 1 WHERE version = v (version_id_generator=False: set by hand).
        row.version = row.version + 1
        raised.add(key)


def _transaction_ended(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_RAISED, None)


event.listen(Session, "before_flush", _raise_versions)
event.listen(Session, "after_transaction_end", _transaction_ended)
