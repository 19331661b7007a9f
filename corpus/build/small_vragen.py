"""Feitelijke vragen jaarverslag JenV 2022: page 22 of 36 of a word-processor answer list.

The text layer is one page whose lines are the document's own line breaks, so each line is
set as it stands. Traps kept: the page starts mid-question (no "Vraag" before it), the
mojibake "LPâ€™s" is drawn as those three characters, the "*" footnote follows the answer in
the running text, and the footer carries the title and "22/36" on one baseline.
"""

from __future__ import annotations

import re
from pathlib import Path

import small_common as sc
from reportlab.lib.pagesizes import A4

DOC_ID = "feitelijke-vragen-jaarverslag-jenv-2022"
# Verdana-like face (DejaVu Sans descends from Bitstream Vera, Verdana's look-alike).
BODY, BOLD = "sans", "sans-bold"
PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R = 62, 58
TOP, FOOTER_Y = PAGE_H - 64, 40
MAX_SIZE = 9.5
BOLD_LINE = re.compile(r"^(Vraag \(\d+\):|Antwoord:)$")  # set bold in the original
FOOTER = re.compile(r"^(?P<title>.+?)\s{2,}(?P<page>\d+/\d+)$")
FOOTNOTE = re.compile(r"^\* ")


def parse(text: str) -> tuple[list[str], str, str]:
    """Body lines (right-trimmed, blank lines kept) and the footer's title and page number."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    while lines and not lines[-1].strip():
        lines.pop()
    m = FOOTER.match(lines[-1].strip())
    if not m:
        raise ValueError("footer line not found")
    body = lines[:-1]
    while body and not body[-1].strip():
        body.pop()
    return body, m["title"], m["page"]


def build(text_dir: Path, out_dir: Path) -> list[Path]:
    body, footer_title, page = parse((text_dir / f"{DOC_ID}.txt").read_text(encoding="utf-8"))
    out = out_dir / f"{DOC_ID}.pdf"
    text_w = PAGE_W - MARGIN_L - MARGIN_R
    # One size for the whole page: the largest at which the longest line keeps its break.
    size = min(sc.fit_size(ln, BODY, MAX_SIZE, text_w, 6) for ln in body if ln.strip())
    lead = min(size * 1.35, (TOP - FOOTER_Y - 30) / len(body))
    c = sc.new_canvas(out, A4, footer_title)
    y = TOP
    in_footnote = False
    for line in body:
        stripped = line.strip()
        in_footnote = in_footnote or bool(FOOTNOTE.match(stripped))
        if not stripped:
            in_footnote = False
        elif BOLD_LINE.match(stripped):
            sc.draw(c, MARGIN_L, y, stripped, BOLD, size)
        else:
            # the footnote is set a point smaller, as a word processor's note style would be
            sc.draw(c, MARGIN_L, y, stripped, BODY, size - 1 if in_footnote else size)
        y -= lead
    sc.draw(c, MARGIN_L, FOOTER_Y, footer_title, BODY, 7.5)
    sc.draw(c, PAGE_W - MARGIN_R, FOOTER_Y, page, BODY, 7.5, "right")
    c.showPage()
    c.save()
    return [out]
