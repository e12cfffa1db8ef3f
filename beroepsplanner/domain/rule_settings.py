"""The rules' thresholds, which a coordinator can change (table ``settings``), and the one
rule a printed letter needs too: the companions an outing takes.

Apart from ``chain.py`` and ``rules.py`` (which name both too) so that a print job, which
needs only the companions, reads them without making the rules' other data classes.
"""

from __future__ import annotations

import math
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


def companions_needed(grade: int, pupils: int, settings: RuleSettings) -> tuple[int, int]:
    """The adults an outing of ``pupils`` pupils of ``grade`` needs, and the pupils per
    adult that gives it (1 per 5 in groep 1–3, 1 per 7 in groep 4–8 by default)."""
    young = grade <= settings.young_until_grade
    ratio = settings.pupils_per_adult_young if young else settings.pupils_per_adult_older
    return math.ceil(pupils / ratio), ratio
