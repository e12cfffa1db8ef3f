"""Draw the application icon: resources/icons/beroepsplanner.svg, PNGs 16–256 and a .ico.

The icon is our own drawing (no third-party artwork): a chain of three links on a
rounded blue square — a small link (preparation), a large one (the activity) and a
small one (reflection), the chain that the program plans.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py``.
The SVG is rendered with QtSvg; the .ico (Windows executable) is packed with Pillow,
which ReportLab already brings along.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "beroepsplanner"

# A 256-unit canvas. Colours: a calm blue, white links, an orange activity.
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f7fd1"/>
      <stop offset="1" stop-color="#1d5aa6"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="url(#bg)"/>
  <!-- the chain: preparation, activity, reflection -->
  <path d="M 52 164 L 204 164" stroke="#ffffff" stroke-width="14" stroke-linecap="round"
        fill="none" opacity="0.85"/>
  <circle cx="52" cy="164" r="24" fill="#ffffff"/>
  <circle cx="128" cy="164" r="46" fill="#f59e2b" stroke="#ffffff" stroke-width="12"/>
  <circle cx="204" cy="164" r="24" fill="#ffffff"/>
  <!-- a star above the activity: the experience -->
  <path d="M 128 36 L 138 62 L 166 64 L 144 81 L 152 108 L 128 93 L 104 108 L 112 81
           L 90 64 L 118 62 Z" fill="#ffd54a"/>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size``×``size`` pixels, transparent outside the square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str at run time (bytes is refused); the stub says bytes
    buffer.close()
    return bytes(data.data())


def main() -> int:
    # Qt draws only with an application object alive; kept in a name until main returns.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        print("make_icon: the SVG is not valid", file=sys.stderr)
        return 1
    biggest: Image.Image | None = None
    for size in SIZES:
        data = png_bytes(render(renderer, size))
        (ICONS / f"{NAME}-{size}.png").write_bytes(data)
        biggest = Image.open(io.BytesIO(data))
        biggest.load()
    assert biggest is not None
    # Pillow scales the 256 px picture down to each size the .ico holds.
    biggest.save(ICONS / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in SIZES])
    print(f"make_icon: wrote {NAME}.svg, {len(SIZES)} PNGs and {NAME}.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
