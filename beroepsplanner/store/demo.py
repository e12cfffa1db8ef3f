"""A demo school: to try the program, to show the rules at work, and for benchmarks.

``small`` reads its school from ``db/demo/school.json`` (a reviewed data file):
classes from groep 1 to 8, local companies with contacts and role models, and
chains over the whole school year, a few of which break warning rules on
purpose. ``large`` generates a school of the size the benchmarks need: 16
classes of 30 pupils, 2,000 companies, 5,000 activities and 300 chains,
written with bulk inserts (``store/demo_generated.py``); ``board`` one of a school
board's size for the benchmarks: 160 classes, 20,000 companies and 3,000 chains.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain import proposal
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import (
    ChainStatus,
    LessonKind,
    LetterVariant,
    Region,
    WorldKind,
)
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.resources import db_path
from beroepsplanner.store.chains import chain_lessons
from beroepsplanner.store.demo_generated import (
    PREPARATION_OFFSETS,
    REFLECTION_OFFSETS,
    SIZES,
    build_generated,
)
from beroepsplanner.store.demo_generated import display_names as display_names
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Company,
    CompanyConfirmation,
    CompanyContact,
    Profession,
    Pupil,
    RoleModel,
    School,
    SchoolClass,
    SchoolYearRow,
    StudyDay,
    World,
)
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.sessions import Database

Scale = Literal["small", "large", "board"]
"""``board``: a school board's size (160 classes, 20,000 companies, 3,000 chains), for the
benchmarks of issue 14 only (the command offers small and large)."""



@dataclass(frozen=True)
class DemoSummary:
    school: str
    classes: int
    pupils: int
    companies: int
    activities: int
    chains: int


def build_demo(database: Database, scale: Scale = "small") -> DemoSummary:
    """Fill an empty database (catalog seeded, no school yet) with a demo school.

    Refuses a database that already holds a school, so a teacher's own plan is
    never mixed with demo data. Everything is written in one transaction.
    """
    with database.session() as session:
        school = the_school(session)
    if school is not None:
        raise InvalidInputError(
            f"De database {database.location} bevat al een school ('{school.name}'). "
            "De demo komt alleen in een lege database; kies een nieuw bestand, "
            "bijvoorbeeld --db demo.db.",
            key="demo-database-not-empty",
            path=str(database.location),
            school=school.name,
        )
    with database.transaction() as session:
        if scale == "small":
            _build_small(session)
        elif scale in SIZES:
            build_generated(session, SIZES[scale])
        else:
            raise InvalidInputError(
                f"Onbekende omvang '{scale}': kies small of large.",
                key="demo-unknown-scale",
                scale=scale,
            )
    with database.session() as session:
        return _summary(session)


def _summary(session: Session) -> DemoSummary:
    school = the_school(session)
    assert school is not None

    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        school=school.name,
        classes=count(SchoolClass),
        pupils=count(Pupil),
        companies=count(Company),
        activities=count(Activity),
        chains=count(Chain),
    )


# --- shared helpers -------------------------------------------------------------


def chain_dates(
    calendar: SchoolCalendar,
    target: dt.date,
    preparation: tuple[int, ...] = PREPARATION_OFFSETS,
    reflection: tuple[int, ...] = REFLECTION_OFFSETS,
    *,
    last_day: dt.date | None = None,
) -> tuple[dt.date, list[dt.date], list[dt.date]]:
    """The activity on the first school day from ``target``; lessons at school-day offsets
    (reflection from ``last_day`` for an activity of several days)."""
    day = calendar.next_school_day(target)
    after = calendar.next_school_day(last_day) if last_day is not None else day
    return (
        day,
        [calendar.shift(day, offset) for offset in preparation],
        [calendar.shift(after, offset) for offset in reflection],
    )


def _worlds_by_number(session: Session) -> dict[int, World]:
    return {
        w.number: w
        for w in session.scalars(select(World).where(World.kind == WorldKind.TECHNOLOGY))
        if w.number
    }


def _by_key(session: Session, model: type[Any], keys: list[str], where: str) -> list[Any]:
    rows = {r.key: r for r in session.scalars(select(model).where(model.key.in_(keys)))}
    missing = [k for k in keys if k not in rows]
    if missing:
        raise InvalidInputError(
            f"Demogegevens {where}: onbekende sleutel(s) {', '.join(missing)}.",
            key="demo-unknown-keys",
            place=where,
            keys=", ".join(missing),
        )
    return [rows[k] for k in keys]


# --- small: the believable school -------------------------------------------------


def _build_small(session: Session) -> None:
    data = json.loads(db_path("demo", "school.json").read_text(encoding="utf-8"))
    rng = random.Random(2026)
    school_year = SchoolYear.parse(data["school_year"])
    school = School(
        name=data["school"]["name"],
        place=data["school"]["place"],
        region=Region(data["school"]["region"]),
    )
    year = SchoolYearRow(
        label=school_year.label, start_date=school_year.start, end_date=school_year.end
    )
    school.school_years.append(year)
    for study_day in data["study_days"]:
        year.study_days.append(
            StudyDay(
                date=dt.date.fromisoformat(study_day["date"]),
                description=study_day["description"],
            )
        )
    classes: dict[str, SchoolClass] = {}
    for spec in data["classes"]:
        school_class = SchoolClass(name=spec["name"], grade=spec["grade"], teacher=spec["teacher"])
        school_class.pupils = [
            Pupil(display_name=name)
            for name in display_names(
                data["first_names"], data["surname_initials"], spec["pupils"], rng
            )
        ]
        year.classes.append(school_class)
        classes[spec["name"]] = school_class
    session.add(school)

    worlds = _worlds_by_number(session)
    companies: dict[str, Company] = {}
    for spec in data["companies"]:
        where = f"bedrijf '{spec['name']}'"
        company = Company(
            name=spec["name"],
            place=spec["place"],
            address=spec.get("address", ""),
            description=spec.get("description", ""),
            min_grade=spec.get("min_grade"),
            capacity=spec.get("capacity"),
            safety_checked=spec.get("safety_checked", False),
            safety_notes=spec.get("safety_notes", ""),
        )
        if spec.get("confirmed", False):
            company.confirmations = [CompanyConfirmation(school_year=school_year.label)]
        company.worlds = [worlds[n] for n in spec.get("worlds", [])]
        company.worlds += _by_key(session, World, spec.get("sectors", []), where)
        company.professions = _by_key(session, Profession, spec.get("professions", []), where)
        company.contacts = [CompanyContact(**contact) for contact in spec.get("contacts", [])]
        for role in spec.get("role_models", []):
            (profession,) = _by_key(session, Profession, [role["profession"]], where)
            company.role_models.append(
                RoleModel(
                    name=role["name"],
                    profession=profession,
                    description=role.get("description", ""),
                    counter_stereotypical=role.get("counter_stereotypical", False),
                    is_parent=role.get("is_parent", False),
                )
            )
        session.add(company)
        companies[spec["name"]] = company
    session.flush()

    calendar = SchoolCalendar.of(
        school_year, school.region, [d.date for d in year.study_days]
    )
    # Each class's chains by activity key: what a later chain's "follows" names.
    planned: dict[tuple[str, str], Chain] = {}
    series: list[tuple[Chain, str, str, str]] = []
    for index, spec in enumerate(data["chains"]):
        where = f"keten {index}"
        (activity,) = _by_key(session, Activity, [spec["activity"]], where)
        # As many lessons as the activity has templates, unless the demo says otherwise.
        preparation_count = len(activity.templates_of(LessonKind.PREPARATION))
        reflection_count = len(activity.templates_of(LessonKind.REFLECTION))
        # An activity of several days ("end_date"): reflection counted from its last day.
        end = dt.date.fromisoformat(spec["end_date"]) if spec.get("end_date") else None
        day, preparation, reflection = chain_dates(
            calendar,
            dt.date.fromisoformat(spec["date"]),
            tuple(spec.get("preparation_offsets", proposal.PREPARATION_OFFSETS[preparation_count])),
            tuple(spec.get("reflection_offsets", proposal.REFLECTION_OFFSETS[reflection_count])),
            last_day=end,
        )
        visited = companies[spec["company"]] if spec.get("company") else None
        chain = Chain(
            school_class=classes[spec["class"]],
            activity=activity,
            company=visited,
            date=day,
            status=ChainStatus(spec.get("status", "planned")),
            project=spec.get("project", ""),
            core_objectives=list(activity.core_objectives or []),
            transport_arranged=spec.get("transport_arranged", activity.needs_transport),
            companions=spec.get("companions", 0),
            letter_variant=LetterVariant(spec.get("letter_variant", "broad")),
            notes=spec.get("notes", ""),
            observation=spec.get("observation", ""),
            activity_end_date=end,
        )
        session.add(chain)
        chain.tasks = _by_key(session, Activity, spec.get("tasks", []), where)
        if spec.get("follows"):
            series.append((chain, spec["class"], spec["follows"], where))
        planned[(spec["class"], spec["activity"])] = chain
        if visited is not None:
            names = spec.get("role_models")
            chain.role_models = [
                r for r in visited.role_models if names is None or r.name in names
            ]
        chain.lessons = chain_lessons(activity, preparation, reflection)
    # A series: a chain follows up the chain of its class with the activity it names.
    session.flush()
    for chain, class_name, follows, where in series:
        before = planned.get((class_name, follows))
        if before is None:
            raise InvalidInputError(
                f"Demogegevens {where}: onbekende sleutel(s) {follows}.",
                key="demo-unknown-keys",
                place=where,
                keys=follows,
            )
        chain.follows_chain_id = before.id
