"""One chain as the chain builder holds it: the plain form, read from the database and
checked by the rules.

The chain builder keeps the whole chain in a ``ChainForm`` (plain, frozen data) while the
teacher edits it. ``load_chain_form`` reads a saved chain as a form (``stored_chain``: with
the row it came from, for a save that writes only what changed); ``check_form`` runs the
same rules as ``beroepsplanner check`` on a form without writing anything. Proposing a form
is ``chain_editing.py``, saving it ``chain_saving.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, String, bindparam, cast, func, select
from sqlalchemy.orm import Session, aliased, joinedload

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.catalog import ActivitySummary, CompanySummary
from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.domain.company_brief import BriefFields
from beroepsplanner.domain.kinds import ChainStatus, LessonKind, LetterVariant, TransportMode
from beroepsplanner.domain.rules import check_chain
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.brief_fields import brief_fields_of
from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.store.chain_plans import DraftChain, draft_plan
from beroepsplanner.store.checks import calendar_of, load_rule_settings
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    SchoolClass,
    SchoolYearRow,
    chain_role_models,
)
from beroepsplanner.store.pupils import class_by_id
from beroepsplanner.store.year_lock import remember_locked_years

TITLE_MAX = 200


@functools.lru_cache(maxsize=8)
def _shared(calendar: SchoolCalendar) -> SchoolCalendar:
    calendar.school_days()  # the holidays package takes milliseconds: fill it once
    return calendar


def school_calendar(year: SchoolYearRow) -> SchoolCalendar:
    """The school calendar of ``year``, shared between the checks of one editing session."""
    return _shared(calendar_of(year))


@dataclass(frozen=True)
class LessonForm:
    """A preparation or reflection lesson of the form."""

    kind: LessonKind
    date: dt.date
    title: str
    # The catalog's lesson template it follows (its questions count for the rules).
    template_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ChainForm:
    """Everything of one chain that the chain builder shows and saves."""

    class_id: int
    activity_key: str
    date: dt.date
    lessons: tuple[LessonForm, ...] = ()
    company_id: int | None = None
    status: ChainStatus = ChainStatus.CONCEPT
    notes: str = ""
    observation: str = ""
    role_model_ids: tuple[int, ...] = ()
    project: str = ""
    core_objectives: tuple[int, ...] = ()
    transport_arranged: bool = False
    companions: int = 0
    # How the class travels to an outing and when it leaves and comes back (None: not
    # known yet; the parent letter then says nothing about it).
    transport_mode: TransportMode | None = None
    departure_time: dt.time | None = None
    return_time: dt.time | None = None
    # What the brief for the company says of this chain (store/brief_fields.py).
    brief: BriefFields = BriefFields()
    # The chain of this class it follows up (one series; store/chain_links.py), the
    # activity's last day when it lasts several days, and the catalog items pupils do as
    # tasks during a visit (store/chain_tasks.py), by key.
    follows_chain_id: int | None = None
    activity_end_date: dt.date | None = None
    task_keys: tuple[str, ...] = ()
    # How the parent letter tells why (broadly, or the jobs and worlds of this activity).
    letter_variant: LetterVariant = LetterVariant.BROAD

    def count(self, kind: LessonKind) -> int:
        return sum(1 for lesson in self.lessons if lesson.kind is kind)

    def with_lesson(self, index: int, **changes: Any) -> ChainForm:
        """The form with lesson ``index`` changed (``date=...``, ``title=...``)."""
        lessons = list(self.lessons)
        lessons[index] = dataclasses.replace(lessons[index], **changes)
        return dataclasses.replace(self, lessons=tuple(lessons))

    def without_lesson(self, index: int) -> ChainForm:
        """The form without lesson ``index``."""
        return dataclasses.replace(
            self, lessons=self.lessons[:index] + self.lessons[index + 1 :]
        )


@dataclass(frozen=True)
class RoleModelChoice:
    id: int
    name: str
    profession: str
    counter_stereotypical: bool


@dataclass(frozen=True)
class FormChoices:
    """What the chain builder's combo boxes offer."""

    classes: tuple[ClassInfo, ...]
    activities: tuple[ActivitySummary, ...]
    companies: tuple[CompanySummary, ...]


# --- the rows a form names ---------------------------------------------------------------


def activity_named(session: Session, key: str) -> Activity:
    """The activity with ``key``; NotFoundError (Dutch) when the catalog no longer has it."""
    activity = activity_by_key(session, key)
    if activity is None:
        raise _activity_gone(key)
    return activity


def _activity_gone(key: str) -> NotFoundError:
    return NotFoundError(
        f"De activiteit '{key}' staat niet (meer) in de catalogus.",
        key="activity-not-in-catalog",
        activity=key,
    )


def company_or_none(session: Session, company_id: int | None) -> Company | None:
    """The company with ``company_id`` (None for none); NotFoundError when it is gone."""
    if company_id is None:
        return None
    company = session.get(Company, company_id)
    if company is None:
        raise NotFoundError(
            "Dit bedrijf bestaat niet meer; misschien is het net verwijderd.", key="company-gone"
        )
    return company


def chain_gone() -> NotFoundError:
    return NotFoundError(
        "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
    )


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredChain:
    """A saved chain: its row (with its lessons loaded), as a form, and its school year."""

    chain: Chain
    form: ChainForm
    year: str
    """The label of its school year."""
    locked: bool
    """Whether that year is locked (``year_lock.py``: only the observation may change)."""
    name: str = ""
    """How a message names it: its class and its activity (``Groep 5a: Bakkerij``)."""


CHAIN_ID: BindParameter[int] = bindparam("chain_id")
_ROLE_MODEL_IDS = (
    select(func.aggregate_strings(cast(chain_role_models.c.role_model_id, String), ","))
    .where(chain_role_models.c.chain_id == Chain.id)
    .scalar_subquery()
)
_ANY_YEAR = aliased(SchoolYearRow)
_LOCKED_YEARS = (
    select(func.aggregate_strings(cast(_ANY_YEAR.id, String) + ":" + _ANY_YEAR.label, ","))
    .where(_ANY_YEAR.locked.is_(True))
    .scalar_subquery()
)
_STORED = (
    select(
        Chain, Activity.key, SchoolYearRow.label, SchoolYearRow.locked, _ROLE_MODEL_IDS, _LOCKED_YEARS,
        SchoolClass.name, Activity.title,
    )
    .join(Activity, Activity.id == Chain.activity_id)
    .join(SchoolClass, SchoolClass.id == Chain.class_id)
    .join(SchoolYearRow, SchoolYearRow.id == SchoolClass.school_year_id)
    .where(Chain.id == CHAIN_ID)
    .options(joinedload(Chain.lessons), joinedload(Chain.tasks))
)
_STORED_LOCKED = _STORED.with_for_update(of=Chain)
"""Statements built once (building one costs about as much as running it): one
statement reads the chain with its lessons and tasks (joined), its activity's key and title,
its class's name, its year and its role models (their ids as one text: ``string_agg``, SQLite's ``group_concat``), and
the locked school years, which the save's flush then need not ask for (``year_lock``)."""


def stored_chain(session: Session, chain_id: int, *, lock: bool = False) -> StoredChain:
    """The saved chain ``chain_id``, read in one statement; NotFoundError (Dutch) when it
    is gone. ``lock`` locks its row until the transaction ends (``SELECT … FOR UPDATE``
    on PostgreSQL; SQLite locks the whole file when it writes, ``write_locks.py``)."""
    statement = _STORED_LOCKED if lock else _STORED
    found = session.execute(statement, {"chain_id": chain_id}).unique().first()
    if found is None:
        raise chain_gone()
    chain, activity_key, year, locked, role_model_text, locked_years, class_name, title = found
    remember_locked_years(session, locked_years)
    role_models = tuple(sorted(int(x) for x in (role_model_text or "").split(",") if x))
    lessons = sorted(
        chain.lessons, key=lambda x: (x.kind is not LessonKind.PREPARATION, x.date, x.position)
    )
    form = ChainForm(
        class_id=chain.class_id,
        activity_key=activity_key,
        date=chain.date,
        lessons=tuple(lesson_form(lesson) for lesson in lessons),
        company_id=chain.company_id,
        status=chain.status,
        notes=chain.notes,
        observation=chain.observation,
        role_model_ids=role_models,
        project=chain.project,
        core_objectives=tuple(chain.core_objectives or ()),
        transport_arranged=chain.transport_arranged,
        companions=chain.companions,
        transport_mode=chain.transport_mode,
        departure_time=chain.departure_time,
        return_time=chain.return_time,
        brief=brief_fields_of(chain),
        follows_chain_id=chain.follows_chain_id,
        activity_end_date=chain.activity_end_date,
        task_keys=tuple(task.key for task in sorted(chain.tasks, key=lambda t: t.id)),
        letter_variant=chain.letter_variant,
    )
    return StoredChain(chain, form, year, bool(locked), f"{class_name}: {title}")


def load_chain_form(session: Session, chain_id: int) -> ChainForm:
    """The saved chain as a form; NotFoundError (Dutch) when it no longer exists."""
    return stored_chain(session, chain_id).form


def load_versioned_form(session: Session, chain_id: int) -> tuple[int, ChainForm]:
    """The chain's version and the chain as a form, read together in one statement (what
    the chain builder opens with, and sends back with its save: ``row_versions``)."""
    stored = stored_chain(session, chain_id)
    return stored.chain.version, stored.form


def lesson_form(lesson: ChainLesson) -> LessonForm:
    template_id = lesson.template_id
    if template_id is None and "template" in vars(lesson) and lesson.template is not None:
        template_id = lesson.template.id  # a template given as an object, not flushed yet
    return LessonForm(lesson.kind, lesson.date, lesson.title, template_id, lesson.notes or "")


def lesson_title(lesson: LessonForm) -> str:
    """The title as saved: spaces tidied, at most ``TITLE_MAX``, the kind's name if empty."""
    return " ".join(lesson.title.split())[:TITLE_MAX] or lesson.kind.label.capitalize()


# --- checking ----------------------------------------------------------------------------


def draft_of(form: ChainForm, chain_id: int | None = None) -> DraftChain:
    """The form as the rules' reader takes a chain that is not saved (``chain_plans``)."""
    return DraftChain(
        class_id=form.class_id,
        activity_key=form.activity_key,
        date=form.date,
        status=form.status,
        company_id=form.company_id,
        role_model_ids=tuple(sorted(set(form.role_model_ids))),
        lessons=tuple(
            (lesson.kind, lesson.date, lesson_title(lesson), lesson.template_id) for lesson in form.lessons
        ),
        companions=form.companions,
        transport_arranged=form.transport_arranged,
        id=chain_id,
        follows=form.follows_chain_id,
        end_date=form.activity_end_date,
    )


def rule_inputs(form: ChainForm) -> Hashable:
    """What the rules read of the form itself (``draft_of``): two forms equal in this get
    the same findings. Notes, the observation, the project, the core objectives, the
    transport's mode and times, the brief, the tasks and the letter are not among it."""
    draft = draft_of(form)
    return (
        draft.class_id, draft.activity_key, draft.date, draft.status, draft.company_id,
        draft.role_model_ids, frozenset(Counter(draft.lessons).items()),
        max(0, draft.companions), draft.transport_arranged, draft.follows, draft.end_date,
    )


def check_form(session: Session, form: ChainForm, chain_id: int | None = None) -> list[Finding]:
    """Every error and warning the rules find in the form, without writing anything.

    The same rules as ``beroepsplanner check`` on one chain (``domain.rules.check_chain``),
    on the plan read the way every chain's is (``store.chain_plans.draft_plan``).
    """
    school_class = class_by_id(session, form.class_id)
    company_or_none(session, form.company_id)  # a Dutch NotFoundError for a removed company
    plan = draft_plan(session, draft_of(form, chain_id))
    if plan is None:  # its class exists: the catalog no longer has its activity
        raise _activity_gone(form.activity_key)
    return check_chain(plan, school_calendar(school_class.school_year), load_rule_settings(session))


def errors_of(findings: Iterable[Finding]) -> list[Finding]:
    """Only the errors among ``findings``."""
    return [f for f in findings if f.severity is Severity.ERROR]
