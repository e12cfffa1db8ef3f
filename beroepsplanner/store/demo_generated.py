"""The generated demo schools: ``large`` for the benchmarks (16 classes of 30 pupils,
2,000 companies, 5,000 activities, 300 chains) and ``board``, a school board's size
(160 classes, 20,000 companies, 3,000 chains), written with bulk inserts. The same
school every time (a fixed random seed, drawn in a fixed order)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind, Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.resources import db_path
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    CompanyConfirmation,
    CompanyContact,
    LessonTemplate,
    Profession,
    Pupil,
    RoleModel,
    School,
    SchoolClass,
    SchoolYearRow,
    TemplateQuestion,
    World,
    activity_professions,
    activity_worlds,
    chain_role_models,
    company_professions,
    company_worlds,
)


def display_names(first_names: list[str], initials: str, count: int, rng: random.Random) -> list[str]:
    """``count`` display names for one class, as the class-list import makes them.

    A few first names occur twice, as in real classes; those pupils get the
    first letter of their surname (``Sem A.``, ``Sem K.``). No surnames exist.
    """
    names = rng.sample(first_names, count - 2) if count > 2 else rng.sample(first_names, count)
    if count > 2:
        names += rng.sample(names, 2)
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    letters = iter(rng.sample(initials, len(initials)))
    result = []
    for name in names:
        result.append(f"{name} {next(letters)}." if seen[name] > 1 else name)
    return sorted(result, key=str.casefold)



@dataclass(frozen=True)
class GeneratedSize:
    """How big a generated school is: classes per groep, companies, catalog activities and
    chains (spread over the classes and the school year), pupils per class."""

    classes_per_grade: int
    companies: int
    activities: int
    chains: int
    pupils_per_class: int = 30


SIZES = {
    "large": GeneratedSize(classes_per_grade=2, companies=2_000, activities=5_000, chains=300),
    "board": GeneratedSize(classes_per_grade=20, companies=20_000, activities=5_000, chains=3_000),
}
"""``large``: the benchmark school; ``board``: a school board's size (issue 14)."""

# Lessons of a demo chain, in school days before and after the activity.
PREPARATION_OFFSETS = (-5, -2)
REFLECTION_OFFSETS = (1, 4)
CLASS_LETTERS = "abcdefghijklmnopqrstuvwxyz"

_PLACES = [
    "Amersfoort", "Leusden", "Soest", "Baarn", "Nijkerk", "Barneveld", "Woudenberg",
    "Bunschoten", "Hoevelaken", "Hoogland", "Utrecht", "Zeist", "Veenendaal", "Ede",
    "Putten", "Ermelo", "Harderwijk", "Scherpenzeel", "Renswoude", "Eemnes",
]
_TRADES = [
    "Bakkerij", "Autobedrijf", "Installatiebedrijf", "Drukkerij", "Zorgcentrum",
    "Laboratorium", "Bouwbedrijf", "Transportbedrijf", "Gamestudio", "Tuincentrum",
    "Metaalbewerking", "Ingenieursbureau", "Dierenkliniek", "Timmerfabriek", "Kapsalon",
    "Architectenbureau", "Elektrotechniek", "Zuivelfabriek", "Fietsenmaker", "Softwarehuis",
]
_SUFFIXES = (" & Zn", " B.V.", " en Partners")
_OWNERS = [
    "Van Dijk", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer",
    "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker",
    "Brouwer", "De Wit", "Dijkstra", "Yılmaz", "El Idrissi", "Nguyễn", "Kowalski", "Öztürk",
]


def build_generated(session: Session, size: GeneratedSize) -> None:
    """Write a generated school of ``size`` (the same school every time) in ``session``."""
    rng = random.Random(5000)
    data = json.loads(db_path("demo", "school.json").read_text(encoding="utf-8"))
    school_year = SchoolYear(2026)
    school = School(name="Kindcentrum De Brede Horizon", place="Amersfoort", region=Region.MIDDEN)
    year = SchoolYearRow(
        label=school_year.label, start_date=school_year.start, end_date=school_year.end
    )
    school.school_years.append(year)
    session.add(school)
    session.flush()

    class_ids: list[tuple[int, int]] = []
    pupils: list[dict[str, Any]] = []
    for grade in range(1, 9):
        for letter in CLASS_LETTERS[: size.classes_per_grade]:
            school_class = SchoolClass(
                name=f"Groep {grade}{letter}", grade=grade, teacher=f"leerkracht {grade}{letter}"
            )
            year.classes.append(school_class)
            session.flush()
            class_ids.append((school_class.id, grade))
            pupils += [
                {"class_id": school_class.id, "display_name": name}
                for name in display_names(
                    data["first_names"], data["surname_initials"], size.pupils_per_class, rng
                )
            ]
    session.execute(insert(Pupil), pupils)

    world_ids = [w for (w,) in session.execute(select(World.id))]
    profession_ids = [p for (p,) in session.execute(select(Profession.id))]
    company_ids = _companies(session, rng, world_ids, profession_ids, school_year.label, size)
    _activities(session, rng, world_ids, profession_ids, size)
    _chains(session, rng, school_year, school.region, class_ids, company_ids, size)


def _next_id(session: Session, model: type[Any]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _companies(
    session: Session,
    rng: random.Random,
    world_ids: list[int],
    profession_ids: list[int],
    school_year: str,
    size: GeneratedSize,
) -> list[int]:
    combos = [(f"{t} {o}", p) for t in _TRADES for o in _OWNERS for p in _PLACES]
    # More names than the trades, owners and places make (9,600) for a board's size; the
    # large school keeps drawing from the first list, so it stays the same school.
    for suffix in _SUFFIXES if size.companies > len(combos) else ():
        combos += [(f"{t} {o}{suffix}", p) for t in _TRADES for o in _OWNERS for p in _PLACES]
    chosen = rng.sample(combos, size.companies)
    first = _next_id(session, Company)
    companies: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    worlds: list[dict[str, Any]] = []
    professions: list[dict[str, Any]] = []
    confirmations: list[dict[str, Any]] = []
    for offset, (name, place) in enumerate(chosen):
        company_id = first + offset
        # Drawn in this order, so the large demo stays the same school.
        min_grade = rng.choice([None, 1, 3, 5, 6, 7])
        capacity = rng.choice([None, 10, 15, 20, 30])
        if rng.random() < 0.8:
            confirmations.append({"company_id": company_id, "school_year": school_year})
        companies.append(
            {
                "id": company_id,
                "name": name,
                "place": place,
                "address": f"Hoofdstraat {offset % 300 + 1}",
                "description": "",
                "min_grade": min_grade,
                "capacity": capacity,
                "safety_checked": rng.random() < 0.7,
                "safety_notes": "",
                "notes": "",
            }
        )
        contacts.append(
            {
                "company_id": company_id,
                "name": f"Contact {offset + 1}",
                "role": "contactpersoon",
                "email": f"contact{offset + 1}@bedrijf.example",
                "phone": "",
            }
        )
        for number in range(rng.randint(1, 3)):
            roles.append(
                {
                    "company_id": company_id,
                    "name": f"Rolmodel {offset + 1}-{number + 1}",
                    "profession_id": rng.choice(profession_ids),
                    "profession_text": "",
                    "description": "",
                    "counter_stereotypical": rng.random() < 0.4,
                    "is_parent": rng.random() < 0.2,
                }
            )
        for world_id in rng.sample(world_ids, 2):
            worlds.append({"company_id": company_id, "world_id": world_id})
        for profession_id in rng.sample(profession_ids, 3):
            professions.append({"company_id": company_id, "profession_id": profession_id})
    session.execute(insert(Company), companies)
    if confirmations:
        session.execute(insert(CompanyConfirmation), confirmations)
    session.execute(insert(CompanyContact), contacts)
    session.execute(insert(RoleModel), roles)
    session.execute(insert(company_worlds), worlds)
    session.execute(insert(company_professions), professions)
    return [c["id"] for c in companies]


def _activities(
    session: Session,
    rng: random.Random,
    world_ids: list[int],
    profession_ids: list[int],
    size: GeneratedSize,
) -> None:
    existing = session.scalar(select(func.count()).select_from(Activity)) or 0
    names = {p.id: p.name for p in session.scalars(select(Profession))}
    kinds = list(ActivityKind)
    first = _next_id(session, Activity)
    template_id = _next_id(session, LessonTemplate)
    activities, links_w, links_p, templates, questions = [], [], [], [], []
    for offset in range(size.activities - existing):
        activity_id = first + offset
        kind = kinds[offset % len(kinds)]
        profession_id = rng.choice(profession_ids)
        low = rng.randint(1, 8)
        high = rng.randint(low, 8)
        activities.append(
            {
                "id": activity_id,
                "key": f"demo-{offset + 1:04d}",
                "title": f"{kind.label.capitalize()}: {names[profession_id]} ({offset + 1})",
                "kind": kind,
                "provider_id": None,
                "description": "Gegenereerde activiteit voor prestatietests.",
                "grade_min": low,
                "grade_max": high,
                "duration_minutes": rng.choice([30, 45, 60, 90, 120]),
                "cost_cents": None,
                "needs_transport": kind.is_outing,
                "core_objectives": [],
            }
        )
        links_w.append({"activity_id": activity_id, "world_id": rng.choice(world_ids)})
        links_p.append({"activity_id": activity_id, "profession_id": profession_id})
        for kind_of_lesson in LessonKind:
            templates.append(
                {
                    "id": template_id,
                    "activity_id": activity_id,
                    "kind": kind_of_lesson,
                    "position": 0,
                    "title": f"{kind_of_lesson.label.capitalize()} {names[profession_id]}",
                    "goal": "Leerlingen leren een beroep kennen.",
                    "duration_minutes": 45,
                    "steps": ["Kringgesprek", "Opdracht in tweetallen", "Nabespreken"],
                    "materials": ["Logboek"],
                }
            )
            questions.append(
                {
                    "template_id": template_id,
                    "position": 0,
                    "text": f"Wat doet een {names[profession_id].lower()}?",
                    "kind": QuestionKind.KNOWLEDGE,
                    "competence": None,
                }
            )
            questions.append(
                {
                    "template_id": template_id,
                    "position": 1,
                    "text": "Wie zou dit werk kunnen doen? Kun jij het leren?",
                    "kind": QuestionKind.ATTITUDE,
                    "competence": None,
                }
            )
            template_id += 1
    session.execute(insert(Activity), activities)
    session.execute(insert(activity_worlds), links_w)
    session.execute(insert(activity_professions), links_p)
    session.execute(insert(LessonTemplate), templates)
    session.execute(insert(TemplateQuestion), questions)


def _chains(
    session: Session,
    rng: random.Random,
    school_year: SchoolYear,
    region: Region,
    class_ids: list[tuple[int, int]],
    company_ids: list[int],
    size: GeneratedSize,
) -> None:
    calendar = SchoolCalendar.of(school_year, region)
    days = calendar.school_days()
    by_grade: dict[int, list[tuple[int, ActivityKind]]] = {}
    for activity_id, low, high, kind in session.execute(
        select(Activity.id, Activity.grade_min, Activity.grade_max, Activity.kind)
    ):
        for grade in range(low, high + 1):
            by_grade.setdefault(grade, []).append((activity_id, kind))
    templates: dict[tuple[int, LessonKind], int] = {}
    for template_id, activity_id, lesson_kind in session.execute(
        select(LessonTemplate.id, LessonTemplate.activity_id, LessonTemplate.kind).where(
            LessonTemplate.position == 0
        )
    ):
        templates[(activity_id, lesson_kind)] = template_id
    role_models_of: dict[int, list[int]] = {}
    for role_id, company_id in session.execute(select(RoleModel.id, RoleModel.company_id)):
        if company_id is not None:
            role_models_of.setdefault(company_id, []).append(role_id)

    first = _next_id(session, Chain)
    chains: list[dict[str, Any]] = []
    lessons: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    per_class = -(-size.chains // len(class_ids))
    usable = range(10, len(days) - 10)
    for number in range(size.chains):
        class_id, grade = class_ids[number % len(class_ids)]
        slot = number // len(class_ids)
        index = usable.start + (slot * len(usable)) // per_class + rng.randint(0, 3)
        day = days[index]
        activity_id, kind = rng.choice(by_grade[grade])
        company_id = rng.choice(company_ids) if kind.is_outing else None
        chain_id = first + number
        chains.append(
            {
                "id": chain_id,
                "class_id": class_id,
                "activity_id": activity_id,
                "company_id": company_id,
                "date": day,
                "status": ChainStatus.PLANNED,
                "project": "",
                "core_objectives": [],
                "transport_arranged": kind.is_outing,
                "companions": 5 if kind.is_outing else 0,
                "notes": "",
                "observation": "",
            }
        )
        for kind_of_lesson, offsets in (
            (LessonKind.PREPARATION, PREPARATION_OFFSETS),
            (LessonKind.REFLECTION, REFLECTION_OFFSETS),
        ):
            for position, offset in enumerate(offsets):
                lessons.append(
                    {
                        "chain_id": chain_id,
                        "kind": kind_of_lesson,
                        "position": position,
                        "date": days[index + offset],
                        "title": kind_of_lesson.label.capitalize(),
                        "template_id": templates.get((activity_id, kind_of_lesson)),
                        "notes": "",
                    }
                )
        if company_id is not None:
            roles += [
                {"chain_id": chain_id, "role_model_id": r} for r in role_models_of.get(company_id, [])
            ]
    session.execute(insert(Chain), chains)
    session.execute(insert(ChainLesson), lessons)
    if roles:
        session.execute(insert(chain_role_models), roles)
