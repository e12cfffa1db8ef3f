"""The school's goals on hand-made plans, at the edges: exactly ten companies against nine,
seven worlds against six, one reflection lesson against two, a reflection without an
attitude question, an activity on the last day of the first half against the first of the
second, a cohort that left groep 8 against one still in groep 6 (issue 18 item 3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from beroepsplanner.domain.chain import ActivityRef, ChainPlan, ClassRef, CompanyRef, RoleModelRef, YearPlan
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings, settings_problems
from beroepsplanner.domain.goal_text import goal_title, goals_json, numbers_text
from beroepsplanner.domain.goals import (
    GoalResult,
    GoalState,
    Unit,
    chain_goal,
    combine,
    parents_involved,
    school_goals,
)
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, QuestionKind
from tests.domain.factories import BOTH, chain, prep, refl, visit

WORLDS = (
    "Mens & Gezondheid", "Energie, Water & Veiligheid", "Voeding & Natuur", "Wonen, Werken & Verkeer",
    "Ontwerp, Productie & Wereldhandel", "Digitaal, Media & Entertainment", "Hi-tech & Science",
)
YEARS = ("2022-2023", "2023-2024", "2024-2025", "2025-2026", "2026-2027")
VISIT = ActivityRef("bezoek", "Bedrijfsbezoek", ActivityKind.COMPANY_VISIT)
TODAY = dt.date(2027, 3, 1)
"""In 2026-2027: the cohort of 2027 is in groep 8, the cohort of 2029 in groep 6."""
DONE, PLANNED, CONCEPT = ChainStatus.DONE, ChainStatus.PLANNED, ChainStatus.CONCEPT
DEFAULTS = GoalSettings()


def line(cohort: int = 2027) -> list[tuple[str, ClassRef]]:
    """One class's line through the school years of ``YEARS`` that the cohort is at school."""
    found: list[tuple[str, ClassRef]] = []
    previous: tuple[int, ...] = ()
    for label in YEARS:
        grade = int(label[:4]) + 9 - cohort
        if 1 <= grade <= 8:
            school_class = ClassRef(f"Groep {grade}", grade, 25, id=cohort * 10 + grade, previous=previous)
            found.append((label, school_class))
            previous = (school_class.id or 0,)
    return found


def visit_of(label: str, school_class: ClassRef, number: int, world: str | None = None, *,
             status: ChainStatus = DONE, day: dt.date | None = None) -> ChainPlan:
    """A company visit of ``school_class`` to company ``number`` (in ``world``)."""
    first = int(label[:4])
    return ChainPlan(
        class_name=school_class.name, grade=school_class.grade, class_id=school_class.id,
        activity=VISIT, date=day or dt.date(first, 10, 1 + number % 28), school_year=label,
        company=CompanyRef(f"Bedrijf {number}", worlds=(world,) if world else ()),
        status=status, id=(school_class.id or 0) * 100 + number,
    )


def history(classes: list[tuple[str, ClassRef]], chains: list[ChainPlan]) -> SchoolHistory:
    return SchoolHistory(tuple(
        YearPlan(
            tuple(c for year, c in classes if year == label),
            tuple(ch for ch in chains if ch.school_year == label),
            WORLDS,
            label,
        )
        for label in YEARS
    ))


def cohort_result(found: SchoolHistory, kind: GoalKind, cohort: int = 2027, today: dt.date = TODAY,
                  settings: GoalSettings = DEFAULTS, year: str = "2026-2027") -> GoalResult:
    report = school_goals(found, year, settings, today)
    (row,) = [c for c in report.cohorts if c.cohort == cohort]
    (result,) = [r for r in row.results if r.kind is kind]
    return result


def spread(count: int, worlds: tuple[str | None, ...] = ()) -> list[ChainPlan]:
    """``count`` visits to different companies, spread over the cohort of 2027's groep 4–8."""
    classes = line()
    return [
        visit_of(*classes[n % len(classes)], n, worlds[n] if n < len(worlds) else None) for n in range(count)
    ]


# --- companies: ten against nine -----------------------------------------------------------


def test_exactly_ten_companies_between_groep_4_and_8_is_reached() -> None:
    result = cohort_result(history(line(), spread(10)), GoalKind.COMPANIES)
    assert (result.state, result.met, result.target) == (GoalState.REACHED, 10, 10)
    assert numbers_text(result) == "10 van 10 bedrijven"


def test_nine_companies_in_groep_8_with_nothing_ahead_is_not_reached() -> None:
    result = cohort_result(history(line(), spread(9)), GoalKind.COMPANIES)
    assert (result.state, result.met, result.planned) == (GoalState.NOT_REACHED, 9, 9)


def test_nine_companies_and_a_tenth_planned_in_groep_8_is_on_its_way() -> None:
    label, groep8 = line()[-1]
    ahead = visit_of(label, groep8, 10, status=PLANNED, day=dt.date(2027, 5, 12))
    result = cohort_result(history(line(), [*spread(9), ahead]), GoalKind.COMPANIES)
    assert (result.state, result.met, result.planned) == (GoalState.ON_ITS_WAY, 9, 10)
    # The same tenth as a concept counts as ahead too; once its date passed it never happened.
    concept = replace(ahead, status=CONCEPT)
    assert cohort_result(history(line(), [*spread(9), concept]), GoalKind.COMPANIES).state is GoalState.ON_ITS_WAY
    lapsed = cohort_result(history(line(), [*spread(9), concept]), GoalKind.COMPANIES, today=dt.date(2027, 6, 1))
    assert (lapsed.state, lapsed.planned) == (GoalState.NOT_REACHED, 9)


def test_a_planned_visit_whose_date_passed_counts_as_carried_out() -> None:
    label, groep8 = line()[-1]
    tenth = visit_of(label, groep8, 10, status=PLANNED, day=dt.date(2027, 2, 10))
    result = cohort_result(history(line(), [*spread(9), tenth]), GoalKind.COMPANIES)
    assert (result.state, result.met) == (GoalState.REACHED, 10)


def test_companies_before_groep_4_do_not_count_and_the_span_is_a_setting() -> None:
    classes = line()
    chains = spread(9) + [visit_of(*classes[0], 50)]  # the tenth in groep 4 counts
    assert cohort_result(history(classes, chains), GoalKind.COMPANIES).state is GoalState.REACHED
    narrow = GoalSettings(companies_from=5, companies_to=8)
    result = cohort_result(history(classes, chains), GoalKind.COMPANIES, settings=narrow)
    assert result.met < 10 and result.state is GoalState.NOT_REACHED


def test_the_number_of_companies_is_a_setting() -> None:
    result = cohort_result(history(line(), spread(9)), GoalKind.COMPANIES, settings=GoalSettings(companies=9))
    assert (result.state, result.target) == (GoalState.REACHED, 9)


# --- worlds: seven against six ---------------------------------------------------------------


def test_seven_worlds_reached_six_not() -> None:
    seven = cohort_result(history(line(), spread(7, WORLDS)), GoalKind.WORLDS)
    assert (seven.state, seven.met, seven.target, seven.missing) == (GoalState.REACHED, 7, 7, ())
    six = cohort_result(history(line(), spread(6, WORLDS)), GoalKind.WORLDS)
    assert (six.state, six.met, six.missing) == (GoalState.NOT_REACHED, 6, ("Hi-tech & Science",))
    assert numbers_text(six) == "6 van 7 werelden; nog niet ontmoet of gepland: Hi-tech & Science"


# --- a cohort that left groep 8 against one still in groep 6 ---------------------------------


def test_a_cohort_that_left_groep_8_without_the_goal_has_not_reached_it() -> None:
    after = dt.date(2027, 9, 1)  # the next school year: the cohort of 2027 left
    result = cohort_result(history(line(), spread(6, WORLDS)), GoalKind.WORLDS, today=after)
    assert result.state is GoalState.NOT_REACHED


def test_a_cohort_in_groep_6_with_six_worlds_and_nothing_planned_is_on_its_way() -> None:
    classes = line(2029)
    assert [c.grade for _label, c in classes] == [2, 3, 4, 5, 6]
    chains = [visit_of(*classes[2 + n % 3], n, WORLDS[n]) for n in range(6)]
    result = cohort_result(history(classes, chains), GoalKind.WORLDS, cohort=2029)
    assert (result.state, result.met, result.known) == (GoalState.ON_ITS_WAY, 6, True)


def test_a_cohort_in_groep_8_after_its_year_turns_not_reached_the_day_it_leaves() -> None:
    found = history(line(), spread(6, WORLDS))
    assert cohort_result(found, GoalKind.WORLDS, today=dt.date(2027, 7, 31)).state is GoalState.NOT_REACHED
    assert cohort_result(found, GoalKind.WORLDS, today=dt.date(2026, 7, 31)).state is GoalState.ON_ITS_WAY


def test_worlds_ahead_along_the_line_make_it_on_its_way() -> None:
    classes = line(2029)
    chains = [visit_of(*classes[2 + n % 3], n, WORLDS[n]) for n in range(6)]
    label, groep6 = classes[-1]
    chains.append(visit_of(label, groep6, 6, WORLDS[6], status=CONCEPT, day=dt.date(2027, 4, 7)))
    result = cohort_result(history(classes, chains), GoalKind.WORLDS, cohort=2029)
    assert (result.state, result.met, result.planned) == (GoalState.ON_ITS_WAY, 6, 7)


def test_a_line_that_does_not_reach_back_to_groep_4_cannot_be_judged_not_reached() -> None:
    label, groep8 = line()[-1]
    alone = replace(groep8, previous=())
    six = [visit_of(label, alone, n, WORLDS[n]) for n in range(6)]
    found = history([(label, alone)], six)
    result = cohort_result(found, GoalKind.WORLDS, today=dt.date(2027, 9, 1))
    assert (result.state, result.known) == (GoalState.NOT_MEASURABLE, False)
    seven = history([(label, alone)], [*six, visit_of(label, alone, 6, WORLDS[6])])
    assert cohort_result(seven, GoalKind.WORLDS, today=dt.date(2027, 9, 1)).state is GoalState.REACHED


def test_parallel_classes_are_never_mixed_the_weaker_line_counts() -> None:
    label = "2026-2027"
    a = ClassRef("Groep 8a", 8, 25, id=81)
    b = ClassRef("Groep 8b", 8, 25, id=82)
    only = GoalSettings(worlds_from=8)
    chains = [visit_of(label, a, n, WORLDS[n]) for n in range(7)] + [visit_of(label, b, n, WORLDS[n]) for n in range(6)]
    result = cohort_result(history([(label, a), (label, b)], chains), GoalKind.WORLDS, settings=only)
    assert (result.state, result.met) == (GoalState.NOT_REACHED, 6)


def test_the_year_state_of_a_line_goal_combines_the_cohorts_in_the_span() -> None:
    classes = line() + line(2029)
    chains = spread(7, WORLDS) + [visit_of(*line(2029)[2], n, WORLDS[n]) for n in range(3)]
    report = school_goals(history(classes, chains), "2026-2027", GoalSettings(), TODAY)
    (worlds,) = [r for r in report.year if r.kind is GoalKind.WORLDS]
    assert (worlds.unit, worlds.state, worlds.met, worlds.planned, worlds.target) == (
        Unit.COHORTS, GoalState.ON_ITS_WAY, 1, 2, 2,
    )
    # The cohorts at school in 2026-2027: 2029 in groep 6 (on its way), 2027 in groep 8.
    assert [c.cohort for c in report.cohorts] == [2029, 2027]


# --- the chain goals --------------------------------------------------------------------------


def test_a_chain_with_one_reflection_lesson_misses_two_reflection_lessons() -> None:
    one = chain(status=DONE)
    two = chain(status=DONE, reflection=(dt.date(2026, 11, 12), dt.date(2026, 11, 16)))
    assert chain_goal(GoalKind.REFLECTION, [two], GoalSettings(), TODAY).state is GoalState.REACHED
    result = chain_goal(GoalKind.REFLECTION, [two, one], GoalSettings(), TODAY)
    assert (result.state, result.met, result.target) == (GoalState.NOT_REACHED, 1, 2)
    assert not result.within_reach  # carried out: it cannot be mended
    one_is_enough = GoalSettings(reflections=1)
    assert chain_goal(GoalKind.REFLECTION, [one], one_is_enough, TODAY).state is GoalState.REACHED


def test_two_reflections_without_an_attitude_question_miss_the_goal() -> None:
    knowledge = frozenset({QuestionKind.KNOWLEDGE})
    days = (dt.date(2026, 11, 12), dt.date(2026, 11, 16))
    facts = chain(status=DONE, lessons=(prep(dt.date(2026, 11, 9)), *(refl(d, knowledge) for d in days)))
    mixed = chain(status=DONE, lessons=(prep(dt.date(2026, 11, 9)), refl(days[0], knowledge), refl(days[1], BOTH)))
    assert chain_goal(GoalKind.REFLECTION, [facts], GoalSettings(), TODAY).state is GoalState.NOT_REACHED
    assert chain_goal(GoalKind.REFLECTION, [mixed], GoalSettings(), TODAY).state is GoalState.REACHED
    no_attitude = GoalSettings(attitude_reflections=0)
    assert chain_goal(GoalKind.REFLECTION, [facts], no_attitude, TODAY).state is GoalState.REACHED


def test_the_last_day_of_the_first_half_against_the_first_of_the_second() -> None:
    last = chain(date=dt.date(2027, 1, 31), school_year="2026-2027", status=DONE)
    first = chain(date=dt.date(2027, 2, 1), school_year="2026-2027", status=DONE)
    settings = GoalSettings()
    assert settings.second_half("2026-2027") == dt.date(2027, 2, 1)
    assert chain_goal(GoalKind.FIRST_HALF, [last], settings, TODAY).state is GoalState.REACHED
    assert chain_goal(GoalKind.FIRST_HALF, [first], settings, TODAY).state is GoalState.NOT_REACHED
    half = GoalSettings(first_half_percent=50)
    result = chain_goal(GoalKind.FIRST_HALF, [last, first], half, TODAY)
    assert (result.state, result.met, result.target, result.percent) == (GoalState.REACHED, 1, 2, 50)
    later = GoalSettings(second_half_month=3, second_half_day=1)
    assert chain_goal(GoalKind.FIRST_HALF, [first], later, TODAY).state is GoalState.REACHED


def test_a_chain_ahead_in_the_second_half_can_be_moved_only_while_the_first_lasts() -> None:
    spring = chain(date=dt.date(2027, 4, 14), school_year="2026-2027", status=PLANNED)
    december = chain_goal(GoalKind.FIRST_HALF, [spring], GoalSettings(), dt.date(2026, 12, 1))
    assert (december.state, december.within_reach) == (GoalState.NOT_REACHED, True)
    march = chain_goal(GoalKind.FIRST_HALF, [spring], GoalSettings(), dt.date(2027, 3, 1))
    assert (march.state, march.within_reach) == (GoalState.NOT_REACHED, False)


def test_counter_stereotypical_role_models_in_chains_where_pupils_meet_people() -> None:
    good = visit(status=DONE)
    plain = visit(status=DONE, role_models=(RoleModelRef("Peter", False),))
    series = chain(status=DONE)  # a lesson series without a company meets nobody: not counted
    result = chain_goal(GoalKind.COUNTER_STEREOTYPE, [good, plain, series], GoalSettings(), TODAY)
    assert (result.state, result.met, result.target) == (GoalState.NOT_REACHED, 1, 2)
    ahead = visit(status=PLANNED, date=dt.date(2027, 4, 14))
    result = chain_goal(GoalKind.COUNTER_STEREOTYPE, [good, ahead], GoalSettings(), TODAY)
    assert (result.state, result.met, result.planned) == (GoalState.ON_ITS_WAY, 1, 2)
    none = chain_goal(GoalKind.COUNTER_STEREOTYPE, [series], GoalSettings(), TODAY)
    assert (none.state, numbers_text(none)) == (
        GoalState.NOT_MEASURABLE, "geen ketens waarin de leerlingen mensen ontmoeten",
    )


def test_a_mendable_chain_ahead_is_within_reach() -> None:
    ahead = visit(status=CONCEPT, date=dt.date(2027, 4, 14), role_models=())
    result = chain_goal(GoalKind.COUNTER_STEREOTYPE, [ahead], GoalSettings(), TODAY)
    assert (result.state, result.within_reach) == (GoalState.NOT_REACHED, True)
    assert numbers_text(result) == "0 van 1 keten; nog te halen met de geplande ketens"


# --- parents ----------------------------------------------------------------------------------


def test_parents_are_known_only_from_a_parents_guest_lesson_for_now() -> None:
    parent = chain(activity=ActivityRef("gastles-ouder", "Gastles door een ouder", ActivityKind.GUEST_LESSON))
    assert parents_involved(parent) is True
    assert parents_involved(visit()) is None


def test_parents_per_groep_per_year() -> None:
    label = "2026-2027"
    g5 = ClassRef("Groep 5", 5, 25, id=5)
    g6 = ClassRef("Groep 6", 6, 25, id=6)
    guest = ActivityRef("gastles-ouder", "Gastles door een ouder", ActivityKind.GUEST_LESSON)
    parent = chain(activity=guest, status=DONE, school_year=label, class_id=5)
    other = chain(status=DONE, school_year=label, class_id=6, class_name="Groep 6", grade=6)
    found = SchoolHistory((YearPlan((g5, g6), (parent, other), WORLDS, label),))
    report = school_goals(found, label, GoalSettings(), TODAY)
    (parents,) = [r for r in report.year if r.kind is GoalKind.PARENTS]
    assert (parents.state, parents.unit, parents.met, parents.target) == (GoalState.NOT_MEASURABLE, Unit.GRADES, 1, 2)
    # A groep without any chain certainly had no parents in one.
    alone = SchoolHistory((YearPlan((g5, g6), (parent,), WORLDS, label),))
    (parents,) = [r for r in school_goals(alone, label, GoalSettings(), TODAY).year if r.kind is GoalKind.PARENTS]
    assert (parents.state, parents.not_reached) == (GoalState.NOT_REACHED, 1)
    two = GoalSettings(parent_chains=2)
    only5 = SchoolHistory((YearPlan((g5,), (parent,), WORLDS, label),))
    assert [r.state for r in school_goals(only5, label, GoalSettings(), TODAY).year if r.kind is GoalKind.PARENTS] == [
        GoalState.REACHED
    ]
    assert [r.state for r in school_goals(only5, label, two, TODAY).year if r.kind is GoalKind.PARENTS] == [
        GoalState.NOT_REACHED
    ]


# --- the states combined, the settings, the words ---------------------------------------------


@pytest.mark.parametrize(
    ("states", "combined"),
    [
        ((), GoalState.NOT_MEASURABLE),
        ((GoalState.REACHED, GoalState.REACHED), GoalState.REACHED),
        ((GoalState.REACHED, GoalState.ON_ITS_WAY), GoalState.ON_ITS_WAY),
        ((GoalState.REACHED, GoalState.NOT_REACHED, GoalState.ON_ITS_WAY), GoalState.NOT_REACHED),
        ((GoalState.NOT_MEASURABLE, GoalState.NOT_MEASURABLE), GoalState.NOT_MEASURABLE),
        ((GoalState.NOT_MEASURABLE, GoalState.ON_ITS_WAY), GoalState.ON_ITS_WAY),
    ],
)
def test_combined_states(states: tuple[GoalState, ...], combined: GoalState) -> None:
    assert combine(states) is combined


def test_goals_switched_off_are_left_out() -> None:
    settings = GoalSettings(parents_on=False, worlds_on=False)
    report = school_goals(history(line(), spread(3)), "2026-2027", settings, TODAY)
    assert [r.kind for r in report.year] == [
        GoalKind.COMPANIES, GoalKind.COUNTER_STEREOTYPE, GoalKind.REFLECTION, GoalKind.FIRST_HALF,
    ]
    assert all(len(c.results) == 4 for c in report.cohorts)


def test_settings_problems_are_keyed() -> None:
    assert settings_problems(GoalSettings()) == []
    keys = {p.key for p in settings_problems(GoalSettings(worlds_from=6, worlds_to=5))}
    assert keys == {"goal-grades-order"}
    assert {p.key for p in settings_problems(GoalSettings(companies=0))} == {"goal-setting-range"}
    assert {p.key for p in settings_problems(GoalSettings(second_half_month=2, second_half_day=30))} == {
        "goal-day-invalid"
    }
    assert {p.key for p in settings_problems(GoalSettings(reflections=1, attitude_reflections=2))} == {
        "goal-attitude-too-many"
    }
    assert {p.key for p in settings_problems(GoalSettings(vision="x" * 2001))} == {"goal-vision-too-long"}


def test_reset_puts_one_goal_back_at_its_defaults() -> None:
    changed = GoalSettings(companies=12, companies_from=5, worlds_to=7, vision="Wij")
    reset = changed.reset(GoalKind.COMPANIES)
    assert (reset.companies, reset.companies_from, reset.worlds_to, reset.vision) == (10, 4, 7, "Wij")


def test_titles_and_json() -> None:
    settings = GoalSettings(first_half_percent=80, vision="Elk kind ontdekt wat bij hem past.")
    assert goal_title(GoalKind.FIRST_HALF, settings) == (
        "Minstens 80% van de activiteiten in de eerste helft van het schooljaar (vóór 1 februari)"
    )
    report = school_goals(history(line(), spread(10)), "2026-2027", settings, TODAY)
    data = goals_json(report)
    assert data["vision"] == settings.vision and data["school_year"] == "2026-2027"
    companies = next(g for g in data["cohorts"][0]["goals"] if g["goal"] == "companies")
    assert (companies["state"], companies["met"], companies["target"]) == ("reached", 10, 10)
