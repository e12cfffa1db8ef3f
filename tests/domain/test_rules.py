"""Every rule of the chain builder, with its edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.chain import (
    ClassRef,
    CompanyRef,
    ProfessionRef,
    RoleModelRef,
    RuleSettings,
    Severity,
    YearPlan,
)
from beroepsplanner.domain.kinds import ActivityKind, QuestionKind
from beroepsplanner.domain.rules import ERROR_CODES, WARNING_CODES, chain_errors, check_chain, check_year
from tests.domain.factories import activity, calendar, chain, replace, visit

D = dt.date
CAL = calendar()


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_a_good_chain_has_no_findings() -> None:
    assert check_chain(chain(), CAL) == []
    assert check_chain(visit(), CAL) == []


# --- errors ---------------------------------------------------------------------------


def test_missing_preparation_is_an_error() -> None:
    assert codes(chain_errors(chain(preparation=()), CAL)) == ["preparation-missing"]


def test_three_preparation_lessons_are_too_many() -> None:
    c = chain(preparation=(D(2026, 11, 4), D(2026, 11, 5), D(2026, 11, 9)))
    assert codes(chain_errors(c, CAL)) == ["preparation-too-many"]


def test_preparation_on_the_activity_day_is_not_before() -> None:
    c = chain(preparation=(D(2026, 11, 11),))
    assert codes(chain_errors(c, CAL)) == ["preparation-not-before"]


def test_missing_and_too_many_reflection_lessons_are_errors() -> None:
    assert codes(chain_errors(chain(reflection=()), CAL)) == ["reflection-missing"]
    c = chain(reflection=(D(2026, 11, 12), D(2026, 11, 13), D(2026, 11, 16)))
    assert codes(chain_errors(c, CAL)) == ["reflection-too-many"]


def test_reflection_before_activity_is_an_error() -> None:
    c = chain(reflection=(D(2026, 11, 10),))
    assert codes(chain_errors(c, CAL)) == ["reflection-not-after"]


def test_error_finding_names_class_activity_and_date() -> None:
    (finding,) = chain_errors(chain(preparation=(), id=7), CAL)
    assert finding.severity is Severity.ERROR
    assert (finding.class_name, finding.activity, finding.date, finding.chain_id) == (
        "Groep 5", "tinkeren", D(2026, 11, 11), 7)
    assert finding.message.startswith("Groep 5, Tinkeren (11-11-2026): ")
    assert "Plan 1 of 2 voorbereidingslessen" in finding.message


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (D(2026, 11, 14), "zaterdag"),
        (D(2027, 4, 27), "Koningsdag"),
        (D(2027, 5, 6), "Hemelvaartsdag"),
        (D(2027, 5, 17), "Tweede pinksterdag"),
        (D(2026, 12, 28), "Kerstvakantie"),
        (D(2026, 10, 20), "Herfstvakantie"),
    ],
)
def test_activity_on_a_day_off_is_an_error(day: dt.date, reason: str) -> None:
    c = chain(date=day, preparation=(day - dt.timedelta(days=20),), reflection=(day + dt.timedelta(days=22),))
    found = [f for f in chain_errors(c, CAL) if f.code == "not-a-school-day"]
    assert found and reason in found[0].message


def test_lesson_on_a_study_day_is_an_error() -> None:
    cal = calendar(study_days=[D(2026, 11, 9)])
    errors = chain_errors(chain(), cal)
    assert codes(errors) == ["not-a-school-day"]
    assert "Studiedag" in errors[0].message and "voorbereidingsles" in errors[0].message


@pytest.mark.parametrize(
    ("region", "day", "school_day"),
    [
        # Autumn holiday 2026 (holidays package): Noord in week 42, Midden and Zuid in week 43.
        ("noord", D(2026, 10, 13), False),
        ("noord", D(2026, 10, 20), True),
        ("midden", D(2026, 10, 13), True),
        ("midden", D(2026, 10, 20), False),
        ("zuid", D(2026, 10, 20), False),
        ("noord", D(2026, 10, 9), True),  # Friday before the holiday
        ("noord", D(2026, 10, 19), True),  # Monday after
    ],
)
def test_autumn_holiday_boundaries_per_region(region: str, day: dt.date, school_day: bool) -> None:
    assert calendar(region).is_school_day(day) is school_day


def test_spring_holiday_differs_between_regions() -> None:
    weeks = {
        region: sorted({d - dt.timedelta(days=d.weekday())
                        for d, n in calendar(region).days_off.items() if "Voorjaarsvakantie" in n})
        for region in ("noord", "midden", "zuid")
    }
    assert len({tuple(w) for w in weeks.values()}) > 1


def test_first_and_last_day_around_christmas_break() -> None:
    cal = calendar("midden")
    assert cal.is_school_day(D(2026, 12, 18)) and not cal.is_school_day(D(2026, 12, 21))
    assert not cal.is_school_day(D(2027, 1, 1)) and cal.is_school_day(D(2027, 1, 4))


def test_chain_across_the_christmas_break_is_valid_but_counted_in_school_weeks() -> None:
    c = chain(date=D(2027, 1, 5), preparation=(D(2026, 12, 17),), reflection=(D(2027, 1, 7),))
    assert check_chain(c, CAL) == []  # two calendar weeks of holiday are not school weeks


def test_moved_autumn_holiday_makes_its_advised_week_a_school_week() -> None:
    cal = calendar(holiday_moves=[("Herfstvakantie", D(2026, 10, 26))])
    assert cal.is_school_day(D(2026, 10, 20))
    assert "Herfstvakantie" in cal.why_not_school_day(D(2026, 10, 27))


def test_grade_outside_the_activity_range_is_a_warning_not_an_error() -> None:
    # The catalog's groep ranges are our own estimate: advice, never a block on "planned".
    c = chain(activity=activity(grade_min=7, grade_max=8))
    assert chain_errors(c, CAL) == []
    (warning,) = [f for f in check_chain(c, CAL) if f.code == "grade-outside-range"]
    assert warning.severity is Severity.WARNING
    assert "bedoeld voor groep 7–8" in warning.message and "groep 5" in warning.message


def test_grade_outside_a_one_groep_activity_names_that_groep() -> None:
    c = chain(activity=activity(grade_min=8, grade_max=8))
    (warning,) = [f for f in check_chain(c, CAL) if f.code == "grade-outside-range"]
    assert "bedoeld voor groep 8," in warning.message


def test_grade_inside_the_activity_range_gives_no_grade_finding() -> None:
    for grade in (3, 8):
        c = chain(grade=grade, activity=activity(grade_min=3, grade_max=8))
        assert not {"grade-outside-range", "grade-mismatch"} & set(codes(check_chain(c, CAL)))


def test_company_minimum_grade_is_an_error_for_younger_classes() -> None:
    c = visit(grade=4, company=CompanyRef("Bouwbedrijf", min_grade=7))
    assert "grade-mismatch" in codes(chain_errors(c, CAL))


def test_company_minimum_grade_stays_an_error_when_the_activity_also_warns() -> None:
    c = visit(grade=4, company=CompanyRef("Bouwbedrijf", min_grade=7),
              activity=activity(kind=ActivityKind.COMPANY_VISIT, grade_min=5, grade_max=8))
    assert codes(chain_errors(c, CAL)) == ["grade-mismatch"]
    assert "grade-outside-range" in codes(check_chain(c, CAL))


# --- warnings ----------------------------------------------------------------------------


def test_activity_in_the_last_six_school_weeks_is_late() -> None:
    weeks = CAL.school_weeks
    late = weeks[-6] + dt.timedelta(days=2)
    early = weeks[-7] + dt.timedelta(days=2)
    def around(day: dt.date):
        return chain(date=day, preparation=(CAL.shift(day, -1),), reflection=(CAL.shift(day, 1),))
    assert codes(check_chain(around(late), CAL)) == ["late-in-year"]
    assert check_chain(around(early), CAL) == []


def test_preparation_more_than_two_school_weeks_before_is_too_early() -> None:
    ok = chain(preparation=(D(2026, 10, 26),))  # two school weeks before
    early = chain(preparation=(D(2026, 10, 16),))  # across the autumn holiday: three school weeks
    assert check_chain(ok, CAL) == []
    assert codes(check_chain(early, CAL)) == ["preparation-too-early"]


def test_reflection_more_than_two_school_weeks_after_is_too_late() -> None:
    assert check_chain(chain(reflection=(D(2026, 11, 25),)), CAL) == []
    assert codes(check_chain(chain(reflection=(D(2026, 12, 2),)), CAL)) == ["reflection-too-late"]


def test_reflection_with_only_knowledge_questions_warns() -> None:
    c = chain()
    lessons = tuple(
        replace(l, question_kinds=frozenset({QuestionKind.KNOWLEDGE})) if l.kind.value == "reflection" else l
        for l in c.lessons
    )
    assert codes(check_chain(replace(c, lessons=lessons), CAL)) == ["no-attitude-question"]


def test_visit_without_counter_stereotype_and_with_one_role_model_warns() -> None:
    none = visit(role_models=(RoleModelRef("Peter"), RoleModelRef("Kees")))
    one = visit(role_models=(RoleModelRef("Fatima", True),))
    assert codes(check_chain(none, CAL)) == ["no-counter-stereotype"]
    assert codes(check_chain(one, CAL)) == ["single-role-model"]


def test_role_model_rules_skip_activities_without_professionals() -> None:
    reading = chain(activity=activity(kind=ActivityKind.READING))
    assert check_chain(reading, CAL) == []


def test_unconfirmed_company_unchecked_safety_and_transport_warn() -> None:
    c = visit(company=CompanyRef("Garage", confirmed=False, safety_checked=False), transport_arranged=False)
    assert sorted(codes(check_chain(c, CAL))) == [
        "company-unconfirmed", "safety-unchecked", "transport-not-arranged"]


@pytest.mark.parametrize(
    ("grade", "pupils", "companions", "warns"),
    [(3, 25, 5, False), (3, 26, 5, True), (4, 28, 4, False), (4, 29, 4, True), (8, 7, 1, False)],
)
def test_companions_one_per_five_young_one_per_seven_older(
    grade: int, pupils: int, companions: int, warns: bool
) -> None:
    c = visit(grade=grade, pupils=pupils, companions=companions, company=CompanyRef("Boerderij"),
              activity=activity(kind=ActivityKind.COMPANY_VISIT, grade_min=1, needs_transport=True))
    assert ("too-few-companions" in codes(check_chain(c, CAL))) is warns


def companions_message(pupils: int, companions: int) -> str:
    c = visit(grade=6, pupils=pupils, companions=companions, company=CompanyRef("Boerderij"),
              activity=activity(kind=ActivityKind.COMPANY_VISIT, grade_min=1, needs_transport=True))
    (finding,) = [f for f in check_chain(c, CAL) if f.code == "too-few-companions"]
    return finding.message


def test_companions_message_uses_singular_and_plural_right() -> None:
    one = companions_message(pupils=6, companions=0)
    assert "voor 6 leerlingen is 1 begeleider nodig (1 op 7), er is er geen." in one
    assert "1 begeleiders" not in one
    two = companions_message(pupils=14, companions=1)
    assert "voor 14 leerlingen zijn 2 begeleiders nodig (1 op 7), er is er 1." in two
    three = companions_message(pupils=20, companions=2)
    assert "zijn 3 begeleiders nodig (1 op 7), er zijn er 2." in three
    assert "voor 1 leerling is 1 begeleider nodig" in companions_message(pupils=1, companions=0)


def test_week_thresholds_of_one_say_schoolweek_in_the_singular() -> None:
    c = chain(reflection=(D(2026, 11, 26),))
    (late,) = check_chain(c, CAL, RuleSettings(max_weeks_after=1))
    assert "meer dan 1 schoolweek na" in late.message


def test_thresholds_come_from_settings() -> None:
    c = chain(reflection=(D(2026, 12, 2),))
    assert check_chain(c, CAL, RuleSettings(max_weeks_after=3)) == []
    strict = visit(pupils=28, companions=4)
    assert "too-few-companions" in codes(check_chain(strict, CAL, RuleSettings(pupils_per_adult_older=6)))


# --- across chains ----------------------------------------------------------------------


def year(*chains, classes=(ClassRef("Groep 5", 5, 28, id=5),), worlds=()):
    return YearPlan(classes=tuple(classes), chains=tuple(chains), technology_worlds=tuple(worlds),
                    school_year="2026-2027")


def shows(*worlds: str) -> tuple[ProfessionRef, ...]:
    """An activity's own professions, one in each of ``worlds``."""
    return tuple(ProfessionRef(f"beroep in {world}", world=world) for world in worlds)


def test_same_company_more_than_twice_repeats() -> None:
    days = [D(2026, 9, 16), D(2026, 11, 11), D(2027, 2, 3)]
    chains = [visit(date=d, preparation=(CAL.shift(d, -2),), reflection=(CAL.shift(d, 1),)) for d in days]
    found = [f for f in check_year(year(*chains), CAL) if f.code == "repetition"]
    assert len(found) == 1 and found[0].date == days[2] and "Garage Eemzicht" in found[0].message
    assert not [f for f in check_year(year(*chains[:2]), CAL) if f.code == "repetition"]


def test_same_world_more_than_twice_repeats() -> None:
    days = [D(2026, 9, 16), D(2026, 11, 11), D(2027, 2, 3)]
    act = activity(professions=shows("Hi-tech & Science"))
    chains = [chain(date=d, activity=act, preparation=(CAL.shift(d, -2),), reflection=(CAL.shift(d, 1),))
              for d in days]
    found = [f for f in check_year(year(*chains), CAL) if f.code == "repetition"]
    assert len(found) == 1 and "Hi-tech & Science" in found[0].message


def test_class_without_chain_warns() -> None:
    plan = year(chain(), classes=(ClassRef("Groep 5", 5, id=5), ClassRef("Groep 6", 6, id=6)))
    found = [f for f in check_year(plan, CAL) if f.code == "grade-without-chain"]
    assert [f.class_name for f in found] == ["Groep 6"]


def test_world_never_met_from_groep_4_to_8_warns() -> None:
    # One school year alone: its groep 4 walks the line of this year's groep 4 to 8.
    act = activity(professions=shows("Mens & Gezondheid"))
    plan = year(chain(activity=act), classes=(ClassRef("Groep 5", 5, id=5), ClassRef("Groep 4", 4, id=4)),
                worlds=("Mens & Gezondheid", "Hi-tech & Science"))
    found = [f for f in check_year(plan, CAL) if f.code == "world-not-met"]
    assert len(found) == 1 and "Hi-tech & Science" in found[0].message
    assert (found[0].class_name, found[0].cohort) == ("Groep 4", 2031)
    assert found[0].message.startswith("Groep 4 (cohort 2031) heeft de wereld 'Hi-tech & Science' in groep 4")


def test_world_met_only_in_groep_2_still_counts_as_not_met() -> None:
    act = activity(professions=shows("Hi-tech & Science"), grade_min=1)
    plan = year(chain(activity=act, class_name="Groep 2", class_id=2, grade=2),
                classes=(ClassRef("Groep 2", 2, id=2), ClassRef("Groep 4", 4, id=4)), worlds=("Hi-tech & Science",))
    assert "world-not-met" in codes(check_year(plan, CAL))


def test_every_code_is_either_error_or_warning_and_all_are_reachable() -> None:
    assert not set(ERROR_CODES) & set(WARNING_CODES)
    assert len(ERROR_CODES) == 8 and len(WARNING_CODES) == 14
