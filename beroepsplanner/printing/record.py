"""Each pupil's record on paper: what the pupil took part in, over every school year at the
school, with the ticks the teacher entered and room for the pupil's own words.

For the parent conversation and, in groep 8, for the secondary school. One or more pages
per pupil, every pupil starting on a new page; the footer names the pupil and counts that
pupil's pages, so a printed stack sorts itself. Dutch, like every printed document (the
papers go to Dutch parents and schools). User text always goes through ``styles.text()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
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

from beroepsplanner.dates import date_text, dutch_period
from beroepsplanner.domain.pupil_record import (
    PupilRecordSheet,
    RecordChain,
    RecordDocument,
    RecordYear,
)
from beroepsplanner.printing.drawing import side_by_side
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
from beroepsplanner.printing.lessons import WritingLines
from beroepsplanner.printing.styles import (
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
DATE_COLUMN = 27 * mm

OWN_WORDS_PROMPTS = (
    ("Dit vond ik het interessantst, en waarom:", 3),
    ("Dit kan ik al goed, en dit wil ik nog leren:", 3),
    ("Hier wil ik later meer van weten of mee doen:", 2),
)
GROWTH = "Talenten groeien als je oefent: van veel beroepen kun je een heleboel leren."

Progress = Callable[[int, int], None]


class _RecordStyles(Styles):
    def __init__(self) -> None:
        super().__init__()
        self.kicker = self.small.clone("kicker", fontName=FONT_BOLD, textColor=MUTED, spaceAfter=1)
        self.year = self.heading.clone("year", fontSize=12.5, leading=15.5, spaceBefore=9, spaceAfter=3)
        self.cell = self.body.clone("cell", fontSize=9.5, leading=12.5)
        self.chain = self.cell.clone("chain", fontName=FONT_BOLD)
        self.date = self.cell.clone("date", textColor=MUTED)
        self.words = self.italic.clone("words", fontSize=9.5, leading=12.5)
        self.note = self.small.clone("note")
        self.prompt = self.body.clone("prompt", fontName=FONT_BOLD, spaceBefore=5, spaceAfter=1)


class _PupilStart(Flowable):
    """Takes no room; tells the canvas which pupil the following pages are of."""

    def __init__(self, index: int, name: str) -> None:
        super().__init__()
        self.index, self.name = index, name

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.record_pupil = (self.index, self.name)  # RecordCanvas keeps it per page


def short_date(day: dt.date) -> str:
    """``17 nov 2026``: the date column's width for any month."""
    return date_text(day, "d MMM y")


def _when(day: dt.date, end: dt.date | None) -> str:
    """``17 nov 2026`` or ``5 t/m 9 okt 2026``."""
    if end is None:
        return short_date(day)
    return f"{short_date(day)} t/m {short_date(end)}"


def _chain_block(chain: RecordChain, st: _RecordStyles) -> Table:
    title = f"{text(chain.title)}"
    if chain.kind:
        title += f' <font name="{FONT}" color="#{MUTED.hexval()[2:]}">· {text(chain.kind)}</font>'
    lines = [Paragraph(title, st.chain)]
    if chain.parts:
        # A series: one experience, its parts in order.
        steps = " → ".join(
            f"{text(part.title)} ({_when(part.date, part.end_date)})" for part in chain.parts
        )
        lines.append(Paragraph(f"<b>In delen:</b> {steps}", st.cell))
    elif chain.end_date is not None:
        days = dutch_period(chain.date, chain.end_date)
        lines.append(Paragraph(text(days[0].upper() + days[1:]), st.cell))
    for label, values in (
        ("Bedrijf", (chain.company,) if chain.company else ()),
        ("Beroepen", chain.professions),
        ("Werelden", chain.worlds),
        ("Rolmodellen", chain.role_models),
        ("Talenten die ik herkende", tuple(t.label for t in chain.talents)),
    ):
        if values:
            lines.append(Paragraph(f"<b>{label}:</b> {text(', '.join(values))}", st.cell))
    if chain.wants_more:
        lines.append(Paragraph("<b>\u2713 Hier wil ik meer van weten.</b>", st.cell))
    if chain.own_words:
        lines.append(Paragraph(f"\u201e{text(chain.own_words)}\u201d", st.words))
    table = Table(
        [[Paragraph(short_date(chain.date), st.date), lines]],
        colWidths=[DATE_COLUMN, WIDTH - 2 * MARGIN - DATE_COLUMN],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table sets Helvetica by default
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, SHADE),
            ]
        )
    )
    return table


def _year(year: RecordYear, st: _RecordStyles) -> list[Flowable]:
    heading = Paragraph(
        f"Groep {year.grade} · schooljaar {year.school_year}"
        f' <font name="{FONT}" size="9.5" color="#{MUTED.hexval()[2:]}">· {text(year.class_name)}</font>',
        st.year,
    )
    blocks: list[Flowable] = [_chain_block(chain, st) for chain in year.chains]
    if not blocks:
        blocks = [Paragraph("Nog geen activiteiten in dit schooljaar.", st.note)]
    story: list[Flowable] = [KeepTogether([heading, blocks[0]]), *blocks[1:]]
    if year.absent:
        missed = "; ".join(f"{text(title)} ({dutch_date(day)})" for title, day in year.absent)
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(f"Niet bij geweest (afwezig): {missed}.", st.note))
    return story


def _summary(sheet: PupilRecordSheet) -> str:
    """``3 activiteiten · 2 bedrijven · 5 beroepen · 2 werelden en sectoren`` (what is
    there), or that there is nothing yet."""
    chains = [chain for year in sheet.years for chain in year.chains]
    if not chains:
        return "nog geen activiteiten"
    companies = {chain.company for chain in chains if chain.company}
    professions = {p.casefold() for chain in chains for p in chain.professions}
    worlds = {w for chain in chains for w in chain.worlds}
    parts = [
        _count(len(chains), "activiteit", "activiteiten"),
        _count(len(companies), "bedrijf", "bedrijven"),
        _count(len(professions), "beroep", "beroepen"),
        _count(len(worlds), "wereld of sector", "werelden en sectoren"),
    ]
    return " · ".join(part for part in parts if not part.startswith("0 "))


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _pupil(sheet: PupilRecordSheet, index: int, doc: RecordDocument, st: _RecordStyles) -> list[Flowable]:
    grades = [year.grade for year in sheet.years]
    since = (
        f"van groep {grades[0]} tot en met groep {grades[-1]}"
        if grades and grades[0] != grades[-1]
        else f"in groep {doc.grade}"
    )
    story: list[Flowable] = [
        _PupilStart(index, sheet.display_name),
        Paragraph("OVERZICHT BEROEPSORIËNTATIE", st.kicker),
        Paragraph(text(sheet.display_name), st.title),
        Paragraph(
            f"{text(doc.class_name)} · schooljaar {doc.school_year} · bijgewerkt tot "
            f"{dutch_date(doc.printed_on)}",
            st.small,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Wat {text(sheet.display_name)} {since} heeft gezien en gedaan bij de activiteiten "
            f"over beroepen: {_summary(sheet)}.",
            st.body,
        ),
    ]
    for year in sheet.years:
        story += _year(year, st)
    own: list[Flowable] = [Paragraph("In mijn eigen woorden", st.year)]
    for prompt, lines in OWN_WORDS_PROMPTS:
        own += [Paragraph(prompt, st.prompt), WritingLines(lines)]
    own += [Spacer(1, 2 * mm), Paragraph(GROWTH, st.note)]
    story += [Spacer(1, 3 * mm), KeepTogether(own)]
    return story


def _frame(c: Canvas, doc: RecordDocument, name: str, number: int, total: int) -> None:
    """Header (school, class) and footer (pupil, that pupil's page count)."""
    c.saveState()
    y = HEIGHT - 12 * mm
    school = " · ".join(x for x in (doc.school, f"schooljaar {doc.school_year}") if x)
    side_by_side(c, school, doc.class_name, MARGIN, WIDTH - MARGIN, y, left_font=FONT_BOLD, color=MUTED)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.5)
    c.line(MARGIN, y - 2.5 * mm, WIDTH - MARGIN, y - 2.5 * mm)
    y = 11 * mm
    c.line(MARGIN, y + 4 * mm, WIDTH - MARGIN, y + 4 * mm)
    side_by_side(
        c, f"Overzicht beroepsoriëntatie · {name}", f"blad {number} van {total}",
        MARGIN, WIDTH - MARGIN, y, color=MUTED, upwards=False,
    )
    c.restoreState()


def _record_canvas(doc: RecordDocument) -> type[Canvas]:
    class RecordCanvas(Canvas):
        """Holds its pages back until the end, so each footer can count its pupil's pages."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[tuple[dict[str, Any], tuple[int, str]]] = []
            self.record_pupil: tuple[int, str] = (0, "")

        def showPage(self) -> None:
            self.held.append((dict(self.__dict__), self.record_pupil))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for _state, (index, _name) in self.held:
                totals[index] = totals.get(index, 0) + 1
            seen: dict[int, int] = {}
            for state, (index, name) in self.held:
                seen[index] = seen.get(index, 0) + 1
                self.__dict__.update(state)
                _frame(self, doc, name, seen[index], totals[index])
                super().showPage()
            super().save()

    return RecordCanvas


def render_record(
    document: RecordDocument, out: BinaryIO | str | Path, *, progress: Progress | None = None
) -> int:
    """Write the record of every pupil of ``document`` to ``out``: one or more pages per
    pupil, a page break between pupils. Returns the number of pages. ``progress(done,
    total)`` is called per pupil while the pages are laid out."""
    st = _RecordStyles()
    template = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"Overzicht beroepsoriëntatie {document.class_name}",
        subject=(
            f"Per leerling van {document.class_name}, schooljaar {document.school_year}: "
            "de activiteiten over beroepen door de jaren heen"
            + (f", {document.school}" if document.school else "")
        ),
        author=document.school,
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    # No side padding: the chains' tables are as wide as the frame and line up with the text.
    frame = Frame(
        MARGIN, BOTTOM, WIDTH - 2 * MARGIN, HEIGHT - TOP - BOTTOM, id="record",
        leftPadding=0, rightPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="record", frames=[frame])])
    story: list[Flowable] = []
    total = len(document.pupils)
    for index, sheet in enumerate(document.pupils):
        if story:
            story.append(PageBreak())
        story += _pupil(sheet, index, document, st)
        if progress is not None:
            progress(index + 1, total)
    template.build(story, canvasmaker=_record_canvas(document))
    return int(template.page)
