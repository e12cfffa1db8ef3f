"""Issue 12, items 6, 8 and 10 on paper: the pupils' own title, groep 1–2 without writing
lines, whole names in every running head and foot, and the PDFs' language, subject and
title."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pypdf
import pytest

from beroepsplanner.domain.documents import ChainDocument, logbook_pages, pupil_title_of
from beroepsplanner.printing import logbook
from beroepsplanner.printing.lessons import render_lesson_sheets
from beroepsplanner.printing.letter import render_parent_letter
from beroepsplanner.printing.logbook import pages_per_logbook, render_logbooks
from beroepsplanner.printing.yearplan import render_year_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.documents import year_plan_document

from .conftest import chain

SCHOOL = "Openbare Basisschool De Regenboog-Noord"
CLASS = "Groep 7/8 – juf Ayşe & meester Łukasz"


def long_names(document: ChainDocument) -> ChainDocument:
    return dataclasses.replace(
        document, school=SCHOOL, class_name=CLASS, teacher="juf Ayşe & meester Łukasz",
        date=dt.date(2026, 12, 14), pupils=document.pupils[:2],
    )


def pdf_bytes(render, document, **options) -> bytes:
    out = io.BytesIO()
    render(document, out, **options)
    return out.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


# --- the pupils' title ---------------------------------------------------------------


def test_pupil_title_wins_and_falls_back_to_the_title_without_brackets() -> None:
    assert pupil_title_of("Onderzoekers aan het werk", "Imagination at work") == "Onderzoekers aan het werk"
    assert pupil_title_of("", "Gastles techniek (TechYourFuture)") == "Gastles techniek"
    assert pupil_title_of("  ", "Maakkunde (groep 1 t/m 4)") == "Maakkunde"
    assert pupil_title_of("", "(C3)") == "(C3)"  # nothing else to show


def test_a_childs_header_shows_the_pupil_title_never_the_provider_or_english(demo_chains, read_pdf):
    imagination = chain(demo_chains, "Groep 8", "Imagination at work")
    assert imagination.pupil_title == "Onderzoekers aan het werk"
    printed = read_pdf(pdf_bytes(render_logbooks, [dataclasses.replace(imagination, pupils=("Zoë",))]))
    for page in printed.pages:
        assert "Onderzoekers aan het werk" in page.splitlines()
        assert "Imagination" not in page and "C3" not in page
    visit = chain(demo_chains, "Groep 6a", "Bedrijfsbezoek maakbedrijf (TechYourFuture)")
    printed = read_pdf(pdf_bytes(render_logbooks, [dataclasses.replace(visit, pupils=("Zoë",))]))
    assert all("TechYourFuture" not in page for page in printed.pages)
    assert visit.title_for_pupils in printed.page(0).splitlines()


def test_without_a_pupil_title_the_header_drops_the_provider(demo_chains, read_pdf):
    visit = chain(demo_chains, "Groep 6a", "Bedrijfsbezoek maakbedrijf (TechYourFuture)")
    plain = dataclasses.replace(visit, pupil_title="", pupils=("Zoë",))
    printed = read_pdf(pdf_bytes(render_logbooks, [plain]))
    assert "Bedrijfsbezoek maakbedrijf" in printed.page(0).splitlines()
    assert "TechYourFuture" not in printed.page(0)


# --- groep 1-2: drawing and colouring only ----------------------------------------------


def test_groep_1_and_2_get_no_writing_lines_but_groep_3_does(demo_chains, monkeypatch):
    drawn: dict[int, int] = {}
    original = logbook._Pen.lines

    def counting(pen, count):
        if not isinstance(pen.c, logbook._Blank):
            drawn[grade] = drawn.get(grade, 0) + count
        original(pen, count)

    monkeypatch.setattr(logbook._Pen, "lines", counting)
    for grade, name in ((1, "Groep 1"), (2, "Groep 2"), (3, "Groep 3")):
        document = dataclasses.replace(demo_chains[name][0], pupils=("Zoë",))
        assert document.grade == grade
        render_logbooks([document], io.BytesIO())
    assert drawn.get(1, 0) == 0 and drawn.get(2, 0) == 0
    assert drawn[3] > 0


def test_the_kleuter_logbook_asks_to_draw_colour_and_tick(demo_chains, read_pdf):
    # Not Beeldenbrekers: those draw the professional instead (test_logbook_measure.py).
    first = next(d for d in demo_chains["Groep 1"] if d.activity_key != "beeldenbrekers")
    document = dataclasses.replace(first, pupils=("Zoë",))
    printed = read_pdf(pdf_bytes(render_logbooks, [document], blank_copy=False))
    assert len(printed) == pages_per_logbook(document) == 4
    everything = flat(" ".join(printed.pages))
    for phrase in ("Kleur het gezichtje.", "Teken het.", "Teken wat je zag.", "Zet een kruisje.",
                   "Teken jezelf aan het werk."):
        assert phrase in everything
    for writing in ("Wat weet je al over dit werk?", "Wat wil je vragen?", "Welk werk zag je?"):
        assert writing not in everything


@pytest.mark.parametrize("grade", range(1, 9))
def test_the_page_count_is_known_before_printing(demo_chains, grade):
    document = dataclasses.replace(demo_chains["Groep 7"][0], grade=grade, pupils=("A", "B", "C"))
    assert pages_per_logbook(document) == logbook_pages(grade)
    pages = render_logbooks([document], io.BytesIO())
    assert pages == document.logbook_pages() == 4 * logbook_pages(grade)


# --- whole names in the running heads and feet -------------------------------------


def test_lesson_sheet_footer_and_header_keep_long_names_and_the_date_whole(demo_chains, read_pdf):
    document = long_names(chain(demo_chains, "Groep 7", "Bedrijfsbezoek (Jet-Net & TechNet)"))
    printed = read_pdf(pdf_bytes(render_lesson_sheets, document))
    for index in range(len(printed)):
        page = flat(printed.page(index))
        assert "op 14 december 2026" in page
        assert f"{SCHOOL} · schooljaar {document.school_year}" in page
        assert CLASS in page
        assert f"bladzijde {index + 1} van {len(printed)}" in page
        assert "…" not in page


def test_logbook_header_and_footer_keep_long_names_whole(demo_chains, read_pdf):
    for document in (chain(demo_chains, "Groep 7", "Bedrijfsbezoek (Jet-Net & TechNet)"),
                     chain(demo_chains, "Groep 3", "Bedrijfsbezoek (Zikke)")):
        printed = read_pdf(pdf_bytes(render_logbooks, [long_names(document)]))
        for page in printed.pages:
            assert CLASS in page.splitlines()
            assert f"{SCHOOL} · schooljaar {document.school_year}" in flat(page)
            assert "…" not in page


def test_the_year_plan_of_a_class_with_a_long_name_shows_it_whole(tmp_path, read_pdf):
    database = open_database(tmp_path / "demo.db")
    try:
        from beroepsplanner.store.demo import build_demo

        build_demo(database, "small")
        with database.session() as session:
            document = year_plan_document(session, "Groep 7")
    finally:
        database.close()
    line = dataclasses.replace(document.classes[0], name=CLASS)
    printed = read_pdf(pdf_bytes(render_year_plan, dataclasses.replace(document, school=SCHOOL, classes=(line,))))
    text = flat(printed.page(0))
    assert "Groep 7/8 – juf Ayşe &" in text and "meester Łukasz" in text
    assert "Groep 7/8 – juf Ayşe & me…" not in text


# --- the PDF's language, subject and title ------------------------------------------------


def metadata(pdf: bytes) -> tuple[str, str, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    language = str(reader.trailer["/Root"].get("/Lang", ""))
    info = reader.metadata
    return language, str(info.title or ""), str(info.subject or "")


def test_every_document_says_its_language_subject_and_own_title(demo_chains, tmp_path):
    visit = chain(demo_chains, "Groep 7", "Bedrijfsbezoek (Jet-Net & TechNet)")
    database = open_database(tmp_path / "demo.db")
    try:
        from beroepsplanner.store.demo import build_demo

        build_demo(database, "small")
        with database.session() as session:
            class_plan = year_plan_document(session, "Groep 7")
            school_plan = year_plan_document(session)
    finally:
        database.close()
    documents = {
        "logbooks": pdf_bytes(render_logbooks, [dataclasses.replace(visit, pupils=("Zoë",))]),
        "lessons": pdf_bytes(render_lesson_sheets, visit),
        "letter": pdf_bytes(render_parent_letter, visit),
        "class plan": pdf_bytes(render_year_plan, class_plan),
        "school plan": pdf_bytes(render_year_plan, school_plan),
    }
    seen_titles = set()
    for name, pdf in documents.items():
        language, title, subject = metadata(pdf)
        assert language == "nl-NL", name
        assert subject and "unspecified" not in subject, name
        assert title and "untitled" not in title, name
        seen_titles.add(title)
    assert len(seen_titles) == len(documents)  # each its own title
    logbook_title = metadata(documents["logbooks"])[1]
    assert "Groep 7" in logbook_title and visit.activity_title in logbook_title
    assert "Groep 7" in metadata(documents["class plan"])[1]
    assert "Groep 7" in metadata(documents["lessons"])[1]
    assert visit.school in metadata(documents["school plan"])[1]
