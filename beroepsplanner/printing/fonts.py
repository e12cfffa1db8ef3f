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


FACES = (FONT, FONT_BOLD, FONT_ITALIC)


def register_fonts(*faces: str) -> str:
    """Register the faces ``faces`` (default: all three) with ReportLab, each once, and the
    family's mapping (bold, italic); returns the regular font's name. Reading a TrueType
    file takes a good part of a short print job, so a document registers only the faces
    it sets (the logbooks: regular and bold)."""
    for name in faces or FACES:
        _register(name)
    _family()
    return FONT


@cache
def _register(name: str) -> None:
    if name not in FACES:
        raise ValueError(f"not one of the embedded faces: {name}")
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))


@cache
def _family() -> None:
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
