"""Plain views of the catalog and the company network, as lists and exports show them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import (
    GRADE_MAX,
    GRADE_MIN,
    ActivityKind,
    CareerCompetence,
    LessonKind,
    QuestionKind,
)


@dataclass(frozen=True)
class ActivitySummary:
    """One row of the catalog list."""

    key: str
    title: str
    kind: ActivityKind
    provider: str
    grade_min: int
    grade_max: int
    duration_minutes: int | None
    needs_transport: bool
    worlds: tuple[str, ...] = field(default_factory=tuple)
    professions: tuple[str, ...] = field(default_factory=tuple)
    """The professions the activity shows (the catalog's search looks in them too)."""
    description: str = ""

    def suits_grade(self, grade: int) -> bool:
        return self.grade_min <= grade <= self.grade_max

    @property
    def grade_range(self) -> str:
        """``groep 3–5`` style label."""
        if self.grade_min == self.grade_max:
            return f"groep {self.grade_min}"
        return f"groep {self.grade_min}–{self.grade_max}"


@dataclass(frozen=True)
class CompanySummary:
    """One row of the company list."""

    id: int
    name: str
    place: str
    min_grade: int | None
    capacity: int | None
    confirmed: bool
    safety_checked: bool
    worlds: tuple[str, ...] = field(default_factory=tuple)
    role_models: int = 0
    counter_stereotypical_role_models: int = 0
    # Chains that use the company or one of its role models.
    chains: int = 0


# --- one activity in full: what the details pane shows and the dialog edits ---------


@dataclass(frozen=True)
class Choice:
    """An item to pick from a list (a provider, world or profession): key and name."""

    key: str
    name: str


@dataclass(frozen=True)
class QuestionDraft:
    """A question of a lesson template: facts (knowledge) or attitudes and stereotypes."""

    text: str
    kind: QuestionKind
    competence: CareerCompetence | None = None


@dataclass(frozen=True)
class TemplateDraft:
    """A preparation or reflection lesson as the catalog proposes it."""

    title: str
    goal: str = ""
    duration_minutes: int | None = None
    steps: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    questions: tuple[QuestionDraft, ...] = ()

    def questions_of(self, kind: QuestionKind) -> tuple[QuestionDraft, ...]:
        return tuple(q for q in self.questions if q.kind == kind)


@dataclass(frozen=True)
class ActivityDraft:
    """Everything of an activity the user can edit, as the store writes it.

    ``provider_key`` names an existing provider; ``new_provider`` (a name) asks
    for a provider that does not exist yet and wins over ``provider_key``.
    """

    title: str
    kind: ActivityKind
    grade_min: int
    grade_max: int
    provider_key: str | None = None
    # What the pupils' own paper (logbooks) calls the activity; empty: the title
    # without a provider in brackets (``documents.pupil_title_of``).
    pupil_title: str = ""
    new_provider: str = ""
    description: str = ""
    duration_minutes: int | None = None
    cost_cents: int | None = None
    needs_transport: bool = False
    core_objectives: tuple[int, ...] = ()
    world_keys: tuple[str, ...] = ()
    profession_keys: tuple[str, ...] = ()
    preparation: tuple[TemplateDraft, ...] = ()
    reflection: tuple[TemplateDraft, ...] = ()

    def templates_of(self, kind: LessonKind) -> tuple[TemplateDraft, ...]:
        return self.preparation if kind is LessonKind.PREPARATION else self.reflection


@dataclass(frozen=True)
class ActivityDetails:
    """One activity with its lesson templates, for the details pane of the catalog."""

    key: str
    title: str
    kind: ActivityKind
    provider: str
    grade_min: int
    grade_max: int
    duration_minutes: int | None
    cost_cents: int | None
    needs_transport: bool
    description: str
    worlds: tuple[str, ...]
    professions: tuple[str, ...]
    core_objectives: tuple[int, ...]
    preparation: tuple[TemplateDraft, ...]
    reflection: tuple[TemplateDraft, ...]
    seeded: bool
    """From the bundled catalog: can be edited, not deleted."""
    chain_count: int
    """How many chains use the activity (it cannot be deleted while any do)."""


def activity_problems(draft: ActivityDraft) -> list[str]:
    """Every reason (Dutch, one sentence each) why ``draft`` cannot be saved; empty when fine."""
    problems: list[str] = []
    if not draft.title.strip():
        problems.append("Geef de activiteit een titel.")
    elif len(draft.title.strip()) > 200:
        problems.append("De titel is te lang (hoogstens 200 tekens).")
    if len(draft.pupil_title.strip()) > 200:
        problems.append("De titel voor leerlingen is te lang (hoogstens 200 tekens).")
    for name, grade in (("laagste", draft.grade_min), ("hoogste", draft.grade_max)):
        if not GRADE_MIN <= grade <= GRADE_MAX:
            problems.append(f"De {name} groep moet 1 tot en met 8 zijn, niet {grade}.")
    if draft.grade_min > draft.grade_max:
        problems.append(
            f"De laagste groep ({draft.grade_min}) is hoger dan de hoogste groep "
            f"({draft.grade_max})."
        )
    if draft.duration_minutes is not None and draft.duration_minutes <= 0:
        problems.append("De duur moet meer dan 0 minuten zijn.")
    if draft.cost_cents is not None and draft.cost_cents < 0:
        problems.append("De kosten kunnen niet negatief zijn.")
    for kind in LessonKind:
        templates = draft.templates_of(kind)
        if not templates:
            problems.append(f"Voeg minstens één {kind.label} toe.")
        elif len(templates) > 2:
            problems.append(f"Een activiteit heeft hoogstens twee keer een {kind.label}.")
        for number, template in enumerate(templates, start=1):
            problems.extend(_template_problems(f"{kind.label.capitalize()} {number}", kind, template))
    return problems


def _template_problems(name: str, kind: LessonKind, template: TemplateDraft) -> list[str]:
    problems: list[str] = []
    if not template.title.strip():
        problems.append(f"{name} heeft geen titel.")
    if template.duration_minutes is not None and template.duration_minutes <= 0:
        problems.append(f"De duur van {name.lower()} moet meer dan 0 minuten zijn.")
    if any(not q.text.strip() for q in template.questions):
        problems.append(f"{name} heeft een lege vraag.")
    if not template.questions:
        problems.append(f"{name} heeft nog geen vragen.")
    elif kind is LessonKind.REFLECTION:
        if not template.questions_of(QuestionKind.KNOWLEDGE):
            problems.append(f"{name} heeft nog geen kennisvraag (over de beroepen en het werk).")
        if not template.questions_of(QuestionKind.ATTITUDE):
            problems.append(
                f"{name} heeft nog geen houdingsvraag: reflectie gaat ook over beelden "
                "en stereotypen, niet alleen over feiten."
            )
    return problems


def slug(text: str) -> str:
    """A key made of a title: lower case ASCII letters, digits and hyphens (``"gastles-c3"``)."""
    normal = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", normal.lower())
    return "-".join(words)[:56].strip("-") or "activiteit"
