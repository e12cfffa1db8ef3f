"""What the printed documents show, as plain frozen data.

``store/documents.py`` builds these from the database; ``printing/`` turns them
into PDF. Neither side knows the other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import (
    ActivityKind,
    ChainStatus,
    LessonKind,
    QuestionKind,
    TransportMode,
)


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
    worlds: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    role_models: tuple[RoleModelLine, ...] = ()
    preparation: tuple[LessonSheet, ...] = ()
    reflection: tuple[LessonSheet, ...] = ()
    pupils: tuple[str, ...] = ()

    @property
    def lessons(self) -> tuple[LessonSheet, ...]:
        return self.preparation + self.reflection

    @property
    def young(self) -> bool:
        """Groep 1–5 get the logbook with pictures and few words."""
        return self.grade <= 5


@dataclass(frozen=True)
class ChainBar:
    """A chain on the year plan's timeline."""

    activity_title: str
    date: dt.date
    preparation: tuple[dt.date, ...] = ()
    reflection: tuple[dt.date, ...] = ()
    status: ChainStatus = ChainStatus.CONCEPT
    company: str | None = None


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
