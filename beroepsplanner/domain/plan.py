"""Plain views of classes and chains, as lists and exports show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner.domain.kinds import ChainStatus


@dataclass(frozen=True)
class ClassSummary:
    id: int
    name: str
    grade: int
    teacher: str
    school_year: str
    pupils: int


@dataclass(frozen=True)
class ChainSummary:
    id: int
    class_name: str
    grade: int
    school_year: str
    activity_key: str
    activity_title: str
    company: str | None
    date: dt.date
    status: ChainStatus
    preparation_dates: tuple[dt.date, ...]
    reflection_dates: tuple[dt.date, ...]
