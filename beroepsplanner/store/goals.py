"""The school's vision and goals in the database, and their states for a school year.

The settings are one JSON row of ``settings`` per school, under ``goals.<school uid>``
(``settings`` is shared by the schools of a board's database; the key keeps each school's
own), holding only what the coordinator changed from the research's defaults
(``domain.goal_settings.GoalSettings``). No migration: the table exists. A value that no
longer fits (an older program's, a hand edit) falls back to its default when read.

The states come from the school's history as the rules read it (``store/history.py``,
``store/chain_plans.py``: the one builder of the rules' view of a chain) and
``domain.goals.school_goals``; the Overzicht passes the history it has read already.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.goal_settings import GoalSettings, settings_problems
from beroepsplanner.domain.goals import GoalsReport, school_goals
from beroepsplanner.domain.text import character_problem, problem_character
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import School, Setting

SETTING_PREFIX = "goals."

_SCHOOL = select(School.uid).order_by(School.id).limit(1)
_DEFAULTS = GoalSettings()
_TYPES = {f.name: type(getattr(_DEFAULTS, f.name)) for f in fields(GoalSettings)}


def _key(session: Session) -> str | None:
    uid = session.execute(_SCHOOL).scalar()
    return None if uid is None else SETTING_PREFIX + uid


def _from_json(value: Any) -> GoalSettings:
    """The settings a stored value holds: each field of the right type, else its default;
    then every field a problem names back at its default."""
    if not isinstance(value, dict):
        return GoalSettings()
    found = {
        name: value[name]
        for name, kind in _TYPES.items()
        if name in value and type(value[name]) is kind
    }
    settings = GoalSettings(**found)
    for problem in settings_problems(settings):
        name = str(dict(problem.values).get("field"))
        settings = replace(settings, **{name: getattr(_DEFAULTS, name)})
    return settings if not settings_problems(settings) else GoalSettings()


def _to_json(settings: GoalSettings) -> dict[str, Any]:
    """Only what differs from the defaults: a default the research changes reaches every
    school that kept it."""
    return {
        name: getattr(settings, name)
        for name in _TYPES
        if getattr(settings, name) != getattr(_DEFAULTS, name)
    }


def load_goal_settings(session: Session) -> GoalSettings:
    """The school's vision and goals (the defaults when nothing was set, or no school)."""
    key = _key(session)
    if key is None:
        return GoalSettings()
    value = session.execute(select(Setting.value).where(Setting.key == key)).scalar()
    return _from_json(value)


def check_goal_settings(settings: GoalSettings) -> None:
    """Refuses (keyed Dutch ``InvalidInputError``) settings the goals cannot take."""
    problems = settings_problems(settings)
    if problems:
        first = problems[0]
        raise InvalidInputError(str(first), key=first.key, **dict(first.values))
    problem = character_problem(settings.vision, lines=True)
    if problem:
        raise InvalidInputError(
            f"Visie: {problem}", key="character-problem", field="goal-vision",
            char=problem_character(settings.vision, lines=True) or "", problem=problem,
        )


def save_goal_settings(
    session: Session, settings: GoalSettings, *, expected: GoalSettings | None = None
) -> GoalSettings:
    """Store the school's vision and goals; returns what was stored before (for undo).

    ``expected``: what the caller read before the user changed it; when the database
    holds something else now (a colleague saved meanwhile), nothing is written and a keyed
    Dutch error says so."""
    check_goal_settings(settings)
    key = _key(session)
    if key is None:
        raise NotFoundError("Er is nog geen school; vul eerst het welkomstscherm in.", key="no-school-yet")
    row = session.get(Setting, key, with_for_update=True)
    before = _from_json(row.value if row is not None else None)
    if expected is not None and before != expected:
        raise InvalidInputError(
            "De doelen van de school zijn intussen door iemand anders gewijzigd. Er is niets "
            "opgeslagen; open de doelen opnieuw om te zien wat er nu staat.",
            key="goals-changed-meanwhile",
        )
    value = _to_json(settings)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    return before


def goals_report(
    session: Session,
    school_year_label: str,
    today: dt.date | None = None,
    history: SchoolHistory | None = None,
) -> GoalsReport:
    """Each goal's state for ``school_year_label`` and per cohort at school then; ``history``
    when the caller has read it (the Overzicht). NotFoundError (Dutch) for an unknown year."""
    if history is None:
        from beroepsplanner.store.history import load_history

        history = load_history(session)[0]
    if history.year(school_year_label) is None:
        raise NotFoundError(
            f"Er is geen schooljaar {school_year_label}.", key="school-year-missing", year=school_year_label
        )
    return school_goals(history, school_year_label, load_goal_settings(session), today or dt.date.today())
