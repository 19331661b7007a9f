"""Duplicate text layers: the same text drawn again at (nearly) the same place.

Design exports set dashboard text in several layers: exact copies, copies shifted by up to
~3 pt, partial copies, drawn in any order. pdfplumber's dedupe_chars only catches the same
char at nearly the same spot, so shifted copies survive it. Here a char is a duplicate when
a char with the same text and size was already kept within `tol` points on both axes and
came from another drawing run: letters of one run ("ll" in "allemaal") never cancel each other.
"""

from __future__ import annotations

import numpy as np

from .words import CharColumns

TOL = 3.5  # pt: the largest shift of a duplicate layer, with some slack


def dedupe_chars(chars: list[dict], tol: float = TOL) -> tuple[list[dict], int]:
    """The chars without duplicate-layer copies (first drawn wins), and how many were removed.

    Space glyphs are kept (deduplicated like the rest): when the surviving chars of a line come
    from copies shifted against each other, the gap between words can shrink below a space,
    and the space glyph still tells the words apart. Chars without text are dropped (not counted).
    """
    keep, removed = kept_chars(CharColumns.of(chars), tol)
    return [chars[i] for i in keep.tolist()], removed


def kept_chars(cols: CharColumns, tol: float = TOL) -> tuple[np.ndarray, int]:
    """Rows of the chars that survive, in drawing order, and how many duplicates went.

    Pairs of chars with the same text, size (within 15%) and place (within `tol` on both axes)
    from different runs are found with one sort by (text, x0); only the chars in such pairs are
    decided one by one, in order of precedence (`_precedence`), since a copy that was removed
    itself removes nothing."""
    n = len(cols.index)
    if n == 0:
        return np.zeros(0, dtype=np.intp), 0
    text = cols.texts()
    ids = {t: i for i, t in enumerate(set(text))}
    glyph = np.fromiter(map(ids.__getitem__, text), np.intp, n)
    valid = glyph != ids.get("", -1)  # chars without text are dropped
    later, earlier = _close_pairs(cols.x0, glyph, np.flatnonzero(valid), tol)
    run = _runs(cols)
    x0, top, size = cols.x0, cols.top, cols.size
    dx = x0[earlier] - x0[later]
    dy = top[earlier] - top[later]
    rank = _precedence(run, valid)
    first = np.where(rank[earlier] < rank[later], earlier, later)
    second = np.where(rank[earlier] < rank[later], later, earlier)
    ds = size[first] - size[second]
    stol = 0.15 * size[second]
    pair = ((run[earlier] != run[later]) & (-tol <= dx) & (dx <= tol) & (-tol <= dy) & (dy <= tol)
            & (-stol <= ds) & (ds <= stol))
    keep = valid.tolist()
    removed = 0
    if pair.any():
        first, second = first[pair], second[pair]
        order = np.argsort(rank[second], kind="stable")
        for i, j in zip(second[order].tolist(), first[order].tolist(), strict=True):
            # j precedes i, so j is decided: its own pairs sort before i's
            if keep[i] and keep[j]:
                keep[i] = False
                removed += 1
    return np.flatnonzero(keep), removed


def _precedence(run: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Which copy wins, as a rank per char (lower wins): chars of longer runs first, then in
    drawing order. A partial copy ("5" of "50%") drawn before the whole one then loses to it,
    so every line comes from one layer; mixing layers shifted against each other splits words
    ("5 0%")."""
    length = np.bincount(run, weights=valid.astype(float))[run]
    order = np.lexsort((np.arange(len(run)), -length))
    rank = np.empty(len(run), dtype=np.intp)
    rank[order] = np.arange(len(run))
    return rank


def _runs(cols: CharColumns) -> np.ndarray:
    """A run id per char: what one drawing call left, chars that follow each other on one
    baseline (the next starts within -0.25..0.8 x size of the previous char's end)."""
    px1 = np.concatenate(([-1e9], cols.x1[:-1]))
    ptop = np.concatenate(([-1e9], cols.top[:-1]))
    gap = cols.x0 - px1
    size = cols.size
    new = (np.abs(cols.top - ptop) > 0.5) | ~((-0.25 * size < gap) & (gap < 0.8 * size))
    return np.cumsum(new)


def _close_pairs(x0: np.ndarray, glyph: np.ndarray, rows: np.ndarray, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """(later, earlier) for every pair of `rows` with the same glyph and x0 within `tol`
    (plus some slack: the exact tests come after)."""
    if len(rows) < 2:
        return rows[:0], rows[:0]
    x = x0[rows]
    x = x - x.min()
    # one sorted key: glyphs far apart (the page's x range plus 4 tol), x0 within a glyph
    key = glyph[rows] * (x.max() + 4 * tol + 10) + x
    order = np.argsort(key)
    key = key[order]
    m = len(key)
    count = np.searchsorted(key, key + (tol + 0.01), "right") - np.arange(1, m + 1)
    a = np.repeat(np.arange(m), count)
    b = a + 1 + np.arange(len(a)) - np.repeat(np.cumsum(count) - count, count)
    a, b = rows[order[a]], rows[order[b]]
    return np.maximum(a, b), np.minimum(a, b)
