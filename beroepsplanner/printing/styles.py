"""Shared look of every printed document: A4, margins, paragraph styles, safe text."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from beroepsplanner.dates import dutch_date as dutch_date  # every document's dates, in Dutch
from beroepsplanner.printing.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

PAGE = A4
LANGUAGE = "nl-NL"
"""The language of every printed document: the PDF catalog's /Lang, for screen readers."""
MARGIN = 18 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d6fa5")
LINE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")



def text(value: str) -> str:
    """User text for a Paragraph: printed as written, never read as markup (& < > stay text).

    What ``xml.sax.saxutils.escape`` does, without importing it: that module imports
    ``urllib.request`` and with it the e-mail, HTTP and SSL modules, a tenth of a print
    job's start-up."""
    return (value or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


class Styles:
    """Paragraph styles in the embedded font; build once per document."""

    def __init__(self, scale: float = 1.0) -> None:
        register_fonts()
        size = 10.5 * scale
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.35, textColor=INK)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size * 0.82, leading=size * 1.1, textColor=MUTED)
        self.italic = ParagraphStyle("italic", parent=self.body, fontName=FONT_ITALIC)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=size * 1.9, leading=size * 2.3, spaceAfter=size * 0.4, textColor=ACCENT)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=FONT_BOLD, fontSize=size * 1.3, leading=size * 1.7, spaceBefore=size * 0.8, spaceAfter=size * 0.3)
        self.subheading = ParagraphStyle("subheading", parent=self.body, fontName=FONT_BOLD, spaceBefore=size * 0.5, spaceAfter=size * 0.2)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=size * 1.4, bulletIndent=size * 0.4)
