"""The evaluation of one chain, as plain data (issue 17 item 2, issue 18 item 2).

One evaluation per chain with two sides, both entered by the teacher in the chain builder
once the activity's day has come:

* **the teacher's**: what went well, what pupils asked, which people and jobs they met,
  whether the preparation helped and whether the reflection reached attitudes (yes /
  partly / no), and whether to do this again next year (yes / no / unsure);
* **the company's**: its answers on the printed form (``print evaluation``) as the teacher
  copies them: what went well, what pupils asked them, whether they want to receive a
  class again next year (yes / no / unsure), and remarks.

The contact person of the company at the time is kept with it (a copy, taken when the
evaluation is first saved), so the company's history still names who received the class
after the company's contacts change. A few fields, not a survey tool; no pupil's name
belongs here (the window says so beside the text fields).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from enum import StrEnum

from beroepsplanner.domain.kinds import ChainStatus


class Degree(StrEnum):
    """How far something worked: did the preparation help, did the reflection reach
    attitudes."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"

    @property
    def label(self) -> str:
        return DEGREE_LABELS[self]


DEGREE_LABELS: dict[Degree, str] = {Degree.YES: "ja", Degree.PARTLY: "deels", Degree.NO: "nee"}


class Again(StrEnum):
    """Again next year?"""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"

    @property
    def label(self) -> str:
        return AGAIN_LABELS[self]


AGAIN_LABELS: dict[Again, str] = {Again.YES: "ja", Again.NO: "nee", Again.UNSURE: "weet nog niet"}

TEXT_MAX = 1000
"""The longest text of one field: a few sentences, never an essay."""

TEXT_FIELDS: dict[str, str] = {
    "went_well": "wat ging goed (leerkracht)",
    "pupils_asked": "wat vroegen de leerlingen (leerkracht)",
    "people_met": "welke mensen en beroepen (leerkracht)",
    "company_went_well": "wat ging goed (bedrijf)",
    "company_pupils_asked": "wat vroegen de leerlingen (bedrijf)",
    "company_remarks": "opmerkingen van het bedrijf",
}
"""The free-text fields with the Dutch name a message uses."""


@dataclass(frozen=True)
class EvaluationAnswers:
    """What the teacher entered: the teacher's side, then the company's (``company_*``).
    All defaults: nothing entered (no evaluation is kept for it)."""

    went_well: str = ""
    pupils_asked: str = ""
    people_met: str = ""
    """Which people and jobs the pupils met."""
    preparation_helped: Degree | None = None
    reflection_attitudes: Degree | None = None
    """Did the reflection reach attitudes and stereotypes, not only facts?"""
    again: Again | None = None
    """The teacher: do this again next year?"""
    company_went_well: str = ""
    company_pupils_asked: str = ""
    company_again: Again | None = None
    """The company: receive a class again next year?"""
    company_remarks: str = ""

    @property
    def is_empty(self) -> bool:
        return self == EvaluationAnswers()

    @property
    def has_company_answers(self) -> bool:
        return bool(
            self.company_went_well or self.company_pupils_asked or self.company_again
            or self.company_remarks
        )

    def cleaned(self) -> EvaluationAnswers:
        """Every text trimmed (line breaks inside stay)."""
        values = {
            f.name: getattr(self, f.name).strip() if f.name in TEXT_FIELDS else getattr(self, f.name)
            for f in fields(self)
        }
        return EvaluationAnswers(**values)


@dataclass(frozen=True)
class ChainEvaluation:
    """A stored evaluation of one chain."""

    chain_id: int
    answers: EvaluationAnswers
    contact_name: str = ""
    """The company's contact person when the evaluation was first saved ("" when none)."""
    contact_role: str = ""
    evaluated_on: dt.date | None = None
    """The day it was last saved."""
    version: int | None = None
    """The row's version when read: a save sends it back (``store/row_versions.py``)."""


@dataclass(frozen=True)
class EvaluationSheet:
    """What the chain builder's evaluation part shows about one saved chain."""

    chain_id: int
    class_name: str
    school_year: str
    activity_title: str
    date: dt.date
    status: ChainStatus
    company: str | None
    """The chain's company (None: the chain has no company; its side stays empty)."""
    contact_now: str = ""
    """The company's contact person now: what a first save keeps."""
    evaluation: ChainEvaluation | None = None

    def opens(self, today: dt.date) -> bool:
        """The evaluation can be filled in from the activity's day on."""
        return self.date <= today


@dataclass(frozen=True)
class EvaluatedChain:
    """A chain with its evaluation (or none yet), as lists and reports read them: the
    company's history, the evaluations of a school year."""

    chain_id: int
    school_year: str
    class_name: str
    grade: int
    activity_title: str
    date: dt.date
    status: ChainStatus
    company_id: int | None = None
    company: str | None = None
    evaluation: ChainEvaluation | None = None


@dataclass(frozen=True)
class EvaluationDocument:
    """What the two printed evaluation forms need (``printing/evaluation.py``)."""

    chain_id: int
    school: str
    school_year: str
    class_name: str
    grade: int
    teacher: str
    activity_title: str
    date: dt.date
    pupils: int = 0
    company: str | None = None
    company_place: str = ""
    contact_name: str = ""
    answers: EvaluationAnswers | None = None
    """The teacher's answers entered so far: the teacher's form shows them (the company's
    form is always blank)."""


@dataclass(frozen=True)
class PastAnswer:
    """The newest "again next year?" of one side (the company, or the teacher) about one
    company, and the school year of the chain it was given for (what ``suggest`` weighs)."""

    again: Again
    school_year: str


def contact_text(name: str, role: str) -> str:
    """``Anna de Vries (teamleider)``; "" without a name."""
    if not name:
        return ""
    return f"{name} ({role})" if role else name


def degree_from(value: object) -> Degree | None:
    """A stored value as a ``Degree``; None for none or an unknown value."""
    try:
        return Degree(str(value)) if value is not None else None
    except ValueError:
        return None


def again_from(value: object) -> Again | None:
    """A stored value as an ``Again``; None for none or an unknown value."""
    try:
        return Again(str(value)) if value is not None else None
    except ValueError:
        return None


def previous_school_year(label: str) -> str:
    """``2026-2027`` → ``2025-2026``."""
    first = int(label[:4])
    return f"{first - 1}-{first}"
