"""Chains that belong together (issue 15 item 5), on SQLite and on PostgreSQL: a follow-up
and the links refused, a series not counted as a repetition, the record's one experience,
an activity of several days with its lessons around it, a task during a visit in the
logbook, and all of it through ``year new`` and ``db copy``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.ical import chain_events
from beroepsplanner.printing.lessons import render_lesson_sheets
from beroepsplanner.printing.logbook import pages_per_logbook, render_logbooks
from beroepsplanner.printing.record import render_record
from beroepsplanner.store.chain_editing import (
    ChainForm,
    check_form,
    delete_chain,
    load_chain_form,
    restore_chain,
    save_chain_form,
    with_end_date,
)
from beroepsplanner.store.chain_links import follow_choices, followers_of, relink_followers
from beroepsplanner.store.checks import check_database, save_rule_setting
from beroepsplanner.store.document_query import chain_document as quick_document
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Activity, Chain, SchoolClass, SchoolYearRow
from beroepsplanner.store.planner import move_chain, year_grid
from beroepsplanner.store.record_document import record_document
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.ical_export import calendar_chain
from beroepsplanner.store.year_rows import put_back_year_rows, remove_year_rows, take_year_rows
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"
LATER = dt.date(2028, 7, 1)
VISIT, BUILD = "bedrijfsbezoek-techyourfuture", "bouwopdracht-na-bedrijfsbezoek"
"""Groep 5 of the demo: a company visit to Transportbedrijf Koster on 2 February 2027 with
the Medewerkerspaspoort as its task, then the build assignment at the same company a week
later, following it up (one series)."""
TASK = "medewerkerspaspoort"


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def chain_of(database: Database, class_name: str, activity_key: str, year: str = OLD) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id)
            .join(Chain.school_class)
            .join(SchoolClass.school_year)
            .join(Activity, Chain.activity_id == Activity.id)
            .where(
                SchoolClass.name == class_name,
                SchoolYearRow.label == year,
                Activity.key == activity_key,
            )
        ).one()


def form_of(database: Database, chain_id: int) -> ChainForm:
    with database.session() as session:
        return load_chain_form(session, chain_id)


def save(database: Database, chain_id: int | None, form: ChainForm) -> int:
    with database.transaction() as session:
        return save_chain_form(session, form, chain_id)


def link(database: Database, chain_id: int, follows: int | None) -> None:
    save(database, chain_id, dataclasses.replace(form_of(database, chain_id), follows_chain_id=follows))


def refusal(database: Database, chain_id: int | None, form: ChainForm) -> str | None:
    with pytest.raises(InvalidInputError) as caught:
        save(database, chain_id, form)
    return caught.value.key


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# --- a follow-up -----------------------------------------------------------------------------


def test_a_follow_up_is_saved_and_links_across_classes_years_and_circles_are_refused(
    demo_db: Database,
) -> None:
    visit, build = chain_of(demo_db, "Groep 5", VISIT), chain_of(demo_db, "Groep 5", BUILD)
    workshop = chain_of(demo_db, "Groep 5", "workshop-zabuki")
    first = chain_of(demo_db, "Groep 5", "dit-doe-ik")
    assert form_of(demo_db, build).follows_chain_id == visit  # the demo's series
    link(demo_db, build, None)
    with demo_db.session() as session:
        offered = [c.id for c in follow_choices(session, form_of(demo_db, build).class_id, build, form_of(demo_db, build).date)]
    assert offered == [first, visit]  # the earlier chains of the class, by date
    link(demo_db, build, visit)
    assert form_of(demo_db, build).follows_chain_id == visit

    build_form = form_of(demo_db, build)
    assert refusal(demo_db, build, dataclasses.replace(build_form, follows_chain_id=build)) == "follows-itself"
    # The visit after the build assignment that follows it: a circle.
    assert refusal(demo_db, visit, dataclasses.replace(form_of(demo_db, visit), follows_chain_id=build)) == "follows-circle"
    # A second follow-up of the visit: a series is one line.
    workshop_form = dataclasses.replace(form_of(demo_db, workshop), follows_chain_id=visit)
    assert refusal(demo_db, workshop, workshop_form) == "follows-taken"
    # An earlier chain cannot follow a later one.
    assert refusal(demo_db, first, dataclasses.replace(form_of(demo_db, first), follows_chain_id=build)) == "follows-not-earlier"
    # Another class of the same year.
    other = chain_of(demo_db, "Groep 6a", "workshop-de-wetenschapper")
    assert refusal(demo_db, other, dataclasses.replace(form_of(demo_db, other), follows_chain_id=visit)) == "follows-other-class"
    assert form_of(demo_db, visit).follows_chain_id is None  # nothing written by a refusal

    # Another school year: Groep 6 of next year (last year's Groep 5) cannot follow last year's visit.
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    new_build = chain_of(demo_db, "Groep 5", BUILD, NEW)
    form = dataclasses.replace(form_of(demo_db, new_build), follows_chain_id=visit)
    with pytest.raises(InvalidInputError) as caught:
        save(demo_db, new_build, form)
    assert caught.value.key == "follows-other-year"
    assert "2026-2027" in str(caught.value)


def test_deleting_a_chain_leaves_its_follow_up_alone_and_the_undo_links_it_again(demo_db: Database) -> None:
    visit, build = chain_of(demo_db, "Groep 5", VISIT), chain_of(demo_db, "Groep 5", BUILD)
    link(demo_db, build, visit)
    with demo_db.transaction() as session:
        followers = followers_of(session, visit)
        removed = delete_chain(session, visit)
    assert followers == [build]
    assert form_of(demo_db, build).follows_chain_id is None
    with demo_db.transaction() as session:
        restored = restore_chain(session, removed, visit)
        relink_followers(session, restored, followers)
    assert restored == visit and form_of(demo_db, build).follows_chain_id == visit


def test_a_series_with_the_same_company_is_no_repetition(demo_db: Database) -> None:
    """With at most one visit per company a year, the visit and its build assignment at the
    same company warn about repetition (company and worlds) until they form one series."""
    with demo_db.transaction() as session:
        save_rule_setting(session, "max_repetitions", 1)

    def repetitions() -> list[str]:
        with demo_db.session() as session:
            found = check_database(session, school_year=OLD)
        return [f.message for f in found if f.code == "repetition" and f.class_name == "Groep 5"]

    assert repetitions() == []  # the demo's visit and build assignment are one series
    link(demo_db, chain_of(demo_db, "Groep 5", BUILD), None)
    before = repetitions()
    assert any("Transportbedrijf Koster" in m for m in before)
    link(demo_db, chain_of(demo_db, "Groep 5", BUILD), chain_of(demo_db, "Groep 5", VISIT))
    assert repetitions() == []


def test_the_record_shows_a_series_as_one_experience(demo_db: Database, tmp_path: Path) -> None:
    visit, build = chain_of(demo_db, "Groep 5", VISIT), chain_of(demo_db, "Groep 5", BUILD)
    link(demo_db, build, visit)
    with demo_db.transaction() as session:
        for chain in session.scalars(select(Chain).where(Chain.id.in_([visit, build]))):
            chain.status = ChainStatus.DONE
    with demo_db.session() as session:
        document = record_document(session, "Groep 5", today=LATER)
    (year,) = document.pupils[0].years
    titles = [c.title for c in year.chains]
    series = next(c for c in year.chains if c.parts)
    assert [p.title for p in series.parts] == [
        "Bezoek: van idee naar product", "Bouwopdracht: zelf maken wat het bedrijf maakt"
    ]
    assert len(titles) == len(set(titles))
    assert titles.count(series.title) == 1
    assert not any(c.title == series.parts[1].title for c in year.chains)  # not an entry of its own
    path = tmp_path / "overzicht.pdf"
    render_record(document, path)
    text = " ".join(pdf_text(path).split())
    first_pupil = text.split("OVERZICHT BEROEPSORIËNTATIE")[1]
    assert "In delen:" in first_pupil
    assert first_pupil.count(series.parts[1].title) == 1  # only as a part of the series


# --- several days --------------------------------------------------------------------------


def test_an_activity_of_several_days_has_its_lessons_before_and_after_it(demo_db: Database, tmp_path: Path) -> None:
    week = chain_of(demo_db, "Groep 1", "projectweek-beroepen")
    start, end = dt.date(2027, 4, 5), dt.date(2027, 4, 9)
    form = form_of(demo_db, week)
    assert (form.date, form.activity_end_date) == (start, end)  # the demo's project week
    with demo_db.session() as session:
        one_day = with_end_date(session, form, None, except_chain=week)
        assert one_day.activity_end_date is None
        longer = with_end_date(session, one_day, end, except_chain=week)
        assert [f.code for f in check_form(session, longer, week) if f.severity.value == "error"] == []
    assert longer.activity_end_date == end
    assert all(x.date < start for x in longer.lessons if x.kind is LessonKind.PREPARATION)
    assert all(x.date > end for x in longer.lessons if x.kind is LessonKind.REFLECTION)
    save(demo_db, week, longer)

    # Its last day on a Saturday, and an end before the start.
    with demo_db.session() as session:
        saturday = dataclasses.replace(longer, activity_end_date=dt.date(2027, 4, 10))
        found = [f for f in check_form(session, saturday, week) if f.code == "not-a-school-day"]
    assert [f.arg("day_kind") for f in found] == ["activity_end"]
    assert refusal(demo_db, week, dataclasses.replace(longer, activity_end_date=start)) == "activity-end-not-after-start"

    # The year plan spans the days; the paper says them; the calendar has one event over them.
    with demo_db.session() as session:
        grid = year_grid(session, OLD)
        document = chain_document_by_id(session, week)
        event = next(e for e in chain_events(calendar_chain(session.get(Chain, week))) if "activiteit@" in e.uid)
    bar = next(b for row in grid.classes for b in row.bars if b.chain_id == week)
    assert (bar.date, bar.end_date, bar.activity_end) == (start, end, end)
    assert (event.date, event.days) == (start, 5)
    path = tmp_path / "lessen.pdf"
    render_lesson_sheets(document, path)
    assert "van 5 tot en met 9 april 2027" in " ".join(pdf_text(path).split())

    # A move keeps the length; reflection stays after the last day.
    with demo_db.transaction() as session:
        move_chain(session, week, dt.date(2027, 5, 31))
    moved = form_of(demo_db, week)
    assert (moved.date, moved.activity_end_date) == (dt.date(2027, 5, 31), dt.date(2027, 6, 4))
    assert all(x.date > moved.activity_end_date for x in moved.lessons if x.kind is LessonKind.REFLECTION)


# --- a task during a visit -----------------------------------------------------------------


def test_a_task_during_a_visit_is_printed_in_the_chains_logbook(demo_db: Database, tmp_path: Path) -> None:
    visit = chain_of(demo_db, "Groep 7", "bedrijfsbezoek-jetnet-technet")
    save(demo_db, visit, dataclasses.replace(form_of(demo_db, visit), task_keys=(TASK,)))
    assert form_of(demo_db, visit).task_keys == (TASK,)
    with demo_db.session() as session:
        document = chain_document_by_id(session, visit)
    raw = demo_db.engine.raw_connection()
    try:
        quick = quick_document(raw.driver_connection, visit)
    finally:
        raw.close()
    assert quick == document  # the quick print reads the same
    assert [t.key for t in document.tasks] == [TASK]
    assert pages_per_logbook(document) == 4 and document.logbook_pages(blank_copy=False) == 4 * len(document.pupils)
    path = tmp_path / "logboeken.pdf"
    pages = render_logbooks([dataclasses.replace(document, pupils=document.pupils[:1])], path)
    assert pages == 8  # one pupil and the blank copy, four pages each
    text = pdf_text(path)
    assert "Het medewerkerspaspoort: medewerker 1" in text and "medewerker 2" in text
    assert "Welke talenten gebruik je daarbij?" in text

    # The catalog item stays a chain of its own; a task needs a visit and a task of the catalog.
    build = chain_of(demo_db, "Groep 5", BUILD)
    assert refusal(demo_db, build, dataclasses.replace(form_of(demo_db, build), task_keys=(TASK,))) == "tasks-need-visit"
    assert refusal(demo_db, visit, dataclasses.replace(form_of(demo_db, visit), task_keys=(BUILD,))) == "not-a-visit-task"


# --- the next year and a copy --------------------------------------------------------------


def test_year_new_keeps_the_series_the_days_and_the_tasks(demo_db: Database) -> None:
    visit, build = chain_of(demo_db, "Groep 5", VISIT), chain_of(demo_db, "Groep 5", BUILD)
    link(demo_db, build, visit)
    week = chain_of(demo_db, "Groep 1", "projectweek-beroepen")
    with demo_db.session() as session:
        longer = with_end_date(session, form_of(demo_db, week), dt.date(2027, 4, 9), except_chain=week)
    save(demo_db, week, longer)
    trip = chain_of(demo_db, "Groep 7", "bedrijfsbezoek-jetnet-technet")
    save(demo_db, trip, dataclasses.replace(form_of(demo_db, trip), task_keys=(TASK,)))
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    new_visit = chain_of(demo_db, "Groep 5", VISIT, NEW)
    new_build = chain_of(demo_db, "Groep 5", BUILD, NEW)
    assert form_of(demo_db, new_build).follows_chain_id == new_visit
    new_week = form_of(demo_db, chain_of(demo_db, "Groep 1", "projectweek-beroepen", NEW))
    assert new_week.activity_end_date is not None
    assert (new_week.activity_end_date - new_week.date).days == 4
    assert all(x.date > new_week.activity_end_date for x in new_week.lessons if x.kind is LessonKind.REFLECTION)
    assert form_of(demo_db, chain_of(demo_db, "Groep 7a", "bedrijfsbezoek-jetnet-technet", NEW)).task_keys == (TASK,)
    # Last year's chains are as they were.
    assert form_of(demo_db, build).follows_chain_id == visit
    # The window's undo and redo of the move take the rows away and put them back exactly.
    with demo_db.transaction() as session:
        rows = take_year_rows(session, NEW)
        remove_year_rows(session, rows)
    with demo_db.transaction() as session:
        put_back_year_rows(session, rows)
    assert form_of(demo_db, new_build).follows_chain_id == new_visit
    assert form_of(demo_db, chain_of(demo_db, "Groep 7a", "bedrijfsbezoek-jetnet-technet", NEW)).task_keys == (TASK,)


def test_db_copy_carries_links_days_and_tasks(demo_db: Database, tmp_path: Path) -> None:
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.copy import copy_database

    visit, build = chain_of(demo_db, "Groep 5", VISIT), chain_of(demo_db, "Groep 5", BUILD)
    link(demo_db, build, visit)
    week = chain_of(demo_db, "Groep 1", "projectweek-beroepen")
    with demo_db.session() as session:
        longer = with_end_date(session, form_of(demo_db, week), dt.date(2027, 4, 9), except_chain=week)
    save(demo_db, week, longer)
    trip = chain_of(demo_db, "Groep 7", "bedrijfsbezoek-jetnet-technet")
    save(demo_db, trip, dataclasses.replace(form_of(demo_db, trip), task_keys=(TASK,)))
    forms = {i: form_of(demo_db, i) for i in (build, week, trip)}
    location = demo_db.location
    demo_db.close()
    copy_database(location, tmp_path / "kopie.db")
    copy = open_database(tmp_path / "kopie.db")
    try:
        assert {i: form_of(copy, i) for i in forms} == forms
    finally:
        copy.close()


def _statements_of_a_note(database: Database, chain_id: int) -> int:
    """How many statements saving a new note on chain ``chain_id`` sends."""
    from sqlalchemy import event

    form = form_of(database, chain_id)
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        save(database, chain_id, dataclasses.replace(form, notes=form.notes + " Bus besteld."))
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    return len(sent)


def test_a_new_note_on_a_chain_of_a_series_costs_no_statement_for_the_series(demo_db: Database) -> None:
    """The series is checked when a save changes its date, class or the chain it follows,
    not for a note: the visit (followed up) and the build assignment (a follow-up) save a
    note with as many statements as a chain outside any series."""
    alone = _statements_of_a_note(demo_db, chain_of(demo_db, "Groep 6b", "kennisontbijt"))
    assert _statements_of_a_note(demo_db, chain_of(demo_db, "Groep 5", VISIT)) == alone
    assert _statements_of_a_note(demo_db, chain_of(demo_db, "Groep 5", BUILD)) == alone
