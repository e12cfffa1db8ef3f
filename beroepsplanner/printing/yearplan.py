"""The year plan (jaarplanning): chains on a timeline of school weeks.

One class: A4 landscape, then a list of its chains with dates. The whole school:
one A3 landscape sheet for the staff room. Columns are school weeks, rows are
classes; holiday weeks are shaded and named, other days off get a lighter stripe.
A chain is a bar from first preparation to last reflection in three grey tones
(it survives a black-and-white copier); concept chains are hatched and dashed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from beroepsplanner.dates import date_text, dutch_period, month_name
from beroepsplanner.domain.documents import ChainBar, ClassLine, YearPlanDocument
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.printing.fonts import FONT, FONT_BOLD, FONT_ITALIC
from beroepsplanner.printing.styles import INK, LANGUAGE, LINE, MUTED, Styles, dutch_date, text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Print-friendly tones: preparation light, activity dark, reflection in between.
PREPARATION, ACTIVITY, REFLECTION = colors.Color(0.91, 0.92, 0.93), colors.Color(0.15, 0.17, 0.2), colors.Color(0.55, 0.58, 0.62)
# Holidays darker than a single day off; both lighter than the bars' outlines.
HOLIDAY, DAY_OFF, GRID = colors.Color(0.78, 0.8, 0.83), colors.Color(0.9, 0.91, 0.93), colors.Color(0.86, 0.88, 0.9)
GAP = 4.0
LEGEND = (
    ("voorbereidingsles", PREPARATION), ("activiteit", ACTIVITY), ("reflectieles", REFLECTION),
    ("concept (nog niet gepland)", None), ("schoolvakantie (hele week)", HOLIDAY),
    ("studiedag of andere vrije dag", DAY_OFF),
)


@dataclass
class Placed:
    """A chain's bar on its class row, in points from the chart's left edge."""

    chain: ChainBar
    start: float
    activity: float
    activity_end: float
    end: float
    label: str
    label_width: float
    label_left: float = 0.0

    @property
    def occupied(self) -> tuple[float, float]:
        return min(self.start, self.label_left), max(self.end, self.label_left + self.label_width)


def render_year_plan(document: YearPlanDocument, out: BinaryIO | str | Path, *, printed: dt.date | None = None) -> int:
    """Write the year plan as PDF to ``out``; returns the page count.

    One class: A4 landscape, the chart and then the list of chains. Several
    classes: the whole school on one A3 landscape sheet.
    """
    single = len(document.classes) <= 1
    page = landscape(A4) if single else landscape(A3)
    styles = Styles(scale=1.0 if single else 1.2)
    margin = 10 * mm if single else 12 * mm
    title = _title(document)
    pdf = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=_document_title(document), subject=_subject(document), author=document.school,
        creator="Beroepsplanner", lang=LANGUAGE, displayDocTitle=True, initialFontName=FONT,
    )
    # The title on one line where a smaller size allows it (long school names wrap).
    size = min(styles.title.fontSize, max(14.0, (pdf.width - 14) / stringWidth(title, FONT_BOLD, 1)))
    title_style = ParagraphStyle("yeartitle", parent=styles.title, fontSize=size, leading=size * 1.2)
    header = [Paragraph(text(title), title_style), Paragraph(_subtitle(document, printed or dt.date.today()), styles.small)]
    used = sum(f.wrap(pdf.width, pdf.height)[1] for f in header) + styles.title.spaceAfter + 8
    chart = YearChart(document, large=not single, max_height=pdf.height - used - 8)
    story: list = [*header, Spacer(1, 8), chart]
    if single and document.classes:
        story += _chain_list(document.classes[0], styles, pdf.width - 12)  # inside the frame's padding
    pdf.build(story)
    return pdf.page


def _document_title(document: YearPlanDocument) -> str:
    """The PDF's own title: a class's plan names the class."""
    if len(document.classes) == 1:
        return f"Jaarplanning {document.classes[0].name} — {document.school}, schooljaar {document.school_year}"
    return _title(document)


def _subject(document: YearPlanDocument) -> str:
    if len(document.classes) == 1:
        line = document.classes[0]
        who = f"{line.name} (groep {line.grade})"
    else:
        who = "alle klassen"
    return (
        f"De ketens beroepsoriëntatie van {who} op de schoolweken van schooljaar "
        f"{document.school_year}, met vakanties en vrije dagen (regio {document.region})"
    )


def _title(document: YearPlanDocument) -> str:
    return f"Jaarplanning beroepsoriëntatie {document.school} — schooljaar {document.school_year}"


def _subtitle(document: YearPlanDocument, printed: dt.date) -> str:
    chains = sum(len(c.chains) for c in document.classes)
    if len(document.classes) == 1:
        line = document.classes[0]
        parts = [line.name, f"groep {line.grade}", line.teacher, f"{chains} {'keten' if chains == 1 else 'ketens'}"]
    else:
        parts = [f"{len(document.classes)} klassen", f"{chains} ketens"]
    parts += [f"regio {document.region}", f"afgedrukt op {dutch_date(printed)}"]
    return text(" · ".join(p for p in parts if p))


class YearChart(Flowable):
    """The timeline chart: header rows, holiday band, one row per class, legend."""

    def __init__(self, document: YearPlanDocument, *, large: bool, max_height: float) -> None:
        super().__init__()
        self.document = document
        self.max_height = max_height
        # Sizes in points: labels, class names, sub-row and band height; sub-rows per class.
        sizes = (9.0, 11.0, 46.0, 92.0, 2) if large else (8.0, 9.0, 44.0, 76.0, 3)
        self.font_max, self.name_font, self.lane_max, self.band_max, self.max_lanes = sizes
        self.font = self.font_max
        self.weeks = document.weeks
        self.marks = [_week_mark(monday, document.days_off) for monday in self.weeks]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.label_w = min(150.0, max(64.0, *(self._class_label_width(c) for c in self.document.classes), 0.0))
        self.chart_w = self.width - self.label_w
        self.col_w = self.chart_w / max(1, len(self.weeks))
        self.band_font = min(self.font_max, max(5.0, self.col_w * 0.42))
        labels = [m[1] for m in self.marks if m[1]]
        longest = max((stringWidth(x, FONT, self.band_font) for x in labels), default=0.0)
        self.band_h = min(self.band_max, max(30.0, longest + 8))
        self.header_h = 13 + 10 + 8 + self.band_h
        self.legend_h = 20.0
        room = min(self.max_height, avail_height) - self.header_h - self.legend_h
        # Labels as large as the rows allow: pack, size the rows, shrink labels, pack again.
        self.font = self.font_max
        for _ in range(2):
            self.rows = [self._pack(c) for c in self.document.classes]
            lanes = sum(max(1, len(r)) for r in self.rows)
            self.lane_h = min(self.lane_max, room / max(1, lanes))
            self.font = min(self.font_max, max(4.5, self.lane_h * 0.3))
        self.height = self.header_h + lanes * self.lane_h + self.legend_h
        return self.width, self.height

    def _class_label_width(self, line: ClassLine) -> float:
        return max(stringWidth(line.name, FONT_BOLD, self.name_font), stringWidth(_class_sub(line), FONT, self.name_font * 0.72)) + 10

    def _x(self, day: dt.date, end: bool = False) -> float:
        """Left (or right) edge of ``day`` on the chart; weekends count as Friday."""
        week = (day - self.weeks[0]).days // 7 if self.weeks else 0
        slot = min(day.weekday(), 4) + (1 if end else 0)
        x = week * self.col_w + slot * self.col_w / 5
        return min(max(x, 0.0), self.chart_w)

    def _pack(self, line: ClassLine) -> list[list[Placed]]:
        """Bars into sub-rows: never two chains at once in one, labels kept whole where possible."""
        placed = []
        for chain in sorted(line.chains, key=lambda c: (min((*c.preparation, c.date)), c.date)):
            start = self._x(min((*chain.preparation, chain.date)))
            activity = self._x(chain.date)
            last = chain.end_date or chain.date  # an activity of several days spans them
            activity_end = max(self._x(last, end=True), activity + 3)
            end = max(self._x(max((*chain.reflection, last)), end=True), activity_end + (3 if chain.reflection else 0))
            label = ("✓ " if chain.status is ChainStatus.DONE else "") + chain.activity_title
            width = stringWidth(label, FONT, self.font)
            item = Placed(chain, start, activity, activity_end, end, label, width, start)
            if start + width > self.chart_w:
                item.label_left = max(0.0, self.chart_w - width - 1)
            placed.append(item)
        lanes: list[list[Placed]] = []
        for item in placed:
            begin = item.occupied[0]
            free = [lane for lane in lanes if lane[-1].occupied[1] + GAP <= begin]
            possible = [lane for lane in lanes if lane[-1].end + GAP <= item.start]
            if free:
                free[0].append(item)
            elif len(lanes) < self.max_lanes or not possible:
                lanes.append([item])
            else:  # share a sub-row; the earlier label gets shortened
                item.label_left = item.start
                min(possible, key=lambda lane: lane[-1].occupied[1]).append(item)
        return lanes

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        top = self.height
        x0 = self.label_w
        body_top = top - self.header_h + self.band_h
        body_bottom = self.legend_h
        if not self.weeks:
            c.setFont(FONT_ITALIC, 10)
            c.drawString(0, top - 20, "Dit schooljaar heeft geen schoolweken.")
            c.restoreState()
            return
        self._draw_days_off(x0, body_top, body_bottom)
        self._draw_grid(x0, top, body_top, body_bottom)
        self._draw_band(x0, body_top)
        y = body_top - self.band_h
        for line, lanes in zip(self.document.classes, self.rows):
            height = max(1, len(lanes)) * self.lane_h
            self._draw_class(line, lanes, x0, y, height)
            y -= height
            c.setStrokeColor(LINE)
            c.setLineWidth(0.5)
            c.line(0, y, self.width, y)
        self._draw_legend(0, 4)
        c.restoreState()

    def _draw_days_off(self, x0: float, top: float, bottom: float) -> None:
        c = self.canv
        for index, (days, _label, full) in enumerate(self.marks):
            left = x0 + index * self.col_w
            c.setFillColor(HOLIDAY if full else DAY_OFF)
            for slot in [0] if full else days:
                c.rect(left + slot * self.col_w / 5, bottom, self.col_w if full else self.col_w / 5, top - bottom, stroke=0, fill=1)

    def _draw_grid(self, x0: float, top: float, body_top: float, bottom: float) -> None:
        c = self.canv
        month_y, week_y, date_y = top - 13, top - 23, top - 31
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        for index in range(len(self.weeks) + 1):
            c.line(x0 + index * self.col_w, bottom, x0 + index * self.col_w, month_y)
        small = min(6.5, self.col_w * 0.42)
        dated = stringWidth("28-12", FONT, small - 0.5) < self.col_w - 2
        c.setFillColor(INK)
        for index, monday in enumerate(self.weeks):
            centre = x0 + (index + 0.5) * self.col_w
            c.setFont(FONT_BOLD, small)
            c.drawCentredString(centre, week_y + 2.5, str(monday.isocalendar()[1]))
            c.setFont(FONT, small - 0.5)
            c.drawCentredString(centre, date_y + 2, f"{monday.day}-{monday.month}" if dated else str(monday.day))
        # Months by their Mondays, with a stronger line where a month starts.
        groups = [list(g) for _, g in groupby(enumerate(self.weeks), key=lambda w: (w[1].year, w[1].month))]
        for number, group in enumerate(groups):
            (first, monday), last = group[0], group[-1][0] + 1
            left, right = x0 + first * self.col_w, x0 + last * self.col_w
            name = month_name(monday.month)
            options = [f"{name} {monday.year}"] * (number == 0 or monday.month == 1) + [name, month_name(monday.month, short=True)]
            c.setFont(FONT_BOLD, 8)
            fitting = [o for o in options if stringWidth(o, FONT_BOLD, 8) <= right - left - 3]
            c.drawCentredString((left + right) / 2, month_y + 3.5, fitting[0] if fitting else "")
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.8)
            c.line(left, bottom, left, top)
        c.line(x0 + self.chart_w, bottom, x0 + self.chart_w, top)
        c.setLineWidth(0.6)
        c.line(0, date_y, self.width, date_y)
        c.line(0, body_top - self.band_h, self.width, body_top - self.band_h)
        c.setFont(FONT_BOLD, 8)
        c.drawString(0, week_y + 2.5, "week")
        c.setFont(FONT, 7)
        c.drawString(2, body_top - self.band_h + 12, "vakanties en")
        c.drawString(2, body_top - self.band_h + 4, "vrije dagen")

    def _draw_band(self, x0: float, top: float) -> None:
        """Holiday names, rotated in their columns; a run of weeks of one holiday named once."""
        c = self.canv
        index = 0
        while index < len(self.marks):
            _days, label, full = self.marks[index]
            last = index
            while full and last + 1 < len(self.marks) and self.marks[last + 1][1:] == (label, True):
                last += 1
            if label:
                centre = x0 + (index + last + 1) / 2 * self.col_w
                font = self.band_font
                shown = _fit(label, FONT, font, self.band_h - 6)
                c.saveState()
                c.translate(centre + font * 0.35, top - 3)
                c.rotate(90)
                c.setFillColor(INK)
                c.setFont(FONT, font)
                c.drawRightString(0, 0, shown)
                c.restoreState()
            index = last + 1

    def _draw_class(self, line: ClassLine, lanes: list[list[Placed]], x0: float, top: float, height: float) -> None:
        c = self.canv
        name_font = min(self.name_font, max(6.0, self.lane_h * 0.45))
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, name_font)
        middle = top - height / 2
        room = self.label_w - 6
        names = [line.name]
        if stringWidth(line.name, FONT_BOLD, name_font) > room and height >= name_font * 3.6:
            # A long class name ("Groep 7/8 – juf Ayşe & meester Łukasz") on two lines.
            names = simpleSplit(line.name, FONT_BOLD, name_font, room)
            names = names[:1] + [" ".join(names[1:])] if len(names) > 1 else names
        y = middle + 1 + (len(names) - 1) * name_font * 1.1
        for name in names:
            c.drawString(2, y, _fit(name, FONT_BOLD, name_font, room))
            y -= name_font * 1.1
        c.setFillColor(MUTED)
        c.setFont(FONT, name_font * 0.72)
        c.drawString(2, middle - name_font * 0.85, _fit(_class_sub(line), FONT, name_font * 0.72, room))
        if not line.chains:
            c.setFont(FONT_ITALIC, self.font)
            c.drawString(x0 + 4, middle - self.font / 3, "nog geen ketens")
            return
        bar_h = max(4.0, min(14.0, self.lane_h * 0.36))
        for number, lane in enumerate(lanes):
            lane_top = top - number * self.lane_h
            bar_y = lane_top - (self.lane_h - bar_h - self.font * 1.2) / 2 - bar_h
            for position, item in enumerate(lane):
                following = lane[position + 1] if position + 1 < len(lane) else None
                right = following.occupied[0] - GAP if following else self.chart_w
                self._draw_bar(item, x0, bar_y, bar_h)
                label = _fit(item.label, FONT, self.font, right - item.label_left)
                c.setFillColor(INK)
                c.setFont(FONT, self.font)
                c.drawString(x0 + item.label_left, bar_y - self.font - 1.5, label)

    def _draw_bar(self, item: Placed, x0: float, y: float, h: float) -> None:
        c = self.canv
        concept = item.chain.status is ChainStatus.CONCEPT
        segments = (
            (item.start, item.activity, PREPARATION),
            (item.activity, item.activity_end, ACTIVITY),
            (item.activity_end, item.end, REFLECTION),
        )
        for left, right, tone in segments:
            if right > left:
                c.setFillColor(tone)
                c.rect(x0 + left, y, right - left, h, stroke=0, fill=1)
        if concept:
            _hatch(c, x0 + item.start, y, item.end - item.start, h)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        if concept:
            c.setDash(2, 1.5)
        c.rect(x0 + item.start, y, item.end - item.start, h, stroke=1, fill=0)
        c.setDash()

    def _draw_legend(self, x: float, y: float) -> None:
        c = self.canv
        c.setFont(FONT, 7.5)
        for label, tone in LEGEND:
            c.setFillColor(tone or REFLECTION)
            c.rect(x, y, 16, 7, stroke=0, fill=1)
            if tone is None:  # concept
                _hatch(c, x, y, 16, 7)
                c.setDash(2, 1.5)
            c.setStrokeColor(LINE if tone in (HOLIDAY, DAY_OFF) else INK)
            c.setLineWidth(0.6)
            c.rect(x, y, 16, 7, stroke=1, fill=0)
            c.setDash()
            c.setFillColor(INK)
            c.drawString(x + 20, y + 1, label)
            x += 34 + stringWidth(label, FONT, 7.5)
        c.drawString(x, y + 1, "✓ uitgevoerd")


def _class_sub(line: ClassLine) -> str:
    return f"groep {line.grade}" + (f" · {line.teacher}" if line.teacher else "")


def _hatch(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """White diagonal lines over a concept bar, clipped to it."""
    c.saveState()
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.1)
    for offset in range(int(-h), int(w) + 1, 3):
        c.line(x + offset, y, x + offset + h, y + h)
    c.restoreState()


def _week_mark(monday: dt.date, days_off: dict[dt.date, str]) -> tuple[list[int], str, bool]:
    """Which weekdays of the week are off, the band label, and whether the whole week is off."""
    off = [(i, days_off[monday + dt.timedelta(days=i)]) for i in range(5) if monday + dt.timedelta(days=i) in days_off]
    slots = [i for i, _ in off]
    if len(off) == 5:
        counted = Counter(part.strip() for _, reason in off for part in reason.split(";"))
        return slots, counted.most_common(1)[0][0], True
    # The day itself shows as a shaded stripe; the band names the reasons once each.
    names = list(dict.fromkeys(reason.replace("; ", " / ") for _, reason in off))
    return slots, ", ".join(names), False


def _fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` as written, or its start with "…" when it is wider than ``width``."""
    if stringWidth(value, font, size) <= width + 0.01:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…" if value.strip() else ""


def short_day(day: dt.date) -> str:
    """``di 3 nov``: a lesson's day in the list under the chart."""
    return date_text(day, "EEE d MMM")


def _chain_list(line: ClassLine, styles: Styles, width: float) -> list:
    """Every chain of the class with its dates, under the chart (or on the next page)."""
    def days(values: tuple[dt.date, ...]) -> str:
        return ", ".join(short_day(d) for d in values) or "—"

    rows: list[list] = [[Paragraph(f"<b>{h}</b>", styles.small) for h in ("Activiteit", "Voorbereiding", "Datum activiteit", "Reflectie", "Status")]]
    for chain in sorted(line.chains, key=lambda c: c.date):
        title = f"<b>{text(chain.activity_title)}</b>"
        if chain.company:
            title += f"<br/><font size='{styles.small.fontSize}'>{text(chain.company)}</font>"
        rows.append([
            Paragraph(title, styles.body),
            Paragraph(days(chain.preparation), styles.body),
            Paragraph(
                dutch_date(chain.date, weekday=True)
                if chain.end_date is None
                else dutch_period(chain.date, chain.end_date, weekday=True),
                styles.body,
            ),
            Paragraph(days(chain.reflection), styles.body),
            Paragraph(chain.status.label, styles.body),
        ])
    if len(rows) == 1:
        return [Spacer(1, 12), Paragraph("Deze klas heeft nog geen ketens.", styles.italic)]
    table = Table(rows, colWidths=[width * f for f in (0.34, 0.17, 0.23, 0.16, 0.10)], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.94, 0.95)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 14), Paragraph(f"Ketens van {text(line.name)}", styles.heading), table]
