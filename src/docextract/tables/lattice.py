"""Ruled tables (method "lattice"): ruling lines and rectangle edges bound the cells.

pdfplumber's line-based finder gives the cell boxes; the grid is the set of distinct cell
edges, so a merged cell (one box over several grid units) gets its row/col span from the edges
it covers. Text goes to the cell holding the centre of each word.
"""

from __future__ import annotations

from ..calendar_nl import is_year
from ..models import BBox, Cell, Table
from .structure import is_total, union

SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
            "join_tolerance": 3, "intersection_tolerance": 3, "edge_min_length": 3}


def _snap(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda k: abs(edges[k] - v))


def words_in_boxes(w: dict, boxes: list[BBox]) -> list[BBox]:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return [b for b in boxes if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]]


def words_in(words: list[dict], box: BBox) -> list[dict]:
    x0, top, x1, bottom = box
    return [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]


def cell_text(words: list[dict]) -> str:
    """Words in reading order: lines by baseline, left to right."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if lines and abs(lines[-1][-1]["bottom"] - w["bottom"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return " ".join(" ".join(x["text"] for x in sorted(ln, key=lambda w: w["x0"])) for ln in lines)


def rotated_text(chars: list[dict]) -> str:
    """Text set at 90 degrees (column headers read bottom to top): character columns left to
    right, each read upwards, a space where the gap between glyphs is wide."""
    cols: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: c["x0"]):
        if cols and abs(cols[-1][0]["x0"] - ch["x0"]) < 2:
            cols[-1].append(ch)
        else:
            cols.append([ch])
    lines = []
    for col in cols:
        col.sort(key=lambda c: -c["bottom"])
        text, prev = "", None
        for ch in col:
            if prev is not None and prev["top"] - ch["bottom"] > 0.2 * (ch.get("size") or 8):
                text += " "
            text += ch["text"]
            prev = ch
        lines.append(text.strip())
    return " ".join(t for t in lines if t)


def _baselines(ws: list[dict]) -> list[float]:
    out: list[float] = []
    for w in sorted(ws, key=lambda w: w["bottom"]):
        if not out or w["bottom"] - out[-1] > 2:
            out.append(w["bottom"])
    return out


def split_stacked_rows(boxes: list[BBox], words: list[dict]) -> list[BBox]:
    """A ruled table without rules between its rows gives one box per column holding every
    row: where several boxes of one band hold figures on shared baselines, cut the band at
    the gaps between those baselines."""
    from .structure import is_numeric

    bands: dict[tuple[float, float], list[BBox]] = {}
    for b in boxes:
        bands.setdefault((round(b[1], 1), round(b[3], 1)), []).append(b)
    out: list[BBox] = []
    for (top, bottom), members in bands.items():
        lines = {b: _baselines(words_in(words, b)) for b in members}
        multi = [b for b in members if len(lines[b]) >= 2]
        numeric = [b for b in multi if all(is_numeric(w["text"]) for w in words_in(words, b))]
        if len(multi) < 2 or not numeric:
            out += members
            continue
        slots = _baselines([{"bottom": y} for b in members for y in lines[b]])
        cuts = [top] + [(a + c) / 2 - 3 for a, c in zip(slots, slots[1:], strict=False)] + [bottom]
        for b in members:
            out += [(b[0], cuts[k], b[2], cuts[k + 1]) for k in range(len(cuts) - 1)]
    return out


def grid_from_boxes(boxes: list[BBox], words: list[dict], page: int, chars: list[dict] | None = None) -> Table | None:
    """Cell boxes -> Table with spans. Rows/columns that hold no text at all are dropped (ruling
    artefacts such as double rules give empty slivers)."""
    if len(boxes) < 2:
        return None
    boxes = split_stacked_rows(boxes, words)
    xs = _snap([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _snap([b[1] for b in boxes] + [b[3] for b in boxes])
    if len(xs) < 2 or len(ys) < 2:
        return None
    # each word belongs to one box: the smallest holding its centre (boxes drawn over each
    # other would otherwise repeat a header in two columns)
    owner: dict[int, BBox] = {}
    for i, w in enumerate(words):
        holders = words_in_boxes(w, boxes)
        if holders:
            owner[i] = min(holders, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    by_box: dict[BBox, list[dict]] = {}
    for i, b in owner.items():
        by_box.setdefault(b, []).append(words[i])
    raw = []
    for b in boxes:
        c0, c1 = _index(xs, b[0]), _index(xs, b[2])
        r0, r1 = _index(ys, b[1]), _index(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        inside = by_box.get(b, [])
        text = cell_text(inside)
        if chars and inside and sum(1 for w in inside if not w.get("upright", True)) > len(inside) / 2:
            text = rotated_text([c for c in words_in(chars, b) if not c.get("upright", True)]) or text
        raw.append((r0, c0, r1 - r0, c1 - c0, text, b))
    used_rows = sorted({r for r0, _, rs, _, t, _ in raw if t for r in range(r0, r0 + rs)})
    used_cols = sorted({c for _, c0, _, cs, t, _ in raw if t for c in range(c0, c0 + cs)})
    if len(used_rows) < 2 or len(used_cols) < 1:
        return None
    # keep a row/col only where some non-spanning text starts, so empty slivers vanish
    row_starts = sorted({r0 for r0, _, _, _, t, _ in raw if t})
    col_starts = sorted({c0 for _, c0, _, _, t, _ in raw if t})
    row_map = {r: k for k, r in enumerate(row_starts)}
    col_map = {c: k for k, c in enumerate(col_starts)}

    def remap(start: int, span: int, starts: list[int], mapping: dict[int, int]) -> tuple[int, int]:
        first = max((s for s in starts if s <= start), default=starts[0])
        end = start + span
        inside = [s for s in starts if first <= s < end] or [first]
        return mapping[inside[0]], len(inside)

    cells: list[Cell] = []
    seen: set[tuple[int, int]] = set()
    for r0, c0, rs, cs, text, b in sorted(raw, key=lambda x: (x[0], x[1])):
        r, rspan = remap(r0, rs, row_starts, row_map)
        c, cspan = remap(c0, cs, col_starts, col_map)
        if (r, c) in seen:
            if text:  # two boxes fold onto one slot: keep the text
                for cell in cells:
                    if (cell.row, cell.col) == (r, c):
                        cell.text = f"{cell.text} {text}".strip()
            continue
        seen.add((r, c))
        cells.append(Cell(row=r, col=c, text=text, bbox=tuple(round(v, 2) for v in b),
                          row_span=rspan, col_span=cspan))
    n_rows, n_cols = len(row_starts), len(col_starts)
    cells, n_cols = merge_complementary_columns(cells, n_cols)
    cells, n_rows = merge_header_continuations(cells, n_rows)
    if n_cols < 2 or n_rows < 2:
        return None
    table = Table(page=page, bbox=union([c.bbox for c in cells]), method="lattice",
                  n_rows=n_rows, n_cols=n_cols, cells=cells)
    return mark_headers(table)


def merge_complementary_columns(cells: list[Cell], n_cols: int) -> tuple[list[Cell], int]:
    """Header and body boxes drawn on different column edges give slivers of columns that no
    row uses together: adjacent columns whose texts never share a row are one column."""
    c = 0
    while c < n_cols - 1:
        starts = {}
        for cell in cells:
            if cell.text:
                starts.setdefault(cell.row, set()).add(cell.col)
        both = any(c in cols and c + 1 in cols for cols in starts.values())
        left = any(c in cols for cols in starts.values())
        right = any(c + 1 in cols for cols in starts.values())
        if both or not left or not right:
            c += 1
            continue
        kept: list[Cell] = []
        taken: set[tuple[int, int]] = set()
        for cell in sorted(cells, key=lambda x: (not x.text, x.row, x.col)):
            if cell.col > c:
                cell.col -= 1
            elif cell.col + cell.col_span - 1 > c:
                cell.col_span -= 1
            if (cell.row, cell.col) in taken:
                continue
            taken.add((cell.row, cell.col))
            kept.append(cell)
        cells = kept
        n_cols -= 1
    return cells, n_cols


def merge_header_continuations(cells: list[Cell], n_rows: int) -> tuple[list[Cell], int]:
    """A header cell drawn as two boxes ('to water' over 'kg/year') is one cell: a text-only
    header row whose every text sits right under a text of the same width joins the row above."""
    from .structure import is_numeric

    def parse_value(text: str):  # any notation will do here: only "is it a figure" matters
        return True if is_numeric(text) else None

    def texts(r: int) -> dict[int, Cell]:
        return {c.col: c for c in cells if c.row == r and c.text}

    if not any(parse_value(c.text) is not None for c in cells if c.col > 0):
        return cells, n_rows  # no figures: no telling header from body
    r = 0
    while r < n_rows - 1:
        upper, lower = texts(r), texts(r + 1)
        if any(parse_value(c.text) is not None for c in list(upper.values()) + list(lower.values())):
            break  # reached the body
        if lower and 0 not in lower and all(k in upper and upper[k].col_span == c.col_span
                                            and upper[k].row_span == 1 for k, c in lower.items()):
            for k, c in lower.items():
                upper[k].text = f"{upper[k].text} {c.text}"
                upper[k].bbox = union([upper[k].bbox, c.bbox])
            kept = []
            for c in cells:
                if c.row == r + 1 and (c.col in lower or not c.text):
                    continue
                if c.row > r + 1:
                    c.row -= 1
                elif c.row <= r < c.row + c.row_span - 1:
                    c.row_span -= 1
                kept.append(c)
            cells = kept
            n_rows -= 1
            continue
        r += 1
    return cells, n_rows


def mark_headers(table: Table, n_header: int | None = None) -> Table:
    """Header rows: the leading rows without a figure outside the first column; header column:
    the first, when it holds text labels. Row paths / col paths follow."""
    from .structure import is_numeric, parse_value

    def has_data(r: int) -> bool:
        return any((parse_value(c.text) is not None or is_numeric(c.text)) and not is_year(c.text)
                   for c in table.cells if c.row == r and c.col > 0)

    if n_header is None:
        n_header = 0
        for r in range(table.n_rows):
            if has_data(r):
                break
            n_header += 1
    if n_header >= table.n_rows:
        n_header = min(1, table.n_rows - 1)
    table.header_rows = n_header
    table.header_cols = 1
    heads: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: c.row):
        if c.row < n_header and c.text:
            for k in range(c.col, c.col + c.col_span):
                heads.setdefault(k, []).append(c.text)
    # multi-level row labels: a label spanning several rows is the outer level of the rows it spans
    label_cols = sorted({c.col for c in table.cells if c.row >= n_header and c.text
                         and parse_value(c.text) is None and c.col < max(1, table.n_cols - 1)})
    lead = []
    for k in range(table.n_cols):
        if k in label_cols and k == len(lead):
            lead.append(k)
    table.header_cols = max(1, len(lead))
    spans = [c for c in table.cells if c.col < table.header_cols and c.row >= n_header and c.text]
    for c in table.cells:
        c.header = c.row < n_header or c.col < table.header_cols
        c.col_path = list(heads.get(c.col, [])) if c.row >= n_header else []
        if c.row >= n_header:
            path = [s.text for s in sorted(spans, key=lambda s: s.col)
                    if s.row <= c.row < s.row + s.row_span and s.col <= c.col]
            c.row_path = path
            c.total = bool(path) and is_total(path[-1])
    table.row_quotes = [" ".join(c.text for c in sorted(table.cells, key=lambda c: c.col)
                                 if c.row == r and c.text) for r in range(table.n_rows)]
    return table


def lattice_tables(page, number: int, words: list[dict], region: BBox | None = None) -> list[Table]:
    """Ruled tables on a pdfplumber page (or inside `region` of it)."""
    target = page.crop(region) if region else page
    out = []
    try:
        found = target.find_tables(table_settings=SETTINGS)
    except Exception:  # pdfplumber trips over degenerate edge sets
        return out
    for f in found:
        boxes = [tuple(b) for b in f.cells]
        t = grid_from_boxes(boxes, words, number, chars=page.chars)
        if t is not None:
            out.append(t)
    return out


def split_packed_header(table: Table) -> Table:
    """A header row set as one run of words over a table with one word per column
    ('Vestigingsland EU-burgers Derdelanders Totaal' over four columns): one word per column."""
    changed = False
    for r in range(table.header_rows):
        row = [c for c in table.cells if c.row == r]
        filled = [c for c in row if c.text]
        if len(filled) != 1 or table.n_cols < 3:
            continue
        words = filled[0].text.split()
        if len(words) != table.n_cols:
            continue
        by_col = {c.col: c for c in row}
        for k, w in enumerate(words):
            if k in by_col:
                by_col[k].text, by_col[k].col_span = w, 1
            else:
                table.cells.append(Cell(row=r, col=k, text=w, header=True))
        changed = True
    if changed:
        table.cells.sort(key=lambda c: (c.row, c.col))
        mark_headers(table, table.header_rows)
    return table
