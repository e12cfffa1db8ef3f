"""Adding, changing and deleting activities of the catalog, each undoable.

Every change function returns what its undo needs. Own activities (no seed
record) can be deleted; activities of the bundled catalog can be changed but
not deleted. A change of a seeded activity makes its content differ from the
digest in ``seed_records``, so a later seed update leaves it as the user wants
it (see ``store/seed.py``); undoing the change brings the digest back, and the
seed may update the activity again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from beroepsplanner.domain.catalog import ActivityDraft, TemplateDraft, activity_problems, slug
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.catalog import (
    activity_draft,
    chains_using,
    is_seeded,
    require_activity,
)
from beroepsplanner.store.models import (
    Activity,
    ChainLesson,
    LessonTemplate,
    Profession,
    Provider,
    TemplateQuestion,
    World,
)


class ActivityInputError(InvalidInputError):
    """An activity that cannot be saved; ``problems`` lists every reason (Dutch).

    ``values`` name them for the window's English: ``reasons`` (the reasons of
    ``activity_problems``, keyed; the window checks them itself before it saves) and what no
    longer exists: ``providers``, ``worlds``, ``professions`` (keys, quoted and joined).
    """

    def __init__(self, problems: list[str], *, key: str | None = None, **values: object) -> None:
        lines = "\n".join(f"• {p}" for p in problems)
        super().__init__(f"De activiteit is niet bewaard:\n{lines}", key=key, **values)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class CreatedActivity:
    """What ``create_activity`` made: the key, and the key of a provider it had to add."""

    key: str
    created_provider: str | None = None


@dataclass(frozen=True)
class ActivityChange:
    """What ``update_activity`` replaced: enough to put it back."""

    key: str
    previous: ActivityDraft
    created_provider: str | None = None
    # Chain lessons whose template was removed, by (lesson kind, template position).
    unlinked_lessons: dict[tuple[LessonKind, int], tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class RemovedActivity:
    """An own activity that ``delete_activity`` removed, to restore it with the same key."""

    key: str
    draft: ActivityDraft


def create_activity(session: Session, draft: ActivityDraft, key: str | None = None) -> CreatedActivity:
    """Add an own activity; its key is the slug of the title, made unique.

    Raises ``ActivityInputError`` listing every problem of ``draft``.
    """
    _check(session, draft)
    if key is None:
        key = _unique_key(session, Activity, slug(draft.title))
    elif session.scalar(select(Activity.id).where(Activity.key == key)) is not None:
        raise InvalidInputError(
            f"Er is al een activiteit met de sleutel '{key}'.", key="activity-key-exists", activity=key
        )
    row = Activity(key=key)
    created = _write(session, row, draft)
    session.add(row)
    session.flush()
    return CreatedActivity(key, created)


def update_activity(session: Session, key: str, draft: ActivityDraft) -> ActivityChange:
    """Change the activity with this key (own or seeded) to ``draft``.

    Lesson templates are changed in place by position, so chain lessons keep
    pointing at them. Raises ``ActivityInputError`` / ``NotFoundError``.
    """
    _check(session, draft)
    previous = activity_draft(session, key)
    row = require_activity(session, key)
    unlinked: dict[tuple[LessonKind, int], tuple[int, ...]] = {}
    for kind in LessonKind:
        for template in row.templates_of(kind):
            if template.position >= len(draft.templates_of(kind)):
                lessons = session.scalars(
                    select(ChainLesson.id).where(ChainLesson.template_id == template.id)
                ).all()
                if lessons:
                    unlinked[(kind, template.position)] = tuple(lessons)
    created = _write(session, row, draft)
    session.flush()
    return ActivityChange(key, previous, created, unlinked)


def revert_update(session: Session, change: ActivityChange) -> None:
    """Undo ``update_activity``: the previous content, chain lessons linked again."""
    update_activity(session, change.key, change.previous)
    row = require_activity(session, change.key)
    for (kind, position), lessons in change.unlinked_lessons.items():
        template = next(
            (t for t in row.templates_of(kind) if t.position == position), None
        )
        if template is not None:
            session.execute(
                update(ChainLesson)
                .where(ChainLesson.id.in_(lessons), ChainLesson.template_id.is_(None))
                .values(template_id=template.id)
            )
    _remove_provider_if_unused(session, change.created_provider)


def remove_created_activity(session: Session, created: CreatedActivity) -> None:
    """Undo ``create_activity`` (refused, like a delete, while a chain uses it)."""
    delete_activity(session, created.key)
    _remove_provider_if_unused(session, created.created_provider)


def delete_activity(session: Session, key: str) -> RemovedActivity:
    """Delete an own activity that no chain uses.

    Refuses, with a Dutch ``InvalidInputError``, an activity of the bundled
    catalog (it can be changed instead) and one that chains still use.
    """
    draft = activity_draft(session, key)
    if is_seeded(session, key):
        raise InvalidInputError(
            f"'{draft.title}' komt uit de meegeleverde catalogus en kan niet worden "
            "verwijderd. U kunt de activiteit wel bewerken.",
            key="activity-from-catalog",
            title=draft.title,
        )
    used = chains_using(session, key)
    if used:
        chains = "1 keten" if used == 1 else f"{used} ketens"
        raise InvalidInputError(
            f"'{draft.title}' wordt nog gebruikt door {chains} en kan daarom niet worden "
            "verwijderd. Verwijder eerst die ketens of kies er een andere activiteit voor.",
            key="activity-in-use",
            title=draft.title,
            count=used,
        )
    session.delete(require_activity(session, key))
    session.flush()
    return RemovedActivity(key, draft)


def restore_activity(session: Session, removed: RemovedActivity) -> None:
    """Undo ``delete_activity``: the activity again, with the same key."""
    create_activity(session, removed.draft, key=removed.key)


# --- writing -------------------------------------------------------------------


def _check(session: Session, draft: ActivityDraft) -> None:
    own = activity_problems(draft)
    problems = list(own)
    gone: dict[str, list[str]] = {"providers": [], "worlds": [], "professions": []}
    if (
        draft.provider_key
        and not draft.new_provider.strip()
        and session.scalar(select(Provider.id).where(Provider.key == draft.provider_key)) is None
    ):
        problems.append(f"De aanbieder '{draft.provider_key}' bestaat niet (meer).")
        gone["providers"].append(draft.provider_key)
    for model, keys, what, which in (
        (World, draft.world_keys, "De wereld", "worlds"),
        (Profession, draft.profession_keys, "Het beroep", "professions"),
    ):
        known = set(session.scalars(select(model.key).where(model.key.in_(keys))))
        problems.extend(f"{what} '{k}' bestaat niet (meer)." for k in keys if k not in known)
        gone[which].extend(k for k in keys if k not in known)
    if problems:
        raise ActivityInputError(
            problems,
            key="activity-not-saved",
            reasons=tuple(own),
            **{which: ", ".join(f"'{k}'" for k in keys) for which, keys in gone.items()},
        )


def _write(session: Session, row: Activity, draft: ActivityDraft) -> str | None:
    """Write ``draft`` into ``row``; return the key of a provider it had to add."""
    provider, created = _provider(session, draft)
    row.title = draft.title.strip()
    row.pupil_title = draft.pupil_title.strip()
    row.kind = draft.kind
    row.provider = provider
    row.description = draft.description.strip()
    row.grade_min, row.grade_max = draft.grade_min, draft.grade_max
    row.duration_minutes = draft.duration_minutes
    row.cost_cents = draft.cost_cents
    row.needs_transport = draft.needs_transport
    row.one_guest = draft.one_guest
    row.visit_task = draft.visit_task
    row.core_objectives = sorted(set(draft.core_objectives))
    row.worlds = list(session.scalars(select(World).where(World.key.in_(draft.world_keys))))
    row.professions = list(
        session.scalars(select(Profession).where(Profession.key.in_(draft.profession_keys)))
    )
    for kind in LessonKind:
        wanted = draft.templates_of(kind)
        for template, template_draft in zip(row.template_slots(kind, len(wanted)), wanted):
            _write_template(template, template_draft)
    return created


def _write_template(row: LessonTemplate, draft: TemplateDraft) -> None:
    row.title, row.goal = draft.title.strip(), draft.goal.strip()
    row.duration_minutes = draft.duration_minutes
    row.steps = [s.strip() for s in draft.steps if s.strip()]
    row.materials = [m.strip() for m in draft.materials if m.strip()]
    row.questions = [
        TemplateQuestion(position=position, text=q.text.strip(), kind=q.kind, competence=q.competence)
        for position, q in enumerate(draft.questions)
    ]


def _provider(session: Session, draft: ActivityDraft) -> tuple[Provider | None, str | None]:
    name = " ".join(draft.new_provider.split())
    if name:
        existing = session.scalars(
            select(Provider).where(func.lower(Provider.name) == name.lower())
        ).first()
        if existing is not None:
            return existing, None
        provider = Provider(key=_unique_key(session, Provider, slug(name)), name=name)
        session.add(provider)
        session.flush()
        return provider, provider.key
    if not draft.provider_key:
        return None, None
    return session.scalars(select(Provider).where(Provider.key == draft.provider_key)).one(), None


def _remove_provider_if_unused(session: Session, key: str | None) -> None:
    if key is None:
        return
    provider = session.scalars(select(Provider).where(Provider.key == key)).one_or_none()
    if provider is None:
        return
    used = session.scalar(select(func.count(Activity.id)).where(Activity.provider_id == provider.id))
    if not used:
        session.delete(provider)
        session.flush()


def _unique_key(session: Session, model: type[Any], base: str) -> str:
    taken = set(session.scalars(select(model.key).where(model.key.like(f"{base}%"))))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"

