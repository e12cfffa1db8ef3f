"""The sheet with the seven worlds of technology for parents (issue 17 item 5; domain.md,
"Partners": "show the seven worlds").

One A4 in plain Dutch: each world with its line for parents (``world_lines``) and example
professions from the school's catalog, framed honestly — technology is one route among many,
"er is meer dan je denkt", and the sectors beside the worlds are named as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from beroepsplanner.domain.parent_documents import WorldsSheetDocument
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
from beroepsplanner.printing.paper_text import and_list, lower_first
from beroepsplanner.printing.styles import ACCENT, LANGUAGE, LINE, MARGIN, PAGE, SHADE, Styles, text
from beroepsplanner.printing.world_lines import world_line

NUMBER_WIDTH = 11 * mm


def render_worlds_sheet(sheet: WorldsSheetDocument, out: BinaryIO | str | Path) -> int:
    """Write the parents' sheet of the seven worlds as PDF to ``out``; returns the page count."""
    styles = Styles(scale=1.0)
    target = str(out) if isinstance(out, Path) else out
    pdf = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=15 * mm,
        bottomMargin=14 * mm,
        title="De zeven werelden van techniek",
        author=sheet.school,
        subject="De zeven werelden van techniek, voor ouders",
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    story = [
        Paragraph(text(sheet.school) or "Beroepen van de toekomst", styles.small),
        Paragraph("De zeven werelden van techniek", styles.title),
        Paragraph(
            "Op school maken de kinderen kennis met <b>beroepen van de toekomst</b>: in de zorg, het "
            "onderwijs, de handel, creatieve vakken en ook in de techniek. Techniek is één route van "
            "de vele, maar wel een grote: bijna overal werken mensen met techniek, en er is meer dan "
            "je denkt. Om het overzichtelijk te maken, delen we techniek in zeven werelden in. "
            "Hieronder staat per wereld waar die over gaat en welke beroepen erbij horen.",
            styles.body,
        ),
        Spacer(1, 8),
        _worlds_table(sheet, styles, pdf.width),
        Spacer(1, 8),
    ]
    if sheet.sectors:
        story.append(
            Paragraph(
                "<b>En buiten de techniek?</b> Ook daar is veel te ontdekken, in sectoren als "
                f"{and_list(text(s) for s in sheet.sectors)}. Daar werken ook veel mensen met "
                "techniek: denk aan de apparaten in de zorg of de kassa in de winkel.",
                styles.body,
            )
        )
    story += [
        Paragraph("Zo kunt u het thuis gebruiken", styles.heading),
        Paragraph(
            "Kijk samen om u heen: wie heeft dit huis gebouwd, wie zorgt dat er water uit de kraan "
            "komt, wie heeft deze game gemaakt? Vertel over uw eigen werk en dat van familie en "
            "vrienden. Niet elk beroep past bij ieder kind, maar je kunt veel meer leren dan je "
            "denkt. Vraag vooral: wat lijkt jou leuk, en waarom?",
            styles.body,
        ),
    ]
    frame_height = PAGE[1] - pdf.topMargin - pdf.bottomMargin
    pdf.build([KeepInFrame(pdf.width, frame_height, story, mode="shrink")])
    return pdf.page


def _worlds_table(sheet: WorldsSheetDocument, styles: Styles, width: float) -> Table:
    rows = []
    for world in sheet.worlds:
        cell = [Paragraph(f"<b>{text(world.name)}</b>", styles.body)]
        line = world_line(world.name)
        if line:
            cell.append(Paragraph(text(line), styles.body))
        if world.professions:
            examples = ", ".join(text(lower_first(p)) for p in world.professions)
            cell.append(Paragraph(f"<i>Bijvoorbeeld:</i> {examples}", styles.small))
        number = Paragraph(
            f'<font name="{FONT_BOLD}" color="white" size="{styles.body.fontSize * 1.5:.1f}">'
            f"{world.number}</font>",
            styles.body,
        )
        rows.append([number, cell])
    table = Table(rows, colWidths=[NUMBER_WIDTH, width - NUMBER_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (0, -1), ACCENT),
        ("ROWBACKGROUNDS", (1, 0), (1, -1), [colors.white, SHADE]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
    ]))
    return table
