"""The rules' view of many chains at once, read with a few prepared queries.

``checks.chain_plan`` builds a ``ChainPlan`` from ORM rows, which lazy-loads
class, activity, company, lessons, templates and role models chain by chain.
The year planner re-checks a class after every drag, within one screen frame,
so this module reads the same data column-wise in seven queries whatever the
number of chains, with statements built once (building a SQLAlchemy statement
costs more than running it on SQLite). ``year_calendar`` keeps the school
calendar, which the ``holidays`` package takes milliseconds to build, between
calls. ``tests/store/test_planner.py`` proves the plans equal
``checks.chain_plan``'s for every chain of the demo.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from sqlalchemy import BindParameter, Column, Connection, Select, Table, bindparam, func, null, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import FreeDays, SchoolCalendar
from beroepsplanner.domain.chain import (
    ActivityRef,
    ChainPlan,
    CompanyRef,
    Lesson,
    RoleModelRef,
    RuleSettings,
)
from beroepsplanner.domain.kinds import ChainStatus, QuestionKind, Region, WorldKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.store.checks import SETTING_PREFIX
from beroepsplanner.store.companies import confirmed_in
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    HolidayMove,
    Pupil,
    RoleModel,
    School,
    SchoolClass,
    SchoolYearRow,
    Setting,
    StudyDay,
    TemplateQuestion,
    World,
    activity_worlds,
    chain_role_models,
    company_worlds,
)

Scope = Literal["chain", "class", "year"]
"""Which chains to read: one chain, a class's chains, or a school year's chains (by id)."""

KEY: BindParameter[Any] = bindparam("key")


def connection(session: Session) -> Connection:
    """The session's connection, after writing its pending changes (statements run
    on the connection skip the ORM, and with it the ORM's autoflush)."""
    session.flush()
    return session.connection()


@dataclass(frozen=True)
class LoadedChain:
    """A chain's plan with what the grid shows besides: its class and company name."""

    plan: ChainPlan
    class_id: int
    company: str | None

    @property
    def id(self) -> int:
        assert self.plan.id is not None
        return self.plan.id


@cache
def _statements(scope: Scope) -> dict[str, Any]:
    """The queries for one scope, built once with the bound parameter ``key``."""
    if scope == "chain":
        where = Chain.id == KEY
        classes = select(Chain.class_id).where(where)
    elif scope == "class":
        where = Chain.class_id == KEY
        classes = select(SchoolClass.id).where(SchoolClass.id == KEY)
    else:
        classes = select(SchoolClass.id).where(SchoolClass.school_year_id == KEY)
        where = Chain.class_id.in_(classes)
    chain_ids = select(Chain.id).where(where)

    def worlds(table: Table, owner: Column[int], owners: Select[Any]) -> Select[Any]:
        return select(owner, table.c.world_id).where(owner.in_(owners)).order_by(owner, table.c.world_id)

    return {
        "chains": select(
            Chain.id, Chain.class_id, Chain.date, Chain.status, Chain.companions,
            Chain.transport_arranged, Chain.activity_id, Chain.company_id,
            SchoolClass.name, SchoolClass.grade,
            Activity.key, Activity.title, Activity.kind, Activity.grade_min, Activity.grade_max,
            Activity.needs_transport,
            Company.name, Company.min_grade, confirmed_in(SchoolYearRow.label),
            Company.safety_checked,
        )
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Activity, Chain.activity_id == Activity.id)
        .outerjoin(Company, Chain.company_id == Company.id)
        .where(where),
        "lessons": select(
            ChainLesson.id, ChainLesson.chain_id, ChainLesson.kind, ChainLesson.date,
            ChainLesson.title, ChainLesson.position, TemplateQuestion.kind,
        )
        .outerjoin(TemplateQuestion, TemplateQuestion.template_id == ChainLesson.template_id)
        .where(ChainLesson.chain_id.in_(chain_ids))
        .distinct(),
        "activity_worlds": worlds(
            activity_worlds, activity_worlds.c.activity_id, select(Chain.activity_id).where(where)
        ),
        "company_worlds": worlds(
            company_worlds, company_worlds.c.company_id, select(Chain.company_id).where(where)
        ),
        "role_models": select(chain_role_models.c.chain_id, RoleModel.name, RoleModel.counter_stereotypical)
        .join(RoleModel, RoleModel.id == chain_role_models.c.role_model_id)
        .where(chain_role_models.c.chain_id.in_(chain_ids))
        .order_by(RoleModel.id),
        "pupils": select(Pupil.class_id, func.count())
        .where(Pupil.class_id.in_(classes))
        .group_by(Pupil.class_id),
    }


_TECHNOLOGY = (
    select(World.id, World.name)
    .where(World.kind == WorldKind.TECHNOLOGY)
    .order_by(func.coalesce(World.number, 0), World.id)
)
_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.key.in_([SETTING_PREFIX + key for key in RuleSettings.keys()])
)


def technology_worlds(session: Session) -> dict[int, str]:
    """The seven worlds of technology by id, in their numbered order."""
    return {world_id: name for world_id, name in connection(session).execute(_TECHNOLOGY)}


def rule_settings(session: Session) -> RuleSettings:
    """The rule thresholds, as ``checks.load_rule_settings`` reads them, in one query."""
    values = {}
    for key, value in connection(session).execute(_SETTINGS):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            values[key.removeprefix(SETTING_PREFIX)] = value
    return RuleSettings(**values)


def pupil_counts(session: Session, scope: Scope, key: int) -> dict[int, int]:
    """Pupils per class, for the classes of the scope."""
    rows = connection(session).execute(_statements(scope)["pupils"], {"key": key})
    return {class_id: count for class_id, count in rows}


def load_chain_plans(
    session: Session,
    scope: Scope,
    key: int,
    *,
    technology: dict[int, str] | None = None,
    pupils: dict[int, int] | None = None,
) -> list[LoadedChain]:
    """The plans of one chain, a class's chains or a school year's chains (``key`` is the id).

    ``technology`` (``technology_worlds``) and ``pupils`` (``pupil_counts``) may
    be given when the caller has them already.
    """
    statements, params = _statements(scope), {"key": key}
    conn = connection(session)
    if technology is None:
        technology = technology_worlds(session)
    rows = conn.execute(statements["chains"], params).all()
    if not rows:
        return []
    lessons = _lessons(conn.execute(statements["lessons"], params).all())
    worlds_of_activity = _worlds(conn.execute(statements["activity_worlds"], params), technology)
    worlds_of_company = _worlds(conn.execute(statements["company_worlds"], params), technology)
    role_models: dict[int, list[RoleModelRef]] = defaultdict(list)
    for chain_id, name, counter in conn.execute(statements["role_models"], params):
        role_models[chain_id].append(RoleModelRef(name, counter))
    if pupils is None:
        pupils = pupil_counts(session, scope, key)
    loaded = []
    for row in rows:
        (chain_id, class_id, date, status, companions, transport, activity_id, company_id,
         class_name, grade, activity_key, title, kind, grade_min, grade_max, needs_transport,
         company, min_grade, confirmed, safety_checked) = row
        plan = ChainPlan(
            id=chain_id,
            class_name=class_name,
            grade=grade,
            activity=ActivityRef(
                key=activity_key, title=title, kind=kind, grade_min=grade_min, grade_max=grade_max,
                needs_transport=needs_transport, worlds=worlds_of_activity.get(activity_id, ()),
            ),
            company=None
            if company_id is None
            else CompanyRef(
                name=company, min_grade=min_grade, confirmed=confirmed,
                safety_checked=safety_checked, worlds=worlds_of_company.get(company_id, ()),
            ),
            date=date,
            lessons=lessons.get(chain_id, ()),
            role_models=tuple(role_models.get(chain_id, ())),
            pupils=pupils.get(class_id, 0),
            companions=companions,
            transport_arranged=transport,
            status=ChainStatus(status),
        )
        loaded.append(LoadedChain(plan, class_id, company))
    return loaded


def _lessons(rows: Sequence[Any]) -> dict[int, tuple[Lesson, ...]]:
    """Each chain's lessons in date order, with the kinds of question their templates ask."""
    questions: dict[int, set[QuestionKind]] = defaultdict(set)
    found: dict[int, tuple[Any, ...]] = {}
    for lesson_id, chain_id, kind, date, title, position, question in rows:
        found[lesson_id] = (chain_id, date, position, lesson_id, kind, title)
        if question is not None:
            questions[lesson_id].add(question)
    lessons: dict[int, list[Lesson]] = defaultdict(list)
    for chain_id, date, _position, lesson_id, kind, title in sorted(found.values()):
        lessons[chain_id].append(
            Lesson(kind=kind, date=date, title=title, question_kinds=frozenset(questions[lesson_id]))
        )
    return {chain_id: tuple(x) for chain_id, x in lessons.items()}


def _worlds(rows: Any, technology: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """Technology world names per owner (activity or company), in world-id order."""
    found: dict[int, list[str]] = defaultdict(list)
    for owner_id, world_id in rows:
        if world_id in technology:
            found[owner_id].append(technology[world_id])
    return {owner_id: tuple(names) for owner_id, names in found.items()}


# --- the calendar, kept: the holidays package takes milliseconds per school year -----


@dataclass(frozen=True)
class YearCalendar:
    """A school year with its calendar and study days (with their descriptions)."""

    id: int
    label: str
    region: Region
    study_days: dict[dt.date, str]
    calendar: SchoolCalendar


@lru_cache(maxsize=16)
def _calendar(
    label: str,
    region: Region,
    study_days: frozenset[dt.date],
    moves: tuple[tuple[str, dt.date], ...],
    free_days: FreeDays = FreeDays(),
) -> SchoolCalendar:
    calendar = SchoolCalendar.of(SchoolYear.parse(label), region, study_days, moves, free_days)
    calendar.school_days()  # fill the cached days now, once
    return calendar


_YEAR = (
    select(
        SchoolYearRow.id,
        SchoolYearRow.label,
        School.region,
        School.liberation_day_off,
        School.good_friday_off,
    )
    .join(School, SchoolYearRow.school_id == School.id)
    .where(SchoolYearRow.id == KEY)
)
_YEAR_BY_LABEL = select(SchoolYearRow.id).where(SchoolYearRow.label == KEY)
_YEAR_OF_CLASS = select(SchoolClass.school_year_id).where(SchoolClass.id == KEY)
_DAYS_OFF = select(StudyDay.date, StudyDay.description, null()).where(StudyDay.school_year_id == KEY).union_all(
    select(HolidayMove.start, null(), HolidayMove.holiday).where(HolidayMove.school_year_id == KEY)
)


def year_id_of(session: Session, *, label: str | None = None, class_id: int | None = None) -> int | None:
    """The id of the school year with ``label``, or of the class ``class_id``."""
    statement, key = (_YEAR_BY_LABEL, label) if label is not None else (_YEAR_OF_CLASS, class_id)
    return connection(session).execute(statement, {"key": key}).scalar()


def year_calendar(session: Session, year_id: int) -> YearCalendar | None:
    """A school year with its calendar (as ``checks.calendar_of``, kept between calls)."""
    conn = connection(session)
    found = conn.execute(_YEAR, {"key": year_id}).first()
    if found is None:
        return None
    _id, label, region, liberation_day, good_friday = found
    free_days = FreeDays(liberation_day is not False, good_friday is not False)
    study: dict[dt.date, str] = {}
    moves: list[tuple[str, dt.date]] = []
    for day, description, holiday in conn.execute(_DAYS_OFF, {"key": year_id}):
        if holiday is None:
            study[day] = description
        else:
            moves.append((holiday, day))
    calendar = _calendar(label, Region(region), frozenset(study), tuple(sorted(moves)), free_days)
    return YearCalendar(year_id, label, Region(region), study, calendar)
