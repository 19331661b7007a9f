"""Page selections as users type them on the command line: "12-14", "3,5,7-9"."""

from __future__ import annotations

from .errors import DocextractError


def parse_pages(spec: str | None, count: int) -> list[int] | None:
    """'12-14' or '3,5,7-9' -> sorted page numbers (1-based) of a document of `count` pages; None for all."""
    if not spec:
        return None
    pages: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        a_text, _, b_text = part.partition("-")
        try:
            a = int(a_text)
            b = int(b_text) if b_text else a
        except ValueError:
            raise DocextractError(f"--pages: not a page range: '{spec}' (use e.g. 12-14 or 3,5,7-9)") from None
        if a < 1 or b < a:
            raise DocextractError(f"--pages: bad range '{part}'")
        if a > count:
            raise DocextractError(f"--pages: page {a} does not exist (the document has {count})")
        pages.update(range(a, min(b, count) + 1))
    return sorted(pages)
