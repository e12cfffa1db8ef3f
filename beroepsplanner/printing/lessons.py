"""Lesson sheets: the teacher's sheet for each preparation and reflection lesson of a chain.

One sheet per lesson (preparation first, then reflection), each starting on a
new page: what the lesson is for, how it runs, what it needs, the questions to
ask (facts apart from attitudes and stereotypes) and a short prompt about the
teacher's own attitude. User text always goes through ``styles.text()`` before
it becomes Paragraph markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.documents import ChainDocument, LessonSheet
from beroepsplanner.domain.kinds import LessonKind, QuestionKind
from beroepsplanner.printing.drawing import shorten, side_by_side
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
from beroepsplanner.printing.paper_text import guest_text, on_days, parent_guest
from beroepsplanner.printing.styles import (
    INK,
    LANGUAGE,
    LINE,
    MARGIN,
    MUTED,
    PAGE,
    SHADE,
    Styles,
    dutch_date,
    text,
)

WIDTH, HEIGHT = PAGE
TOP = 22 * mm
BOTTOM = 20 * mm
NO_TEMPLATE = "Geen lesopzet: vul zelf in."
MUTED_HEX = "#" + MUTED.hexval()[2:]

# A prompt about the teacher's own attitude, by lesson kind; varied over lessons and chains.
ATTITUDE_PROMPTS: dict[LessonKind, tuple[str, ...]] = {
    LessonKind.PREPARATION: (
        "Let op je eigen woorden: zeg 'iemand die ... maakt' of 'de monteur' in plaats van "
        "'een man die ...' of 'een juf die ...'. Laat merken dat je hier veel van kunt leren.",
        "Vraag eerst wat de kinderen verwachten en verbeter nog niets. Welke beelden hoor je? "
        "Schrijf ze op: in de reflectieles kom je erop terug.",
        "Weet je zelf weinig van dit werk? Zeg het gerust: 'Dat weet ik niet, dat gaan we "
        "vragen.' Zo laat je zien dat nieuwsgierig zijn en bijleren bij elk beroep horen.",
    ),
    LessonKind.REFLECTION: (
        "Vraag door op beelden: 'Wie kan dit werk doen? Waarom denk je dat?' Laat merken "
        "dat je veel kunt leren, ook wat je nu nog niet kunt.",
        "Let op wie je het woord geeft: krijgt elk kind dezelfde ruimte om over techniek, "
        "zorg en maken te praten? Prijs inzet en nieuwsgierigheid, niet 'aanleg'.",
        "Oordeel niet over 'makkelijk', 'vies' of 'saai' werk; laat de kinderen zelf "
        "ontdekken wat een beroep vraagt. Zeg 'nog niet' in plaats van 'dat kan ik niet'.",
    ),
}
ATTITUDE_EXAMPLE = (
    "Nog geen houdings- of stereotypevraag in deze les. Bijvoorbeeld: 'Wie zou dit werk "
    "kunnen doen? Kan iedereen dit leren?'"
)


class WritingLines(Flowable):
    """Ruled lines for the teacher to fill in by hand."""

    def __init__(self, count: int, gap: float = 7 * mm) -> None:
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(LINE)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):  # the lowest line a little above the next heading
            y = (i + 0.25) * self.gap
            self.canv.line(0, y, self.width, y)


class _SheetStyles(Styles):
    def __init__(self) -> None:
        super().__init__()
        self.kicker = self.small.clone("kicker", fontName=FONT_BOLD, textColor=MUTED, spaceAfter=2)
        self.numbered = self.bullet.clone("numbered", bulletFontName=FONT, spaceAfter=2)
        self.dot = self.numbered.clone("dot", bulletFontName=FONT)
        self.label = self.small.clone("label", fontName=FONT_BOLD, textColor=INK)
        self.cell = self.body.clone("cell", fontSize=9.5, leading=12.5)
        self.note = self.italic.clone("note", textColor=MUTED)
        # Tighter than the shared headings: a lesson should fit on one sheet.
        self.heading = self.heading.clone("sheet heading", fontSize=12.5, leading=15, spaceBefore=7, spaceAfter=2)
        self.subheading = self.subheading.clone("sheet subheading", spaceBefore=4, spaceAfter=1)


def _info(doc: ChainDocument, lesson: LessonSheet, st: _SheetStyles) -> Table:
    activity = f"{text(doc.activity_title)} · {doc.activity_kind.label} {on_days(doc, weekday=True)}"
    rows = [
        ("Datum", dutch_date(lesson.date, weekday=True)),
        ("Klas", text(" · ".join(x for x in (doc.class_name, doc.teacher) if x))),
        ("Activiteit", activity),
    ]
    guest = parent_guest(doc)
    if doc.company:
        where = ", ".join(x for x in (doc.company, doc.company_address, doc.company_place) if x)
        rows.append(("Bedrijf", text(where)))
    elif guest is not None:
        rows.append(("Gast", text(guest_text(guest) + ", ouder van een leerling")))
    minutes = lesson.duration_minutes
    rows.append(("Duur", f"{minutes} minuten" if minutes else "niet opgegeven"))
    if doc.professions:
        rows.append(("Beroepen", text(", ".join(doc.professions))))
    if doc.worlds:
        rows.append(("Werelden" if len(doc.worlds) > 1 else "Wereld", text(", ".join(doc.worlds))))
    if doc.role_models:
        people = [
            r.name + (f" ({r.profession})" if r.profession else "")
            + (" – doorbreekt een stereotype" if r.counter_stereotypical else "")
            for r in doc.role_models
        ]
        rows.append(("Rolmodellen", text("; ".join(people))))
    if doc.project:
        rows.append(("Project", text(doc.project)))
    if lesson.kind is LessonKind.PREPARATION and doc.safety_notes:
        rows.append(("Veiligheid", text(doc.safety_notes)))
    table = Table(
        [[Paragraph(label, st.label), Paragraph(value, st.cell)] for label, value in rows],
        colWidths=[28 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table sets Helvetica by default
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (0, -1), 8),
            ]
        )
    )
    return table


def _listed(
    items: tuple[str, ...], st: _SheetStyles, *, numbered: bool, empty: int, blank: bool
) -> list[Flowable]:
    if not items:  # the note only where the rest of the lesson does have a template
        return [WritingLines(empty)] if blank else [Paragraph(NO_TEMPLATE, st.note), WritingLines(empty)]
    style = st.numbered if numbered else st.dot
    return [
        Paragraph(text(item), style, bulletText=f"{i}." if numbered else "•")
        for i, item in enumerate(items, start=1)
    ]


def _questions(lesson: LessonSheet, st: _SheetStyles, blank: bool) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Vragen", st.heading)]
    groups = (
        (QuestionKind.KNOWLEDGE, "Kennisvragen", "" if blank else "Geen kennisvragen in de lesopzet."),
        (QuestionKind.ATTITUDE, "Houdings- en stereotypevragen", ATTITUDE_EXAMPLE),
    )
    for kind, heading, missing in groups:
        story.append(Paragraph(heading, st.subheading))
        questions = [q for q in lesson.questions if q.kind is kind]
        if not questions:
            story += ([Paragraph(missing, st.note)] if missing else []) + [WritingLines(2)]
        for question in questions:
            label = (
                f' <font size="8" color="{MUTED_HEX}">({text(question.competence)})</font>'
                if question.competence
                else ""
            )
            story.append(Paragraph(text(question.text) + label, st.dot, bulletText="•"))
    return story


def _prompt(lesson: LessonSheet, position: int, doc: ChainDocument, st: _SheetStyles) -> Table:
    prompts = ATTITUDE_PROMPTS[lesson.kind]
    prompt = prompts[(doc.chain_id + position) % len(prompts)]
    box = Table(
        [[[Paragraph("Je eigen houding", st.label), Paragraph(prompt, st.cell)]]],
        colWidths=[WIDTH - 2 * MARGIN],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, LINE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def _sheet(doc: ChainDocument, lesson: LessonSheet, position: int, st: _SheetStyles) -> list[Flowable]:
    same_kind = doc.preparation if lesson.kind is LessonKind.PREPARATION else doc.reflection
    kicker = lesson.kind.label.capitalize()
    if len(same_kind) > 1:
        kicker += f" {position + 1} van {len(same_kind)}"
    story: list[Flowable] = [
        Paragraph(kicker.upper(), st.kicker),
        Paragraph(text(lesson.title), st.title),
        _info(doc, lesson, st),
    ]
    blank = not (lesson.goal or lesson.steps or lesson.materials or lesson.questions)
    if blank:
        story += [Spacer(1, 4 * mm), Paragraph(NO_TEMPLATE, st.subheading)]
    story.append(Paragraph("Doel", st.heading))
    story += [Paragraph(text(lesson.goal), st.body)] if lesson.goal else [WritingLines(2)]
    story.append(Paragraph("Stappen", st.heading))
    story += _listed(lesson.steps, st, numbered=True, empty=4, blank=blank)
    story.append(Paragraph("Materialen", st.heading))
    story += _listed(lesson.materials, st, numbered=False, empty=2, blank=blank)
    story += _questions(lesson, st, blank)
    if lesson.notes:
        notes = text(lesson.notes).replace("\n", "<br/>")
        story += [Paragraph("Notities", st.heading), Paragraph(notes, st.body)]
    story += [Spacer(1, 5 * mm), KeepTogether(_prompt(lesson, position, doc, st))]
    return story


def _frame(c: Canvas, doc: ChainDocument, number: int, total: int) -> None:
    """Header and footer: school and class above, chain and page number below."""
    c.saveState()
    width = WIDTH - 2 * MARGIN
    y = HEIGHT - 12 * mm
    # Whole names on one line where a smaller font allows it, else on two (side_by_side).
    school = " · ".join(x for x in (doc.school, f"schooljaar {doc.school_year}") if x)
    who = " · ".join(x for x in (doc.class_name, doc.teacher) if x)
    side_by_side(c, school, who, MARGIN, WIDTH - MARGIN, y, left_font=FONT_BOLD, color=MUTED)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.5)
    c.line(MARGIN, y - 2.5 * mm, WIDTH - MARGIN, y - 2.5 * mm)
    y = 11 * mm
    c.line(MARGIN, y + 4 * mm, WIDTH - MARGIN, y + 4 * mm)
    # The kind and date are never cut; only a title wider than the page gets an ellipsis.
    when = f" · {doc.activity_kind.label} {on_days(doc)}"
    title = shorten(doc.activity_title, FONT, 7, width - stringWidth(f"Keten: {when}", FONT, 7))
    side_by_side(
        c, f"Keten: {title}{when}", f"bladzijde {number} van {total}", MARGIN, WIDTH - MARGIN, y,
        color=MUTED, upwards=False,
    )
    c.restoreState()


def _numbered_canvas(doc: ChainDocument) -> type[Canvas]:
    class SheetCanvas(Canvas):
        """Holds its pages back until the end, so every footer can say 'x van n'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.held:
                self.__dict__.update(state)
                _frame(self, doc, self._pageNumber, len(self.held))
                super().showPage()
            super().save()

    return SheetCanvas


def render_lesson_sheets(document: ChainDocument, out: BinaryIO | str | Path) -> int:
    """Write a sheet per lesson of ``document`` (preparation, then reflection) to ``out``.

    Returns the number of pages. A lesson without a lesson template prints with
    lines to fill in; a chain without lessons gets one page that says so.
    """
    st = _SheetStyles()
    template = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"Lesbladen {document.class_name} – {document.activity_title}",
        subject=(
            f"Voorbereidings- en reflectielessen van {document.class_name}"
            + (f", {document.school}" if document.school else "")
            + f": {document.activity_title} ({document.activity_kind.label} {on_days(document)})"
        ),
        author=document.school,
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    frame = Frame(MARGIN, BOTTOM, WIDTH - 2 * MARGIN, HEIGHT - TOP - BOTTOM, id="sheet")
    template.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    story: list[Flowable] = []
    for lessons in (document.preparation, document.reflection):
        for position, lesson in enumerate(lessons):
            if story:
                story.append(PageBreak())
            story += _sheet(document, lesson, position, st)
    if not story:
        story = [
            Paragraph(text(document.activity_title), st.title),
            Paragraph("Deze keten heeft nog geen voorbereidings- of reflectieles.", st.body),
        ]
    template.build(story, canvasmaker=_numbered_canvas(document))
    return template.page
