"""The parent letter's variant per chain (issue 17 item 5): broad ("beroepen van de
toekomst", technology one route among many) or concrete (the jobs, worlds and role models
the children meet in this activity, by the one rule ``meeting_of``). The concrete letter's
professions follow the company actually chosen."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator

import pypdf
import pytest
from sqlalchemy import select

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import LetterVariant
from beroepsplanner.printing.letter import render_parent_letter
from beroepsplanner.store.chain_editing import load_chain_form, save_chain_form, with_company
from beroepsplanner.store.database import Database, open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Chain, Company

STUDIO = "Gamestudio Pixelpolder"
PRINTER = "Drukkerij De Eemlijn"
BROAD_HEADING = "Waarom? Beroepen van de toekomst"


@pytest.fixture
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("variant") / "demo.db")
    build_demo(database, "small")
    yield database
    database.close()


def _studio_chain(database: Database) -> int:
    with database.session() as session:
        return next(
            c.id for c in session.scalars(select(Chain).order_by(Chain.id))
            if c.company is not None and c.company.name == STUDIO
        )


def _letter(document: ChainDocument) -> str:
    out = io.BytesIO()
    render_parent_letter(document, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _first_page(document: ChainDocument) -> str:
    out = io.BytesIO()
    render_parent_letter(document, out)
    return " ".join(pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().split())


def test_the_demos_studio_visit_has_the_concrete_letter(database: Database) -> None:
    with database.session() as session:
        document = chain_document_by_id(session, _studio_chain(database))
    assert document.letter_variant is LetterVariant.CONCRETE
    words = _first_page(document)
    assert "Wat de kinderen bij Gamestudio Pixelpolder zien" in words
    assert "game-ontwerper — de kinderen ontmoeten Noor Haddou" in words
    assert "softwareontwikkelaar — de kinderen ontmoeten Rik Visser" in words
    # The world with its line for parents.
    assert "Digitaal, Media & Entertainment: apps, games, websites" in words
    assert "je kunt hier veel van leren" in words and "meer werk dan je denkt" in words
    assert BROAD_HEADING not in words
    for catalog in ("CNC-verspaner", "Mechatronicus", "Ontwerp, Productie"):
        assert catalog.lower() not in words.lower()


def test_the_broad_letter_of_the_same_chain_is_todays_letter(database: Database) -> None:
    with database.session() as session:
        concrete = chain_document_by_id(session, _studio_chain(database))
    broad = dataclasses.replace(concrete, letter_variant=LetterVariant.BROAD)
    words = _first_page(broad)
    assert BROAD_HEADING in words and "Techniek is één van de vele routes" in words
    assert "Wat de kinderen bij" not in words
    # The broad letter names the people and jobs in its opening, as before.
    assert "De kinderen ontmoeten onder anderen Noor Haddou" in words


def test_the_concrete_letters_professions_follow_the_company(database: Database) -> None:
    chain_id = _studio_chain(database)
    with database.transaction() as session:
        printer = session.scalars(select(Company).where(Company.name == PRINTER)).one().id
        form = with_company(session, load_chain_form(session, chain_id), printer)
        save_chain_form(session, form, chain_id)
    with database.session() as session:
        document = chain_document_by_id(session, chain_id)
    assert document.letter_variant is LetterVariant.CONCRETE
    words = _first_page(document)
    assert "Wat de kinderen bij Drukkerij De Eemlijn zien" in words
    assert "drukker" in words and "mediavormgever" in words and "Lisa Bos" in words
    assert "Ontwerp, Productie & Wereldhandel: dingen bedenken" in words
    # The media designer's own world counts (meeting_of): Digitaal, Media & Entertainment.
    assert "Digitaal, Media & Entertainment: apps" in words
    for studio_word in ("Game-ontwerper", "game-ontwerper", "Noor Haddou", "Rik Visser", "software"):
        assert studio_word not in words


def test_a_concrete_letter_that_knows_nothing_to_name_stays_broad(database: Database) -> None:
    with database.session() as session:
        concrete = chain_document_by_id(session, _studio_chain(database))
    empty = dataclasses.replace(concrete, professions=(), worlds=(), role_models=())
    words = _first_page(empty)
    assert BROAD_HEADING in words and "Wat de kinderen bij" not in words


def test_a_guest_lesson_still_names_its_guest_in_the_concrete_letter(database: Database) -> None:
    with database.session() as session:
        chain = next(
            c for c in session.scalars(select(Chain)) if c.activity.key == "gastles-ouder"
        )
        document = chain_document_by_id(session, chain.id)
    concrete = dataclasses.replace(document, letter_variant=LetterVariant.CONCRETE)
    words = _first_page(concrete)
    assert "Onze gast is" in words and "Wat de kinderen bij Zorgcentrum De Linde zien" in words
