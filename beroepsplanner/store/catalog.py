"""Queries on the catalog: activities, worlds, providers, professions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.catalog import (
    ActivityDetails,
    ActivityDraft,
    ActivitySummary,
    Choice,
    QuestionDraft,
    TemplateDraft,
)
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.models import (
    Activity,
    Chain,
    LessonTemplate,
    Profession,
    Provider,
    SeedRecord,
    World,
    chain_tasks,
)
from beroepsplanner.store.ordering import in_code_point_order


def list_activities(session: Session) -> list[ActivitySummary]:
    """Every activity of the catalog, ordered by title."""
    rows = session.scalars(
        select(Activity)
        .options(
            joinedload(Activity.provider),
            selectinload(Activity.worlds),
            selectinload(Activity.professions),
        )
        .order_by(in_code_point_order(Activity.title), Activity.key)
    )
    return [
        ActivitySummary(
            key=row.key,
            title=row.title,
            kind=row.kind,
            provider=row.provider.name if row.provider else "",
            grade_min=row.grade_min,
            grade_max=row.grade_max,
            duration_minutes=row.duration_minutes,
            needs_transport=row.needs_transport,
            worlds=tuple(w.name for w in row.worlds),
            professions=tuple(p.name for p in row.professions),
            description=row.description or "",
            one_guest=bool(row.one_guest),
        )
        for row in rows
    ]


def activity_by_key(session: Session, key: str) -> Activity | None:
    """The activity with this key, with its lesson templates, or None."""
    return session.scalars(
        select(Activity)
        .where(Activity.key == key)
        .options(selectinload(Activity.lesson_templates), selectinload(Activity.worlds))
    ).one_or_none()


def list_worlds(session: Session) -> list[World]:
    """The seven worlds of technology first (by number), then the sectors by name."""
    rows = list(session.scalars(select(World)))
    return sorted(rows, key=lambda w: (w.number is None, w.number or 0, w.name))


def template_draft(row: LessonTemplate) -> TemplateDraft:
    """A lesson template as a plain record."""
    return TemplateDraft(
        title=row.title,
        goal=row.goal or "",
        duration_minutes=row.duration_minutes,
        steps=tuple(row.steps or ()),
        materials=tuple(row.materials or ()),
        questions=tuple(
            QuestionDraft(text=q.text, kind=q.kind, competence=q.competence)
            for q in sorted(row.questions, key=lambda q: q.position)
        ),
    )


def _templates(row: Activity, kind: LessonKind) -> tuple[TemplateDraft, ...]:
    return tuple(
        template_draft(t) for t in sorted(row.templates_of(kind), key=lambda t: t.position)
    )


def require_activity(session: Session, key: str) -> Activity:
    """The activity row with this key, loaded in full; a Dutch ``NotFoundError`` if gone."""
    row = session.scalars(
        select(Activity)
        .where(Activity.key == key)
        .options(
            joinedload(Activity.provider),
            selectinload(Activity.worlds),
            selectinload(Activity.professions),
            selectinload(Activity.lesson_templates).selectinload(LessonTemplate.questions),
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            f"De activiteit '{key}' bestaat niet (meer). Misschien is ze net verwijderd.",
            key="activity-gone",
            activity=key,
        )
    return row


def is_seeded(session: Session, key: str) -> bool:
    """True when the activity comes from the bundled catalog (it has a seed record)."""
    return session.get(SeedRecord, ("activities", key)) is not None


def chains_using(session: Session, key: str) -> int:
    """How many chains (of any school year) use the activity with this key, as their
    activity or as a task during it."""
    as_activity = session.scalar(
        select(func.count(Chain.id)).join(Activity, Chain.activity_id == Activity.id)
        .where(Activity.key == key)
    ) or 0
    as_task = session.scalar(
        select(func.count()).select_from(chain_tasks).join(Activity, chain_tasks.c.activity_id == Activity.id)
        .where(Activity.key == key)
    ) or 0
    return as_activity + as_task


def activity_details(session: Session, key: str) -> ActivityDetails:
    """The activity with this key in full, with its lesson templates; NotFoundError if gone."""
    row = require_activity(session, key)
    return ActivityDetails(
        key=row.key,
        title=row.title,
        kind=row.kind,
        provider=row.provider.name if row.provider else "",
        grade_min=row.grade_min,
        grade_max=row.grade_max,
        duration_minutes=row.duration_minutes,
        cost_cents=row.cost_cents,
        needs_transport=row.needs_transport,
        description=row.description or "",
        worlds=tuple(w.name for w in row.worlds),
        professions=tuple(p.name for p in row.professions),
        core_objectives=tuple(sorted(row.core_objectives or ())),
        preparation=_templates(row, LessonKind.PREPARATION),
        reflection=_templates(row, LessonKind.REFLECTION),
        seeded=is_seeded(session, key),
        chain_count=chains_using(session, key),
        one_guest=bool(row.one_guest),
        visit_task=bool(row.visit_task),
    )


def activity_draft(session: Session, key: str) -> ActivityDraft:
    """The activity with this key as the dialog edits it; NotFoundError if gone."""
    row = require_activity(session, key)
    return ActivityDraft(
        title=row.title,
        pupil_title=row.pupil_title or "",
        kind=row.kind,
        grade_min=row.grade_min,
        grade_max=row.grade_max,
        provider_key=row.provider.key if row.provider else None,
        description=row.description or "",
        duration_minutes=row.duration_minutes,
        cost_cents=row.cost_cents,
        needs_transport=row.needs_transport,
        one_guest=bool(row.one_guest),
        visit_task=bool(row.visit_task),
        core_objectives=tuple(sorted(set(row.core_objectives or ()))),
        world_keys=tuple(sorted(w.key for w in row.worlds)),
        profession_keys=tuple(sorted(p.key for p in row.professions)),
        preparation=_templates(row, LessonKind.PREPARATION),
        reflection=_templates(row, LessonKind.REFLECTION),
    )


def world_names(session: Session) -> list[str]:
    """The names of the worlds in ``list_worlds`` order (for a filter)."""
    return [w.name for w in list_worlds(session)]


@dataclass(frozen=True)
class CatalogChoices:
    """What the activity dialog offers to pick from."""

    providers: tuple[Choice, ...]
    worlds: tuple[Choice, ...]
    professions: tuple[Choice, ...]


def catalog_choices(session: Session) -> CatalogChoices:
    """Providers and professions by name, worlds in ``list_worlds`` order."""
    providers = session.execute(select(Provider.key, Provider.name).order_by(in_code_point_order(Provider.name)))
    professions = session.execute(select(Profession.key, Profession.name).order_by(in_code_point_order(Profession.name)))
    return CatalogChoices(
        providers=tuple(Choice(k, n) for k, n in providers),
        worlds=tuple(Choice(w.key, w.name) for w in list_worlds(session)),
        professions=tuple(Choice(k, n) for k, n in professions),
    )
