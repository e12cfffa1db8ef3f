"""The paper and the register of parents (issue 17 item 4): the letter's reply strip has a box
for a parent who can tell about their job (with the first name, the job and the date, and
what the school keeps), on every letter; a parent's guest lesson names the guest — first
name and job — where the paper would name a company. Texts read with pypdf."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from beroepsplanner.domain.documents import ChainDocument, LessonSheet, RoleModelLine
from beroepsplanner.domain.kinds import ActivityKind, LessonKind
from beroepsplanner.printing.lessons import render_lesson_sheets
from beroepsplanner.printing.letter import render_parent_letter
from beroepsplanner.printing.logbook import render_logbooks
from tests.printing.letter_yearplan_data import page_text, reading, visit

FATIMA = RoleModelLine("Fatima", "Verpleegkundige", counter_stereotypical=False, parent=True)


def pdftotext(render: object, document: object, tmp_path: Path, **options: object) -> str:
    """The PDF's text (pypdf, so the test needs nothing installed beside the program's test
    dependencies), runs of white space as one space."""
    pdf = tmp_path / "paper.pdf"
    render(document, pdf, **options)  # type: ignore[operator]
    return page_text(PdfReader(pdf))


def parents_lesson(**changes: object) -> ChainDocument:
    """A parent's guest lesson in class, without a company, with Fatima as the guest."""
    fields: dict[str, object] = {
        "activity_key": "gastles-ouder",
        "activity_title": "Gastles door een ouder",
        "activity_kind": ActivityKind.GUEST_LESSON,
        "role_models": (FATIMA,),
        "professions": ("Verpleegkundige",),
        "preparation": (LessonSheet(LessonKind.PREPARATION, visit().date, "Wie komt er?"),),
        "pupils": ("Sem", "Ayşe"),
    }
    return reading(**(fields | changes))


def test_the_strip_of_an_outing_has_the_job_box_beside_the_companions(tmp_path: Path) -> None:
    words = pdftotext(render_parent_letter, visit(), tmp_path)
    for field in (
        "Naam van mijn kind:", "Ik ga mee als begeleider", "Ik kan helaas niet mee",
        "Ik kan in de klas vertellen over mijn beroep", "Mijn voornaam:", "Telefoonnummer:",
        "Mijn beroep:", "Datum:",
    ):
        assert field in words, field
    assert "geen achternaam, adres of telefoonnummer" in words
    assert "Kruis het aan op het strookje hieronder" in words


def test_a_letter_at_school_has_the_strip_with_the_job_box_and_no_companions(tmp_path: Path) -> None:
    words = pdftotext(render_parent_letter, reading(), tmp_path)
    assert "Ik kan in de klas vertellen over mijn beroep" in words
    assert "Mijn voornaam:" in words and "Mijn beroep:" in words and "hier afknippen" in words
    assert "begeleider" not in words and "Telefoonnummer" not in words


def test_a_parent_s_guest_lesson_names_the_guest_where_a_company_would_be(tmp_path: Path) -> None:
    document = parents_lesson()
    letter = pdftotext(render_parent_letter, document, tmp_path)
    assert "gast: Fatima (verpleegkundige)" in letter
    assert "Onze gast is Fatima (verpleegkundige), een ouder van onze school." in letter
    sheets = pdftotext(render_lesson_sheets, document, tmp_path)
    assert "Gast Fatima (verpleegkundige), ouder van een leerling" in sheets
    assert "Bedrijf" not in sheets
    logbooks = pdftotext(render_logbooks, [document], tmp_path)
    assert "met gast Fatima (verpleegkundige)" in logbooks


def test_a_company_s_role_model_is_not_named_as_the_parent_guest(tmp_path: Path) -> None:
    document = dataclasses.replace(visit(), role_models=(RoleModelLine("Kim", "Bakker"),))
    letter = pdftotext(render_parent_letter, document, tmp_path)
    assert "gast:" not in letter and "een ouder van onze school" not in letter
    assert "Bakkerij Van den Hoek" in letter
