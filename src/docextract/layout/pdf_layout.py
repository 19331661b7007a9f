"""Layout of PDF pages: words grouped into lines and blocks, furniture told apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..ingest import RawPage
from ..models import Block, Line, Page, Role, Word
from .repair import fix_text, join_hyphenated
from .roles import line_role, looks_like_heading


def analyse_pdf(pages: Iterable[RawPage]) -> tuple[list[Page], dict[str, int]]:
    stats: Counter[str] = Counter()
    out = []
    for raw in pages:
        out.append(_page(raw, stats))
    return out, dict(stats)


def _page(raw: RawPage, stats: Counter) -> Page:
    page = raw.plumber.dedupe_chars(tolerance=1)
    stats["duplicate_chars_removed"] += len(raw.plumber.chars) - len(page.chars)
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False,
                               extra_attrs=["fontname", "size"])
    lines = _lines(words)
    blocks = _blocks(lines, raw, stats)
    for order, block in enumerate(blocks):
        block.order = order
    return Page(number=raw.number, width=raw.width, height=raw.height, rotation=raw.rotation,
                cropbox=raw.cropbox, trimbox=raw.trimbox, blocks=blocks)


def _lines(words: list[dict]) -> list[Line]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        ws = [Word(text=w["text"], bbox=_bbox(w), fontname=w.get("fontname"), size=w.get("size")) for w in row]
        lines.append(Line(text=" ".join(w.text for w in ws), bbox=_union(w.bbox for w in ws), words=ws))
    return lines


def _blocks(lines: list[Line], raw: RawPage, stats: Counter) -> list[Block]:
    blocks: list[Block] = []
    group: list[Line] = []

    def flush(role: Role = Role.BODY) -> None:
        nonlocal group
        if group:
            texts = join_hyphenated([ln.text for ln in group])
            text = fix_text(" ".join(t for t in texts if t.strip()))
            blocks.append(Block(text=text, role=role, bbox=_union(ln.bbox for ln in group),
                                lines=group, page=raw.number))
        group = []

    for line in lines:
        role = _role(line, raw)
        if role is Role.SLUG:
            stats["slug_lines"] += 1
        if role is not None:
            flush()
            group = [line]
            flush(role)
            continue
        if group:
            prev = group[-1]
            gap = line.bbox[1] - prev.bbox[3]
            size = (prev.bbox[3] - prev.bbox[1]) or 10
            if gap > 0.9 * size or abs(line.bbox[0] - group[0].bbox[0]) > 120:
                flush()
        group.append(line)
    flush()
    return blocks


def _role(line: Line, raw: RawPage) -> Role | None:
    x0, top, x1, bottom = line.bbox
    if raw.trimbox:
        tx0, ttop, tx1, tbottom = raw.trimbox
        if x1 < tx0 or x0 > tx1 or bottom < ttop or top > tbottom:
            return Role.SLUG
    role = line_role(line.text)
    if role is not None:
        return role
    if top > raw.height * 0.92 and any(ch.isdigit() for ch in line.text):
        return Role.PAGE_FOOTER
    if looks_like_heading(line.text) and len(line.words) <= 14:
        return Role.HEADING
    return None


def _bbox(w: dict) -> tuple[float, float, float, float]:
    return (round(w["x0"], 2), round(w["top"], 2), round(w["x1"], 2), round(w["bottom"], 2))


def _union(boxes) -> tuple[float, float, float, float] | None:
    boxes = [b for b in boxes if b]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
