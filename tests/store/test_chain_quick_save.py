"""The chain builder's save over a chain it read (``store/chain_quick_save.py``), on SQLite
and on PostgreSQL: a change of the chain's own fields is one UPDATE that writes what the
full save writes; a colleague's save in between, a locked year, a chain gone and every
other change are refused or saved as the full save does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from beroepsplanner.domain.kinds import LetterVariant, TransportMode
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_editing import (
    ChainForm,
    delete_chain,
    load_versioned_form,
    save_edited_chain,
)
from beroepsplanner.store.chain_quick_save import QUICK_FIELDS
from beroepsplanner.store.change_log import entries_since, latest_revision
from beroepsplanner.store.models import Activity, Chain, SchoolClass
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.year_lock import set_locked

YEAR = "2026-2027"


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def a_chain(database: Database) -> int:
    """A chain of the demo with lessons (the first one)."""
    with database.session() as session:
        return session.scalars(select(Chain.id).order_by(Chain.id)).first() or 0


def read(database: Database, chain_id: int) -> tuple[int, ChainForm]:
    with database.session() as session:
        return load_versioned_form(session, chain_id)


def row(database: Database, chain_id: int) -> tuple[int, int, dt.datetime | None]:
    """The chain's version, calendar sequence and last change."""
    with database.session() as session:
        found = session.execute(
            select(Chain.version, Chain.sequence, Chain.modified_at).where(Chain.id == chain_id)
        ).one()
        return found[0], found[1], found[2]


def save(database: Database, chain_id: int, form: ChainForm, version: int, loaded: ChainForm) -> ChainForm:
    with database.transaction() as session:
        return save_edited_chain(session, form, chain_id, version=version, loaded=loaded)


@pytest.fixture
def statements(demo_db: Database) -> Iterator[list[str]]:
    """Every statement sent to the database while the test runs (first word, upper case)."""
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement.split(None, 1)[0].upper())

    event.listen(demo_db.engine, "before_cursor_execute", note)
    yield sent
    event.remove(demo_db.engine, "before_cursor_execute", note)


def test_a_new_note_is_one_update_that_raises_version_and_sequence(
    demo_db: Database, statements: list[str]
) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    _, sequence, _ = row(demo_db, chain_id)
    revision = _latest(demo_db)
    edited = dataclasses.replace(loaded, notes=f"{loaded.notes} Bus besteld voor Ayşe & Łukasz.")
    statements.clear()
    before = save(demo_db, chain_id, edited, version, loaded)
    # The chain is not read again: one UPDATE, and the change log's row.
    assert statements == ["UPDATE", "INSERT"]
    assert before == loaded
    assert read(demo_db, chain_id) == (version + 1, dataclasses.replace(edited, notes=edited.notes.strip()))
    now_version, now_sequence, modified = row(demo_db, chain_id)
    assert (now_version, now_sequence) == (version + 1, sequence + 1)
    assert modified is not None and abs(modified - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=1)
    # The log holds the save like any other: the chain, under its class (for undo and for
    # the other windows).
    with demo_db.session() as session:
        entries, _complete = entries_since(session, revision)
    assert len(entries) == 1
    assert entries[0].touched.own == {"chains": {chain_id}}
    assert entries[0].touched.parent == {"classes": {loaded.class_id}}


OWN_VALUES: dict[str, Any] = {
    "notes": "Ouders van Sem & Daan rijden mee.",
    "observation": "De klas vroeg veel over het lassen.",
    "project": "Wonen in 2040",
    "core_objectives": (42, 45),
    "transport_mode": TransportMode.BIKES,
    "departure_time": dt.time(9, 15),
    "return_time": dt.time(11, 45),
    "letter_variant": LetterVariant.CONCRETE,
}


def test_the_quick_fields_are_the_own_values_here() -> None:
    assert set(OWN_VALUES) == set(QUICK_FIELDS)


@pytest.mark.parametrize("field", sorted(OWN_VALUES))
def test_each_own_field_is_saved_by_the_one_update(
    demo_db: Database, statements: list[str], field: str
) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    edited = dataclasses.replace(loaded, **{field: OWN_VALUES[field]})
    assert edited != loaded
    statements.clear()
    save(demo_db, chain_id, edited, version, loaded)
    assert statements == ["UPDATE", "INSERT"]
    assert read(demo_db, chain_id) == (version + 1, edited)


def test_a_colleagues_save_in_between_is_refused_with_both_versions(demo_db: Database) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    colleague = dataclasses.replace(loaded, notes="Bus geregeld (collega).")
    save(demo_db, chain_id, colleague, version, loaded)
    mine = dataclasses.replace(loaded, observation="Mijn observatie.")
    with pytest.raises(ChangedByColleagueError) as caught:
        save(demo_db, chain_id, mine, version, loaded)
    error = caught.value
    assert error.key == "changed-by-colleague"
    assert error.version == version + 1
    assert error.newer == colleague
    assert error.mine == mine
    with demo_db.session() as session:
        class_name, title = session.execute(
            select(SchoolClass.name, Activity.title)
            .join(Chain, Chain.class_id == SchoolClass.id)
            .join(Activity, Activity.id == Chain.activity_id)
            .where(Chain.id == chain_id)
        ).one()
    assert error.value("name") == f"{class_name}: {title}"
    assert f"‘{class_name}: {title}’" in str(error)
    # Nothing of mine was written; the colleague's save stands.
    assert read(demo_db, chain_id) == (version + 1, colleague)
    # Saved over the colleague's on purpose (the conflict dialog, with their version and
    # what they saved): my form is what is saved, their note included.
    assert save(demo_db, chain_id, mine, error.version, error.newer) == colleague
    assert read(demo_db, chain_id) == (version + 2, mine)


def test_nothing_changed_is_still_checked_against_a_colleagues_save(demo_db: Database) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    save(demo_db, chain_id, dataclasses.replace(loaded, notes="Van een collega."), version, loaded)
    with pytest.raises(ChangedByColleagueError):
        save(demo_db, chain_id, loaded, version, loaded)


def test_a_locked_year_takes_a_new_observation_but_no_note(demo_db: Database) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    with demo_db.transaction() as session:
        set_locked(session, YEAR, True)
    with pytest.raises(InvalidInputError) as caught:
        save(demo_db, chain_id, dataclasses.replace(loaded, notes="Niet meer."), version, loaded)
    assert caught.value.key == "school-year-locked"
    assert read(demo_db, chain_id) == (version, loaded)
    evaluated = dataclasses.replace(loaded, observation="Achteraf: de klas was enthousiast.")
    save(demo_db, chain_id, evaluated, version, loaded)
    assert read(demo_db, chain_id) == (version + 1, evaluated)


def test_a_chain_removed_meanwhile_is_said(demo_db: Database) -> None:
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    with demo_db.transaction() as session:
        delete_chain(session, chain_id)
    with pytest.raises(NotFoundError) as caught:
        save(demo_db, chain_id, dataclasses.replace(loaded, notes="Te laat."), version, loaded)
    assert caught.value.key == "chain-gone"


REFUSED_BEFORE_WRITING: dict[str, tuple[dict[str, Any], str]] = {
    # Back before leaving: checked on the form, as the full save does.
    "times out of order": (
        {"departure_time": dt.time(13, 0), "return_time": dt.time(9, 0)},
        "return-before-departure",
    ),
    # An emoji the printing cannot set: what the flush's text check refuses.
    "a text the printing cannot set": ({"project": "Bouwen \U0001f3d7"}, "stored-text-character"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_BEFORE_WRITING))
def test_a_refused_field_is_refused_before_anything_is_written(
    demo_db: Database, statements: list[str], case: str
) -> None:
    changes, key = REFUSED_BEFORE_WRITING[case]
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    statements.clear()
    with pytest.raises(InvalidInputError) as caught:
        save(demo_db, chain_id, dataclasses.replace(loaded, **changes), version, loaded)
    assert caught.value.key == key
    assert "UPDATE" not in statements
    assert read(demo_db, chain_id) == (version, loaded)


def test_a_change_the_rules_read_takes_the_full_save(demo_db: Database, statements: list[str]) -> None:
    """More companions (the rules count them) with a note: the chain is read (on a server
    locked) first and the rules run, as ``save_chain_form`` does."""
    chain_id = a_chain(demo_db)
    version, loaded = read(demo_db, chain_id)
    more = dataclasses.replace(loaded, companions=loaded.companions + 2, notes="Twee ouders mee.")
    statements.clear()
    assert save(demo_db, chain_id, more, version, loaded) == loaded
    assert statements[0] == "SELECT"
    assert len(statements) > 3
    assert read(demo_db, chain_id) == (version + 1, more)


def _latest(database: Database) -> int:
    with database.session() as session:
        return latest_revision(session)
