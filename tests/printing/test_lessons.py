"""The teacher's lesson sheets: one per lesson, facts and attitude questions apart."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from beroepsplanner.domain.documents import ChainDocument, LessonSheet, Question
from beroepsplanner.domain.kinds import LessonKind, QuestionKind
from beroepsplanner.printing.lessons import ATTITUDE_PROMPTS, NO_TEMPLATE, render_lesson_sheets
from beroepsplanner.printing.styles import dutch_date

ATTITUDE_HEADING = "Houdings- en stereotypevragen"


def flat(value: str) -> str:
    return " ".join(value.split())


def sheets(document: ChainDocument, read_pdf):
    out = io.BytesIO()
    pages = render_lesson_sheets(document, out)
    printed = read_pdf(out.getvalue())
    assert pages == len(printed)
    return printed


def test_a_sheet_per_lesson_preparation_first_then_reflection(older_chain, read_pdf):
    printed = sheets(older_chain, read_pdf)
    lessons = older_chain.lessons
    assert [lesson.kind for lesson in lessons] == [
        LessonKind.PREPARATION, LessonKind.PREPARATION, LessonKind.REFLECTION
    ]
    assert len(printed) == len(lessons)
    kickers = ["VOORBEREIDINGSLES 1 VAN 2", "VOORBEREIDINGSLES 2 VAN 2", "REFLECTIELES"]
    for index, (lesson, kicker) in enumerate(zip(lessons, kickers)):
        text = printed.flat(index)
        assert text.startswith(kicker) or kicker in text
        assert lesson.title in text
        assert f"bladzijde {index + 1} van {len(lessons)}" in text


def test_a_sheet_shows_date_class_activity_goal_duration_steps_and_materials(older_chain, read_pdf):
    printed = sheets(older_chain, read_pdf)
    lesson = older_chain.preparation[0]
    text = printed.flat(0)
    assert f"Datum {dutch_date(lesson.date, weekday=True)}" in text
    assert f"{older_chain.class_name} · {older_chain.teacher}" in text
    assert f"{older_chain.activity_title} · bedrijfsbezoek op {dutch_date(older_chain.date, weekday=True)}" in text
    assert older_chain.company and older_chain.company in text
    assert f"Doel {flat(lesson.goal)}" in text
    assert f"Duur {lesson.duration_minutes} minuten" in text
    for number, step in enumerate(lesson.steps, start=1):
        assert f"{number}. {flat(step)}" in text
    assert "Materialen" in text
    for material in lesson.materials:
        assert f"• {material}" in text
    assert "Sanne Verhoef (Zonnepaneelmonteur) – doorbreekt een stereotype" in text
    safety = f"Veiligheid {older_chain.safety_notes}"  # the company's rules, for the preparation
    assert older_chain.safety_notes and safety in text
    assert safety not in printed.flat(2)


def test_knowledge_and_attitude_questions_stand_under_their_own_headings(demo_chains, read_pdf):
    for document in (demo_chains["Groep 7"][1], demo_chains["Groep 3"][0]):
        printed = sheets(document, read_pdf)
        for index, lesson in enumerate(document.lessons):
            text = printed.flat(index)
            knowledge, attitude = text.index("Kennisvragen"), text.index(ATTITUDE_HEADING)
            assert knowledge < attitude
            for question in lesson.questions:
                where = text.index(flat(question.text))
                if question.kind is QuestionKind.KNOWLEDGE:
                    assert knowledge < where < attitude
                else:
                    assert where > attitude


def test_the_career_competence_is_named_in_small_text(older_chain, read_pdf):
    printed = sheets(older_chain, read_pdf)
    for index, lesson in enumerate(older_chain.lessons):
        for question in lesson.questions:
            if question.competence:
                assert f"{flat(question.text)} ({question.competence})" in printed.flat(index)


def test_every_sheet_ends_with_a_prompt_about_the_teachers_own_attitude(older_chain, read_pdf):
    printed = sheets(older_chain, read_pdf)
    for index, lesson in enumerate(older_chain.lessons):
        text = printed.flat(index)
        assert "Je eigen houding" in text
        assert any(flat(prompt) in text for prompt in ATTITUDE_PROMPTS[lesson.kind])
    assert printed.flat(0) != printed.flat(1)  # two preparation lessons, two prompts


def test_a_lesson_without_template_prints_lines_to_fill_in(older_chain, read_pdf):
    own = LessonSheet(LessonKind.REFLECTION, older_chain.reflection[0].date, "Terugblik")
    document = dataclasses.replace(older_chain, reflection=(own,))
    printed = sheets(document, read_pdf)
    assert len(printed) == 3
    text = printed.flat(2)
    assert "REFLECTIELES Terugblik" in text
    assert NO_TEMPLATE in text
    for heading in ("Doel", "Stappen", "Materialen", "Kennisvragen", ATTITUDE_HEADING, "Je eigen houding"):
        assert heading in text
    assert "Duur niet opgegeven" in text
    assert "Wie zou dit werk kunnen doen?" in text  # an example attitude question


def test_user_text_is_printed_as_written_never_as_markup(older_chain, read_pdf):
    lesson = LessonSheet(
        LessonKind.PREPARATION,
        older_chain.preparation[0].date,
        "Lezen & schrijven <b>vet</b>",
        goal="Leerlingen zien dat 3 < 4 & 5 > 2.",
        steps=("Vraag: wat doet Ayşe's moeder <precies>?",),
        materials=("pen & papier",),
        questions=(Question("Wie maakt <dit>?", QuestionKind.ATTITUDE, "werk & <exploratie>"),),
        notes="Łukasz & Jiří\nnemen <foto's> mee",
    )
    document = dataclasses.replace(
        older_chain, preparation=(lesson,), reflection=(), activity_title="Zoë & İlayda <op bezoek>"
    )
    text = sheets(document, read_pdf).flat(0)
    for written in (
        "Lezen & schrijven <b>vet</b>",
        "Leerlingen zien dat 3 < 4 & 5 > 2.",
        "1. Vraag: wat doet Ayşe's moeder <precies>?",
        "• pen & papier",
        "Wie maakt <dit>? (werk & <exploratie>)",
        "Łukasz & Jiří nemen <foto's> mee",
        "Zoë & İlayda <op bezoek>",
    ):
        assert written in text
    assert "&amp;" not in text and "&lt;" not in text


def test_header_and_footer_name_school_class_chain_and_page(older_chain, read_pdf):
    text = sheets(older_chain, read_pdf).flat(1)
    assert f"{older_chain.school} · schooljaar {older_chain.school_year}" in text
    assert f"Keten: {older_chain.activity_title} · bedrijfsbezoek op {dutch_date(older_chain.date)}" in text
    assert "bladzijde 2 van 3" in text


def test_every_demo_lesson_fits_on_one_sheet(demo_chains):
    for documents in demo_chains.values():
        for document in documents:
            assert render_lesson_sheets(document, io.BytesIO()) == len(document.lessons)


def test_a_chain_without_lessons_gets_one_page_that_says_so(older_chain, read_pdf):
    document = dataclasses.replace(older_chain, preparation=(), reflection=())
    printed = sheets(document, read_pdf)
    assert len(printed) == 1
    assert "geen voorbereidings- of reflectieles" in printed.flat(0)


def test_writes_to_a_path_with_the_embedded_font_only(older_chain, tmp_path: Path, read_pdf):
    out = tmp_path / "lesbladen.pdf"
    assert render_lesson_sheets(older_chain, out) == 3
    fonts = read_pdf(out.read_bytes()).fonts
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


def test_no_sheet_sorts_jobs_by_gender(demo_chains, read_pdf):
    for documents in demo_chains.values():
        printed = sheets(documents[0], read_pdf)
        text = " ".join(printed.flat(i) for i in range(len(printed))).casefold()
        assert "jongens of meisjes" not in text
        assert "voor jongens" not in text and "voor meisjes" not in text
