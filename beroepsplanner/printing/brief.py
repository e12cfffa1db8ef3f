"""The brief for the company (issue 17 item 1; domain.md, "Partners").

One or two A4 pages for the company that receives a class (or gives a guest lesson), in
plain business Dutch rather than school words ("groep 6" is "kinderen van 9 tot 10 jaar"):
who comes and when, why, what the pupils prepared and will ask, a request for several
people with different jobs and someone who breaks a stereotype, tips for talking to
children of this age, the company's own safety and hygiene agreements, whom to call at
school and the day programme.

What the chain and the company do not say is left out or asked, never invented: no safety
rule the company did not give, no research question the class did not write. The wording
stays honest ("veel hiervan kun je leren", not "iedereen kan alles leren").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from beroepsplanner.domain.company_brief import BriefDocument, listening_minutes
from beroepsplanner.printing.fonts import FONT
from beroepsplanner.printing.paper_text import and_list, lower_first
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

TOP = 15 * mm
BOTTOM = 16 * mm

# Questions children of this age often ask, offered when the class wrote none of its own.
USUAL_QUESTIONS = (
    "Wat doet u op een gewone werkdag?",
    "Wat heeft u geleerd voor dit werk, en hoe lang duurde dat?",
    "Wat vindt u het leukste aan uw werk, en wat is lastig?",
    "Wie werken hier nog meer, en wat doen zij?",
)


def render_brief(
    document: BriefDocument, out: BinaryIO | str | Path, *, written: dt.date | None = None
) -> int:
    """Write the brief for the company of ``document`` as PDF to ``out``; returns the page
    count. ``written`` is the date at the top (default: today)."""
    styles = Styles(scale=0.9)
    target = str(out) if isinstance(out, Path) else out
    pdf = BaseDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"Brief voor {document.company} — {document.class_name}",
        author=document.school,
        subject=f"{_visit_name(document)} op {dutch_date(document.date)}",
        creator="Beroepsplanner",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    frame = Frame(
        pdf.leftMargin, pdf.bottomMargin, pdf.width, pdf.height,
        id="brief", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        line = f"Brief voor {document.company} · {document.school} · {document.class_name}"
        canvas.drawString(pdf.leftMargin, BOTTOM - 8 * mm, line)
        canvas.drawRightString(pdf.leftMargin + pdf.width, BOTTOM - 8 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    pdf.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=footer)])
    pdf.build(_story(document, styles, written or dt.date.today(), pdf.width))
    return pdf.page


def _visit_name(document: BriefDocument) -> str:
    """``Bezoek van Groep 6a aan Autobedrijf Eemzicht`` / ``Gastles in Groep 6a``."""
    if document.at_school:
        what = "Workshop" if document.activity_kind.value == "workshop" else "Gastles"
        return f"{what} in {document.class_name} van {document.school}".rstrip()
    return f"Bezoek van {document.class_name} aan {document.company}"


def _clock(time: dt.time | None) -> str:
    return "" if time is None else f"{time.hour}.{time.minute:02d}"


def _ages(document: BriefDocument) -> str:
    low, high = document.ages
    return f"kinderen van {low} tot {high} jaar"


def _story(document: BriefDocument, styles: Styles, written: dt.date, width: float) -> list[Flowable]:
    story: list[Flowable] = [_header(document, styles, written, width), Spacer(1, 8)]
    addressee = ", ".join(x for x in (document.company_contact,) if x)
    to = f"Aan: <b>{text(document.company)}</b>" + (f", t.a.v. {text(addressee)}" if addressee else "")
    place = ", ".join(x for x in (document.company_address, document.company_place) if x)
    story.append(Paragraph(to + (f"<br/>{text(place)}" if place else ""), styles.small))
    story += [
        Spacer(1, 6),
        Paragraph(text(_visit_name(document)), styles.title),
        Paragraph(_opening(document), styles.body),
        *_section("Wie komen er?" if not document.at_school else "Wie u ontmoet",
                  [_facts_table(_who(document), styles, width)], styles),
        *_section("Wanneer?", [_facts_table(_when(document), styles, width)], styles),
        *_section("Waarom dit bezoek?" if not document.at_school else "Waarom deze les?",
                  _why(document, styles), styles),
    ]
    if document.prepared:
        story += _section("Wat de kinderen op school voorbereiden", _prepared(document, styles), styles)
    story += _section("Wat de kinderen willen vragen", _questions(document, styles), styles)
    story += _section("Ons verzoek: verschillende mensen en beroepen", _request(document, styles), styles)
    story += _section(f"Tips voor het gesprek met {_ages(document)}", [_bullets(_tips(document), styles)], styles)
    safety = _safety(document)
    if safety:
        story += _section("Veiligheid en hygiëne", [Paragraph(safety, styles.body)], styles)
    story += _section(
        "Dagprogramma" if not document.programme_proposed else "Voorstel voor het dagprogramma",
        _programme(document, styles, width), styles, keep=True,
    )
    story += _section("Contact op school", [Paragraph(_contact(document), styles.body)], styles)
    story += [
        Spacer(1, 8),
        Paragraph("Hartelijk dank dat u dit mogelijk maakt. Wij kijken ernaar uit!", styles.body),
        Spacer(1, 4),
        Paragraph("Met vriendelijke groet,", styles.body),
        Paragraph(f"<b>{text(document.contact.name or document.teacher or document.school)}</b>", styles.body),
        Paragraph(text(document.school), styles.small),
    ]
    return story


def _header(document: BriefDocument, styles: Styles, written: dt.date, width: float) -> Table:
    right = styles.body.clone("right", alignment=TA_RIGHT)
    school = ", ".join(x for x in (document.school, document.school_place) if x)
    return Table(
        [[Paragraph(f"<b>{text(school)}</b>", styles.heading), Paragraph(dutch_date(written), right)]],
        colWidths=[width * 0.7, width * 0.3],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, LINE),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ]),
    )


def _section(title: str, body: list[Flowable], styles: Styles, *, keep: bool = False) -> list[Flowable]:
    heading = Paragraph(text(title), styles.subheading.clone("section", fontSize=styles.body.fontSize * 1.12, spaceBefore=7))
    if keep:
        return [KeepTogether([heading, *body])]
    return [KeepTogether([heading, body[0]]), *body[1:]] if body else [heading]


def _bullets(items: list[str], styles: Styles) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(item, styles.body), leftIndent=11) for item in items],
        bulletType="bullet", start="•", leftIndent=11, bulletFontName=FONT,
    )


def _facts_table(rows: list[tuple[str, str]], styles: Styles, width: float) -> Table:
    label = styles.body.clone("label", textColor=MUTED)
    return Table(
        [[Paragraph(text(key), label), Paragraph(value, styles.body)] for key, value in rows],
        colWidths=[width * 0.2, width * 0.8],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]),
    )


def _opening(document: BriefDocument) -> str:
    when = dutch_date(document.date, weekday=True)
    if document.at_school:
        start = f"Fijn dat u op <b>{when}</b> bij ons op school komt vertellen en laten zien wat u doet."
    else:
        start = f"Fijn dat u op <b>{when}</b> onze klas wilt ontvangen."
    return (
        start + " Op deze pagina's leest u wie er komen, wat de kinderen al weten en willen vragen, "
        "en hoe de dag kan lopen. Klopt er iets niet, of wilt u iets anders? Laat het ons weten."
    )


def _who(document: BriefDocument) -> list[tuple[str, str]]:
    low, high = document.ages
    grade = document.grade
    klas = (
        f"{text(document.class_name)}: {_ages(document)} "
        f"(groep {grade} is het {_ordinal(grade)} jaar van de basisschool)"
    )
    rows = [
        ("School", text(", ".join(x for x in (document.school, document.school_place) if x))),
        ("Klas", klas),
    ]
    pupils = f"<b>{document.pupils} kinderen</b>"
    if document.at_school:
        teacher = f"leerkracht {text(document.teacher)}" if document.teacher else "de leerkracht"
        rows.append(("Aantal", f"{pupils}, met {teacher}"))
        return rows
    if document.companions_confirmed:
        adults = f"{document.companions} begeleiders (de leerkracht meegerekend)"
    else:
        adults = (
            f"ongeveer {document.companions} begeleiders (de leerkracht meegerekend; "
            f"één volwassene per {document.pupils_per_adult} kinderen)"
        )
    rows.append(("Aantal", f"{pupils} en {adults}"))
    if document.teacher:
        rows.append(("Leerkracht", text(document.teacher)))
    return rows


def _ordinal(grade: int) -> str:
    names = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste")
    return names[grade - 1] if 1 <= grade <= len(names) else f"{grade}e"


def _when(document: BriefDocument) -> list[tuple[str, str]]:
    fields = document.fields
    start, end = fields.visit_start, fields.visit_end
    rows = [("Datum", f"<b>{dutch_date(document.date, weekday=True)}</b>")]
    if document.at_school:
        rows.append(("Begin", f"{_clock(start)} uur" if start else "nog af te spreken"))
        rows.append(("Einde", f"{_clock(end)} uur" if end else "nog af te spreken"))
        address = document.school_place
        if address:
            rows.append(("Waar", text(f"{document.school}, {address}")))
    else:
        rows.append(("Aankomst", f"{_clock(start)} uur bij u" if start else "nog af te spreken"))
        rows.append(("Vertrek", f"{_clock(end)} uur" if end else "nog af te spreken"))
    return rows


def _why(document: BriefDocument, styles: Styles) -> list[Flowable]:
    goal = document.fields.goal
    if not goal:
        goal = (
            "De kinderen ontdekken welk werk er bij u gedaan wordt, wie dat doen en wat je "
            "daarvoor kunt leren. Zo krijgen ze een breder en eerlijker beeld van beroepen dan "
            "ze nu hebben."
        )
        body = [Paragraph(goal, styles.body)]
    else:
        body = [Paragraph(text(goal), styles.body)]
    if document.project:
        body.append(Paragraph(f"Dit hoort bij ons project <b>{text(document.project)}</b>.", styles.body))
    question = document.fields.research_question
    if question:
        body.append(Paragraph(f"De onderzoeksvraag van de klas: <b>{text(question)}</b>", styles.body))
    return body


def _prepared(document: BriefDocument, styles: Styles) -> list[Flowable]:
    items = []
    for lesson in document.prepared:
        line = f"{dutch_date(lesson.date)}: <b>{text(lesson.title)}</b>"
        if lesson.goal:
            line += f" — {text(lesson.goal)}"
        items.append(line)
    return [_bullets(items, styles)]


def _questions(document: BriefDocument, styles: Styles) -> list[Flowable]:
    own = document.fields.questions()
    if own:
        return [
            Paragraph("Deze vragen heeft de klas bedacht:", styles.body),
            _bullets([text(q) for q in own], styles),
        ]
    return [
        Paragraph("Kinderen van deze leeftijd vragen bijvoorbeeld:", styles.body),
        _bullets(list(USUAL_QUESTIONS), styles),
    ]


def _request(document: BriefDocument, styles: Styles) -> list[Flowable]:
    body: list[Flowable] = [
        Paragraph(
            "Laat de kinderen als het kan <b>meerdere mensen met verschillende beroepen</b> "
            "ontmoeten: zo zien ze hoeveel soorten werk er in één bedrijf zijn, van de werkvloer "
            "tot kantoor. En graag ook <b>iemand die een vooroordeel doorbreekt</b>, zoals een "
            "vrouw in de techniek of een man in de zorg: zo kan elk kind zich in iemand herkennen.",
            styles.body,
        )
    ]
    if document.role_models:
        people = and_list(
            text(r.name) + (f" ({text(lower_first(r.profession))})" if r.profession else "")
            for r in document.role_models
        )
        body.append(Paragraph(f"Wij hopen te ontmoeten: {people}.", styles.body))
    met = {r.profession for r in document.role_models if r.profession}
    others = [p for p in document.professions if p not in met]
    if others:
        names = and_list(text(lower_first(p)) for p in others[:8])
        body.append(
            Paragraph(f"Beroepen die wij van uw bedrijf kennen: {names}. Zijn er meer? Laat ze gerust zien.",
                      styles.body)
        )
    return body


def _tips(document: BriefDocument) -> list[str]:
    minutes = listening_minutes(document.grade)
    tips = [
        f"<b>Kort vertellen.</b> Na ongeveer {minutes} minuten luisteren willen kinderen kijken, "
        "doen of vragen.",
        "<b>Laten zien en laten doen.</b> Iets vasthouden, proberen, meten of maken blijft het "
        "best hangen. Kleine groepjes werken beter dan de hele klas tegelijk.",
        "<b>Gewone woorden.</b> Vermijd vaktaal, of leg een woord uit als u het gebruikt.",
        "<b>'Dit kun je leren'</b> in plaats van 'daar moet je talent voor hebben'. Vertel hoe "
        "u het zelf geleerd hebt: veel hiervan kun je leren, en er is meer werk dan je denkt.",
        "<b>Een eerlijk beeld.</b> Vertel ook wat lastig is of minder leuk: dat helpt kinderen "
        "ontdekken wat bij hen past.",
        "<b>Iedereen doet mee.</b> Geef alle kinderen dezelfde taken en dezelfde aandacht.",
    ]
    if document.grade <= 3:
        tips.append(
            "<b>Jonge kinderen lezen nog weinig.</b> Laat dingen zien en voelen; een plaatje of "
            "voorwerp zegt meer dan een folder."
        )
    return tips


def _safety(document: BriefDocument) -> str:
    notes = document.safety_notes
    if notes:
        return (
            f"Uw afspraken zoals wij ze van u hebben: <b>{text(notes)}</b> Wij bespreken ze vooraf "
            "met de kinderen en de begeleiders. Is er iets veranderd of bijgekomen? Laat het ons weten."
        )
    if document.at_school:
        return ""
    return (
        "Wij hebben van u nog geen afspraken over veiligheid en hygiëne. Zijn er regels waar de "
        "kinderen en begeleiders zich aan moeten houden? Laat het ons vóór het bezoek weten, dan "
        "bespreken wij ze vooraf in de klas."
    )


def _programme(document: BriefDocument, styles: Styles, width: float) -> list[Flowable]:
    items = document.programme
    time_style = styles.body.clone("time", textColor=MUTED)
    timed = any(item.time is not None for item in items)
    rows = [
        [Paragraph(_clock(item.time) if timed else f"{number}.", time_style), Paragraph(text(item.what), styles.body)]
        for number, item in enumerate(items, 1)
    ]
    table = Table(
        rows,
        colWidths=[width * 0.1, width * 0.9],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [SHADE, None]),
        ]),
    ) if rows else Spacer(1, 1)
    body: list[Flowable] = [table]
    if not timed:
        body.append(Paragraph("De tijden spreken we nog met u af.", styles.small))
    if document.programme_proposed:
        body.append(
            Paragraph("Dit is een voorstel: pas het gerust aan en laat ons weten wat voor u werkt.",
                      styles.small)
        )
    return body


def _contact(document: BriefDocument) -> str:
    contact = document.contact
    parts = []
    if contact.name:
        parts.append(f"<b>{text(contact.name)}</b>" + (f", {text(contact.role)}" if contact.role else ""))
    reach = [x for x in (contact.phone, contact.email) if x]
    if reach:
        parts.append(text(" · ".join(reach)))
    parts.append(text(", ".join(x for x in (document.school, document.school_place) if x)))
    return "<br/>".join(parts)
