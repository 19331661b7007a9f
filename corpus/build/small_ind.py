"""IND Jaarcijfers 2023: one landscape sheet of small tables ("panels") in columns.

The panel structure is parsed back out of the text layer, whose lines are the sheet's visual
lines. Traps rebuilt here:
- a "Top 3 nationaliteiten" box beside a panel, its entries on exactly the baselines of the
  table rows, so extraction glues "1. Indiase" onto "Aanvragen 41.820 45.300 37.790";
- footnote markers set as superscripts right against their label ("Eerste asielaanvragen" + "2");
- the OCR-like errors of the text layer ("0.b.v.", "voér", "Eritese") kept verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import small_common as sc
from reportlab.lib.pagesizes import A3, landscape

DOC_ID = "ind-jaarcijfers-2023"
HEADER_LINES = 3          # organisation, ministry, sheet title
YEARS = "2023 2022 2021"  # the column header every panel carries
TOP3_TITLE = "Top 3 nationaliteiten"

# --- Line grammar of the text layer -----------------------------------------------------------
PANEL = re.compile(rf"^(?P<title>.*?)\s*{YEARS}(?:\s+(?P<box>.+))?$")
SECTION = re.compile(r"^(?P<name>.*?)\s*\bJaar(?P<caption> aanvragen 2023)?$")
VALUE = r"(?:\d[\d.,]*%?|-)"
ROW = re.compile(rf"^(?P<label>.+?)\s+(?P<values>{VALUE}(?:\s+{VALUE}){{2}})"
                 r"(?:\s+(?P<top>\d\.\s.+))?$")
# A footnote marker glued to a word: the original sets it as a superscript.
MARKER = re.compile(r"^(?P<text>.*[A-Za-z])(?P<mark>[0-9*])$")


@dataclass
class Row:
    label: str
    mark: str
    values: list[str]
    top: str | None


@dataclass
class Panel:
    title: str
    mark: str
    box: str | None
    rows: list[Row] = field(default_factory=list)

    @property
    def has_top3(self) -> bool:
        return bool(self.box) or any(r.top for r in self.rows)


@dataclass
class Section:
    name: str
    caption: str | None  # "aanvragen 2023" above the top-3 column
    top3_title: bool     # "Top 3 nationaliteiten" printed above the band
    parts: list = field(default_factory=list)  # Panel | str (a footnote line)

    @property
    def has_top3(self) -> bool:
        return any(isinstance(p, Panel) and p.has_top3 for p in self.parts)


def split_mark(text: str) -> tuple[str, str]:
    m = MARKER.match(text)
    return (m["text"], m["mark"]) if m else (text, "")


def parse(text: str) -> tuple[list[str], list[Section]]:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    header, rest = lines[:HEADER_LINES], lines[HEADER_LINES:]
    sections: list[Section] = []
    pending_top3 = False
    for line in rest:
        if line == TOP3_TITLE:
            pending_top3 = True
        elif m := PANEL.match(line):
            title, mark = split_mark(m["title"])
            sections[-1].parts.append(Panel(title, mark, m["box"]))
        elif m := SECTION.match(line):
            caption = m["caption"].strip() if m["caption"] else None
            sections.append(Section(m["name"], caption, pending_top3))
            pending_top3 = False
        elif (m := ROW.match(line)) and isinstance(sections[-1].parts[-1], Panel):
            label, mark = split_mark(m["label"])
            sections[-1].parts[-1].rows.append(Row(label, mark, m["values"].split(), m["top"]))
        else:
            sections[-1].parts.append(line)  # footnote / note under the panels
    return header, sections


# --- Layout -----------------------------------------------------------------------------------
PAGE_W, PAGE_H = landscape(A3)
MARGIN = 26
COLUMNS = 3
GUTTER = 18
COL_W = (PAGE_W - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS
BODY_TOP = PAGE_H - 78
BODY_BOTTOM = MARGIN
SIZE = 7.0            # table text
ROW_H = 9.6
HEAD_H = 11.5
NOTE_SIZE = 5.6
VALUE_W = 40          # width of one year column
BOX_W = 92            # top-3 box
NAVY = (0.08, 0.2, 0.42)
INK = (0.1, 0.1, 0.1)
BAND = (0.86, 0.9, 0.95)
BOX_FILL = (0.96, 0.93, 0.86)


def geometry(x0: float, top3: bool) -> dict[str, float]:
    """x positions in a panel: value columns right edges, label limit and top-3 box."""
    box_x = x0 + COL_W - BOX_W
    right = (box_x - 8) if top3 else (x0 + COL_W - 4)
    values = [right - (2 - k) * VALUE_W for k in range(3)]
    return {"box_x": box_x, "values": values, "label_max": values[0] - VALUE_W + 2 - (x0 + 4)}


def panel_title_lines(panel: Panel, g: dict) -> list[str]:
    return sc.wrap(panel.title, "cond-bold", SIZE + 0.5, g["label_max"] - 4)


def note_lines(note: str) -> list[str]:
    return sc.wrap(note, "cond", NOTE_SIZE, COL_W - 4)


def block_height(block) -> float:
    kind, obj = block
    if kind == "section":
        return 24 if obj.top3_title else 20
    if kind == "note":
        return len(note_lines(obj)) * (NOTE_SIZE + 1.6) + 3
    g = geometry(0, obj.has_top3)
    return (len(panel_title_lines(obj, g)) * HEAD_H + len(obj.rows) * ROW_H + 6)


def blocks(sections: list[Section]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for s in sections:
        out.append(("section", s))
        out += [("panel", p) if isinstance(p, Panel) else ("note", p) for p in s.parts]
    return out


def place(items: list[tuple[str, object]]) -> list[list[tuple[tuple, float, float]]]:
    """Flow blocks down the columns of a sheet, sheet after sheet; a section band never ends
    a column. Returns per sheet a list of (block, x0, top)."""
    sheets: list[list] = [[]]
    col, y = 0, BODY_TOP
    for n, block in enumerate(items):
        h = block_height(block)
        if block[0] == "section" and n + 1 < len(items):
            h += block_height(items[n + 1])
        if y - h < BODY_BOTTOM and y < BODY_TOP:
            col += 1
            y = BODY_TOP
            if col == COLUMNS:
                sheets.append([])
                col = 0
        x0 = MARGIN + col * (COL_W + GUTTER)
        sheets[-1].append((block, x0, y))
        y -= block_height(block) + (4 if block[0] == "panel" else 0)
    return sheets


def draw_label(c, x: float, y: float, text: str, mark: str, style: str, size: float,
               max_w: float) -> None:
    """Label with its footnote marker glued on as a superscript (smaller, raised, no space)."""
    size = sc.fit_size(text + mark, style, size, max_w, 4.5)
    sc.draw(c, x, y, text, style, size, color=INK)
    if mark:
        sc.draw(c, x + sc.width(text, style, size), y + size * 0.38, mark, style,
                size * 0.62, color=INK)


def paint_section(c, s: Section, x0: float, top: float) -> None:
    g = geometry(x0, s.has_top3)
    if s.top3_title:
        sc.draw(c, g["box_x"] + 4, top - 6, TOP3_TITLE, "cond-bold", 6.5, color=NAVY)
        top -= 4
    c.setFillColorRGB(*BAND)
    c.rect(x0, top - 18, COL_W, 15, stroke=0, fill=1)
    base = top - 14
    sc.draw(c, x0 + 4, base, s.name, "sans-bold", 9.5, color=NAVY)
    sc.draw(c, (g["values"][0] + g["values"][2]) / 2 - VALUE_W / 2, base, "Jaar", "cond-bold",
            7.5, "center", NAVY)
    if s.caption:
        sc.draw(c, g["box_x"] + 4, base, s.caption, "cond-bold", 6.5, color=NAVY)


def paint_panel(c, p: Panel, x0: float, top: float) -> None:
    g = geometry(x0, p.has_top3)
    titles = panel_title_lines(p, g)
    header_base = top - HEAD_H * len(titles) + 3
    first_row_base = header_base - ROW_H
    if p.has_top3:
        # box behind the top-3 entries, from the header line down to the third entry
        n_top = sum(1 for r in p.rows if r.top)
        c.setFillColorRGB(*BOX_FILL)
        c.rect(g["box_x"], first_row_base - (n_top - 1) * ROW_H - 3, BOX_W,
               header_base + 10 - (first_row_base - (n_top - 1) * ROW_H - 3), stroke=0, fill=1)
    # header: title (wrapped when long; years on its last line) and the box title
    for k, t in enumerate(titles):
        last = k == len(titles) - 1
        draw_label(c, x0 + 4, top - HEAD_H * (k + 1) + 3, t, p.mark if last else "",
                   "cond-bold", SIZE + 0.5, g["label_max"])
    for year, right in zip(YEARS.split(), g["values"], strict=True):
        sc.draw(c, right, header_base, year, "cond-bold", SIZE, "right", NAVY)
    if p.box:
        sc.draw(c, g["box_x"] + 4, header_base, p.box, "cond-bold", SIZE, color=NAVY)
    c.setStrokeColorRGB(*NAVY)
    c.setLineWidth(0.6)
    c.line(x0, header_base - 3, g["values"][2] + 2, header_base - 3)
    for k, row in enumerate(p.rows):
        base = first_row_base - k * ROW_H
        draw_label(c, x0 + 4, base, row.label, row.mark, "cond", SIZE, g["label_max"])
        for value, right in zip(row.values, g["values"], strict=True):
            sc.draw(c, right, base, value, "cond", SIZE, "right", INK)
        if row.top:  # same baseline as the row: the trap
            sc.draw(c, g["box_x"] + 4, base, row.top, "cond", SIZE, color=INK)


def paint_note(c, note: str, x0: float, top: float) -> None:
    for k, line in enumerate(note_lines(note)):
        sc.draw(c, x0 + 2, top - NOTE_SIZE - k * (NOTE_SIZE + 1.6), line, "cond", NOTE_SIZE,
                color=INK)


PAINTERS = {"section": paint_section, "panel": paint_panel, "note": paint_note}


def build(text_dir: Path, out_dir: Path) -> list[Path]:
    header, sections = parse((text_dir / f"{DOC_ID}.txt").read_text(encoding="utf-8"))
    out = out_dir / f"{DOC_ID}.pdf"
    c = sc.new_canvas(out, (PAGE_W, PAGE_H), "IND Jaarcijfers 2023")
    for placed in place(blocks(sections)):
        org, ministry, title = header
        sc.draw(c, MARGIN, PAGE_H - 30, org, "sans-bold", 10, color=NAVY)
        sc.draw(c, MARGIN, PAGE_H - 42, ministry, "sans", 8.5, color=NAVY)
        sc.draw(c, MARGIN, PAGE_H - 68, title, "sans-bold", 20, color=NAVY)
        for (kind, obj), x0, top in placed:
            PAINTERS[kind](c, obj, x0, top)
        c.showPage()
    c.save()
    return [out]
