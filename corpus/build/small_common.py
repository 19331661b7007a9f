"""Shared pieces for the small-document builders: fonts, a deterministic canvas, text fitting.

The builders draw text with real glyphs (a TTF font with a ToUnicode map) so that pdfplumber
reads back exactly the characters of the text layer, accents and mojibake included.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# Where DejaVu lives on common Linux systems; the first directory holding a file wins.
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
]
# style -> (TTF file, standard-14 fallback). Helvetica's WinAnsi still covers ë, é, â, €, ™.
FACES = {
    "sans": ("DejaVuSans.ttf", "Helvetica"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "Helvetica-Bold"),
    "sans-italic": ("DejaVuSans-Oblique.ttf", "Helvetica-Oblique"),
    "cond": ("DejaVuSansCondensed.ttf", "Helvetica"),
    "cond-bold": ("DejaVuSansCondensed-Bold.ttf", "Helvetica-Bold"),
    "serif": ("DejaVuSerif.ttf", "Times-Roman"),
    "serif-bold": ("DejaVuSerif-Bold.ttf", "Times-Bold"),
}
PRODUCER = "docextract corpus builder (reportlab)"

_registered: dict[str, str] = {}


def font(style: str) -> str:
    """Name of the registered font for a style, registering the TTF on first use."""
    if style not in _registered:
        filename, fallback = FACES[style]
        name = fallback
        for folder in FONT_DIRS:
            path = folder / filename
            if path.is_file():
                name = "DX-" + path.stem
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                break
        _registered[style] = name
    return _registered[style]


def width(text: str, style: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font(style), size)


def new_canvas(path: Path, pagesize: tuple[float, float], title: str) -> canvas.Canvas:
    """A canvas whose output depends only on what is drawn (fixed dates and document id)."""
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator(PRODUCER)
    c.setProducer(PRODUCER)
    return c


def draw(c: canvas.Canvas, x: float, y: float, text: str, style: str, size: float,
         align: str = "left", color: tuple[float, float, float] = (0, 0, 0)) -> None:
    c.setFillColorRGB(*color)
    c.setFont(font(style), size)
    if align == "right":
        c.drawRightString(x, y, text)
    elif align == "center":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


def wrap(text: str, style: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line stays whole on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and width(trial, style, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def fit_size(text: str, style: str, size: float, max_width: float, minimum: float) -> float:
    """Largest size <= `size` (in 0.25 pt steps) at which `text` fits on one line."""
    while size > minimum and width(text, style, size) > max_width:
        size -= 0.25
    return size


# Inline markup the web-page text layers carry: *emphasis* and [link text](#).
INLINE = re.compile(r"\*(?P<em>[^*]+)\*|\[(?P<link>[^\]]+)\]\([^)]*\)")


def runs(text: str) -> list[tuple[str, str]]:
    """Split a line with inline markup into (kind, text) runs: kind is plain, em or link."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append(("plain", text[pos:m.start()]))
        out.append(("em", m["em"]) if m["em"] else ("link", m["link"]))
        pos = m.end()
    if pos < len(text):
        out.append(("plain", text[pos:]))
    return out
