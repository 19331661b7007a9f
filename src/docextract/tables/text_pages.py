"""Which page each line of a text layer is on.

The tables stage reads the raw text (its line grammars need the lines as printed), but the
layout stage is what split the text into pages. A raw line is put on the page whose blocks
hold the same line; lines the layout repaired, merged or dropped take the page of the line
before them, or the next page when that line was the footer that closed its page.
"""

from __future__ import annotations

from bisect import bisect_right

from ..models import Document, Role


def _key(text: str) -> str:
    return " ".join(text.split())


def _page_index(document: Document) -> tuple[dict[str, list[int]], set[tuple[str, int]]]:
    """Line text -> the pages it is on; and the (text, page) pairs that are page footers."""
    where: dict[str, set[int]] = {}
    footers: set[tuple[str, int]] = set()
    for page in document.pages:
        for block in page.blocks:
            texts = [ln.text for ln in block.lines] or [block.text]
            for t in texts:
                k = _key(t)
                if k:
                    where.setdefault(k, set()).add(page.number)
                    if block.role == Role.PAGE_FOOTER:
                        footers.add((k, page.number))
    return {k: sorted(v) for k, v in where.items()}, footers


def _monotone_matches(candidates: list[list[int]]) -> dict[int, int]:
    """The largest set of (line, page) matches whose pages never go down as the lines go on
    (a longest non-decreasing subsequence, at most one page per line)."""
    tails: list[int] = []
    nodes: list[tuple[int, int, tuple | None]] = []
    for i, pages in enumerate(candidates):
        for q in reversed(pages):  # descending: a line's smaller page cannot extend its larger
            pos = bisect_right(tails, q)
            node = (i, q, nodes[pos - 1] if pos else None)
            if pos == len(tails):
                tails.append(q)
                nodes.append(node)
            else:
                tails[pos], nodes[pos] = q, node
    out: dict[int, int] = {}
    node = nodes[-1] if nodes else None
    while node is not None:
        out[node[0]] = node[1]
        node = node[2]
    return out


def line_pages(texts: list[str], document: Document) -> list[int]:
    """The page number of each raw line (1 when the document has no pages to go by)."""
    if len(document.pages) <= 1:
        return [document.pages[0].number if document.pages else 1] * len(texts)
    where, footers = _page_index(document)
    keys = [_key(t) for t in texts]
    matched = _monotone_matches([where.get(k, []) if k else [] for k in keys])
    out: list[int] = []
    page, closed, seen_on_page = 1, False, 0
    next_match = _next_matches(len(texts), matched)
    for i, k in enumerate(keys):
        if i in matched:
            if matched[i] != page:
                seen_on_page = 0
            page = matched[i]
            # a footer after the page's own lines closes it (a dashboard page prints its
            # footer first, before its panels)
            closed = (k, page) in footers and seen_on_page > 0
            seen_on_page += 1
            out.append(page)
        elif closed and next_match[i] is not None:
            out.append(next_match[i])
        else:
            out.append(page)
    return out


def _next_matches(n: int, matched: dict[int, int]) -> list[int | None]:
    out: list[int | None] = [None] * n
    nxt = None
    for i in range(n - 1, -1, -1):
        out[i] = nxt
        if i in matched:
            nxt = matched[i]
    return out
