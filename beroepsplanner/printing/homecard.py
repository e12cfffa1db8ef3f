"""The card for home (*kaart voor thuis*) after an activity (issue 17 item 5; domain.md,
"Partners": "after an activity a short card for home with questions for the dinner table").

Half an A4 each (A5 landscape), two to a page with a dashed line to cut along: one card per
pupil of the class with the pupil's name (DejaVu, so Ayşe and Łukasz print as written), and
a card without a name in the last half when the count is odd (or two when the class has no
pupils yet). A card says what the class did (activity, company, date, what was prepared),
what the pupils saw — the professions, worlds and role models of ``ChainDocument``, by the
one rule ``meeting_of``, never a catalog default — and three questions for the dinner table,
simpler for groep 1–4. Beeldenbrekers' card carries the tips for parents that go home with
the drawing.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.domain.parent_documents import HomeCardDocument
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
from beroepsplanner.printing.paper_text import and_list, lower_first
from beroepsplanner.printing.styles import LANGUAGE, MUTED, PAGE, Styles, dutch_date, text

CARD_MARGIN = 11 * mm
HALF = PAGE[1] / 2

BEELDENBREKERS_TIPS = (
    "Kijk samen naar de tekening. Vraag: wie heb je getekend, en wat doet die persoon?",
    "Vraag wat er anders was aan de gast dan aan de tekening, en wat hetzelfde.",
    "Vertel over mensen die u kent met werk dat je niet meteen verwacht: een vrouw die "
    "auto’s repareert, een man die in de zorg werkt.",
    "Zegt uw kind ‘dat is niks voor mij’? Vraag wat het er wél leuk aan vindt. Niet alles "
    "past bij iedereen, maar je kunt veel meer leren dan je denkt.",
    "Geef de tekening een plek waar u er samen nog eens naar kijkt.",
)


def render_homecards(card: HomeCardDocument, out: BinaryIO | str | Path) -> int:
    """Write the cards for home of ``card`` as PDF to ``out``; returns the page count."""
    document = card.chain
    target = str(out) if isinstance(out, Path) else out
    pdf = BaseDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=CARD_MARGIN,
        rightMargin=CARD_MARGIN,
        topMargin=CARD_MARGIN,
        bottomMargin=CARD_MARGIN,
        title=f"Kaart voor thuis {document.class_name} — {document.activity_title}",
        author=document.school,
        subject=f"Kaart voor thuis na {document.activity_title} op {dutch_date(document.date)}",
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    width = pdf.width
    height = HALF - 2 * CARD_MARGIN
    frames = [
        Frame(CARD_MARGIN, HALF + CARD_MARGIN, width, height, id="top", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(CARD_MARGIN, CARD_MARGIN, width, height, id="bottom", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ]
    pdf.addPageTemplates([PageTemplate(id="cards", frames=frames, onPage=_cut_line)])
    names: list[str | None] = list(card.pupils) or [None]
    if len(names) % 2:
        names.append(None)  # a spare card without a name
    longest = max(names, key=lambda n: len(n or ""))
    styles = _fitting_styles(card, longest, width, height)
    story: list[Flowable] = []
    for index, name in enumerate(names):
        if index:
            story.append(FrameBreak())
        story.append(KeepInFrame(width, height, _card(card, name, styles, width), mode="shrink"))
    pdf.build(story)
    return pdf.page


SCALES = (1.15, 1.05, 0.97, 0.9, 0.84, 0.78)
"""The font sizes a card tries, largest first: the first whose card fits its half page."""


def _fitting_styles(card: HomeCardDocument, name: str | None, width: float, height: float) -> Styles:
    """The largest styles whose card fits (measured, not shrunk: ReportLab's shrinking
    measures a table of paragraphs at one width and draws it at another)."""
    for scale in SCALES:
        styles = Styles(scale=scale)
        used = sum(
            f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in _card(card, name, styles, width)
        )
        if used <= height:
            return styles
    return styles


def _cut_line(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.7)
    canvas.line(0, HALF, PAGE[0], HALF)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8)
    canvas.drawString(CARD_MARGIN, HALF + 3, "✂  hier knippen")
    canvas.restoreState()


def _card(card: HomeCardDocument, name: str | None, styles: Styles, width: float) -> list[Flowable]:
    document = card.chain
    who = f"Voor thuis: <b>{text(name)}</b>" if name else "Voor thuis: ____________________"
    heading = Table(
        [[Paragraph(who, styles.heading), Paragraph(
            f"{text(document.school)}<br/>{text(document.class_name)} · {dutch_date(document.date)}",
            styles.small,
        )]],
        colWidths=["62%", "38%"],
        style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]),
    )
    left: list[Flowable] = [
        Paragraph("Wat we deden", styles.subheading),
        Paragraph(what_we_did(document), styles.body),
    ]
    prepared = what_we_prepared(document)
    if prepared:
        left += [Spacer(1, 2), Paragraph(prepared, styles.body)]
    left += [Paragraph("Wat we zagen", styles.subheading), Paragraph(what_we_saw(document), styles.body)]
    right: list[Flowable] = [
        Paragraph("Drie vragen voor aan tafel", styles.subheading),
        _list(dinner_questions(card), styles, numbered=True),
    ]
    if card.beeldenbrekers:
        right += [
            Paragraph("Tips bij de tekening", styles.subheading),
            _list([text(t) for t in BEELDENBREKERS_TIPS], styles, numbered=False),
        ]
    columns = Table(
        [[left, right]],
        colWidths=["50%", "50%"],
        style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ("LEFTPADDING", (1, 0), (1, 0), 8),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ]),
    )
    teacher = document.teacher or f"de leerkracht van {document.class_name}"
    return [
        heading,
        Spacer(1, 4),
        columns,
        Spacer(1, 4),
        Paragraph(
            "Praat er thuis even over door: zo ontdekt uw kind steeds meer beroepen, en wat bij "
            f"hem of haar past. Hartelijke groet, {text(teacher)}.",
            styles.small,
        ),
    ]


def _list(items: list[str], styles: Styles, *, numbered: bool) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(item, styles.body), leftIndent=13, spaceAfter=2) for item in items],
        bulletType="1" if numbered else "bullet",
        start=None if numbered else "•",
        bulletFontName=FONT_BOLD if numbered else FONT,
        bulletFontSize=styles.body.fontSize,
        leftIndent=13,
    )


def what_we_did(document: ChainDocument) -> str:
    """The activity, the company and the day, in the past tense."""
    when = dutch_date(document.date, weekday=True)
    who = text(document.class_name)
    title = f"<b>{text(document.title_for_pupils)}</b>"
    place = f" in {text(document.company_place)}" if document.company_place else ""
    company = f"<b>{text(document.company)}</b>{place}" if document.company else ""
    kind = document.activity_kind
    if kind is ActivityKind.COMPANY_VISIT:
        if company:  # the company says what it was; a catalog title would say less
            return f"Op {when} ging {who} op bezoek bij {company}."
        return f"Op {when} ging {who} op bezoek bij een bedrijf in de buurt: {title}."
    if kind is ActivityKind.INTERNSHIP:
        return f"Op {when} liepen de kinderen van {who} mee bij {company or 'een organisatie in de buurt'}: {title}."
    if kind is ActivityKind.GUEST_LESSON:
        sentence = f"Op {when} kreeg {who} een gastles in de klas: {title}."
        return sentence + (f" De gast kwam van {company}." if company and not document.role_models else "")
    sentence = f"Op {when} deed {who} mee aan {title}."
    return sentence + (f" We werkten samen met {company}." if company else "")


def what_we_prepared(document: ChainDocument) -> str:
    """What the class prepared, by the titles of the chain's preparation lessons."""
    titles = [f"‘{text(lesson.title)}’" for lesson in document.preparation if lesson.title.strip()]
    if not titles:
        return ""
    return f"In de klas bereidden we ons voor met {and_list(titles)}."


def what_we_saw(document: ChainDocument) -> str:
    """The role models, professions and worlds the pupils met; never invented."""
    parts = []
    people = [
        f"<b>{text(r.name)}</b>" + (f" ({text(lower_first(r.profession))})" if r.profession else "")
        for r in document.role_models[:4]
    ]
    if people:
        parts.append(f"We ontmoetten {and_list(people)}.")
    jobs = {r.profession for r in document.role_models[:4] if r.profession}
    others = [text(lower_first(p)) for p in document.professions if p not in jobs][:6]
    if others:
        parts.append(("Ook deze beroepen kwamen aan bod: " if people else "Deze beroepen kwamen aan bod: ") + and_list(others) + ".")
    if document.worlds:
        field = "de wereld" if len(document.worlds) == 1 else "de werelden"
        parts.append(f"Het hoort bij {field} {and_list(text(w) for w in document.worlds)}.")
    return " ".join(parts) or "Vraag uw kind wat het heeft gezien en gedaan: het kan het u zelf het beste vertellen."


def dinner_questions(card: HomeCardDocument) -> list[str]:
    """Three questions to ask at the dinner table: simpler for groep 1–4; one asks about the
    people who do this work (the attitude, not only the facts)."""
    document = card.chain
    where = f"bij {text(document.company)}" if document.company else "bij deze activiteit"
    guest = document.role_models[0] if document.role_models else None
    if card.beeldenbrekers:
        first = "Wie heb je getekend? En wie kwam er echt in de klas vertellen?"
    elif card.young:
        first = f"Wat heb je gezien en gedaan {where}?"
    else:
        first = f"Welk beroep {where} vond je het interessantst, en waarom?"
    if card.young:
        second = (
            f"Wie heb je ontmoet? Wat voor werk doet {text(guest.name)}?"
            if guest
            else "Welk werk heb je gezien? Weet je hoe dat beroep heet?"
        )
        return [
            first,
            second,
            "Wat vond je het leukst? Wat zou je nog eens willen proberen?",
        ]
    counter = next((r for r in document.role_models if r.counter_stereotypical), None)
    third = (
        f"Had je verwacht dat {text(counter.name)} dit werk doet? Waarom wel of niet?"
        if counter
        else "Wat voor mensen doen dit werk, denk je? Klopte dat met wat je zag?"
    )
    return [
        first,
        "Wat moet je goed kunnen voor dat werk? Wat kun jij daar al van, en wat zou je nog willen leren?",
        third,
    ]
