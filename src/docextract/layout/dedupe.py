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
    grid: dict[tuple, list[tuple[float, float, float, int]]] = {}
    kept: list[dict] = []
    removed = 0
    run = 0
    px1 = ptop = -1e9
    for c in chars:
        x0, top, size = c["x0"], c["top"], c["size"]
        # a run is what one drawing call left: chars that follow each other on one baseline
        if abs(top - ptop) > 0.5 or not (-0.25 * size < x0 - px1 < 0.8 * size):
            run += 1
        px1, ptop = c["x1"], top
        text = c["text"]
        if not text:
            continue
        # cells are wider than the tolerance window: mostly one lookup, at most four
        ix, iy = int(x0 // _CELL), int(top // _CELL)
        xs = (ix,) if ix == int((x0 + tol) // _CELL) == int((x0 - tol) // _CELL) else (ix - 1, ix, ix + 1)
        ys = (iy,) if iy == int((top + tol) // _CELL) == int((top - tol) // _CELL) else (iy - 1, iy, iy + 1)
        dup = False
        for gx in xs:
            for gy in ys:
                cell = grid.get((text, gx, gy))
                if cell is None:
                    continue
                for kx, kt, ks, kr in cell:
                    if kr != run and abs(kx - x0) <= tol and abs(kt - top) <= tol and abs(ks - size) <= 0.15 * size:
                        dup = True
                        break
                if dup:
                    break
            if dup:
                break
        if dup:
            removed += 1
            continue
        grid.setdefault((text, ix, iy), []).append((x0, top, size, run))
        kept.append(c)
    return kept, removed
