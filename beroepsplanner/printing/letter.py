"""The parent letter (ouderbrief) about one chain's activity.

One A4 page for every parent: what happens and when, why (framed broadly as
"beroepen van de toekomst", technology as one route among many), how parents
can help at home and an invitation to give a guest lesson. For an outing the
page ends in a tear-off strip that asks for companions, and a second page
carries the questions companions can ask employees.

Parents shape most of a child's images of work, so the wording stays positive
and open: it never sorts jobs by gender and never tells a child something is
"not for them".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepInFrame,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import ActivityKind, TransportMode
from beroepsplanner.printing.fonts import FONT, FONT_BOLD
from beroepsplanner.printing.letter_variant import is_concrete, why_section
from beroepsplanner.printing.paper_text import (
    about,
    activity_days,
    and_list,
    guest_text,
    lower_first,
    on_days,
    parent_guest,
)
from beroepsplanner.printing.styles import LANGUAGE, LINE, MARGIN, MUTED, PAGE, Styles, dutch_date, text

# Room at the foot of page 1 for the tear-off reply strip of an outing.
STRIP_ROW = 8.5 * mm
"""One row of the reply strip (a line to write on, or a box to tick)."""
CONSENT_NOTE = (
    "Kruist u het vakje over uw beroep aan, dan bewaart de school met uw toestemming alleen uw "
    "voornaam, uw beroep en wat u aanbiedt, bij de klas van uw kind (geen achternaam, adres of "
    "telefoonnummer), om u te vragen voor een gastles. U kunt dat altijd laten verwijderen."
)


def strip_rows(outing: bool) -> tuple[tuple[str, str | None], ...]:
    """The reply strip's rows (left, right): for an outing the companions' rows, and on
    every letter the box for a parent who can tell about their job (issue 17 item 4)."""
    job = ("☐  Ik kan in de klas vertellen over mijn beroep", None)
    if outing:
        return (
            ("Naam van mijn kind:", None),
            ("☐  Ik ga mee als begeleider", "☐  Ik kan helaas niet mee"),
            job,
            ("Mijn voornaam:", "Telefoonnummer:"),
            ("Mijn beroep:", "Datum:"),
        )
    return (("Naam van mijn kind:", None), job, ("Mijn voornaam:", "Mijn beroep:"), ("Datum:", None))


def strip_height(outing: bool) -> float:
    """The strip's height: the cutting line, the heading, the rows and the consent note."""
    return 26 * mm + STRIP_ROW * len(strip_rows(outing))

# Questions companions can ask employees during a visit (page 2 of an outing).
COMPANION_QUESTIONS = (
    "Wat doet u op een gewone werkdag? Wat doet u als eerste als u binnenkomt?",
    "Wat heeft u geleerd voor dit werk? Welke opleiding of cursus heeft u gedaan?",
    "Wat vindt u het leukste aan uw werk? En wat vindt u lastig?",
    "Wat heeft u verrast toen u hier kwam werken?",
    "Wie werken hier nog meer, en wat doen zij?",
    "Welke talenten gebruikt u: goed kijken, rekenen, samenwerken, iets bedenken, voor anderen zorgen?",
    "Welke apparaten, computers of gereedschappen gebruikt u, en wat kunnen die?",
    "Hoe ziet uw werk er over tien jaar uit, denkt u?",
    "Wat wilde u worden toen u zo oud was als deze kinderen?",
    "Welke tip heeft u voor een kind dat dit werk later misschien wil doen?",
)


# How the letter says that the class starts an activity at school.
CLASS_ACTIVITY = {
    ActivityKind.WORKSHOP: "doet {who} mee aan de workshop",
    ActivityKind.READING: "begint {who} met de leesactiviteit",
    ActivityKind.LESSON_SERIES: "begint {who} met de lessen",
    ActivityKind.PROJECT: "begint {who} met het project",
}

# How the letter says the way of travelling: "We gaan {…}."
TRAVEL = {
    TransportMode.ON_FOOT: "lopend",
    TransportMode.BIKES: "op de fiets",
    TransportMode.CARS: "met auto’s",
    TransportMode.BUS: "met de bus",
    TransportMode.PUBLIC_TRANSPORT: "met het openbaar vervoer",
}


def render_parent_letter(
    document: ChainDocument, out: BinaryIO | str | Path, *, written: dt.date | None = None
) -> int:
    """Write the parent letter of ``document`` as PDF to ``out``; returns the page count.

    ``written`` is the date at the top of the letter (default: today).
    """
    styles = Styles(scale=0.92)
    outing = document.is_outing
    target = str(out) if isinstance(out, Path) else out
    pdf = BaseDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=15 * mm,
        bottomMargin=14 * mm,
        title=f"Ouderbrief {document.class_name} — {document.activity_title}",
        author=document.school,
        subject=(
            f"Brief aan de ouders van {document.class_name}"
            + (f", {document.school}" if document.school else "")
            + f", over {document.activity_title} {on_days(document)}"
        ),
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,  # no Helvetica anywhere in the file
    )
    full = (pdf.leftMargin, pdf.bottomMargin, pdf.width, pdf.height)
    strip = strip_height(outing)
    letter_height = pdf.height - strip
    letter_frame = Frame(
        pdf.leftMargin, pdf.bottomMargin + strip, pdf.width, letter_height,
        id="letter", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )

    def draw_strip(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _reply_strip(canvas, document, styles, pdf.leftMargin, pdf.bottomMargin, pdf.width, outing)

    pdf.addPageTemplates([
        PageTemplate(id="letter", frames=[letter_frame], onPage=draw_strip),
        PageTemplate(id="questions", frames=[Frame(*full, id="questions", leftPadding=0, rightPadding=0)]),
    ])
    # The letter shrinks to fit its page rather than spill onto a second one.
    story: list = [
        KeepInFrame(pdf.width, letter_height, _letter(document, styles, written or dt.date.today(), pdf.width), mode="shrink")
    ]
    if outing:
        story += [NextPageTemplate("questions"), PageBreak(), *_questions_page(document, styles)]
    pdf.build(story)
    return pdf.page


def _letter(document: ChainDocument, styles: Styles, written: dt.date, width: float) -> list:
    header = Table(
        [[
            Paragraph(f"<b>{text(document.school)}</b>", styles.heading),
            Paragraph(dutch_date(written), ParagraphStyle("right", parent=styles.body, alignment=TA_RIGHT)),
        ], [
            Paragraph(f"{text(document.class_name)} · schooljaar {text(document.school_year)}", styles.small),
            "",
        ]],
        colWidths=[width * 0.7, width * 0.3],
        style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, LINE),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]),
    )
    when = activity_days(document, weekday=True)
    subject = [document.activity_kind.label]
    guest = parent_guest(document)
    if document.company:
        subject.append(", ".join(x for x in (document.company, document.company_place) if x))
    elif guest is not None:
        # A parent's guest lesson names the guest where a company would be named.
        subject.append("gast: " + guest_text(guest))
    subject.append(when)
    story: list = [
        header,
        Spacer(1, 9),
        Paragraph(f"<b>Betreft: {text(document.activity_title)}</b>", styles.subheading),
        Paragraph(text(" · ".join(subject)), styles.small),
        Spacer(1, 8),
        Paragraph("Beste ouders/verzorgers,", styles.body),
        Spacer(1, 4),
        Paragraph(_what_and_when(document, when), styles.body),
    ]
    travel = _travel(document)
    if travel:
        story += [Spacer(1, 3), Paragraph(travel, styles.body)]
    opening_text = about(document)
    if opening_text:
        story += [Spacer(1, 3), Paragraph(text(opening_text), styles.body)]
    story += [
        Spacer(1, 3),
        Paragraph(_chain_sentence(document), styles.body),
        *why_section(document, styles),
        Paragraph("Zo kunt u helpen", styles.heading),
        _bullets(_help_tips(document), styles),
        Paragraph("Komt u vertellen over uw eigen werk?", styles.heading),
        Paragraph(
            "Elk beroep is interessant voor kinderen: of u nu in een winkel, een ziekenhuis, een "
            "fabriek, op kantoor, buiten of thuis werkt. Wilt u een keer een gastles van 20 tot 30 "
            "minuten geven over uw werk? Kruis het aan op het strookje hieronder, of laat het "
            f"{text(_teacher(document))} weten; we denken graag met u mee.",
            styles.body,
        ),
    ]
    if document.is_outing:
        story += [Paragraph("Gaat u mee?", styles.heading), Paragraph(_companion_call(document), styles.body)]
    story += [
        Spacer(1, 9),
        Paragraph("Met vriendelijke groet,", styles.body),
        Spacer(1, 4),
        Paragraph(f"<b>{text(document.teacher or 'De leerkracht')}</b>", styles.body),
        Paragraph(f"leerkracht van {text(document.class_name)}, {text(document.school)}", styles.small),
    ]
    return story


def _what_and_when(document: ChainDocument, when: str) -> str:
    who = text(document.class_name)
    title = f"<b>{text(document.activity_title)}</b>"
    place = f" in {text(document.company_place)}" if document.company_place else ""
    address = f" ({text(document.company_address)})" if document.company_address else ""
    company = f"<b>{text(document.company)}</b>{place}{address}" if document.company else ""
    kind = document.activity_kind
    # "Op <b>woensdag 11 november</b>", or for several days "<b>Van 5 tot en met 9 oktober</b>".
    at = f"Op <b>{when}</b>" if document.end_date is None else f"<b>{when[0].upper() + when[1:]}</b>"
    if kind is ActivityKind.COMPANY_VISIT:
        sentence = f"{at} gaat {who} op bezoek bij {company or 'een bedrijf in de buurt'}."
    elif kind is ActivityKind.INTERNSHIP:
        where = company or "een organisatie in de buurt"
        sentence = f"{at} lopen de kinderen van {who} mee bij {where}: {title}."
    elif kind is ActivityKind.GUEST_LESSON:
        sentence = f"{at} krijgt {who} een gastles in de klas: {title}."
        if document.company and not document.role_models:
            sentence += f" De gast komt van <b>{text(document.company)}</b>."
    else:
        sentence = f"{at} {CLASS_ACTIVITY.get(kind, 'begint {who} met').format(who=who)} {title}."
        if document.company:
            sentence += f" Daarbij werken we samen met <b>{text(document.company)}</b>{place}."
    duration = _duration(document.duration_minutes)
    if duration:
        sentence += f" Dat duurt ongeveer {duration}."
    # The concrete letter names the people of a visit in its list of jobs; a guest stays here.
    if document.role_models and (kind is ActivityKind.GUEST_LESSON or not is_concrete(document)):
        guests = _guests(document)
        parent = ", een ouder van onze school" if parent_guest(document) is not None else ""
        sentence += f" Onze gast is {guests}{parent}." if kind is ActivityKind.GUEST_LESSON else (
            f" De kinderen ontmoeten onder anderen {guests}{parent}."
        )
    if is_concrete(document):
        return sentence  # the letter's next section lists the jobs and worlds
    guest_jobs = {r.profession for r in document.role_models[:3] if r.profession}
    others = [p for p in document.professions if p not in guest_jobs]
    if others:
        names = and_list(text(lower_first(p)) for p in others[:5])
        more = "Andere beroepen" if document.role_models else "Beroepen"
        sentence += f" {more} die aan bod komen: {names}."
    if document.worlds:
        one = len(document.worlds) == 1
        where = "Het bedrijf werkt in" if document.company else "Het gaat over"
        field = "de wereld" if one else "de werelden"
        sentence += f" {where} {field}: {and_list(text(w) for w in document.worlds)}."
    return sentence






def _clock(time: dt.time) -> str:
    """``8.30 uur``, as a Dutch letter writes a time."""
    return f"<b>{time.hour}.{time.minute:02d} uur</b>"


def _travel(document: ChainDocument) -> str:
    """How the class travels and when it leaves and comes back, as far as known; nothing
    at all when none of it is known yet (the letter never guesses)."""
    times = []
    if document.departure_time is not None:
        times.append(f"vertrekken om {_clock(document.departure_time)} van school")
    if document.return_time is not None:
        times.append(f"zijn rond {_clock(document.return_time)} weer terug op school")
    mode = TRAVEL.get(document.transport_mode) if document.transport_mode else None
    when = " en ".join(times)
    if mode:
        # Not arranged yet: the plan, not a promise.
        how = mode if document.transport_arranged else f"naar verwachting {mode}"
        return f"We gaan <b>{how}</b>: we {when}." if when else f"We gaan <b>{how}</b>."
    return f"We {when}." if when else ""


def _chain_sentence(document: ChainDocument) -> str:
    lessons = len(document.preparation)
    before = {1: "in één les ", 2: "in twee lessen "}.get(lessons, "")
    project = f" Het hoort bij waar we in de klas mee bezig zijn: {text(document.project)}." if document.project else ""
    return (
        f"In de klas bereiden we dit {before}voor. Daarna praten we er samen over na: wat hebben de "
        f"kinderen gezien en gedaan, welke beroepen kwamen ze tegen en welke talenten passen bij hen?{project}"
    )


def _help_tips(document: ChainDocument) -> list[str]:
    event = "het bezoek" if document.is_outing else "de activiteit"
    return [
        "<b>Vertel over uw eigen werk.</b> Wat doet u op een dag, wat heeft u ervoor geleerd en wat "
        "vindt u er leuk of lastig aan? Ook werk thuis, als vrijwilliger of van vroeger telt.",
        f"<b>Vraag na {event} door.</b> Wat heb je gezien en gedaan? Welke beroepen kwam je tegen? "
        "Wat zou jij daar willen proberen?",
        "<b>Houd alle deuren open.</b> Kinderen nemen over wat wij over werk zeggen. Zegt uw kind "
        "‘dat kan ik niet’, antwoord dan: ‘dat kun je nog leren’. Vindt uw kind iets leuk wat u niet "
        "had verwacht? Vraag: ‘wat lijkt je daaraan leuk?’ Laat uw kind zelf ontdekken wat bij "
        "hem of haar past.",
        "<b>Kijk samen om u heen.</b> In de winkel, op straat of in het ziekenhuis werken mensen. "
        "Wie heeft dit gemaakt? Wie zorgt hiervoor? Zo ontdekt uw kind steeds nieuwe beroepen.",
    ]


def _companion_call(document: ChainDocument) -> str:
    needed = document.companions_needed
    if needed > 0:
        who = f"<b>{needed} {'begeleider' if needed == 1 else 'begeleiders'}</b>"
    else:
        who = "nog <b>begeleiders</b>"
    return (
        f"Voor dit bezoek zoeken we {who}: ouders, verzorgers, opa’s of oma’s die mee willen. "
        "Zonder genoeg begeleiders kan het bezoek niet doorgaan. U loopt mee met een groepje "
        "kinderen; op de volgende bladzijde staan vragen die u kunt stellen. Kunt u mee? Vul dan "
        "het strookje hieronder in en geef het zo snel mogelijk mee naar school."
    )


def _reply_strip(
    canvas: Canvas, document: ChainDocument, styles: Styles, x: float, y: float, width: float, outing: bool
) -> None:
    """The tear-off strip at the foot of page 1: the child's name, for an outing yes/no and a
    telephone number, and the box for a parent who can tell about their job, with the first
    name, the job and the date (the register's consent, ``store/parents.py``)."""
    top = y + strip_height(outing) - 6 * mm
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.7)
    canvas.line(0, top, PAGE[0], top)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8)
    canvas.drawString(x, top + 3, "✂  hier afknippen")
    canvas.restoreState()
    heading = Paragraph(
        f"<b>Strookje terug naar {text(_teacher(document))} ({text(document.class_name)})</b> — "
        f"{text(document.activity_title)}, {activity_days(document, weekday=True)}",
        styles.body,
    )
    _, used = heading.wrapOn(canvas, width, 40)
    cursor = top - 8 * mm - used + 12
    heading.drawOn(canvas, x, cursor)
    canvas.saveState()
    canvas.setFont(FONT, 9.5)
    canvas.setFillColor(styles.body.textColor)
    rows = strip_rows(outing)
    line = cursor - STRIP_ROW
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.5)
    for left, right in rows:
        canvas.drawString(x, line, left)
        if left.endswith(":"):
            start = x + canvas.stringWidth(left, FONT, 9.5) + 6
            end = x + (width / 2 - 12 if right else width)
            canvas.line(start, line - 2, end, line - 2)
        if right:
            canvas.drawString(x + width / 2, line, right)
            if right.endswith(":"):
                start = x + width / 2 + canvas.stringWidth(right, FONT, 9.5) + 6
                canvas.line(start, line - 2, x + width, line - 2)
        line -= STRIP_ROW
    canvas.restoreState()
    note = Paragraph(text(CONSENT_NOTE), styles.small)
    _, used = note.wrapOn(canvas, width, 30 * mm)
    note.drawOn(canvas, x, line + STRIP_ROW - 4 * mm - used)


def _questions_page(document: ChainDocument, styles: Styles) -> list:
    where = ", ".join(x for x in (document.company or "", document.company_address, document.company_place) if x)
    facts = " · ".join(x for x in (document.activity_title, where, activity_days(document, weekday=True)) if x)
    story: list = [
        Paragraph("Vragen voor begeleiders", styles.title),
        Paragraph(text(facts), styles.small),
        Spacer(1, 10),
        Paragraph(
            "Fijn dat u meegaat! Tijdens het bezoek stellen de kinderen zelf vragen aan de mensen die "
            "er werken; help ze daarbij. Valt het gesprek stil, gebruik dan deze vragen. Vraag ook "
            "naar collega’s met een ander beroep: in één bedrijf werken vaak heel verschillende mensen.",
            styles.body,
        ),
        Paragraph("Vragen aan de medewerkers", styles.heading),
        ListFlowable(
            [ListItem(Paragraph(q, styles.body), leftIndent=18) for q in COMPANION_QUESTIONS],
            bulletType="1", bulletFontName=FONT_BOLD, bulletFontSize=styles.body.fontSize, leftIndent=18,
            spaceBefore=2,
        ),
        Paragraph("Tips voor onderweg", styles.heading),
    ]
    tips = [
        "Laat de kinderen zelf kijken, proberen en vragen. U hoeft niet alles te weten.",
        "Vraag de kinderen: welke talenten zag je? Wat zou jij hier willen proberen?",
        "Zeg vooral wat een kind goed doet: ‘Wat een goede vraag!’ of ‘Jij kijkt heel precies.’",
    ]
    if document.safety_notes:
        tips.append(f"<b>Afspraken voor de veiligheid:</b> {text(document.safety_notes)}")
    tips.append(f"Vertel na afloop aan {text(_teacher(document))} wat u opviel. Dank u wel!")
    story.append(_bullets(tips, styles))
    lines = Table([[""]] * 5, colWidths=[PAGE[0] - 2 * MARGIN], rowHeights=22,
                  style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    story += [Paragraph("Wat viel u op? Welke talenten zag u bij de kinderen?", styles.heading), lines]
    return story


def _bullets(items: list[str], styles: Styles) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(item, styles.body), leftIndent=14, spaceAfter=2) for item in items],
        bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=14,
    )


def _guests(document: ChainDocument) -> str:
    people = [
        f"<b>{text(r.name)}</b>" + (f" ({text(lower_first(r.profession))})" if r.profession else "")
        for r in document.role_models[:3]
    ]
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + " en " + people[-1]


def _teacher(document: ChainDocument) -> str:
    return document.teacher or f"de leerkracht van {document.class_name}"


def _duration(minutes: int | None) -> str:
    if not minutes:
        return ""
    if minutes < 90:
        return f"{minutes} minuten"
    hours, rest = divmod(minutes, 60)
    half = "½" if 15 <= rest < 45 else ""
    hours += 1 if rest >= 45 else 0
    return f"{hours}{half} uur"
