"""The parent letter: what, when, why (broadly framed), how to help, and companions for an outing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from beroepsplanner.domain.documents import ChainDocument, RoleModelLine
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.printing.letter import COMPANION_QUESTIONS, render_parent_letter
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Chain
from tests.printing.letter_yearplan_data import font_names, page_text, pdf_of, reading, visit


@pytest.fixture(scope="module")
def demo_letters(tmp_path_factory: pytest.TempPathFactory) -> list[ChainDocument]:
    database = open_database(tmp_path_factory.mktemp("letter") / "demo.db")
    build_demo(database, "small")
    with database.session() as session:
        ids = [chain.id for chain in session.query(Chain).order_by(Chain.id)]
        return [chain_document_by_id(session, chain_id) for chain_id in ids]


@pytest.fixture(scope="module")
def bakery(demo_letters: list[ChainDocument]) -> ChainDocument:
    return next(d for d in demo_letters if d.class_name == "Groep 4" and d.company == "Bakkerij Van den Hoek")


def letter(document: ChainDocument) -> PdfReader:
    return pdf_of(render_parent_letter, document)


def test_visit_letter_says_what_when_where_and_to_whom(bakery: ChainDocument) -> None:
    words = page_text(letter(bakery), 0)
    assert "Beste ouders/verzorgers," in words
    assert bakery.activity_title in words
    assert "dinsdag 3 november 2026" in words
    assert "Bakkerij Van den Hoek" in words
    assert "Amersfoort" in words
    assert bakery.school in words
    assert bakery.teacher in words


def test_letter_frames_the_activity_as_jobs_of_the_future_with_technology_as_one_route(bakery: ChainDocument) -> None:
    words = page_text(letter(bakery), 0)
    assert "beroepen van de toekomst" in words
    assert "Techniek is één van de vele routes" in words
    # Honest wording (domain.md, "Partners"): not "every child can learn everything".
    assert "je kunt veel meer leren dan je denkt" in words
    assert "er is meer werk dan je denkt" in words
    assert "alles kan leren" not in words


def test_letter_tells_parents_how_to_help_and_invites_a_guest_lesson(bakery: ChainDocument) -> None:
    words = page_text(letter(bakery), 0)
    assert "Vertel over uw eigen werk" in words
    assert "dat kun je nog leren" in words
    assert "gastles" in words and "over uw werk" in words


def test_outing_asks_for_the_number_of_companions_with_a_reply_strip(bakery: ChainDocument) -> None:
    assert bakery.is_outing and bakery.companions_needed == 4
    words = page_text(letter(bakery), 0)
    assert "4 begeleiders" in words
    for field in ("hier afknippen", "Naam van mijn kind", "Ik ga mee als begeleider", "Ik kan helaas niet mee", "Telefoonnummer"):
        assert field in words


def test_outing_has_a_second_page_with_questions_for_companions(bakery: ChainDocument) -> None:
    reader = letter(bakery)
    assert len(reader.pages) == 2
    questions = page_text(reader, 1)
    assert "Vragen voor begeleiders" in questions
    assert 6 <= len(COMPANION_QUESTIONS) <= 10
    for question in COMPANION_QUESTIONS:
        assert question in questions
    assert "Haarnetjes op" in questions  # the company's safety rules travel with the companions
    assert "Vragen voor begeleiders" not in page_text(reader, 0)


def test_one_companion_is_singular() -> None:
    assert "1 begeleider:" in page_text(letter(visit(companions_needed=1)), 0)


def test_outing_without_pupils_still_asks_for_companions_without_a_number() -> None:
    words = page_text(letter(visit(companions_needed=0)), 0)
    assert "zoeken we nog begeleiders" in words


@pytest.mark.parametrize("kind", [ActivityKind.READING, ActivityKind.GUEST_LESSON, ActivityKind.WORKSHOP])
def test_activity_at_school_has_no_companion_call_and_is_one_page(kind: ActivityKind) -> None:
    reader = letter(reading(activity_kind=kind))
    assert len(reader.pages) == 1
    words = page_text(reader)
    assert "begeleider" not in words
    assert "Ik ga mee" not in words
    assert "Lezen over beroepen" in words


def test_every_demo_letter_is_one_page_plus_questions_for_an_outing(demo_letters: list[ChainDocument]) -> None:
    for document in demo_letters:
        assert len(letter(document).pages) == (2 if document.is_outing else 1), document.activity_title


def test_no_letter_sorts_jobs_by_gender_or_tells_a_child_something_is_not_for_them(demo_letters: list[ChainDocument]) -> None:
    for document in demo_letters:
        words = page_text(letter(document)).lower()
        for phrase in ("jongens of meisjes", "voor jongens", "voor meisjes", "niets voor jou", "niks voor jou"):
            assert phrase not in words, (document.activity_title, phrase)


def test_names_and_markup_characters_print_exactly_as_written() -> None:
    document = visit(
        school="Basisschool Şirin & Łąka <Brno>",
        class_name="Sem & Daan <3",
        teacher="juf Ayşe Yılmaz",
        activity_title="Bezoek aan İnşaat & Zn. <b>bouw</b>",
        company="Nguyễn & Dvořák <bv>",
        company_place="Žabovřesky",
        role_models=(RoleModelLine("Łukasz Wiśniewski", "Lasser"),),
    )
    words = page_text(letter(document))
    for written in (
        "Basisschool Şirin & Łąka <Brno>", "Sem & Daan <3", "juf Ayşe Yılmaz",
        "Bezoek aan İnşaat & Zn. <b>bouw</b>", "Nguyễn & Dvořák <bv>", "Žabovřesky", "Łukasz Wiśniewski",
    ):
        assert written in words
    assert "&amp;" not in words and "&lt;" not in words


def test_long_texts_shrink_to_keep_the_letter_on_one_page() -> None:
    document = visit(
        activity_title="Een heel lange titel van een activiteit " * 4,
        activity_description="Een lange zin over wat de kinderen gaan doen en zien. " * 30,
        project="Een project met een lange naam " * 6,
        role_models=tuple(RoleModelLine(f"Persoon {i}", "Verpleegkundige") for i in range(3)),
    )
    assert len(letter(document).pages) == 2


def test_letter_embeds_dejavu_and_no_helvetica(bakery: ChainDocument) -> None:
    fonts = font_names(letter(bakery))
    assert any("DejaVuSans" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


def test_letter_writes_to_a_path_and_is_dated_as_asked(tmp_path: Path) -> None:
    import datetime as dt

    out = tmp_path / "ouderbrief.pdf"
    assert render_parent_letter(reading(), out, written=dt.date(2026, 10, 12)) == 1
    assert "12 oktober 2026" in page_text(PdfReader(out))
