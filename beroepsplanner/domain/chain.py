"""A chain as the rules see it: plain, frozen data, built by the store or by tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind

# The thresholds have a module of their own (a print job reads them without the rest).
from beroepsplanner.domain.rule_settings import RuleSettings as RuleSettings

# Kinds of activity in which pupils meet professionals, so role models matter.
MEETS_PROFESSIONALS = frozenset(
    {ActivityKind.COMPANY_VISIT, ActivityKind.GUEST_LESSON, ActivityKind.INTERNSHIP}
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Lesson:
    kind: LessonKind
    date: dt.date
    title: str = ""
    # The kinds of question the lesson asks (from its template).
    question_kinds: frozenset[QuestionKind] = frozenset()


@dataclass(frozen=True)
class ProfessionRef:
    """A profession pupils meet, with the world of technology or the other sector it belongs
    to (a profession of the catalog belongs to exactly one; a role model's profession typed
    as free text to none)."""

    name: str
    world: str | None = None
    """The world of technology (one of the seven) it belongs to, or None."""
    sector: str | None = None
    """The sector outside technology (Zorg & Welzijn, ...) it belongs to, or None."""


@dataclass(frozen=True)
class RoleModelRef:
    """A person pupils meet: a company's employee, or a parent of the register (a role model
    without a company, who counts like any other)."""

    name: str
    counter_stereotypical: bool = False
    profession: ProfessionRef | None = None
    # Two people may share a name: the window and the line count people by id.
    id: int | None = None


@dataclass(frozen=True)
class CompanyRef:
    name: str
    min_grade: int | None = None
    confirmed: bool = True
    safety_checked: bool = True
    worlds: tuple[str, ...] = ()
    """The worlds of technology the company works in."""
    sectors: tuple[str, ...] = ()
    """The sectors outside technology the company works in."""
    professions: tuple[ProfessionRef, ...] = ()
    """The professions on site: what pupils meet there."""


@dataclass(frozen=True)
class ActivityRef:
    key: str
    title: str
    kind: ActivityKind
    grade_min: int = 1
    grade_max: int = 8
    needs_transport: bool = False
    one_guest: bool = False
    """The format is one guest (Beeldenbrekers, a parent's guest lesson): one role model is
    the activity as it is meant."""
    professions: tuple[ProfessionRef, ...] = ()
    """The activity's own professions (the catalog's): what pupils meet in it when the chain
    has no company. The catalog's worlds of an activity say what it is about (for searching
    and for proposing companies); they are not what pupils meet, so they are not here."""

    @property
    def is_outing(self) -> bool:
        return self.needs_transport or self.kind.is_outing


@dataclass(frozen=True)
class Meeting:
    """What the pupils of one chain meet: worlds of technology, other sectors, professions."""

    worlds: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    professions: frozenset[str] = frozenset()


def meeting_of(
    activity: ActivityRef, company: CompanyRef | None, role_models: Iterable[RoleModelRef]
) -> Meeting:
    """What counts as met (domain.md, "Years and cohorts"): a world or sector counts only
    through the people and professions pupils actually meet — the company's own worlds,
    sectors and professions, the role models' professions, and, for a chain without a
    company, the activity's own professions. The catalog's worlds of an activity never count
    by themselves, and a lesson series about stereotypes (which has no professions of its
    own) meets a world only through its guest, as a role model."""
    professions = list(company.professions if company is not None else activity.professions)
    professions += [role.profession for role in role_models if role.profession is not None]
    worlds = {p.world for p in professions if p.world}
    sectors = {p.sector for p in professions if p.sector}
    if company is not None:
        worlds.update(company.worlds)
        sectors.update(company.sectors)
    return Meeting(frozenset(worlds), frozenset(sectors), frozenset(p.name for p in professions))


@dataclass(frozen=True)
class ChainPlan:
    """One chain of one class: what the rules need to judge it."""

    class_name: str
    grade: int
    activity: ActivityRef
    date: dt.date
    lessons: tuple[Lesson, ...] = ()
    company: CompanyRef | None = None
    role_models: tuple[RoleModelRef, ...] = ()
    pupils: int = 0
    companions: int = 0
    transport_arranged: bool = False
    status: ChainStatus = ChainStatus.CONCEPT
    id: int | None = None
    class_id: int | None = None
    school_year: str = ""
    """The label of the chain's school year (``2026-2027``)."""
    follows: int | None = None
    """The id of the chain of the same class this one follows up (one series), or None."""
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days (``date`` is its first), or None."""

    @property
    def last_day(self) -> dt.date:
        """The activity's last day: reflection comes after it."""
        return self.end_date or self.date

    def lessons_of(self, kind: LessonKind) -> list[Lesson]:
        return sorted((lesson for lesson in self.lessons if lesson.kind == kind), key=lambda x: x.date)

    @cached_property
    def meeting(self) -> Meeting:
        """What the pupils meet in this chain (``meeting_of``), worked out once."""
        return meeting_of(self.activity, self.company, self.role_models)

    @property
    def worlds(self) -> frozenset[str]:
        """The worlds of technology the pupils meet (``meeting_of``)."""
        return self.meeting.worlds


@dataclass(frozen=True)
class ClassRef:
    name: str
    grade: int
    pupils: int = 0
    id: int | None = None
    previous: tuple[int, ...] = ()
    """The ids of last year's classes this class came from (the move to the next school
    year keeps them): the line of its pupils through the years."""


@dataclass(frozen=True)
class Finding:
    """Something the rules found: an error blocks "planned", a warning is advice.

    What the finding is about is in its fields (class, activity, date, chain, cohort), the
    rule's own words in ``text``; ``message`` puts them together as the command line prints
    it. The window reads the fields and never takes the message apart.
    """

    severity: Severity
    code: str
    text: str
    """The rule's Dutch sentence, without the class, activity and date in front of it."""
    class_name: str | None = None
    activity: str | None = None
    """The activity's key."""
    date: dt.date | None = None
    chain_id: int | None = None
    # What the message says in words, by name (numbers, dates, names), so the window can
    # say it in another language: the code and these arguments are the message's key.
    args: tuple[tuple[str, object], ...] = ()
    activity_title: str | None = None
    cohort: int | None = None
    """For a finding about a cohort's line: the cohort (the year it leaves groep 8)."""

    def arg(self, name: str, default: object = None) -> object:
        """The argument ``name`` of the message, or ``default``."""
        return dict(self.args).get(name, default)

    @property
    def subject(self) -> str:
        """``Groep 5, Tinkeren (11-11-2026)`` for a finding about a chain, else ""."""
        if self.class_name and self.activity_title is not None and self.date is not None:
            return f"{self.class_name}, {self.activity_title} ({self.date:%d-%m-%Y})"
        return ""

    @property
    def message(self) -> str:
        """The whole Dutch line: the subject, then the rule's text."""
        subject = self.subject
        return f"{subject}: {self.text}" if subject else self.text

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "class": self.class_name,
            "activity": self.activity,
            "date": self.date.isoformat() if self.date else None,
            "chain": self.chain_id,
            "cohort": self.cohort,
        }


@dataclass(frozen=True)
class YearPlan:
    """Everything of one school year the rules look at across chains."""

    classes: tuple[ClassRef, ...]
    chains: tuple[ChainPlan, ...]
    technology_worlds: tuple[str, ...] = field(default_factory=tuple)
    school_year: str = ""
    """The label of the school year (``2026-2027``)."""
