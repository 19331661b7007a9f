"""Drawing primitives shared by the Staat van Migratie builder modules (fonts, text, superscripts)."""

from __future__ import annotations

import os
import re

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Bitstream Vera ships inside reportlab, so every machine builds the same bytes (no system fonts).
REGULAR = "SvmVera"
BOLD = "SvmVeraBd"
OBLIQUE = "SvmVeraIt"

BODY_SIZE = 9.0
SUPER_RATIO = 0.6  # footnote markers: 60% of the line's size ...
SUPER_RAISE = 0.42  # ... raised by 42% of it
KERN_GAP = 4.6  # > pdfplumber's x_tolerance=3, so "T op 10" comes out as two words
PALETTE = [
    (0.00, 0.27, 0.55),
    (0.95, 0.55, 0.10),
    (0.45, 0.70, 0.85),
    (0.60, 0.60, 0.60),
    (0.20, 0.55, 0.30),
    (0.80, 0.25, 0.30),
    (0.55, 0.40, 0.70),
]

# A lone capital followed by a lowercase word ("T op 10", "V erschillende"), and "L VV": the original
# set these with a wide kern, not a space character; we reproduce the gap, not a space.
_KERN_RE = re.compile(r"(?<!\S)([A-Z]) (?=[a-z])|(?<!\S)(L) (?=VV)")


def register_fonts() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    font_dir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, filename in ((REGULAR, "Vera.ttf"), (BOLD, "VeraBd.ttf"), (OBLIQUE, "VeraIt.ttf")):
        font = TTFont(name, os.path.join(font_dir, filename))
        # Vera has no U+0133 "ĳ" (used in "Richtlĳn"); map it to the "ÿ" glyph so the code point
        # (and so the extracted text) survives instead of becoming U+0000.
        char_to_glyph = font.face.charToGlyph
        char_to_glyph.setdefault(0x133, char_to_glyph[ord("ÿ")])
        pdfmetrics.registerFont(font)


def width(text: str, font: str = REGULAR, size: float = BODY_SIZE) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def text(c, x: float, y: float, s: str, font: str = REGULAR, size: float = BODY_SIZE) -> float:
    """Draw s at baseline y; return the x where it ends. Applies the letter-spacing trap."""
    c.setFont(font, size)
    pos = 0
    for m in _KERN_RE.finditer(s):
        seg = s[pos : m.start() + 1]
        c.drawString(x, y, seg)
        x += width(seg, font, size) + KERN_GAP
        pos = m.end()
    rest = s[pos:]
    if rest:
        c.drawString(x, y, rest)
        x += width(rest, font, size)
    return x


def text_width(s: str, font: str = REGULAR, size: float = BODY_SIZE) -> float:
    total, pos = 0.0, 0
    for m in _KERN_RE.finditer(s):
        total += width(s[pos : m.start() + 1], font, size) + KERN_GAP
        pos = m.end()
    return total + width(s[pos:], font, size)


def superscript(c, x: float, y: float, s: str, size: float) -> float:
    """Footnote marker: smaller and raised above the baseline y of a line of the given size."""
    sup = size * SUPER_RATIO
    c.setFont(REGULAR, sup)
    c.drawString(x + 0.3, y + size * SUPER_RAISE, s)
    return x + 0.3 + width(s, REGULAR, sup)


def text_with_markers(c, x, y, s, markers, font=REGULAR, size=BODY_SIZE) -> float:
    """Draw a line with footnote markers as superscripts after words.

    markers: list of (word_index, marker_text); the marker follows that word (0-based)."""
    if not markers:
        return text(c, x, y, s, font, size)
    words = s.split(" ")
    by_word: dict[int, list[str]] = {}
    for idx, m in markers:
        by_word.setdefault(min(idx, len(words) - 1), []).append(m)
    chunk: list[str] = []
    for i, w in enumerate(words):
        chunk.append(w)
        if i in by_word:
            x = text(c, x, y, " ".join(chunk), font, size)
            for k, m in enumerate(by_word[i]):
                x = superscript(c, x + (3.5 if k else 0), y, m, size)  # "32 33", not "3233"
            chunk = []
            if i < len(words) - 1:
                x += width(" ", font, size)
    if chunk:
        x = text(c, x, y, " ".join(chunk), font, size)
    return x


def fill(c, rgb) -> None:
    c.setFillColorRGB(*rgb)


def black(c) -> None:
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
