"""The logbook's pages for a task during the activity (``ChainDocument.tasks``).

A task is a catalog item pupils do during a company visit (the Medewerkerspaspoort:
they interview employees about their tasks and the talents they use). Each task adds
``TASK_PAGES`` (two) pages to every pupil's logbook, after the chain's own pages, so a
logbook keeps an even number of pages and a class set printed on both sides stays apart.
The Medewerkerspaspoort gets a passport per employee (two employees); any other task a
page to note what the pupil did and one to draw it.

Drawn with the logbook's own pen (``logbook._Pen``), which this module knows only by the
methods it uses (``Pen``): ``logbook.py`` imports this module, not the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from reportlab.lib.units import mm

from beroepsplanner.domain.documents import TASK_PAGES, TaskSheet


class Pen(Protocol):
    """The part of the logbook's pen a task page draws with."""

    young: bool

    def band(self, part: str, title: str, hint: str = "") -> None: ...
    def question(self, words: str, hint: str = "", lines: int = 0) -> None: ...
    def note(self, words: str, most: int = 2) -> None: ...
    def box(self, height: float) -> None: ...
    def checklist(self, talents: Sequence[str], columns: int) -> None: ...
    def strip(self, words: str) -> None: ...


TaskPage = tuple[tuple[str, ...], Callable[[Pen, str], None]]
"""As the logbook's pages: the parts the header's dates show, and the body."""

PASSPORT_KEY = "medewerkerspaspoort"



def task_pages(
    task: TaskSheet, talents: Sequence[str], young_talents: Sequence[str]
) -> tuple[TaskPage, ...]:
    """The ``TASK_PAGES`` pages of ``task`` in a pupil's logbook; ``talents`` and
    ``young_talents`` are the logbook's own lists to tick (the same words as its pages)."""
    pages = _passport(task, talents, young_talents) if task.key == PASSPORT_KEY else _any_task(task)
    assert len(pages) == TASK_PAGES
    return pages


def _passport(
    task: TaskSheet, talents: Sequence[str], young_talents: Sequence[str]
) -> tuple[TaskPage, ...]:
    title = task.title_for_pupils

    def employee(number: int) -> Callable[[Pen, str], None]:
        def body(pen: Pen, word: str) -> None:
            pen.band("tijdens", f"{title}: medewerker {number}", f"tijdens {word}")
            if number == 1:
                pen.note("Interview twee medewerkers over hun werk. Vraag wat ze doen en wat ze goed kunnen.")
            if pen.young:
                pen.question("Hoe heet de medewerker? Wat is het beroep?", lines=2)
                pen.question("Wat doet de medewerker op een werkdag?", lines=2)
                pen.question("Wat kan de medewerker goed?", "Zet een kruisje.")
                pen.checklist(young_talents, 3)
                pen.question("Teken de medewerker aan het werk.")
                pen.box(45 * mm)
            else:
                pen.question("Naam en functie", lines=1)
                pen.question("Welke taken heb je op een werkdag?", lines=3)
                pen.question("Welke talenten gebruik je daarbij?", "Zet een vinkje.")
                pen.checklist(talents, 4)
                pen.question("Wat heb je daarvoor geleerd? Welke opleiding heb je gedaan?", lines=2)
                pen.question("Wat vind je het leukst aan je werk?", lines=2)
            if number == 2:
                pen.question("Welk talent van deze medewerkers heb jij ook?", lines=1 if pen.young else 2)
            pen.strip("Iedereen heeft talenten. Welke zijn de jouwe?")  # noqa: B005 - the pen's band, not str.strip

        return body

    return ((("tijdens",), employee(1)), (("tijdens",), employee(2)))


def _any_task(task: TaskSheet) -> tuple[TaskPage, ...]:
    title = task.title_for_pupils

    def what(pen: Pen, word: str) -> None:
        pen.band("tijdens", f"Opdracht: {title}", f"tijdens {word}")
        pen.question("Wat was de opdracht?", lines=2)
        pen.question("Wat heb je gedaan? Met wie?", lines=3)
        pen.question("Wat heb je ontdekt of geleerd?", lines=3)
        pen.question("Wat was moeilijk? Hoe heb je het opgelost?", lines=3)

    def drawing(pen: Pen, word: str) -> None:
        pen.band("tijdens", f"Opdracht: {title}", "teken of plak")
        pen.question("Teken wat je hebt gemaakt of ontdekt.")
        pen.box(150 * mm)
        pen.strip("Dit kun je leren! Oefenen maakt je steeds beter.")  # noqa: B005 - the pen's band, not str.strip

    return ((("tijdens",), what), (("tijdens",), drawing))
