"""Layout of PDF pages: chars -> (deduplicated) segments -> regions in reading order ->
paragraph blocks with roles, furniture told apart across pages.

Works on pdfplumber's char dicts; pydantic objects are only built for the output words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex as re

from ..ingest import RawPage
from ..models import Block, Line, Page, Role, Word
from .dedupe import kept_chars
from .furniture import is_footnote, is_slug, join_across_pages, mark_running_furniture
from .regions import Region, is_numeric, outlines, reading_order
from .repair import join_hyphenated, repair_block_text
from .roles import CAPTION, LIST_ITEM, NUMBERED_HEADING, SOURCE_LINE, looks_like_heading
from .text_dashboard import is_sentence_like
from .words import CharColumns, PWord, Segment, round_box, segments, union_box

_END = re.compile(r"[.:;!?]\)?$")
LABEL_SIZE = 0.95  # x body size: bold lines below it label a figure or table


def analyse_pdf(pages: Iterable[RawPage]) -> tuple[list[Page], dict[str, int]]:
    stats: Counter[str] = Counter()
    out = [analyse_page(raw, stats) for raw in pages]
    stats["running_furniture"] += mark_running_furniture(out)
    stats["paragraphs_joined_across_pages"] += join_across_pages(out)
    return out, dict(stats)


def trim_box(raw: RawPage) -> tuple[float, float, float, float] | None:
    """The TrimBox in top-left coordinates (pdfplumber does not expose it)."""
    if raw.trimbox:
        return raw.trimbox
    try:
        from pdfminer.pdftypes import resolve1

        box = resolve1(raw.plumber.page_obj.attrs.get("TrimBox"))
    except Exception:  # a broken box is no box
        return None
    if not box or len(box) != 4:
        return None
    x0, y0, x1, y1 = (float(resolve1(v)) for v in box)
    mb = raw.plumber.mediabox
    h = float(mb[3]) - float(mb[1])
    return (x0 - float(mb[0]), h - (y1 - float(mb[1])), x1 - float(mb[0]), h - (y0 - float(mb[1])))


def analyse_page(raw: RawPage, stats: Counter) -> Page:
    plumber = raw.plumber
    cols = CharColumns.of(plumber.chars)
    keep, removed = kept_chars(cols)
    stats["duplicate_chars_removed"] += removed
    trim = trim_box(raw)
    segs = segments(cols.take(keep))
    stats["footnote_markers_split"] += sum(len(s.markers) for s in segs)
    slugs = [s for s in segs if is_slug((s.x0, s.top, s.x1, s.bottom), s.text, trim)]
    if slugs:
        ids = {id(s) for s in slugs}
        segs = [s for s in segs if id(s) not in ids]
        stats["slug_lines"] += len(slugs)
    body_size = _body_size(segs)
    dashboard = removed > 0.15 * max(1, len(cols.index))
    regions = reading_order(segs, plumber.rects + outlines(plumber.curves), raw.width, raw.height)
    blocks: list[Block] = []
    for region in _merge_split_tables(regions):
        blocks.extend(_region_blocks(region, raw, body_size, dashboard, stats))
    for s in slugs:
        blocks.append(_block([[s]], Role.SLUG, raw.number, stats, repair=False))
    for order, block in enumerate(blocks):
        block.order = order
    return Page(number=raw.number, width=raw.width, height=raw.height, rotation=raw.rotation,
                cropbox=raw.cropbox, trimbox=trim, blocks=blocks)


def _merge_split_tables(regions: list[Region]) -> list[Region]:
    """A table cut in two by a box beside its first rows is one table again (the box, read
    between the two halves, stays where it is)."""
    out: list[Region] = []
    for region in regions:
        table = region.table or _is_table(_lines(region.segments))
        j = len(out) - 1
        while j >= 0 and out[j].box is not None and out[j].box != region.box:
            j -= 1  # skip boxes read in between
        if table and j >= 0 and out[j].table and out[j].box == region.box:
            prev = out[j].segments
            size = prev[-1].size
            gap = min(s.top for s in region.segments) - max(s.bottom for s in prev)
            if abs(min(s.x0 for s in prev) - min(s.x0 for s in region.segments)) < 3 and -1 < gap < 1.5 * size:
                out[j] = Region(prev + region.segments, box=region.box, table=True)
                continue
        out.append(Region(region.segments, box=region.box, table=table))
    return out


def _body_size(segs: list[Segment]) -> float:
    sizes: Counter[float] = Counter()
    for s in segs:
        sizes[round(s.size, 1)] += len(s.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _lines(segs: list[Segment]) -> list[list[Segment]]:
    """Segments of a region on one baseline (within 2 pt) form a line, left to right; a
    segment overlapping one of the line's (a layer printed across it) starts a line of its own."""
    lines: list[list[Segment]] = []
    for s in sorted(segs, key=lambda s: (s.baseline, s.x0)):
        home = next((line for line in reversed(lines[-3:]) if abs(line[0].baseline - s.baseline) <= 2.0
                     and not any(min(t.x1, s.x1) - max(t.x0, s.x0) > 0.5 for t in line)), None)
        if home is None:
            lines.append([s])
        else:
            home.append(s)
    for line in lines:
        line.sort(key=lambda s: s.x0)
    return lines


def _region_blocks(region: Region, raw: RawPage, body_size: float, dashboard: bool, stats: Counter) -> list[Block]:
    lines = _lines(region.segments)
    if region.table:  # _merge_split_tables has judged every region
        return [_block(lines, Role.TABLE, raw.number, stats, repair=False)]
    if region.box is not None and not dashboard and 1 < len(lines) <= 8:
        return [_block(lines, Role.SIDEBAR, raw.number, stats, repair=False)]
    tiles = _tiles(lines) if dashboard else None
    if tiles:
        stats["tiles_split"] += len(tiles)
        return [_block(col, Role.DASHBOARD_PANEL, raw.number, stats) for col in tiles]
    if _is_figure(region):
        role = Role.DASHBOARD_PANEL if dashboard else Role.FIGURE
        return [_block(lines, role, raw.number, stats, repair=False)]
    out = []
    paras, over = _paragraphs(lines)
    if over:
        stats["overprinted_lines"] += len(over)
    for para in paras:
        # a line printed over other text is no prose of the page: kept, but as a figure's label
        role = Role.FIGURE if id(para) in over else _role(para, region, raw, body_size, dashboard)
        out.append(_block(para, role, raw.number, stats, repair=role not in (Role.TABLE, Role.FIGURE)))
    return out


def _tiles(lines: list[list[Segment]]) -> list[list[list[Segment]]] | None:
    """Key-figure tiles side by side ('20 10' / 'ingetrokken afgewezen' / 'asielvergunningen
    asielaanvragen'): a first line of two or more lone figures, then lines of words only, each
    word within the column its figure opens (a tight gutter may run two labels into one
    segment). Each column becomes a tile of its own; a table has figures below its first line."""
    first = lines[0] if lines else []
    k = len(first)
    if len(lines) < 2 or k < 2 or not all(len(s.words) == 1 and is_numeric(s.text) for s in first):
        return None
    starts = [s.x0 - 2 for s in first] + [float("inf")]
    cols: list[list[list[Segment]]] = [[[s]] for s in first]
    for line in lines[1:]:
        parts: list[list[PWord]] = [[] for _ in range(k)]
        for w in (w for seg in line for w in seg.words):
            j = next((i for i in range(k) if starts[i] <= w.x0 < starts[i + 1]), None)
            if j is None or is_numeric(w.text) or w.x1 > starts[j + 1]:
                return None
            parts[j].append(w)
        for j, words in enumerate(parts):
            if words:
                box = (words[0].x0, min(w.top for w in words), words[-1].x1, max(w.bottom for w in words))
                cols[j].append([Segment(words, *box, max(w.size for w in words), line[0].baseline,
                                        rbox=round_box(*box))])
    return cols if all(len(col) > 1 for col in cols) else None


def _is_table(lines: list[list[Segment]]) -> bool:
    """Rows of a label and two or more numeric cells, three rows or more."""
    rows = sum(1 for line in lines if sum(1 for s in line if is_numeric(s.text)) >= 2)
    return rows >= 3 and rows >= 0.6 * len(lines)


def _is_figure(region: Region) -> bool:
    """Chart labels: many short segments, mostly numbers."""
    segs = region.segments
    if len(segs) < 4:
        return False
    short = sum(1 for s in segs if is_numeric(s.text) or len(s.words) <= 1)
    return short >= 0.7 * len(segs) and not any(is_sentence_like(s.text) for s in segs)


def _paragraphs(lines: list[list[Segment]]) -> tuple[list[list[list[Segment]]], set[int]]:
    """Lines into paragraphs, and the ids of the one-line paragraphs printed across another."""
    paras: list[list[list[Segment]]] = []
    right = max(s.x1 for line in lines for s in line)
    over = _overprinted(lines, right)
    after: dict[int, list[list[Segment]]] = {}  # paragraph index -> lines drawn across it
    for i, line in enumerate(lines):
        if i in over:
            after.setdefault(len(paras) - 1, []).append(line)
            continue
        if paras and _goes_on(paras[-1][-1], line, right):
            paras[-1].append(line)
            continue
        paras.append([line])
    if not after:
        return paras, set()
    out: list[list[list[Segment]]] = []
    ids: set[int] = set()
    for k, para in enumerate(paras):
        out.append(para)
        for line in after.get(k, []):
            out.append([line])
            ids.add(id(out[-1]))
    return out, ids


def _goes_on(prev: list[Segment], line: list[Segment], right: float) -> bool:
    """`line` continues the paragraph whose last line is `prev`: same style, a line's pitch
    below it, `prev` not ending a sentence short of the right edge, no caption or item opening."""
    first, pfirst = line[0], prev[0]
    pitch = first.baseline - pfirst.baseline
    same_style = abs(first.size - pfirst.size) < 0.5 and first.bold == pfirst.bold
    if not same_style or pitch > 1.6 * first.size:
        return False
    if _END.search(prev[-1].text) and prev[-1].x1 < right - 2.5 * pfirst.size:
        return False
    text = " ".join(s.text for s in line)
    return not (CAPTION.match(text) or SOURCE_LINE.match(text) or LIST_ITEM.match(text))


def _overprinted(lines: list[list[Segment]], right: float) -> set[int]:
    """Lines of another style drawn across a paragraph: their box overlaps the next line's and
    the lines on either side read on as one paragraph. A leftover layer printed over the text
    (a design export's older draft), which must not cut the paragraph in two."""
    out: set[int] = set()
    for i in range(1, len(lines) - 1):
        prev, line, nxt = lines[i - 1], lines[i], lines[i + 1]
        if _goes_on(prev, line, right) or not _goes_on(prev, nxt, right):
            continue
        top, bottom = min(s.top for s in line), max(s.bottom for s in line)
        ntop, nbottom = min(s.top for s in nxt), max(s.bottom for s in nxt)
        overlap = min(bottom, nbottom) - max(top, ntop)
        across = min(line[-1].x1, nxt[-1].x1) - max(line[0].x0, nxt[0].x0)
        if overlap > 0.5 * (bottom - top) and across > 0:
            out.add(i)
    return out


def _role(para: list[list[Segment]], region: Region, raw: RawPage, body_size: float, dashboard: bool) -> Role:
    first = para[0][0]
    text = " ".join(s.text for s in para[0])
    size = first.size
    if CAPTION.match(text) or SOURCE_LINE.match(text):
        return Role.CAPTION
    full = " ".join(s.text for line in para for s in line)
    if is_footnote(full, _bbox(para), raw.height, body_size, size):
        return Role.FOOTNOTE
    if LIST_ITEM.match(text) and not dashboard:
        return Role.LIST_ITEM
    if len(para) <= 3 and not full.rstrip().endswith(".") and (
            size > 1.15 * body_size or (first.bold and len(full) < 160) or looks_like_heading(full)):
        if not dashboard and size < LABEL_SIZE * body_size and not NUMBERED_HEADING.match(full):
            # set smaller than the text it would head: a figure's or table's own labels (column
            # headers "2021 Ingediend Afgehandeld", axis titles), which open no section
            return Role.FIGURE
        return Role.HEADING
    if dashboard:
        return Role.BODY if is_sentence_like(full) else Role.DASHBOARD_PANEL
    if region.box is not None:
        return Role.SIDEBAR
    return Role.BODY


def _bbox(para: list[list[Segment]]) -> tuple[float, float, float, float]:
    segs = [s for line in para for s in line]
    if len(segs) == 1:
        return segs[0].rbox
    raw = (min(s.x0 for s in segs), min(s.top for s in segs), max(s.x1 for s in segs), max(s.bottom for s in segs))
    return union_box([s.rbox for s in segs], raw)


_new = object.__new__
_set = object.__setattr__
_WORD_FIELDS = frozenset(Word.model_fields)
_LINE_FIELDS = frozenset(Line.model_fields)


def _word(w) -> Word:
    """A Word without pydantic's per-object machinery: what model_construct does, minus its
    checks (the values come from pdfplumber and are already the right types). Tens of
    thousands per document, so it counts."""
    obj = _new(Word)
    box, size = w.rbox, w.rsize
    if box is None or size is None:  # a PWord made outside `segments`
        box, size = round_box(w.x0, w.top, w.x1, w.bottom), round(w.size, 2)
    _set(obj, "__dict__", {"text": w.text, "bbox": box, "fontname": w.fontname, "size": size})
    _set(obj, "__pydantic_fields_set__", set(_WORD_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _line(text: str, bbox: tuple[float, float, float, float], words: list[Word]) -> Line:
    """A Line the way `_word` builds a Word (fields in declaration order, all of them set)."""
    obj = _new(Line)
    _set(obj, "__dict__", {"text": text, "bbox": bbox, "words": words})
    _set(obj, "__pydantic_fields_set__", set(_LINE_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _block(para: list[list[Segment]], role: Role, page: int, stats: Counter, repair: bool = True) -> Block:
    lines = []
    texts = []
    markers: list[str] = []
    for line in para:
        words = [_word(w) for s in line for w in s.words]
        text = " ".join(s.text for s in line)
        for s in line:
            markers.extend(s.markers)
        lines.append(_line(text, _bbox([line]), words))
        texts.append(text)
    if repair:
        joined = join_hyphenated(texts)
        stats["hyphens_joined"] += len(texts) - len(joined)
        text, glued, fixed = repair_block_text(" ".join(t for t in joined if t.strip()))
        stats.update(fixed)
        markers.extend(glued)
    else:
        text = "\n".join(texts)
    return Block(text=text, role=role, bbox=_bbox(para), lines=lines, page=page, markers=markers)
