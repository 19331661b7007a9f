"""PDF pages -> tables: dashboards as panels; elsewhere ruled regions through the lattice
parser and unruled ones through the stream parser, each region joined to its caption, and
chart data labels inside figure regions."""

from __future__ import annotations

import statistics

from ..ingest import Source
from ..layout.furniture import body_size
from ..models import Document, Table
from .captions import caption_at, is_caption
from .charts import bar_chart, chart_from_chunks
from .dashboards import dashboard_tables, is_dashboard
from .lattice import lattice_tables, split_packed_header
from .panels import looks_like_dashboard, parse_panels
from .stream import _is_data, ln_box, page_lines, stream_table, stream_tables
from .structure import (
    GridRow,
    TLine,
    Word,
    build_table,
    parse_value,
    running_footers,
    union,
    words_to_lines,
)
from .text_headers import groups as header_groups
from .text_tables import parse_text_grid, ranking_grids
from .uncaptioned import is_table, section_title

WORD_OPTS = {"x_tolerance": 1.5, "y_tolerance": 2, "keep_blank_chars": False, "extra_attrs": ["size", "upright"]}


def page_words(page) -> list[dict]:
    return page.extract_words(**WORD_OPTS)


def find_page_tables(page, number: int, words: list[dict] | None = None) -> list[Table]:
    """Every table on a page by geometry alone: ruled ones first, then unruled blocks outside them."""
    if words is None:
        if _doubled(page.chars):
            page = page.dedupe_chars()  # fake bold: each glyph drawn twice, slightly offset
        words = page_words(page)
    words = [w for w in words if w.get("upright", True)]  # rotated axis titles are no cells
    found = []
    ruled = [t for t in lattice_tables(page, number, words) if _real(t)]
    for t in ruled:
        others = [o.bbox for o in ruled if o is not t and o.bbox]
        alt = _stream_over(t, [w for w in words if not any(_centre_in(w, b) for b in others)], number)
        if alt is not None and not _empty_column(alt) and alt.n_rows >= t.n_rows and (_undersegmented(t, words) or _fill(alt) > _fill(t) + 0.1
                                or alt.n_rows == t.n_rows and alt.n_cols > t.n_cols
                                and _n_words(alt, words) > _n_words(t, words)):
            # rules only between rows, a frame, shadowed double rules, or labels outside the
            # ruled box: the whitespace structure explains the region better
            alt.method = "lattice+stream"
            t = alt
        found.append(t)
    found += stream_tables(words, number, [t.bbox for t in found if t.bbox])
    return found


def _doubled(chars: list[dict]) -> bool:
    seen: set = set()
    dup = 0
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        dup += key in seen
        seen.add(key)
    return dup > 0.05 * max(len(chars), 1)


def _centre_in(w: dict, box) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def _n_words(t: Table, words: list[dict]) -> int:
    return sum(1 for w in words if t.bbox and _centre_in(w, t.bbox))


def _empty_column(t: Table) -> bool:
    """A column with no text in any body row: a river inside wrapped cell text, not a column."""
    starts = {c.col for c in t.cells if c.text and c.row >= t.header_rows}
    return len(starts) < t.n_cols


def _fill(t: Table) -> float:
    slots = t.n_rows * t.n_cols
    covered = sum(c.row_span * c.col_span for c in t.cells if c.text)
    return covered / slots if slots else 0.0


def _stream_over(t: Table, words: list[dict], number: int) -> Table | None:
    """The stream parse of a ruled region, widened to whole lines: the label column of some
    ruled tables sits outside the rules."""
    if t.bbox is None:
        return None
    x0, top, x1, bottom = t.bbox
    band = [w for w in words if top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
    lines = page_lines(band)
    keep = []
    for ln in lines:
        chunks = [c for c in ln.chunks if c.x1 >= x0 - 60 and c.x0 <= x1 + 60]
        if chunks:
            keep.append(type(ln)(chunks))
    alt = stream_table(keep, number) if keep else None
    return alt if alt is not None and alt.n_cols >= 2 else None


def _undersegmented(t: Table, words: list[dict]) -> bool:
    """Many cells hold several chunks apart by wide gaps: the ruling missed the columns."""
    filled = [c for c in t.cells if c.text and c.bbox]
    multi = wide = 0
    for c in filled:
        lines = page_lines([w for w in words if _centre_in(w, c.bbox)])
        if any(len(ln.chunks) >= 2 for ln in lines):
            multi += 1
            wide += c.col_span >= 2 or t.n_cols <= 2
    return multi >= max(2, 0.2 * len(filled)) or wide >= 2


def _real(t: Table) -> bool:
    """A ruled box holding one paragraph is a frame, not a table."""
    filled = [c for c in t.cells if c.text]
    numeric = [c for c in filled if parse_value(c.text) is not None or any(ch.isdigit() for ch in c.text)]
    return len(filled) >= 4 and t.n_cols >= 2 and (bool(numeric) or t.n_rows >= 4)




# --- documents ----------------------------------------------------------------------------------

DEFAULT_BODY = 9.0  # pt, where the document's body size is unknown
FIGURE_TEXT = 0.95  # x body size: figure text, captions and footnotes are set smaller than running text


def _line_size(ln) -> float:
    sizes = [w.get("size", 9.0) for c in ln.chunks for w in c.words]
    return statistics.median(sizes) if sizes else 9.0


def figure_region(lines: list, cap_index: int, footers: frozenset[str] = frozenset(),
                  body: float = DEFAULT_BODY) -> list:
    """Lines of the figure above a caption: up to the running text (lines set in the
    document's `body` size) or the previous caption, whichever comes first."""
    out = []
    k = cap_index - 1
    prev_top = lines[cap_index].top
    while k >= 0:
        ln = lines[k]
        text = ln.text.strip()
        if is_caption(text) or prev_top - ln.bottom > 60:
            break
        if _line_size(ln) >= FIGURE_TEXT * body:
            break  # running text (figure text, captions and footnotes are smaller)
        if " ".join(text.split()) in footers:
            break
        if _line_size(ln) < 6 and text.isdigit():
            k -= 1
            continue  # a footnote reference set as a superscript
        out.append(ln)
        prev_top = ln.top
        k -= 1
    return out[::-1]


def _box(region: list):
    boxes = [ln_box(r) for r in region]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _tline(ln, page: int) -> TLine:
    return TLine([Word(w["text"], (round(w["x0"], 2), round(w["top"], 2), round(w["x1"], 2),
                                   round(w["bottom"], 2)), w.get("size"))
                  for c in ln.chunks for w in c.words], page=page)


def pdf_tables(source: Source, document: Document | None, pages: set[int] | None = None) -> list[Table]:
    tables: list[Table] = []
    dashboards: set[int] = set()
    if document is not None:
        # dashboard pages: the layout stage has collapsed their overlapping text layers
        found = [t for t in dashboard_tables(document) if pages is None or t.page in pages]
        dashboards = {p.number for p in document.pages if is_dashboard(p)}
        tables += found
    footers = running_footers(document)
    body = (body_size(document.pages) if document is not None else 0.0) or DEFAULT_BODY
    above: list[TLine] = []  # the previous page's lines: a section heading may stand there
    for raw in source.pages():
        if pages is not None and raw.number not in pages or raw.number in dashboards:
            continue
        page = raw.plumber
        words = page_words(page)
        tlines = words_to_lines(words, raw.number)
        if looks_like_dashboard(tlines):
            tables += _dashboard_tables(words, raw.number, page.width)
            continue
        tables += page_figures(page, raw.number, words, footers, above, body)
        above = tlines
    return tables


def _dashboard_tables(words: list[dict], number: int, width: float) -> list[Table]:
    """A sheet of panels in page columns: lines rebuilt per column, then the panel grammar."""
    out = []
    for col in page_columns(words, width):
        out += parse_panels(words_to_lines(col, number), method="panel")
    return out


def page_columns(words: list[dict], width: float) -> list[list[dict]]:
    """Words split at vertical gutters: x ranges no word crosses over most of the page height."""
    if not words:
        return []
    cover = [0] * (int(width) + 2)
    for w in words:
        for x in range(int(w["x0"]), min(len(cover), int(w["x1"]) + 1)):
            cover[x] += 1
    x_min = int(min(w["x0"] for w in words))
    x_max = int(max(w["x1"] for w in words))
    cuts, x = [], x_min
    while x < x_max:
        if cover[x] == 0:
            j = x
            while j < x_max and cover[j] == 0:
                j += 1
            if j - x >= 15:  # a page gutter; gaps inside a panel (values | top-3 box) are narrower
                cuts.append((x + j) / 2)
            x = j
        else:
            x += 1
    bounds = [float("-inf")] + cuts + [float("inf")]
    cols = [[w for w in words if lo <= (w["x0"] + w["x1"]) / 2 < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)]
    return [c for c in cols if c]


def page_figures(page, number: int, words: list[dict], footers: frozenset[str] = frozenset(),
                 above: list[TLine] = (), body: float = DEFAULT_BODY) -> list[Table]:
    """Captioned figures of a report page: ruled or unruled tables, or charts with data labels;
    plus ruled tables without a caption, and unruled ones that prove themselves by their total
    (`above`: lines before the page, where the section heading that titles them may stand;
    `body`: the document's body size)."""
    upright = [w for w in words if w.get("upright", True)]
    median = statistics.median([w.get("size", 9.0) for w in upright]) if upright else 9.0
    # footnote references set small (superscripts) are no cells
    upright = [w for w in upright if not (w["text"].isdigit() and w.get("size", median) < 0.7 * median)]
    lines = page_lines(upright)
    ruled = [t for t in lattice_tables(page, number, words) if _real(t)]
    out: list[Table] = []
    used: set[int] = set()
    tl = [_tline(x, number) for x in lines]
    claimed: set[int] = set()  # lines of captions and their figures
    for i, ln in enumerate(lines):
        if not is_caption(ln.text.strip()):
            continue
        cap, n_cap = caption_at(tl, i)
        if cap is None:
            continue
        region = figure_region(lines, i, footers, body)
        claimed.update(range(i - len(region), i + max(n_cap, 1)))
        if not region:
            continue
        top = min(r.top for r in region)
        table = None
        for k, t in enumerate(ruled):
            if k not in used and t.bbox and t.bbox[3] <= ln.top + 2 and t.bbox[3] >= top - 2:
                table, _ = t, used.add(k)
                break
        grids = [] if table is not None else ranking_grids([r.text for r in region], number, "stream")
        for g in grids:
            g.caption, g.title, g.bbox = cap, cap.title, _box(region)
        out += grids
        if table is None and not grids:
            table = chart_from_chunks(region, number) or bar_chart(region, number) \
                or stream_table(region, number)
            if table is not None and table.kind == "table" and not _real(table):
                table = None
            if table is not None and table.kind == "table":
                table = split_packed_header(table)
                if table.method == "stream" and _packed_header(region, table):
                    table = _as_text(region, number) or table
        if table is None:
            continue
        table.caption = cap
        table.title = cap.title
        out.append(table)
    out += [t for k, t in enumerate(ruled) if k not in used]
    boxes = [t.bbox for t in out if t.bbox]
    out += _uncaptioned(lines, claimed, footers, number, [*above, *tl], len(above), boxes, body, tl)
    return out


def _uncaptioned(lines: list, claimed: set[int], footers: frozenset[str], number: int,
                 context: list[TLine], offset: int, taken: list, body: float = DEFAULT_BODY,
                 tlines: list[TLine] | None = None) -> list[Table]:
    """Runs of figure-sized lines (smaller than running text) that no caption claims, read as
    the text layer reads them (uncaptioned.py): a table only when its total adds up, titled by
    the section heading above it (`tlines`: `lines` as TLines, when the caller has them)."""
    if tlines is None:
        tlines = [_tline(x, number) for x in lines]
    out: list[Table] = []
    k = 0
    while k < len(lines):
        start = k
        while k < len(lines) and _figure_line(lines, k, claimed, footers, body) \
                and (k == start or lines[k].top - lines[k - 1].bottom <= 2 * lines[k].height):
            k += 1
        run, trun = lines[start:k], tlines[start:k]
        k = max(k, start + 1)
        if len(run) <= 3 or any(b and _centre_in(_mid(run), b) for b in taken):
            continue
        parsed = parse_text_grid(trun, footers, strict=True)
        if parsed is None or not is_table(*parsed):
            continue
        title = section_title(context, offset + start)
        # the grid _as_text would parse again: strictness only refuses grids, and no footer
        # line is in a run (_figure_line)
        table = _as_text(run, number, parsed) if title else None
        if table is not None:
            table.title = title
            out.append(table)
    return out


def _figure_line(lines: list, k: int, claimed: set[int], footers: frozenset[str], body: float) -> bool:
    text = " ".join(lines[k].text.split())
    return k not in claimed and _line_size(lines[k]) < FIGURE_TEXT * body and text not in footers \
        and not is_caption(text)


def _mid(run: list) -> dict:
    x0, top, x1, bottom = _box(run)
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _packed_header(region: list, table: Table) -> bool:
    """A header line set as one run of words starting left of every value column, holding the
    headers of several columns but ending before the last one: the words carry no column
    geometry (the way a text layer prints them), so the header is read by the text-layer
    grammar."""
    first = next((k for k, ln in enumerate(region) if _is_data(ln)), 0)
    if first == 0 or table.n_cols < 2:
        return False
    starts = [c.x0 for ln in region[first:] if _is_data(ln) for c in ln.chunks[1:]]
    if not starts:
        return False
    return any(ln.chunks[0].x0 < min(starts) and ln.chunks[0].x1 < max(starts)
               and len(header_groups(ln.chunks[0].text)) >= 2 for ln in region[:first])


def _as_text(region: list, number: int,
             parsed: tuple[list[GridRow], int] | None = None) -> Table | None:
    """The figure parsed by the text-layer grammar from its lines' words, every cell given the
    boxes of its words; None unless the header names every value column (`parsed`: the
    region's parse_text_grid, when the caller has it)."""
    if parsed is None:
        parsed = parse_text_grid([_tline(ln, number) for ln in region])
    if parsed is None:
        return None
    grid, n = parsed
    heads = [r for r in grid if r.header]
    if not heads or not all(any(c < len(r.cells) and r.cells[c][0] for r in heads) for c in range(1, n + 1)):
        return None
    words = [w for ln in region for c in ln.chunks for w in c.words]
    used: set[int] = set()

    def box(text: str):
        boxes = []
        for tok in text.split():
            k = next((i for i, w in enumerate(words) if i not in used and w["text"] == tok), None)
            if k is not None:
                used.add(k)
                w = words[k]
                boxes.append((round(w["x0"], 2), round(w["top"], 2), round(w["x1"], 2), round(w["bottom"], 2)))
        return union(boxes)

    rows = [GridRow([(t, box(t) if t else None) for t, _ in r.cells], header=r.header, quote=r.quote, path=r.path)
            for r in grid]
    return build_table(rows, page=number, method="stream+text")
