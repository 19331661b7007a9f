"""Infographic dashboards (full pages of panels under UPPERCASE headings): the labelled figures
printed in each panel become a chart (data labels) or a table (ranked rows), titled by the
panel heading they sit under.

Read from the layout stage's blocks, which have already collapsed the overlapping text layers
of these pages; a label and its value set as separate blocks are paired by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import BBox, Caption, Document, Role, Table
from .structure import GridRow, build_table, parse_value, union
from .vocab import normalise_source

NUM = r"[-–]?\s?\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?%?"
RANKED = re.compile(rf"^(?P<rank>\d)\.\s+(?P<name>[^\d/]+?)\s+(?P<a>{NUM})\s+(?P<b>{NUM})$")
TOP3 = re.compile(r"Top 3:?\s*1\.\s*(?P<a>[^/]+?)\s*/\s*2\.\s*(?P<b>[^/]+?)\s*/\s*3\.\s*(?P<c>[^\s/]+)")
ITEM = re.compile(rf"(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ/\-\s().,]*?)\s*(?:[;:]\s*(?:[-–]\s*)?|\(|\s)"
                  rf"(?P<value>{NUM})\)?(?=\s|$)")
LINE_PERCENT = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][^%;:]*?[A-Za-zÀ-ÿ.)]\s*(?:\d+)?)[\s;:(]+(?P<value>\d+%)\)?$")
SPLIT_PERCENT = re.compile(r"(?<![\d.,])\b(\d) (\d%)")
THOUSANDS_PART = re.compile(r"^\d{1,3}\.$")
SKIP_ROLES = {Role.PAGE_HEADER, Role.PAGE_FOOTER, Role.SLUG, Role.FOOTNOTE}


@dataclass
class _Item:
    label: str
    value: str
    bbox: BBox | None
    quote: str


def is_dashboard(page) -> bool:
    return sum(1 for b in page.blocks if b.role == Role.DASHBOARD_PANEL) >= 8


def _is_panel_heading(text: str) -> bool:
    if re.search(r"[%;]", text):
        return False  # 'EU/EFTA; 53%' is a label set large, not a panel title
    letters = [c for c in re.sub(r"\(.*?\)", "", text) if c.isalpha()]
    return len(letters) >= 5 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _items(block) -> list[_Item]:
    whole = re.sub(r"\s+", " ", block.text).strip()
    if block.role == Role.BODY and len(whole) > 70:
        return []  # running text: the NLP stage's
    out = []
    lines = [(ln.text, ln.bbox) for ln in block.lines] if block.lines else [(block.text, block.bbox)]
    lines = _join_split_thousands(lines)
    segments: list[tuple[str, BBox | None]] = []
    buffer: list[str] = []
    for raw, box in lines:
        text = re.sub(r"\s+", " ", SPLIT_PERCENT.sub(r"\1\2", raw)).strip()
        if not re.search(r"\d", text):
            buffer.append(text)  # a label line; joins the next line when that continues it
            continue
        if buffer and (text[:1].islower() or text[:1] == "(" or parse_value(text.replace(" ", "")) is not None):
            text = " ".join(buffer + [text])
        buffer = []
        if segments and re.fullmatch(r"\d+%", text) and re.search(r"\s\d$", segments[-1][0]):
            # a percentage kerned apart over two lines ('... toezicht 5' / '0%')
            segments[-1] = (segments[-1][0] + text, segments[-1][1])
            continue
        if segments and parse_value(text) is not None and not re.search(r"%$", segments[-1][0]):
            segments[-1] = (f"{segments[-1][0]} {text}", segments[-1][1])  # the value on the next line
            continue
        segments.append((text, box))
    for text, box in segments:
        if m := LINE_PERCENT.match(text):  # 'Uitstel van vertrek art. 64 7%': the last figure
            out.append(_Item(m["label"].strip(" ().,-;:"), m["value"], box or block.bbox, text))
            continue
        for m in ITEM.finditer(text):
            label = m["label"].strip(" ().,-")
            if len(label) < 3 or parse_value(m["value"].replace(" ", "")) is None:
                continue
            out.append(_Item(label, m["value"].replace(" ", "").replace("–", "-"), box or block.bbox,
                             m.group(0).strip()))
    return out


def _join_split_thousands(lines: list) -> list:
    """'38.' set apart on the baseline of 'Belgisch 156': one figure, 'Belgisch 38.156'."""
    out = list(lines)
    for k, (text, box) in enumerate(lines):
        if not THOUSANDS_PART.match(text.strip()) or box is None:
            continue
        for j, (other, obox) in enumerate(lines):
            if j != k and obox and abs(obox[1] - box[1]) < 3 and re.search(r"\s\d{3}$", other):
                out[j] = (re.sub(r"(\d{3})$", text.strip() + r"\1", other), obox)
                out[k] = ("", box)
    return [(t, b) for t, b in out if t]


def dashboard_tables(document: Document) -> list[Table]:
    tables: list[Table] = []
    for page in document.pages:
        if not is_dashboard(page):
            continue
        blocks = [b for b in page.blocks if b.role not in SKIP_ROLES and b.bbox]
        heads = [b for b in blocks if b.role == Role.HEADING and _is_panel_heading(b.text)]
        groups: dict[int, list] = {}
        for b in blocks:
            if b in heads:
                continue
            owner = _panel_of(b, heads)
            if owner is not None:
                groups.setdefault(owner, []).append(b)
        for k, members in groups.items():
            tables += _panel_tables(heads[k], members, page.number)
    return tables


def _panel_of(block, heads) -> int | None:
    x0, top = block.bbox[0], block.bbox[1]
    above = [(k, h) for k, h in enumerate(heads) if h.bbox[3] <= top + 1 and h.bbox[0] - 12 <= x0 < h.bbox[0] + 250]
    if not above:
        return None
    return max(above, key=lambda kh: kh[1].bbox[3])[0]


def _panel_tables(head, members, page: int) -> list[Table]:
    title = head.text.strip()
    sub = " ".join(m.text for m in members if m.role == Role.HEADING or m.text.startswith("("))[:200]
    out: list[Table] = []
    ranked: list[GridRow] = []
    pairs: list[GridRow] = []
    top3: list[GridRow] = []
    labels = [ln for m in members if m.role != Role.HEADING for ln in (m.lines or [m])
              if not re.search(r"\d", ln.text) and 3 <= len(ln.text.strip()) < 40 and ln.bbox]
    values = [m for m in members if parse_value(m.text.strip().replace(" ", "")) is not None]
    used: set[int] = set()
    subheads = [m for m in members if m.role == Role.HEADING and m.bbox]
    by_sub: dict[str, list[GridRow]] = {}
    for m in members:
        for line in (m.lines or []):
            if r := RANKED.match(line.text.strip()):
                box = line.bbox or m.bbox
                above = sorted((h for h in subheads if h.bbox[3] <= box[1] + 1 and abs(h.bbox[0] - box[0]) < 60),
                               key=lambda h: h.bbox[3])
                sub_title = " ".join(h.text.strip() for h in above[-2:])  # 'Europees loket' 'Werknemers ...'
                row = GridRow([(r["rank"], box), (r["name"].strip(), box), (r["a"], box), (r["b"], box)],
                              quote=line.text.strip())
                by_sub.setdefault(sub_title, []).append(row)
                ranked.append(row)
        if t := TOP3.search(m.text):
            for rank, name in enumerate((t["a"], t["b"], t["c"]), start=1):
                top3.append(GridRow([(str(rank), m.bbox), (name.strip(), m.bbox)], quote=m.text.strip()))
            continue
        if ranked and RANKED.match((m.lines[0].text if m.lines else m.text).strip()):
            continue
        for it in _items(m):
            pairs.append(GridRow([(it.label, it.bbox), (it.value, it.bbox)], quote=it.quote))
    # a label block with its value block right of it or just below it
    for lab in labels:
        near = [v for v in values if id(v) not in used and _beside(lab.bbox, v.bbox)]
        if near:
            v = min(near, key=lambda v: 10 * abs(v.bbox[1] - lab.bbox[1]) + abs(v.bbox[0] - lab.bbox[2]))
            used.add(id(v))
            value = v.text.strip().replace(" ", "")
            pairs.append(GridRow([(lab.text.strip(), lab.bbox), (value, v.bbox)],
                                 quote=f"{lab.text.strip()} {value}"))
    header_lines = [ln for m in members for ln in (m.lines or [m]) if ln.bbox and column_header(ln.text)]
    for sub_title, rows in by_sub.items():
        first = rows[0].cells[0][1]
        above = [ln for ln in header_lines if ln.bbox[3] <= first[1] + 1 and abs(ln.bbox[0] - first[0]) < 60]
        names = column_header(max(above, key=lambda ln: ln.bbox[3]).text) if above else None
        head_rows = [GridRow([("", None)] + [(w, None) for w in names], header=True)] if names else []
        t = build_table(head_rows + rows, page=page, method="dashboard", kind="table")
        t.caption = Caption(text=sub_title, title=sub_title)
        out.append(t)
    if top3:
        out.append(build_table(top3, page=page, method="dashboard", kind="ranking", header_cols=0))
    if pairs:
        out.append(build_table(pairs, page=page, method="dashboard", kind="chart"))
    for t in out:
        t.title = title
        t.section = sub or None
        if t.caption is None:
            t.caption = Caption(text=title, title=title)
        if t.caption.source is None:
            t.caption.source = heading_source(title)
        t.bbox = union([head.bbox] + [m.bbox for m in members])
    return out


def column_header(text: str) -> list[str] | None:
    """The column headers of a ranked list: a line ending in three capitalised words without
    figures ('uit de BRP Vestigingsland EU-burgers Derdelanders' -> the last three)."""
    words = text.split()
    if len(words) >= 3 and all(w[:1].isupper() and not re.search(r"\d", w) for w in words[-3:]):
        return words[-3:]
    return None


def heading_source(title: str) -> str | None:
    """'IMMIGRATIE EN EMIGRATIE (CBS)' -> 'CBS': a panel credits its source as an organisation's
    short name in parentheses closing the heading ('(gemiddelde 2013-2022)' is a qualifier)."""
    m = re.search(r"\((?P<org>[A-Z][A-Za-z&]{1,9}(?:\s*,\s*[A-Z][A-Za-z&]{1,9})*)\)\s*\*?\s*$", title)
    return normalise_source(m["org"]) if m and any(c.isupper() for c in m["org"][1:]) else None


def _beside(label: BBox, value: BBox) -> bool:
    # a bar's value at the end of the bar, on the label's baseline; or the value under the label
    right = 0 <= value[0] - label[2] < 260 and abs(value[1] - label[1]) < 3
    below = 0 <= value[1] - label[3] < 14 and abs(value[0] - label[0]) < 40
    return right or below
