"""The chain builder's form: proposed on school days, checked live, saved, deleted, restored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.chain import Severity
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_editing import (
    ChainForm,
    add_lesson,
    check_form,
    delete_chain,
    form_choices,
    load_chain_form,
    order_activities,
    propose_form,
    redate_form,
    restore_chain,
    save_chain_form,
    with_company,
)
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.models import Chain, Company, SchoolClass
from beroepsplanner.store.sessions import Database

# Herfstvakantie 2026, region Midden (the demo school): 17 to 25 October.
IN_AUTUMN_HOLIDAY = dt.date(2026, 10, 20)
TUESDAY = dt.date(2026, 11, 3)
VISIT = "bedrijfsbezoek-techniektalent"


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL
    (tests/conftest.py, make_database)."""
    return make_database("demo")


def class_id(database: Database, name: str) -> int:
    with database.session() as session:
        return find_class(session, name).id


def chain_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Chain)) or 0


def proposal(database: Database, name: str = "Groep 6b", key: str = "tinkeren") -> ChainForm:
    with database.session() as session:
        return propose_form(session, class_id(database, name), key, TUESDAY)


def codes(database: Database, form: ChainForm, severity: Severity = Severity.ERROR) -> list[str]:
    with database.session() as session:
        return [f.code for f in check_form(session, form) if f.severity is severity]


def test_proposal_puts_preparation_before_and_reflection_after_on_school_days(
    demo: Database,
) -> None:
    form = proposal(demo)
    with demo.session() as session:
        calendar = calendar_of(session.get(SchoolClass, form.class_id).school_year)
    assert form.date == TUESDAY
    preparation = [l.date for l in form.lessons if l.kind is LessonKind.PREPARATION]
    reflection = [l.date for l in form.lessons if l.kind is LessonKind.REFLECTION]
    assert 1 <= len(preparation) <= 2 and 1 <= len(reflection) <= 2
    assert all(day < form.date for day in preparation)
    assert all(day > form.date for day in reflection)
    assert all(calendar.is_school_day(day) for day in [form.date, *preparation, *reflection])
    assert all(lesson.title and lesson.template_id for lesson in form.lessons)
    assert codes(demo, form) == []


def test_a_week_gives_a_free_school_day_of_that_week(demo: Database) -> None:
    monday = dt.date(2026, 11, 2)
    with demo.session() as session:
        form = propose_form(
            session, class_id(demo, "Groep 6b"), "tinkeren", monday, whole_week=True
        )
    assert monday < form.date < monday + dt.timedelta(days=5)


def test_a_lesson_moved_into_the_autumn_holiday_is_not_a_school_day(demo: Database) -> None:
    form = proposal(demo)
    with demo.session() as session:
        form = redate_form(session, form, dt.date(2026, 10, 15))
    assert codes(demo, form) == []
    last = max(range(len(form.lessons)), key=lambda i: form.lessons[i].date)
    moved = form.with_lesson(last, date=IN_AUTUMN_HOLIDAY)

    with demo.session() as session:
        findings = check_form(session, moved)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert [f.code for f in errors] == ["not-a-school-day"]
    assert "Herfstvakantie" in errors[0].message
    assert "20-10-2026" in errors[0].message


def test_checking_is_fast_and_writes_nothing(demo: Database) -> None:
    form = proposal(demo)
    with demo.session() as session:
        check_form(session, form)  # the calendar is filled once
        timings = []
        for _ in range(10):
            start = time.perf_counter()
            check_form(session, form)
            timings.append(time.perf_counter() - start)
        assert not session.new and not session.dirty
    # The best of ten: a busy test machine should not decide this.
    assert min(timings) < 0.02
    assert chain_count(demo) == 23


def test_activity_on_a_holiday_is_kept_so_the_rules_can_say_so(demo: Database) -> None:
    with demo.session() as session:
        form = redate_form(session, proposal(demo), IN_AUTUMN_HOLIDAY)
    assert form.date == IN_AUTUMN_HOLIDAY
    assert "not-a-school-day" in codes(demo, form)


def test_planned_is_refused_while_there_are_errors(demo: Database) -> None:
    form = proposal(demo)
    broken = form.with_lesson(0, date=IN_AUTUMN_HOLIDAY)
    with pytest.raises(InvalidInputError, match="kan nog niet op 'gepland' staan"):
        with demo.transaction() as session:
            save_chain_form(session, dataclasses.replace(broken, status=ChainStatus.PLANNED))
    assert chain_count(demo) == 23

    # As a concept the same chain may be saved, and without errors it may be planned.
    with demo.transaction() as session:
        save_chain_form(session, broken)
        save_chain_form(session, dataclasses.replace(form, status=ChainStatus.PLANNED))
    assert chain_count(demo) == 25


def test_save_and_load_round_trip(demo: Database) -> None:
    with demo.session() as session:
        company = session.scalars(select(Company).where(Company.role_models.any())).first()
        form = propose_form(
            session, class_id(demo, "Groep 7"), VISIT, TUESDAY, company.id
        )
        form = add_lesson(session, form, LessonKind.REFLECTION)
    assert form.role_model_ids
    form = dataclasses.replace(
        form.with_lesson(0, title="Wat doet een monteur?"),
        notes="Bus om 9 uur",
        observation="Veel vragen over robots.",
    )
    with demo.transaction() as session:
        chain_id = save_chain_form(session, form)
    with demo.session() as session:
        loaded = load_chain_form(session, chain_id)
    assert loaded.date == form.date
    assert sorted(loaded.lessons, key=lambda l: (l.kind, l.date)) == sorted(
        form.lessons, key=lambda l: (l.kind, l.date)
    )
    assert loaded.count(LessonKind.REFLECTION) == form.count(LessonKind.REFLECTION)
    assert (loaded.notes, loaded.observation) == ("Bus om 9 uur", "Veel vragen over robots.")
    assert (loaded.company_id, loaded.role_model_ids) == (form.company_id, form.role_model_ids)

    # Replacing keeps the id.
    with demo.session() as session:
        later = redate_form(session, loaded, dt.date(2027, 1, 19), except_chain=chain_id)
    with demo.transaction() as session:
        assert save_chain_form(session, later, chain_id) == chain_id
    with demo.session() as session:
        assert load_chain_form(session, chain_id).date == dt.date(2027, 1, 19)


def test_delete_and_restore_give_back_the_same_chain(demo: Database) -> None:
    with demo.session() as session:
        before = load_chain_form(session, 1)
    with demo.transaction() as session:
        removed = delete_chain(session, 1)
    assert removed == before
    assert chain_count(demo) == 22
    with demo.session() as session, pytest.raises(NotFoundError, match="bestaat niet meer"):
        load_chain_form(session, 1)

    with demo.transaction() as session:
        assert restore_chain(session, removed, 1) == 1
    with demo.session() as session:
        assert load_chain_form(session, 1) == before
    assert chain_count(demo) == 23


def test_changing_company_swaps_its_role_models(demo: Database) -> None:
    with demo.session() as session:
        companies = list(session.scalars(select(Company).where(Company.role_models.any())))
        first, second = companies[0], companies[1]
        form = propose_form(
            session, class_id(demo, "Groep 7"), VISIT, TUESDAY, first.id
        )
        switched = with_company(session, form, second.id)
        assert set(switched.role_model_ids) == {r.id for r in second.role_models}
        assert with_company(session, form, None).role_model_ids == ()


def test_adding_lessons_goes_outward_and_the_rules_count_them(demo: Database) -> None:
    form = proposal(demo)
    with demo.session() as session:
        for _ in range(3 - form.count(LessonKind.PREPARATION)):
            form = add_lesson(session, form, LessonKind.PREPARATION)
    dates = sorted(l.date for l in form.lessons if l.kind is LessonKind.PREPARATION)
    assert len(dates) == 3 and dates[-1] < form.date
    assert "preparation-too-many" in codes(demo, form)


def test_choices_put_activities_that_suit_the_groep_first(demo: Database) -> None:
    with demo.session() as session:
        choices = form_choices(session)
    assert [c.name for c in choices.classes][:2] == ["Groep 1", "Groep 2"]
    assert len(choices.companies) == 12
    ordered = order_activities(choices.activities, 2)
    suits = [a.suits_grade(2) for a in ordered]
    assert any(suits) and not all(suits)
    assert suits == sorted(suits, reverse=True)
