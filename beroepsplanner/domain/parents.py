"""The register of what parents offer, as plain data (issue 17 item 4; domain.md, "Partners").

Parents are the school's nearest network: many can tell about their job or open their
workplace. The school keeps, with the parent's consent, the minimum it needs to ask them:
a first name (the pupils' name rule, ``pupil_names.py``: no surname), the child's class,
the job and where the parent works (both optional), what the parent offers and the date of
consent (required). No address, no telephone number: the school reaches a parent through the
child. ``store/parents.py`` reads and writes these records; the window's register, the
chain builder's guest and ``suggest`` show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

JOB_MAX = 200
"""Longest job or company text (the database columns hold 200 characters)."""
NOTE_MAX = 1000
"""Longest note: a line or two ("liever op woensdag"), not a file about a person."""


class ParentOffer(StrEnum):
    """What a parent offers the school."""

    GUEST_LESSON = "guest_lesson"
    WORKPLACE_VISIT = "workplace_visit"
    ACCOMPANYING = "accompanying"
    EVENT_HELP = "event_help"

    @property
    def label(self) -> str:
        """Dutch, as the reply strip and the register say it."""
        return OFFER_LABELS[self]


OFFER_LABELS: dict[ParentOffer, str] = {
    ParentOffer.GUEST_LESSON: "gastles over het eigen beroep",
    ParentOffer.WORKPLACE_VISIT: "bezoek aan de werkplek",
    ParentOffer.ACCOMPANYING: "begeleiden bij uitjes",
    ParentOffer.EVENT_HELP: "helpen bij een techniekevenement",
}


@dataclass(frozen=True)
class ParentDetails:
    """A parent as the register's dialog edits it and the store saves it.

    ``profession`` is the key of a profession of the catalog (its world counts for the
    rules) or, when the job is not in the list, free text. ``company_id`` is a company of
    the network; ``company_text`` where the parent works otherwise (both may be empty).
    ``consent_date`` None is refused by the store: no row without the parent's consent.
    """

    first_name: str
    class_id: int
    consent_date: dt.date | None
    profession: str = ""
    company_id: int | None = None
    company_text: str = ""
    offers: frozenset[ParentOffer] = frozenset()
    counter_stereotypical: bool = False
    note: str = ""

    def offers_(self, offer: ParentOffer) -> bool:
        return offer in self.offers


@dataclass(frozen=True)
class ParentInfo:
    """A row of the register, in one school year: the parent with the child's class of
    that year (the class the parent was entered in, followed along its line)."""

    id: int
    first_name: str
    class_id: int
    """The child's class in the school year read (a split class: the first of its successors)."""
    class_name: str
    grade: int
    job: str
    """The profession's name or the free text; "" when unknown."""
    world: str | None
    """The world of technology or sector of the profession (None for free text)."""
    company: str
    """The network company's name or the free text; "" when unknown."""
    offers: frozenset[ParentOffer]
    consent_date: dt.date
    counter_stereotypical: bool = False
    note: str = ""
    role_model_id: int | None = None
    """The parent as a role model: what a chain links as its guest."""
    other_classes: tuple[str, ...] = ()
    """The other classes the child may be in this year (a class that was split)."""
    version: int = field(default=0, compare=False)
    """The parent's row version when read; a save sends it back (``store/row_versions.py``)."""

    @property
    def class_text(self) -> str:
        """``Groep 7a`` or, after a split, ``Groep 7a / Groep 7b``."""
        return " / ".join((self.class_name, *self.other_classes))


@dataclass(frozen=True)
class ParentGuest:
    """A chain in which the parent is (one of) the guests."""

    activity: str
    date: dt.date
    class_name: str


@dataclass(frozen=True)
class ParentData:
    """Everything the database holds about one parent (for the school's export)."""

    first_name: str
    class_name: str
    school_year: str
    job: str
    company: str
    offers: tuple[str, ...]
    """What the parent offers, in Dutch."""
    counter_stereotypical: bool
    consent_date: dt.date
    note: str
    guest_in: tuple[ParentGuest, ...] = ()
