"""Rebuild "De Staat van Migratie 2023" as a PDF from its text layer, with the original's layout traps.

The text layer (corpus/text/staat-van-migratie-2023.txt) holds the odd pages of the original; pages are
separated by an empty line and each (except the two covers) has one footer line "De Staat van
Migratie 2023 NN". Lines after the footer are what the original's extraction put last (rotated axis
labels). One PDF page is drawn per text-layer page, in order:

* body pages: A4 portrait, the text layer's lines as lines (so hyphenated line ends stay), headings
  bold, footnote markers (lone number lines) as superscripts after a word, footnote bodies at the foot;
* figures and tables (svm_figures): real tables, ruled or not, vector charts with their data labels;
* dashboards (svm_dashboards): landscape, overlapping duplicate text layers, slug outside the TrimBox.

Deterministic: reportlab invariant mode and fonts shipped with reportlab.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import svm_dashboards  # noqa: E402
import svm_draw as d  # noqa: E402
import svm_figures  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

TEXT_NAME = "staat-van-migratie-2023.txt"
PDF_NAME = "staat-van-migratie-2023.pdf"

FOOTER_RE = re.compile(r"^De Staat van Migratie 2023 (\d+)\s*$")
MARKER_RE = re.compile(r"^\s*\d{1,3}(?: \d{1,3})*\s*$")
HEADING_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\s+\S|Hoofdstuk \d|Bijlage [IV]+ )")
CAPTION_RE = re.compile(r"^\s*Figuur \d+:")

PAGE_W, PAGE_H = A4
LEFT, RIGHT_X = 56.0, PAGE_W - 44.0
TEXT_W = RIGHT_X - LEFT
TOP = PAGE_H - 58.0
FOOTER_Y = 30.0
LEADING = 12.4
MIN_LEADING = 9.6
FN_SIZE = 7.0
FN_LEADING = 8.6


@dataclass
class Page:
    lines: list[str]  # text-layer lines before the footer
    footer: str | None  # the footer line (None on the covers)
    tail: list[str] = field(default_factory=list)  # lines after the footer

    @property
    def printed(self) -> int | None:
        m = FOOTER_RE.match(self.footer or "")
        return int(m.group(1)) if m else None


def parse_pages(text: str) -> list[Page]:
    pages = []
    for chunk in text.split("\n\n"):
        lines = [ln for ln in chunk.split("\n") if ln != ""]
        if not lines:
            continue
        idx = next((i for i, ln in enumerate(lines) if FOOTER_RE.match(ln)), None)
        if idx is None:
            pages.append(Page(lines, None))
        else:
            pages.append(Page(lines[:idx], lines[idx].rstrip(), lines[idx + 1 :]))
    return pages


# --------------------------------------------------------------------------------------------------
# Body pages: split the page's lines into flow items, figures and footnotes
# --------------------------------------------------------------------------------------------------


def split_footnotes(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Footnotes are the longest suffix of (number line, text lines...) groups with consecutive
    numbers, whose first number was already used as a marker on the page."""
    best = len(lines)
    for start in range(len(lines) - 1, -1, -1):
        if not MARKER_RE.match(lines[start]) or " " in lines[start].strip():
            continue
        groups = _footnote_groups(lines[start:])
        if groups is None:
            continue
        first = groups[0][0]
        used = any(first in ln.split() for ln in lines[:start] if MARKER_RE.match(ln))
        if used:
            best = start
    if best == len(lines):
        return lines, []
    return lines[:best], _footnote_groups(lines[best:]) or []


def _footnote_groups(lines):
    groups: list[tuple[str, list[str]]] = []
    for ln in lines:
        if MARKER_RE.match(ln) and " " not in ln.strip():
            num = ln.strip()
            if groups and (int(num) != int(groups[-1][0]) + 1 or not groups[-1][1]):
                return None
            groups.append((num, []))
        elif groups:
            groups[-1][1].append(ln)
        else:
            return None
    if not groups or not groups[-1][1]:
        return None
    return groups


@dataclass
class Region:
    fig: dict
    start: int
    end: int  # exclusive, after caption lines and markers
    lines: list[str]  # figure content lines (before the caption)
    caption: list[str]
    caption_markers: list[str]


def find_regions(lines: list[str], footnote_nums: set[str] = frozenset()) -> list[Region]:
    """Locate the figures of svm_figures.FIGURES on this page. footnote_nums: the page's footnotes,
    to tell a marker line above a caption from an axis tick such as "0"."""
    regions = []
    for fig in svm_figures.FIGURES:
        if "caption" in fig:
            cap = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith(fig["caption"])), None)
            if cap is None:
                continue
            if fig["start"] is None:
                start = cap
            else:
                start = next((i for i in range(cap - 1, -1, -1) if _norm(lines[i]) == fig["start"]), None)
                if start is None:
                    raise ValueError(f"{fig['caption']} start line not found: {fig['start']!r}")
            content = lines[start:cap]
            markers = []
            while content and content[-1].strip() in footnote_nums:  # markers right above the caption
                markers.insert(0, content.pop().strip())
            caption = [lines[cap]]
            end = cap + 1
            while not _caption_done(" ".join(caption)) and end < len(lines):
                if lines[end].strip() in footnote_nums:
                    markers.append(lines[end].strip())
                else:
                    caption.append(lines[end])
                end += 1
            end += fig.get("after", 0)  # e.g. a legend printed under the caption: the chart draws it
            regions.append(Region(fig, start, end, content, caption, markers))
        else:
            start = next((i for i, ln in enumerate(lines) if _norm(ln) == fig["start"]), None)
            end = next((i for i, ln in enumerate(lines) if _norm(ln) == fig["end"]), None)
            if start is not None and end is not None:
                regions.append(Region(fig, start, end + 1, lines[start : end + 1], [], []))
    return sorted(regions, key=lambda r: r.start)


def _norm(line: str) -> str:
    return " ".join(line.split())


def _caption_done(caption: str) -> bool:
    return "Bron" in caption and caption.count("(") <= caption.count(")")


def marker_positions(line: str, markers: list[str]) -> list[tuple[int, str]]:
    """Put markers after the first word ending in punctuation (else the last word): where a
    footnote usually sits. Two markers: the first after word 0... the last at that spot."""
    words = line.split(" ")
    punct = next((i for i, w in enumerate(words) if w and w[-1] in ".,;:)" and len(w) > 1), len(words) - 1)
    if len(markers) == 1:
        return [(punct, markers[0])]
    first = min(punct, max(0, len(words) - 2))
    return [(first, markers[0])] + [(max(punct, first + 1), m) for m in markers[1:]]


def flow_items(lines: list[str], footnote_nums: set[str] = frozenset()) -> list[tuple]:
    """("line", text, font, size, markers) | ("figure", Region) | ("space", pt)"""
    regions = find_regions(lines, footnote_nums)
    items: list[tuple] = []
    pending: list[str] = []
    i = 0
    prev_text = ""
    while i < len(lines):
        reg = next((r for r in regions if r.start == i), None)
        if reg:
            if pending:  # a marker right before a figure belongs to the text above it
                _attach_to_last(items, pending)
                pending = []
            items.append(("figure", reg))
            i = reg.end
            continue
        ln = lines[i]
        i += 1
        if MARKER_RE.match(ln):
            pending.extend(ln.split())
            continue
        if not ln.strip():
            items.append(("space", LEADING * 0.6))
            continue
        font, size = _style(ln, prev_text, lines[i] if i < len(lines) else "")
        markers = marker_positions(ln, pending) if pending else []
        pending = []
        items.append(("line", ln.rstrip(), font, size, markers))
        prev_text = ln
    if pending:
        _attach_to_last(items, pending)
    return items


def _attach_to_last(items, markers):
    for k in range(len(items) - 1, -1, -1):
        if items[k][0] == "line":
            kind, text, font, size, old = items[k]
            n = len(text.split(" ")) - 1
            items[k] = (kind, text, font, size, old + [(n, m) for m in markers])
            return


def _style(line: str, prev: str, nxt: str) -> tuple[str, float]:
    s = line.strip()
    if HEADING_RE.match(s):
        return d.BOLD, 10.5
    # unnumbered subheadings: a short line after a finished sentence, not ending in punctuation
    if (len(s) < 48 and s[:1].isupper() and s[-1:] not in ".,;:-" and not s.startswith("•")
            and (not prev or prev.rstrip()[-1:] in ".:") and len(nxt.strip()) > 60
            and not re.search(r"\d{3}", s)):
        return d.BOLD, d.BODY_SIZE
    return d.REGULAR, d.BODY_SIZE


def draw_body_page(c, page: Page) -> None:
    body, footnotes = split_footnotes(page.lines)
    items = flow_items(body, {n for n, _t in footnotes})
    fn_lines = sum(len(t) for _n, t in footnotes)
    fn_h = fn_lines * FN_LEADING + (12 if footnotes else 0)
    bottom = FOOTER_Y + 22 + fn_h
    fig_h = {}
    fixed = 0.0
    n_lines = 0
    for it in items:
        if it[0] == "figure":
            reg = it[1]
            fig_h[id(reg)] = svm_figures.figure_height(reg.fig, reg.lines, reg.caption)
            fixed += fig_h[id(reg)] + 6
        elif it[0] == "space":
            fixed += it[1]
        else:
            n_lines += 1 + (0.5 if it[2] == d.BOLD and it[3] > d.BODY_SIZE else 0)
    avail = TOP - bottom
    leading = LEADING
    if n_lines and fixed + n_lines * LEADING > avail:  # squeeze text lines first, then figures
        leading = max(MIN_LEADING, (avail - fixed) / n_lines)
    fig_scale = 1.0
    if fixed + n_lines * leading > avail and fixed:
        fig_scale = max(0.55, (avail - n_lines * leading) / fixed)
    y = TOP
    for it in items:
        if it[0] == "figure":
            reg = it[1]
            h = fig_h[id(reg)] * fig_scale
            svm_figures.draw_figure(c, LEFT, y, TEXT_W, h, reg.fig, reg.lines, reg.caption,
                                    reg.caption_markers, page.tail, fig_scale)
            y -= h + 6 * fig_scale
        elif it[0] == "space":
            y -= it[1] * fig_scale
        else:
            _, text, font, size, markers = it
            if font == d.BOLD and size > d.BODY_SIZE:
                y -= leading * 0.5
            size = min(size, size * TEXT_W / max(d.text_width(text, font, size), 1))
            y -= leading
            d.text_with_markers(c, LEFT, y + leading - size - 1, text, markers, font, size)
    if footnotes:
        fy = FOOTER_Y + 22 + fn_h
        c.setLineWidth(0.5)
        c.line(LEFT, fy - 3, LEFT + 110, fy - 3)
        fy -= 12
        for num, texts in footnotes:
            c.setFont(d.REGULAR, FN_SIZE)
            c.drawString(LEFT, fy, num)
            for t in texts:
                size = min(FN_SIZE, FN_SIZE * (TEXT_W - 18) / max(d.text_width(t, d.REGULAR, FN_SIZE), 1))
                d.text(c, LEFT + 18, fy, t.rstrip(), d.REGULAR, size)
                fy -= FN_LEADING
    draw_footer(c, page.footer)


def draw_footer(c, footer: str) -> None:
    c.setFont(d.REGULAR, 7.5)
    c.drawString(RIGHT_X - d.width(footer, d.REGULAR, 7.5), FOOTER_Y, footer)


def draw_title_page(c, page: Page, cover: bool) -> None:
    """Covers and chapter title pages: the lines large and bold."""
    y = PAGE_H * (0.62 if cover else 0.55)
    for i, ln in enumerate(page.lines):
        size = 30 if cover else (16 if i == 0 and ln.startswith("Hoofdstuk") else 28)
        d.text(c, LEFT + 10, y, ln.strip(), d.BOLD, size)
        y -= size * 1.25
    if page.footer:
        draw_footer(c, page.footer)


def is_title_page(page: Page) -> bool:
    return page.footer is None or (
        len(page.lines) <= 5 and bool(page.lines) and page.lines[0].startswith(("Hoofdstuk", "Thematische"))
    )


def build_pdf(text: str, out: Path) -> int:
    d.register_fonts()
    pages = parse_pages(text)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("De Staat van Migratie 2023")
    c.setAuthor("Ministerie van Justitie en Veiligheid")
    c.setCreator("docextract corpus builder")
    for page in pages:
        if page.printed in svm_dashboards.DASHBOARDS:
            c.setPageSize(svm_dashboards.MEDIA)
            c.setTrimBox(svm_dashboards.TRIM_BOX)
            c.setBleedBox(svm_dashboards.BLEED_BOX)
            svm_dashboards.draw_dashboard(c, page.printed, page.footer)
        else:
            c.setPageSize(A4)
            c.setTrimBox(None)
            c.setBleedBox(None)
            if is_title_page(page):
                draw_title_page(c, page, page.footer is None)
            else:
                draw_body_page(c, page)
        c.showPage()
    c.save()
    return len(pages)


def build(text_dir: Path, out_dir: Path) -> list[Path]:
    out = Path(out_dir) / PDF_NAME
    build_pdf((Path(text_dir) / TEXT_NAME).read_text(encoding="utf-8"), out)
    return [out]


if __name__ == "__main__":
    here = Path(__file__).resolve().parent.parent
    print(build(here / "text", here / "pdf"))
