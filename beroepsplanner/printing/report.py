"""The report for the team and the board (issue 18 items 4 and 5): a few A4 pages.

The school's vision and goals, the year in figures, the line per groep and per cohort as a
heat map (how many chains meet each world of technology), the before-and-after results in
ReportLab's own bar charts, the companies the school worked with, every school year side by
side when there is more than one, and the plan for next year when it is made. Every number
comes from ``domain.report.SchoolReport``, the same figures as ``beroepsplanner report
--json`` and the Overzicht. Wording stays honest: what was counted, not what it proves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.measurement import ANSWERS, Shift
from beroepsplanner.domain.report import Figures, GroepFigures, SchoolReport
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
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
BODY = WIDTH - 2 * MARGIN
STATE_WORDS = {
    "reached": "bereikt",
    "on-its-way": "op weg",
    "not-reached": "niet bereikt",
    "unknown": "nog niet te meten",
}
ANSWER_WORDS = {"woman": "een vrouw", "man": "een man", "both": "allebei", "unclear": "weet niet"}
BEFORE, AFTER = colors.HexColor("#9aa5b1"), colors.HexColor("#1d6fa5")


def _heat(count: int) -> colors.Color:
    """Light to dark blue for 0, 1, 2, 3+ chains (readable in black and white too)."""
    return [colors.white, colors.HexColor("#d6e6f2"), colors.HexColor("#9cc3e0"), colors.HexColor("#5b9bcc")][
        min(count, 3)
    ]


def _short(world: str) -> str:
    """A world's name for a narrow column head: its first word (``Mens``, ``Hi-tech``)."""
    return world.split(",")[0].split(" &")[0]


class _Report:
    def __init__(self, report: SchoolReport, today: dt.date) -> None:
        self.report, self.today = report, today
        self.styles = Styles(scale=0.95)
        self.head_style = ParagraphStyle(
            "head", parent=self.styles.body, fontName=FONT_BOLD, fontSize=6.8, leading=8,
            alignment=TA_CENTER,
        )
        self.story: list[object] = []

    def p(self, words: str, style: str = "body") -> None:
        self.story.append(Paragraph(words, getattr(self.styles, style)))

    def head(self, words: str) -> Paragraph:
        """A column head that wraps instead of running into the next one."""
        return Paragraph(text(words), self.head_style)

    def table(self, rows: list[list[object]], widths: list[float], extra: list[tuple] | None = None) -> Table:
        rows = [[self.head(c) if isinstance(c, str) else c for c in rows[0]], *rows[1:]]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            *(extra or []),
        ]))
        return table

    # --- the parts ---------------------------------------------------------------------

    def opening(self) -> None:
        report = self.report
        self.p(text(f"Beroepsoriëntatie op {report.school or 'school'}"), "title")
        self.p(text(f"Schooljaar {report.school_year} · gemaakt op {dutch_date(self.today)}"), "small")
        self.story.append(Spacer(1, 4 * mm))
        self.p("Onze visie", "heading")
        if report.vision.strip():
            self.p(text(report.vision.strip()))
        else:
            self.p("De school heeft haar visie nog niet in het programma beschreven.", "small")
        self.p("Het jaar in cijfers", "heading")
        year = report.year
        rows = [
            ["ketens", f"{year.chains} ({year.done} uitgevoerd, {year.planned} gepland, {year.concepts} concept)"],
            ["lessen", f"{year.preparation_lessons} voorbereidingslessen, {year.reflection_lessons} reflectielessen"],
            ["werelden van techniek", f"{len(year.worlds)} van de {len(report.worlds)}"],
            ["andere sectoren", ", ".join(year.sectors) or "geen"],
            ["bedrijven", str(len(year.companies))],
            ["beroepen", str(year.professions)],
            ["rolmodellen", f"{year.role_models}, van wie {year.counter_stereotypical} tegen het stereotype in"],
            ["ketens met zo'n rolmodel", f"{year.chains_with_counter_stereotypical} van de {year.chains}"],
            ["ketens met een ouder als gast", f"{year.parents_involved} van de {year.chains}"],
            ["geëvalueerde ketens", f"{year.evaluated} van de {year.chains}"],
        ]
        self.story.append(self.table(
            [["", ""], *[[Paragraph(text(a), self.styles.body), Paragraph(text(b), self.styles.body)] for a, b in rows]],
            [55 * mm, BODY - 55 * mm],
            [("ALIGN", (0, 0), (-1, -1), "LEFT"), ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white)],
        ))
        self.goals()

    def goals(self) -> None:
        self.p("Onze doelen", "heading")
        if not self.report.goals:
            self.p("Er zijn nog geen doelen van de school in het programma gezet.", "small")
            return
        rows: list[list[object]] = [["doel", "stand", "hoe ver"]]
        shade = []
        for number, goal in enumerate(self.report.goals, start=1):
            rows.append([
                Paragraph(text(goal.text), self.styles.body),
                STATE_WORDS.get(goal.state, goal.state),
                Paragraph(text(goal.detail), self.styles.small),
            ])
            if goal.state == "reached":
                shade.append(("BACKGROUND", (1, number), (1, number), colors.HexColor("#d6efd8")))
            elif goal.state == "not-reached":
                shade.append(("BACKGROUND", (1, number), (1, number), colors.HexColor("#f6d5d1")))
        self.story.append(self.table(rows, [88 * mm, 30 * mm, BODY - 118 * mm], shade))

    def heat_map(self, title: str, intro: str, rows: list[tuple[str, Figures]]) -> None:
        worlds = self.report.worlds
        head: list[object] = ["", *[_short(w) for w in worlds], "ketens", "bedrijven", "tegen stereotype"]
        body: list[list[object]] = [head]
        style: list[tuple] = []
        for r, (name, found) in enumerate(rows, start=1):
            cells: list[object] = [name]
            for c, world in enumerate(worlds, start=1):
                count = found.chains_meeting(world)
                cells.append(str(count) if count else "")
                style.append(("BACKGROUND", (c, r), (c, r), _heat(count)))
            cells += [str(found.chains), str(len(found.companies)), str(found.counter_stereotypical)]
            body.append(cells)
        style += [("GRID", (1, 1), (len(worlds), len(rows)), 0.3, LINE)]
        first = 28 * mm
        rest = (BODY - first - 3 * 17 * mm) / len(worlds)
        parts: list[object] = [Paragraph(title, self.styles.heading), Paragraph(intro, self.styles.small)]
        parts.append(self.table(body, [first, *[rest] * len(worlds), 17 * mm, 17 * mm, 17 * mm], style))
        self.story.append(KeepTogether(parts))

    def line(self) -> None:
        report = self.report
        self.story.append(PageBreak())
        self.heat_map(
            "De lijn per groep",
            text(f"Hoeveel ketens van {report.school_year} elke wereld van techniek laten zien "
                 "(via de beroepen en rolmodellen die de leerlingen echt ontmoeten)."),
            [(f"groep {g.groep}", g.figures) for g in report.groepen],
        )
        self.story.append(Spacer(1, 5 * mm))
        self.heat_map(
            "De lijn per cohort",
            text("Dezelfde leerlingen over de schooljaren in het programma, genoemd naar de zomer "
                 "waarin ze naar de middelbare school gaan. Werelden tellen vanaf groep 4."),
            [(f"{c.cohort} (nu groep {c.groep})", c.figures) for c in report.cohorts],
        )

    def before_after(self) -> None:
        self.p("Voor en na: wie kan dit werk doen?", "heading")
        shift = self.report.year.before_after
        if not shift.chains:
            self.p("Er zijn dit schooljaar nog geen ketens waarvan de klas vóór én na de activiteit "
                   "is geteld (tabblad Voor en na in de keten).", "small")
            return
        self.p(text(
            f"De antwoorden van de klassen op dezelfde vraag vóór en na de activiteit, opgeteld "
            f"over {shift.chains} {'keten' if shift.chains == 1 else 'ketens'} waarin beide zijn "
            "geteld. Dit zijn tellingen van de klas, geen toets: ze laten zien of het beeld "
            "verschuift, niet waarom."
        ), "small")
        self.story.append(_chart(shift))
        rows: list[list[object]] = [["groep", "ketens", *[ANSWER_WORDS[a.value] for a in ANSWERS], "wil dit later"]]
        for g in self.report.groepen:
            s = g.figures.before_after
            if not s.chains:
                continue
            rows.append([
                f"groep {g.groep}", str(s.chains),
                *[f"{s.before.count(a) or 0} → {s.after.count(a) or 0}" for a in ANSWERS],
                f"{s.before.want or 0} → {s.after.want or 0}" if s.before.want is not None else "",
            ])
        self.story.append(Spacer(1, 3 * mm))
        self.story.append(self.table(rows, [22 * mm, 16 * mm, *[26 * mm] * 4, BODY - 142 * mm]))

    def partners(self) -> None:
        companies = self.report.year.companies
        words = text(", ".join(companies) + ".") if companies else "Dit schooljaar nog geen bedrijf."
        self.story.append(KeepTogether([
            Paragraph("Bedrijven waarmee we werkten", self.styles.heading),
            Paragraph(words, self.styles.body if companies else self.styles.small),
        ]))

    def years(self) -> None:
        if len(self.report.years) < 2:
            return
        self.p("Over de jaren", "heading")
        rows: list[list[object]] = [["schooljaar", "ketens", "uitgevoerd", "werelden", "bedrijven",
                                     "rolmodellen", "tegen het stereotype in",
                                     "voor → na: allebei (ketens)"]]
        for y in self.report.years:
            f = y.figures
            s = f.before_after
            rows.append([
                y.school_year, str(f.chains), str(f.done), f"{len(f.worlds)}/{len(self.report.worlds)}",
                str(len(f.companies)), str(f.role_models), str(f.counter_stereotypical),
                f"{s.before.both or 0} → {s.after.both or 0} ({s.chains})" if s.chains else "",
            ])
        self.story.append(self.table(rows, [24 * mm, 16 * mm, 20 * mm, 18 * mm, 20 * mm, 22 * mm,
                                            26 * mm, BODY - 146 * mm]))

    def next_year(self) -> None:
        self.p("Het plan voor volgend jaar", "heading")
        plan = self.report.next_year
        if not plan:
            self.p("Het volgende schooljaar staat nog niet in het programma (Bestand > Nieuw "
                   "schooljaar…).", "small")
            return
        rows: list[list[object]] = [["groep", "klassen", "ketens", "werelden", "bedrijven"]]
        rows += [_plan_row(g, len(self.report.worlds)) for g in plan]
        self.story.append(self.table(rows, [20 * mm, 60 * mm, 20 * mm, 25 * mm, BODY - 125 * mm]))

    def build(self) -> list[object]:
        self.opening()
        self.line()
        self.before_after()
        self.partners()
        self.years()
        self.next_year()
        return self.story


def _plan_row(g: GroepFigures, worlds: int) -> list[object]:
    return [f"groep {g.groep}", ", ".join(g.classes), str(g.figures.chains),
            f"{len(g.figures.worlds)}/{worlds}", str(len(g.figures.companies))]


def _chart(shift: Shift) -> Drawing:
    """Bars of the share of each answer before and after (percent of those counted)."""
    drawing = Drawing(BODY, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, BODY - 60 * mm, 46 * mm

    def shares(moment: str) -> list[float]:
        tally = shift.before if moment == "before" else shift.after
        total = tally.answered or 1
        return [round(100 * (tally.count(a) or 0) / total, 1) for a in ANSWERS]

    chart.data = [shares("before"), shares("after")]
    chart.categoryAxis.categoryNames = [ANSWER_WORDS[a.value] for a in ANSWERS]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor, chart.bars[1].fillColor = BEFORE, AFTER
    chart.barLabelFormat = "%d%%"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = BODY - 40 * mm, 46 * mm
    legend.fontName, legend.fontSize = FONT, 8
    legend.colorNamePairs = [
        (BEFORE, f"vóór ({shift.before.answered} antwoorden)"),
        (AFTER, f"na ({shift.after.answered} antwoorden)"),
    ]
    drawing.add(legend)
    drawing.add(String(14 * mm, 58 * mm, "aandeel van de getelde antwoorden", fontName=FONT,
                       fontSize=7, fillColor=MUTED))
    return drawing


def render_report(report: SchoolReport, out: BinaryIO | str | Path, today: dt.date | None = None) -> int:
    """Write the report to ``out``; returns its number of pages."""
    day = today or dt.date.today()
    pages = {"count": 0}

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        pages["count"] = doc.page
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, f"{report.school} · beroepsoriëntatie · schooljaar {report.school_year}")
        canvas.drawRightString(WIDTH - MARGIN, 10 * mm, f"bladzijde {doc.page}")
        canvas.setStrokeColor(SHADE)
        canvas.line(MARGIN, 13 * mm, WIDTH - MARGIN, 13 * mm)
        canvas.restoreState()

    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=18 * mm, title=f"Beroepsoriëntatie {report.school} {report.school_year}",
        author=report.school, subject="Verslag voor team en bestuur", creator="Beroepsplanner",
        lang=LANGUAGE,
    )
    doc.build(_Report(report, day).build(), onFirstPage=footer, onLaterPages=footer)
    return pages["count"]
