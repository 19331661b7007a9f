"""Small PDFs drawn with reportlab for the layout tests (each shows one trap, or none), and
pdfplumber-like char dicts for the tests of the char and word passes."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4


def make_pdf(path: Path, pages, pagesize=A4, trimbox=None) -> Path:
    """pages: list of functions c -> None, one per page."""
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    for draw in pages:
        if trimbox:
            c.setTrimBox(trimbox)
        draw(c)
        c.showPage()
    c.save()
    return path


def text(c, x, top, s, size=10, font="Helvetica"):
    """Draw s with its baseline `top` pt below the page's top edge."""
    c.setFont(font, size)
    c.drawString(x, c._pagesize[1] - top, s)


PARAGRAPH = [
    "De minister heeft in 2022 allemaal nieuwe maatregelen genomen om de",
    "instroom van asielzoekers te beperken. Daarnaast werden er afspraken",
    "gemaakt met gemeenten over de opvang van vergunninghouders.",
]


# --- char dicts as pdfplumber gives them ---------------------------------------------------------

def ch(text, x0, top, size=10.0, width=None, upright=True, font="Helvetica"):
    width = 0.5 * size if width is None else width
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size,
            "size": size, "upright": upright, "fontname": font}


def run(text, x0, top, size=10.0, **kw):
    """One drawing call: chars side by side."""
    w = 0.5 * size
    return [ch(t, x0 + i * w, top, size, **kw) for i, t in enumerate(text)]
