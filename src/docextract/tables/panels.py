"""Dashboard panels: small tables headed by a title and year columns ("Familie & Gezin 2023 2022
2021"), each row a label and one value per year, with a "Top 3 nationaliteiten" box beside it.

The grammar works on visual lines, so the IND sheet's text layer and its PDF (lines rebuilt
from word boxes per page column) give the same panels. The top-3 entry that the text layer
glues onto a row ("Aanvragen 41.820 45.300 37.790 1. Indiase") is split off into a ranking
table, never read as a cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..calendar_nl import is_year
from ..models import Caption, Period, Table
from .structure import GridRow, TLine, Word, build_table, is_value, union

SECTION = re.compile(r"^(?P<name>.*?)\s*\bJaar(?:\s+aanvragen\s+\d{4})?$")
RANK = re.compile(r"^(\d{1,2})\.$")
TOP3 = "Top 3 nationaliteiten"


@dataclass
class _Head:
    title: list[Word]
    years: list[Word]
    box: list[Word]


def parse_head(line: TLine) -> _Head | None:
    """'<title> 2023 2022 2021 [box title]': at least two consecutive year words after a title."""
    ws = line.words
    for i in range(1, len(ws) - 1):
        if is_year(ws[i].text) and is_year(ws[i + 1].text):
            j = i
            while j < len(ws) and is_year(ws[j].text):
                j += 1
            return _Head(ws[:i], ws[i:j], ws[j:])
    return None


def split_row(line: TLine, n_values: int) -> tuple[list[Word], list[Word], list[Word]] | None:
    """label words, n value words, trailing top-list entry words ('1.', 'Indiase'); or None."""
    ws = line.words
    tail: list[Word] = []
    for k in range(len(ws) - 1, 0, -1):  # a rank word followed by a name, after the values
        if RANK.match(ws[k].text) and k + 1 < len(ws) and not is_value(ws[k + 1].text):
            if all(is_value(w.text) for w in ws[k - n_values:k]) and k - n_values >= 1:
                tail = ws[k:]
                ws = ws[:k]
            break
    if len(ws) <= n_values or not all(is_value(w.text) for w in ws[-n_values:]):
        return None
    label = ws[:-n_values]
    if is_value(label[-1].text) and not re.search(r"[A-Za-z]", label[-1].text):
        return None  # more values than columns: not this table's row
    return label, ws[-n_values:], tail


def _text(ws: list[Word]) -> str:
    return " ".join(w.text for w in ws)


def parse_panels(lines: list[TLine], method: str) -> list[Table]:
    """Every panel (kind "panel") and top-3 box (kind "ranking") among `lines`."""
    tables: list[Table] = []
    section: str | None = None
    consumed = -1
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.strip()
        m = SECTION.match(text)
        if m and not parse_head(line):
            section = m["name"].strip() or None
            i += 1
            continue
        head = parse_head(line)
        if head is None or not head.title:
            i += 1
            continue
        n = len(head.years)
        title_words = list(head.title)
        k = i - 1  # a long title wraps: its first line(s) sit right above the years line
        while k > consumed and k >= i - 3 and lines[k].words and _title_part(lines[k], lines[k + 1]):
            title_words = list(lines[k].words) + title_words
            k -= 1
        head = _Head(title_words, head.years, head.box)
        rows = [GridRow([(_text(head.title), union(w.bbox for w in head.title))]
                        + [(w.text, w.bbox) for w in head.years], header=True, quote=text)]
        ranking: list[GridRow] = []
        j = i + 1
        while j < len(lines):
            if not lines[j].words:
                j += 1
                continue
            parts = split_row(lines[j], n)
            if parts is None or parse_head(lines[j]) is not None:
                break
            label, values, tail = parts
            rows.append(GridRow([(_text(label), union(w.bbox for w in label))]
                                + [(w.text, w.bbox) for w in values], quote=lines[j].text.strip()))
            if tail:
                ranking.append(GridRow([(tail[0].text.rstrip("."), tail[0].bbox),
                                        (_text(tail[1:]), union(w.bbox for w in tail[1:]))],
                                       quote=lines[j].text.strip()))
            j += 1
        if len(rows) > 1:
            title = _text(head.title)
            table = build_table(rows, page=line.page, method=method, kind="panel", title=title)
            table.section = section
            table.order = rank_order = line.index
            tables.append(table)
            if ranking:
                box = _text(head.box) or TOP3
                rank = build_table(ranking, page=line.page, method=method, kind="ranking",
                                   title=box, header_cols=0)
                rank.section = section
                first = int(head.years[0].text)
                rank.caption = Caption(text=box, title=box, period=Period(start=date(first, 1, 1),
                                                                          end=date(first, 12, 31)))
                # the ranking belongs to the panel: its title says which procedure
                rank.row_quotes = [r.quote for r in ranking]
                rank.title = title
                rank.order = rank_order
                tables.append(rank)
        consumed = j - 1
        i = max(j, i + 1)
    return tables


def _title_part(prev: TLine, head: TLine) -> bool:
    """`prev` continues into the panel title on `head`: no figures, not a band or the top-3
    title, and (with geometry) directly above it, starting at the same x."""
    text = prev.text.strip()
    if SECTION.match(text) or text == TOP3 or parse_head(prev) or is_value(prev.words[-1].text):
        return False
    a, b = prev.bbox, head.bbox
    if a is None or b is None:
        return False  # text layers keep a title on one line
    return abs(a[0] - b[0]) < 2 and 0 <= b[1] - a[3] < 8


def looks_like_dashboard(lines: list[TLine]) -> bool:
    """Several panel heads with year columns and no figure captions: a dashboard sheet like the
    IND Jaarcijfers (a report has captions and would lose its figures to the panel grammar)."""
    captions = sum(1 for ln in lines if re.match(r"\s*Figuur \d+\s*:", ln.text))
    return captions < 3 and sum(1 for ln in lines if parse_head(ln) is not None) >= 4
