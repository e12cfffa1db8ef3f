"""Small factories for the parent-letter and year-plan tests: documents without a database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from typing import Any

from pypdf import PdfReader

from beroepsplanner.domain.documents import (
    ChainBar,
    ChainDocument,
    ClassLine,
    RoleModelLine,
    YearPlanDocument,
)
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus

FIRST_MONDAY = dt.date(2026, 8, 31)


def visit(**changes: Any) -> ChainDocument:
    """A company visit of groep 4 with four companions needed; ``changes`` override fields."""
    document = ChainDocument(
        chain_id=1,
        school="Basisschool De Vlieger",
        school_year="2026-2027",
        class_name="Groep 4",
        grade=4,
        teacher="juf Esra",
        activity_key="bedrijfsbezoek",
        activity_title="Bedrijfsbezoek bakkerij",
        activity_kind=ActivityKind.COMPANY_VISIT,
        activity_description="De klas bezoekt een bakkerij. Leerlingen zien hoe brood wordt gemaakt.",
        provider="De school zelf",
        date=dt.date(2026, 11, 3),
        duration_minutes=120,
        company="Bakkerij Van den Hoek",
        company_place="Amersfoort",
        company_address="Langestraat 12",
        safety_notes="Haarnetjes op.",
        is_outing=True,
        companions_needed=4,
        role_models=(RoleModelLine("Kim van den Hoek", "Bakker"),),
    )
    return dataclasses.replace(document, **changes)


def reading(**changes: Any) -> ChainDocument:
    """A reading activity in class: no outing, no companions."""
    fields: dict[str, Any] = {
        "activity_title": "Lezen over beroepen",
        "activity_kind": ActivityKind.READING,
        "company": None,
        "company_place": "",
        "company_address": "",
        "is_outing": False,
        "companions_needed": 0,
        "role_models": (),
    }
    return visit(**(fields | changes))


def weeks(count: int = 46) -> tuple[dt.date, ...]:
    return tuple(FIRST_MONDAY + dt.timedelta(weeks=i) for i in range(count))


def days_off() -> dict[dt.date, str]:
    """Autumn week, two Christmas weeks (one day with two reasons) and a study day."""
    off: dict[dt.date, str] = {dt.date(2026, 9, 25): "Studiedag"}
    for start, days, name in ((dt.date(2026, 10, 19), 5, "Herfstvakantie"), (dt.date(2026, 12, 21), 12, "Kerstvakantie")):
        for i in range(days):
            day = start + dt.timedelta(days=i)
            if day.weekday() < 5:
                off[day] = name
    off[dt.date(2026, 12, 25)] = "Eerste kerstdag; Kerstvakantie"
    return off


def bar(title: str, activity: dt.date, status: ChainStatus = ChainStatus.PLANNED) -> ChainBar:
    """A chain with a preparation lesson a week before and a reflection lesson the next school day."""
    after = dt.timedelta(days=3 if activity.weekday() == 4 else 1)
    return ChainBar(title, activity, (activity - dt.timedelta(weeks=1),), (activity + after,), status)


def year_plan(classes: int, **changes: Any) -> YearPlanDocument:
    """A school of ``classes`` classes, each with three chains spread over the year."""
    lines = []
    for number in range(classes):
        grade = number % 8 + 1
        shift = -dt.timedelta(weeks=number % 3)
        lines.append(ClassLine(
            f"Klas {number + 1:02d}",
            grade,
            f"juf Nummer{number + 1}",
            (
                bar(f"Bezoek {number + 1} aan de garage", dt.date(2026, 10, 6) + shift, ChainStatus.DONE),
                bar(f"Gastles {number + 1} over de zorg", dt.date(2027, 2, 2) + shift),
                bar(f"Workshop {number + 1} ontwerpen", dt.date(2027, 5, 11) + shift, ChainStatus.CONCEPT),
            ),
        ))
    document = YearPlanDocument("Basisschool De Vlieger", "Midden", "2026-2027", weeks(), days_off(), tuple(lines))
    return dataclasses.replace(document, **changes)


def pdf_of(render: Any, document: Any, **options: Any) -> PdfReader:
    out = io.BytesIO()
    pages = render(document, out, **options)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert pages == len(reader.pages)
    return reader


def page_text(reader: PdfReader, index: int | None = None) -> str:
    """Extracted text with runs of white space (line breaks too) as one space."""
    pages = reader.pages if index is None else [reader.pages[index]]
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def font_names(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names
