"""Sentences the paper of one chain shares: what the activity is and whom and what the
pupils meet, true of the company actually chosen (domain.md, "Partners": the company's own
professions, worlds and safety notes, never a catalog default that does not apply)."""

from __future__ import annotations

from collections.abc import Iterable

from beroepsplanner.dates import dutch_date, dutch_period
from beroepsplanner.domain.documents import ChainDocument, RoleModelLine


def activity_days(document: ChainDocument, *, weekday: bool = False) -> str:
    """The activity's day (``woensdag 11 november 2026``) or, when it lasts several days, its
    days (``van 5 tot en met 9 oktober 2026``)."""
    if document.end_date is None:
        return dutch_date(document.date, weekday=weekday)
    return dutch_period(document.date, document.end_date, weekday=weekday)


def on_days(document: ChainDocument, *, weekday: bool = False) -> str:
    """``op woensdag 11 november 2026`` or ``van 5 tot en met 9 oktober 2026``: the activity's
    days after a verb ("de workshop op ...", "het project van ... tot en met ...")."""
    days = activity_days(document, weekday=weekday)
    return days if document.end_date is not None else f"op {days}"


def about(document: ChainDocument) -> str:
    """What the activity is, in a sentence or two: the chosen company's own description (none
    at all when it has none: a catalog default of another kind of company would not be true
    of this visit), else the catalog's description of the activity."""
    if document.company:
        return opening(document.company_description) if document.company_description.strip() else ""
    return opening(document.activity_description) if document.activity_description else ""


def and_list(items: Iterable[str]) -> str:
    """``a, b en c``."""
    names = list(items)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def lower_first(name: str) -> str:
    """'Bakker' → 'bakker' in running text; 'CNC-verspaner' stays as written."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def opening(description: str, sentences: int = 2, limit: int = 420) -> str:
    """The first sentences of a catalog description: what the activity is.

    Later sentences are often advice to the teacher, not news for parents.
    """
    parts = description.replace("\n", " ").split(". ")
    start = ". ".join(parts[:sentences]).strip()
    if len(parts) > sentences and not start.endswith((".", "!", "?")):
        start += "."
    if len(start) > limit:
        start = start[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return start


def parent_guest(doc: ChainDocument) -> RoleModelLine | None:
    """The parent of the register who is the chain's guest, when the chain has no company:
    the paper names the guest where it would name a company (issue 17 item 4)."""
    if doc.company:
        return None
    return next((r for r in doc.role_models if r.parent), None)


def guest_text(guest: RoleModelLine) -> str:
    """``Fatima (verpleegkundige)``: the guest's first name and job, as plain text."""
    return guest.name + (f" ({lower_first(guest.profession)})" if guest.profession else "")


def meets_line(doc: ChainDocument) -> str:
    """Who and what the pupils meet, as their logbook says it: the role models by name and
    profession, the other professions and the worlds (``ChainDocument.professions`` and
    ``worlds``: the company's, else the activity's own); empty when nothing is known."""
    parts = []
    people = [r.name + (f" ({r.profession})" if r.profession else "") for r in doc.role_models[:3]]
    if people:
        parts.append("Je ontmoet " + and_list(people) + ".")
    jobs = {r.profession for r in doc.role_models[:3] if r.profession}
    others = [p for p in doc.professions if p not in jobs][:5]
    if others:
        parts.append(("Ook deze beroepen: " if people else "Beroepen: ") + ", ".join(others) + ".")
    if doc.worlds:
        parts.append(("Wereld: " if len(doc.worlds) == 1 else "Werelden: ") + ", ".join(doc.worlds) + ".")
    return " ".join(parts)

