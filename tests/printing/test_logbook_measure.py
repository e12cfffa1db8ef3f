"""The logbook's before-and-after question (issue 18 item 1): every age is asked "wie kan
dit werk doen?" the same way before the activity and after it, groep 6–8 also "zou jij dit
werk later willen doen?"; Beeldenbrekers draw the professional before and after. The pages
stay as many as before (printing on both sides), every tick box the teacher counts by."""

from __future__ import annotations

import dataclasses
import io

import pytest

from beroepsplanner.domain.documents import ChainDocument, logbook_pages
from beroepsplanner.domain.measurement import ANSWERS, WANT_LABELS
from beroepsplanner.printing.logbook import render_logbooks
from beroepsplanner.printing.logbook_measure import WHO_CAN, WOULD_YOU

from .conftest import PrintedPdf


def printed(document: ChainDocument, read_pdf) -> PrintedPdf:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    one = dataclasses.replace(document, pupils=document.pupils[:1])
    assert render_logbooks([one], out, blank_copy=False) == logbook_pages(document.grade)
    return read_pdf(out.getvalue())


@pytest.fixture
def by_age(demo_chains) -> dict[str, ChainDocument]:  # type: ignore[no-untyped-def]
    """A chain of groep 1–2 (draw only), 3–5 (draw and write), 6–8 (write)."""
    every = [d for documents in demo_chains.values() for d in documents]
    return {
        "drawing": next(d for d in every if d.grade <= 2),
        "young": next(d for d in every if 3 <= d.grade <= 5),
        "older": next(d for d in every if d.grade >= 6),
    }


def pages_asking(pdf: PrintedPdf, words: str) -> list[int]:
    return [i for i in range(len(pdf)) if words in pdf.flat(i)]


@pytest.mark.parametrize("age", ["drawing", "young", "older"])
def test_every_age_is_asked_who_can_do_this_work_before_and_after(by_age, read_pdf, age: str) -> None:
    pdf = printed(by_age[age], read_pdf)
    asked = pages_asking(pdf, WHO_CAN)
    # Once on the page before the activity, once on the page after it.
    assert len(asked) == 2
    assert "Voor " in pdf.flat(asked[0]) and "Na " in pdf.flat(asked[1])
    for page in asked:
        lines = pdf.page(page).splitlines()
        for answer in ANSWERS:
            assert answer.label in lines
    wants = pages_asking(pdf, WOULD_YOU)
    if age == "older":
        assert wants == asked
        assert all(label in pdf.page(asked[0]).splitlines() for label in WANT_LABELS)
    else:
        assert wants == []  # the young have their own smileys for "wil je dit proberen?"


@pytest.mark.parametrize("age", ["drawing", "young", "older"])
def test_beeldenbrekers_draw_the_professional_before_and_after(by_age, read_pdf, age: str) -> None:
    document = dataclasses.replace(by_age[age], activity_key="beeldenbrekers")
    pdf = printed(document, read_pdf)
    before = pages_asking(pdf, "Hoe ziet iemand met dit beroep eruit?")
    after = pages_asking(pdf, "Teken nu iemand met dit beroep.")
    assert len(before) == 1 and len(after) == 1 and before[0] < after[0]
    assert len(pages_asking(pdf, WHO_CAN)) == 2
    # Other formats are not asked to draw the professional.
    plain = printed(dataclasses.replace(by_age[age], activity_key="bedrijfsbezoek"), read_pdf)
    assert pages_asking(plain, "Hoe ziet iemand met dit beroep eruit?") == []
