"""Fonts are registered per face, once, and only the faces a document sets; user text is
escaped as ``xml.sax.saxutils.escape`` does, without importing it."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from xml.sax.saxutils import escape

import pytest
from reportlab.pdfbase import pdfmetrics

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.printing.fonts import FACES, FONT, FONT_BOLD, register_fonts
from beroepsplanner.printing.logbook import render_logbooks
from beroepsplanner.printing.styles import text


@pytest.mark.parametrize(
    "value", ["", "De Bakkerij & Zn", "<b>vet</b>", "a < b > c", "'quotes' \"too\"", "&amp;"]
)
def test_text_is_escaped_as_saxutils_does(value: str) -> None:
    assert text(value) == escape(value)


def test_a_face_is_registered_once_and_an_unknown_one_refused() -> None:
    register_fonts(FONT)
    first = pdfmetrics.getFont(FONT)
    register_fonts(FONT, FONT_BOLD)
    assert pdfmetrics.getFont(FONT) is first
    with pytest.raises(ValueError):
        register_fonts("Comic Sans")


def test_the_logbooks_embed_only_the_regular_and_bold_faces(
    older_chain: ChainDocument, read_pdf: Callable[[bytes], object]
) -> None:
    out = io.BytesIO()
    render_logbooks([older_chain], out)
    fonts = read_pdf(out.getvalue()).fonts  # type: ignore[attr-defined]
    assert {name.split("+")[-1] for name in fonts} == {FONT, FONT_BOLD}


def test_a_print_job_reads_only_the_faces_it_needs_and_no_saxutils(
    older_chain: ChainDocument,
) -> None:
    probe = (
        "import io, sys\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from beroepsplanner.printing import logbook\n"
        "assert 'xml.sax.saxutils' not in sys.modules, 'saxutils imported'\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith('DejaVu')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"  # nothing read at import: only when a document is drawn
    assert set(FACES) == {FONT, FONT_BOLD, "DejaVuSans-Oblique"}
