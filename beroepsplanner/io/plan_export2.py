"""Writing a plan file of version 2 (every school year) from a ``SchoolPlan``.

The fields version 1 has are written by ``plan_export`` (``company_json``, ``chain_json``);
this module adds the years, the pupils with their keys and the links, the record,
evaluations, measurements, cancelled chains and the settings. Every field is written,
also the optional ones with their default, in the plan's order (which
``store/transfer/plan_export2.py`` fixes), so exporting, importing into an empty database
and exporting again gives the same bytes. ``io.plan_export.write_plan`` writes the file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from beroepsplanner.io.plan_document import (
    MEASUREMENT_FIELDS,
    PLAN_FORMAT,
    PLAN_VERSION_2,
    PlanCancelledChain,
    PlanChain,
    PlanClass,
    PlanEvaluation,
    PlanYear,
    SchoolPlan,
)
from beroepsplanner.io.plan_export import Plan, chain_json, company_json, school_json


def school_plan_json(plan: SchoolPlan) -> Plan:
    """The plan as a version 2 plan-file dictionary, ready for ``write_plan``."""
    school = plan.school
    names = [c.name for c in plan.companies]
    ambiguous = {name for name, n in Counter(names).items() if n > 1}
    companies = []
    for company in plan.companies:
        written = company_json(company)
        del written["confirmed"]
        written["confirmed_years"] = list(company.confirmed_years)
        companies.append(written)
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION_2,
        "school": school_json(school, contact=True),
        "settings": {
            "goals": dict(sorted(plan.settings.goals.items())) if plan.settings.goals is not None else None,
            "rules": dict(sorted(plan.settings.rules)),
        },
        "school_years": [_year(year, ambiguous) for year in plan.years],
        "companies": companies,
    }


def _year(year: PlanYear, ambiguous: set[str]) -> Plan:
    notes = {d.date.isoformat(): d.description for d in year.study_days if d.description}
    return {
        "school_year": year.school_year.label,
        "study_days": [d.date.isoformat() for d in year.study_days],
        "study_day_notes": notes,
        "holiday_moves": [
            {"holiday": m.holiday, "start": m.start.isoformat()} for m in year.holiday_moves
        ],
        "classes": [_class(c) for c in year.classes],
        "chains": [_chain(c, ambiguous) for c in year.chains],
        "cancelled_chains": [_cancelled(c) for c in year.cancelled],
    }


def _class(school_class: PlanClass) -> Plan:
    return {
        "name": school_class.name,
        "grade": school_class.grade,
        "teacher": school_class.teacher,
        "previous_classes": list(school_class.previous_classes),
        "pupils": [
            {"key": p.key, "name": p.name, "previous": p.previous} for p in school_class.members
        ],
    }


def _chain(chain: PlanChain, ambiguous: set[str]) -> Plan:
    result = chain_json(chain, ambiguous)
    result.update(
        {
            "follows": chain.follows,
            "origin": chain.origin,
            "activity_end_date": _day(chain.activity_end_date),
            "tasks": list(chain.tasks),
            "letter_variant": chain.letter_variant.value,
            "visit_start": _clock(chain.visit_start),
            "visit_end": _clock(chain.visit_end),
            "visit_goal": chain.visit_goal,
            "research_question": chain.research_question,
            "pupil_questions": chain.pupil_questions,
            "day_programme": (
                None
                if chain.day_programme is None
                else [{"time": _clock(i.time), "what": i.what} for i in chain.day_programme]
            ),
            "record": [
                {
                    "pupil": e.pupil,
                    "absent": e.absent,
                    "talents": list(e.talents),
                    "wants_more": e.wants_more,
                    "own_words": e.own_words,
                }
                for e in chain.record
            ],
            "evaluation": _evaluation(chain.evaluation),
            "measurement": (
                None
                if chain.measurement is None
                else dict(zip(MEASUREMENT_FIELDS, chain.measurement.counts, strict=True))
            ),
        }
    )
    return result


def _evaluation(evaluation: PlanEvaluation | None) -> Plan | None:
    if evaluation is None:
        return None

    def value(choice: Any) -> str | None:
        return None if choice is None else str(choice.value)

    return {
        "evaluated_on": evaluation.evaluated_on.isoformat(),
        "went_well": evaluation.went_well,
        "pupils_asked": evaluation.pupils_asked,
        "people_met": evaluation.people_met,
        "preparation_helped": value(evaluation.preparation_helped),
        "reflection_attitudes": value(evaluation.reflection_attitudes),
        "again": value(evaluation.again),
        "company_went_well": evaluation.company_went_well,
        "company_pupils_asked": evaluation.company_pupils_asked,
        "company_again": value(evaluation.company_again),
        "company_remarks": evaluation.company_remarks,
        "contact_name": evaluation.contact_name,
        "contact_role": evaluation.contact_role,
    }


def _cancelled(chain: PlanCancelledChain) -> Plan:
    return {
        "uid": chain.uid,
        "class": chain.class_name,
        "title": chain.title,
        "date": chain.date.isoformat(),
        "preparations": chain.preparations,
        "reflections": chain.reflections,
        "sequence": chain.sequence,
        "cancelled_at": chain.cancelled_at.isoformat(timespec="seconds"),
    }


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _clock(time: dt.time | None) -> str | None:
    return None if time is None else f"{time:%H:%M}"
