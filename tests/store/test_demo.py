"""The demo school is believable, keeps the error rules where planned, and shows warnings."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo, display_names
from beroepsplanner.store.models import Activity, Chain, Company, Pupil, SchoolClass
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.sessions import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    build_demo(database, "small")
    yield database
    database.close()


def chains_of(database: Database) -> list[Chain]:
    with database.session() as session:
        chains = list(session.scalars(select(Chain)))
        for chain in chains:  # load what the assertions read
            _ = (chain.lessons, chain.school_class.school_year.school, chain.activity, chain.company)
            _ = (chain.company.role_models, chain.company.confirmations) if chain.company else None
            _ = chain.role_models
        return chains


def calendar_of(database: Database) -> SchoolCalendar:
    with database.session() as session:
        school = the_school(session)
        year = school.school_years[0]
        return SchoolCalendar.of(SchoolYear.parse(year.label), school.region, [d.date for d in year.study_days])


def test_demo_school_has_groep_1_to_8_with_pupils(demo: Database) -> None:
    with demo.session() as session:
        classes = list(session.scalars(select(SchoolClass)))
        assert {c.grade for c in classes} == set(range(1, 9))
        assert all(15 <= len(c.pupils) <= 30 for c in classes)
        school = the_school(session)
        assert school.region.value == "midden"
        assert school.school_years[0].label == "2026-2027"


def test_pupils_have_display_names_only(demo: Database) -> None:
    with demo.session() as session:
        names = list(session.scalars(select(Pupil.display_name)))
    assert all(re.fullmatch(r"\S+( [A-Z]\.)?", name) for name in names), names
    assert any(" " in name for name in names)  # shared first names get an initial
    assert any(not name.isascii() for name in names)  # Ayşe, Łukasz, Zoë ... stay as written


def test_display_names_are_unique_within_a_class() -> None:
    first = ["Sem", "Daan", "Noor", "Ayşe", "Łukasz", "Emma", "Liam", "Zoë"]
    for seed in range(50):
        names = display_names(first, "ABCDEFGH", 7, random.Random(seed))
        assert len(set(names)) == 7


def test_companies_have_contacts_and_counter_stereotypical_role_models(demo: Database) -> None:
    with demo.session() as session:
        companies = list(session.scalars(select(Company)))
        assert len(companies) >= 8
        assert all(c.contacts and c.role_models for c in companies)
        assert sum(1 for c in companies for r in c.role_models if r.counter_stereotypical) >= 5


def test_at_least_15_chains_spread_over_the_school_year(demo: Database) -> None:
    chains = chains_of(demo)
    assert len(chains) >= 15
    months = {c.date.month for c in chains}
    assert len(months) >= 8
    assert {c.status for c in chains} == set(ChainStatus)


def test_every_lesson_and_activity_is_on_a_school_day(demo: Database) -> None:
    calendar = calendar_of(demo)
    for chain in chains_of(demo):
        for day in [chain.date, *(lesson.date for lesson in chain.lessons)]:
            assert calendar.is_school_day(day), (chain.activity.key, day, calendar.why_not_school_day(day))


def test_planned_and_done_chains_keep_the_error_rules(demo: Database) -> None:
    for chain in chains_of(demo):
        if chain.status == ChainStatus.CONCEPT:
            continue
        preparation = chain.lessons_of(LessonKind.PREPARATION)
        reflection = chain.lessons_of(LessonKind.REFLECTION)
        assert 1 <= len(preparation) <= 2 and all(p.date < chain.date for p in preparation)
        assert 1 <= len(reflection) <= 2 and all(r.date > chain.date for r in reflection)
        grade = chain.school_class.grade
        assert chain.activity.grade_min <= grade <= chain.activity.grade_max, chain.activity.key
        if chain.company and chain.company.min_grade:
            assert grade >= chain.company.min_grade


def test_some_chains_break_warning_rules_on_purpose(demo: Database) -> None:
    chains = chains_of(demo)
    calendar = calendar_of(demo)
    days = calendar.school_days()
    summer_start = days[-1]
    assert any(c.company and not c.company.confirmed_for("2026-2027") for c in chains)
    assert any(c.company and not c.company.safety_checked for c in chains)
    assert any(
        c.company and not any(r.counter_stereotypical for r in c.role_models) for c in chains
    )
    assert any(days.index(summer_start) - days.index(c.date) < 30 for c in chains)  # late in year
    assert any(
        days.index(max(r.date for r in c.lessons_of(LessonKind.REFLECTION))) - days.index(c.date) > 10
        for c in chains
    )
    # a draft with an error: no preparation lesson yet
    assert any(
        c.status == ChainStatus.CONCEPT and not c.lessons_of(LessonKind.PREPARATION) for c in chains
    )


def test_done_chains_carry_the_teachers_observation(demo: Database) -> None:
    done = [c for c in chains_of(demo) if c.status == ChainStatus.DONE]
    assert done and all(c.observation for c in done)


def test_demo_is_refused_on_a_database_with_a_school(demo: Database) -> None:
    with pytest.raises(InvalidInputError, match="bevat al een school"):
        build_demo(demo, "small")


def test_large_demo_has_the_benchmark_sizes(tmp_path: Path) -> None:
    database = open_database(tmp_path / "large.db")
    summary = build_demo(database, "large")
    with database.session() as session:
        per_class = set(
            session.scalars(select(func.count()).select_from(Pupil).group_by(Pupil.class_id))
        )
        activities = session.scalar(select(func.count()).select_from(Activity))
    database.close()
    assert (summary.classes, summary.pupils, summary.companies, summary.chains) == (16, 480, 2000, 300)
    assert activities == summary.activities == 5000
    assert per_class == {30}


def test_chain_dates_land_on_school_days_around_the_target() -> None:
    from beroepsplanner.store.demo import chain_dates

    calendar = SchoolCalendar.of(SchoolYear(2026), "midden")
    day, preparation, reflection = chain_dates(calendar, dt.date(2026, 12, 19))  # a Saturday in the break
    assert calendar.is_school_day(day) and day.year == 2027
    assert all(p < day for p in preparation) and all(r > day for r in reflection)


def test_demo_shows_a_series_a_task_during_a_visit_and_a_project_week(demo: Database) -> None:
    """Issue 15 item 5 on real school days: Groep 5 visits Transportbedrijf Koster with the
    Medewerkerspaspoort as its task, the build assignment follows it up a week later; Groep 1
    has a project week of five school days in spring, no holiday among them."""
    calendar = calendar_of(demo)
    by_id = {c.id: c for c in chains_of(demo)}
    with demo.session() as session:
        tasks = {
            c.id: [t.key for t in c.tasks] for c in session.scalars(select(Chain)) if c.tasks
        }
    (visit_id,) = tasks
    visit = by_id[visit_id]
    assert tasks[visit_id] == ["medewerkerspaspoort"]
    assert (visit.school_class.name, visit.activity.kind.value) == ("Groep 5", "company_visit")
    assert visit.company is not None and visit.company.name == "Transportbedrijf Koster"
    (build,) = [c for c in by_id.values() if c.follows_chain_id is not None]
    assert build.follows_chain_id == visit_id and build.activity.key == "bouwopdracht-na-bedrijfsbezoek"
    assert build.date - visit.date == dt.timedelta(days=7)
    (week,) = [c for c in by_id.values() if c.activity_end_date is not None]
    assert week.school_class.name == "Groep 1" and week.date.month in (3, 4, 5)
    days = [week.date + dt.timedelta(days=n) for n in range((week.activity_end_date - week.date).days + 1)]
    assert [d for d in days if calendar.is_school_day(d)] == days  # five school days, none off
    assert len(days) == 5
    assert all(x.date > week.activity_end_date for x in week.lessons if x.kind is LessonKind.REFLECTION)
