"""Tables in text layers (method "text"): the IND sheet's panels, and the figure tables and
chart labels that sit right above a "Figuur N:" caption.

A text layer has no geometry, so a figure's region is the run of non-prose lines above its
caption; inside it, a data row is a label followed by values at the end of the line, a header
line is one without values (or with only years), and a chart is "Label; value" pairs.
"""

from __future__ import annotations

import re

from ..models import Document, Table
from .captions import caption_at, is_caption
from .charts import chart_from_lines, is_axis
from .panels import looks_like_dashboard, parse_panels
from .structure import (
    GridRow,
    TLine,
    build_table,
    is_value,
    is_year,
    parse_value,
    running_footers,
    text_lines,
)

# a footnote number on its own line, or a printer's slug: never part of a table
NOISE = re.compile(r"^\d{1,3}\s*$|.*\.indd\b")
VALUE_RUN = re.compile(
    r"(?P<vals>(?:\s+(?:[+\-−–]?\d[\d.,]*%?(?:\s+(?:weken|dagen))?|-)){1,12})\s*$")
MAX_REGION = 45


HEADING = re.compile(r"^\d+(?:\.\d+)+\s+\S|^\(?Bron\s*:")
YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}(?:\s*-\s*[IV]+)?$")


def is_prose(text: str) -> bool:
    """A running-text line: long, mostly lower-case words, few figures; or the end of a
    sentence; or a numbered heading / Bron line (the figure starts below it)."""
    t = text.strip()
    if HEADING.match(t):
        return True
    words = t.split()
    values = sum(1 for w in words if is_value(w))
    if t.endswith(".") and len(words) >= 2 and values == 0 and not t.startswith("t.o.v"):
        return True
    if t.endswith(".") and len(words) >= 8 and values <= 1:
        return True  # a sentence with one number in it ('binnen 3 maanden ... ingediend.')
    return len(t) >= 62 and values <= 2 and len(words) >= 9


def figure_region(lines: list[TLine], cap_index: int, footers: frozenset[str] = frozenset()) -> list[TLine]:
    """The lines between the previous prose/caption/footer line and the caption."""
    region: list[TLine] = []
    k = cap_index - 1
    while k >= 0 and len(region) < MAX_REGION:
        t = lines[k].text.strip()
        if is_caption(t) or is_prose(t) or " ".join(t.split()) in footers:
            break
        region.append(lines[k])
        k -= 1
    return region[::-1]


def split_values(text: str) -> tuple[str, list[str]]:
    """'Aanvragen 41.820 45.300' -> ('Aanvragen', ['41.820', '45.300']); years in the label stay
    there when the label would otherwise be empty ('2021 13.980' -> ('2021', ['13.980']))."""
    t = text.strip()
    m = VALUE_RUN.search(" " + t)
    if not m:
        return t, []
    vals = re.findall(r"[+\-−–]?\d[\d.,]*%?(?:\s+(?:weken|dagen))?|(?<!\S)-(?!\S)", m["vals"])
    label = (" " + t)[: m.start()].strip()
    # a leading year (or 'year - I') is a row label, not a value
    while vals and (not label or label.endswith(("verschil", "t.o.v.", "t.o.v"))) \
            and is_year(vals[0].split()[0]):
        label = (label + " " + vals.pop(0)).strip()
    if label.endswith(" -") or label == "-":
        label = label.rstrip(" -")
    return label, vals


def drop_axis_ticks(vals: list[str]) -> list[str]:
    """'120.823 0 50.000 100.000 150.000 200.000' -> ['120.823']: a chart's value axis, set on
    the baseline of its last bar label, is no figure of the row."""
    for k in range(max(len(vals) - 2, 0)):
        parsed = [parse_value(v) for v in vals[k:]]
        if all(p is not None and p.unit == "count" for p in parsed) and is_axis([p.value for p in parsed]):
            return vals[:k]
    return vals


def parse_text_grid(region: list[TLine], footers: frozenset[str] = frozenset()) -> tuple[list[GridRow], int] | None:
    """Region lines -> grid rows (header rows first) and the number of value columns."""
    rows: list[tuple[str, list[str], str]] = []
    headers: list[str] = []
    last = ""
    for line in region:
        t = line.text.strip()
        if not t or NOISE.match(t) or " ".join(t.split()) in footers:
            continue
        label, vals = split_values(t)
        vals = drop_axis_ticks(vals)
        prev_row, last = last == "row", ""
        if rows and re.match(r"^t\.o\.v\.?\s*(?:19|20)\d{2}$", t):
            lab, v, q = rows[-1]
            rows[-1] = (f"{lab} {t}", v, f"{q} {t}")  # '% verschil 2022' + 't.o.v. 2021'
            continue
        if vals and all(is_year(v) for v in vals) and not rows:
            headers.append(t)  # 'T&O 2021 2022 2021': column years
            continue
        if vals and label and (YEAR_LABEL.match(label) or not re.fullmatch(r"[\d.,%+\- ]+", label)):
            rows.append((label, vals, t))
            last = "row"
        elif vals and not label and rows and prev_row and len(rows[-1][1]) == 1:
            lab, v, q = rows[-1]  # the row's other figures set on the line under its label
            rows[-1] = (lab, vals + v, f"{q} {t}")
        elif vals and not label and rows:
            continue  # stray value (axis tick, '(9.969)')
        elif not vals:
            if rows and (t[:1].islower() or t.startswith("t.o.v.")) and len(t) < 40:
                lab, v, q = rows[-1]
                rows[-1] = (f"{lab} {t}", v, f"{q} {t}")  # wrapped label
            elif not rows:
                headers.append(t)
    if len(rows) < 1:
        return None
    n = max(len(v) for _, v, _ in rows)
    if n == 0:
        return None
    grid: list[GridRow] = []
    if headers:
        year_head = next((h for h in headers if len(split_values(h)[1]) == n), None)
        cells = [("", None)] + [("", None)] * n
        if year_head:
            lab, vals = split_values(year_head)
            cells = [(lab, None)] + [(v, None) for v in vals]
        other = " ".join(h for h in headers if h is not year_head).strip()
        if other:
            if year_head and "verschil" in other.lower():
                cells[-1] = (f"{other} {cells[-1][0]}".strip(), None)
            elif not year_head and len(other.split()) == n + 1 and len(headers) == 1:
                cells = [(w, None) for w in other.split()]  # one word per column
            elif not year_head and _capitalised_tail(headers[0], n):
                # 'Soort aanvraag Afwijzing Inwilliging Overige Totaal': the last n words head
                # the columns, the rest the label column
                words = headers[0].split()
                cells = [(" ".join(words[:-n]), None)] + [(w, None) for w in words[-n:]]
            elif not year_head:
                cells = [("", None)] + [(other, None)] * n
            else:
                cells[0] = (f"{other} {cells[0][0]}".strip(), None)
        grid.append(GridRow(cells, header=True, quote=" ".join(headers)))
    for label, vals, quote in rows:
        vals = vals + [""] * (n - len(vals)) if len(vals) < n else vals
        grid.append(GridRow([(label, None)] + [(v, None) for v in vals], quote=quote))
    return grid, n


def _capitalised_tail(header: str, n: int) -> bool:
    words = header.split()
    return n >= 3 and len(words) > n and all(w[:1].isupper() and w.isalpha() for w in words[-n:])


def text_tables(text: str, document: Document) -> list[Table]:
    lines = text_lines(text)
    if looks_like_dashboard(lines):
        return parse_panels(lines, method="text")
    tables: list[Table] = []
    footers = running_footers(document)
    i = 0
    while i < len(lines):
        cap, used = caption_at(lines, i)
        if cap is None:
            i += 1
            continue
        region = figure_region(lines, i, footers)
        grids = ranking_grids([ln.text for ln in region], lines[i].page, "text")
        for g in grids:
            g.caption, g.title, g.order = cap, cap.title, i
        tables += grids
        table = None if grids else chart_from_lines(region, method="text")
        if table is None and not grids:
            parsed = parse_text_grid(region, footers)
            if parsed is not None:
                table = build_table(parsed[0], page=lines[i].page, method="text")
        if table is not None:
            table.caption = cap
            table.title = cap.title
            table.order = i
            tables.append(table)
        i += max(used, 1)
    return tables


RANK_LINE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")


def ranking_grids(texts: list[str], page: int, method: str) -> list[Table]:
    """Top-N lists side by side ('1. India India China China Filipijnen' under a header
    '2021 Gezin en Kennis en Studie Arbeid Overige'): one table per header block, a column per
    category named in the header, a nationality per cell. Every word of a rank line must be a
    country, as many as the header names categories; otherwise no grid."""
    from .vocab import migration_categories, nationality

    tables: list[Table] = []
    header: list[str] = []
    rows: list[GridRow] = []
    cats: list[tuple[str, str, str]] = []

    def flush() -> None:
        if header and rows and cats:
            head = " ".join(header)
            year = next((w for w in head.split() if is_year(w)), "")
            cells = [(year, None)] + [(f"{year} {word}".strip(), None) for word, _, _ in cats]
            t = build_table([GridRow(cells, header=True, quote=head)] + rows, page=page, method=method,
                            kind="ranking")
            tables.append(t)

    for text in texts:
        t = text.strip()
        m = RANK_LINE.match(t)
        if m:
            names = m[2].split()
            if not cats or len(names) != len(cats) or any(nationality(n) is None for n in names):
                return []
            rows.append(GridRow([(m[1], None)] + [(n, None) for n in names], quote=t))
            continue
        if rows:
            flush()
            header, rows, cats = [], [], []
        header.append(t)
        if not cats:
            cats = migration_categories(t)
    flush()
    return tables
