"""The pupils' logbooks: same pages for every pupil, the right questions, names as written."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.printing.logbook import TALENTS, pages_per_logbook, render_logbooks
from beroepsplanner.printing.styles import dutch_date

from .conftest import PrintedPdf, chain

NAMES = ("Ayşe", "Łukasz", "Nguyễn Thị Ánh", "Jiří", "İlayda", "Sem & Daan <3", "Zoë", "Ğökhan Ž.")


def render(documents: list[ChainDocument], **options: object) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render_logbooks(documents, out, **options)  # type: ignore[arg-type]
    return pages, out.getvalue()


@pytest.fixture(scope="module")
def class_sets(young_chain, older_chain, read_pdf) -> dict[str, tuple[int, PrintedPdf]]:
    """The whole class set of both demo chains, printed once for the tests that only read."""
    sets = {}
    for name, document in (("young", young_chain), ("older", older_chain)):
        pages, pdf = render([document])
        sets[name] = (pages, read_pdf(pdf))
    return sets


@pytest.mark.parametrize("which, per_logbook", [("young", 4), ("older", 2)])
def test_every_pupil_gets_the_same_pages_and_the_set_ends_with_a_blank_copy(
    which, per_logbook, class_sets, request
):
    document = request.getfixturevalue(f"{which}_chain")
    pages, printed = class_sets[which]

    assert pages_per_logbook(document) == per_logbook
    assert pages == len(printed) == (len(document.pupils) + 1) * per_logbook
    for number, pupil in enumerate(document.pupils):
        for page in range(per_logbook):
            text = printed.page(number * per_logbook + page)
            assert pupil in text.splitlines()
            assert f"bladzijde {page + 1} van {per_logbook}" in text
    blank = [printed.page(i - per_logbook) for i in range(per_logbook)]
    first = [printed.page(i) for i in range(per_logbook)]
    for page in range(per_logbook):
        # The blank copy is a pupil's logbook without the name, and nothing else differs.
        assert "Naam:" in blank[page]
        assert set(first[page].splitlines()) - set(blank[page].splitlines()) == {document.pupils[0]}
        assert set(blank[page].splitlines()) <= set(first[page].splitlines())


def test_without_a_blank_copy_only_the_pupils_logbooks_print(older_chain, read_pdf):
    pages, pdf = render([older_chain], blank_copy=False)
    assert pages == len(read_pdf(pdf)) == len(older_chain.pupils) * 2


def test_every_page_shows_pupil_class_activity_company_and_dates(young_chain, class_sets):
    printed = class_sets["young"][1]
    activity_day = dutch_date(young_chain.date, weekday=True)
    before = dutch_date(young_chain.preparation[0].date, weekday=True)
    after = dutch_date(young_chain.reflection[-1].date, weekday=True)
    pupil = young_chain.pupils[0]
    for text in (printed.page(i) for i in range(3)):
        assert pupil in text
        assert young_chain.class_name in text
        assert young_chain.title_for_pupils in text.splitlines()
        assert "(Zikke)" not in text  # never the provider in brackets
        assert f"bij {young_chain.company}, {young_chain.company_place}" in text
        assert f"Bedrijfsbezoek: {activity_day}" in text
    voor, tijdens, na = (printed.page(i) for i in range(3))
    assert f"Voorbereiding: {before}" in voor and "Terugblik" not in voor
    assert "Voorbereiding" not in tijdens and "Terugblik" not in tijdens
    assert f"Terugblik: {after}" in na and "Voorbereiding" not in na


def test_two_preparation_lessons_show_both_days(older_chain, read_pdf):
    first, second = (lesson.date for lesson in older_chain.preparation)
    text = read_pdf(render([older_chain])[1]).page(0)
    assert f"Voorbereiding: {first.day} en {dutch_date(second)}" in text


def test_young_logbook_asks_before_during_and_after_with_smileys_and_drawing(class_sets):
    printed = class_sets["young"][1]
    voor, tijdens, na = (printed.flat(i) for i in range(3))
    assert "Voor het bezoek" in voor and "Wat denk je dat je gaat zien?" in voor
    assert "Wat weet je al over dit werk?" in voor and "zin in weet niet spannend" in voor
    assert "Tijdens het bezoek" in tijdens and "Teken wat je zag." in tijdens
    assert "Welk werk zag je?" in tijdens and "Wat deed je zelf?" in tijdens
    assert "Wat konden de mensen goed?" in tijdens and "zorgen voor anderen" in tijdens
    assert "Na het bezoek" in na and "Hoe vond je het?" in na
    assert "Wat vond je het leukst? En wat niet?" in na
    assert "Waar ben jij goed in? Wat wil je nog leren?" in na
    assert "ja! misschien nog niet" in na
    assert all("Kleur het gezichtje." in page for page in (voor, na))


def test_older_logbook_has_open_questions_and_a_talents_checklist(class_sets):
    printed = class_sets["older"][1]
    first, second = printed.flat(0), printed.flat(1)
    for question in (
        "Wat verwacht je te zien en te doen?",
        "Wat weet je al over de beroepen die je gaat zien?",
        "Wat heb je gezien? En wat heb je zelf gedaan?",
        "Welke beroepen heb je gezien?",
        "Welke talenten gebruikten de mensen in hun werk?",
    ):
        assert question in first
    for question in (
        "Wat vond je interessant? En wat niet? Waarom?",
        "Wat zou je zelf eens willen proberen?",
        "Welke talenten heb jij al? En welke wil je nog leren?",
        "heb ik al",
        "wil ik leren",
    ):
        assert question in second
    for talent in TALENTS:
        assert talent in printed.page(0).splitlines()
        assert talent in printed.page(1).splitlines()


def test_young_and_older_designs_differ(class_sets):
    young = " ".join(class_sets["young"][1].flat(i) for i in range(3))
    older = " ".join(class_sets["older"][1].flat(i) for i in range(2))
    assert "Kleur het gezichtje." in young and "Kleur het gezichtje." not in older
    assert "Teken wat je zag." in young and "Teken" not in older
    assert "Zet een vinkje." in older and "heb ik al" not in young


def test_names_are_printed_exactly_as_written(older_chain, read_pdf):
    document = dataclasses.replace(older_chain, pupils=NAMES)
    printed = read_pdf(render([document])[1])
    for number, name in enumerate(NAMES):
        for page in (printed.page(number * 2), printed.page(number * 2 + 1)):
            assert name in page.splitlines()
    everything = "".join(printed.pages)
    assert "&amp;" not in everything and "&lt;" not in everything


def test_long_title_company_and_names_never_add_a_page(young_chain, older_chain, read_pdf):
    title = ("Bedrijfsbezoek aan de grote werkplaats van een heel bijzonder bedrijf " * 4)[:200]
    company = ("Installatie- en Onderhoudsbedrijf Van der Heijden-Oosterhuis & Zonen " * 4)[:200]
    for document in (young_chain, older_chain):
        long = dataclasses.replace(
            document,
            activity_title=title,
            pupil_title=title,
            company=company,
            company_place="Sint-Michielsgestel",
            pupils=document.pupils[:3] + ("Maria-Magdalena Anna-Sophie Wilhelmina " * 3,),
        )
        pages, pdf = render([long])
        per = pages_per_logbook(document)
        assert pages == len(read_pdf(pdf)) == 5 * per
        text = read_pdf(pdf).page(0)
        assert "Bedrijfsbezoek aan de grote werkplaats" in text
        assert "bij Installatie- en Onderhoudsbedrijf" in text
        assert "…" in text


def test_several_chains_print_in_one_file_each_with_its_own_blank_copy(
    young_chain, older_chain, read_pdf
):
    documents = [
        dataclasses.replace(young_chain, pupils=("Ayşe", "Jiří")),
        dataclasses.replace(older_chain, pupils=("İlayda",)),
    ]
    calls: list[tuple[int, int]] = []
    pages, pdf = render(documents, progress=lambda done, total: calls.append((done, total)))
    printed = read_pdf(pdf)
    assert pages == len(printed) == 3 * 4 + 2 * 2
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert "Ayşe" in printed.page(0) and "Jiří" in printed.page(4)
    assert "Naam:" in printed.page(8) and young_chain.title_for_pupils in printed.page(8)
    assert "İlayda" in printed.page(12) and older_chain.title_for_pupils in printed.page(12)


def test_a_chain_without_preparation_lesson_leaves_that_date_out(demo_chains, read_pdf):
    workshop = chain(demo_chains, "Groep 5", "Workshop (Zabuki)")
    assert not workshop.preparation
    printed = read_pdf(render([workshop])[1])
    assert "Voorbereiding" not in printed.page(0)
    assert "Voor de workshop" in printed.page(0)
    assert f"Workshop: {dutch_date(workshop.date, weekday=True)}" in printed.page(0)


def test_a_class_without_pupils_gets_the_blank_copy_only(older_chain, read_pdf):
    empty = dataclasses.replace(older_chain, pupils=())
    pages, pdf = render([empty])
    assert pages == len(read_pdf(pdf)) == 2
    pages, pdf = render([empty], blank_copy=False)
    assert pages == 1
    assert "Geen logboeken" in read_pdf(pdf).page(0)


def test_writes_to_a_path(young_chain, tmp_path: Path, read_pdf):
    document = dataclasses.replace(young_chain, pupils=("Zoë",))
    for out in (tmp_path / "logboek.pdf", str(tmp_path / "logboek2.pdf")):
        assert render_logbooks([document], out) == 2 * pages_per_logbook(document)
        assert "Zoë" in read_pdf(Path(out).read_bytes()).pages[0]


def test_the_font_is_embedded_dejavu_and_never_helvetica(class_sets):
    for _, printed in class_sets.values():
        fonts = printed.fonts
        assert fonts and all("DejaVuSans" in name for name in fonts)
        assert any(name.endswith("+DejaVuSans-Bold") for name in fonts)  # subset, embedded
        assert not any("Helvetica" in name for name in fonts)


def test_wording_encourages_and_never_sorts_jobs_by_gender(class_sets):
    for name, (_, printed) in class_sets.items():
        per_logbook = 3 if name == "young" else 2
        text = " ".join(printed.flat(i) for i in range(per_logbook)).casefold()
        assert "dit kun je leren!" in text
        for word in ("jongens", "meisjes", "jongen", "meisje", "voor mannen", "voor vrouwen"):
            assert word not in text


def test_every_logbook_has_an_even_number_of_pages_for_printing_on_both_sides(
    young_chain, older_chain
):
    assert pages_per_logbook(young_chain) % 2 == 0
    assert pages_per_logbook(older_chain) % 2 == 0
