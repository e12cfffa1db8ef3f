"""Small factories for plan files, and helpers that read and import them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.transfer.plan_import import ImportSummary, import_plan

Plan = dict[str, Any]

_PLAN: Plan = {
    "format": "beroepsplanner-plan",
    "version": 1,
    "school": {
        "name": "Basisschool De Regenboog",
        "region": "midden",
        "place": "Leusden",
        "uid": "0b6c1d2e-3f40-4a51-8b62-7c839d4e5f60",
        "liberation_day_off": True,
        "good_friday_off": False,
    },
    "school_year": "2026-2027",
    "study_days": ["2026-09-25", "2027-01-22"],
    "study_day_notes": {"2026-09-25": "Studiedag team"},
    "holiday_moves": [{"holiday": "Voorjaarsvakantie", "start": "2027-03-01"}],
    "classes": [
        {
            "name": "Groep 6 & 7",
            "grade": 6,
            "teacher": "meester Łukasz",
            "pupils": ["Ayşe", "Daan", "Jan-Willem", "İlayda K.", "Łukasz"],
        }
    ],
    "companies": [
        {
            "name": "Sem & Daan Timmerwerk",
            "place": "Leusden",
            "address": "Dorpsstraat 1",
            "description": "Timmerwerkplaats van twee broers.",
            "min_grade": 5,
            "capacity": 12,
            "confirmed": True,
            "safety_checked": False,
            "safety_notes": "Gehoorbescherming bij de zaagmachine.",
            "notes": "",
            "worlds": ["wonen-werken-verkeer"],
            "professions": ["timmerman"],
            "contacts": [
                {"name": "Daan Öztürk", "role": "eigenaar", "email": "", "phone": "033-1234567"}
            ],
            "role_models": [
                {
                    "name": "Ayşe Öztürk",
                    "profession": "timmerman",
                    "profession_text": "meubelmaker",
                    "description": "Maakt keukens op maat.",
                    "counter_stereotypical": True,
                    "is_parent": True,
                }
            ],
        }
    ],
    "chains": [
        {
            "uid": "1a2b3c4d-0000-4000-8000-000000000001",
            "class": "Groep 6 & 7",
            "activity": "bedrijfsbezoek-techyourfuture",
            "company": "Sem & Daan Timmerwerk",
            "date": "2026-11-17",
            "status": "planned",
            "project": "Thema: wonen",
            "core_objectives": [42, 45],
            "transport_arranged": True,
            "companions": 4,
            "transport_mode": "bikes",
            "departure_time": "08:45",
            "return_time": "12:00",
            "notes": "Fietsen mee",
            "observation": "",
            "role_models": ["Ayşe Öztürk"],
            "preparation": [
                {"date": "2026-11-10", "title": "Wat doet een timmerman?", "notes": "", "template": 0},
                {"date": "2026-11-13", "title": "Vragen bedenken", "notes": "", "template": None},
            ],
            "reflection": [
                {"date": "2026-11-18", "title": "Terugblik", "notes": "kringgesprek", "template": 0},
            ],
        },
        {
            "uid": "1a2b3c4d-0000-4000-8000-000000000002",
            "class": "Groep 6 & 7",
            "activity": "tinkeren",
            "company": None,
            "date": "2027-01-19",
            "status": "concept",
            "project": "",
            "core_objectives": [],
            "transport_arranged": False,
            "companions": 0,
            "transport_mode": None,
            "departure_time": None,
            "return_time": None,
            "notes": "",
            "observation": "",
            "role_models": [],
            "preparation": [{"date": "2027-01-12", "title": "Tinkeren: start", "notes": "", "template": 0}],
            "reflection": [{"date": "2027-01-20", "title": "Tinkeren: terug", "notes": "", "template": 0}],
        },
    ],
}


def small_plan() -> Plan:
    """A complete, valid plan (as an export writes it): one class, one company, two chains."""
    return copy.deepcopy(_PLAN)


def to_bytes(plan: Any) -> bytes:
    return json.dumps(plan, ensure_ascii=False, indent=2).encode("utf-8")


def import_bytes(database: Database, data: bytes, *, replace: bool = False) -> ImportSummary:
    return import_plan(database, read_plan(data), replace=replace)


def export(database: Database, **options: Any) -> Plan:
    with database.session() as session:
        return export_plan(session, **options)


def export_bytes(database: Database, folder: Path, name: str = "plan.json") -> bytes:
    from beroepsplanner.io.plan_export import write_plan

    path = folder / name
    write_plan(export(database), path)
    return path.read_bytes()


FIRST_UID = "1a2b3c4d-0000-4000-8000-000000000001"
SECOND_UID = "1a2b3c4d-0000-4000-8000-000000000002"
NEXT_UID = "1a2b3c4d-0000-4000-8000-000000000003"


def small_plan2() -> Plan:
    """A complete, valid plan of version 2 (as an export writes it): ``small_plan``'s year
    with its pupils p1–p5, a follow-up and a record, and the next year with the class gone
    up a groep (pupils p6–p10, each ``previous`` to last year's) and last year's visit
    copied (``origin``)."""
    v1 = small_plan()
    old_class = v1["classes"][0]
    names = old_class["pupils"]
    extra = {
        "follows": None, "origin": None, "activity_end_date": None, "tasks": [],
        "letter_variant": "broad", "visit_start": None, "visit_end": None, "visit_goal": "",
        "research_question": "", "pupil_questions": "", "day_programme": None, "record": [],
        "evaluation": None, "measurement": None,
    }
    first, second = ({**chain, **extra} for chain in v1["chains"])
    first["record"] = [
        {"pupil": "p1", "absent": True, "talents": [], "wants_more": False, "own_words": ""},
        {"pupil": "p2", "absent": False, "talents": ["making"], "wants_more": True, "own_words": "Leuk"},
    ]
    second["follows"] = FIRST_UID
    again = copy.deepcopy({**first, "record": [], "uid": NEXT_UID, "origin": FIRST_UID})
    again.update({"class": "Groep 7 & 8", "date": "2027-11-16", "status": "concept"})
    again["preparation"] = [{"date": "2027-11-09", "title": "Voorbereiding", "notes": "", "template": 0}]
    again["reflection"] = [{"date": "2027-11-17", "title": "Terugblik", "notes": "", "template": 0}]
    again["record"] = [{"pupil": "p6", "absent": True, "talents": [], "wants_more": False, "own_words": ""}]
    company = {k: v for k, v in v1["companies"][0].items() if k != "confirmed"}
    company["confirmed_years"] = ["2026-2027"]
    return {
        "format": "beroepsplanner-plan",
        "version": 2,
        "school": v1["school"],
        "settings": {"goals": {"companies": 12}, "rules": {"max_repetitions": 3}},
        "school_years": [
            {
                "school_year": "2026-2027",
                "study_days": v1["study_days"],
                "study_day_notes": v1["study_day_notes"],
                "holiday_moves": v1["holiday_moves"],
                "classes": [
                    {
                        "name": old_class["name"], "grade": 6, "teacher": old_class["teacher"],
                        "previous_classes": [],
                        "pupils": [
                            {"key": f"p{i + 1}", "name": n, "previous": None} for i, n in enumerate(names)
                        ],
                    }
                ],
                "chains": [first, second],
                "cancelled_chains": [],
            },
            {
                "school_year": "2027-2028",
                "study_days": [],
                "study_day_notes": {},
                "holiday_moves": [],
                "classes": [
                    {
                        "name": "Groep 7 & 8", "grade": 7, "teacher": "", "previous_classes": [old_class["name"]],
                        "pupils": [
                            {"key": f"p{i + 6}", "name": n, "previous": f"p{i + 1}"} for i, n in enumerate(names)
                        ],
                    }
                ],
                "chains": [again],
                "cancelled_chains": [],
            },
        ],
        "companies": [company],
    }
