"""A chain as the rules see it: plain, frozen data, built by the store or by tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind

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
class RoleModelRef:
    name: str
    counter_stereotypical: bool = False


@dataclass(frozen=True)
class CompanyRef:
    name: str
    min_grade: int | None = None
    confirmed: bool = True
    safety_checked: bool = True
    worlds: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityRef:
    key: str
    title: str
    kind: ActivityKind
    grade_min: int = 1
    grade_max: int = 8
    needs_transport: bool = False
    # Names of the worlds of technology the activity shows.
    worlds: tuple[str, ...] = ()

    @property
    def is_outing(self) -> bool:
        return self.needs_transport or self.kind.is_outing


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

    def lessons_of(self, kind: LessonKind) -> list[Lesson]:
        return sorted((lesson for lesson in self.lessons if lesson.kind == kind), key=lambda x: x.date)

    @property
    def worlds(self) -> frozenset[str]:
        """Worlds of technology the chain shows: the activity's and the company's."""
        company = self.company.worlds if self.company else ()
        return frozenset(self.activity.worlds) | frozenset(company)


@dataclass(frozen=True)
class ClassRef:
    name: str
    grade: int
    pupils: int = 0


@dataclass(frozen=True)
class Finding:
    """Something the rules found: an error blocks "planned", a warning is advice."""

    severity: Severity
    code: str
    message: str
    class_name: str | None = None
    activity: str | None = None
    date: dt.date | None = None
    chain_id: int | None = None
    # What the message says in words, by name (numbers, dates, names), so the window can
    # say it in another language: the code and these arguments are the message's key.
    args: tuple[tuple[str, object], ...] = ()

    def arg(self, name: str, default: object = None) -> object:
        """The argument ``name`` of the message, or ``default``."""
        return dict(self.args).get(name, default)

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "class": self.class_name,
            "activity": self.activity,
            "date": self.date.isoformat() if self.date else None,
            "chain": self.chain_id,
        }


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds of the rules; the coordinator can change them (table ``settings``)."""

    late_in_year_weeks: int = 6
    max_weeks_before: int = 2
    max_weeks_after: int = 2
    max_repetitions: int = 2
    pupils_per_adult_young: int = 5
    pupils_per_adult_older: int = 7
    # Groep 1 up to this groep count as "young" for the companions rule.
    young_until_grade: int = 3

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(cls.__dataclass_fields__)


@dataclass(frozen=True)
class YearPlan:
    """Everything of one school year the rules look at across chains."""

    classes: tuple[ClassRef, ...]
    chains: tuple[ChainPlan, ...]
    technology_worlds: tuple[str, ...] = field(default_factory=tuple)
