"""The chain builder's save: one statement when it changes only the chain's own fields.

Most saves of a saved chain change a note, the observation, the project, the core
objectives, the transport's mode or times or the letter: fields on the chain's own row
that no rule and no series reads (``chain_forms.rule_inputs``). The builder knows the
chain as it read it (``loaded``, at ``version``: ``load_versioned_form`` reads both in one
statement), so such a save needs neither the chain read again nor the ORM: one

    UPDATE chains SET <the changed fields>, version = version + 1, sequence = sequence + 1,
        modified_at = <now> WHERE id = :chain AND version = :version
        [AND its school year is not locked]

writes what the full save would (``chain_saving.replace_chain``: the changed columns, the
row's version and the calendar's sequence, ``chain_history``), and the change log notes
the chain as it notes any save. The version in the WHERE is the optimistic lock: when a
colleague saved the chain in between, no row matches. The year's lock is in the WHERE too
unless only the observation changes (a locked year takes a new observation,
``year_lock.py``), and its texts are checked as the flush checks them (``text_check``).
When the statement matches no row — a colleague's save, a year locked
since, the chain gone — or the save changes anything else (the date, the lessons, the
class, the status…), the full save runs in the same transaction: it reads and locks the
chain, and writes or refuses with its message (``changed-by-colleague`` with both
versions, ``school-year-locked``, ``chain-gone``).

A save of ten teachers at once on a school server: a note costs the server one UPDATE
instead of a locked read with its joins and an UPDATE, and the laptop about half the
CPU of the full save (docs/PERFORMANCE.md, issue 16).
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from sqlalchemy import Update, bindparam, exists, update
from sqlalchemy.orm import Session

from beroepsplanner.store.chain_forms import ChainForm, stored_chain
from beroepsplanner.store.chain_history import revision_time
from beroepsplanner.store.chain_saving import own_columns, refuse_times_out_of_order, replace_chain
from beroepsplanner.store.change_log import execute_one_row
from beroepsplanner.store.models import Chain, SchoolClass, SchoolYearRow
from beroepsplanner.store.row_versions import refuse_if_changed
from beroepsplanner.store.server_reads import WROTE
from beroepsplanner.store.text_check import check_values

QUICK_FIELDS = (
    "notes",
    "observation",
    "project",
    "core_objectives",
    "transport_mode",
    "departure_time",
    "return_time",
    "letter_variant",
)
"""The form's fields a save may change in one statement: the chain's own columns that
neither the rules nor the series read (``chain_forms.rule_inputs``, ``_refuse_form``)."""

_CHAINS = Chain.__table__
_CLASSES = SchoolClass.__table__
_YEARS = SchoolYearRow.__table__
_IN_UNLOCKED_YEAR = ~exists().where(
    _CLASSES.c.id == _CHAINS.c.class_id,
    _YEARS.c.id == _CLASSES.c.school_year_id,
    _YEARS.c.locked.is_(True),
)


def save_edited_chain(
    session: Session,
    form: ChainForm,
    chain_id: int,
    *,
    version: int,
    loaded: ChainForm,
    check_status: bool = True,
) -> ChainForm:
    """Save the chain builder's ``form`` over chain ``chain_id``, which the builder read as
    ``loaded`` at row version ``version``; returns the chain as it was saved before (what
    an undo puts back). Refuses as ``save_chain_form`` does: a colleague's save since
    ``version`` (``ChangedByColleagueError``), a locked year, a status the rules do not
    allow."""
    changed = _quick_columns(form, loaded)
    if changed:
        if _update_row(session, chain_id, version, loaded.class_id, changed):
            return loaded
        _refuse_if_saved_since(session, chain_id, version, form)
    return replace_chain(
        session, form, chain_id, check_status=check_status, expected_version=version
    )


def _quick_columns(form: ChainForm, loaded: ChainForm) -> dict[str, Any] | None:
    """The columns to write when ``form`` differs from ``loaded`` only in ``QUICK_FIELDS``
    (and passes the checks of those that need no database); None otherwise, and when
    nothing changed (the full save then still compares the version)."""
    if form == loaded:
        return None
    if dataclasses.replace(form, **{name: getattr(loaded, name) for name in QUICK_FIELDS}) != loaded:
        return None
    refuse_times_out_of_order(form)
    new, old = own_columns(form), own_columns(loaded)
    changed = {name: new[name] for name in QUICK_FIELDS if new[name] != old[name]}
    check_values(Chain, changed)  # what the flush's text check does for the ORM
    return changed or None


def _refuse_if_saved_since(session: Session, chain_id: int, version: int, form: ChainForm) -> None:
    """After an UPDATE that matched no row: refuse the save when the chain is gone or at
    another version now, with what is saved now, read in one statement with that version
    (no lock is needed to refuse). At the same version the UPDATE failed for the year's
    lock: the full save says so."""
    stored = stored_chain(session, chain_id)
    refuse_if_changed(
        session, Chain, chain_id, version, stored.chain.version,
        newer=lambda: stored.form, mine=form, name=stored.name,
    )


@cache
def _update_of(columns: frozenset[str]) -> Update:
    """The UPDATE that writes ``columns`` (their values as parameters of the same names),
    built once per set of columns, so SQLAlchemy finds its compiled form at once."""
    where = [_CHAINS.c.id == bindparam("chain_id"), _CHAINS.c.version == bindparam("loaded_version")]
    if columns != {"observation"}:
        where.append(_IN_UNLOCKED_YEAR)
    return (
        update(_CHAINS)
        .where(*where)
        .values(
            {
                **{name: bindparam(name, type_=_CHAINS.c[name].type) for name in sorted(columns)},
                "version": _CHAINS.c.version + 1,
                "sequence": _CHAINS.c.sequence + 1,
                "modified_at": bindparam("modified_at", type_=_CHAINS.c.modified_at.type),
            }
        )
    )


def _update_row(
    session: Session, chain_id: int, version: int, class_id: int, columns: dict[str, Any]
) -> bool:
    """The one UPDATE; True when it changed the row."""
    statement = _update_of(frozenset(columns))
    values = {**columns, "chain_id": chain_id, "loaded_version": version, "modified_at": revision_time()}
    connection = session.connection()
    wrote = connection.info.get(WROTE, False)
    if execute_one_row(session, statement, values, "chains", chain_id, {"class_id": class_id}) == 1:
        return True
    # It changed nothing: a refusal that follows may end this transaction with COMMIT
    # (``server_reads``), which keeps the connection's prepared statements.
    connection.info[WROTE] = wrote
    return False
