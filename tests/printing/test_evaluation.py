"""The evaluation forms of a chain (issue 17 item 2): a page for the company in plain Dutch
(always blank) and one for the teacher with the chain's facts and what was entered; the
text read back with pdftotext, the chain's own company and nothing of another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from beroepsplanner.domain.evaluation import Again, Degree, EvaluationAnswers, EvaluationDocument
from beroepsplanner.printing.evaluation import render_evaluation_forms
from beroepsplanner.store.chain_evaluations import evaluation_document, save_evaluation
from beroepsplanner.store.sessions import Database
from tests.printing.test_record import flat, pdf_pages
from tests.store.test_chain_evaluations import bakery_visit

DOCUMENT = EvaluationDocument(
    chain_id=7,
    school="Basisschool De Vlieger",
    school_year="2026-2027",
    class_name="Groep 6b",
    grade=6,
    teacher="meester Bram",
    activity_title="Bezoek aan Van Wijk & Zn. <bouw>",
    date=dt.date(2027, 3, 2),
    pupils=24,
    company="Bouwbedrijf Van Wijk & Zn.",
    company_place="Amersfoort",
    contact_name="Mirjam van Wijk",
)


def test_the_company_gets_a_blank_page_in_plain_dutch_and_the_teacher_one_of_their_own(tmp_path: Path) -> None:
    out = tmp_path / "evaluatie.pdf"
    assert render_evaluation_forms(DOCUMENT, out) == 2
    company, teacher = (flat(page) for page in pdf_pages(out))
    assert "Voor Bouwbedrijf Van Wijk & Zn." in company and "Beste Mirjam van Wijk," in company
    assert "Op dinsdag 2 maart 2027 ontving u Groep 6b (24 leerlingen)" in company
    assert "Bezoek aan Van Wijk & Zn. <bouw>" in company
    for question in ("Wat ging er goed?", "Wat vroegen de kinderen u?",
                     "Wilt u volgend schooljaar weer een klas ontvangen?", "Opmerkingen of tips voor ons"):
        assert question in company
    assert "☐ ja" in company and "☐ weet ik nog niet" in company and "☒" not in company
    assert "Graag terug naar meester Bram, Groep 6b, Basisschool De Vlieger" in company
    assert "Namen van kinderen hoeven er niet op" in company
    # No teacher's jargon on the company's page.
    assert "reflectie" not in company and "keten" not in company

    assert "Evaluatie van de keten" in teacher and "Voor de leerkracht" in teacher
    for fact in ("Klas Groep 6b Activiteit", "dinsdag 2 maart 2027", "Bouwbedrijf Van Wijk & Zn., Amersfoort",
                 "Mirjam van Wijk"):
        assert fact in teacher
    for question in ("Hielp de voorbereiding?", "Raakte de reflectie ook houdingen en vooroordelen",
                     "Volgend schooljaar weer?", "Welke mensen en beroepen ontmoetten ze?"):
        assert question in teacher
    assert "☒" not in teacher and "geen namen van leerlingen" in teacher


def test_the_teachers_page_shows_what_was_entered_and_leaves_the_rest_to_write(tmp_path: Path) -> None:
    answers = EvaluationAnswers(
        went_well="Zelf metselen.\nDe kraan van dichtbij.", preparation_helped=Degree.PARTLY,
        again=Again.UNSURE, company_again=Again.YES, company_remarks="Liever in mei.",
    )
    out = tmp_path / "ingevuld.pdf"
    render_evaluation_forms(DOCUMENT.__class__(**{**DOCUMENT.__dict__, "answers": answers}), out)
    company, teacher = (flat(page) for page in pdf_pages(out))
    assert "Zelf metselen. De kraan van dichtbij." in teacher
    assert "☒ deels" in teacher and "☐ ja ☐ deels ☐ nee" in teacher  # 4 ticked, 5 empty
    assert "☒ weet nog niet" in teacher
    # The company's form stays blank: it goes to the company.
    assert "☒" not in company and "Liever in mei" not in company


def test_a_chain_without_a_company_gets_the_teachers_page_only(tmp_path: Path) -> None:
    out = tmp_path / "zonder.pdf"
    plain = DOCUMENT.__class__(**{**DOCUMENT.__dict__, "company": None, "contact_name": ""})
    assert render_evaluation_forms(plain, out) == 1
    (teacher,) = (flat(page) for page in pdf_pages(out))
    assert "Bedrijf geen" in teacher and "Mirjam" not in teacher


def test_the_store_fills_the_forms_from_the_chain(demo_db: Database, tmp_path: Path) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        blank = evaluation_document(session, chain_id)
        save_evaluation(session, chain_id, EvaluationAnswers(people_met="De bakker en de chauffeur."))
        filled = evaluation_document(session, chain_id)
    assert blank.answers is None and filled.answers is not None
    assert (blank.company, blank.contact_name, blank.class_name, blank.grade) == (
        "Bakkerij Van den Hoek", "Kim van den Hoek", "Groep 4", 4
    )
    assert blank.pupils > 0 and blank.school and blank.school_year == "2026-2027"
    out = tmp_path / "bakkerij.pdf"
    render_evaluation_forms(filled, out)
    company, teacher = (flat(page) for page in pdf_pages(out))
    assert "Bakkerij Van den Hoek" in company and f"Groep 4 ({blank.pupils} leerlingen)" in company
    assert "De bakker en de chauffeur." in teacher
    assert "Gamestudio" not in company + teacher
