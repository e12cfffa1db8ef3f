"""Build a chain for a class: propose its dates from the calendar, then save it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.proposal import ChainProposal, propose_chain
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.models import Activity, Chain, ChainLesson, Company, SchoolClass


@dataclass(frozen=True)
class ChainDraft:
    """A proposed chain, not yet saved."""

    class_id: int
    activity_id: int
    company_id: int | None
    proposal: ChainProposal


def busy_days(school_class: SchoolClass, *, except_chain: int | None = None) -> set[dt.date]:
    """Days that already hold an activity or lesson of another chain of the class."""
    days: set[dt.date] = set()
    for chain in school_class.chains:
        if chain.id == except_chain:
            continue
        days.add(chain.date)
        if chain.activity_end_date is not None:
            days.update(
                chain.date + dt.timedelta(days=n)
                for n in range((chain.activity_end_date - chain.date).days + 1)
            )
        days.update(lesson.date for lesson in chain.lessons)
    return days


def propose_for_class(
    session: Session,
    class_name: str,
    activity_key: str,
    *,
    date: dt.date | None = None,
    week: dt.date | None = None,
    company_name: str | None = None,
) -> ChainDraft:
    """Propose a whole chain for a class: as many lessons as the activity has templates,
    on school days around the activity, avoiding days of the class's other chains."""
    school_class = find_class(session, class_name)
    activity = activity_by_key(session, activity_key)
    if activity is None:
        raise NotFoundError(
            f"Er is geen activiteit '{activity_key}' in de catalogus. "
            "'beroepsplanner list activities' toont de sleutels.",
            key="activity-unknown",
            activity=activity_key,
        )
    company = None
    if company_name is not None:
        company = session.scalars(select(Company).where(Company.name == company_name)).first()
        if company is None:
            raise NotFoundError(
                f"Er is geen bedrijf '{company_name}' in het netwerk.",
                key="company-unknown",
                company=company_name,
            )
    company_id = company.id if company else None
    return propose_in_class(
        session, school_class, activity, date=date, week=week, company_id=company_id
    )


def propose_in_class(
    session: Session,
    school_class: SchoolClass,
    activity: Activity,
    *,
    date: dt.date | None = None,
    week: dt.date | None = None,
    company_id: int | None = None,
    lessons: tuple[int, int] | None = None,
    except_chain: int | None = None,
    end: dt.date | None = None,
) -> ChainDraft:
    """Propose a chain for a class row and an activity row (see ``propose_for_class``).

    ``lessons`` gives the number of preparation and reflection lessons (1–2 each)
    instead of the activity's templates; ``except_chain`` leaves the days of that
    chain free (when an existing chain moves).
    """
    if lessons is None:
        lessons = (
            len(activity.templates_of(LessonKind.PREPARATION)),
            len(activity.templates_of(LessonKind.REFLECTION)),
        )
    proposal = propose_chain(
        calendar_of(school_class.school_year),
        preparation_lessons=max(1, min(2, lessons[0])),
        reflection_lessons=max(1, min(2, lessons[1])),
        date=date,
        week=week,
        busy=busy_days(school_class, except_chain=except_chain),
        end=end,
    )
    return ChainDraft(school_class.id, activity.id, company_id, proposal)


def create_chain(session: Session, draft: ChainDraft) -> Chain:
    """Save a proposed chain as a concept, its lessons linked to the activity's templates."""
    activity = session.get(Activity, draft.activity_id)
    if activity is None:
        raise InvalidInputError(
            "De activiteit van dit voorstel bestaat niet meer.", key="proposal-activity-gone"
        )
    chain = Chain(
        class_id=draft.class_id,
        activity=activity,
        company_id=draft.company_id,
        date=draft.proposal.date,
        status=ChainStatus.CONCEPT,
        core_objectives=list(activity.core_objectives or []),
    )
    chain.lessons = chain_lessons(activity, draft.proposal.preparation, draft.proposal.reflection)
    session.add(chain)
    session.flush()
    return chain


def chain_lessons(
    activity: Activity, preparation: Sequence[dt.date], reflection: Sequence[dt.date]
) -> list[ChainLesson]:
    """Lessons on the given dates, each linked to the activity's template at its position.

    A lesson beyond the templates (say a second reflection lesson for an activity with one
    reflection template) has no template and a plain title.
    """
    lessons = []
    for kind, dates in ((LessonKind.PREPARATION, preparation), (LessonKind.REFLECTION, reflection)):
        templates = sorted(activity.templates_of(kind), key=lambda t: t.position)
        for position, day in enumerate(dates):
            template = templates[position] if position < len(templates) else None
            lessons.append(
                ChainLesson(
                    kind=kind,
                    position=position,
                    date=day,
                    template=template,
                    title=template.title if template else kind.label.capitalize(),
                )
            )
    return lessons

