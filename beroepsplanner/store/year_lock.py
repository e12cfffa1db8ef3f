"""Locked school years: last year's plan is history, read-only until the user unlocks it.

``year new`` locks every earlier school year (``SchoolYearRow.locked``); ``set_locked``
locks or unlocks one (``beroepsplanner year lock|unlock``, the window's Ontgrendelen).

What a lock refuses — a **write** to the year's own rows: its classes (name, groep,
teacher, where they came from), pupils, chains with their lessons and role-model links,
study days, holiday moves and the companies' confirmations for that year, and removing
the year itself. One net catches every writer: before each flush this module's listener
looks at the new, changed and deleted rows of those tables and refuses, with the keyed
Dutch error of ``locked_error``, a change of a locked year; nothing is written then (the
transaction rolls back). The few writers that bypass the ORM's flush with statements of
their own (the planner's move of a chain) call ``ensure_unlocked`` first.

What a lock allows:

- reading, printing, exporting (plan file, calendar) and checking;
- a chain's **observation**: domain.md has the teacher write it *after* the chain, and
  the evaluation with the company comes afterwards too, so it may come after the year
  was closed; it is evaluation of the plan, not the plan;
- each pupil's record in a chain (``chain_pupils``: absent, talents, own words), which is
  written after the reflection like the observation, so this table is not watched;
- each chain's evaluation (``chain_evaluations``: the teacher's side and the company's
  answers), written after the activity like the observation; this table is not watched;
- erasing pupils of past years (``purge_past_pupils``): privacy comes before history;
- the shared network and catalog (companies, contacts, role models, activities): every
  year shows them as they are now. Removing a company that a chain uses stays refused
  anyway (``delete_company``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    ChainLesson,
    Company,
    CompanyConfirmation,
    HolidayMove,
    Pupil,
    SchoolClass,
    SchoolYearRow,
    StudyDay,
)

LOCKED_KEY = "school-year-locked"

_EVALUATION = frozenset({"observation", "sequence", "modified_at", "version"})
"""What may change on a chain of a locked year: the observation (and the chain's revision
for calendars and its row version, which every change raises)."""

_WATCHED = (
    SchoolYearRow,
    SchoolClass,
    Pupil,
    Chain,
    ChainLesson,
    StudyDay,
    HolidayMove,
    CancelledChain,
    CompanyConfirmation,
)


def locked_error(label: str) -> InvalidInputError:
    """The refusal of a change to locked school year ``label`` (Dutch, keyed)."""
    return InvalidInputError(
        f"Schooljaar {label} is afgesloten: alleen lezen. Ontgrendel het eerst (in het venster "
        f"met Ontgrendelen, op de opdrachtregel met 'beroepsplanner year unlock {label}'). "
        "Er is niets veranderd.",
        key=LOCKED_KEY,
        year=label,
    )


def locked_years(session: Session) -> tuple[str, ...]:
    """The labels of the locked school years, oldest first."""
    return tuple(
        session.scalars(
            select(SchoolYearRow.label)
            .where(SchoolYearRow.locked.is_(True))
            .order_by(SchoolYearRow.label)
        )
    )


def is_locked(session: Session, label: str) -> bool:
    """Whether school year ``label`` exists and is locked."""
    return bool(
        session.scalar(select(SchoolYearRow.locked).where(SchoolYearRow.label == label))
    )


def ensure_unlocked(session: Session, label: str) -> None:
    """Refuse (``locked_error``) when school year ``label`` is locked."""
    if is_locked(session, label):
        raise locked_error(label)


def ensure_year_id_unlocked(session: Session, year_id: int) -> None:
    """``ensure_unlocked`` for the school year with id ``year_id``."""
    row = session.execute(
        select(SchoolYearRow.label, SchoolYearRow.locked).where(SchoolYearRow.id == year_id)
    ).first()
    if row is not None and row.locked:
        raise locked_error(row.label)


def year_being_planned(session: Session) -> str:
    """The school year a confirmation is for when none is named: the newest school year that
    is not locked, else the newest; without any school year, the one of today."""
    rows = session.execute(select(SchoolYearRow.label, SchoolYearRow.locked)).all()
    open_years = [label for label, locked in rows if not locked]
    if open_years or rows:
        return max(open_years or [label for label, _locked in rows])
    return SchoolYear.containing(dt.date.today()).label


def set_locked(session: Session, label: str, locked: bool) -> bool:
    """Lock or unlock school year ``label``; returns whether it was locked before.

    Raises NotFoundError (Dutch) when the year does not exist.
    """
    from beroepsplanner.store.calendar import school_year_row

    year = school_year_row(session, label)
    previous = bool(year.locked)
    year.locked = locked
    session.flush()
    return previous


def year_locks(session: Session) -> dict[str, bool]:
    """Every school year's label and whether it is locked (what an undo sets back)."""
    return {
        label: bool(locked)
        for label, locked in session.execute(select(SchoolYearRow.label, SchoolYearRow.locked))
    }


def set_year_locks(session: Session, locks: dict[str, bool]) -> None:
    """Lock or unlock the school years of ``locks`` that exist, as ``year_locks`` gave them."""
    for year in session.scalars(select(SchoolYearRow).where(SchoolYearRow.label.in_(locks))):
        year.locked = locks[year.label]
    session.flush()


# --- the net: every flush ------------------------------------------------------------------


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    new, dirty, deleted = (
        [item for item in group if isinstance(item, _WATCHED)]
        for group in (session.new, session.dirty, session.deleted)
    )
    if not (new or dirty or deleted):
        return
    locked = _locked_years(session, renew=any(isinstance(item, SchoolYearRow) for item in (*new, *dirty, *deleted)))
    if not locked:
        return
    stored = _StoredYears(session)
    gone = {item for item in session.deleted if isinstance(item, Company)}
    for item in new:
        _refuse(locked, _year_in_memory(stored, item))
    for item in dirty:
        if _year_data_changed(item):
            _refuse(locked, stored.year_of(item))
            _refuse(locked, _year_in_memory(stored, item))
    for item in deleted:
        if not (isinstance(item, CompanyConfirmation) and item.company in gone):
            _refuse(locked, stored.year_of(item))


_LOCKED_YEARS = "beroepsplanner.locked_years"
"""In a session's ``info``: the transaction and the locked years (id → label) it read."""


def remember_locked_years(session: Session, text: str | None) -> None:
    """The locked years as a statement of this transaction read them along (``id:label``
    joined by commas, see ``LOCKED_YEARS_TEXT``), so its flushes need not ask again: a
    chain's save reads them with the chain (``chain_forms.stored_chain``)."""
    locked: dict[int, str] = {}
    for item in (text or "").split(","):
        year_id, _, label = item.partition(":")
        if year_id:
            locked[int(year_id)] = label
    session.info[_LOCKED_YEARS] = (session.get_transaction(), locked)


def _locked_years(session: Session, *, renew: bool) -> dict[int, str]:
    """The locked school years, read once per transaction (again when this flush writes a
    school year: locking one is a change of a school year row, read fresh)."""
    kept = session.info.get(_LOCKED_YEARS)
    transaction = session.get_transaction()
    if not renew and kept is not None and kept[0] is transaction:
        return dict(kept[1])
    locked = dict(
        session.execute(
            select(SchoolYearRow.id, SchoolYearRow.label).where(SchoolYearRow.locked.is_(True))
        ).all()
    )
    if renew:
        session.info.pop(_LOCKED_YEARS, None)
    else:
        session.info[_LOCKED_YEARS] = (transaction, locked)
    return dict(locked)


def _refuse(locked: dict[int, str], year: int | str | None) -> None:
    """Raise ``locked_error`` when ``year`` (an id, or a confirmation's label) is locked."""
    if isinstance(year, str):
        if year in locked.values():
            raise locked_error(year)
    elif year is not None and year in locked:
        raise locked_error(locked[year])


def _year_data_changed(item: Any) -> bool:
    """Whether a changed row of a year changes what the lock keeps (see ``_EVALUATION``)."""
    state = inspect(item)
    if isinstance(item, SchoolYearRow):
        keys = [c.key for c in state.mapper.column_attrs if c.key != "locked"]
    elif isinstance(item, SchoolClass):
        keys = [c.key for c in state.mapper.column_attrs] + ["previous_classes", "school_year"]
    elif isinstance(item, Chain):
        keys = [a.key for a in state.mapper.attrs if a.key not in _EVALUATION]
    else:
        keys = [a.key for a in state.mapper.attrs]
    return any(state.attrs[key].history.has_changes() for key in keys)


def _year_in_memory(stored: _StoredYears, item: Any) -> int | str | None:
    """The school year a new or changed row belongs to by its values in memory: an id, or
    the label of a confirmation."""
    if isinstance(item, SchoolYearRow):
        return item.id
    if isinstance(item, CompanyConfirmation):
        return item.school_year
    values = inspect(item).dict
    if isinstance(item, SchoolClass):
        year = values.get("school_year")
        return year.id if year is not None else values.get("school_year_id")
    if isinstance(item, (Pupil, Chain)):
        school_class = values.get("school_class")
        if school_class is not None:
            return _year_in_memory(stored, school_class)
        class_id = values.get("class_id")
        return stored.class_year(class_id) if class_id is not None else None
    if isinstance(item, ChainLesson):
        chain = values.get("chain")
        if chain is not None:
            return _year_in_memory(stored, chain)
        chain_id = values.get("chain_id")
        return stored.chain_year(chain_id) if chain_id is not None else None
    year = values.get("school_year")
    return year.id if year is not None else values.get("school_year_id")


class _StoredYears:
    """The school year of rows as the database has them (before this flush)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._classes: dict[int, int] = {}
        self._chains: dict[int, int] = {}

    def class_year(self, class_id: int) -> int | None:
        if class_id not in self._classes:
            self._classes.update(
                self.session.execute(
                    select(SchoolClass.id, SchoolClass.school_year_id)
                ).all()
            )
        return self._classes.get(class_id)

    def chain_year(self, chain_id: int) -> int | None:
        if chain_id not in self._chains:
            self._chains.update(
                self.session.execute(
                    select(Chain.id, SchoolClass.school_year_id).join(
                        SchoolClass, SchoolClass.id == Chain.class_id
                    ).where(Chain.id == chain_id)
                ).all()
            )
        return self._chains.get(chain_id)

    def year_of(self, item: Any) -> int | str | None:
        """The year the stored row of ``item`` belongs to (None: not stored)."""
        key = inspect(item).identity
        if key is None:
            return None
        if isinstance(item, CompanyConfirmation):
            return str(key[1])
        row_id = key[0]
        if isinstance(item, SchoolYearRow):
            return row_id
        if isinstance(item, SchoolClass):
            return self.class_year(row_id)
        if isinstance(item, Chain):
            return self.chain_year(row_id)
        if isinstance(item, Pupil):
            class_id = self.session.scalar(select(Pupil.class_id).where(Pupil.id == row_id))
            return self.class_year(class_id) if class_id is not None else None
        if isinstance(item, ChainLesson):
            chain_id = self.session.scalar(
                select(ChainLesson.chain_id).where(ChainLesson.id == row_id)
            )
            return self.chain_year(chain_id) if chain_id is not None else None
        model = type(item)
        return self.session.scalar(select(model.school_year_id).where(model.id == row_id))


event.listen(Session, "before_flush", _before_flush)
