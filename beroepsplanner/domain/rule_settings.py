"""The rules' thresholds, which a coordinator can change (table ``settings``).

Apart from ``chain.py`` (which names it too) so that a print job, which needs only the
companions an outing takes, reads them without making the rules' other data classes.
"""

from __future__ import annotations

from dataclasses import dataclass


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
