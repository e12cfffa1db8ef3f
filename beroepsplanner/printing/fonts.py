"""The embedded font: DejaVu Sans (resources/fonts, licence beside it).

ReportLab's built-in Helvetica has no glyphs for ş, ğ, ı, İ, ł, ŭ, Vietnamese
and more; DejaVu Sans covers Latin script widely and is embedded in every PDF,
so the text can be searched and copied.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from beroepsplanner.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"


@cache
def register_fonts() -> str:
    """Register the family with ReportLab once; returns the regular font's name."""
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT
