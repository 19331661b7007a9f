"""Page furniture: running headers and footers (repetition across pages), footnotes (position,
size, marker), slug lines (outside the trim box or an InDesign slug pattern)."""

from __future__ import annotations

import regex as re

from ..models import Block, Page, Role
from .page_labels import page_label
from .repair import join_hyphenated
from .roles import SLUG
from .text_dashboard import SENTENCE_END, is_sentence_like

_DIGITS = re.compile(r"\d+")
EDGE = 0.09  # top and bottom share of the page where running heads and feet live


# Never furniture: what other stages read as content (tables, figures, boxes) or what has a
# role of its own at the page edge (footnotes, captions, list items).
_NOT_FURNITURE = {Role.SLUG, Role.FOOTNOTE, Role.CAPTION, Role.TABLE, Role.FIGURE, Role.SIDEBAR,
                  Role.LIST_ITEM}
# A browser's print header ("15-06-2020 09:41", "15-02-2023 10:04 Kerncijfers ... | Rijksoverheid.nl"),
# its footer (the page's address) and a page counter ("1/2", "Pagina 3 van 5").
_PRINT_HEADER = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},? \d{1,2}:\d{2}\b")
_PRINT_FOOTER = re.compile(r"^(?:https?://\S+|\d{1,3} ?/ ?\d{1,3}|(?:pagina|page) \d{1,3}(?: (?:van|of) \d{1,3})?)$", re.I)
_FOLIO = re.compile(r"(?:^|\s)#(?: ?/ ?#)?$")
POSITION_TOL = 3.0  # pt: the same running line on two pages sits at the same place


def mark_running_furniture(pages: list[Page]) -> int:
    """Blocks near the top or bottom edge that are running heads and feet: text (digits
    ignored) recurring on several pages, on both pages of a two-page document only when at the
    same position; a browser's print header, footer or page counter; a lone folio at the foot.
    A block of prose is never furniture, however often it recurs."""
    seen: dict[tuple[str, str], list[tuple[int, tuple]]] = {}
    cands: list[tuple[Block, tuple[str, str], bool]] = []
    body = body_size(pages)
    for page in pages:
        if not page.height:
            continue
        for b in page.blocks:
            if b.bbox is None or b.role in _NOT_FURNITURE or len(b.lines) > 2:
                continue
            edge = "top" if b.bbox[3] < page.height * EDGE else "bottom" if b.bbox[1] > page.height * (1 - EDGE) else None
            if edge is None:
                continue
            text = b.text.strip()
            key = (edge, _DIGITS.sub("#", text.lower()))
            seen.setdefault(key, []).append((page.number, b.bbox))
            cands.append((b, key, _is_prose(b, body)))
    n = 0
    for b, key, prose in cands:
        text = b.text.strip()
        printed = bool(_PRINT_HEADER.match(text) if key[0] == "top" else _PRINT_FOOTER.match(text))
        if prose and not printed:
            continue  # a sentence in body type, however often its words recur, is no furniture
        hits = seen[key]
        pages_hit = {p for p, _ in hits}
        if len(pages) >= 5:
            running = len(pages_hit) >= 3
        else:
            running = len(pages_hit) >= 2 and _same_place([box for _, box in hits])
        # a short line ending in a page number at the foot of a page is a footer even when alone
        folio = key[0] == "bottom" and len(key[1]) < 80 and bool(_FOLIO.search(key[1]))
        if running or printed or folio:
            b.role = Role.PAGE_HEADER if key[0] == "top" else Role.PAGE_FOOTER
            n += 1
    return n


def body_size(pages: list[Page]) -> float:
    """The type size most text of the document is set in."""
    sizes: dict[float, int] = {}
    for b in (b for page in pages for b in page.blocks):
        for line in b.lines:
            for w in line.words:
                if w.size:
                    sizes[w.size] = sizes.get(w.size, 0) + len(w.text)
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def _is_prose(block: Block, body_size: float) -> bool:
    """Body text: a sentence, or sentence-like words set in the page's body size."""
    text = block.text.strip()
    if not is_sentence_like(text):
        return False
    if SENTENCE_END.search(text):
        return True
    words = [w for line in block.lines for w in line.words]
    return bool(words and body_size and (words[0].size or 0) >= 0.95 * body_size)


def _same_place(boxes: list[tuple]) -> bool:
    """All boxes start at the same place (a page number's width may differ)."""
    x0, top = boxes[0][0], boxes[0][1]
    return all(abs(b[0] - x0) <= POSITION_TOL and abs(b[1] - top) <= POSITION_TOL for b in boxes[1:])


def is_slug(bbox: tuple[float, float, float, float], text: str, trim: tuple | None) -> bool:
    if SLUG.search(text):
        return True
    if trim is None:
        return False
    x0, top, x1, bottom = bbox
    tx0, ttop, tx1, tbottom = trim
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return not (tx0 <= cx <= tx1 and ttop <= cy <= tbottom)


_FOOTNOTE_START = re.compile(r"^\s*(?:\d{1,3}|\*+|[a-z])[\s)]")


def is_footnote(text: str, bbox: tuple | None, page_height: float, body_size: float, size: float) -> bool:
    """Small text in the lower part of the page that starts with a number or marker."""
    if bbox is None or bbox[1] < page_height * 0.6:
        return False
    return size < 0.92 * body_size and bool(_FOOTNOTE_START.match(text))


_CONTENT = {Role.BODY}
_SKIP = {Role.PAGE_HEADER, Role.PAGE_FOOTER, Role.FOOTNOTE, Role.SLUG}
_OPEN_END = re.compile(r"[\p{L}\d,\-–)]$")


def _folio(page: Page) -> int | None:
    """The printed page number, from a running foot or head ending in one."""
    label = page_label(page)
    return int(label) if label else None


def join_across_pages(pages: list[Page]) -> int:
    """A paragraph cut by a page break (with running heads, feet and footnotes in between) is
    one block again: the last body block of a page that ends mid-sentence takes the first body
    block of the next page. The joined block keeps the first part's page and bbox; its lines
    keep their own bboxes. Returns the number of joins."""
    n = 0
    for page, nxt in zip(pages, pages[1:], strict=False):
        if nxt.number != page.number + 1:
            continue  # pages left out between them: nothing to join
        last = next((b for b in reversed(page.blocks) if b.role not in _SKIP), None)
        first = next((b for b in nxt.blocks if b.role not in _SKIP), None)
        if last is None or first is None or last.role not in _CONTENT or first.role not in _CONTENT:
            continue
        tail = last.text.rstrip()
        if not _OPEN_END.search(tail) or len(tail.split()) < 6 or not first.text[:1].isalnum():
            continue
        a, b = _folio(page), _folio(nxt)
        if a is not None and b is not None:
            if b != a + 1:
                continue  # printed pages left out in between (an excerpt): no continuation
        elif not first.text[:1].islower():
            continue  # without page numbers only an unmistakable continuation
        joined = join_hyphenated([tail, first.text.lstrip()])
        last.text = " ".join(t for t in joined if t)
        last.lines = last.lines + first.lines
        last.markers = last.markers + first.markers
        nxt.blocks = [b for b in nxt.blocks if b is not first]
        for order, block in enumerate(nxt.blocks):
            block.order = order
        n += 1
    return n
