"""The brief for the company (issue 17 item 1), read back from the PDF with pdftotext: the
company, the class, the dates and times, what was prepared, what the pupils will ask, the
role models, the safety notes of THAT company and nothing of another, the day programme as
proposed and as edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.company_brief import BriefFields, ProgrammeItem
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.printing.brief import render_brief
from beroepsplanner.store.chain_editing import load_chain_form, save_chain_form
from beroepsplanner.store.company_brief import brief_document
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain, ChainPupil, Company
from beroepsplanner.store.school import school_details, update_school
from beroepsplanner.store.sessions import Database
from tests.printing.test_record import flat, pdf_pages

T = dt.time
DEMO_SAFETY = {
    "Bakkerij Van den Hoek": "Haarnetjes op",
    "Autobedrijf Eemzicht": "Veiligheidsbril in de werkplaats",
    "Zorgcentrum De Linde": "Rustig in de gangen",
    "Installatiebedrijf Warmtewerk": "Niet op het dak",
    "Waterzuivering Eemland": "Hekken langs de bassins",
    "Gamestudio Pixelpolder": "jassen en tassen in de hal",
    "Drukkerij De Eemlijn": "drukpersen",
    "Laboratorium Hoogland Analyse": "Labjas",
    "Kinderboerderij De Schothorst": "Handen wassen na het aaien",
    "Brandweerkazerne Amersfoort-Noord": "niet bij uitrukken",
    "Bouwbedrijf Van Wijk & Zn.": "Helm en veiligheidsschoenen",
    "Transportbedrijf Koster": "Niet achter vrachtwagens",
}


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def chain_of(database: Database, company: str, activity_key: str) -> int:
    with database.session() as session:
        for chain in session.scalars(select(Chain).order_by(Chain.id)):
            if chain.company and chain.company.name == company and chain.activity.key == activity_key:
                return chain.id
    raise AssertionError(f"no demo chain {activity_key} with {company}")


def set_brief(database: Database, chain_id: int, **fields: object) -> None:
    """Give the chain's brief ``fields`` through the chain builder's save."""
    with database.transaction() as session:
        form = load_chain_form(session, chain_id)
        brief = dataclasses.replace(form.brief, **fields)
        save_chain_form(session, dataclasses.replace(form, brief=brief), chain_id, check_status=False)


def clear_safety(database: Database, company: str) -> None:
    with database.transaction() as session:
        session.scalars(select(Company).where(Company.name == company)).one().safety_notes = ""


def printed(database: Database, chain_id: int, tmp_path: Path) -> list[str]:
    """The brief's pages as pdftotext reads them, whitespace collapsed."""
    with database.session() as session:
        document = brief_document(session, chain_id)
    out = tmp_path / f"brief-{chain_id}.pdf"
    pages = render_brief(document, out, written=dt.date(2027, 1, 10))
    texts = [flat(page) for page in pdf_pages(out)]
    assert len(texts) == pages
    assert 1 <= pages <= 2
    return texts


def only_own_safety(text: str, company: str | None) -> None:
    for other, notes in DEMO_SAFETY.items():
        if other != company:
            assert notes not in text, other


def test_a_visit_says_who_comes_when_what_they_prepared_and_ask_and_the_companys_safety(
    database: Database, tmp_path: Path
) -> None:
    chain_id = chain_of(database, "Installatiebedrijf Warmtewerk", "bedrijfsbezoek-jetnet-technet")
    set_brief(
        database, chain_id, visit_start=T(9, 30), visit_end=T(11, 30),
        research_question="Hoe komt de warmte in ons huis?",
        pupil_questions="Hoe word je monteur?\nWat doet een warmtepomp?",
    )
    with database.transaction() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None
        for pupil in chain.school_class.pupils[:2]:
            session.add(ChainPupil(chain_id=chain_id, pupil_id=pupil.id, absent=True))

    pages = printed(database, chain_id, tmp_path)
    text = " ".join(pages)
    for expected in (
        "Aan: Installatiebedrijf Warmtewerk, t.a.v. Sanne Verhoef, projectleider",
        "Bezoek van Groep 7 aan Installatiebedrijf Warmtewerk",
        "Basisschool De Vlieger, Amersfoort",
        "Groep 7: kinderen van 10 tot 11 jaar (groep 7 is het zevende jaar van de basisschool)",
        "26 kinderen en 4 begeleiders (de leerkracht meegerekend)",  # 28 pupils, 2 absent
        "dinsdag 26 januari 2027",
        "Aankomst 9.30 uur bij u", "Vertrek 11.30 uur",
        "De onderzoeksvraag van de klas: Hoe komt de warmte in ons huis?",
        "In welke wereld gaan we kijken?", "Interview voorbereiden",  # the preparation lessons
        "Deze vragen heeft de klas bedacht:", "Hoe word je monteur?", "Wat doet een warmtepomp?",
        "meerdere mensen met verschillende beroepen",
        "vrouw in de techniek of een man in de zorg",
        "Wij hopen te ontmoeten: Sanne Verhoef (zonnepaneelmonteur).",
        "Tips voor het gesprek met kinderen van 10 tot 11 jaar",
        "'Dit kun je leren' in plaats van 'daar moet je talent voor hebben'",
        "veel hiervan kun je leren",
        "Niet op het dak; demonstratie op de grond in de werkplaats.",
        "Contact op school juf Fenna, leerkracht van Groep 7",
    ):
        assert expected in text, expected
    # The proposal over the two hours: arrival, welcome, groups, questions, closing, departure.
    assert "Voorstel voor het dagprogramma" in text
    for clock in ("9.30 Aankomst", "9.35 Welkom", "9.50 Rondleiding of workshop in groepjes",
                  "10.50 Vragen", "11.10 Afsluiting", "11.30 Vertrek"):
        assert clock in text, clock
    only_own_safety(text, "Installatiebedrijf Warmtewerk")
    assert "iedereen kan alles" not in text.lower()
    assert "Groep 7" in pages[0] and "dinsdag 26 januari 2027" in pages[0]


def test_another_company_gets_its_own_safety_notes_and_the_tips_for_young_children(
    database: Database, tmp_path: Path
) -> None:
    chain_id = chain_of(database, "Kinderboerderij De Schothorst", "bedrijfsbezoek-zikke")
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Bezoek van Groep 3 aan Kinderboerderij De Schothorst" in text
    assert "kinderen van 6 tot 7 jaar" in text
    assert "Handen wassen na het aaien van de dieren." in text
    assert "Jonge kinderen lezen nog weinig" in text
    only_own_safety(text, "Kinderboerderij De Schothorst")
    # No times known: the steps are numbered and the times left to agree.
    assert "Aankomst nog af te spreken" in text
    assert "1. Aankomst van de klas" in text and "De tijden spreken we nog met u af." in text
    # No questions of the class yet: questions children often ask, said as such.
    assert "Kinderen van deze leeftijd vragen bijvoorbeeld:" in text


def test_a_company_without_safety_notes_is_asked_and_nothing_is_invented(
    database: Database, tmp_path: Path
) -> None:
    clear_safety(database, "Bakkerij Van den Hoek")
    chain_id = chain_of(database, "Bakkerij Van den Hoek", "bedrijfsbezoek-zikke")
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Wij hebben van u nog geen afspraken over veiligheid en hygiëne." in text
    only_own_safety(text, None)
    for invented in ("haarnet", "veiligheidsbril", "helm", "gele lijn"):
        assert invented not in text.lower()


def test_a_guest_lesson_without_safety_notes_leaves_that_part_out(
    database: Database, tmp_path: Path
) -> None:
    clear_safety(database, "Zorgcentrum De Linde")
    chain_id = chain_of(database, "Zorgcentrum De Linde", "gastles-ouder")
    set_brief(database, chain_id, visit_start=T(10, 0), visit_end=T(11, 0))
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Gastles in Groep 3" in text
    assert "Begin 10.00 uur" in text and "Einde 11.00 uur" in text
    assert "10.00 Aankomst op school" in text
    assert "Veiligheid en hygiëne" not in text
    assert "begeleiders" not in text  # the class stays at school
    only_own_safety(text, None)


def test_an_edited_day_programme_is_printed_as_edited(database: Database, tmp_path: Path) -> None:
    chain_id = chain_of(database, "Installatiebedrijf Warmtewerk", "bedrijfsbezoek-jetnet-technet")
    programme = (
        ProgrammeItem(T(9, 0), "Ontvangst in de kantine met limonade"),
        ProgrammeItem(T(9, 15), "Warmtepomp uit elkaar halen in drie groepjes"),
        ProgrammeItem(None, "Vragenronde met de monteurs"),
    )
    set_brief(database, chain_id, visit_start=T(9, 0), visit_end=T(10, 30), programme=programme)
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Dagprogramma" in text and "Voorstel voor het dagprogramma" not in text
    assert "9.00 Ontvangst in de kantine met limonade" in text
    assert "9.15 Warmtepomp uit elkaar halen in drie groepjes" in text
    assert "Vragenronde met de monteurs" in text
    assert "Rondleiding of workshop in groepjes" not in text
    assert "Dit is een voorstel" not in text


def test_the_schools_contact_person_is_whom_the_company_calls(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        details = school_details(session)
        assert details is not None
        update_school(session, dataclasses.replace(
            details, contact_name="Meester Ruben (techniekcoördinator)",
            contact_phone="033-1234567", contact_email="techniek@devlieger.example",
        ))
    chain_id = chain_of(database, "Kinderboerderij De Schothorst", "bedrijfsbezoek-zikke")
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Contact op school Meester Ruben (techniekcoördinator) 033-1234567 · techniek@devlieger.example" in text


def test_a_long_brief_still_fits_two_pages(database: Database, tmp_path: Path) -> None:
    chain_id = chain_of(database, "Autobedrijf Eemzicht", "bedrijfsbezoek-imc-basis")
    set_brief(
        database, chain_id, visit_start=T(8, 45), visit_end=T(12, 0),
        goal="De kinderen onderzoeken hoe een auto wordt onderhouden en gerepareerd. " * 4,
        research_question="Welke beroepen zijn er nodig om een auto veilig op de weg te houden?",
        pupil_questions="\n".join(f"Vraag {n}: wat doet u als een auto niet wil starten?" for n in range(12)),
        programme=tuple(ProgrammeItem(T(9, n), f"Onderdeel {n} van de ochtend") for n in range(12)),
    )
    text = " ".join(printed(database, chain_id, tmp_path))
    assert "Vraag 11:" in text and "Onderdeel 11 van de ochtend" in text
    assert "Fatima el Amrani" in text  # a role model of the company, chosen for the chain


def test_a_chain_without_a_company_visit_has_no_brief(database: Database) -> None:
    with database.session() as session:
        chain_id = session.scalars(
            select(Chain.id).where(Chain.company_id.is_(None)).order_by(Chain.id)
        ).first()
        assert chain_id is not None
        with pytest.raises(InvalidInputError) as refused:
            brief_document(session, chain_id)
    assert refused.value.key == "no-brief-for-chain"
    assert "bezoek aan een bedrijf of een gastles" in str(refused.value)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"visit_start": T(11, 0), "visit_end": T(10, 0)}, "visit-end-before-start"),
        ({"programme": tuple(ProgrammeItem(None, f"Stap {n}") for n in range(13))}, "programme-too-long"),
        ({"research_question": "Waarom?\x1b"}, "character-problem"),
        ({"pupil_questions": "x" * 2001}, "field-too-long"),
    ],
)
def test_the_brief_fields_are_checked_and_nothing_is_saved(
    database: Database, fields: dict[str, object], key: str
) -> None:
    chain_id = chain_of(database, "Installatiebedrijf Warmtewerk", "bedrijfsbezoek-jetnet-technet")
    with pytest.raises(InvalidInputError) as refused:
        set_brief(database, chain_id, **fields)
    assert refused.value.key == key
    with database.session() as session:
        assert load_chain_form(session, chain_id).brief == BriefFields()
