"""The settings a plan file of version 2 carries: the school's goals and the rule thresholds.

``settings.goals`` holds what the school changed of its vision and goals
(``domain.goal_settings.GoalSettings``, only the fields that differ from the defaults, as
the database keeps them), ``settings.rules`` the rule thresholds it changed
(``domain.rule_settings.RuleSettings``). The import writes them only where the target
database has none of its own (``store/transfer/plan_import.py``).
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from beroepsplanner.domain.goal_settings import GoalSettings, settings_problems
from beroepsplanner.domain.rule_settings import RuleSettings
from beroepsplanner.io.plan_document import PlanSettings
from beroepsplanner.io.plan_fields import Fields, Problems, check_text, describe

MAX_THRESHOLD = 1000
_GOAL_TYPES = {f.name: type(getattr(GoalSettings(), f.name)) for f in dataclass_fields(GoalSettings)}


def read_settings(problems: Problems, top: Fields) -> PlanSettings:
    """The ``settings`` object of a version 2 file, every fault noted with its place."""
    settings = Fields(problems, top.data["settings"], "settings", required=(), optional=("goals", "rules"))
    goals = None
    if settings.data.get("goals") is not None:
        goals = _goals(problems, settings)
    rules: list[tuple[str, int]] = []
    if settings.has("rules"):
        part = Fields(
            problems, settings.data["rules"], settings.at("rules"), required=(),
            optional=RuleSettings.keys(),
        )
        for name in RuleSettings.keys():
            value = part.integer(name, low=1, high=MAX_THRESHOLD)
            if value is not None:
                rules.append((name, value))
    return PlanSettings(goals=goals, rules=tuple(rules))


def _goals(problems: Problems, settings: Fields) -> dict[str, Any] | None:
    part = Fields(
        problems, settings.data["goals"], settings.at("goals"), required=(),
        optional=tuple(_GOAL_TYPES),
    )
    if not part.ok:
        return None
    values: dict[str, Any] = {}
    for name, kind in _GOAL_TYPES.items():
        if not part.has(name):
            continue
        value = part.data[name]
        if kind is str:
            found = check_text(problems, value, part.at(name), max_length=2000, blank=True, lines=True)
            if found is not None:
                values[name] = found
        elif kind is bool:
            if isinstance(value, bool):
                values[name] = value
            else:
                problems.add(
                    part.at(name), f"true of false verwacht, gevonden: {describe(value)}",
                    "plan-boolean-expected", found=describe(value),
                )
        elif isinstance(value, int) and not isinstance(value, bool):
            values[name] = value
        else:
            problems.add(
                part.at(name), f"geheel getal verwacht, gevonden: {describe(value)}",
                "plan-integer-expected", found=describe(value),
            )
    for problem in settings_problems(GoalSettings(**values)):
        field = str(dict(problem.values).get("field", ""))
        problems.add(
            part.at(field), str(problem).rstrip("."), problem.key, **dict(problem.values)
        )
    return values
