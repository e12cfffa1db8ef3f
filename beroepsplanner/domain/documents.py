"""What the printed documents show, as plain frozen data.

``store/documents.py`` builds these from the database; ``printing/`` turns them
into PDF. Neither side knows the other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import (
    ActivityKind,
    ChainStatus,
    LessonKind,
    LetterVariant,
    QuestionKind,
    TransportMode,
)


def pupil_title_of(pupil_title: str, title: str) -> str:
    """What a pupil's paper calls an activity: its pupil title, else its title without
    the parts in brackets (a provider, "groep 1 t/m 4"), else the title as it is."""
    if pupil_title.strip():
        return pupil_title.strip()
    plain = " ".join(re.sub(r"\([^()]*\)", " ", title).split())
    return plain or title.strip()


def logbook_pages(grade: int) -> int:
    """Pages of one pupil's logbook: four for groep 1–5 (pictures, big lines), two for 6–8."""
    return 4 if grade <= 5 else 2


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind
    competence: str | None = None  # Dutch label of the loopbaancompetentie, if any


@dataclass(frozen=True)
class LessonSheet:
    """One preparation or reflection lesson of a chain, as the teacher's sheet shows it."""

    kind: LessonKind
    date: dt.date
    title: str
    goal: str = ""
    duration_minutes: int | None = None
    steps: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class RoleModelLine:
    name: str
    profession: str = ""
    counter_stereotypical: bool = False
    parent: bool = False
    """A parent of the register (a guest without a company): the paper names the guest
    where it would name a company."""


TASK_PAGES = 2
"""The pages a task adds to each logbook: an even number, so a class set printed on both
sides never puts the next pupil's first page on the back of this pupil's last one."""


@dataclass(frozen=True)
class TaskSheet:
    """A task pupils do during the chain's activity (the Medewerkerspaspoort during a
    visit): a catalog item printed in the chain's logbook."""

    key: str
    title: str
    pupil_title: str = ""
    description: str = ""

    @property
    def title_for_pupils(self) -> str:
        return pupil_title_of(self.pupil_title, self.title)


@dataclass(frozen=True)
class ChainDocument:
    """Everything printed about one chain: logbooks, lesson sheets, parent letter."""

    chain_id: int
    school: str
    school_year: str
    class_name: str
    grade: int
    teacher: str
    activity_key: str
    activity_title: str
    activity_kind: ActivityKind
    activity_description: str
    provider: str
    date: dt.date
    duration_minutes: int | None = None
    company: str | None = None
    company_place: str = ""
    company_address: str = ""
    # The chosen company's own description and safety notes (empty: the paper says nothing).
    company_description: str = ""
    safety_notes: str = ""
    is_outing: bool = False
    companions_needed: int = 0
    # How and when the class travels to an outing; None when not known yet (the parent
    # letter then says nothing about it).
    transport_mode: TransportMode | None = None
    transport_arranged: bool = False
    departure_time: dt.time | None = None
    return_time: dt.time | None = None
    project: str = ""
    # What the pupils meet (``store.documents.met_on_paper``, the rule of
    # ``domain.chain.meeting_of``): the company's and role models', else the activity's own.
    worlds: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    role_models: tuple[RoleModelLine, ...] = ()
    preparation: tuple[LessonSheet, ...] = ()
    reflection: tuple[LessonSheet, ...] = ()
    pupils: tuple[str, ...] = ()
    pupil_title: str = ""  # the activity's own title for pupils; may be empty
    # The activity's last day when it lasts several days (``date`` is its first).
    end_date: dt.date | None = None
    # Tasks during the activity, printed in the logbook after its own pages.
    tasks: tuple[TaskSheet, ...] = ()
    # How the parent letter tells why: broadly, or what the children meet here.
    letter_variant: LetterVariant = LetterVariant.BROAD

    @property
    def title_for_pupils(self) -> str:
        """The activity as the pupils' paper names it (``pupil_title_of``)."""
        return pupil_title_of(self.pupil_title, self.activity_title)

    @property
    def lessons(self) -> tuple[LessonSheet, ...]:
        return self.preparation + self.reflection

    @property
    def young(self) -> bool:
        """Groep 1–5 get the logbook with pictures and few words."""
        return self.grade <= 5

    @property
    def drawing_only(self) -> bool:
        """Groep 1–2 cannot write yet: their logbook has no writing lines."""
        return self.grade <= 2

    def logbook_pages(self, *, blank_copy: bool = True) -> int:
        """The pages of this chain's logbooks: one logbook per pupil (and a blank copy),
        with a page per task."""
        return (len(self.pupils) + blank_copy) * (logbook_pages(self.grade) + TASK_PAGES * len(self.tasks))


@dataclass(frozen=True)
class ChainBar:
    """A chain on the year plan's timeline."""

    activity_title: str
    date: dt.date
    preparation: tuple[dt.date, ...] = ()
    reflection: tuple[dt.date, ...] = ()
    status: ChainStatus = ChainStatus.CONCEPT
    company: str | None = None
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days."""


@dataclass(frozen=True)
class ClassLine:
    name: str
    grade: int
    teacher: str = ""
    chains: tuple[ChainBar, ...] = ()


@dataclass(frozen=True)
class YearPlanDocument:
    """Classes' chains on a timeline of school weeks, with holidays and study days."""

    school: str
    region: str
    school_year: str
    # Mondays of every week from the first to the last school week.
    weeks: tuple[dt.date, ...]
    # Weekdays without pupils, with the reason ("Herfstvakantie", "Studiedag", ...).
    days_off: dict[dt.date, str] = field(default_factory=dict)
    classes: tuple[ClassLine, ...] = ()


LARGE_PRINT = 40
"""A PDF of more pages than this is confirmed (with its page count) before it is made."""


@dataclass(frozen=True)
class PrintableChain:
    """A chain as printing chooses among them: what it is, whether a class set of
    logbooks takes it, and how many logbook pages it makes."""

    id: int
    class_name: str
    grade: int
    activity_title: str
    date: dt.date
    status: ChainStatus
    pupils: int
    company: str | None = None
    errors: tuple[str, ...] = ()  # the error findings (Dutch) that keep it a concept
    tasks: int = 0  # tasks during the activity: ``TASK_PAGES`` more logbook pages each

    @property
    def concept_with_errors(self) -> bool:
        return self.status is ChainStatus.CONCEPT and bool(self.errors)

    @property
    def done(self) -> bool:
        return self.status is ChainStatus.DONE

    def logbook_pages(self, *, blank_copy: bool = True) -> int:
        """Pages of this chain's logbooks: one per pupil and the blank copy."""
        return (self.pupils + blank_copy) * (logbook_pages(self.grade) + TASK_PAGES * self.tasks)


def class_set(
    chains: list[PrintableChain], *, include_errors: bool = False
) -> tuple[list[PrintableChain], list[PrintableChain]]:
    """The chains of a class set of logbooks, and those it leaves out (in date order).

    A class set is for what is still to come: a chain that is done is left out, and
    so is a concept chain with errors (its date or company may still change) unless
    ``include_errors`` asks for it."""
    printed: list[PrintableChain] = []
    left_out: list[PrintableChain] = []
    for chain in sorted(chains, key=lambda c: (c.date, c.id)):
        skip = chain.done or (chain.concept_with_errors and not include_errors)
        (left_out if skip else printed).append(chain)
    return printed, left_out


def next_chain(chains: list[PrintableChain], today: dt.date) -> PrintableChain | None:
    """The chain a teacher most likely prints next: the first not done on or after
    ``today`` (a concept without errors before a concept with errors), else the last one
    not done, else the last one."""
    ordered = sorted(chains, key=lambda c: (c.date, c.id))
    coming = [c for c in ordered if not c.done and c.date >= today]
    if coming:
        return next((c for c in coming if not c.concept_with_errors), coming[0])
    open_ones = [c for c in ordered if not c.done]
    if open_ones:
        return open_ones[-1]
    return ordered[-1] if ordered else None
