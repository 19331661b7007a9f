"""Kerncijfers asiel en migratie: a Rijksoverheid web page printed from a browser to A4.

Layout traps rebuilt here:
- a browser-print header (date, page title) and footer (URL, "1/4") on every page;
- a sidebar box to the right of the body column, level with body lines, so naive extraction
  interleaves navigation links with the prose;
- real bullet lists (bullet glyph + hanging indent);
- bar charts whose legends are text but whose values are only bars: no value labels at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import small_common as sc
from reportlab.lib.pagesizes import A4

# --- Per-publication data --------------------------------------------------------------------
# The print header/footer and sidebar are not in the text layer (the tool dropped them); their
# wording is reconstructed. The URL is illustrative: the original address is not verified.
DOCS = {
    "kerncijfers-asiel-en-migratie-2023-01": {
        "template": "2023",
        "printed": "15-02-2023 10:04",
        "page_title": "Kerncijfers asiel en migratie | Asielbeleid | Rijksoverheid.nl",
        "url": "https://www.rijksoverheid.nl/onderwerpen/asielbeleid/kerncijfers-asiel-en-migratie",
        "sidebar": ["Kerncijfers", "Instroomcijfers", "Asieltrends", "Staat van Migratie",
                    "Vertrekcijfers"],
        # chart title -> (subtitle line that belongs to it, bar count when it has no legend)
        "charts": {
            "Eerste asielaanvragen per land van herkomst": (None, 0),
            "Eerste asielaanvragen in de laatste 12 maanden": (None, 0),
            "Inreis nareizigers per 12 maanden": (None, 12),
            "PERCENTAGE NAREIZIGERS IN DE HUIDIGE MAAND": (None, 4),
            "Inwilligingen Reguliere Aanvragen": ("in het huidige jaar", 6),
        },
        "charts_after": {},
    },
    "kerncijfers-asiel-en-migratie-2020-05": {
        "template": "2020",
        "printed": "15-06-2020 09:41",
        "page_title": "Kerncijfers asiel en migratie | Rijksoverheid.nl",
        "url": "https://www.rijksoverheid.nl/onderwerpen/asielbeleid/kerncijfers-asiel-en-migratie",
        "sidebar": ["Kerncijfers", "Instroomcijfers", "Asieltrends",
                    "Rapportage Vreemdelingenketen"],
        "charts": {},
        # The older template shows untitled charts; the text layer keeps only the blank gap
        # they leave. Anchor: start of the paragraph the chart follows -> bar count.
        "charts_after": {"De afgelopen twaalf maanden (juni 2019": 12,
                         "De afgelopen twaalf maanden kwam 44%": 12},
    },
}

PAGE_W, PAGE_H = A4
MARGIN_X = 40
BODY_X1 = 400                     # body column right edge
SIDEBAR_X0, SIDEBAR_X1 = 418, 558  # sidebar column
TOP, BOTTOM = PAGE_H - 52, 48      # body frame
INK = (0.1, 0.1, 0.1)
GREY = (0.35, 0.35, 0.35)
LINK = (0.0, 0.27, 0.55)
BAR_COLOURS = [(0.0, 0.32, 0.55), (0.45, 0.66, 0.83), (0.9, 0.55, 0.1), (0.55, 0.7, 0.3)]
# template -> (title size, heading size, body size, leading factor)
STYLE = {"2023": (17, 12.5, 9.5, 1.42), "2020": (20, 15, 10, 1.45)}


# --- Parsed content ---------------------------------------------------------------------------
@dataclass
class Block:
    kind: str  # title | heading | para | bullets | source | chart
    text: str = ""
    items: list[str] = field(default_factory=list)
    bars: int = 0


def parse(text: str, spec: dict) -> list[Block]:
    """Turn the text layer into blocks; blank lines end bullet lists."""
    blocks: list[Block] = []
    lines = [ln.strip() for ln in text.splitlines()]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(Block("title", line[3:]))
        elif line.startswith("### "):
            blocks.append(Block("heading", line[4:]))
        elif not blocks:
            blocks.append(Block("title", line))
        elif line in spec["charts"]:
            subtitle, bars = spec["charts"][line]
            title = line
            while i < len(lines) and not lines[i]:
                i += 1
            if subtitle and i < len(lines) and lines[i] == subtitle:
                title, i = f"{line}\n{subtitle}", i + 1
            legend = []
            while i < len(lines) and (lines[i].startswith("- ") or not lines[i]):
                if lines[i]:
                    legend.append(lines[i][2:])
                i += 1
            blocks.append(Block("chart", title, legend, bars or len(legend)))
        elif line.endswith("?"):
            blocks.append(Block("heading", line))
        elif line.startswith("- "):
            if blocks[-1].kind == "bullets" and lines[i - 2]:
                blocks[-1].items.append(line[2:])
            else:
                blocks.append(Block("bullets", items=[line[2:]]))
        elif line.startswith("(Bron:"):
            blocks.append(Block("source", line))
        else:
            blocks.append(Block("para", line))
            for anchor, bars in spec["charts_after"].items():
                if line.startswith(anchor):
                    blocks.append(Block("chart", "", [], bars))
    return blocks


# --- Layout -----------------------------------------------------------------------------------
# A flow item: height, space above, keep-with-next, and a painter taking (canvas, top y).
@dataclass
class Item:
    height: float
    space: float
    paint: Callable
    keep: bool = False


def rich_words(text: str) -> list[list[tuple[str, str]]]:
    """Words as lists of (kind, text) segments, so a link followed by a comma stays one word."""
    words, cur = [], []
    for kind, chunk in sc.runs(text):
        for piece in re.findall(r"\S+|\s+", chunk):
            if piece.isspace():
                if cur:
                    words.append(cur)
                cur = []
            else:
                cur.append((kind, piece))
    if cur:
        words.append(cur)
    return words


RUN_STYLE = {"plain": "sans", "em": "sans-italic", "link": "sans"}


def rich_lines(text: str, size: float, max_width: float) -> list[list[tuple[str, str]]]:
    """Wrap marked-up text into lines of (kind, text) runs, spaces included in the runs."""
    lines, line, used = [], [], 0.0
    space = sc.width(" ", "sans", size)
    for word in rich_words(text):
        w = sum(sc.width(t, RUN_STYLE[k], size) for k, t in word)
        if line and used + space + w > max_width:
            lines.append(line)
            line, used = [], 0.0
        if line:
            line.append((line[-1][0], " "))
            used += space
        line.extend(word)
        used += w
    if line:
        lines.append(line)
    merged = []
    for line in lines:
        out: list[tuple[str, str]] = []
        for kind, t in line:
            if out and out[-1][0] == kind:
                out[-1] = (kind, out[-1][1] + t)
            else:
                out.append((kind, t))
        merged.append(out)
    return merged


def paint_runs(c, x: float, y: float, line, size: float, colour=INK) -> None:
    for kind, t in line:
        style = RUN_STYLE[kind]
        sc.draw(c, x, y, t, style, size, color=LINK if kind == "link" else colour)
        w = sc.width(t, style, size)
        if kind == "link":  # underline as a stroked line, so it is no rect for chart detection
            c.setStrokeColorRGB(*LINK)
            c.setLineWidth(0.5)
            c.line(x, y - 1.5, x + w - sc.width(" ", style, size) * t.endswith(" "), y - 1.5)
        x += w


def text_items(text: str, x: float, size: float, lead: float, space: float,
               colour=INK, bullet: bool = False) -> list[Item]:
    """One flow item per wrapped line; the bullet glyph hangs left of the first line."""
    lines = rich_lines(text, size, BODY_X1 - x)
    items = []
    for n, line in enumerate(lines):
        def paint(c, top, line=line, first=(n == 0)):
            base = top - size
            if bullet and first:
                sc.draw(c, x - 12, base, "•", "sans", size, color=colour)
            paint_runs(c, x, base, line, size, colour)
        items.append(Item(lead, space if n == 0 else 0, paint))
    return items


def bar_heights(n: int, legend: bool) -> list[float]:
    """Placeholder bar heights (0..1). The text layer has no chart values, so the bars carry
    none either: ranked legends get falling bars, time series a fixed wave."""
    if legend:
        return [0.12 + 0.88 * 0.78 ** k for k in range(n)]
    return [0.55 + 0.35 * math.sin(1.3 * k) for k in range(n)]


def chart_item(block: Block, size: float) -> Item:
    title_lines = [t for t in block.text.split("\n") if t]
    legend_rows = math.ceil(len(block.items) / 2)
    plot_h, title_h, legend_h = 96.0, 14.0 * len(title_lines), 12.0 * legend_rows
    height = title_h + plot_h + 10 + legend_h + 6

    def paint(c, top):
        y = top
        for t in title_lines:
            sc.draw(c, MARGIN_X, y - 11, t, "sans-bold", 10, color=INK)
            y -= 14
        base = y - plot_h
        # light frame and baseline, then bars: values only as geometry, never as text
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, base, BODY_X1, base)
        heights = bar_heights(block.bars, bool(block.items))
        slot = (BODY_X1 - MARGIN_X - 20) / block.bars
        for k, h in enumerate(heights):
            c.setFillColorRGB(*BAR_COLOURS[k % len(BAR_COLOURS)] if block.items
                              else BAR_COLOURS[0])
            c.rect(MARGIN_X + 10 + k * slot + slot * 0.15, base, slot * 0.7, (plot_h - 8) * h,
                   stroke=0, fill=1)
        y = base - 10
        half = (BODY_X1 - MARGIN_X) / 2
        for k, name in enumerate(block.items):
            lx = MARGIN_X + (k % 2) * half
            ly = y - 12 * (k // 2)
            c.setFillColorRGB(*BAR_COLOURS[k % len(BAR_COLOURS)])
            c.rect(lx, ly - 7, 6, 6, stroke=0, fill=1)  # legend swatch
            sc.draw(c, lx + 10, ly - 7, name, "sans", size - 1, color=INK)

    return Item(height, 12, paint)


def flow(blocks: list[Block], template: str) -> list[Item]:
    title_size, head_size, size, factor = STYLE[template]
    lead = size * factor
    items: list[Item] = []
    for b in blocks:
        if b.kind == "title":
            items += [Item(title_size * 1.6, 4, lambda c, top, t=b.text: sc.draw(
                c, MARGIN_X, top - title_size, t, "sans-bold", title_size, color=INK), True)]
        elif b.kind == "heading":
            for n, line in enumerate(sc.wrap(b.text, "sans-bold", head_size, BODY_X1 - MARGIN_X)):
                items.append(Item(head_size * 1.35, 14 if n == 0 else 0,
                                  lambda c, top, t=line: sc.draw(
                                      c, MARGIN_X, top - head_size, t, "sans-bold", head_size,
                                      color=INK), True))
        elif b.kind == "para":
            items += text_items(b.text, MARGIN_X, size, lead, 6)
        elif b.kind == "source":
            items += text_items(b.text, MARGIN_X, size - 1, lead, 4, colour=GREY)
        elif b.kind == "bullets":
            for n, entry in enumerate(b.items):
                items += text_items(entry, MARGIN_X + 22, size, lead, 6 if n == 0 else 1,
                                    bullet=True)
        elif b.kind == "chart":
            items.append(chart_item(b, size))
    return items


def paginate(items: list[Item]) -> list[list[tuple[Item, float]]]:
    """Place items top-down; a keep-with-next item moves to the next page with its follower."""
    pages: list[list[tuple[Item, float]]] = [[]]
    y = TOP
    for n, item in enumerate(items):
        need = item.space + item.height
        follow = items[n + 1].height + items[n + 1].space if item.keep and n + 1 < len(items) else 0
        if pages[-1] and y - need - follow < BOTTOM:
            pages.append([])
            y = TOP
        if pages[-1]:
            y -= item.space
        pages[-1].append((item, y))
        y -= item.height
    return pages


def paint_sidebar(c, entries: list[str]) -> None:
    """Navigation box level with the top of the body column (page 1 only, as on the site)."""
    size, lead, inner = 9, 13, SIDEBAR_X1 - SIDEBAR_X0 - 24
    wrapped = [sc.wrap(entry, "sans", size, inner) for entry in entries]
    top = TOP - 40
    height = 30 + sum(lead * len(lines) + 4 for lines in wrapped)
    c.setFillColorRGB(0.93, 0.95, 0.97)
    c.setStrokeColorRGB(0.75, 0.8, 0.85)
    c.rect(SIDEBAR_X0, top - height, SIDEBAR_X1 - SIDEBAR_X0, height, stroke=1, fill=1)
    sc.draw(c, SIDEBAR_X0 + 8, top - 16, "Zie ook", "sans-bold", 10, color=INK)
    y = top - 34
    for lines in wrapped:
        sc.draw(c, SIDEBAR_X0 + 8, y, "›", "sans", size, color=LINK)
        for line in lines:
            sc.draw(c, SIDEBAR_X0 + 16, y, line, "sans", size, color=LINK)
            y -= lead
        y -= 4


def render(spec: dict, blocks: list[Block], out: Path) -> Path:
    pages = paginate(flow(blocks, spec["template"]))
    c = sc.new_canvas(out, A4, spec["page_title"])
    for number, placed in enumerate(pages, start=1):
        # browser print header and footer
        sc.draw(c, 24, PAGE_H - 20, spec["printed"], "sans", 7.5, color=INK)
        sc.draw(c, PAGE_W / 2, PAGE_H - 20, spec["page_title"], "sans", 7.5, "center", INK)
        sc.draw(c, 24, 18, spec["url"], "sans", 7.5, color=INK)
        sc.draw(c, PAGE_W - 24, 18, f"{number}/{len(pages)}", "sans", 7.5, "right", INK)
        if number == 1:
            paint_sidebar(c, spec["sidebar"])
        for item, top in placed:
            item.paint(c, top)
        c.showPage()
    c.save()
    return out


def build(text_dir: Path, out_dir: Path) -> list[Path]:
    written = []
    for doc_id, spec in DOCS.items():
        text = (text_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
        written.append(render(spec, parse(text, spec), out_dir / f"{doc_id}.pdf"))
    return written
