"""Duplicate text layers: the same text drawn again at (nearly) the same place.

Design exports set dashboard text in several layers: exact copies, copies shifted by up to
~3 pt, partial copies, drawn in any order. pdfplumber's dedupe_chars only catches the same
char at nearly the same spot, so shifted copies survive it. Here a char is a duplicate when
a char with the same text and size was already kept within `tol` points on both axes and
came from another drawing run: letters of one run ("ll" in "allemaal") never cancel each other.
"""

from __future__ import annotations

TOL = 3.5  # pt: the largest shift of a duplicate layer, with some slack
_CELL = 16.0


def dedupe_chars(chars: list[dict], tol: float = TOL) -> tuple[list[dict], int]:
    """The chars without duplicate-layer copies (first drawn wins), and how many were removed.

    Space glyphs are kept (deduplicated like the rest): when the surviving chars of a line come
    from copies shifted against each other, the gap between words can shrink below a space,
    and the space glyph still tells the words apart.
    """
    grid: dict[str, dict[tuple[int, int], list[tuple[float, float, float, int]]]] = {}
    kept: list[dict] = []
    append = kept.append
    removed = 0
    run = 0
    px1 = ptop = -1e9
    cell = _CELL
    for c in chars:
        x0 = c["x0"]
        top = c["top"]
        size = c["size"]
        # a run is what one drawing call left: chars that follow each other on one baseline
        gap = x0 - px1
        if abs(top - ptop) > 0.5 or not (-0.25 * size < gap < 0.8 * size):
            run += 1
        px1, ptop = c["x1"], top
        text = c["text"]
        if not text:
            continue
        cells = grid.get(text)
        if cells is None:
            cells = grid[text] = {}
        else:
            # the cells the tolerance window touches: mostly one, at most four
            stol = 0.15 * size
            dup = False
            gx0, gx1 = int((x0 - tol) // cell), int((x0 + tol) // cell)
            gy0, gy1 = int((top - tol) // cell), int((top + tol) // cell)
            keys = ((gx0, gy0),) if gx0 == gx1 and gy0 == gy1 else \
                [(gx, gy) for gx in range(gx0, gx1 + 1) for gy in range(gy0, gy1 + 1)]
            for k in keys:
                found = cells.get(k)
                if found is None:
                    continue
                for kx, kt, ks, kr in found:
                    if kr != run and -tol <= kx - x0 <= tol and -tol <= kt - top <= tol and -stol <= ks - size <= stol:
                        dup = True
                        break
                if dup:
                    break
            if dup:
                removed += 1
                continue
        key = (int(x0 // cell), int(top // cell))
        found = cells.get(key)
        if found is None:
            cells[key] = [(x0, top, size, run)]
        else:
            found.append((x0, top, size, run))
        append(c)
    return kept, removed
