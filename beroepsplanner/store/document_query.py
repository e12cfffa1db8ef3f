"""One chain's printed document read with plain SQL: ``print logbooks|lessons|letter --chain``
without SQLAlchemy.

Importing SQLAlchemy and the models takes several times as long as ReportLab needs to
draw a class set of logbooks, so ``cli/printing.py`` reads the one chain it prints with
the queries below on a plain DB-API connection (Python's ``sqlite3`` for a file) when the
file is at the newest schema and holds the bundled catalog (``quick_chain_print``); any
other case — a server, an older file, a catalog to update, a concept chain whose notes
need the rules — goes the ordinary way through ``store/documents.py``.

The ORM path (``documents.chain_document``) and this module build the same
``ChainDocument``; ``tests/store/test_document_query.py`` holds them equal for every chain
of the demo schools, on SQLite and on PostgreSQL (the queries are plain SQL that both
speak; a ``psycopg`` connection works as well as a ``sqlite3`` one).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from beroepsplanner.domain.chain import ActivityRef, CompanyRef, ProfessionRef, RoleModelRef, meeting_of
from beroepsplanner.domain.documents import (
    ChainDocument,
    LessonSheet,
    Question,
    RoleModelLine,
    TaskSheet,
)
from beroepsplanner.domain.kinds import (
    ActivityKind,
    CareerCompetence,
    LessonKind,
    LetterVariant,
    QuestionKind,
    TransportMode,
    WorldKind,
)
from beroepsplanner.domain.rule_settings import RuleSettings, companions_needed
from beroepsplanner.errors import NotFoundError
from beroepsplanner.resources import db_path
from beroepsplanner.store.schema import SCHEMA_HEAD

RULE_SETTING_PREFIX = "rules."
"""The ``settings`` keys of the rule thresholds (``store/checks.SETTING_PREFIX``)."""

_CHAIN = """
SELECT c.id, c.date, c.activity_end_date, c.transport_mode, c.transport_arranged, c.departure_time, c.return_time,
       c.project, k.id, k.name, k.grade, k.teacher, y.label,
       a.id, a.key, a.title, a.pupil_title, a.kind, a.description, a.duration_minutes,
       a.needs_transport, p.name, co.id, co.name, co.place, co.address, co.description,
       co.safety_notes, c.letter_variant
FROM chains c
JOIN classes k ON k.id = c.class_id
JOIN school_years y ON y.id = k.school_year_id
JOIN activities a ON a.id = c.activity_id
LEFT JOIN providers p ON p.id = a.provider_id
LEFT JOIN companies co ON co.id = c.company_id
WHERE c.id = :chain
"""
_SCHOOL = "SELECT name FROM schools ORDER BY id LIMIT 1"
_PUPILS = "SELECT display_name FROM pupils WHERE class_id = :class_id"
_COMPANY_WORLDS = """
SELECT w.name, w.kind, w.number FROM company_worlds cw JOIN worlds w ON w.id = cw.world_id
WHERE cw.company_id = :company ORDER BY w.id
"""
_ACTIVITY_PROFESSIONS = """
SELECT p.name, w.name, w.kind, w.number FROM activity_professions ap
JOIN professions p ON p.id = ap.profession_id LEFT JOIN worlds w ON w.id = p.world_id
WHERE ap.activity_id = :activity ORDER BY p.id
"""
_COMPANY_PROFESSIONS = """
SELECT p.name, w.name, w.kind, w.number FROM company_professions cp
JOIN professions p ON p.id = cp.profession_id LEFT JOIN worlds w ON w.id = p.world_id
WHERE cp.company_id = :company ORDER BY p.id
"""
_ROLE_MODELS = """
SELECT r.id, r.name, r.counter_stereotypical, r.parent_id, r.profession_text, p.name, w.name,
       w.kind, w.number
FROM chain_role_models cr JOIN role_models r ON r.id = cr.role_model_id
LEFT JOIN professions p ON p.id = r.profession_id LEFT JOIN worlds w ON w.id = p.world_id
WHERE cr.chain_id = :chain ORDER BY r.id
"""
_LESSONS = """
SELECT l.kind, l.date, l.position, l.title, l.notes, t.id, t.title, t.goal,
       t.duration_minutes, t.steps, t.materials
FROM chain_lessons l LEFT JOIN lesson_templates t ON t.id = l.template_id
WHERE l.chain_id = :chain ORDER BY l.date, l.position, l.id
"""
_QUESTIONS = """
SELECT q.template_id, q.text, q.kind, q.competence FROM template_questions q
WHERE q.template_id IN (SELECT template_id FROM chain_lessons WHERE chain_id = :chain)
ORDER BY q.template_id, q.position, q.id
"""
_TASKS = """
SELECT a.key, a.title, a.pupil_title, a.description FROM chain_tasks t
JOIN activities a ON a.id = t.activity_id WHERE t.chain_id = :chain ORDER BY a.id
"""
_SETTINGS = "SELECT key, value FROM settings WHERE key LIKE 'rules.%'"
_STATUS = "SELECT status FROM chains WHERE id = :chain"
_SCHOOL_YEARS = "SELECT count(*) FROM school_years"
_SEED_DIGEST = "SELECT value FROM settings WHERE key = 'catalog.seed_digest'"


SEED_FILES = ("worlds", "providers", "professions", "activities")
"""The catalog seed's files, in the order their digest is taken (``store/seed.py``)."""


def quick_chain_document(path: Path, chain_id: int) -> tuple[ChainDocument, int] | None:
    """The document of chain ``chain_id`` in the database file ``path`` and the number of
    school years, read with SQLite alone — when the file is at the newest schema, holds
    the bundled catalog and the chain is not a concept (whose notes need the rules).
    None for anything else (and for a file SQLite finds damaged): the caller then goes
    the ordinary way, which says what is wrong or updates what must be."""
    try:
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            schema = rows(connection, "SELECT version_num FROM alembic_version")
            if [tuple(row) for row in schema] != [(SCHEMA_HEAD,)]:
                return None
            if seed_digest(connection) != bundled_seed_digest():
                return None
            if chain_status(connection, chain_id) in (None, "concept"):
                return None
            return chain_document(connection, chain_id), school_year_count(connection)
    except (OSError, sqlite3.Error, ValueError):
        return None


def bundled_seed_digest() -> str | None:
    """The digest of the catalog this program brings (``seed.read_catalog().digest``)."""
    import hashlib

    hasher = hashlib.sha256()
    try:
        for name in SEED_FILES:
            hasher.update(db_path("seed", f"{name}.json").read_bytes())
    except OSError:
        return None
    return hasher.hexdigest()


def rows(connection: Any, sql: str, **params: Any) -> list[Sequence[Any]]:
    """``sql`` with ``:name`` parameters on a DB-API connection: Python's ``sqlite3``
    (named style as written) or psycopg (``%(name)s``)."""
    if type(connection).__module__ != "sqlite3":
        sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))
    cursor = connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def chain_status(connection: Any, chain_id: int) -> str | None:
    """The chain's status (``concept``, ``planned``, ``done``), None when there is no such chain."""
    found = rows(connection, _STATUS, chain=chain_id)
    return str(found[0][0]) if found else None


def school_year_count(connection: Any) -> int:
    return int(rows(connection, _SCHOOL_YEARS)[0][0])


def seed_digest(connection: Any) -> str | None:
    """The digest of the catalog seed the database holds (``store/seed.py``)."""
    found = rows(connection, _SEED_DIGEST)
    return _json(found[0][0]) if found else None


def chain_document(connection: Any, chain_id: int) -> ChainDocument:
    """Everything printed about chain ``chain_id`` (``documents.chain_document_by_id``);
    NotFoundError (Dutch) when there is none."""
    found = rows(connection, _CHAIN, chain=chain_id)
    if not found:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. "
            "'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown",
            number=chain_id,
        )
    (_id, date, end_date, transport_mode, transport_arranged, departure, back, project, class_id,
     class_name, grade, teacher, school_year, activity_id, key, title, pupil_title, kind,
     description, duration, needs_transport, provider, company_id, company, place, address,
     company_description, safety_notes, letter_variant) = found[0]
    school = rows(connection, _SCHOOL)
    pupils = tuple(sorted(row[0] for row in rows(connection, _PUPILS, class_id=class_id)))
    activity_kind = ActivityKind(kind)
    is_outing = bool(needs_transport) or activity_kind.is_outing
    worlds, professions, role_models = _met_on_paper(
        connection, chain_id, key, title, activity_kind, activity_id, company_id, company
    )
    preparation, reflection = _lessons(connection, chain_id, company, safety_notes)
    return ChainDocument(
        chain_id=chain_id,
        school=school[0][0] if school else "",
        school_year=school_year,
        class_name=class_name,
        grade=grade,
        teacher=teacher,
        activity_key=key,
        activity_title=title,
        pupil_title=pupil_title or "",
        activity_kind=activity_kind,
        activity_description=description,
        provider=provider or "",
        date=_date(date),
        duration_minutes=duration,
        company=company,
        company_place=place if company is not None else "",
        company_address=address if company is not None else "",
        company_description=company_description if company is not None else "",
        safety_notes=safety_notes if company is not None else "",
        is_outing=is_outing,
        companions_needed=companions_needed(grade, len(pupils), rule_settings(connection))[0]
        if is_outing
        else 0,
        transport_mode=TransportMode(transport_mode) if transport_mode is not None else None,
        transport_arranged=bool(transport_arranged),
        departure_time=_time(departure),
        return_time=_time(back),
        project=project,
        worlds=worlds,
        professions=professions,
        role_models=role_models,
        preparation=preparation,
        reflection=reflection,
        pupils=pupils,
        end_date=_date(end_date) if end_date is not None else None,
        tasks=tuple(
            TaskSheet(task_key, task_title, task_pupil_title or "", task_description)
            for task_key, task_title, task_pupil_title, task_description in rows(
                connection, _TASKS, chain=chain_id
            )
        ),
        letter_variant=LetterVariant(letter_variant),
    )


WorldRow = tuple[str | None, str | None, int | None]
"""A world as read: name, kind, number (all None: a profession without a world)."""


def _profession(name: str, world: WorldRow) -> ProfessionRef:
    world_name, world_kind, _number = world
    if world_name is None:
        return ProfessionRef(name)
    if WorldKind(str(world_kind)) is WorldKind.TECHNOLOGY:
        return ProfessionRef(name, world=world_name)
    return ProfessionRef(name, sector=world_name)


def _world_order(world: WorldRow) -> tuple[bool, int, str]:
    name, kind, number = world
    return (WorldKind(str(kind)) is not WorldKind.TECHNOLOGY, number or 0, str(name))


def _met_on_paper(
    connection: Any,
    chain_id: int,
    key: str,
    title: str,
    kind: ActivityKind,
    activity_id: int,
    company_id: int | None,
    company: str | None,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[RoleModelLine, ...]]:
    """The worlds, professions and role models the paper names (``documents.met_on_paper``:
    what the pupils meet by ``domain.chain.meeting_of``, in the same order)."""
    known: dict[str, WorldRow] = {}

    def world_of(row: Sequence[Any]) -> WorldRow:
        world: WorldRow = (row[0], row[1], row[2])
        if world[0] is not None:
            known[world[0]] = world
        return world

    roles: list[RoleModelRef] = []
    lines: list[RoleModelLine] = []
    for role_id, name, counter, parent, typed, profession, *world in rows(
        connection, _ROLE_MODELS, chain=chain_id
    ):
        ref: ProfessionRef | None
        if profession is not None:
            ref = _profession(profession, world_of(world))
        else:
            ref = ProfessionRef(typed.strip()) if typed.strip() else None
        roles.append(RoleModelRef(name, bool(counter), ref, role_id))
        lines.append(
            RoleModelLine(
                name, profession if profession is not None else typed, bool(counter),
                parent=parent is not None,
            )
        )
    if company_id is not None:
        people = rows(connection, _COMPANY_PROFESSIONS, company=company_id)
    else:
        people = rows(connection, _ACTIVITY_PROFESSIONS, activity=activity_id)
    own = [_profession(row[0], world_of(row[1:])) for row in people]
    company_ref = None
    if company_id is not None:
        worlds = [world_of(row) for row in rows(connection, _COMPANY_WORLDS, company=company_id)]
        technology = [w for w in worlds if WorldKind(str(w[1])) is WorldKind.TECHNOLOGY]
        company_ref = CompanyRef(
            str(company),
            worlds=tuple(str(w[0]) for w in technology),
            sectors=tuple(str(w[0]) for w in worlds if w not in technology),
            professions=tuple(own),
        )
    activity_ref = ActivityRef(key, title, kind, professions=() if company_ref else tuple(own))
    meeting = meeting_of(activity_ref, company_ref, roles)
    met = sorted(
        meeting.worlds | meeting.sectors,
        key=lambda name: _world_order(known[name]) if name in known else (True, 99, name),
    )
    ordered = [p.name for p in own] + [r.profession.name for r in roles if r.profession is not None]
    professions = tuple(dict.fromkeys(p for p in ordered if p in meeting.professions))
    return tuple(met), professions, tuple(lines)


_SAFETY_STEP_STARTS = (
    "Bespreek de veiligheidsregels van het bedrijf",
    "Bespreek de afspraken voor het bezoek",
)
"""How a catalog lesson template says "discuss the company's safety rules" (the seed's
wording before and after issue 17): the rules it then lists were a catalog default (helmets,
yellow lines at machines), not what the chosen company asked."""


def safety_step(company: str | None, safety_notes: str) -> str:
    """The preparation step about safety as this chain's paper says it: the school's own
    agreements and, when the chosen company has notes, a pointer to them (the sheet prints
    them word for word under "Veiligheid"); nothing about helmets or machines the company
    never mentioned."""
    school_rules = "bij de groep blijven en niets aanraken zonder toestemming"
    if company and safety_notes.strip():
        return (
            f"Bespreek de afspraken voor het bezoek: {school_rules}, en de afspraken van "
            f"{company} (bovenaan bij ‘Veiligheid’)."
        )
    return f"Bespreek de afspraken voor het bezoek: {school_rules}."


def lesson_steps(steps: Sequence[str], company: str | None, safety_notes: str) -> tuple[str, ...]:
    """A lesson template's steps as the paper of a chain with ``company`` prints them."""
    if company is None:
        return tuple(steps)
    return tuple(
        safety_step(company, safety_notes) if step.startswith(_SAFETY_STEP_STARTS) else step
        for step in steps
    )


def _lessons(
    connection: Any, chain_id: int, company: str | None, safety_notes: str
) -> tuple[tuple[LessonSheet, ...], tuple[LessonSheet, ...]]:
    questions: dict[int, list[Question]] = defaultdict(list)
    for template_id, text, kind, competence in rows(connection, _QUESTIONS, chain=chain_id):
        label = CareerCompetence(competence).label if competence is not None else None
        questions[template_id].append(Question(text, QuestionKind(kind), label))
    sheets: dict[LessonKind, list[LessonSheet]] = defaultdict(list)
    for (kind, date, _position, title, notes, template_id, template_title, goal, duration,
         steps, materials) in rows(connection, _LESSONS, chain=chain_id):
        lesson_kind = LessonKind(kind)
        has_template = template_id is not None
        sheets[lesson_kind].append(
            LessonSheet(
                kind=lesson_kind,
                date=_date(date),
                title=title or (template_title if has_template else lesson_kind.label.capitalize()),
                goal=goal if has_template else "",
                duration_minutes=duration if has_template else None,
                steps=lesson_steps(_json(steps), company, safety_notes) if has_template else (),
                materials=tuple(_json(materials)) if has_template else (),
                questions=tuple(questions[template_id]) if has_template else (),
                notes=notes,
            )
        )
    return tuple(sheets[LessonKind.PREPARATION]), tuple(sheets[LessonKind.REFLECTION])


def rule_settings(connection: Any) -> RuleSettings:
    """The rule thresholds as ``checks.load_rule_settings`` reads them."""
    values = {}
    for key, value in rows(connection, _SETTINGS):
        name = str(key)[len(RULE_SETTING_PREFIX) :]
        value = _json(value)
        if name in RuleSettings.keys() and isinstance(value, int) and value > 0:
            values[name] = value
    return RuleSettings(**values)


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _time(value: Any) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def _json(value: Any) -> Any:
    """A JSON column's value: text on SQLite, already read by psycopg on PostgreSQL."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value
