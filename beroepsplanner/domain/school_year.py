"""The school year: 1 August to 31 July."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from beroepsplanner.errors import InvalidInputError

_LABEL = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A Dutch school year, named like ``2026-2027``."""

    first_year: int

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Parse ``"2026-2027"``; raise InvalidInputError with a Dutch message otherwise."""
        match = _LABEL.match(label.strip())
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise InvalidInputError(
                f"'{label}' is geen schooljaar. Schrijf het als twee opeenvolgende jaren, "
                "bijvoorbeeld 2026-2027.",
                key="not-a-school-year",
                label=label,
            )
        return cls(int(match.group(1)))

    @classmethod
    def containing(cls, day: dt.date) -> SchoolYear:
        """The school year a date belongs to."""
        return cls(day.year if day.month >= 8 else day.year - 1)

    @property
    def label(self) -> str:
        return f"{self.first_year}-{self.first_year + 1}"

    @property
    def start(self) -> dt.date:
        return dt.date(self.first_year, 8, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.first_year + 1, 7, 31)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label
