"""Which classes of the next school year came from a class: the line a class's pupils follow
(``class_origins``), read in one query for the school's every class.

The register of parents (``store/parents.py``) finds a parent's class in a later school year
along it. ``domain/cohorts.ClassLines`` is the rules' view of the same line, with each
class's chains; this one is the plain succession, without chains, for readers that need
only where a class went.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.pupils import name_key
from beroepsplanner.store.models import SchoolClass, SchoolYearRow, class_origins


@dataclass(frozen=True)
class ClassSuccessors:
    """Every class with its school year, and which classes of the next year came from it."""

    classes: dict[int, tuple[str, int, str]]
    """Class id → (name, groep, school year label)."""
    successors: dict[int, list[int]]
    """Class id → the classes of the next school year that came from it."""

    def in_year(self, class_id: int, label: str) -> list[int]:
        """The classes of school year ``label`` on the line of ``class_id`` (followed
        forward), by name; [] when the line ends before ``label`` or starts after it."""
        found = [class_id]
        while found and self.classes[found[0]][2] < label:
            found = sorted(
                {n for c in found for n in self.successors.get(c, ()) if n in self.classes},
                key=lambda c: name_key(self.classes[c][0]),
            )
        return [c for c in found if self.classes[c][2] == label]


def class_successors(session: Session) -> ClassSuccessors:
    """The lines of every class of the school (a handful of rows per class)."""
    classes = {
        class_id: (name, grade, label)
        for class_id, name, grade, label in session.execute(
            select(SchoolClass.id, SchoolClass.name, SchoolClass.grade, SchoolYearRow.label).join(
                SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id
            )
        )
    }
    successors: dict[int, list[int]] = defaultdict(list)
    for class_id, previous in session.execute(
        select(class_origins.c.class_id, class_origins.c.previous_class_id)
    ):
        successors[previous].append(class_id)
    return ClassSuccessors(classes, dict(successors))
