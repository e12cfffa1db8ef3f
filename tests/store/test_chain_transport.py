"""The chain builder's form carries transport, companions and times (issue 12 item 2); a
new lesson follows the activity's templates; a new chain starts on a school day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from beroepsplanner.domain.chain import Severity
from beroepsplanner.domain.kinds import LessonKind, TransportMode
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.store.chain_editing import (
    ChainForm,
    add_lesson,
    check_form,
    first_school_day,
    load_chain_form,
    propose_form,
    save_chain_form,
)
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.sessions import Database

TUESDAY = dt.date(2026, 11, 3)
VISIT = "bedrijfsbezoek-techniektalent"


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL
    (tests/conftest.py, make_database)."""
    return make_database("demo")


def visit_form(database: Database) -> ChainForm:
    with database.session() as session:
        class_id = find_class(session, "Groep 6b").id
        return propose_form(session, class_id, VISIT, TUESDAY)


def warnings(database: Database, form: ChainForm) -> list[str]:
    with database.session() as session:
        return [f.code for f in check_form(session, form) if f.severity is Severity.WARNING]


def test_transport_and_companions_resolve_their_warnings(demo: Database) -> None:
    form = visit_form(demo)
    assert {"transport-not-arranged", "too-few-companions"} <= set(warnings(demo, form))
    done = dataclasses.replace(form, transport_arranged=True, companions=10)
    assert not {"transport-not-arranged", "too-few-companions"} & set(warnings(demo, done))


def test_way_of_travelling_and_times_are_saved_loaded_and_printed(demo: Database) -> None:
    form = dataclasses.replace(
        visit_form(demo), transport_arranged=True, companions=5,
        transport_mode=TransportMode.BUS, departure_time=dt.time(8, 30),
        return_time=dt.time(12, 15),
    )
    with demo.transaction() as session:
        chain_id = save_chain_form(session, form)
    with demo.session() as session:
        loaded = load_chain_form(session, chain_id)
        document = chain_document_by_id(session, chain_id)
    assert loaded.transport_mode is TransportMode.BUS and loaded.companions == 5
    assert (loaded.departure_time, loaded.return_time) == (dt.time(8, 30), dt.time(12, 15))
    assert document.transport_mode is TransportMode.BUS and document.transport_arranged
    assert (document.departure_time, document.return_time) == (dt.time(8, 30), dt.time(12, 15))


def test_times_not_known_stay_empty(demo: Database) -> None:
    form = visit_form(demo)
    with demo.transaction() as session:
        chain_id = save_chain_form(session, form)
    with demo.session() as session:
        loaded = load_chain_form(session, chain_id)
    assert (loaded.transport_mode, loaded.departure_time, loaded.return_time) == (None, None, None)


def test_a_return_before_the_departure_is_refused_in_dutch(demo: Database) -> None:
    form = dataclasses.replace(
        visit_form(demo), departure_time=dt.time(13, 0), return_time=dt.time(12, 0)
    )
    with pytest.raises(InvalidInputError) as caught, demo.transaction() as session:
        save_chain_form(session, form)
    assert "om 12:00 terug, maar vertrekt pas om 13:00" in str(caught.value)


def test_an_added_lesson_takes_the_next_unused_template(demo: Database) -> None:
    form = visit_form(demo)
    with demo.session() as session:
        activity = activity_by_key(session, form.activity_key)
        assert activity is not None
        templates = [t.title for t in activity.templates_of(LessonKind.PREPARATION)]
        # Take a proposed lesson away: the added one brings its template back.
        without = form.without_lesson(
            next(i for i, x in enumerate(form.lessons) if x.kind is LessonKind.PREPARATION)
        )
        again = add_lesson(session, without, LessonKind.PREPARATION)
    added = again.lessons[-1]
    assert added.title in templates and added.template_id is not None


def test_a_lesson_beyond_the_templates_is_a_named_follow_up_not_a_bare_kind(
    demo: Database,
) -> None:
    form = visit_form(demo)
    with demo.session() as session:
        activity = activity_by_key(session, form.activity_key)
        assert activity is not None
        last = [t.title for t in activity.templates_of(LessonKind.REFLECTION)][-1]
        added = add_lesson(session, form, LessonKind.REFLECTION).lessons[-1]
    assert added.title == f"{last} (vervolg)"
    assert added.title != "Reflectieles" and added.template_id is None


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2026, 12, 12), dt.date(2026, 12, 14)),  # a Saturday: the Monday after
    (dt.date(2026, 12, 14), dt.date(2026, 12, 14)),  # a school day stays
    (dt.date(2026, 12, 24), dt.date(2027, 1, 4)),  # Christmas holiday: the first day after
    (dt.date(2026, 8, 1), dt.date(2026, 8, 31)),  # summer holiday Midden 2026 ends 30 August
])
def test_a_new_chain_starts_on_the_next_school_day(
    demo: Database, day: dt.date, expected: dt.date
) -> None:
    with demo.session() as session:
        assert first_school_day(session, find_class(session, "Groep 6b").id, day) == expected
