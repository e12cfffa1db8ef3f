"""The logbook's before-and-after question (issue 18 item 1): who can do this work?

Every logbook asks it twice, the same way, so the teacher can count the class's ticks
before the activity and after it (``domain/measurement.py``): "een vrouw", "een man",
"allebei", "weet ik niet". Groep 6–8 also tick "zou jij dit werk later willen doen?" both
times. For Beeldenbrekers the pupils draw the professional before the guest comes and again
afterwards (the format's own drawing, ``draw_professional``). The teacher reads the
questions aloud in groep 1–2; the tick boxes carry words for the teacher to count by.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from beroepsplanner.domain.measurement import ANSWERS, WANT_LABELS

WHO_CAN = "Wie kan dit werk doen?"
WHO_LABELS: tuple[str, ...] = tuple(a.label for a in ANSWERS)
WOULD_YOU = "Zou jij dit werk later willen doen?"
BEELDENBREKERS = "beeldenbrekers"
"""The catalog key of the format whose pupils draw the professional before and after."""


class Pen(Protocol):
    young: bool

    def question(self, words: str, hint: str = "", lines: int = 0) -> None: ...

    def checklist(self, talents: Sequence[str], columns: int) -> None: ...

    def box(self, height: float) -> None: ...


def who_can_do_it(pen: Pen) -> None:
    """The measured question: one row of four tick boxes."""
    pen.question(WHO_CAN, "Zet een kruisje.")
    pen.checklist(WHO_LABELS, 4)


def would_you_want_it(pen: Pen) -> None:
    """Groep 6–8: would you want this work later? (the teacher counts the "ja")."""
    pen.question(WOULD_YOU, "Zet een kruisje.")
    pen.checklist(WANT_LABELS, 4)


def draw_professional(pen: Pen, height: float, *, after: bool) -> None:
    """Beeldenbrekers: the drawing of someone with this job, before or after the guest."""
    if after:
        pen.question("Teken nu iemand met dit beroep.", "Wat teken je nu anders?")
    else:
        pen.question("Hoe ziet iemand met dit beroep eruit?", "Teken wat die persoon doet.")
    pen.box(height)
