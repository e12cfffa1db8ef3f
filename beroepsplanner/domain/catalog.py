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
from beroepsplanner.domain.problems import Problem


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
    one_guest: bool = False
    """The format is one guest (Beeldenbrekers, a parent's guest lesson)."""

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
    one_guest: bool = False
    """The format is one guest (Beeldenbrekers, a parent's guest lesson): one role model is
    the activity as it is meant."""
    visit_task: bool = False
    """An assignment pupils do during a company visit (the Medewerkerspaspoort)."""
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
    one_guest: bool = False
    """One guest comes to the class (a guest lesson by one person)."""
    visit_task: bool = False
    """A task pupils can do during a company visit (the Medewerkerspaspoort)."""


def activity_problems(draft: ActivityDraft) -> list[str]:
    """Every reason (Dutch, one sentence each) why ``draft`` cannot be saved; empty when fine.

    Each reason is a ``Problem`` with a key and values, so the window can say it in English.
    """
    problems: list[str] = []

    def problem(text: str, key: str, **values: object) -> None:
        problems.append(Problem(text, "", key, **values))

    if not draft.title.strip():
        problem("Geef de activiteit een titel.", "activity-title-missing")
    elif len(draft.title.strip()) > 200:
        problem("De titel is te lang (hoogstens 200 tekens).", "activity-title-too-long", max=200)
    if len(draft.pupil_title.strip()) > 200:
        problem(
            "De titel voor leerlingen is te lang (hoogstens 200 tekens).",
            "activity-pupil-title-too-long",
            max=200,
        )
    for end, name, grade in (("low", "laagste", draft.grade_min), ("high", "hoogste", draft.grade_max)):
        if not GRADE_MIN <= grade <= GRADE_MAX:
            problem(
                f"De {name} groep moet 1 tot en met 8 zijn, niet {grade}.",
                "activity-grade-invalid",
                end=end,
                grade=grade,
            )
    if draft.grade_min > draft.grade_max:
        problem(
            f"De laagste groep ({draft.grade_min}) is hoger dan de hoogste groep "
            f"({draft.grade_max}).",
            "activity-grades-reversed",
            low=draft.grade_min,
            high=draft.grade_max,
        )
    if draft.duration_minutes is not None and draft.duration_minutes <= 0:
        problem("De duur moet meer dan 0 minuten zijn.", "activity-duration-not-positive")
    if draft.cost_cents is not None and draft.cost_cents < 0:
        problem("De kosten kunnen niet negatief zijn.", "activity-cost-negative")
    problems.extend(_format_problems(draft))
    for kind in LessonKind:
        templates = draft.templates_of(kind)
        if not templates:
            problem(f"Voeg minstens één {kind.label} toe.", "activity-lesson-missing", lesson=kind.value)
        elif len(templates) > 2:
            problem(
                f"Een activiteit heeft hoogstens twee keer een {kind.label}.",
                "activity-lessons-too-many",
                lesson=kind.value,
            )
        for number, template in enumerate(templates, start=1):
            problems.extend(_template_problems(number, kind, template))
    return problems


def _format_problems(draft: ActivityDraft) -> list[str]:
    """What contradicts the ticks "one guest" and "task during a visit" (keyed ``Problem``s)."""
    found: list[str] = []
    visit = draft.kind == ActivityKind.COMPANY_VISIT  # the dialog gives the kind as its str
    if draft.visit_task and visit:
        found.append(Problem(
            "Een bedrijfsbezoek kan zelf geen opdracht tijdens een bezoek zijn. Haal het vinkje "
            "'Opdracht tijdens een bedrijfsbezoek' weg, of kies een ander soort (bijvoorbeeld "
            "opdracht).",
            "", "activity-visit-task-is-visit",
        ))
    if draft.one_guest and visit:
        found.append(Problem(
            "Bij een bedrijfsbezoek ontmoeten de leerlingen meerdere mensen met verschillende "
            "beroepen, niet één gast. Haal het vinkje 'Eén gast' weg, of kies een ander soort "
            "(bijvoorbeeld gastles).",
            "", "activity-one-guest-on-visit",
        ))
    elif draft.one_guest and draft.visit_task:
        found.append(Problem(
            "Een opdracht tijdens een bedrijfsbezoek gaat over de medewerkers die de leerlingen "
            "daar ontmoeten, niet over één gast. Kies één van de twee vinkjes.",
            "", "activity-one-guest-with-visit-task",
        ))
    return found


def _template_problems(number: int, kind: LessonKind, template: TemplateDraft) -> list[str]:
    """The reasons of one lesson template ("Reflectieles 2 heeft nog geen vragen."); their
    values name the lesson by its kind (``lesson``) and ``number``."""
    name = f"{kind.label.capitalize()} {number}"
    problems: list[str] = []

    def problem(text: str, key: str) -> None:
        problems.append(Problem(text, "", key, lesson=kind.value, number=number))

    if not template.title.strip():
        problem(f"{name} heeft geen titel.", "lesson-title-missing")
    if template.duration_minutes is not None and template.duration_minutes <= 0:
        problem(f"De duur van {name.lower()} moet meer dan 0 minuten zijn.", "lesson-duration-not-positive")
    if any(not q.text.strip() for q in template.questions):
        problem(f"{name} heeft een lege vraag.", "lesson-question-empty")
    if not template.questions:
        problem(f"{name} heeft nog geen vragen.", "lesson-questions-missing")
    elif kind is LessonKind.REFLECTION:
        if not template.questions_of(QuestionKind.KNOWLEDGE):
            problem(
                f"{name} heeft nog geen kennisvraag (over de beroepen en het werk).",
                "lesson-knowledge-question-missing",
            )
        if not template.questions_of(QuestionKind.ATTITUDE):
            problem(
                f"{name} heeft nog geen houdingsvraag: reflectie gaat ook over beelden "
                "en stereotypen, niet alleen over feiten.",
                "lesson-attitude-question-missing",
            )
    return problems


def slug(text: str) -> str:
    """A key made of a title: lower case ASCII letters, digits and hyphens (``"gastles-c3"``)."""
    normal = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", normal.lower())
    return "-".join(words)[:56].strip("-") or "activiteit"
