"""One chain as the chain builder edits it: a plain form, proposed, checked and saved.

The chain builder keeps the whole chain in a ``ChainForm`` (plain, frozen data)
while the teacher edits it. This module proposes and changes forms (a new chain's
lessons around its activity, another date, one lesson more, another company) and says
what the table marks; the form itself, reading a saved chain and ``check_form`` (the
same rules as ``beroepsplanner check``, nothing written) are ``chain_forms.py``, and
``save_chain_form``, ``delete_chain`` and ``restore_chain`` are ``chain_saving.py``, the
builder's save over a chain it read (``save_edited_chain``) ``chain_quick_save.py``. The
window imports all of it from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.activity_days import moved_end
from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.rules import companions_needed
from beroepsplanner.store.catalog import list_activities
from beroepsplanner.store.chain_forms import (
    TITLE_MAX,
    ChainForm,
    FormChoices,
    LessonForm,
    RoleModelChoice,
    activity_named,
    check_form,
    company_or_none,
    draft_of,
    errors_of,
    lesson_form,
    load_chain_form,
    load_versioned_form,
    school_calendar,
)
from beroepsplanner.store.chain_quick_save import save_edited_chain
from beroepsplanner.store.chain_saving import (
    delete_chain,
    replace_chain,
    restore_chain,
    save_chain_form,
)
from beroepsplanner.store.chains import chain_lessons, propose_in_class
from beroepsplanner.store.checks import load_rule_settings
from beroepsplanner.store.classes import class_info, list_year_classes, newest_school_year
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.models import RoleModel
from beroepsplanner.store.pupils import class_by_id

__all__ = [
    "TITLE_MAX",
    "ChainForm",
    "CompanionNeed",
    "FormChoices",
    "LessonForm",
    "RoleModelChoice",
    "add_lesson",
    "check_form",
    "companion_need",
    "days_without_school",
    "delete_chain",
    "draft_of",
    "errors_of",
    "first_school_day",
    "form_choices",
    "load_chain_form",
    "load_versioned_form",
    "order_activities",
    "propose_form",
    "redate_form",
    "restore_chain",
    "role_model_choices",
    "replace_chain",
    "save_chain_form",
    "save_edited_chain",
    "with_company",
    "with_end_date",
]


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
    activity = activity_named(session, activity_key)
    company = company_or_none(session, company_id)
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
        lessons=tuple(lesson_form(lesson) for lesson in lessons),
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
    activity = activity_named(session, form.activity_key)
    counts = (form.count(LessonKind.PREPARATION), form.count(LessonKind.REFLECTION))
    # An activity of several days keeps its length (``activity_days.moved_end``).
    end = moved_end(school_calendar(school_class.school_year), form.date, form.activity_end_date, day)
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
    calendar = school_calendar(class_by_id(session, form.class_id).school_year)
    activity = activity_named(session, form.activity_key)
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
    calendar = school_calendar(class_by_id(session, class_id).school_year)
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
    company = company_or_none(session, company_id)
    kept = [
        r.id
        for r in session.scalars(select(RoleModel).where(RoleModel.id.in_(form.role_model_ids)))
        if r.company_id is None
    ]
    added = [r.id for r in company.role_models] if company else []
    return dataclasses.replace(form, company_id=company_id, role_model_ids=tuple(kept + added))


def days_without_school(session: Session, form: ChainForm) -> dict[dt.date, str]:
    """The form's dates (activity and lessons) that are no school day, with the Dutch
    reason (``Herfstvakantie``, ``is een zaterdag``), so the table can mark them."""
    calendar = school_calendar(class_by_id(session, form.class_id).school_year)
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
