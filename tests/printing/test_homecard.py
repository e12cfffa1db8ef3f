"""The card for home after an activity and the parents' sheet of the seven worlds (issue 17
item 5): the texts extracted from the PDF name the company, class, date, what was prepared,
the role models and professions actually met (by ``meeting_of``, never the catalog's), and
nothing of another company; Beeldenbrekers' card carries the tips with the drawing; names
print as written; the card is refused before the activity and for a concept."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.parent_documents import HomeCardDocument
from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.printing.homecard import render_homecards
from beroepsplanner.printing.worlds_sheet import render_worlds_sheet
from beroepsplanner.store.chain_pupils import set_chain_pupil_entry
from beroepsplanner.store.database import Database, open_database
from beroepsplanner.store.documents import homecard_document, print_data
from beroepsplanner.store.models import Chain, Company, Pupil
from beroepsplanner.store.pupils import add_pupil
from tests.printing.conftest import PrintedPdf

STUDIO = "Gamestudio Pixelpolder"
AFTER = dt.date(2026, 12, 1)  # after every demo chain the cards are asked of
HONEST_NOT = ("elk kind kan alles", "iedereen kan alles", "voor jongens", "voor meisjes", "niets voor jou")


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def chain_of(database: Database, activity: str, company: str | None = None) -> int:
    with database.session() as session:
        for chain in session.scalars(select(Chain).order_by(Chain.id)):
            name = chain.company.name if chain.company else None
            if chain.activity.key == activity and (company is None or name == company):
                return chain.id
    raise AssertionError(f"no demo chain {activity}")


def cards(database: Database, chain_id: int, on: dt.date = AFTER) -> HomeCardDocument:
    with database.session() as session:
        return homecard_document(session, chain_id, on=on)


def printed(card: HomeCardDocument, read_pdf: Callable[[bytes], PrintedPdf]) -> PrintedPdf:
    out = io.BytesIO()
    pages = render_homecards(card, out)
    pdf = read_pdf(out.getvalue())
    assert len(pdf) == pages
    return pdf


def test_the_studio_visits_cards_tell_what_the_class_did_and_met(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    card = cards(database, chain_of(database, "bedrijfsbezoek-techyourfuture", STUDIO))
    assert len(card.pupils) == 27
    pdf = printed(card, read_pdf)
    assert len(pdf) == 14  # two cards a page: 27 pupils and a card without a name
    for index in range(len(pdf)):
        words = pdf.flat(index)
        assert words.count("Drie vragen voor aan tafel") == 2
        for expected in (
            "Gamestudio Pixelpolder", "Groep 6a", "dinsdag 17 november 2026", "Noor Haddou",
            "(game-ontwerper)", "Rik Visser", "(softwareontwikkelaar)",
            "Digitaal, Media & Entertainment", "In de klas bereidden we ons voor met",
            "Basisschool De Vlieger",
        ):
            assert expected in words, (index, expected)
        lowered = words.lower()
        # Not the catalog activity's professions, nor another company's people or notes.
        for other in (
            "cnc-verspaner", "mechatronicus", "3d-print", "ontwerp, productie", "bakkerij",
            "kim van den hoek", "tips bij de tekening", "jassen en tassen",
        ):
            assert other not in lowered, (index, other)
        for wrong in HONEST_NOT:
            assert wrong not in lowered
    everything = " ".join(pdf.flat(i) for i in range(len(pdf)))
    for pupil in card.pupils:
        assert f"Voor thuis: {pupil} " in everything
    # Groep 6: the older questions, one about the people who do this work.
    assert "interessantst" in everything and "Had je verwacht dat Noor Haddou dit werk doet?" in everything


def test_a_chain_without_a_company_names_the_activitys_own_professions(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    card = cards(database, chain_of(database, "maakkunde-groep-1-4"))
    assert card.chain.company is None and card.young
    words = printed(card, read_pdf).flat(0)
    assert "deed Groep 2 mee aan Maakkunde: zelf iets maken" in words
    assert "Deze beroepen kwamen aan bod: timmerman" in words
    assert "dinsdag 10 november 2026" in words
    # Groep 1-4: the simpler questions.
    assert "Wat heb je gezien en gedaan bij deze activiteit?" in words
    assert "interessantst" not in words and "We werkten samen met" not in words


def test_beeldenbrekers_cards_carry_the_tips_with_the_drawing(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    card = cards(database, chain_of(database, "beeldenbrekers"))
    assert card.beeldenbrekers
    pdf = printed(card, read_pdf)
    words = pdf.flat(0)
    assert words.count("Tips bij de tekening") == 2
    assert "Kijk samen naar de tekening" in words and "je kunt veel meer leren dan je denkt" in words
    assert "Wie heb je getekend?" in words
    assert "Lotte Vermeulen (brandweerlid)" in words and "Brandweerkazerne Amersfoort-Noord" in words
    assert "Teken de vakvrouw of vakman" in words  # what was prepared


def test_names_print_as_written_and_an_absent_pupil_gets_no_card(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    chain_id = chain_of(database, "bedrijfsbezoek-techyourfuture", STUDIO)
    with database.transaction() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None
        add_pupil(session, chain.class_id, "Ayşe Ö.")
        add_pupil(session, chain.class_id, "Łukasz Ż.")
        absent = session.scalars(
            select(Pupil).where(Pupil.class_id == chain.class_id).order_by(Pupil.id)
        ).first()
        assert absent is not None
        absent_name = absent.display_name
        set_chain_pupil_entry(session, ChainPupilEntry(chain_id, absent.id, absent=True))
    card = cards(database, chain_id)
    assert "Ayşe Ö." in card.pupils and "Łukasz Ż." in card.pupils and absent_name not in card.pupils
    pdf = printed(card, read_pdf)
    everything = " ".join(pdf.flat(i) for i in range(len(pdf)))
    assert "Voor thuis: Ayşe Ö." in everything and "Voor thuis: Łukasz Ż." in everything
    assert f"Voor thuis: {absent_name} " not in everything
    assert pdf.fonts and all("DejaVu" in font for font in pdf.fonts)


def test_a_class_without_pupils_gets_two_cards_without_a_name(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    card = cards(database, chain_of(database, "maakkunde-groep-1-4"))
    pdf = printed(HomeCardDocument(card.chain, ()), read_pdf)
    assert len(pdf) == 1 and pdf.flat(0).count("Voor thuis: ____") == 2


def test_the_card_is_refused_before_the_activity_and_for_a_concept(database: Database) -> None:
    chain_id = chain_of(database, "bedrijfsbezoek-techyourfuture", STUDIO)
    day = dt.date(2026, 11, 17)
    assert cards(database, chain_id, on=day).pupils  # on the day itself: yes
    with pytest.raises(InvalidInputError) as before:
        cards(database, chain_id, on=day - dt.timedelta(days=1))
    assert before.value.key == "homecard-before-activity"
    assert "is pas op 17-11-2026" in str(before.value) and "na de activiteit" in str(before.value)
    concept = chain_of(database, "workshop-zabuki")
    with database.transaction() as session:
        chain = session.get(Chain, concept)
        assert chain is not None and chain.status is ChainStatus.CONCEPT
        chain.date = dt.date(2026, 11, 10)
    with pytest.raises(InvalidInputError) as refused:
        cards(database, concept)
    assert refused.value.key == "homecard-concept" and "concept" in str(refused.value)


def test_the_worlds_sheet_shows_the_seven_worlds_with_the_catalogs_professions(
    database: Database, read_pdf: Callable[[bytes], PrintedPdf]
) -> None:
    with database.session() as session:
        sheet = print_data(session, "worlds")
        companies = list(session.scalars(select(Company.name)))
    out = io.BytesIO()
    assert render_worlds_sheet(sheet, out) == 1  # type: ignore[arg-type]
    pdf = read_pdf(out.getvalue())
    assert pdf.fonts and all("DejaVu" in font for font in pdf.fonts)
    words = pdf.flat(0)
    assert words.startswith("Basisschool De Vlieger De zeven werelden van techniek")
    for world in (
        "Mens & Gezondheid", "Energie, Water & Veiligheid", "Voeding & Natuur",
        "Wonen, Werken & Verkeer", "Ontwerp, Productie & Wereldhandel",
        "Digitaal, Media & Entertainment", "Hi-tech & Science",
    ):
        assert world in words
    assert [w.number for w in sheet.worlds] == [1, 2, 3, 4, 5, 6, 7]  # type: ignore[union-attr]
    assert "Bijvoorbeeld: orthopedisch instrumentmaker" in words
    assert "game-ontwerper" in words and "Zorg & Welzijn" in words
    assert "Techniek is één route van de vele" in words and "er is meer dan je denkt" in words
    assert "je kunt veel meer leren dan je denkt" in words
    lowered = words.lower()
    for wrong in HONEST_NOT:
        assert wrong not in lowered
    # A sheet for every parent: no company, class or pupil of the school.
    assert not any(name in words for name in companies) and "Groep" not in words
