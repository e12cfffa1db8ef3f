"""Logbooks: one per pupil per chain, and every pupil gets the same pages.

Drawn straight on the canvas, not through platypus. The pages have a fixed
structure, so a class set prints and staples cleanly and nothing can flow onto
an extra page. Everything on a page except the pupil's name is the same for
the whole class, so that part is drawn once per chain as a PDF form (XObject)
and placed on each pupil's page. That keeps 30 logbooks fast and the file small.

Canvas strings are never read as markup: names, titles and companies are drawn
exactly as written. ``styles.text()`` is only needed for Paragraphs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.printing.drawing import (
    PICTOGRAMS,
    fitted,
    side_by_side,
    smiley,
    star,
    stroke,
    wrapped,
    write,
)
from beroepsplanner.printing.fonts import FONT, FONT_BOLD, register_fonts
from beroepsplanner.printing.logbook_measure import (
    BEELDENBREKERS,
    draw_professional,
    who_can_do_it,
    would_you_want_it,
)
from beroepsplanner.printing.logbook_tasks import task_pages
from beroepsplanner.printing.paper_text import activity_days, guest_text, meets_line, parent_guest
from beroepsplanner.printing.styles import INK, LANGUAGE, LINE, MUTED, PAGE, SHADE, dutch_date

WIDTH, HEIGHT = PAGE
LEFT, RIGHT = 15 * mm, WIDTH - 15 * mm
HEADER_TOP = HEIGHT - 13 * mm
HEADER_BOTTOM = HEADER_TOP - 30 * mm
BODY_TOP = HEADER_BOTTOM - 5 * mm
BODY_BOTTOM = 14 * mm
RIGHT_COLUMN = 68 * mm
NAME_LABEL = "Naam:"
NAME_X = LEFT + 17 * mm  # after "Naam:" in 10 pt
NAME_WIDTH = RIGHT - 8 * mm - RIGHT_COLUMN - NAME_X
NAME_Y = HEADER_TOP - 9 * mm

# "Voor het bezoek", "Na de gastles": the activity as a child says it.
ACTIVITY_WORDS: dict[ActivityKind, str] = {
    ActivityKind.COMPANY_VISIT: "het bezoek",
    ActivityKind.GUEST_LESSON: "de gastles",
    ActivityKind.LESSON_SERIES: "de lessen",
    ActivityKind.WORKSHOP: "de workshop",
    ActivityKind.READING: "het lezen",
    ActivityKind.ASSIGNMENT: "de opdracht",
    ActivityKind.PROJECT: "het project",
    ActivityKind.CONVERSATION: "het gesprek",
    ActivityKind.INTERNSHIP: "de stage",
}
YOUNG_TALENTS = (
    "bouwen en maken", "zorgen voor anderen", "rekenen",
    "praten met mensen", "samenwerken", "iets bedenken",
)
TALENTS = (
    "samenwerken", "precies werken", "creatief zijn", "rekenen",
    "praten met mensen", "bouwen en maken", "zorgen voor anderen", "computers",
)


def _days(days: Sequence[dt.date]) -> str:
    if len(days) == 1:
        return dutch_date(days[0], weekday=True)
    first, last = days[0], days[-1]
    same_month = (first.year, first.month) == (last.year, last.month)
    return f"{first.day if same_month else dutch_date(first)} en {dutch_date(last)}"


def _page_dates(doc: ChainDocument, parts: tuple[str, ...]) -> list[str]:
    lines = []
    if "voor" in parts and doc.preparation:
        lines.append("Voorbereiding: " + _days([x.date for x in doc.preparation]))
    # An activity of several days: its first and last day (``van 5 tot en met 9 oktober 2026``).
    lines.append(f"{doc.activity_kind.label.capitalize()}: {activity_days(doc, weekday=doc.end_date is None)}")
    if "na" in parts and doc.reflection:
        lines.append("Terugblik: " + _days([x.date for x in doc.reflection]))
    return lines


class _Blank:
    """Takes every drawing call and does nothing: measures a page before it is drawn."""

    def __getattr__(self, name: str) -> _Blank:
        return self

    def __call__(self, *args: object, **kwargs: object) -> _Blank:
        return self


class _Pen:
    """Draws one page's body from the top down; a layout that would not fit fails loudly."""

    def __init__(
        self, c: Canvas, young: bool, spread: float = 0, meets: str = "", draws: bool = False
    ) -> None:
        self.c, self.young, self.y = c, young, BODY_TOP
        self.meets = meets  # who and what the pupils meet (``meets_line``); may be empty
        self.draws = draws  # Beeldenbrekers: draw the professional before and after
        self.spread, self.blocks = spread, 0  # extra room after each block, to fill the page
        self.gap = (13 if young else 8.5) * mm  # writing lines: big for groep 1-5
        self.size = 15 if young else 10.5

    def _take(self, height: float) -> float:
        self.y -= height
        assert self.y >= BODY_BOTTOM, "logbook page content overflows its page"
        return self.y

    def _end_block(self) -> None:
        self.blocks += 1
        self._take(4 * mm + self.spread)

    def band(self, part: str, title: str, hint: str = "") -> None:
        c, height = self.c, (13 if self.young else 10) * mm
        y = self._take(height)
        self._shaded(y, height)
        icon, size = height - (4 if self.young else 3) * mm, 17 if self.young else 12.5
        PICTOGRAMS[part](c, LEFT + 3 * mm, y + (height - icon) / 2, icon)
        write(c, LEFT + icon + 7 * mm, y + (height - size * 0.72) / 2, title, FONT_BOLD, size)
        if hint:
            write(c, RIGHT - 4 * mm, y + (height - 6) / 2, hint, FONT, 8.5, MUTED, "right")
        self._take(3 * mm)

    def _shaded(self, y: float, height: float) -> None:
        """A light grey band (prints fine in black and white) with white, inked pictograms."""
        self.c.setFillColor(SHADE)
        self.c.roundRect(LEFT, y, RIGHT - LEFT, height, 2.5 * mm, stroke=0, fill=1)
        self.c.setFillColor(colors.white)
        stroke(self.c, 1.1)

    def question(self, words: str, hint: str = "", lines: int = 0) -> None:
        """A question in bold, a hint after it in grey, then ``lines`` writing lines."""
        c = self.c
        for line in simpleSplit(words, FONT_BOLD, self.size, RIGHT - LEFT):
            y = self._take(self.size * 1.3)
            write(c, LEFT, y + self.size * 0.25, line, FONT_BOLD, self.size)
        if hint:
            x = LEFT + stringWidth(line + "  ", FONT_BOLD, self.size)
            write(c, x, y + self.size * 0.25, hint, FONT, self.size * 0.72, MUTED)
        if lines:
            self.lines(lines)

    def note(self, words: str, most: int = 2) -> None:
        """A grey note under a question (at most ``most`` lines); nothing when empty."""
        if not words:
            return
        size = self.size * 0.72
        for line in simpleSplit(words, FONT, size, RIGHT - LEFT)[:most]:
            y = self._take(size * 1.35)
            write(self.c, LEFT, y + size * 0.25, line, FONT, size, MUTED)

    def lines(self, count: int) -> None:
        stroke(self.c, 0.6, LINE)
        for _ in range(count):
            y = self._take(self.gap)
            self.c.line(LEFT, y, RIGHT, y)
        self._end_block()

    def box(self, height: float) -> None:
        y = self._take(height + 1 * mm)
        stroke(self.c, 0.8, LINE)
        self.c.roundRect(LEFT, y, RIGHT - LEFT, height, 3 * mm, stroke=1, fill=0)
        self._end_block()

    def smileys(self, labels: tuple[str, str, str]) -> None:
        r, c = 9 * mm, self.c
        cy = self._take(2 * r + 3 * mm) + r
        for i, (label, mood) in enumerate(zip(labels, (1, 0, -1))):
            cx = LEFT + 15 * mm + i * 45 * mm
            smiley(c, cx, cy, r, mood)
            write(c, cx, cy - r - 5 * mm, label, FONT, 11, align="centre")
        self._take(5 * mm)
        self._end_block()

    def checklist(self, talents: Sequence[str], columns: int) -> None:
        c, box = self.c, (7 if self.young else 4.5) * mm
        size, row = (12, 11 * mm) if self.young else (9, 7 * mm)
        width = (RIGHT - LEFT) / columns
        stroke(c, 0.9)
        for start in range(0, len(talents), columns):
            y = self._take(row)
            for i, talent in enumerate(talents[start : start + columns]):
                x = LEFT + i * width
                c.rect(x, y, box, box, stroke=1, fill=0)
                write(c, x + box + 2 * mm, y + (box - size * 0.7) / 2, talent, FONT, size)
        self._end_block()

    def talent_grid(self, talents: Sequence[str], heads: tuple[str, str]) -> None:
        """Talents in two groups, each with a tick box under both ``heads``."""
        c, box, half = self.c, 4.5 * mm, (RIGHT - LEFT) / 2
        rows = (len(talents) + 1) // 2
        y = self._take(5 * mm)
        for group in range(2):
            for k, head in enumerate(heads):
                x = LEFT + group * half + (50 + 22 * k) * mm
                write(c, x, y + 1 * mm, head, FONT, 8.5, MUTED, "centre")
        stroke(c, 0.9)
        for r in range(rows):
            y = self._take(7 * mm)
            for group in range(2):
                if group * rows + r >= len(talents):
                    continue
                x = LEFT + group * half
                write(c, x, y + 1.2 * mm, talents[group * rows + r], FONT, 9.5)
                for k in range(2):
                    c.rect(x + (50 + 22 * k) * mm - box / 2, y, box, box, stroke=1, fill=0)
        self._end_block()

    def strip(self, words: str) -> None:
        c, height = self.c, 12 * mm
        y = self._take(height)
        self._shaded(y, height)
        star(c, LEFT + 3 * mm, y + 2.5 * mm, 7 * mm)
        size = 14 if self.young else 11
        write(c, LEFT + 13 * mm, y + (height - size * 0.72) / 2, words, FONT_BOLD, size)


# --- the two designs: (parts shown in the header's dates, body) per page ---------------


def _young_before(pen: _Pen, word: str) -> None:
    pen.band("voor", f"Voor {word}")
    pen.question("Hoe voel je je?", "Kleur het gezichtje.")
    pen.smileys(("zin in", "weet niet", "spannend"))
    if pen.draws:
        draw_professional(pen, 64 * mm, after=False)
    else:
        pen.question("Wat denk je dat je gaat zien?", "Teken het.")
        pen.note(pen.meets)
        pen.box(64 * mm)
    who_can_do_it(pen)
    pen.question("Wat weet je al over dit werk?", lines=2)
    pen.question("Wat wil je vragen?", lines=2)


def _young_during(pen: _Pen, word: str) -> None:
    pen.band("tijdens", f"Tijdens {word}")
    pen.question("Teken wat je zag.")
    pen.box(88 * mm)
    pen.question("Welk werk zag je?", lines=2)
    pen.question("Wat deed je zelf?", lines=2)
    pen.question("Wat konden de mensen goed?", "Zet een kruisje.")
    pen.checklist(YOUNG_TALENTS, 3)


def _young_after(pen: _Pen, word: str) -> None:
    pen.band("na", f"Na {word}")
    pen.question("Hoe vond je het?", "Kleur het gezichtje.")
    pen.smileys(("leuk", "gewoon", "niet leuk"))
    if pen.draws:
        draw_professional(pen, 46 * mm, after=True)
    else:
        pen.question("Wat vond je het leukst? En wat niet?", lines=3)
    who_can_do_it(pen)
    pen.question("Wil je dit ook eens proberen?", "Kleur het gezichtje.")
    pen.smileys(("ja!", "misschien", "nog niet"))
    pen.question("Waar ben jij goed in? Wat wil je nog leren?", lines=3)
    pen.strip("Dit kun je leren! Oefenen maakt je steeds beter.")


def _young_me(pen: _Pen, word: str) -> None:
    pen.band("na", "Ik aan het werk")
    pen.question("Welk werk wil jij eens proberen?", "Teken jezelf aan het werk.")
    pen.box(110 * mm)
    pen.question("Wat heb je daarvoor nodig? Wat kun je nu al?", lines=3)
    pen.strip("Jongens en meisjes: je kunt hier veel van leren!")


# Groep 1-2 cannot write yet: drawing, colouring and ticking only, no writing lines. The
# teacher reads the questions aloud.


def _drawing_before(pen: _Pen, word: str) -> None:
    pen.band("voor", f"Voor {word}")
    pen.question("Hoe voel je je?", "Kleur het gezichtje.")
    pen.smileys(("zin in", "weet niet", "spannend"))
    if pen.draws:
        draw_professional(pen, 124 * mm, after=False)
    else:
        pen.question("Wat denk je dat je gaat zien?", "Teken het.")
        pen.note(pen.meets)
        pen.box(124 * mm)
    who_can_do_it(pen)


def _drawing_during(pen: _Pen, word: str) -> None:
    pen.band("tijdens", f"Tijdens {word}")
    pen.question("Teken wat je zag.")
    pen.box(130 * mm)
    pen.question("Wat konden de mensen goed?", "Zet een kruisje.")
    pen.checklist(YOUNG_TALENTS, 3)


def _drawing_after(pen: _Pen, word: str) -> None:
    pen.band("na", f"Na {word}")
    pen.question("Hoe vond je het?", "Kleur het gezichtje.")
    pen.smileys(("leuk", "gewoon", "niet leuk"))
    pen.question("Wil je dit ook eens proberen?", "Kleur het gezichtje.")
    pen.smileys(("ja!", "misschien", "nog niet"))
    if pen.draws:
        draw_professional(pen, 62 * mm, after=True)
    else:
        pen.question("Wat vond je het leukst?", "Teken het.")
        pen.box(62 * mm)
    who_can_do_it(pen)
    pen.strip("Dit kun je leren! Oefenen maakt je steeds beter.")


def _drawing_me(pen: _Pen, word: str) -> None:
    pen.band("na", "Ik aan het werk")
    pen.question("Welk werk wil jij eens proberen?", "Teken jezelf aan het werk.")
    pen.box(175 * mm)
    pen.strip("Jongens en meisjes: je kunt hier veel van leren!")


def _older_first(pen: _Pen, word: str) -> None:
    pen.band("voor", f"Voor {word}", "in de voorbereidingsles")
    if pen.draws:
        draw_professional(pen, 42 * mm, after=False)
    else:
        pen.question("Wat verwacht je te zien en te doen?", lines=2)
        pen.question("Wat weet je al over de beroepen die je gaat zien?")
        pen.note(pen.meets)
        pen.lines(2)
    who_can_do_it(pen)
    would_you_want_it(pen)
    pen.question("Welke vraag wil je stellen aan iemand die daar werkt?", lines=2)
    pen.band("tijdens", f"Tijdens {word}", f"tijdens of vlak na {word}")
    pen.question("Wat heb je gezien? En wat heb je zelf gedaan?", lines=2)
    pen.question("Welke beroepen heb je gezien? Wat doen die mensen precies?", lines=3)
    pen.question("Welke talenten gebruikten de mensen in hun werk?", "Zet een vinkje.")
    pen.checklist(TALENTS, 4)


def _older_second(pen: _Pen, word: str) -> None:
    pen.band("na", f"Na {word}", "in de terugblikles")
    pen.question("Wat vond je interessant? En wat niet? Waarom?", lines=4)
    who_can_do_it(pen)
    would_you_want_it(pen)
    pen.question("Wat zou je zelf eens willen proberen?", lines=2)
    pen.question("Welke talenten heb jij al? En welke wil je nog leren?", "Zet een vinkje.")
    pen.talent_grid(TALENTS, ("heb ik al", "wil ik leren"))
    if pen.draws:
        draw_professional(pen, 40 * mm, after=True)
    else:
        pen.question("Welk beroep past bij jouw talenten? Waarom?", lines=3)
    pen.strip("Talenten groeien als je oefent. Dit kun je leren!")


Page = tuple[tuple[str, ...], Callable[[_Pen, str], None]]
# Four pages and two: an even number, so a class set printed on both sides never puts the
# next pupil's first page on the back of this pupil's last one.
YOUNG: tuple[Page, ...] = (
    (("voor",), _young_before),
    (("tijdens",), _young_during),
    (("na",), _young_after),
    (("na",), _young_me),
)
DRAWING: tuple[Page, ...] = (
    (("voor",), _drawing_before),
    (("tijdens",), _drawing_during),
    (("na",), _drawing_after),
    (("na",), _drawing_me),
)
OLDER: tuple[Page, ...] = ((("voor", "tijdens"), _older_first), (("na",), _older_second))


def _design(document: ChainDocument) -> tuple[Page, ...]:
    """Groep 1–2 draw, groep 3–5 draw and write a little, groep 6–8 write; then the pages of
    each task during the activity (``logbook_tasks``)."""
    own = DRAWING if document.drawing_only else YOUNG if document.young else OLDER
    tasks: tuple[Page, ...] = tuple(
        page for task in document.tasks for page in task_pages(task, TALENTS, YOUNG_TALENTS)
    )
    return own + tasks


def pages_per_logbook(document: ChainDocument) -> int:
    """Every logbook of ``document`` has exactly this many pages (``domain.logbook_pages``
    and ``TASK_PAGES`` per task)."""
    return len(_design(document))


def _header(c: Canvas, doc: ChainDocument, number: int, pages: int, parts: tuple[str, ...]) -> None:
    stroke(c, 0.8, LINE)
    c.roundRect(LEFT, HEADER_BOTTOM, RIGHT - LEFT, HEADER_TOP - HEADER_BOTTOM, 3 * mm, stroke=1, fill=0)
    write(c, LEFT + 4 * mm, NAME_Y, NAME_LABEL, FONT, 10, MUTED)
    left_width = NAME_X + NAME_WIDTH - LEFT - 4 * mm
    # The pupils' own title, never a provider or a programme's English name; three lines
    # at most under the name: the title, then where (shrunk before it is shortened).
    title = wrapped(doc.title_for_pupils, FONT_BOLD, 10.5, left_width, 2)
    lines = [(FONT_BOLD, 10.5, line) for line in title]
    guest = parent_guest(doc)
    if doc.company or guest is not None:
        if doc.company:
            where = f"bij {doc.company}" + (f", {doc.company_place}" if doc.company_place else "")
        else:
            assert guest is not None
            where = "met gast " + guest_text(guest)
        where, size = fitted(where, FONT, 9.5, left_width * (3 - len(title)), 8)
        lines += [(FONT, size, line) for line in wrapped(where, FONT, size, left_width, 3 - len(title))]
    y = NAME_Y - 7.5 * mm
    for font, size, line in lines:
        write(c, LEFT + 4 * mm, y, line, font, size)
        y -= size * 1.3
    x = RIGHT - 4 * mm
    class_name, size = fitted(doc.class_name, FONT_BOLD, 12, RIGHT_COLUMN, 7.5)
    write(c, x, NAME_Y, class_name, FONT_BOLD, size, align="right")
    y = NAME_Y - 6.5 * mm
    for line in _page_dates(doc, parts):
        line, size = fitted(line, FONT, 8.5, RIGHT_COLUMN, 7)
        write(c, x, y, line, FONT, size, align="right")
        y -= 4.2 * mm
    write(c, x, HEADER_BOTTOM + 3.5 * mm, f"bladzijde {number} van {pages}", FONT, 8.5, MUTED, "right")
    footer = " · ".join(x for x in (doc.school, f"schooljaar {doc.school_year}") if x)
    side_by_side(
        c, footer, "Mijn logboek · beroepsoriëntatie", LEFT, RIGHT, 8 * mm, size=7.5, smallest=6.5,
        color=MUTED, upwards=False,
    )




def _page_forms(c: Canvas, doc: ChainDocument, index: int) -> list[str]:
    """Draw everything a class shares, once: one form per page of the logbook."""
    design = _design(doc)
    word = ACTIVITY_WORDS.get(doc.activity_kind, "de activiteit")
    meets = meets_line(doc)
    draws = doc.activity_key == BEELDENBREKERS
    names = []
    for number, (parts, body) in enumerate(design, start=1):
        name = f"logbook{index}page{number}"
        probe = _Pen(_Blank(), doc.young, meets=meets, draws=draws)
        body(probe, word)
        spread = max(0.0, probe.y - BODY_BOTTOM - 6 * mm) / max(probe.blocks, 1)
        c.beginForm(name)
        _header(c, doc, number, len(design), parts)
        body(_Pen(c, doc.young, spread, meets, draws), word)
        c.endForm()
        names.append(name)
    return names


def logbook_description(documents: Sequence[ChainDocument]) -> tuple[str, str]:
    """The PDF's title and subject: which class, which activity (or how many chains)."""
    classes = list(dict.fromkeys(d.class_name for d in documents))
    who = ", ".join(classes) if classes else "geen klas"
    if len(documents) == 1:
        doc = documents[0]
        what = f"{doc.activity_title} ({doc.activity_kind.label} op {dutch_date(doc.date)})"
        title = f"Logboeken {who} – {doc.activity_title}"
    else:
        what = f"{len(documents)} ketens"
        title = f"Logboeken {who} – {what}"
    school = f", {documents[0].school}" if documents and documents[0].school else ""
    subject = f"Logboeken beroepsoriëntatie voor de leerlingen van {who}{school}: {what}"
    return title, subject


def _name(c: Canvas, pupil: str | None) -> None:
    if pupil is None:  # the blank copy, for a pupil who joins later
        stroke(c, 0.7)
        c.line(NAME_X, NAME_Y - 1.5, NAME_X + min(NAME_WIDTH, 75 * mm), NAME_Y - 1.5)
        return
    pupil, size = fitted(pupil, FONT_BOLD, 16, NAME_WIDTH, 10)
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, size)
    c.drawString(NAME_X, NAME_Y, pupil)


def render_logbooks(
    documents: Sequence[ChainDocument],
    out: BinaryIO | str | Path,
    *,
    blank_copy: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the logbooks of ``documents`` to ``out`` as one PDF; returns its number of pages.

    Per document: one logbook per pupil, in ``document.pupils`` order, then (with
    ``blank_copy``) one without a name. Groep 1–5 get four pages (voor, tijdens,
    na, and a drawing of themselves at work) with smileys — groep 1–2 to draw and colour
    only, groep 3–5 also with big writing lines —, groep 6–8 two pages of open questions.
    ``progress(done, total)`` is called after every logbook.
    """
    register_fonts(FONT, FONT_BOLD)  # the logbook sets no italic
    c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=PAGE, initialFontName=FONT, lang=LANGUAGE)
    c.setCreator("Beroepsplanner")
    title, subject = logbook_description(documents)
    c.setTitle(title)
    c.setSubject(subject)
    if documents:
        c.setAuthor(documents[0].school)
    total = sum(len(d.pupils) + blank_copy for d in documents)
    done = pages = 0
    for index, doc in enumerate(documents):
        owners: list[str | None] = [*doc.pupils, *([None] if blank_copy else [])]
        if not owners:
            continue
        forms = _page_forms(c, doc, index)
        c.bookmarkPage(f"chain{index}")
        c.addOutlineEntry(f"{doc.class_name}: {doc.activity_title}", f"chain{index}", 0)
        for number, pupil in enumerate(owners):
            key = f"chain{index}pupil{number}"
            c.bookmarkPage(key)
            c.addOutlineEntry(pupil or "Lege kopie", key, 1)
            for form in forms:
                c.doForm(form)
                _name(c, pupil)
                c.showPage()
            pages += len(forms)
            done += 1
            if progress is not None:
                progress(done, total)
    if pages == 0:
        c.setFont(FONT, 12)
        c.drawString(LEFT, HEIGHT / 2, "Geen logboeken: deze keten heeft geen leerlingen.")
        c.showPage()
        pages = 1
    c.save()
    return pages
