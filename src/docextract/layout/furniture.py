"""Page furniture: running headers and footers (repetition across pages), footnotes (position,
size, marker), slug lines (outside the trim box or an InDesign slug pattern)."""

from __future__ import annotations

import regex as re

from ..models import Block, Page, Role
from .roles import SLUG

_DIGITS = re.compile(r"\d+")
EDGE = 0.09  # top and bottom share of the page where running heads and feet live


def mark_running_furniture(pages: list[Page]) -> int:
    """Blocks near the top or bottom edge whose text (digits ignored) recurs on several pages."""
    seen: dict[tuple[str, str], set[int]] = {}
    cands: list[tuple[Block, tuple[str, str]]] = []
    for page in pages:
        if not page.height:
            continue
        for b in page.blocks:
            if b.bbox is None or b.role in (Role.SLUG,):
                continue
            edge = "top" if b.bbox[3] < page.height * EDGE else "bottom" if b.bbox[1] > page.height * (1 - EDGE) else None
            if edge is None:
                continue
            key = (edge, _DIGITS.sub("#", b.text.strip().lower()))
            seen.setdefault(key, set()).add(page.number)
            cands.append((b, key))
    need = 2 if len(pages) <= 4 else 3
    n = 0
    for b, key in cands:
        # a short line ending in a page number at the foot of a page is a footer even when alone
        folio = key[0] == "bottom" and len(key[1]) < 80 and re.search(r"(?:^|\s)#(?: ?/ ?#)?$", key[1])
        if (len(pages) > 1 and len(seen[key]) >= need) or folio:
            b.role = Role.PAGE_HEADER if key[0] == "top" else Role.PAGE_FOOTER
            n += 1
    return n


def is_slug(bbox: tuple[float, float, float, float], text: str, trim: tuple | None) -> bool:
    if SLUG.search(text):
        return True
    if trim is None:
        return False
    x0, top, x1, bottom = bbox
    tx0, ttop, tx1, tbottom = trim
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return not (tx0 <= cx <= tx1 and ttop <= cy <= tbottom)


def is_footnote(block: Block, page_height: float, body_size: float, size: float) -> bool:
    """Small text in the lower part of the page that starts with a number or marker."""
    if block.bbox is None or block.bbox[1] < page_height * 0.6:
        return False
    return size < 0.92 * body_size and bool(re.match(r"^\s*(?:\d{1,3}|\*+|[a-z])[\s)]", block.text))
