"""The rules' view of chains (``domain.chain.ChainPlan``): the one way it is made.

Every reader of the rules — ``beroepsplanner check`` and the plan import
(``store/checks.py``), the year planner (``store/planner.py``), the chain builder's
form (``store/chain_editing.py``), the overview and the line per cohort
(``store/history.py``) — gets its plans from here. Chains in the database are read
column-wise in a few prepared queries whatever their number (one chain, a class, a
school year, a list of classes or the whole school), with statements built once
(building a SQLAlchemy statement costs more than running it on SQLite); a chain the
chain builder has not saved yet (``DraftChain``) is read with the same part queries
for its activity, company and role models. Both end in ``_plan``, the only place a
``ChainPlan`` is put together. ``tests/store/test_chain_plans.py`` holds the draft of
every demo chain equal to the chain as read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, NamedTuple

from sqlalchemy import BindParameter, Connection, Select, bindparam, func, literal, select, true
from sqlalchemy.orm import Session

from beroepsplanner.domain.chain import (
    ActivityRef,
    ChainPlan,
    CompanyRef,
    Lesson,
    ProfessionRef,
    RoleModelRef,
    RuleSettings,
)
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind
from beroepsplanner.store.companies import confirmed_in
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    LessonTemplate,
    Profession,
    Pupil,
    RoleModel,
    SchoolClass,
    SchoolYearRow,
    Setting,
    TemplateQuestion,
    activity_professions,
    chain_role_models,
    company_professions,
    company_worlds,
)
from beroepsplanner.store.worlds import Worlds, world_table

Scope = Literal["chain", "class", "year", "classes", "all"]
"""Which chains to read: one chain, a class's, a school year's (``key`` is the id), the
chains of a list of classes (``key`` is a list of ids), or every chain of the database."""

KEY: BindParameter[Any] = bindparam("key")
KEYS: BindParameter[Any] = bindparam("keys", expanding=True)
SETTING_PREFIX = "rules."


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


@dataclass(frozen=True)
class DraftChain:
    """A chain as the chain builder holds it, not (or not like this) in the database."""

    class_id: int
    activity_key: str
    date: dt.date
    status: ChainStatus = ChainStatus.CONCEPT
    company_id: int | None = None
    role_model_ids: tuple[int, ...] = ()
    lessons: tuple[tuple[LessonKind, dt.date, str, int | None], ...] = ()
    """(kind, date, title, lesson template id) of every lesson."""
    companions: int = 0
    transport_arranged: bool = False
    id: int | None = None
    follows: int | None = None
    """The chain this one follows up (one series), or None."""
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days, or None."""


class _Row(NamedTuple):
    """What the chain query gives per chain (and a draft is made into)."""

    chain_id: int | None
    class_id: int
    date: dt.date
    status: str
    companions: int
    transport: bool
    activity_id: int
    company_id: int | None
    class_name: str
    grade: int
    school_year: str
    activity_key: str
    title: str
    kind: str
    grade_min: int
    grade_max: int
    needs_transport: bool
    one_guest: bool
    company: str | None
    min_grade: int | None
    confirmed: bool | None
    safety_checked: bool | None
    follows: int | None
    end_date: dt.date | None


@dataclass
class _Parts:
    """The parts of the chains read besides the chain rows, by owner id."""

    lessons: dict[int, tuple[Lesson, ...]] = field(default_factory=dict)
    activity_professions: dict[int, list[ProfessionRef]] = field(default_factory=dict)
    company_worlds: dict[int, list[int]] = field(default_factory=dict)
    company_professions: dict[int, list[ProfessionRef]] = field(default_factory=dict)
    role_models: dict[int, list[RoleModelRef]] = field(default_factory=dict)
    pupils: dict[int, int] = field(default_factory=dict)


_CHAIN_COLUMNS = (
    SchoolClass.name, SchoolClass.grade, SchoolYearRow.label,
    Activity.key, Activity.title, Activity.kind, Activity.grade_min, Activity.grade_max,
    Activity.needs_transport, Activity.one_guest,
    Company.name, Company.min_grade, confirmed_in(SchoolYearRow.label), Company.safety_checked,
)
# A series and an activity of several days (after the columns above, as ``_Row`` has them).
_LINK_COLUMNS = (Chain.follows_chain_id, Chain.activity_end_date)


def _profession_rows(table: Any, owner: Any, owners: Select[Any]) -> Select[Any]:
    return (
        select(owner, Profession.name, Profession.world_id)
        .join(Profession, Profession.id == table.c.profession_id)
        .where(owner.in_(owners))
        .order_by(owner, Profession.id)
    )


def _role_model_rows(chain: Any, where: Any) -> Select[Any]:
    return (
        select(
            chain, RoleModel.id, RoleModel.name, RoleModel.counter_stereotypical,
            Profession.name, Profession.world_id, RoleModel.profession_text,
        )
        .select_from(RoleModel)
        .outerjoin(Profession, Profession.id == RoleModel.profession_id)
        .where(where)
        .order_by(RoleModel.id)
    )


@cache
def _statements(scope: Scope) -> dict[str, Any]:
    """The queries for one scope, built once with the bound parameter ``key`` (``keys``)."""
    if scope == "chain":
        where = Chain.id == KEY
        classes = select(Chain.class_id).where(where)
    elif scope == "class":
        where = Chain.class_id == KEY
        classes = select(SchoolClass.id).where(SchoolClass.id == KEY)
    elif scope == "year":
        classes = select(SchoolClass.id).where(SchoolClass.school_year_id == KEY)
        where = Chain.class_id.in_(classes)
    elif scope == "classes":
        where = Chain.class_id.in_(KEYS)
        classes = select(SchoolClass.id).where(SchoolClass.id.in_(KEYS))
    else:
        where = true()
        classes = select(SchoolClass.id)
    chain_ids = select(Chain.id).where(where)
    chain_role = chain_role_models.c.chain_id
    return {
        "chains": select(
            Chain.id, Chain.class_id, Chain.date, Chain.status, Chain.companions,
            Chain.transport_arranged, Chain.activity_id, Chain.company_id, *_CHAIN_COLUMNS,
            *_LINK_COLUMNS,
        )
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Activity, Chain.activity_id == Activity.id)
        .outerjoin(Company, Chain.company_id == Company.id)
        .where(where),
        # Each chain's lessons in date order (as ``lessons_of`` sorts them), then the kinds
        # of question of their templates apart: fewer rows than a join of the two.
        "lessons": select(
            ChainLesson.chain_id, ChainLesson.kind, ChainLesson.date, ChainLesson.title, ChainLesson.template_id
        )
        .where(ChainLesson.chain_id.in_(chain_ids))
        .order_by(ChainLesson.chain_id, ChainLesson.date, ChainLesson.position, ChainLesson.id),
        "questions": select(TemplateQuestion.template_id, TemplateQuestion.kind)
        .where(
            TemplateQuestion.template_id.in_(
                select(ChainLesson.template_id).where(ChainLesson.chain_id.in_(chain_ids))
            )
        )
        .distinct(),
        "activity_professions": _profession_rows(
            activity_professions, activity_professions.c.activity_id, select(Chain.activity_id).where(where)
        ),
        "company_worlds": select(company_worlds.c.company_id, company_worlds.c.world_id)
        .where(company_worlds.c.company_id.in_(select(Chain.company_id).where(where)))
        .order_by(company_worlds.c.company_id, company_worlds.c.world_id),
        "company_professions": _profession_rows(
            company_professions, company_professions.c.company_id, select(Chain.company_id).where(where)
        ),
        "role_models": _role_model_rows(chain_role, chain_role.in_(chain_ids)).join(
            chain_role_models, chain_role_models.c.role_model_id == RoleModel.id
        ),
        "pupils": select(Pupil.class_id, func.count())
        .where(Pupil.class_id.in_(classes))
        .group_by(Pupil.class_id),
    }


_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.key.in_([SETTING_PREFIX + key for key in RuleSettings.keys()])
)


def rule_settings(session: Session) -> RuleSettings:
    """The rule thresholds: defaults, overridden by ``rules.<name>`` rows in ``settings``."""
    values = {}
    for key, value in connection(session).execute(_SETTINGS):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            values[key.removeprefix(SETTING_PREFIX)] = value
    return RuleSettings(**values)


def pupil_counts(session: Session, scope: Scope, key: int | Sequence[int] | None) -> dict[int, int]:
    """Pupils per class, for the classes of the scope."""
    rows = connection(session).execute(_statements(scope)["pupils"], _params(scope, key))
    return {class_id: count for class_id, count in rows}


def _params(scope: Scope, key: int | Sequence[int] | None) -> dict[str, Any]:
    if scope == "all":
        return {}
    if scope == "classes":
        assert isinstance(key, Sequence)
        return {"keys": list(key)}
    return {"key": key}


def load_chain_plans(
    session: Session,
    scope: Scope,
    key: int | Sequence[int] | None = None,
    *,
    worlds: Worlds | None = None,
    pupils: dict[int, int] | None = None,
) -> list[LoadedChain]:
    """The plans of the chains of ``scope`` (see ``Scope``; ``key`` the id or ids).

    ``worlds`` (``world_table``) and ``pupils`` (``pupil_counts``) may be given when the
    caller has them already.
    """
    statements, params = _statements(scope), _params(scope, key)
    conn = connection(session)
    worlds = worlds or world_table(session)
    rows = conn.execute(statements["chains"], params).all()
    if not rows:
        return []
    questions = _question_kinds(conn.execute(statements["questions"], params))
    parts = _Parts(lessons=_lessons(conn.execute(statements["lessons"], params), questions))
    _read_parts(conn, statements, params, worlds, parts)
    parts.pupils = pupils if pupils is not None else pupil_counts(session, scope, key)
    loaded = []
    for found in rows:
        row = _Row(*found)
        loaded.append(LoadedChain(_plan(row, parts, worlds), row.class_id, row.company))
    return loaded


def _read_parts(
    conn: Connection, statements: dict[str, Any], params: dict[str, Any], worlds: Worlds, parts: _Parts
) -> None:
    """Professions of activities and companies, companies' worlds and the role models."""
    for owner, name, world_id in conn.execute(statements["activity_professions"], params):
        parts.activity_professions.setdefault(owner, []).append(worlds.profession(name, world_id))
    for owner, world_id in conn.execute(statements["company_worlds"], params):
        parts.company_worlds.setdefault(owner, []).append(world_id)
    for owner, name, world_id in conn.execute(statements["company_professions"], params):
        parts.company_professions.setdefault(owner, []).append(worlds.profession(name, world_id))
    for chain_id, role_id, name, counter, profession, world_id, text in conn.execute(
        statements["role_models"], params
    ):
        job = worlds.profession(profession, world_id) if profession else (
            ProfessionRef(text.strip()) if text and text.strip() else None
        )
        parts.role_models.setdefault(chain_id, []).append(RoleModelRef(name, counter, job, role_id))


def _plan(row: _Row, parts: _Parts, worlds: Worlds) -> ChainPlan:
    """The one place a chain's plan is put together from what was read."""
    company = None
    if row.company_id is not None and row.company is not None:
        own = parts.company_worlds.get(row.company_id, [])
        company = CompanyRef(
            name=row.company,
            min_grade=row.min_grade,
            # Companies confirm again every year: the chain's year counts.
            confirmed=bool(row.confirmed),
            safety_checked=bool(row.safety_checked),
            worlds=tuple(worlds.technology[w] for w in own if w in worlds.technology),
            sectors=tuple(worlds.names[w] for w in own if w in worlds.names and w not in worlds.technology),
            professions=tuple(parts.company_professions.get(row.company_id, ())),
        )
    return ChainPlan(
        id=row.chain_id,
        class_id=row.class_id,
        class_name=row.class_name,
        grade=row.grade,
        school_year=row.school_year,
        activity=ActivityRef(
            key=row.activity_key, title=row.title, kind=ActivityKind(row.kind),
            grade_min=row.grade_min, grade_max=row.grade_max, needs_transport=row.needs_transport,
            one_guest=bool(row.one_guest),
            professions=tuple(parts.activity_professions.get(row.activity_id, ())),
        ),
        company=company,
        date=row.date,
        lessons=parts.lessons.get(row.chain_id or 0, ()),
        role_models=tuple(parts.role_models.get(row.chain_id or 0, ())),
        pupils=parts.pupils.get(row.class_id, 0),
        companions=row.companions,
        transport_arranged=row.transport,
        status=ChainStatus(row.status),
        follows=row.follows,
        end_date=row.end_date,
    )


def _question_kinds(rows: Iterable[Any]) -> dict[int, frozenset[QuestionKind]]:
    """The kinds of question each lesson template asks."""
    found: dict[int, set[QuestionKind]] = defaultdict(set)
    for template_id, kind in rows:
        found[template_id].add(kind)
    return {template_id: frozenset(kinds) for template_id, kinds in found.items()}


def _lessons(
    rows: Iterable[Any], questions: dict[int, frozenset[QuestionKind]]
) -> dict[int, tuple[Lesson, ...]]:
    """Each chain's lessons (read in date order), with the kinds of question they ask."""
    lessons: dict[int, list[Lesson]] = defaultdict(list)
    none: frozenset[QuestionKind] = frozenset()
    for chain_id, kind, date, title, template_id in rows:
        lessons[chain_id].append(Lesson(kind, date, title, questions.get(template_id, none)))
    return {chain_id: tuple(x) for chain_id, x in lessons.items()}


# --- a chain not saved yet ------------------------------------------------------------------

_DRAFT_CLASS = (
    select(SchoolClass.name, SchoolClass.grade, SchoolYearRow.label, func.count(Pupil.id))
    .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
    .outerjoin(Pupil, Pupil.class_id == SchoolClass.id)
    .where(SchoolClass.id == KEY)
    .group_by(SchoolClass.id, SchoolClass.name, SchoolClass.grade, SchoolYearRow.label)
)
_DRAFT_ACTIVITY = select(
    Activity.id, Activity.key, Activity.title, Activity.kind, Activity.grade_min,
    Activity.grade_max, Activity.needs_transport, Activity.one_guest,
).where(Activity.key == KEY)
_DRAFT_COMPANY = select(
    Company.name, Company.min_grade, confirmed_in(bindparam("school_year")), Company.safety_checked
).where(Company.id == KEY)
_DRAFT_STATEMENTS = {
    "activity_professions": select(activity_professions.c.activity_id, Profession.name, Profession.world_id)
    .join(Profession, Profession.id == activity_professions.c.profession_id)
    .where(activity_professions.c.activity_id == bindparam("activity"))
    .order_by(Profession.id),
    "company_worlds": select(company_worlds.c.company_id, company_worlds.c.world_id)
    .where(company_worlds.c.company_id == bindparam("company"))
    .order_by(company_worlds.c.world_id),
    "company_professions": select(company_professions.c.company_id, Profession.name, Profession.world_id)
    .join(Profession, Profession.id == company_professions.c.profession_id)
    .where(company_professions.c.company_id == bindparam("company"))
    .order_by(Profession.id),
    "role_models": _role_model_rows(literal(0), RoleModel.id.in_(bindparam("role_models", expanding=True))),
}
# Only the activity's own templates count, as when the chain is saved.
_TEMPLATE_QUESTIONS = (
    select(TemplateQuestion.template_id, TemplateQuestion.kind)
    .join(LessonTemplate, LessonTemplate.id == TemplateQuestion.template_id)
    .where(
        TemplateQuestion.template_id.in_(bindparam("templates", expanding=True)),
        LessonTemplate.activity_id == bindparam("activity"),
    )
)


def draft_plan(session: Session, draft: DraftChain, *, worlds: Worlds | None = None) -> ChainPlan | None:
    """The plan of a chain the chain builder holds, made as a chain of the database is;
    None when its class or activity does not exist."""
    conn = connection(session)
    worlds = worlds or world_table(session)
    school_class = conn.execute(_DRAFT_CLASS, {"key": draft.class_id}).first()
    activity = conn.execute(_DRAFT_ACTIVITY, {"key": draft.activity_key}).first()
    if school_class is None or activity is None:
        return None
    class_name, grade, label, pupils = school_class
    company = None
    if draft.company_id is not None:
        company = conn.execute(_DRAFT_COMPANY, {"key": draft.company_id, "school_year": label}).first()
    row = _Row._make((
        draft.id, draft.class_id, draft.date, draft.status.value, max(0, draft.companions),
        draft.transport_arranged, activity[0], draft.company_id if company is not None else None,
        class_name, grade, label, *activity[1:], *(company or (None, None, None, None)),
        draft.follows, draft.end_date,
    ))
    parts = _Parts(pupils={draft.class_id: pupils})
    params = {
        "activity": activity[0],
        "company": draft.company_id,
        "role_models": list(draft.role_model_ids),
    }
    _read_parts(conn, _DRAFT_STATEMENTS, params, worlds, parts)
    parts.role_models = {draft.id or 0: parts.role_models.get(0, [])}
    parts.lessons = {draft.id or 0: _draft_lessons(conn, activity[0], draft.lessons)}
    return _plan(row, parts, worlds)


def _draft_lessons(
    conn: Connection, activity_id: int, lessons: Iterable[tuple[LessonKind, dt.date, str, int | None]]
) -> tuple[Lesson, ...]:
    lessons = list(lessons)
    templates = sorted({t for *_rest, t in lessons if t is not None})
    kinds: dict[int, set[QuestionKind]] = defaultdict(set)
    if templates:
        found = conn.execute(_TEMPLATE_QUESTIONS, {"templates": templates, "activity": activity_id})
        for template_id, question in found:
            kinds[template_id].add(QuestionKind(question))
    # In the order a saved chain's lessons are read: by date, then by place among the
    # lessons of their kind, then preparation first (``_lessons``).
    ranked = []
    for lesson_kind in LessonKind:
        own = sorted((x for x in lessons if x[0] == lesson_kind), key=lambda x: x[1])
        ranked += [(date, place, lesson_kind, title, t) for place, (_k, date, title, t) in enumerate(own)]
    return tuple(
        Lesson(kind=k, date=date, title=title, question_kinds=frozenset(kinds.get(t, ())) if t else frozenset())
        for date, _place, k, title, t in sorted(ranked, key=lambda x: x[:3])
    )
