"""Write beroepsplanner/domain/font_coverage.py: the characters the printed documents can set.

    .venv/bin/python scripts/font_coverage.py          write the module
    .venv/bin/python scripts/font_coverage.py --check  exit 1 when the module is out of date

A character can be printed when every face of the embedded font (resources/fonts, DejaVu
Sans regular, bold and oblique) has a glyph for it, it lies in Unicode's Basic Multilingual
Plane (ReportLab writes a wrong ToUnicode entry for characters beyond it, so an emoji such as
U+1F600 would not copy or search as itself), and it belongs to no script that needs
right-to-left setting or shaping, which ReportLab does not do (Hebrew, Arabic, Syriac, the
Indic scripts, Thai, ...). The domain reads the generated ranges; it imports no ReportLab.
tests/domain/test_font_coverage.py runs the check.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "beroepsplanner" / "domain" / "font_coverage.py"
FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
# Blocks of scripts that need shaping or right-to-left setting (besides the bidi classes).
COMPLEX_BLOCKS = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, ...
    (0x0900, 0x0DFF),  # the Indic scripts
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms B (and the byte-order mark)
)


def printable_codes() -> list[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    common: set[int] | None = None
    for face in FACES:
        font = TTFont(face, str(ROOT / "resources" / "fonts" / f"{face}.ttf"))
        codes = set(font.face.charToGlyph)
        common = codes if common is None else common & codes
    assert common is not None
    return sorted(
        code
        for code in common
        if code <= 0xFFFF
        and code >= 0x20
        and not any(low <= code <= high for low, high in COMPLEX_BLOCKS)
        and unicodedata.bidirectional(chr(code)) not in ("R", "AL", "AN")
        and unicodedata.category(chr(code)) not in ("Cc", "Cs", "Co", "Cn")
    )


def ranges(codes: list[int]) -> list[tuple[int, int]]:
    found: list[list[int]] = []
    for code in codes:
        if found and found[-1][1] == code - 1:
            found[-1][1] = code
        else:
            found.append([code, code])
    return [(low, high) for low, high in found]


def module_text() -> str:
    lines = [
        '"""The characters the printed documents can set (generated: scripts/font_coverage.py).',
        "",
        "Ranges of code points, both ends included, that every face of the embedded font has, in",
        "the Basic Multilingual Plane, outside the scripts ReportLab cannot shape or set right to",
        "left. Do not edit by hand: run the script after changing the fonts.",
        '"""',
        "",
        "PRINTABLE_RANGES: tuple[tuple[int, int], ...] = (",
    ]
    lines += [f"    (0x{low:04X}, 0x{high:04X})," for low, high in ranges(printable_codes())]
    lines += [")", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = module_text()
    if argv[:1] == ["--check"]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run scripts/font_coverage.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET}: {text.count('(0x')} ranges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
