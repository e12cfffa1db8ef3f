"""Plain views of the catalog and the company network, as lists and exports show them."""

from __future__ import annotations

from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import ActivityKind


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
