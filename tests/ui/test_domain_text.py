"""The domain's Dutch texts in the window: as they are in Dutch, in English by their keys
(ui/domain_text.py). Every rule, every label, every holiday and world has its English."""

from __future__ import annotations

import datetime as dt
import re

import holidays
import pytest
from PySide6.QtCore import QCoreApplication

from beroepsplanner.domain.chain import (
    ClassRef,
    CompanyRef,
    Finding,
    ProfessionRef,
    RoleModelRef,
    RuleSettings,
    YearPlan,
)
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind, Region
from beroepsplanner.domain.rules import ERROR_CODES, WARNING_CODES, check_chain, check_year
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.resources import db_path
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.app import LANGUAGE_ENV
from beroepsplanner.ui.models.finding_table import RULE_NAMES, rule_name
from tests.domain.factories import activity, calendar, chain, refl, replace, visit

D = dt.date
CAL = calendar()
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|geen|groep|leerlingen?|keten|niet|en|van|voor|naar|met|klas|"
    r"vakantie|les|lessen|schoolweken?|begeleiders?|bedrijf|wereld|kies|zet)\b",
    re.IGNORECASE,
)
"""Words that give away Dutch in an English sentence (names of the test data aside)."""
DATA = ("Groep 4", "Groep 5", "Groep 6", "Tinkeren", "Garage Eemzicht", "Garage", "Boerderij", "Peter", "Fatima")


def every_finding() -> list[Finding]:
    """At least one finding of every rule, made by the rules themselves."""
    found: list[Finding] = []
    found += check_chain(chain(preparation=()), CAL)
    found += check_chain(chain(preparation=(D(2026, 11, 4), D(2026, 11, 5), D(2026, 11, 9))), CAL)
    found += check_chain(chain(preparation=(D(2026, 11, 11),)), CAL)
    found += check_chain(chain(reflection=()), CAL)
    found += check_chain(chain(reflection=(D(2026, 11, 12), D(2026, 11, 13), D(2026, 11, 16))), CAL)
    found += check_chain(chain(reflection=(D(2026, 11, 10),)), CAL)
    for day in (D(2026, 11, 14), D(2026, 11, 15), D(2027, 4, 27), D(2026, 10, 20), D(2027, 9, 1)):
        found += check_chain(
            chain(date=day, preparation=(day - dt.timedelta(days=20),), reflection=(day + dt.timedelta(days=22),)),
            CAL,
        )
    found += check_chain(chain(), calendar(study_days=[D(2026, 11, 9)]))
    found += check_chain(chain(activity=activity(grade_min=7, grade_max=8)), CAL)
    found += check_chain(chain(activity=activity(grade_min=8, grade_max=8)), CAL)
    found += check_chain(visit(grade=4, company=CompanyRef("Garage", min_grade=7)), CAL)
    late = CAL.school_weeks[-6] + dt.timedelta(days=2)
    found += check_chain(chain(date=late, preparation=(CAL.shift(late, -1),), reflection=(CAL.shift(late, 1),)), CAL)
    found += check_chain(chain(preparation=(D(2026, 10, 16),)), CAL)
    found += check_chain(chain(reflection=(D(2026, 12, 2),)), CAL)
    found += check_chain(chain(reflection=(D(2026, 11, 26),)), CAL, RuleSettings(max_weeks_after=1))
    knowledge_only = chain()
    knowledge_only = replace(knowledge_only, lessons=tuple(
        refl(lesson.date, frozenset({QuestionKind.KNOWLEDGE})) if lesson.kind is LessonKind.REFLECTION else lesson
        for lesson in knowledge_only.lessons
    ))
    found += check_chain(knowledge_only, CAL)
    found += check_chain(visit(role_models=(RoleModelRef("Peter"), RoleModelRef("Kees"))), CAL)
    found += check_chain(visit(role_models=(RoleModelRef("Fatima", True),)), CAL)
    found += check_chain(
        visit(company=CompanyRef("Garage", confirmed=False, safety_checked=False), transport_arranged=False), CAL
    )
    for pupils, companions in ((6, 0), (1, 0), (14, 1), (20, 2)):
        found += check_chain(
            visit(grade=6, pupils=pupils, companions=companions, company=CompanyRef("Boerderij"),
                  activity=activity(kind=ActivityKind.COMPANY_VISIT, grade_min=1, needs_transport=True)),
            CAL,
        )
    days = [D(2026, 9, 16), D(2026, 11, 11), D(2027, 2, 3)]
    world = activity(professions=(ProfessionRef("Robotprogrammeur", world="Hi-tech & Science"),))
    chains = [visit(date=d, preparation=(CAL.shift(d, -2),), reflection=(CAL.shift(d, 1),)) for d in days]
    chains += [chain(date=d, activity=world, preparation=(CAL.shift(d, -2),), reflection=(CAL.shift(d, 1),))
               for d in days]
    technology = ("Hi-tech & Science", "Mens & Gezondheid")
    plan = YearPlan(
        classes=(ClassRef("Groep 5", 5, id=5), ClassRef("Groep 6", 6, id=6), ClassRef("Groep 4", 4, id=4)),
        chains=tuple(chains),
        technology_worlds=technology,
        school_year="2026-2027",
    )
    found += check_year(plan, CAL)
    # Along the line: last year's groep 4 went to the garage once already, groep 5 twice now.
    last_year = YearPlan((ClassRef("Groep 4", 4, id=104),), (replace(chains[0], class_id=104, grade=4, id=99),),
                         technology, "2025-2026")
    this_year = replace(plan, classes=(ClassRef("Groep 5", 5, id=5, previous=(104,)),), chains=tuple(chains[:2]))
    found += check_year(this_year, CAL, history=SchoolHistory((last_year, this_year)))
    return found


def test_the_scenarios_reach_every_rule() -> None:
    assert {f.code for f in every_finding()} == set(ERROR_CODES) | set(WARNING_CODES)


def test_every_rule_has_a_name_for_the_overview() -> None:
    assert set(RULE_NAMES) == set(ERROR_CODES) | set(WARNING_CODES)


def test_the_dutch_window_shows_the_rules_own_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    for finding in every_finding():
        assert domain_text.finding_message(finding) == finding.message
        body = domain_text.finding_body(finding)
        assert finding.message.endswith(body[1:])


def test_the_english_window_shows_every_finding_in_english(english: None) -> None:
    for finding in every_finding():
        whole = domain_text.finding_message(finding)
        body = domain_text.finding_body(finding)
        assert whole != finding.message, f"{finding.code} has no English: {finding.message}"
        assert "{" not in whole and "%" not in whole, whole
        rest = whole
        for name in DATA:
            rest = rest.replace(name, "")
        assert not DUTCH_WORDS.search(rest), f"{finding.code}: {whole}"
        assert not body[:1].islower() and whole.endswith(body[1:])
        if finding.date is not None and finding.class_name:
            assert whole.startswith(f"{finding.class_name}, ")  # same start as in Dutch


def test_the_line_rules_in_english(english: None) -> None:
    found = every_finding()
    along = next(f for f in found if f.code == "repetition" and f.arg("grades"))
    assert domain_text.finding_body(along) == (
        "The pupils of this class go to Garage Eemzicht for the 3rd time (grade 4 and 5). Choose another company "
        "too."
    )
    (unmet,) = [f for f in found if f.code == "world-not-met" and f.class_name == "Groep 4"]
    assert domain_text.finding_message(unmet) == (
        "Groep 4 (cohort 2031) has not seen the world 'People & Health' in grade 4 and has nothing planned for "
        "it up to grade 8. Plan an activity from this world of technology."
    )


def test_english_plurals_and_numbers(english: None) -> None:
    texts = {domain_text.finding_body(f) for f in every_finding() if f.code == "too-few-companions"}
    assert "6 pupils need 1 companion (1 in 7), there are none." in " ".join(texts)
    assert any(t.startswith("1 pupil needs 1 companion (1 in 7), there are none.") for t in texts)
    assert any("20 pupils need 3 companions (1 in 7), there are 2." in t for t in texts)
    weeks = {domain_text.finding_body(f) for f in every_finding() if f.code == "reflection-too-late"}
    assert any("more than 1 school week after" in t for t in weeks)
    assert any("more than 2 school weeks after" in t for t in weeks)


def test_labels_in_both_languages(english: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert domain_text.activity_kind(ActivityKind.COMPANY_VISIT) == "company visit"
    assert domain_text.chain_status(ChainStatus.DONE) == "done"
    assert domain_text.lesson_kind(LessonKind.REFLECTION) == "reflection lesson"
    assert domain_text.region(Region.MIDDEN) == "Central"
    assert domain_text.grade_range(5, 8) == "grade 5–8"
    assert domain_text.days_off("Koningsdag; Meivakantie") == "King's Day; May holiday"
    assert domain_text.world("Mens & Gezondheid") == "People & Health"
    assert domain_text.world("Onze eigen wereld") == "Onze eigen wereld"  # a user's own name
    assert rule_name("single-role-model") == "Only one role model"
    monkeypatch.setenv(LANGUAGE_ENV, "nl")
    assert domain_text.activity_kind(ActivityKind.COMPANY_VISIT) == "bedrijfsbezoek"
    assert domain_text.chain_status(ChainStatus.DONE) == "uitgevoerd"
    assert domain_text.grade_range(5, 8) == "groep 5–8"
    assert domain_text.days_off("Koningsdag; Meivakantie") == "Koningsdag; Meivakantie"
    assert domain_text.world("Mens & Gezondheid") == "Mens & Gezondheid"


def test_every_kind_status_and_region_has_english(english: None) -> None:
    for kinds, show in ((ActivityKind, domain_text.activity_kind), (ChainStatus, domain_text.chain_status),
                        (LessonKind, domain_text.lesson_kind), (Region, domain_text.region)):
        for kind in kinds:
            assert show(kind) and show(kind) != kind.label or kind.label in ("workshop", "project", "portfolio",
                                                                             "concept"), kind


def test_every_holiday_the_package_names_has_english() -> None:
    names = {"Studiedag"}
    for region in Region:
        for year in range(2024, 2032):
            found = holidays.country_holidays(
                "NL", subdiv=region.holidays_subdiv, years=[year], categories=("public", "school"), language="nl"
            )
            names |= {part for name in found.values() for part in name.split("; ")}
    names |= {domain_text_name for domain_text_name in CAL.days_off.values()}
    names = {part for name in names for part in name.split("; ")}
    assert names <= set(domain_text.HOLIDAYS), names - set(domain_text.HOLIDAYS)


def test_every_seed_world_has_english() -> None:
    import json

    seed = json.loads(db_path("seed", "worlds.json").read_text(encoding="utf-8"))
    assert {w["name"] for w in seed["worlds"]} == set(domain_text.WORLDS)


def test_store_errors_with_a_key_are_english_in_the_english_window(
    english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = InvalidInputError(
        "12-10-2026 is al geen schooldag (Herfstvakantie); een studiedag hoeft daar niet op.",
        key="already-no-school-day", day=D(2026, 10, 12), reason="Herfstvakantie",
    )
    assert error_text.error(error) == (
        "12-10-2026 is already not a school day (Autumn holiday); a study day is not needed there."
    )
    plain = InvalidInputError("Een fout zonder sleutel.")
    assert error_text.error(plain) == "Een fout zonder sleutel."
    monkeypatch.setenv(LANGUAGE_ENV, "nl")
    assert error_text.error(error) == str(error)


def test_english_plural_texts_of_the_domain_are_in_the_english_file(english: None) -> None:
    assert QCoreApplication.translate("DomainText", "%n companions", "", 1) == "1 companion"
    assert QCoreApplication.translate("DomainText", "%n companions", "", 3) == "3 companions"
