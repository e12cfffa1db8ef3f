"""The year plan: classes' chains on a timeline of school weeks, one A3 sheet for the whole school."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader

from beroepsplanner.domain.documents import ChainBar, ClassLine, YearPlanDocument
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.printing.styles import dutch_date
from beroepsplanner.printing.yearplan import render_year_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import year_plan_document
from tests.printing.letter_yearplan_data import bar, font_names, page_text, pdf_of, year_plan

A3_LANDSCAPE = (1190.55, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[YearPlanDocument, YearPlanDocument]:
    database = open_database(tmp_path_factory.mktemp("yearplan") / "demo.db")
    build_demo(database, "small")
    with database.session() as session:
        return year_plan_document(session), year_plan_document(session, "Groep 7")


def plan(document: YearPlanDocument) -> PdfReader:
    return pdf_of(render_year_plan, document, printed=dt.date(2026, 10, 12))


def size(reader: PdfReader, index: int = 0) -> tuple[float, float]:
    box = reader.pages[index].mediabox
    return float(box.width), float(box.height)


def with_class(document: YearPlanDocument, *chains: ChainBar, name: str = "Groep 5") -> YearPlanDocument:
    return dataclasses.replace(document, classes=(ClassLine(name, 5, "meester Tim", chains),))


def label_heights(reader: PdfReader, *labels: str) -> dict[str, float]:
    """The height on the page at which each of ``labels`` is drawn."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() in labels:
            found.setdefault(text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5])  # the chart comes first

    reader.pages[0].extract_text(visitor_text=visit)
    return found


def test_whole_school_is_one_a3_landscape_sheet(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    school, _ = demo
    assert len(school.classes) == 9
    reader = plan(school)
    assert len(reader.pages) == 1
    assert size(reader) == pytest.approx(A3_LANDSCAPE, abs=0.1)


def test_sixteen_classes_still_fit_one_a3_sheet() -> None:
    reader = plan(year_plan(16))
    assert len(reader.pages) == 1
    assert size(reader) == pytest.approx(A3_LANDSCAPE, abs=0.1)
    words = page_text(reader)
    for number in range(1, 17):
        assert f"Klas {number:02d}" in words


def test_one_class_prints_on_a4_landscape(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    _, groep7 = demo
    reader = plan(groep7)
    assert all(size(reader, i) == pytest.approx(A4_LANDSCAPE, abs=0.1) for i in range(len(reader.pages)))


def test_title_names_school_year_and_region(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    words = page_text(plan(demo[0]))
    assert "Jaarplanning beroepsoriëntatie Basisschool De Vlieger — schooljaar 2026-2027" in words
    assert "regio Midden" in words


def test_every_class_and_chain_is_on_the_school_sheet(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    school, _ = demo
    words = page_text(plan(school))
    for line in school.classes:
        assert line.name in words
        assert f"groep {line.grade}" in words
        for chain in line.chains:
            title = chain.activity_title
            shortened = any(title[:k].rstrip() + "…" in words for k in range(12, len(title)))
            assert title in words or shortened, title


def test_class_plan_lists_its_chains_with_their_dates(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    _, groep7 = demo
    words = page_text(plan(groep7))
    assert "Ketens van Groep 7" in words
    for chain in groep7.classes[0].chains:
        assert chain.activity_title in words
        assert dutch_date(chain.date, weekday=True) in words


def test_holidays_and_study_days_are_named(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    for document in demo:
        words = page_text(plan(document))
        for name in ("Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Studiedag"):
            assert name in words


def test_a_holiday_of_two_weeks_is_named_once_by_its_most_common_reason() -> None:
    words = page_text(plan(year_plan(3)))
    assert words.count("Kerstvakantie") == 1
    assert "Eerste kerstdag" not in words


def test_weeks_carry_iso_numbers_and_months(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    words = page_text(plan(demo[0]))
    for label in ("september", "januari 2027", "36", "53", "1-3"):
        assert label in words


def test_overlapping_chains_of_a_class_are_stacked_in_sub_rows() -> None:
    document = with_class(
        year_plan(1),
        bar("Eerste keten", dt.date(2026, 11, 10)),
        bar("Tweede keten", dt.date(2026, 11, 11)),
    )
    reader = plan(document)
    heights = label_heights(reader, "Eerste keten", "Tweede keten")
    assert set(heights) == {"Eerste keten", "Tweede keten"}  # both printed in full
    assert abs(heights["Eerste keten"] - heights["Tweede keten"]) > 5


def test_chains_far_apart_share_one_row() -> None:
    document = with_class(year_plan(1), bar("Herfst", dt.date(2026, 10, 6)), bar("Lente", dt.date(2027, 4, 6)))
    heights = label_heights(plan(document), "Herfst", "Lente")
    assert heights["Herfst"] == pytest.approx(heights["Lente"])


def test_concept_chains_are_drawn_dashed(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    school, _ = demo
    concepts = sum(c.status is ChainStatus.CONCEPT for line in school.classes for c in line.chains)
    assert concepts > 0
    stream = plan(school).pages[0].get_contents().get_data().decode("latin-1")
    assert stream.count("[2 1.5] 0 d") == concepts + 1  # and once in the legend


def test_legend_explains_the_tones(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    words = page_text(plan(demo[0]))
    for entry in ("voorbereidingsles", "activiteit", "reflectieles", "concept", "schoolvakantie", "studiedag", "✓ uitgevoerd"):
        assert entry in words


def test_names_and_markup_characters_print_as_written() -> None:
    document = with_class(
        year_plan(1),
        bar("Ayşe & Nguyễn <b>bouwen</b>", dt.date(2026, 11, 10)),
        name="Sem & Daan <3",
    )
    document = dataclasses.replace(document, school="Basisschool Łąka & Şirin")
    words = page_text(plan(document))
    for written in ("Sem & Daan <3", "Ayşe & Nguyễn <b>bouwen</b>", "Basisschool Łąka & Şirin"):
        assert written in words
    assert "&amp;" not in words


def test_year_plan_embeds_dejavu_and_no_helvetica(demo: tuple[YearPlanDocument, YearPlanDocument]) -> None:
    for document in demo:
        fonts = font_names(plan(document))
        assert any("DejaVuSans" in name for name in fonts)
        assert not any("Helvetica" in name for name in fonts)


def test_a_class_without_chains_says_so() -> None:
    document = with_class(year_plan(1))
    words = page_text(plan(document))
    assert "nog geen ketens" in words
    assert "Deze klas heeft nog geen ketens." in words


def test_many_chains_continue_the_class_list_on_a_second_a4_page() -> None:
    chains = tuple(bar(f"Keten nummer {i}", dt.date(2026, 9, 1) + dt.timedelta(weeks=i)) for i in range(30))
    reader = plan(with_class(year_plan(1), *chains))
    assert len(reader.pages) >= 2
    assert all(size(reader, i) == pytest.approx(A4_LANDSCAPE, abs=0.1) for i in range(len(reader.pages)))
    words = page_text(reader)
    assert all(f"Keten nummer {i}" in words for i in range(30))


def test_a_year_without_school_weeks_still_prints() -> None:
    reader = plan(dataclasses.replace(year_plan(2), weeks=()))
    assert len(reader.pages) == 1
    assert "geen schoolweken" in page_text(reader)
