"""Small drawing helpers shared by the printed documents: fitting text, pictograms.

Pictograms are vector drawings, so they print whatever glyphs the font holds.
"""

from __future__ import annotations

from math import cos, pi, sin

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from beroepsplanner.printing.fonts import FONT
from beroepsplanner.printing.styles import INK


def shorten(value: str, font: str, size: float, width: float) -> str:
    """``value`` as it fits on one line of ``width``, with an ellipsis if it had to be cut."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def fitted(value: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """Shrink ``value`` down to ``smallest`` points to fit ``width``; shorten it beyond that."""
    while size > smallest and stringWidth(value, font, size) > width:
        size -= 0.5
    return shorten(value, font, size, width), size


def wrapped(value: str, font: str, size: float, width: float, most: int) -> list[str]:
    """At most ``most`` lines of ``value``; the last one shortened when more would follow."""
    lines = simpleSplit(value, font, size, width) or [""]
    if len(lines) > most:
        lines = lines[: most - 1] + [shorten(" ".join(lines[most - 1 :]) + "…", font, size, width)]
    return lines


def side_by_side(
    c: Canvas, left: str, right: str, x0: float, x1: float, y: float, *,
    left_font: str = FONT, right_font: str = FONT, size: float = 8.5, smallest: float = 7,
    color: colors.Color = INK, gap: float = 12, upwards: bool = True,
) -> None:
    """A running head or foot: ``left`` at ``x0``, ``right`` ending at ``x1``, on one line
    in a font from ``size`` down to ``smallest`` where both fit whole; otherwise on two
    lines (``left`` above the line ``y`` when ``upwards``, else ``right`` below it), each
    whole unless it is wider than the page by itself."""
    width = x1 - x0
    for points in _sizes(size, smallest):
        need = stringWidth(left, left_font, points) + stringWidth(right, right_font, points)
        if need + (gap if left and right else 0) <= width:
            write(c, x0, y, left, left_font, points, color)
            write(c, x1, y, right, right_font, points, color, "right")
            return
    step = smallest * 1.3
    top, bottom = (y + step, y) if upwards else (y, y - step)
    write(c, x0, top, shorten(left, left_font, smallest, width), left_font, smallest, color)
    write(c, x1, bottom, shorten(right, right_font, smallest, width), right_font, smallest, color, "right")


def _sizes(size: float, smallest: float) -> list[float]:
    sizes = [size]
    while sizes[-1] - 0.5 >= smallest:
        sizes.append(sizes[-1] - 0.5)
    return sizes


def write(c: Canvas, x: float, y: float, words: str, font: str = FONT, size: float = 10,
           color: colors.Color = INK, align: str = "left") -> None:
    c.setFillColor(color)
    c.setFont(font, size)
    {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align](x, y, words)


def stroke(c: Canvas, width: float, color: colors.Color = INK) -> None:
    c.setStrokeColor(color)
    c.setLineWidth(width)


# --- pictograms: vector drawings, so they print whatever the font holds ---------------


def smiley(c: Canvas, cx: float, cy: float, r: float, mood: int) -> None:
    stroke(c, 1.4)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.setFillColor(INK)
    for side in (-1, 1):
        c.circle(cx + side * 0.35 * r, cy + 0.25 * r, 0.1 * r, stroke=0, fill=1)
    mouth = c.beginPath()
    if mood == 0:
        mouth.moveTo(cx - 0.4 * r, cy - 0.38 * r)
        mouth.lineTo(cx + 0.4 * r, cy - 0.38 * r)
    else:
        end = cy - (0.25 if mood > 0 else 0.58) * r
        bend = (-0.38 if mood > 0 else 0.3) * r
        mouth.moveTo(cx - 0.45 * r, end)
        mouth.curveTo(cx - 0.2 * r, end + bend, cx + 0.2 * r, end + bend, cx + 0.45 * r, end)
    c.drawPath(mouth, stroke=1, fill=0)


def thought(c: Canvas, x: float, y: float, s: float) -> None:
    # A cloud is the outline of overlapping circles: stroke them all thick, then fill them.
    puffs = ((0.45, 0.68, 0.17), (0.66, 0.8, 0.19), (0.85, 0.66, 0.15), (0.64, 0.55, 0.16))
    c.setLineWidth(2.2)
    for fill in (0, 1):
        for px, py, r in puffs:
            c.circle(x + px * s, y + py * s, r * s, stroke=1 - fill, fill=fill)
    c.setLineWidth(1.1)
    c.circle(x + 0.28 * s, y + 0.3 * s, 0.08 * s, stroke=1, fill=1)
    c.circle(x + 0.12 * s, y + 0.12 * s, 0.05 * s, stroke=1, fill=1)


def eye(c: Canvas, x: float, y: float, s: float) -> None:
    cy = y + s / 2
    p = c.beginPath()
    p.moveTo(x, cy)
    p.curveTo(x + 0.3 * s, cy + 0.45 * s, x + 0.7 * s, cy + 0.45 * s, x + s, cy)
    p.curveTo(x + 0.7 * s, cy - 0.45 * s, x + 0.3 * s, cy - 0.45 * s, x, cy)
    c.drawPath(p, stroke=1, fill=1)
    c.circle(x + s / 2, cy, 0.2 * s, stroke=1, fill=0)
    c.setFillColor(INK)
    c.circle(x + s / 2, cy, 0.09 * s, stroke=0, fill=1)


def star(c: Canvas, x: float, y: float, s: float) -> None:
    p = c.beginPath()
    for i in range(10):
        radius = s / 2 if i % 2 == 0 else s / 5
        angle = pi / 2 + i * pi / 5
        point = (x + s / 2 + radius * cos(angle), y + s / 2 + radius * sin(angle))
        (p.lineTo if i else p.moveTo)(*point)
    p.close()
    c.drawPath(p, stroke=1, fill=1)


PICTOGRAMS = {"voor": thought, "tijdens": eye, "na": star}
