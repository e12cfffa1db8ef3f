"""The rules of the line across school years, on a cohort's history made by hand: what the
same pupils met in groep 4, 5 and 6 (and what their plan holds up to groep 8)."""

from __future__ import annotations

import datetime as dt

from beroepsplanner.domain.chain import (
    ActivityRef,
    ChainPlan,
    ClassRef,
    CompanyRef,
    ProfessionRef,
    RoleModelRef,
    YearPlan,
)
from beroepsplanner.domain.cohort_line import cohort_table
from beroepsplanner.domain.cohorts import ClassLines, SchoolHistory, grade_in, leaving_year
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.domain.line_rules import check_line, grade_list
from beroepsplanner.domain.rules import check_year
from tests.domain.factories import calendar

WORLDS = ("Mens & Gezondheid", "Voeding & Natuur", "Hi-tech & Science")
HEALTH, FOOD, HITECH = WORLDS
YEARS = ("2024-2025", "2025-2026", "2026-2027")

SERIES = ActivityRef("dit-doe-ik", "Dit doe ik", ActivityKind.LESSON_SERIES)
VISIT = ActivityRef("bezoek", "Bedrijfsbezoek", ActivityKind.COMPANY_VISIT)
BAKERY = CompanyRef("Bakkerij Van den Hoek", worlds=(FOOD,), professions=(ProfessionRef("Bakker", world=FOOD),))
HOSPITAL = CompanyRef("Ziekenhuis Meander", worlds=(HEALTH,))


def on(year: str, school_class: ClassRef, activity: ActivityRef = VISIT, company: CompanyRef | None = None,
       month: int = 11, **kwargs: object) -> ChainPlan:
    """A chain of ``school_class`` in ``year`` (in ``month``, of the year's autumn or spring)."""
    first = int(year[:4])
    day = dt.date(first if month >= 8 else first + 1, month, 11)
    values: dict[str, object] = dict(
        class_name=school_class.name, grade=school_class.grade, class_id=school_class.id,
        activity=activity, company=company, date=day, school_year=year, id=hash((year, school_class.id, month)) % 10**6,
    )
    values.update(kwargs)
    return ChainPlan(**values)


def history(*years: tuple[tuple[ClassRef, ...], tuple[ChainPlan, ...]]) -> SchoolHistory:
    return SchoolHistory(tuple(
        YearPlan(classes, chains, WORLDS, label) for label, (classes, chains) in zip(YEARS, years, strict=False)
    ))


# One class's line: groep 4 in 2024-2025, groep 5, then groep 6 in 2026-2027.
G4 = ClassRef("Groep 4", 4, 24, id=41)
G5 = ClassRef("Groep 5", 5, 24, id=51, previous=(41,))
G6 = ClassRef("Groep 6", 6, 24, id=61, previous=(51,))


def test_a_cohort_is_keyed_by_the_year_it_leaves_groep_8() -> None:
    assert leaving_year("2026-2027", 8) == 2027
    assert leaving_year("2026-2027", 1) == 2034 == leaving_year("2027-2028", 2)
    assert grade_in(2031, "2026-2027") == 4 and grade_in(2031, "2030-2031") == 8
    assert grade_list((7, 5, 6, 6)) == "5, 6 en 7" and grade_list((7,)) == "7"


def test_the_same_company_in_groep_5_6_and_7_repeats_for_the_same_pupils() -> None:
    g5 = ClassRef("Groep 5", 5, id=1)
    g6 = ClassRef("Groep 6", 6, id=2, previous=(1,))
    g7 = ClassRef("Groep 7", 7, id=3, previous=(2,))
    visits = [on(YEARS[0], g5, company=BAKERY), on(YEARS[1], g6, company=BAKERY), on(YEARS[2], g7, company=BAKERY)]
    found = [f for f in check_line(history(((g5,), visits[:1]), ((g6,), visits[1:2]), ((g7,), visits[2:])),
                                   YEARS[2]) if f.code == "repetition"]
    assert len(found) == 1
    (finding,) = found
    assert (finding.chain_id, finding.class_name, finding.date) == (visits[2].id, "Groep 7", visits[2].date)
    assert finding.activity_title == "Bedrijfsbezoek"
    assert finding.text == ("de leerlingen van deze klas gaan al voor de 3e keer naar Bakkerij Van den Hoek "
                            "(groep 5, 6 en 7). Kies ook eens een ander bedrijf.")
    assert finding.arg("grades") == (5, 6, 7) and finding.arg("times") == 3
    assert finding.message == f"Groep 7, Bedrijfsbezoek ({visits[2].date:%d-%m-%Y}): {finding.text}"
    # Last year's groep 6 went there only twice: no repetition in that year.
    assert not [f for f in check_line(history(((g5,), visits[:1]), ((g6,), visits[1:2])), YEARS[1])
                if f.code == "repetition"]


def test_a_parallel_class_is_not_the_same_pupils() -> None:
    g5a, g5b = ClassRef("Groep 5a", 5, id=1), ClassRef("Groep 5b", 5, id=2)
    g6a, g6b = ClassRef("Groep 6a", 6, id=3, previous=(1,)), ClassRef("Groep 6b", 6, id=4, previous=(2,))
    g7b = ClassRef("Groep 7b", 7, id=5, previous=(4,))
    chains = (
        (on(YEARS[0], g5a, company=BAKERY),),
        (on(YEARS[1], g6a, company=BAKERY),),
        (on(YEARS[2], g7b, company=BAKERY),),
    )
    lines = history(((g5a, g5b), chains[0]), ((g6a, g6b), chains[1]), ((g7b,), chains[2]))
    assert not [f for f in check_line(lines, YEARS[2]) if f.code == "repetition"]


def test_a_world_met_in_groep_4_by_this_cohort_is_not_warned_about() -> None:
    met = on(YEARS[0], G4, company=HOSPITAL)
    food = on(YEARS[1], G5, company=BAKERY)
    found = check_line(history(((G4,), (met,)), ((G5,), (food,)), ((G6,), ())), YEARS[2])
    unmet = [f for f in found if f.code == "world-not-met"]
    assert [f.arg("world") for f in unmet] == [HITECH]
    (finding,) = unmet
    assert (finding.class_name, finding.cohort, finding.chain_id, finding.date) == ("Groep 6", 2029, None, None)
    assert finding.message == (
        "Groep 6 (cohort 2029) heeft de wereld 'Hi-tech & Science' sinds groep 4 niet ontmoet en heeft er "
        "tot en met groep 8 niets voor gepland. Plan een activiteit uit deze wereld van techniek."
    )


def test_a_world_met_only_in_groep_3_does_not_count_for_the_line_from_groep_4() -> None:
    g3 = ClassRef("Groep 3", 3, id=31)
    g4 = ClassRef("Groep 4", 4, id=42, previous=(31,))
    lines = history(((g3,), (on(YEARS[0], g3, company=HOSPITAL),)), ((g4,), ()))
    assert HEALTH in [f.arg("world") for f in check_line(lines, YEARS[1])]


def test_a_lesson_series_about_stereotypes_alone_meets_no_world() -> None:
    series = on(YEARS[2], G6, activity=SERIES)
    found = check_line(history(((G4,), ()), ((G5,), ()), ((G6,), (series,))), YEARS[2])
    assert [f.arg("world") for f in found if f.code == "world-not-met"] == list(WORLDS)
    # Its guest, a role model with a profession, is whom the pupils meet.
    guest = RoleModelRef("Ingrid", True, ProfessionRef("Robotprogrammeur", world=HITECH), 9)
    with_guest = on(YEARS[2], G6, activity=SERIES, role_models=(guest,))
    found = check_line(history(((G4,), ()), ((G5,), ()), ((G6,), (with_guest,))), YEARS[2])
    assert [f.arg("world") for f in found if f.code == "world-not-met"] == [HEALTH, FOOD]


def test_what_is_planned_up_to_groep_8_counts() -> None:
    # Checked last year: groep 5 goes on into this year's groep 6, which visits the hospital.
    lines = history(((G4,), ()), ((G5,), ()), ((G6,), (on(YEARS[2], G6, company=HOSPITAL, month=5),)))
    worlds = [f.arg("world") for f in check_line(lines, YEARS[1]) if f.code == "world-not-met"]
    assert worlds == [FOOD, HITECH]
    assert ClassLines(lines).ahead(51) == frozenset({HEALTH})


def test_beyond_the_newest_year_the_plan_of_the_next_groepen_is_expected() -> None:
    g7 = ClassRef("Groep 7", 7, id=71)
    g8 = ClassRef("Groep 8", 8, id=81)
    this_year = (on(YEARS[2], g7, company=BAKERY), on(YEARS[2], g8, company=HOSPITAL, month=3))
    lines = history(((G4,), ()), ((G5,), ()), ((G6, g7, g8), this_year))
    worlds = [f.arg("world") for f in check_line(lines, YEARS[2]) if f.code == "world-not-met"]
    assert worlds == [HITECH]  # groep 7 and 8 will bring food and health, as they do now
    assert ClassLines(lines).expected(61) == frozenset({FOOD, HEALTH})


def test_a_class_without_a_known_groep_4_is_not_judged() -> None:
    lonely = ClassRef("Groep 6", 6, id=99)
    assert not check_line(history(((), ()), ((), ()), ((lonely,), ())), YEARS[2])


def test_a_merged_class_met_a_world_only_when_both_classes_did() -> None:
    g4a, g4b = ClassRef("Groep 4a", 4, id=1), ClassRef("Groep 4b", 4, id=2)
    merged = ClassRef("Groep 5", 5, id=3, previous=(1, 2))
    lines = history(((g4a, g4b), (on(YEARS[0], g4a, company=HOSPITAL), on(YEARS[0], g4b, company=BAKERY),
                                  on(YEARS[0], g4b, company=HOSPITAL, month=2))), ((merged,), ()))
    assert [f.arg("world") for f in check_line(lines, YEARS[1])] == [FOOD, HITECH]


def test_the_whole_year_check_names_the_cohort_findings_after_the_chains() -> None:
    series = on(YEARS[2], G6, activity=SERIES)
    lines = history(((G4,), ()), ((G5,), ()), ((G6,), (series,)))
    plan = lines.year(YEARS[2])
    assert plan is not None
    found = check_year(plan, calendar(), history=lines)
    assert [f.code for f in found if f.cohort is not None] == ["world-not-met"] * 3
    assert found[-1].as_dict()["cohort"] == 2029


def test_the_line_per_cohort_shows_its_groep_per_year_and_what_it_met() -> None:
    met = on(YEARS[0], G4, company=HOSPITAL)
    planned = on(YEARS[2], G6, company=BAKERY, month=5)
    g1 = ClassRef("Groep 1", 1, id=11)
    lines = history(((G4,), (met,)), ((G5,), ()), ((G6, g1), (planned,)))
    table = cohort_table(lines, YEARS[2], dt.date(2027, 1, 1))
    assert [row.cohort for row in table.rows] == [2034, 2029]
    row = table.rows[1]
    assert [(y.school_year, y.grade, y.classes) for y in row.years] == [
        ("2024-2025", 4, ("Groep 4",)), ("2025-2026", 5, ("Groep 5",)), ("2026-2027", 6, ("Groep 6",))]
    assert row.cell(HEALTH).met == ("2024-2025 · Groep 4: Bedrijfsbezoek",)
    assert row.cell(FOOD).planned == ("2026-2027 · Groep 6: Bedrijfsbezoek",)
    assert (row.chains, row.planned, row.gaps, row.known) == (2, 1, (HITECH,), True)
    assert row.companies == ("Bakkerij Van den Hoek", "Ziekenhuis Meander")
    young = table.rows[0]
    assert [y.grade for y in young.years] == [None, None, 1] and young.gaps == ()
