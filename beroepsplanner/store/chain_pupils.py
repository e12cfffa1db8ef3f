"""Each pupil's record, as the teacher enters it in the chain builder: per chain, who was
absent, and per pupil the talents recognised in the reflection, "wil ik meer van weten"
and a line in the pupil's own words (``domain/pupil_record.py``, table ``chain_pupils``).

Every function that writes runs inside the caller's transaction (one per command in the
window, ``ui/record_commands.py``) through the ORM, so the change log and the text check
see every row. A row is kept only while something is entered: an entry set back to
nothing removes it. The entries of a chain or of pupils can be read before they are
deleted and put back by an undo (``chain_entries``, ``pupil_entries``, ``put_back_entries``).

The record is evaluation written after the chain, like the chain's observation, so a
locked school year still takes it (``store/year_lock.py`` does not watch this table).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.pupil_record import (
    OWN_WORDS_MAX,
    TALENTS,
    ChainPupilEntry,
    talents_from,
)
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.text import character_problem, problem_character
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import Chain, ChainPupil, Pupil


@dataclass(frozen=True)
class ChainPupilRow:
    """A pupil of the chain's class with what is entered for it in the chain."""

    pupil_id: int
    display_name: str
    entry: ChainPupilEntry


@dataclass(frozen=True)
class ChainPupilSheet:
    """The record of one chain: its class's pupils, ordered by name, with their entries."""

    chain_id: int
    class_name: str
    school_year: str
    date: dt.date
    status: ChainStatus
    rows: tuple[ChainPupilRow, ...] = ()


def _chain(session: Session, chain_id: int) -> Chain:
    chain = session.get(Chain, chain_id)
    if chain is None:
        raise NotFoundError(
            "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
        )
    return chain


def entry_of(row: ChainPupil) -> ChainPupilEntry:
    """A stored row as plain data."""
    return ChainPupilEntry(
        chain_id=row.chain_id,
        pupil_id=row.pupil_id,
        absent=bool(row.absent),
        talents=talents_from(row.talents),
        wants_more=bool(row.wants_more),
        own_words=row.own_words or "",
    )


def chain_pupil_sheet(session: Session, chain_id: int) -> ChainPupilSheet:
    """The pupils of the chain's class (by name, ignoring case) with their entries; a pupil
    without an entry gets an empty one. NotFoundError (Dutch) when the chain is gone."""
    chain = _chain(session, chain_id)
    school_class = chain.school_class
    stored = {
        row.pupil_id: entry_of(row)
        for row in session.scalars(select(ChainPupil).where(ChainPupil.chain_id == chain_id))
    }
    pupils = sorted(school_class.pupils, key=lambda p: (name_key(p.display_name), p.id))
    return ChainPupilSheet(
        chain_id=chain.id,
        class_name=school_class.name,
        school_year=school_class.school_year.label,
        date=chain.date,
        status=chain.status,
        rows=tuple(
            ChainPupilRow(p.id, p.display_name, stored.get(p.id, ChainPupilEntry(chain.id, p.id)))
            for p in pupils
        ),
    )


def set_chain_pupil_entry(session: Session, entry: ChainPupilEntry) -> ChainPupilEntry:
    """Store what is entered for one pupil in one chain; returns what was stored before
    (an empty entry when nothing), for the undo.

    The pupil must be in the chain's class; the own words fit on one line of at most
    ``OWN_WORDS_MAX`` characters the printing can set. Refusals are Dutch and keyed, and
    write nothing. An empty entry removes the row.
    """
    chain = _chain(session, entry.chain_id)
    pupil = session.get(Pupil, entry.pupil_id)
    if pupil is None:
        raise NotFoundError(
            "Deze leerling bestaat niet meer; misschien is die net verwijderd.", key="pupil-gone"
        )
    if pupil.class_id != chain.class_id:
        raise InvalidInputError(
            f"{pupil.display_name} zit niet in {chain.school_class.name}, de klas van deze "
            "keten. Er is niets veranderd.",
            key="record-pupil-not-in-class",
            name=pupil.display_name,
            class_name=chain.school_class.name,
        )
    words = _own_words(entry.own_words)
    row = session.get(ChainPupil, (entry.chain_id, entry.pupil_id))
    previous = entry_of(row) if row is not None else ChainPupilEntry(entry.chain_id, entry.pupil_id)
    clean = ChainPupilEntry(
        entry.chain_id,
        entry.pupil_id,
        absent=entry.absent,
        talents=tuple(t for t in TALENTS if t in entry.talents),
        wants_more=entry.wants_more,
        own_words=words,
    )
    _write(session, row, clean)
    session.flush()
    return previous


def _write(session: Session, row: ChainPupil | None, entry: ChainPupilEntry) -> None:
    if entry.is_empty:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = ChainPupil(chain_id=entry.chain_id, pupil_id=entry.pupil_id)
        session.add(row)
    row.absent = entry.absent
    row.talents = [t.value for t in entry.talents]
    row.wants_more = entry.wants_more
    row.own_words = entry.own_words


def _own_words(text: str) -> str:
    """The own words trimmed; refused (Dutch, keyed) when they hold a line break, a
    control character or a character the printing cannot set, or are too long."""
    clean = text.strip()
    problem = character_problem(clean)
    if problem is not None:
        raise InvalidInputError(
            f"De eigen woorden van de leerling: {problem}",
            key="character-problem",
            field="own-words",
            char=problem_character(clean),
        )
    if len(clean) > OWN_WORDS_MAX:
        raise InvalidInputError(
            "De eigen woorden van de leerling passen op één regel van hoogstens "
            f"{OWN_WORDS_MAX} tekens.",
            key="field-one-line",
            field="own-words",
            max=OWN_WORDS_MAX,
        )
    return clean


# --- taken away and put back (undo of deleting a chain or pupils) ------------------------


def chain_entries(session: Session, chain_id: int) -> tuple[ChainPupilEntry, ...]:
    """Every entry stored for chain ``chain_id`` (read before the chain is deleted)."""
    rows = session.scalars(
        select(ChainPupil).where(ChainPupil.chain_id == chain_id).order_by(ChainPupil.pupil_id)
    )
    return tuple(entry_of(row) for row in rows)


def pupil_entries(session: Session, pupil_ids: Iterable[int]) -> tuple[ChainPupilEntry, ...]:
    """Every entry stored for these pupils, in any chain (read before they are removed)."""
    ids = list(pupil_ids)
    if not ids:
        return ()
    rows = session.scalars(
        select(ChainPupil)
        .where(ChainPupil.pupil_id.in_(ids))
        .order_by(ChainPupil.pupil_id, ChainPupil.chain_id)
    )
    return tuple(entry_of(row) for row in rows)


def put_back_entries(
    session: Session,
    entries: Sequence[ChainPupilEntry],
    *,
    chain_ids: dict[int, int] | None = None,
    pupil_ids: dict[int, int] | None = None,
) -> int:
    """Store ``entries`` again after their chain or pupils came back (an undo); the maps
    give a new id to a chain or pupil that came back under another one. An entry whose
    chain or pupil is not there is skipped; returns how many were stored."""
    stored = 0
    for entry in entries:
        chain_id = (chain_ids or {}).get(entry.chain_id, entry.chain_id)
        pupil_id = (pupil_ids or {}).get(entry.pupil_id, entry.pupil_id)
        if session.get(Chain, chain_id) is None or session.get(Pupil, pupil_id) is None:
            continue
        moved = ChainPupilEntry(
            chain_id, pupil_id, entry.absent, entry.talents, entry.wants_more, entry.own_words
        )
        _write(session, session.get(ChainPupil, (chain_id, pupil_id)), moved)
        stored += 1
    session.flush()
    return stored


# --- a pupil over the years ------------------------------------------------------------------


def pupil_history(session: Session, pupil: Pupil) -> list[Pupil]:
    """The rows of the same child in every school year, oldest first: ``pupil`` and the
    rows it follows back (``previous_id``, set by ``year new``). A purged year ends it."""
    rows = [pupil]
    seen = {pupil.id}
    while rows[-1].previous_id is not None:
        earlier = session.get(Pupil, rows[-1].previous_id)
        if earlier is None or earlier.id in seen:
            break
        rows.append(earlier)
        seen.add(earlier.id)
    return rows[::-1]
