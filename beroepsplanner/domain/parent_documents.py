"""What the paper for parents beyond the letter shows, as plain frozen data (issue 17 item
5; domain.md, "Partners"): the sheet with the seven worlds of technology and the card for
home after an activity. ``store/parent_documents.py`` builds these; ``printing/`` draws them.

The card for home is for after the activity: ``homecard_refusal`` is the one rule of when a
chain has one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.problems import Problem

BEELDENBREKERS = "beeldenbrekers"
"""The catalog key of VHTO's Beeldenbrekers: its drawing goes home with tips for parents."""


@dataclass(frozen=True)
class WorldExample:
    """One world of technology on the parents' sheet, with professions of the catalog."""

    number: int
    name: str
    professions: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorldsSheetDocument:
    """The seven worlds of technology for parents, and the sectors beside them."""

    school: str
    worlds: tuple[WorldExample, ...]
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class HomeCardDocument:
    """The card for home of one chain: the chain's paper data and the pupils who get one
    (those not marked absent in the pupils' record, in the class's order)."""

    chain: ChainDocument
    pupils: tuple[str, ...]

    @property
    def beeldenbrekers(self) -> bool:
        return self.chain.activity_key == BEELDENBREKERS

    @property
    def young(self) -> bool:
        """Groep 1–4 get simpler questions for the dinner table."""
        return self.chain.grade <= 4


def homecard_refusal(status: ChainStatus, date: dt.date, today: dt.date) -> Problem | None:
    """Why a chain has no card for home yet (a Dutch sentence with its key), None when it
    has one: the card tells what the class did and saw, so the activity must have taken
    place (today or earlier), and a concept chain may still change its date, company or
    people."""
    if status is ChainStatus.CONCEPT:
        return Problem(
            "Deze keten is nog een concept; de kaart voor thuis vertelt wat de klas echt "
            "deed en zag. Zet de keten eerst op gepland of uitgevoerd.",
            key="homecard-concept",
        )
    if date > today:
        shown = date.strftime("%d-%m-%Y")
        return Problem(
            f"De kaart voor thuis is voor na de activiteit, en die is pas op {shown}. "
            "Print de kaart op of na die dag.",
            key="homecard-before-activity",
            date=shown,
        )
    return None
