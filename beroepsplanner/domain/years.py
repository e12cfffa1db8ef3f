"""The move to the next school year, as pure rules: labels, class names, the same school week.

On the move every class of groep 1–7 goes up one groep with its pupils; a groep number in
its name goes up with it ("Groep 6b" → "Groep 7b", "Groep 5/6" → "Groep 6/7", "6b" →
"7b"); a name without a groep number ("Zonnebloemen") stays. Groep 8 leaves. Last year's
chains of a groep come back for the class that has that groep now, in the same school
week counted from the start of the school year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError

LAST_GRADE = 8

# A groep number in a class's name: after the word groep, or the whole name is a groep
# code such as "6b" or "5/6" (never a number in a name like "Unit 3 Zonnebloemen").
_AFTER_WORD = re.compile(r"(?i)(groep\s*)(\d)((?:\s*[/&-]\s*\d)*)")
_CODE_ONLY = re.compile(r"^\s*(\d)((?:\s*[/&-]\s*\d)*)([^\W\d_]*)\s*$")
_DIGIT = re.compile(r"\d")


def next_label(label: str) -> str:
    """The school year after ``label``: "2026-2027" → "2027-2028"."""
    year = SchoolYear.parse(label)
    return f"{year.first_year + 1}-{year.first_year + 2}"


def check_next_label(latest: str, wanted: str) -> None:
    """Refuse (Dutch) a new school year that is not the one after the latest."""
    expected = next_label(latest)
    if wanted != expected:
        raise InvalidInputError(
            f"Het nieuwste schooljaar in deze database is {latest}; het volgende is {expected}, "
            f"niet {wanted}. Maak eerst {expected}.",
            key="not-the-next-school-year",
            latest=latest,
            expected=expected,
            wanted=wanted,
        )


def _up(match_text: str) -> str:
    return _DIGIT.sub(lambda m: str(min(int(m.group()) + 1, LAST_GRADE)), match_text)


def next_class_name(name: str) -> str:
    """The class's name one groep up; a name without a groep number stays as it is."""
    code = _CODE_ONLY.match(name)
    if code is not None:
        return _up(code.group(1) + code.group(2)) + code.group(3)
    return _AFTER_WORD.sub(lambda m: m.group(1) + _up(m.group(2) + m.group(3)), name)


def plan_source(names: Sequence[str], name: str) -> int | None:
    """Which of last year's classes of a groep (``names``, in the order of the move) gives
    its plan to the new class ``name``: the one with the same name, else the same letter
    ("Groep 7b" from "7b"), else the first of the groep; None when the groep had no class.
    The move to the next year and the cohort's expected line (``domain/cohorts.py``) both
    ask this."""
    if not names:
        return None
    for index, candidate in enumerate(names):
        if candidate.casefold() == name.casefold():
            return index
    letter = name.rstrip()[-1:].casefold()
    if letter.isalpha():
        for index, candidate in enumerate(names):
            if candidate.rstrip()[-1:].casefold() == letter:
                return index
    return 0


def school_week(year: SchoolYear, day: dt.date) -> int:
    """The school week of ``day``, counted from the week of the school year's first day (0)."""
    first_monday = year.start - dt.timedelta(days=year.start.weekday())
    return (day - first_monday).days // 7


def same_week_in(year: SchoolYear, week: int) -> dt.date:
    """The Monday of school week ``week`` of ``year`` (the last week when the year is shorter)."""
    first_monday = year.start - dt.timedelta(days=year.start.weekday())
    monday = first_monday + dt.timedelta(weeks=week)
    last_monday = year.end - dt.timedelta(days=year.end.weekday())
    return min(monday, last_monday)
