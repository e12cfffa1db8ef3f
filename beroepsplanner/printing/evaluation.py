"""The evaluation forms of one chain (``print evaluation --chain N``): one A4 page for the
company, one for the teacher.

The company's page speaks plain Dutch to someone who is not a teacher: thanks, who came and
when, four short questions with room to write (what went well, what the pupils asked,
again next year with three boxes to tick, remarks) and where the page goes back to. It is
always blank: it goes to the company. The teacher's page has the chain's facts and the
teacher's side of the evaluation (``domain/evaluation.py``); the answers already entered
in the window are printed in place of the empty lines and boxes (a copy to keep), the
rest stays empty to fill in by hand and enter later in the chain builder's Evaluation
tab. A chain without a company gets the teacher's page only.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.evaluation import (
    AGAIN_LABELS,
    DEGREE_LABELS,
    Again,
    Degree,
    EvaluationAnswers,
    EvaluationDocument,
)
from beroepsplanner.printing.fonts import FONT
from beroepsplanner.printing.styles import (
    LANGUAGE,
    LINE,
    MARGIN,
    PAGE,
    Styles,
    dutch_date,
    text,
)

WRITING_LINE = 8.5 * mm
"""The height of one empty line to write on."""
EMPTY = "☐"
TICKED = "☒"


def render_evaluation_forms(document: EvaluationDocument, out: BinaryIO | str | Path) -> int:
    """Write the forms of ``document`` as PDF to ``out``; returns the page count."""
    styles = Styles(scale=0.95)
    target = str(out) if isinstance(out, Path) else out
    pdf = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=14 * mm,
        title=f"Evaluatie {document.class_name} — {document.activity_title}",
        author=document.school,
        subject=f"Evaluatieformulieren van {document.activity_title} op {dutch_date(document.date)}",
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    # The frame's own padding (6 pt each side) is where paragraphs start; tables as wide.
    width = pdf.width - 12
    story: list[Flowable] = []
    if document.company:
        story += _company_page(document, styles, width)
        story.append(PageBreak())
    story += _teacher_page(document, styles, width)
    pdf.build(story)
    return int(pdf.page)


# --- the company's page -------------------------------------------------------------------


def _company_page(document: EvaluationDocument, styles: Styles, width: float) -> list[Flowable]:
    company = document.company or ""
    greeting = f"Beste {text(document.contact_name)}," if document.contact_name else "Beste lezer,"
    details = [] if _names_grade(document) else [f"groep {document.grade}"]
    if document.pupils:
        details.append(f"{document.pupils} leerlingen")
    who = text(document.class_name) + (f" ({', '.join(details)})" if details else "")
    teacher = document.teacher or f"de leerkracht van {document.class_name}"
    return [
        _header(document, styles, width, f"Voor {company}"),
        Paragraph("Hoe ging het bezoek?", styles.title),
        Paragraph(greeting, styles.body),
        Spacer(1, 4),
        Paragraph(
            f"Op {dutch_date(document.date, weekday=True)} ontving u {who} van {text(document.school or 'onze school')} voor "
            f"<b>{text(document.activity_title)}</b>. Hartelijk dank daarvoor! Wilt u ons laten "
            "weten hoe het ging? Het zijn vier korte vragen; steekwoorden zijn genoeg. Zo kunnen "
            "we het bezoek samen nog beter maken.",
            styles.body,
        ),
        Spacer(1, 6),
        _question("1. Wat ging er goed?", styles, width, lines=4),
        _question("2. Wat vroegen de kinderen u? Welke vraag verraste u?", styles, width, lines=4),
        _choice_question(
            "3. Wilt u volgend schooljaar weer een klas ontvangen?",
            [AGAIN_LABELS[a] if a is not Again.UNSURE else "weet ik nog niet" for a in Again],
            None, styles, width,
        ),
        _question(
            "4. Opmerkingen of tips voor ons (bijvoorbeeld: een beter moment, een kleinere groep, "
            "iets wat de kinderen vooraf kunnen leren)",
            styles, width, lines=4,
        ),
        Spacer(1, 8),
        Paragraph(
            f"Graag terug naar {text(teacher)}, {text(document.class_name)}"
            + (f", {text(document.school)}" if document.school else "")
            + ". Een foto of mail van dit blad is ook goed. Namen van kinderen hoeven er niet op.",
            styles.small,
        ),
    ]


# --- the teacher's page ---------------------------------------------------------------------


def _teacher_page(document: EvaluationDocument, styles: Styles, width: float) -> list[Flowable]:
    answers = document.answers or EvaluationAnswers()
    company = ", ".join(x for x in (document.company, document.company_place) if x) if document.company else ""
    facts = [
        ("Klas", document.class_name if _names_grade(document) else f"{document.class_name} (groep {document.grade})"),
        ("Activiteit", document.activity_title),
        ("Datum", dutch_date(document.date, weekday=True)),
        ("Bedrijf", company or "geen"),
    ]
    if document.contact_name:
        facts.append(("Contactpersoon", document.contact_name))
    fact_table = Table(
        [[Paragraph(f"<b>{label}</b>", styles.body), Paragraph(text(value), styles.body)] for label, value in facts],
        colWidths=[38 * mm, width - 38 * mm],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]),
    )
    return [
        _header(document, styles, width, "Voor de leerkracht"),
        Paragraph("Evaluatie van de keten", styles.title),
        fact_table,
        Spacer(1, 6),
        _question("1. Wat ging goed?", styles, width, lines=3, answer=answers.went_well),
        _question("2. Wat vroegen de leerlingen?", styles, width, lines=3, answer=answers.pupils_asked),
        _question(
            "3. Welke mensen en beroepen ontmoetten ze?", styles, width, lines=2,
            answer=answers.people_met,
        ),
        _choice_question(
            "4. Hielp de voorbereiding?", [DEGREE_LABELS[d] for d in Degree],
            _label_of(answers.preparation_helped), styles, width,
        ),
        _choice_question(
            "5. Raakte de reflectie ook houdingen en vooroordelen, niet alleen feiten?",
            [DEGREE_LABELS[d] for d in Degree], _label_of(answers.reflection_attitudes), styles, width,
        ),
        _choice_question(
            "6. Volgend schooljaar weer?", [AGAIN_LABELS[a] for a in Again],
            _label_of(answers.again), styles, width,
        ),
        Spacer(1, 8),
        Paragraph(
            "Vul de antwoorden daarna in bij de keten in Beroepsplanner (tabblad Evaluatie), samen "
            "met wat het bedrijf terugstuurde. Schrijf over de klas als geheel: geen namen van "
            "leerlingen.",
            styles.small,
        ),
    ]


def _names_grade(document: EvaluationDocument) -> bool:
    """The class's name says its groep already (``Groep 4``, ``groep 6b``)."""
    return f"groep {document.grade}" in document.class_name.casefold()


def _label_of(value: Degree | Again | None) -> str | None:
    return value.label if value is not None else None


# --- parts ---------------------------------------------------------------------------------


def _header(document: EvaluationDocument, styles: Styles, width: float, who: str) -> Table:
    left = " · ".join(x for x in (document.school, f"schooljaar {document.school_year}") if x)
    right = ParagraphStyle("right", parent=styles.small, alignment=TA_RIGHT)
    return Table(
        [[Paragraph(text(left), styles.small), Paragraph(f"<b>{text(who)}</b>", right)]],
        colWidths=[width * 0.6, width * 0.4],
        style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ]),
    )


def _question(
    question: str, styles: Styles, width: float, *, lines: int, answer: str = ""
) -> KeepTogether:
    """A question with empty lines to write on, or the answer already given."""
    parts: list[Flowable] = [Paragraph(f"<b>{text(question)}</b>", styles.subheading)]
    if answer:
        for paragraph in answer.splitlines() or [answer]:
            parts.append(Paragraph(text(paragraph) or "&nbsp;", styles.body))
        parts.append(Spacer(1, 4))
        return KeepTogether(parts)
    rows = [[""] for _ in range(lines)]
    parts.append(
        Table(
            rows,
            colWidths=[width],
            rowHeights=[WRITING_LINE] * lines,
            style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE)]),
        )
    )
    return KeepTogether(parts)


def _choice_question(
    question: str, choices: list[str], chosen: str | None, styles: Styles, width: float
) -> KeepTogether:
    """A question with a box to tick per answer (the chosen one ticked)."""
    boxes = ("&nbsp;" * 8).join(
        f"{TICKED if c == chosen else EMPTY}&nbsp;{text(c)}" for c in choices
    )
    return KeepTogether([
        Paragraph(f"<b>{text(question)}</b>", styles.subheading),
        Paragraph(boxes, styles.body),
        Spacer(1, 2),
    ])
