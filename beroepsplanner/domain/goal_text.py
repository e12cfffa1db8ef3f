"""The school's goals in Dutch words and as JSON: what ``beroepsplanner goals`` prints,
and the shape the report for the team and the board (issue 18 item 4) reuses
(``goals_json``). The window says the same in its own language (``ui/goals_text.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from beroepsplanner.dates import dutch_date, month_name
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.goals import GoalResult, GoalsReport, GoalState, Unit

STATE_WORDS = {
    GoalState.REACHED: "bereikt",
    GoalState.ON_ITS_WAY: "op weg",
    GoalState.NOT_REACHED: "niet bereikt",
    GoalState.NOT_MEASURABLE: "nog niet te meten",
}



_NOUNS = {Unit.COHORTS: ("cohort", "cohorten"), Unit.GRADES: ("groep", "groepen"), Unit.YEARS: ("jaar", "jaren")}


def _number(value: int, one: str, many: str) -> str:
    return f"{value} {one if value == 1 else many}"


def day_text(settings: GoalSettings) -> str:
    """``1 februari``: the day the second half of the school year starts."""
    return f"{settings.second_half_day} {month_name(settings.second_half_month)}"


def goal_title(kind: GoalKind, settings: GoalSettings) -> str:
    """The goal as the school set it, in one Dutch sentence."""
    s = settings
    if kind is GoalKind.WORLDS:
        return f"Elke leerling ontmoet alle zeven werelden van techniek tussen groep {s.worlds_from} en {s.worlds_to}"
    if kind is GoalKind.COMPANIES:
        return (
            f"Elke leerling ontmoet minstens {_number(s.companies, 'bedrijf', 'bedrijven')} tussen "
            f"groep {s.companies_from} en {s.companies_to}"
        )
    if kind is GoalKind.COUNTER_STEREOTYPE:
        return "Elke keten met een rolmodel dat een vooroordeel doorbreekt"
    if kind is GoalKind.REFLECTION:
        words = {1: "één", 2: "twee"}
        lessons = f"{words[s.reflections]} {'reflectieles' if s.reflections == 1 else 'reflectielessen'}"
        if not s.attitude_reflections:
            return f"Elke keten met {lessons}"
        return f"Elke keten met {lessons}, waarvan {words[s.attitude_reflections]} over houding en vooroordelen"
    if kind is GoalKind.FIRST_HALF:
        share = "De" if s.first_half_percent >= 100 else f"Minstens {s.first_half_percent}% van de"
        return f"{share} activiteiten in de eerste helft van het schooljaar (vóór {day_text(s)})"
    return f"Ouders betrokken bij minstens {_number(s.parent_chains, 'keten', 'ketens')} per groep per schooljaar"


def numbers_text(result: GoalResult) -> str:
    """The numbers behind a state: ``6 van 7 werelden``, ``8 van 10 bedrijven``."""
    r = result
    if r.unit in (Unit.WORLDS, Unit.COMPANIES):
        noun = "werelden" if r.unit is Unit.WORLDS else "bedrijven"
        text = f"{r.met} van {r.target} {noun}"
        if r.planned > r.met:
            text += f", {r.planned} met wat gepland is"
        if r.missing:
            text += f"; nog niet ontmoet of gepland: {', '.join(r.missing)}"
        if not r.known:
            text += "; eerdere groepen staan niet in het programma"
        return text
    if r.unit is Unit.CHAINS:
        if not r.target:
            if r.kind is GoalKind.COUNTER_STEREOTYPE:
                return "geen ketens waarin de leerlingen mensen ontmoeten"
            return "nog geen ketens"
        text = f"{r.planned} van {_number(r.target, 'keten', 'ketens')}"
        if r.percent < 100:
            text += f" (doel {r.percent}%)"
        if r.state is GoalState.NOT_REACHED and r.within_reach:
            text += "; nog te halen met de geplande ketens"
        return text
    one, many = _NOUNS[r.unit]
    if not r.target:
        return f"geen {many}"
    text = f"{r.met} van {_number(r.target, one, many)} bereikt"
    if r.planned > r.met:
        text += f", {r.planned - r.met} op weg"
    if r.not_reached:
        text += f", {r.not_reached} niet bereikt"
    unknown = r.target - r.planned - r.not_reached
    if unknown > 0:
        text += f", {unknown} nog niet te meten"
    if r.kind is GoalKind.PARENTS and r.state is GoalState.NOT_MEASURABLE:
        text += "; van de meeste ketens weet het programma nog niet of er ouders bij waren"
    elif not r.known:
        text += "; van een cohort staan eerdere groepen niet in het programma"
    return text


def result_json(result: GoalResult, settings: GoalSettings) -> dict[str, Any]:
    return {
        "goal": result.kind.value,
        "title": goal_title(result.kind, settings),
        "state": result.state.value,
        "state_text": STATE_WORDS[result.state],
        "unit": result.unit.value,
        "met": result.met,
        "planned": result.planned,
        "target": result.target,
        "missing": list(result.missing),
        "known": result.known,
        "not_reached": result.not_reached,
        "percent": result.percent,
        "text": numbers_text(result),
    }


def settings_json(settings: GoalSettings) -> dict[str, Any]:
    """The goals' settings without the vision (which the JSON has apart)."""
    return {name: getattr(settings, name) for name in GoalSettings.keys() if name != "vision"}


def goals_json(report: GoalsReport) -> dict[str, Any]:
    """The goals of a school year and per cohort as JSON (``beroepsplanner goals --json``,
    and the report's ``goals``)."""
    return {
        "school_year": report.school_year,
        "today": report.today.isoformat(),
        "vision": report.settings.vision,
        "settings": settings_json(report.settings),
        "year": [result_json(r, report.settings) for r in report.year],
        "cohorts": [
            {
                "cohort": c.cohort,
                "grade": c.grade,
                "classes": list(c.classes),
                "goals": [result_json(r, report.settings) for r in c.results],
            }
            for c in report.cohorts
        ],
    }


def goals_lines(report: GoalsReport) -> list[str]:
    """The goals as Dutch lines for the command line."""
    lines = [f"Doelen van de school, schooljaar {report.school_year} (stand van {_day(report.today)})"]
    if report.settings.vision.strip():
        lines += ["", "Visie:", *("  " + line for line in report.settings.vision.strip().splitlines())]
    if not report.year:
        lines += ["", "De school volgt geen doelen." if not _any_on(report.settings) else "Geen klassen in dit schooljaar."]
        return lines
    lines += ["", "Dit schooljaar:"]
    for result in report.year:
        lines.append(f"- {goal_title(result.kind, report.settings)}: {STATE_WORDS[result.state]} ({numbers_text(result)})")
    for cohort in report.cohorts:
        lines += ["", f"Cohort {cohort.cohort} (nu groep {cohort.grade}: {', '.join(cohort.classes)}):"]
        for result in cohort.results:
            lines.append(f"- {goal_title(result.kind, report.settings)}: {STATE_WORDS[result.state]} ({numbers_text(result)})")
    return lines


def _any_on(settings: GoalSettings) -> bool:
    return any(settings.on(kind) for kind in GoalKind)


def _day(day: dt.date) -> str:
    return dutch_date(day)
