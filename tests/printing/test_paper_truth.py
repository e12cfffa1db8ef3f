"""What the paper says is true of the company actually chosen (issue 17, item 3; domain.md,
"Partners"): the letter, the lesson sheets and the logbooks name the company's professions,
worlds, role models and safety notes, never the catalog activity's default text, and leave out
what the company says nothing about."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from beroepsplanner.domain.documents import ChainDocument, RoleModelLine
from beroepsplanner.printing.lessons import render_lesson_sheets
from beroepsplanner.printing.letter import render_parent_letter
from beroepsplanner.printing.logbook import render_logbooks
from beroepsplanner.store.database import Database, open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Chain, Company
from tests.printing.letter_yearplan_data import visit

STUDIO = "Gamestudio Pixelpolder"
# What the catalog's "maakbedrijf" visit says that a game studio never said.
MACHINE_WORDS = (
    "draaibank", "3d-printer", "gele lijn", "bij machines", "bij de machines", "helm", "veiligheidsbril",
)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("truth") / "demo.db")
    build_demo(database, "small")
    yield database
    database.close()


def _chain_id(database: Database, company: str | None, activity_key: str) -> int:
    with database.session() as session:
        for chain in session.scalars(select(Chain).order_by(Chain.id)):
            name = chain.company.name if chain.company else None
            if name == company and chain.activity.key == activity_key:
                return chain.id
    raise AssertionError(f"no demo chain {activity_key} with {company}")


def _document(database: Database, chain_id: int) -> ChainDocument:
    with database.session() as session:
        return chain_document_by_id(session, chain_id)


def _text(render: Callable[..., int], argument: object) -> str:
    out = io.BytesIO()
    render(argument, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _all_paper(document: ChainDocument) -> dict[str, str]:
    return {
        "letter": _text(render_parent_letter, document),
        "lessons": _text(render_lesson_sheets, document),
        "logbooks": _text(render_logbooks, [document]),
    }


@pytest.fixture(scope="module")
def studio(database: Database) -> ChainDocument:
    """Groep 6a visits the game studio through the catalog's "maakbedrijf" activity (whose
    default text speaks of lathes, 3D printers and yellow lines at machines)."""
    return _document(database, _chain_id(database, STUDIO, "bedrijfsbezoek-techyourfuture"))


def test_gathered_data_follows_the_company_not_the_catalog(studio: ChainDocument) -> None:
    assert studio.professions == ("Game-ontwerper", "Softwareontwikkelaar")
    assert studio.worlds == ("Digitaal, Media & Entertainment",)
    assert studio.company_description == "Kleine studio die educatieve games maakt."
    steps = " ".join(step for lesson in studio.lessons for step in lesson.steps).lower()
    assert "gele lijn" not in steps and "machines" not in steps
    assert "afspraken van gamestudio pixelpolder" in steps


def test_every_paper_of_the_studio_visit_names_its_professions_worlds_and_people(studio: ChainDocument) -> None:
    for name, words in _all_paper(studio).items():
        for expected in ("Noor Haddou", "Rik Visser", "Digitaal, Media & Entertainment"):
            assert expected in words, (name, expected)
        assert "ame-ontwerper" in words and "oftwareontwikkelaar" in words, name
        lowered = words.lower()
        for machine in MACHINE_WORDS:
            assert machine not in lowered, (name, machine)
        for catalog in ("CNC-verspaner", "Mechatronicus", "3D-printspecialist", "Ontwerp, Productie"):
            assert catalog.lower() not in lowered, (name, catalog)


def test_the_letter_tells_what_the_company_is_not_the_catalog_default(studio: ChainDocument) -> None:
    words = _text(render_parent_letter, studio)
    assert "Kleine studio die educatieve games maakt." in words
    assert "idee naar product" not in words  # the catalog activity's description


def test_a_company_with_safety_notes_prints_exactly_those(studio: ChainDocument) -> None:
    notes = "Geen bijzonderheden; jassen en tassen in de hal."
    assert studio.safety_notes == notes
    paper = _all_paper(studio)
    assert notes in paper["lessons"]
    assert notes in paper["letter"]  # the companions' page


def test_a_company_without_notes_or_description_gets_nothing_invented(
    database: Database, tmp_path: Path
) -> None:
    chain_id = _chain_id(database, STUDIO, "bedrijfsbezoek-techyourfuture")
    with database.session() as session:
        company = session.scalars(select(Company).where(Company.name == STUDIO)).one()
        saved = company.safety_notes, company.description
        company.safety_notes, company.description = "", ""
        session.commit()
    try:
        document = _document(database, chain_id)
        paper = _all_paper(document)
        assert "Veiligheid" not in paper["lessons"]
        assert "Afspraken voor de veiligheid" not in paper["letter"]
        assert "bij de groep blijven en niets aanraken zonder toestemming." in paper["lessons"]
        for words in paper.values():
            for machine in MACHINE_WORDS:
                assert machine not in words.lower()
        assert "idee naar product" not in paper["letter"]
    finally:
        with database.session() as session:
            company = session.scalars(select(Company).where(Company.name == STUDIO)).one()
            company.safety_notes, company.description = saved
            session.commit()


def test_a_chain_without_a_company_keeps_the_activitys_own_text(database: Database) -> None:
    document = _document(database, _chain_id(database, None, "workshop-de-wetenschapper"))
    assert document.company is None
    assert "Bioloog" in document.professions
    letter = _text(render_parent_letter, document)
    assert document.activity_description.split(". ")[0] in letter
    assert "bioloog" in letter
    for name in ("lessons", "logbooks"):
        assert "Bioloog" in _all_paper(document)[name]


@pytest.mark.parametrize("grade", [1, 4, 7])
def test_a_long_list_of_people_and_worlds_fits_every_logbook(grade: int) -> None:
    document = visit(
        grade=grade,
        role_models=tuple(
            RoleModelLine(name, job)
            for name, job in (
                ("Annemarie Westerveld-Bakker", "Werktuigbouwkundig ingenieur"),
                ("Mohammed El Idrissi", "Procesoperator"),
                ("Bartholomeus van der Heijden", "Veiligheidskundige"),
            )
        ),
        professions=("Data-analist", "Elektromonteur", "Installatiemonteur", "Lasser", "Productieplanner"),
        worlds=("Energie, Water & Veiligheid", "Ontwerp, Productie & Wereldhandel", "Hi-tech & Science"),
    )
    words = _text(render_logbooks, [document])
    assert "Annemarie Westerveld-Bakker" in words


def test_role_models_are_printed_by_their_stored_display_names_only(studio: ChainDocument) -> None:
    assert [r.name for r in studio.role_models] == ["Noor Haddou", "Rik Visser"]
    lessons = _text(render_lesson_sheets, studio)
    assert "Noor Haddou (Game-ontwerper)" in lessons and "Rik Visser (Softwareontwikkelaar)" in lessons
