"""The school's vision and goals as the coordinator sets them (``domain/goals.py`` says
what each goal means and how its state is worked out); defaults from the research."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.school_year import SchoolYear


class GoalKind(StrEnum):
    WORLDS = "worlds"
    COMPANIES = "companies"
    COUNTER_STEREOTYPE = "counter_stereotype"
    REFLECTION = "reflection"
    FIRST_HALF = "first_half"
    PARENTS = "parents"


MAX_VISION = 2000
"""The vision's length: a few sentences."""


@dataclass(frozen=True)
class GoalSettings:
    """The school's vision and goals; every field has the research's default."""

    vision: str = ""
    worlds_on: bool = True
    worlds_from: int = 4
    worlds_to: int = 8
    companies_on: bool = True
    companies: int = 10
    companies_from: int = 4
    companies_to: int = 8
    counter_stereotype_on: bool = True
    reflection_on: bool = True
    reflections: int = 2
    attitude_reflections: int = 1
    first_half_on: bool = True
    first_half_percent: int = 100
    second_half_month: int = 2
    second_half_day: int = 1
    parents_on: bool = True
    parent_chains: int = 1

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def on(self, kind: GoalKind) -> bool:
        """Whether the school follows goal ``kind``."""
        return bool(getattr(self, f"{kind.value}_on"))

    def second_half(self, school_year: str) -> dt.date:
        """The first day of the second half of ``school_year`` (a label)."""
        first = SchoolYear.parse(school_year).first_year
        year = first if self.second_half_month >= 8 else first + 1
        return dt.date(year, self.second_half_month, self.second_half_day)

    def reset(self, kind: GoalKind) -> GoalSettings:
        """These settings with goal ``kind``'s fields back at their defaults."""
        default = GoalSettings()
        names = [name for name in self.keys() if name.startswith(_PREFIXES[kind])]
        return replace(self, **{name: getattr(default, name) for name in names})


_PREFIXES: dict[GoalKind, str | tuple[str, ...]] = {
    GoalKind.WORLDS: "worlds_",
    GoalKind.COMPANIES: "companies",
    GoalKind.COUNTER_STEREOTYPE: "counter_stereotype_",
    GoalKind.REFLECTION: ("reflection", "attitude_"),
    GoalKind.FIRST_HALF: ("first_half_", "second_half_"),
    GoalKind.PARENTS: ("parents_", "parent_"),
}


FIELD_NAMES = {
    "worlds_from": "eerste groep (werelden)",
    "worlds_to": "laatste groep (werelden)",
    "companies": "aantal bedrijven",
    "companies_from": "eerste groep (bedrijven)",
    "companies_to": "laatste groep (bedrijven)",
    "reflections": "aantal reflectielessen",
    "attitude_reflections": "reflectielessen over houding",
    "first_half_percent": "deel in de eerste helft",
    "second_half_month": "maand van de tweede helft",
    "second_half_day": "dag van de tweede helft",
    "parent_chains": "ketens met ouders",
    "vision": "visie",
}
"""The Dutch name of each setting a message names."""


def settings_problems(settings: GoalSettings) -> list[Problem]:
    """Every value the goals cannot take, as a keyed Dutch line (``field`` names the
    setting); empty when all fit."""
    found: list[Problem] = []

    def between(name: str, low: int, high: int) -> bool:
        value = getattr(settings, name)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return True
        found.append(Problem(
            f"De instelling '{FIELD_NAMES[name]}' moet een geheel getal van {low} tot en met {high} zijn.",
            key="goal-setting-range", field=name, low=low, high=high,
        ))
        return False

    for first, last in (("worlds_from", "worlds_to"), ("companies_from", "companies_to")):
        if between(first, GRADE_MIN, GRADE_MAX) & between(last, GRADE_MIN, GRADE_MAX) and (
            getattr(settings, first) > getattr(settings, last)
        ):
            found.append(Problem(
                f"De {FIELD_NAMES[last]} mag niet lager zijn dan de {FIELD_NAMES[first]}.",
                key="goal-grades-order", field=last, first=first,
            ))
    between("companies", 1, 100)
    if between("reflections", 1, 2) & between("attitude_reflections", 0, 2) and (
        settings.attitude_reflections > settings.reflections
    ):
        found.append(Problem(
            "Er kunnen niet meer reflectielessen over houding zijn dan reflectielessen.",
            key="goal-attitude-too-many", field="attitude_reflections",
        ))
    between("first_half_percent", 1, 100)
    if between("second_half_month", 1, 12) & between("second_half_day", 1, 31):
        try:
            dt.date(2001, settings.second_half_month, settings.second_half_day)
        except ValueError:
            found.append(Problem(
                f"De tweede helft van het schooljaar kan niet op dag {settings.second_half_day} van "
                f"maand {settings.second_half_month} beginnen: die dag bestaat niet (elk jaar).",
                key="goal-day-invalid", field="second_half_day",
                day=settings.second_half_day, month=settings.second_half_month,
            ))
    between("parent_chains", 1, 20)
    if not isinstance(settings.vision, str) or len(settings.vision) > MAX_VISION:
        found.append(Problem(
            f"De visie is te lang: hooguit {MAX_VISION} tekens (een paar zinnen).",
            key="goal-vision-too-long", field="vision", max=MAX_VISION,
        ))
    return found
