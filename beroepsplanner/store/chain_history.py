"""A chain's revision for calendars, and what a calendar must drop when a chain goes.

Calendar programs take an event again only when its SEQUENCE is higher (or, for
some, its LAST-MODIFIED later) than the one they have. Every flush that changes
a chain — its own fields or any of its lessons (editing rewrites the lessons) —
raises ``Chain.sequence`` by one and sets ``Chain.modified_at``; the SQL does
the counting (``sequence = sequence + 1``), so two programs that change the
same chain never write the same number twice.

A chain that is deleted (on its own, or with its class) leaves a
``CancelledChain`` row with its UID and the number of lessons of each kind, so
``export ical`` can tell the calendar that its events are cancelled. A plan
import that brings the chain back under the same UID makes the cancellation
void (the export leaves out a cancellation whose UID lives).

The listener is installed on every SQLAlchemy session when this module is
imported; ``store/sessions.py``, which makes every session of the program, imports
it, so no writer can forget it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.store.models import CancelledChain, Chain, ChainLesson, SchoolClass


def revision_time() -> dt.datetime:
    """What ``Chain.modified_at`` is set to now (UTC, whole seconds)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _changed_chains(session: Session) -> set[Chain]:
    chains: set[Chain] = set()
    for item in session.dirty:
        if isinstance(item, Chain) and session.is_modified(item, include_collections=True):
            chains.add(item)
    for item in (*session.new, *session.dirty, *session.deleted):
        if isinstance(item, ChainLesson):
            chain = item.chain if item.chain is not None else _chain_of(session, item)
            if chain is not None:
                chains.add(chain)
    return chains


def _chain_of(session: Session, lesson: ChainLesson) -> Chain | None:
    if lesson.chain_id is None:
        return None
    return session.get(Chain, lesson.chain_id)


def _deleted_chains(session: Session) -> list[Chain]:
    deleted = [item for item in session.deleted if isinstance(item, Chain)]
    for item in session.deleted:
        if isinstance(item, SchoolClass):
            deleted += [c for c in item.chains if c not in deleted]
    return deleted


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    deleted = _deleted_chains(session)
    now = revision_time()
    for chain in _changed_chains(session):
        if chain in deleted or chain in session.new or inspect(chain).deleted:
            continue
        chain.sequence = Chain.sequence + 1
        chain.modified_at = now
    for chain in deleted:
        if inspect(chain).pending or chain.uid is None:
            continue
        school_class = chain.school_class
        lessons = list(chain.lessons)
        session.add(
            CancelledChain(
                school_year_id=school_class.school_year_id,
                uid=chain.uid,
                class_name=school_class.name,
                title=chain.activity.title if chain.activity is not None else "",
                date=chain.date,
                preparations=sum(1 for x in lessons if x.kind == LessonKind.PREPARATION),
                reflections=sum(1 for x in lessons if x.kind == LessonKind.REFLECTION),
                sequence=_current_sequence(chain) + 1,
                cancelled_at=now,
            )
        )


def _current_sequence(chain: Chain) -> int:
    value = chain.sequence
    return value if isinstance(value, int) else 0


def _new_chain_times(session: Session, _context: Any, _instances: Any) -> None:
    now = revision_time()
    for item in session.new:
        if isinstance(item, Chain) and item.modified_at is None:
            item.modified_at = now


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "before_flush", _new_chain_times)
