"""One chain as the chain builder edits it: a plain form, proposed, checked and saved.

The chain builder keeps the whole chain in a ``ChainForm`` (plain, frozen data)
while the teacher edits it. ``check_form`` runs the same rules as
``beroepsplanner check`` on the form without writing anything; ``save_chain_form``
writes it in one go. ``delete_chain`` returns the removed chain as a form, and
``restore_chain`` puts it back under its old id, so undo and redo keep working.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.catalog import ActivitySummary, CompanySummary
from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.domain.company_brief import BriefFields
from beroepsplanner.domain.kinds import ChainStatus, LessonKind, LetterVariant, TransportMode
from beroepsplanner.domain.proposal import moved_end
from beroepsplanner.domain.rules import check_chain, companions_needed
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.brief_fields import (
    brief_fields_of,
    checked_brief_fields,
    put_brief_fields,
)
from beroepsplanner.store.catalog import activity_by_key, list_activities
from beroepsplanner.store.chain_links import check_end_date, check_link, detach_followers
from beroepsplanner.store.chain_plans import DraftChain, draft_plan
from beroepsplanner.store.chain_tasks import task_rows
from beroepsplanner.store.chains import chain_lessons, propose_in_class
from beroepsplanner.store.checks import calendar_of, load_rule_settings
from beroepsplanner.store.classes import (
    ClassInfo,
    class_info,
    list_year_classes,
    newest_school_year,
)
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    LessonTemplate,
    RoleModel,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.pupils import class_by_id
from beroepsplanner.store.row_versions import ensure_version
from beroepsplanner.store.year_lock import locked_error

TITLE_MAX = 200


@functools.lru_cache(maxsize=8)
def _shared(calendar: SchoolCalendar) -> SchoolCalendar:
    calendar.school_days()  # the holidays package takes milliseconds: fill it once
    return calendar


def _calendar(year: SchoolYearRow) -> SchoolCalendar:
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


# --- choices -----------------------------------------------------------------------------


def form_choices(session: Session, include_class: int | None = None) -> FormChoices:
    """The classes of the newest school year (plus ``include_class``, the class of a chain
    of an older year), every activity by title and every company by name."""
    label = newest_school_year(session)
    classes = list_year_classes(session, label) if label else []
    if include_class is not None and all(c.id != include_class for c in classes):
        classes.append(class_info(session, include_class))
    return FormChoices(
        tuple(classes), tuple(list_activities(session)), tuple(list_companies(session))
    )


def order_activities(
    activities: Iterable[ActivitySummary], grade: int | None
) -> list[ActivitySummary]:
    """The activities that suit ``grade`` first, then the others, each by title."""
    return sorted(
        activities,
        key=lambda a: (grade is not None and not a.suits_grade(grade), a.title.casefold(), a.key),
    )


def role_model_choices(session: Session, ids: Sequence[int]) -> list[RoleModelChoice]:
    """The role models with these ids (those that still exist), by name."""
    if not ids:
        return []
    rows = session.scalars(select(RoleModel).where(RoleModel.id.in_(ids)))
    return sorted(
        (
            RoleModelChoice(
                r.id,
                r.name,
                r.profession_text or (r.profession.name if r.profession else ""),
                r.counter_stereotypical,
            )
            for r in rows
        ),
        key=lambda r: r.name.casefold(),
    )


# --- proposing ---------------------------------------------------------------------------


def _activity(session: Session, key: str) -> Activity:
    activity = activity_by_key(session, key)
    if activity is None:
        raise NotFoundError(
            f"De activiteit '{key}' staat niet (meer) in de catalogus.",
            key="activity-not-in-catalog",
            activity=key,
        )
    return activity


def _company(session: Session, company_id: int | None) -> Company | None:
    if company_id is None:
        return None
    company = session.get(Company, company_id)
    if company is None:
        raise NotFoundError(
            "Dit bedrijf bestaat niet meer; misschien is het net verwijderd.", key="company-gone"
        )
    return company


def propose_form(
    session: Session,
    class_id: int,
    activity_key: str,
    day: dt.date,
    company_id: int | None = None,
    *,
    whole_week: bool = False,
    except_chain: int | None = None,
) -> ChainForm:
    """A new chain for a class: the activity on ``day`` (or, with ``whole_week``, on a
    free school day of that week) and its lessons proposed on school days around it.

    ``day`` on a day without school moves the activity to the next school day;
    the activity's lesson templates give the lessons. InvalidInputError (Dutch)
    when the school year leaves no room.
    """
    school_class = class_by_id(session, class_id)
    activity = _activity(session, activity_key)
    company = _company(session, company_id)
    draft = propose_in_class(
        session,
        school_class,
        activity,
        date=None if whole_week else day,
        week=day if whole_week else None,
        company_id=company_id,
        except_chain=except_chain,
    )
    proposal = draft.proposal
    lessons = chain_lessons(activity, proposal.preparation, proposal.reflection)
    return ChainForm(
        class_id=class_id,
        activity_key=activity.key,
        date=proposal.date,
        lessons=tuple(_lesson_form(lesson) for lesson in lessons),
        company_id=company_id,
        role_model_ids=tuple(r.id for r in company.role_models) if company else (),
        core_objectives=tuple(activity.core_objectives or ()),
    )


def redate_form(
    session: Session, form: ChainForm, day: dt.date, *, except_chain: int | None = None
) -> ChainForm:
    """The form with its activity on ``day`` (kept as given, even on a day without
    school, so the rules can say so) and its lessons proposed anew around it,
    keeping their number, titles and templates."""
    school_class = class_by_id(session, form.class_id)
    activity = _activity(session, form.activity_key)
    counts = (form.count(LessonKind.PREPARATION), form.count(LessonKind.REFLECTION))
    # An activity of several days keeps its length (store/chain_links.py, ``moved_end``).
    end = moved_end(_calendar(school_class.school_year), form.date, form.activity_end_date, day)
    proposal = propose_in_class(
        session, school_class, activity, date=day, lessons=counts, except_chain=except_chain,
        end=end,
    ).proposal
    lessons = list(form.lessons)
    for kind, dates in (
        (LessonKind.PREPARATION, proposal.preparation),
        (LessonKind.REFLECTION, proposal.reflection),
    ):
        indexes = sorted(
            (i for i, lesson in enumerate(lessons) if lesson.kind is kind),
            key=lambda i: lessons[i].date,
        )
        for i, new in zip(indexes, dates):
            lessons[i] = dataclasses.replace(lessons[i], date=new)
    return dataclasses.replace(form, date=day, lessons=tuple(lessons), activity_end_date=end)


def with_end_date(
    session: Session, form: ChainForm, end: dt.date | None, *, except_chain: int | None = None
) -> ChainForm:
    """The form with the activity's last day ``end`` (None: one day) and its lessons
    proposed anew around it: reflection after the last day."""
    changed = dataclasses.replace(form, activity_end_date=end if end and end > form.date else None)
    return redate_form(session, changed, form.date, except_chain=except_chain)


def add_lesson(
    session: Session,
    form: ChainForm,
    kind: LessonKind,
    *,
    follow_up: str = "vervolg",
    untitled: str | None = None,
) -> ChainForm:
    """The form with one more lesson of ``kind``: a preparation lesson on the school day
    before the earliest one, a reflection lesson on the school day after the latest,
    following the activity's next unused template when it has one.

    Without one its title is the last template's with ``(vervolg)``, or (no template at all)
    ``untitled``, the kind's Dutch name by default; the window gives both in its language,
    since the title is stored as the teacher's own text."""
    calendar = _calendar(class_by_id(session, form.class_id).school_year)
    activity = _activity(session, form.activity_key)
    dates = [lesson.date for lesson in form.lessons if lesson.kind is kind]
    days = calendar.school_days()
    if kind is LessonKind.PREPARATION:
        edge = min(dates, default=form.date)
        earlier = [d for d in days if d < edge]
        day = earlier[-1] if earlier else edge - dt.timedelta(days=1)
    else:
        edge = max(dates, default=form.activity_end_date or form.date)
        later = [d for d in days if d > edge]
        day = later[0] if later else edge + dt.timedelta(days=1)
    used = {lesson.template_id for lesson in form.lessons}
    templates = sorted(activity.templates_of(kind), key=lambda t: t.position)
    template = next((t for t in templates if t.id not in used), None)
    if template is None:
        # Every template is in use already: a follow-up of the last one, so the row says
        # what it is about (the teacher can change the title in the table).
        last = templates[-1] if templates else None
        title = f"{last.title} ({follow_up})" if last is not None else untitled or kind.label.capitalize()
        lesson = LessonForm(kind, day, title[:TITLE_MAX])
    else:
        lesson = LessonForm(kind, day, template.title, template.id)
    return dataclasses.replace(form, lessons=form.lessons + (lesson,))


def first_school_day(session: Session, class_id: int, day: dt.date) -> dt.date:
    """``day`` when it is a school day of the class's school year, else the next one (the
    last school day of the year when none follows), so a new chain never starts out on a
    Saturday or in a holiday."""
    calendar = _calendar(class_by_id(session, class_id).school_year)
    days = calendar.school_days()
    if not days:
        return day
    if day < days[0]:
        return days[0]
    try:
        return calendar.next_school_day(day)
    except ValueError:
        return days[-1]


def with_company(session: Session, form: ChainForm, company_id: int | None) -> ChainForm:
    """The form with another company (or none): the role models of the previous company
    make way for those of the new one; role models without a company (parents) stay."""
    company = _company(session, company_id)
    kept = [
        r.id
        for r in session.scalars(select(RoleModel).where(RoleModel.id.in_(form.role_model_ids)))
        if r.company_id is None
    ]
    added = [r.id for r in company.role_models] if company else []
    return dataclasses.replace(form, company_id=company_id, role_model_ids=tuple(kept + added))


# --- reading and checking ----------------------------------------------------------------


def _lesson_form(lesson: ChainLesson) -> LessonForm:
    return LessonForm(
        lesson.kind,
        lesson.date,
        lesson.title,
        lesson.template.id if lesson.template is not None else lesson.template_id,
        lesson.notes or "",
    )


def _chain(session: Session, chain_id: int) -> Chain:
    chain = session.get(Chain, chain_id)
    if chain is None:
        raise NotFoundError(
            "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
        )
    return chain


def load_chain_form(session: Session, chain_id: int) -> ChainForm:
    """The saved chain as a form; NotFoundError (Dutch) when it no longer exists."""
    chain = _chain(session, chain_id)
    lessons = sorted(
        chain.lessons, key=lambda x: (x.kind is not LessonKind.PREPARATION, x.date, x.position)
    )
    return ChainForm(
        class_id=chain.class_id,
        activity_key=chain.activity.key,
        date=chain.date,
        lessons=tuple(_lesson_form(lesson) for lesson in lessons),
        company_id=chain.company_id,
        status=chain.status,
        notes=chain.notes,
        observation=chain.observation,
        role_model_ids=tuple(r.id for r in chain.role_models),
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
        task_keys=tuple(task.key for task in chain.tasks),
        letter_variant=chain.letter_variant,
    )


def _lesson_title(lesson: LessonForm) -> str:
    return " ".join(lesson.title.split())[:TITLE_MAX] or lesson.kind.label.capitalize()


def _fill(session: Session, chain: Chain, form: ChainForm) -> SchoolClass:
    """Put the form's values on a chain row (new or existing); returns its class."""
    school_class = class_by_id(session, form.class_id)
    activity = _activity(session, form.activity_key)
    templates = {t.id: t for t in activity.lesson_templates}
    chain.activity = activity
    chain.company = _company(session, form.company_id)
    chain.date = form.date
    chain.status = form.status
    chain.notes = form.notes.strip()
    chain.observation = form.observation.strip()
    chain.project = form.project
    chain.core_objectives = list(form.core_objectives)
    chain.transport_arranged = form.transport_arranged
    chain.companions = max(0, form.companions)
    chain.transport_mode = form.transport_mode
    chain.departure_time = form.departure_time
    chain.return_time = form.return_time
    put_brief_fields(chain, form.brief)
    chain.follows_chain_id = form.follows_chain_id
    chain.activity_end_date = form.activity_end_date
    chain.tasks = task_rows(session, activity, form.task_keys)
    chain.letter_variant = form.letter_variant
    if form.role_model_ids:
        chain.role_models = list(
            session.scalars(select(RoleModel).where(RoleModel.id.in_(form.role_model_ids)))
        )
    else:
        chain.role_models = []
    positions = {kind: 0 for kind in LessonKind}
    lessons = []
    for lesson in sorted(form.lessons, key=lambda x: (x.kind, x.date)):
        title = _lesson_title(lesson)
        template: LessonTemplate | None = (
            templates.get(lesson.template_id) if lesson.template_id is not None else None
        )
        lessons.append(
            ChainLesson(
                kind=lesson.kind,
                position=positions[lesson.kind],
                date=lesson.date,
                title=title,
                template=template,
                notes=lesson.notes,
            )
        )
        positions[lesson.kind] += 1
    chain.lessons = lessons
    return school_class


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
            (lesson.kind, lesson.date, _lesson_title(lesson), lesson.template_id) for lesson in form.lessons
        ),
        companions=form.companions,
        transport_arranged=form.transport_arranged,
        id=chain_id,
        follows=form.follows_chain_id,
        end_date=form.activity_end_date,
    )


def check_form(session: Session, form: ChainForm, chain_id: int | None = None) -> list[Finding]:
    """Every error and warning the rules find in the form, without writing anything.

    The same rules as ``beroepsplanner check`` on one chain (``domain.rules.check_chain``),
    on the plan read the way every chain's is (``store.chain_plans.draft_plan``).
    """
    school_class = class_by_id(session, form.class_id)
    _activity(session, form.activity_key)  # a Dutch NotFoundError for a removed activity
    _company(session, form.company_id)
    plan = draft_plan(session, draft_of(form, chain_id))
    assert plan is not None
    return check_chain(plan, _calendar(school_class.school_year), load_rule_settings(session))


def errors_of(findings: Iterable[Finding]) -> list[Finding]:
    """Only the errors among ``findings``."""
    return [f for f in findings if f.severity is Severity.ERROR]


def days_without_school(session: Session, form: ChainForm) -> dict[dt.date, str]:
    """The form's dates (activity and lessons) that are no school day, with the Dutch
    reason (``Herfstvakantie``, ``is een zaterdag``), so the table can mark them."""
    calendar = _calendar(class_by_id(session, form.class_id).school_year)
    days = {form.date, *(lesson.date for lesson in form.lessons)}
    if form.activity_end_date is not None:
        days.add(form.activity_end_date)
    reasons = {day: calendar.why_not_school_day(day) for day in days}
    return {day: reason for day, reason in reasons.items() if reason is not None}


@dataclass(frozen=True)
class CompanionNeed:
    """What an outing of a class needs: its pupils, the adults for them, pupils per adult."""

    pupils: int
    needed: int
    ratio: int


def companion_need(session: Session, class_id: int) -> CompanionNeed:
    """The accompanying adults an outing of the class needs by the rules' settings."""
    school_class = class_by_id(session, class_id)
    pupils = len(school_class.pupils)
    needed, ratio = companions_needed(school_class.grade, pupils, load_rule_settings(session))
    return CompanionNeed(pupils, needed if pupils else 0, ratio)


# --- saving ------------------------------------------------------------------------------


def _refuse_status_with_errors(session: Session, form: ChainForm, chain_id: int | None) -> None:
    if form.status is ChainStatus.CONCEPT:
        return
    errors = errors_of(check_form(session, form, chain_id))
    if errors:
        listed = "\n".join(f"- {e.message}" for e in errors)
        raise InvalidInputError(
            f"Deze keten kan nog niet op '{form.status.label}' staan; los eerst deze fouten op "
            f"(of bewaar haar als concept):\n{listed}",
            key="status-needs-no-errors",
            status=form.status.value,
            errors=tuple(errors),
        )


def _refuse_times_out_of_order(form: ChainForm) -> None:
    if form.departure_time and form.return_time and form.return_time <= form.departure_time:
        raise InvalidInputError(
            f"De klas is om {form.return_time:%H:%M} terug, maar vertrekt pas om "
            f"{form.departure_time:%H:%M}. Zet de terugkomst na het vertrek, of laat een van "
            "beide leeg.",
            key="return-before-departure",
            back=f"{form.return_time:%H:%M}",
            leaves=f"{form.departure_time:%H:%M}",
        )


def save_chain_form(
    session: Session,
    form: ChainForm,
    chain_id: int | None = None,
    *,
    check_status: bool = True,
    expected_version: int | None = None,
) -> int:
    """Create a chain from the form, or replace chain ``chain_id`` by it; returns the id.

    Refuses (InvalidInputError, Dutch) the status planned or done while the rules
    find errors; ``check_status=False`` is for putting back what was saved before.
    A chain of a locked school year takes only a new observation (the evaluation after
    the chain); any other change is refused (``store/year_lock.py``). With
    ``expected_version`` (the version the form was loaded at) a chain a colleague saved
    since is refused (``row_versions.ChangedByColleagueError``, with both versions).
    """
    if chain_id is not None and _observation_only(session, form, chain_id, expected_version):
        return chain_id
    _refuse_times_out_of_order(form)
    checked_brief_fields(form.brief)  # refused before anything is changed
    check_end_date(form.date, form.activity_end_date)
    check_link(session, chain_id, form.class_id, form.date, form.follows_chain_id)
    if check_status:
        _refuse_status_with_errors(session, form, chain_id)
    if chain_id is not None:
        # After the checks that only read: the row stays locked from here to the commit.
        _ensure_version(session, chain_id, expected_version, form)
    chain = Chain() if chain_id is None else _chain(session, chain_id)
    school_class = _fill(session, chain, form)
    if chain_id is None:
        school_class.chains.append(chain)
    elif chain.class_id != school_class.id:
        # A series stays within one class: its follow-ups stay behind, alone.
        detach_followers(session, chain.id)
        chain.school_class = school_class
    session.flush()
    return chain.id


def _ensure_version(
    session: Session, chain_id: int, expected_version: int | None, form: ChainForm | None
) -> None:
    """Refuse a save or delete of a chain a colleague saved since ``expected_version``."""
    ensure_version(
        session, Chain, chain_id, expected_version,
        newer=lambda: load_chain_form(session, chain_id), mine=form,
    )


def _observation_only(
    session: Session, form: ChainForm, chain_id: int, expected_version: int | None = None
) -> bool:
    """For a chain of a locked year: write the form's observation and say True when that
    is all the form changes; refuse anything more (nothing else is written)."""
    chain = _chain(session, chain_id)
    year = chain.school_class.school_year
    if not year.locked:
        return False
    stored = load_chain_form(session, chain_id)
    if dataclasses.replace(form, observation=stored.observation) != stored:
        raise locked_error(year.label)
    _ensure_version(session, chain_id, expected_version, form)
    chain.observation = form.observation.strip()
    session.flush()
    return True


def restore_chain(session: Session, form: ChainForm, chain_id: int) -> int:
    """Put a deleted chain back, under ``chain_id`` when that id is still free."""
    chain = Chain(id=chain_id if session.get(Chain, chain_id) is None else None)
    school_class = _fill(session, chain, form)
    school_class.chains.append(chain)
    session.flush()
    return chain.id


def delete_chain(
    session: Session, chain_id: int, *, expected_version: int | None = None
) -> ChainForm:
    """Remove a chain with its lessons; returns it as a form for ``restore_chain``. With
    ``expected_version``, a chain a colleague saved since is not removed."""
    _ensure_version(session, chain_id, expected_version, None)
    form = load_chain_form(session, chain_id)
    chain = _chain(session, chain_id)
    # Its follow-ups stand alone (as ON DELETE SET NULL would), through the ORM, so their
    # versions are raised; the window's undo links them again (chain_links.relink_followers).
    detach_followers(session, chain_id)
    # Through the collection, so a later step of the same transaction sees it gone.
    chain.school_class.chains.remove(chain)
    session.flush()
    return form
