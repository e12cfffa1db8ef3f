"""The part of the parent letter that tells why, in the chain's variant (issue 17 item 5):

- **broad** (``LetterVariant.BROAD``, the default): "beroepen van de toekomst", technology
  one route among many — what every letter said before the variants;
- **concrete**: the jobs, worlds and role models the children meet in this activity, as
  ``ChainDocument`` has them (``store.documents.met_on_paper``, the rule of
  ``domain.chain.meeting_of``: the chosen company's, else the activity's own), with a line
  per world of technology. A chain that names none of these gets the broad text: the letter
  never invents what the children will see.

The wording stays honest (domain.md, "Partners"): "je kunt hier veel van leren", "er is meer
dan je denkt", never "every child can do everything".
"""

from __future__ import annotations

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.kinds import LetterVariant
from beroepsplanner.printing.fonts import FONT
from beroepsplanner.printing.paper_text import and_list, lower_first
from beroepsplanner.printing.styles import Styles, text
from beroepsplanner.printing.world_lines import world_line

BROAD_WHY = (
    "Op onze school maken de kinderen kennis met <b>beroepen van de toekomst</b>: in de zorg, "
    "het onderwijs, de bouw, de voeding, de handel, creatieve vakken, de techniek en nog veel "
    "meer. Zo ontdekken ze wat ze goed kunnen, wat ze leuk vinden en wat bij hen past. Techniek "
    "is één van de vele routes: bijna elk beroep werkt tegenwoordig met techniek, van de bakker "
    "tot de verpleegkundige. Niet alles past bij ieder kind, maar je kunt veel meer leren dan je "
    "denkt, en er is meer werk dan je denkt. Kinderen vormen al jong een beeld van wat werk is; "
    "daarom laten we ze veel verschillende mensen en beroepen zien."
)

MOST_PROFESSIONS = 8
"""At most this many professions in the concrete letter's list (the rest: "en meer")."""


def is_concrete(document: ChainDocument) -> bool:
    """The letter tells concretely what the children meet: the chain asks for it and the
    paper knows at least one profession, world or role model."""
    return document.letter_variant is LetterVariant.CONCRETE and bool(
        document.professions or document.worlds or document.role_models
    )


def why_section(document: ChainDocument, styles: Styles) -> list[Flowable]:
    """The letter's section after the opening: the broad "why", or what the children meet."""
    if not is_concrete(document):
        return [
            Paragraph("Waarom? Beroepen van de toekomst", styles.heading),
            Paragraph(BROAD_WHY, styles.body),
        ]
    where = f"bij {text(document.company)}" if document.company else "in deze activiteit"
    story: list[Flowable] = [
        Paragraph(f"Wat de kinderen {where} zien", styles.heading),
        Paragraph(_intro(document), styles.body),
    ]
    items = _profession_items(document)
    if items:
        story.append(
            ListFlowable(
                [ListItem(Paragraph(item, styles.body), leftIndent=14, spaceAfter=1) for item in items],
                bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=14,
            )
        )
    worlds = _worlds_text(document)
    if worlds:
        story += [Spacer(1, 3), Paragraph(worlds, styles.body)]
    story += [
        Spacer(1, 3),
        Paragraph(
            "Niet elk beroep past bij ieder kind, maar je kunt hier veel van leren, en er is meer "
            "werk dan je denkt. Techniek is één route van de vele; daarom zien de kinderen dit jaar "
            "ook heel ander werk.",
            styles.body,
        ),
    ]
    return story


def _intro(document: ChainDocument) -> str:
    if document.company:
        return (
            f"Bij <b>{text(document.company)}</b> werken mensen met verschillende beroepen. "
            "Dit zijn de beroepen en mensen die de kinderen tegenkomen:"
            if document.professions or document.role_models
            else f"<b>{text(document.company)}</b> laat de kinderen dit zien:"
        )
    return "Dit zijn de beroepen en mensen die de kinderen tegenkomen:"


def _profession_items(document: ChainDocument) -> list[str]:
    """One line per profession, the role models who have it beside it; role models whose
    profession is not among them have their own line."""
    people: dict[str, list[str]] = {}
    for role in document.role_models:
        people.setdefault(role.profession, []).append(role.name)
    items = []
    shown = list(document.professions[:MOST_PROFESSIONS])
    for profession in shown:
        names = people.pop(profession, [])
        who = f" — de kinderen ontmoeten {and_list(text(n) for n in names)}" if names else ""
        items.append(f"{text(lower_first(profession))}{who}")
    for profession, names in people.items():
        job = f" ({text(lower_first(profession))})" if profession else ""
        items.append(f"{and_list(text(n) for n in names)}{job}")
    rest = len(document.professions) - len(shown)
    if rest > 0:
        items.append(f"en nog {rest} {'ander beroep' if rest == 1 else 'andere beroepen'}")
    return items


def _worlds_text(document: ChainDocument) -> str:
    """The worlds (of technology with a line each; sectors by name)."""
    parts = []
    for world in document.worlds:
        line = world_line(world)
        parts.append(f"<b>{text(world)}</b>" + (f": {text(lower_first(line.rstrip('.')))}" if line else ""))
    if not parts:
        return ""
    head = "Dit hoort bij de wereld" if len(parts) == 1 else "Dit hoort bij de werelden"
    return f"{head} " + "; ".join(parts) + "."
