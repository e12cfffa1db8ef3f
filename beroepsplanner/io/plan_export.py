"""Writing a plan file (JSON, version 1) from a ``PlanDocument``.

The same plain records ``plan_file.read_plan`` gives are written back here
(``plan_json``), so the file format lives in ``io`` both ways; the database's half,
which reads a school year into a ``PlanDocument``, is ``store/transfer/plan_export.py``.
Every list is written in the document's order, which that half fixes (classes by
grade and name, chains by date, class and activity, companies by name and place), so
exporting, importing into an empty database and exporting again gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from beroepsplanner.errors import InvalidInputError, PlanFileError
from beroepsplanner.io.plan_document import (
    PLAN_FORMAT,
    PLAN_VERSION,
    PlanChain,
    PlanClass,
    PlanCompany,
    PlanDocument,
    PlanLesson,
    PlanSchool,
)
from beroepsplanner.output_files import write_output

Plan = dict[str, Any]


def plan_json(document: PlanDocument) -> Plan:
    """The document as a plan-file dictionary (version 1), ready for ``write_plan``.

    A chain's ``company_place`` is written only when another company of the file has
    the same name (the name alone would be ambiguous on import).
    """
    school = document.school
    names = [c.name for c in document.companies]
    ambiguous = {name for name, n in Counter(names).items() if n > 1}
    notes = {d.date.isoformat(): d.description for d in document.study_days if d.description}
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "school": school_json(school),
        "school_year": document.school_year.label,
        "study_days": [d.date.isoformat() for d in document.study_days],
        "study_day_notes": notes,
        "holiday_moves": [
            {"holiday": m.holiday, "start": m.start.isoformat()} for m in document.holiday_moves
        ],
        "classes": [_class(c) for c in document.classes],
        "companies": [company_json(c) for c in document.companies],
        "chains": [chain_json(c, ambiguous) for c in document.chains],
    }


def write_plan(plan: Plan, path: Path, *, database: Path | None = None) -> None:
    """Write ``plan`` to ``path`` as UTF-8 JSON, whole or not at all.

    The text goes to a temporary file in the same folder first and replaces
    ``path`` only when complete, so a crash never leaves half a plan; a path that
    is the database (``database``), a back-up or another kind of document is
    refused (``output_files``).
    """
    text = json.dumps(plan, ensure_ascii=False, indent=2) + "\n"
    try:
        write_output(path, text.encode("utf-8"), kind="plan", database=database)
    except InvalidInputError as exc:
        raise PlanFileError(str(exc), (), key=exc.key, **dict(exc.values)) from exc


def _class(school_class: PlanClass) -> Plan:
    return {
        "name": school_class.name,
        "grade": school_class.grade,
        "teacher": school_class.teacher,
        "pupils": list(school_class.pupils),
    }


def company_json(company: PlanCompany) -> Plan:
    return {
        "name": company.name,
        "place": company.place,
        "address": company.address,
        "description": company.description,
        "min_grade": company.min_grade,
        "capacity": company.capacity,
        "confirmed": company.confirmed,
        "safety_checked": company.safety_checked,
        "safety_notes": company.safety_notes,
        "notes": company.notes,
        "worlds": list(company.worlds),
        "professions": list(company.professions),
        "contacts": [
            {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
            for c in company.contacts
        ],
        "role_models": [
            {
                "name": r.name,
                "profession": r.profession,
                "profession_text": r.profession_text,
                "description": r.description,
                "counter_stereotypical": r.counter_stereotypical,
                "is_parent": r.is_parent,
            }
            for r in company.role_models
        ],
    }


def chain_json(chain: PlanChain, ambiguous: set[str]) -> Plan:
    result: Plan = {
        "uid": chain.uid,
        "class": chain.class_name,
        "activity": chain.activity,
        "company": chain.company,
    }
    if chain.company is not None and chain.company in ambiguous:
        result["company_place"] = chain.company_place
    result.update(
        {
            "date": chain.date.isoformat(),
            "status": chain.status.value,
            "project": chain.project,
            "core_objectives": list(chain.core_objectives),
            "transport_arranged": chain.transport_arranged,
            "companions": chain.companions,
            "transport_mode": chain.transport_mode.value if chain.transport_mode else None,
            "departure_time": _clock(chain.departure_time),
            "return_time": _clock(chain.return_time),
            "notes": chain.notes,
            "observation": chain.observation,
            "role_models": list(chain.role_models),
            "preparation": [_lesson(lesson) for lesson in chain.preparation],
            "reflection": [_lesson(lesson) for lesson in chain.reflection],
        }
    )
    return result


def _clock(time: dt.time | None) -> str | None:
    """``"08:30"``, or None for a time not known."""
    return f"{time:%H:%M}" if time is not None else None


def _lesson(lesson: PlanLesson) -> Plan:
    return {
        "date": lesson.date.isoformat(),
        "title": lesson.title,
        "notes": lesson.notes,
        "template": lesson.template,
    }


def school_json(school: PlanSchool, *, contact: bool = False) -> dict[str, Any]:
    """The school as the file writes it; ``contact``: with the contact for companies
    (version 2)."""
    written: dict[str, Any] = {
        "name": school.name,
        "region": school.region.value,
        "place": school.place,
        "uid": school.uid,
        "liberation_day_off": school.liberation_day_off,
        "good_friday_off": school.good_friday_off,
    }
    if contact:
        written.update(
            contact_name=school.contact_name,
            contact_phone=school.contact_phone,
            contact_email=school.contact_email,
        )
    return written
