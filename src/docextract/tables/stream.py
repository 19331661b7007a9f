"""Unruled tables (method "stream"): columns are the whitespace rivers that run down a block
of lines, rows are baselines, wrapped cells are lines that continue the row above.

Finding: a table is a run of lines split into several chunks by wide gaps whose gaps line up;
prose lines are one chunk. Structure: rivers (x ranges almost no chunk covers) separate the
columns; a chunk crossing a river spans those columns (multi-level headers).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..calendar_nl import is_year
from ..models import BBox, Cell, Table
from .lattice import mark_headers
from .structure import is_numeric, parse_value, union


@dataclass
class Chunk:
    words: list[dict]

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def bbox(self) -> BBox:
        return (round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2))


@dataclass
class SLine:
    chunks: list[Chunk]

    @property
    def top(self) -> float:
        return min(c.top for c in self.chunks)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chunks)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chunks)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chunks)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)

    @property
    def numeric(self) -> int:
        return sum(1 for c in self.chunks if parse_value(c.text) is not None)


def _gap_limit(w: dict) -> float:
    size = (w["bottom"] - w["top"]) or 8.0
    return max(4.0, 0.55 * size)


def page_lines(words: list[dict], tolerance: float = 2.0) -> list[SLine]:
    """Words -> lines (shared baseline) -> chunks (runs of words closer than a wide gap)."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["bottom"], w["x0"])):
        placed = False
        for row in rows[-3:]:
            if abs(row[0]["bottom"] - w["bottom"]) <= tolerance:
                row.append(w)
                placed = True
                break
        if not placed:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        chunks: list[Chunk] = [Chunk([row[0]])]
        for w in row[1:]:
            prev = chunks[-1].words[-1]
            if w["x0"] - prev["x1"] > _gap_limit(prev):
                chunks.append(Chunk([w]))
            else:
                chunks[-1].words.append(w)
        lines.append(SLine(chunks))
    lines.sort(key=lambda ln: ln.top)
    return lines


def rivers(lines: list[SLine], x0: float, x1: float) -> list[float]:
    """Column boundaries: centres of x ranges that (almost) no chunk covers."""
    if not lines:
        return []
    step = 1.0
    n = int((x1 - x0) / step) + 1
    cover = [0] * n
    for ln in lines:
        for c in ln.chunks:
            a = max(0, int((c.x0 - x0) / step))
            b = min(n - 1, int((c.x1 - x0) / step))
            for k in range(a, b + 1):
                cover[k] += 1
    allowed = max(0, int(0.12 * len(lines)))
    bounds: list[float] = []
    k = 0
    while k < n:
        if cover[k] <= allowed:
            j = k
            while j < n and cover[j] <= allowed:
                j += 1
            if k > 0 and j < n and (j - k) * step >= 3.0:
                # the boundary sits where coverage is lowest inside the gap
                low = min(range(k, j), key=lambda q: (cover[q], abs(q - (k + j) / 2)))
                bounds.append(x0 + low * step)
            k = j
        else:
            k += 1
    return bounds


def _col_of(x: float, bounds: list[float]) -> int:
    return sum(1 for b in bounds if x > b)


CAPTION_LINE = re.compile(r"^\s*(?:Table|Tabel|Figure|Figuur|Graph|Chart)\s+\w*\d", re.I)
SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Bron|Note|Notes|Noot)\b", re.I)
PERIOD_LABEL = re.compile(r"^(?:19|20)\d{2}(?:\s*-\s*[IV]+)?$")


def header_cells(head_lines: list[SLine], place) -> list[tuple[int, int, list[Chunk]]]:
    """Header chunks -> cells (col, span, chunks), top to bottom: chunks in the same columns on
    consecutive lines (a header wrapped over lines) are one cell."""
    cells: list[tuple[int, int, list[Chunk]]] = []
    for ln in head_lines:
        placed, span = place(ln)
        for col, cs in sorted(placed.items()):
            sp = span[col]
            prev = next((k for k in range(len(cells) - 1, -1, -1)
                         if cells[k][0] == col and cells[k][1] == sp), None)
            if prev is not None:
                last = cells[prev][2][-1]
                blocking = any(h[0] < col + sp and col < h[0] + h[1] and h[2][0].top > last.top
                               for h in cells[prev + 1:])
                if not blocking and cs[0].top - last.bottom <= 0.8 * (last.bottom - last.top):
                    cells[prev][2].extend(cs)
                    continue
            cells.append((col, sp, list(cs)))
    return sorted(cells, key=lambda h: h[2][0].top)


def _is_data(ln: SLine) -> bool:
    """A line with a figure after its first chunk; years are headers, not figures."""
    return len(ln.chunks) >= 2 and any((parse_value(c.text) is not None or is_numeric(c.text))
                                       and not is_year(c.text) for c in ln.chunks[1:])


def stream_table(lines: list[SLine], page: int) -> Table | None:
    """A block of lines -> grid.

    Columns come from the rivers of the data lines (header lines may span columns). The header
    zone (lines above the first data line) becomes: one row per line holding a spanning chunk
    (the upper levels: '2021' over two columns), then one row in which every column's stacked
    header lines are joined (multi-line headers). Body lines are rows; a text line continuing
    the row above (a wrapped label) joins it.
    """
    if len(lines) < 2:
        return None
    x0 = min(ln.x0 for ln in lines) - 1
    x1 = max(ln.x1 for ln in lines) + 1
    first = next((k for k, ln in enumerate(lines) if _is_data(ln)), 0)
    head_lines, body_lines = lines[:first], lines[first:]
    data = [ln for ln in body_lines if _is_data(ln)]
    basis = data if len(data) >= 2 else [ln for ln in lines if len(ln.chunks) >= 2] or lines
    if len(data) >= 2:
        # labels set on their own line left of the figures (vertically centred row labels)
        left = min(c.x0 for ln in data for c in ln.chunks[1:])
        basis = basis + [ln for ln in body_lines if not _is_data(ln) and ln.x1 < left - 3]
    bounds = rivers(basis, x0, x1)
    if not bounds:
        return None
    n_cols = len(bounds) + 1

    extent: dict[int, tuple[float, float]] = {}
    for ln in data:
        for c in ln.chunks:
            k = _col_of((c.x0 + c.x1) / 2, bounds)
            lo, hi = extent.get(k, (c.x0, c.x1))
            extent[k] = (min(lo, c.x0), max(hi, c.x1))

    def split_by_columns(c: Chunk) -> list[Chunk]:
        """Header words set close together but each over its own column ('2021 2022 %
        verschil'): one chunk per column; words over no column stay with the word before."""
        groups: list[tuple[int, list[dict]]] = []
        for w in c.words:
            over = [k for k, (lo, hi) in extent.items() if w["x0"] < hi - 0.5 and lo + 0.5 < w["x1"]]
            if not over and (PERIOD_LABEL.match(w["text"]) or w["text"] == "%"):
                col = _first_ending_right_of(w["x0"], extent)
                over = [] if col is None else [col]
            if len(over) == 1 and (not groups or groups[-1][0] != over[0]) \
                    and (PERIOD_LABEL.match(w["text"]) or w["text"] == "%" or not groups):
                groups.append((over[0], [w]))
            elif groups:
                groups[-1][1].append(w)
            else:
                return [c]
        ordered = [k for k, _ in groups]
        if len(groups) < 2 or ordered != sorted(set(ordered)):
            return [c]
        return [Chunk(ws) for _, ws in groups]

    def place(ln: SLine, head: bool = False) -> tuple[dict[int, list[Chunk]], dict[int, int]]:
        placed: dict[int, list[Chunk]] = {}
        span: dict[int, int] = {}
        chunks = [p for c in ln.chunks for p in split_by_columns(c)] if head and extent else ln.chunks
        for c in chunks:
            a = _col_of(c.x0 + 0.5, bounds)
            b = _col_of(c.x1 - 0.5, bounds)
            if head and extent:
                # header text is aligned to its column's figures, not to the rivers: the
                # columns whose figures it overlaps are the ones it heads
                over = [k for k, (lo, hi) in extent.items() if c.x0 < hi - 0.5 and lo + 0.5 < c.x1]
                if over:
                    a, b = min(over), max(over)
                else:
                    # left-aligned header over right-aligned figures: the first column whose
                    # figures end right of where the header starts
                    a = b = _first_ending_right_of(c.x0, extent, max(extent))
                b = max(a, b)
            elif b > a and extent and parse_value(c.text) is not None:
                a = b = _value_column(c, extent)
            placed.setdefault(a, []).append(c)
            span[a] = max(span.get(a, 1), b - a + 1)
        if head and extent and len(placed) < n_cols - 1 and all(
                len(cs) == 1 and abs(cs[0].x1 - extent.get(k, (0, -99))[1]) < 3 for k, cs in placed.items()):
            # a sparse header line right-aligned over column groups ('2021' over count and
            # duration): each label heads the columns back to the previous label
            prev = 0
            for k in sorted(placed):
                start = max(prev + 1, 1) if k > 0 else 0
                if start < k:
                    placed[start] = placed.pop(k)
                    span.pop(k, None)
                    span[start] = k - start + 1
                prev = k
        elif head and extent and ln is head_lines[0] and 2 <= len(placed) < n_cols - 1 and min(placed) > 0 and all(
                len(cs) == 1 for cs in placed.values()):
            # left-aligned group labels ('MVV-aanvraag', 'Bezwaar'): each heads the columns up
            # to the next label
            keys = sorted(placed)
            for k, nxt in zip(keys, keys[1:] + [n_cols], strict=True):
                span[k] = max(span.get(k, 1), nxt - k)
        elif head and extent and len(placed) < n_cols - 1:
            # left-aligned period labels ('2022-I', '2022-II') head the columns up to the
            # next label of their line
            keys = sorted(placed)
            for k, nxt in zip(keys, keys[1:] + [n_cols], strict=True):
                if len(placed[k]) == 1 and PERIOD_LABEL.match(placed[k][0].text) and nxt - k == 2:
                    span[k] = max(span.get(k, 1), 2)
        return placed, span

    head_cells = header_cells(head_lines, lambda ln: place(ln, head=True))
    n_head = max((sum(1 for h in head_cells if h[0] <= c < h[0] + h[1]) for c in range(n_cols)), default=0)
    rows: list[dict[int, list[Chunk]]] = [{} for _ in range(n_head)]
    spans: list[dict[int, int]] = [{} for _ in range(n_head)]
    rspans: dict[tuple[int, int], int] = {}
    level = [0] * n_cols
    for col, span, chunks in head_cells:  # top to bottom
        r = max(level[col:col + span])
        below = [h for h in head_cells if h[0] <= col < h[0] + h[1] and h[2][0].top > chunks[0].top]
        r = min(r, n_head - 1)
        if col in rows[r]:  # more header lines than levels: join, never drop text
            rows[r][col] = rows[r][col] + chunks
            continue
        rows[r][col] = chunks
        spans[r][col] = span
        if not below:  # the last header cell of its columns reaches down to the body
            rspans[(r, col)] = n_head - r
        for c in range(col, col + span):
            level[c] = r + 1
    headers = n_head
    row_lines: list[SLine | None] = [None] * len(rows)
    for ln in body_lines:
        placed, span = place(ln)
        prev = row_lines[-1] if row_lines else None
        if len(rows) > headers and prev is not None and _continues(ln, prev, placed, rows[-1]):
            for col, cs in placed.items():
                rows[-1].setdefault(col, []).extend(cs)
                spans[-1][col] = max(spans[-1].get(col, 1), span[col])
            row_lines[-1] = ln
            continue
        rows.append(placed)
        spans.append(span)
        row_lines.append(ln)
    _centred_labels(rows, spans, rspans, row_lines, headers)
    if _split_label_column(rows, headers):
        # left-aligned labels and right-aligned years share the first column
        rows = [_shift(r, head=i < headers) for i, r in enumerate(rows)]
        spans = [{(k - 1 if k >= 1 else 0): v for k, v in sp.items()} for sp in spans]
        rspans = {(r, (k - 1 if k >= 1 else 0)): v for (r, k), v in rspans.items()}
        n_cols -= 1
    cells = []
    taken: set[tuple[int, int]] = set()
    for r, placed in enumerate(rows):
        covered: set[int] = {k for (rr, k) in taken if rr == r}
        for col in sorted(placed):
            if col in covered:
                continue
            cs = placed[col]
            span = spans[r].get(col, 1)
            covered.update(range(col, col + span))
            text = " ".join(c.text for c in sorted(cs, key=lambda c: (round(c.top), c.x0)))
            cells.append(Cell(row=r, col=col, text=text, bbox=union([c.bbox for c in cs]),
                              col_span=min(span, n_cols - col), row_span=rspans.get((r, col), 1)))
            for rr in range(r + 1, r + rspans.get((r, col), 1)):
                taken.update((rr, k) for k in range(col, col + span))
        for col in range(n_cols):
            if col not in covered and (r, col) not in taken:
                cells.append(Cell(row=r, col=col, text="", bbox=None))
    table = Table(page=page, bbox=union([ln_box(ln) for ln in lines]), method="stream",
                  n_rows=len(rows), n_cols=n_cols, cells=sorted(cells, key=lambda c: (c.row, c.col)))
    return mark_headers(table, headers if headers else None)


def _value_column(c: Chunk, extent: dict[int, tuple[float, float]]) -> int:
    """The one column of a figure that crosses a river ('(9.969)' set under a total, wider than
    the figures above it): a figure is one cell, so the column whose figures it overlaps most,
    else the first whose figures end right of where it starts."""
    overlap = {k: min(hi, c.x1) - max(lo, c.x0) for k, (lo, hi) in extent.items()}
    best = max(overlap, key=lambda k: overlap[k])
    if overlap[best] > 0:
        return best
    return _first_ending_right_of(c.x0, extent, max(extent))


def _first_ending_right_of(x: float, extent: dict[int, tuple[float, float]],
                           default: int | None = None) -> int | None:
    """The first column whose figures end right of `x` (text set left-aligned over figures set
    right-aligned starts there); `default` when none does."""
    return next((k for k in sorted(extent) if extent[k][1] >= x), default)


def _split_label_column(rows, headers: int) -> bool:
    """Columns 0 and 1 of the body never both hold text, and column 1 holds only years: one
    label column whose texts are aligned differently."""
    body = rows[headers:]
    if not body or not any(1 in r for r in body) or not any(0 in r for r in body):
        return False
    if any(0 in r and 1 in r for r in body):
        return False
    return all(is_year(c.text) for r in body if 1 in r for c in r[1])


def _shift(row: dict, head: bool) -> dict:
    """Column k -> k-1 (columns 0 and 1 become one); a header over column 1 heads the first
    figure column, which is column 1 after the shift."""
    out: dict = {}
    for k in sorted(row):
        target = k if head and k == 1 else max(k - 1, 0)
        out.setdefault(target, []).extend(row[k])
    return out


def _centred_labels(rows, spans, rspans, row_lines, headers: int) -> None:
    """Row labels centred beside their figures come out as lines of their own: a label line
    between two unlabelled data rows labels both (row span 2); one above or below a single
    unlabelled data row joins its label ('% verschil 2022' / 't.o.v. 2021')."""
    def label_only(r: int) -> bool:
        return set(rows[r]) == {0}

    def unlabelled(r: int) -> bool:
        return 0 not in rows[r] and len(rows[r]) >= 1 and any(
            parse_value(c.text) is not None for cs in rows[r].values() for c in cs)

    n = len(rows)
    flags = [(label_only(r), unlabelled(r)) for r in range(n)]
    drop: set[int] = set()
    for r in range(headers, n - 1):
        # a label wrapped upwards: text-only row right above a data row whose cells in the
        # same columns continue it in lower case ('Hoger beroep EU' / 'bescherming/ ...')
        nxt = rows[r + 1]
        if rows[r] and not any(parse_value(c.text) is not None for cs in rows[r].values() for c in cs) \
                and any(parse_value(c.text) is not None for cs in nxt.values() for c in cs) \
                and all(k in nxt and nxt[k][0].text[:1].islower() for k in rows[r]):
            for k, cs in rows[r].items():
                nxt[k][:0] = cs
            drop.add(r)
    flags = [(label_only(r) and r not in drop, unlabelled(r)) for r in range(n)]
    for r in range(headers, n):
        if not flags[r][0]:
            continue
        up = r - 1 if r - 1 >= headers and flags[r - 1][1] else None
        dn = r + 1 if r + 1 < n and flags[r + 1][1] else None
        if up is not None and dn is not None and not (r + 2 < n and flags[r + 2][0]) \
                and not (r - 2 >= headers and flags[r - 2][0]):
            rows[up][0] = rows[r][0]
            rspans[(up, 0)] = 2
        elif dn is not None:
            rows[dn].setdefault(0, [])[:0] = rows[r][0]
        elif up is not None:
            rows[up].setdefault(0, []).extend(rows[r][0])
        else:
            continue
        drop.add(r)
    for r in sorted(drop, reverse=True):
        for key in [k for k in rspans if k[0] > r]:
            rspans[(key[0] - 1, key[1])] = rspans.pop(key)
        del rows[r], spans[r], row_lines[r]


def ln_box(ln: SLine) -> BBox:
    return (round(ln.x0, 2), round(ln.top, 2), round(ln.x1, 2), round(ln.bottom, 2))


def _continues(ln: SLine, prev: SLine, placed: dict, prev_row: dict) -> bool:
    """A text-only line close under the previous one, in columns the previous row already
    uses, and not starting a new labelled row: the same cells wrapping onto a second line."""
    gap = ln.top - prev.bottom
    if gap > 0.45 * max(ln.height, 1.0) or ln.numeric:
        return False
    if not set(placed) <= set(prev_row):
        return False
    if 0 in placed and 0 in prev_row and prev.numeric:
        first = placed[0][0].text[:1]
        return first.islower() or first in "(-–&"  # a wrapped row label
    return True


# --- finding unruled tables ------------------------------------------------------------------


def _tabular(ln: SLine) -> bool:
    if len(ln.chunks) < 2:
        return False
    words = sum(len(c.words) for c in ln.chunks)
    return words / len(ln.chunks) <= 6 or ln.numeric >= 1


def find_stream_regions(lines: list[SLine], exclude: list[BBox]) -> list[list[SLine]]:
    """Runs of tabular lines (with single-chunk label lines between them), plus header lines
    directly above; at least three lines of which two with aligned numeric columns."""
    free = [ln for ln in lines if not any(_inside(ln_box(ln), b) for b in exclude)]
    if not free:
        return []
    height = statistics.median(ln.height for ln in free) or 8.0
    blocks: list[list[SLine]] = []
    cur: list[SLine] = []
    for ln in free:
        near = cur and ln.top - cur[-1].bottom <= 1.6 * height
        if _tabular(ln) and (near or not cur):
            cur.append(ln)
        elif near and len(ln.chunks) == 1 and len(ln.text) < 60:
            cur.append(ln)  # a label-only row inside a table
        else:
            if cur:
                blocks.append(cur)
            cur = [ln] if _tabular(ln) else []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        while b and not _tabular(b[-1]):
            b.pop()
        if sum(1 for ln in b if ln.numeric >= 1 and len(ln.chunks) >= 2) < 2 or len(b) < 3:
            continue
        # header lines: short lines directly above
        k = free.index(b[0])
        width = max(ln.x1 for ln in b) - min(ln.x0 for ln in b)
        while k > 0 and b[0].top - free[k - 1].bottom <= 1.2 * height and len(free[k - 1].text) < 80 \
                and free[k - 1].x0 >= b[0].x0 - 30 and len(b) < 200 \
                and not (len(free[k - 1].chunks) == 1 and free[k - 1].x1 - free[k - 1].x0 > 0.4 * width):
            # (a single run of text wider than a column is a caption or title, not a header)
            k -= 1
            b.insert(0, free[k])
            if len(b) > 4 and sum(1 for ln in b[:4] if not _tabular(ln)) >= 4:
                break
        # a caption above and a source line or page number below are no rows
        while b and CAPTION_LINE.match(b[0].text):
            b.pop(0)
        while b and (SOURCE_LINE.match(b[-1].text) or b[-1].text.strip().isdigit()):
            b.pop()
        if len(b) >= 3:
            out.append(b)
    return out


def _inside(box: BBox, region: BBox, slack: float = 2.0) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] - slack <= cx <= region[2] + slack and region[1] - slack <= cy <= region[3] + slack


def stream_tables(words: list[dict], page: int, exclude: list[BBox]) -> list[Table]:
    lines = page_lines(words)
    out = []
    for block in find_stream_regions(lines, exclude):
        t = stream_table(block, page)
        if t is not None and t.n_cols >= 2 and t.n_rows >= 2:
            out.append(t)
    return out
