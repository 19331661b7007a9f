"""Chars to words to segments, on pdfplumber's char dicts directly (no model object per char).

The chars are read once into columns (`CharColumns`): line grouping, ordering and the gap
tests are sorts and array passes, and Python loops run per word and per segment, not per char.

A segment is a run of words on one baseline with no gap wider than a column gutter: a line
of a paragraph within one column, one table cell, one chart label. Superscript footnote
markers (smaller, raised) become markers of the segment they follow, never part of its text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

import numpy as np

BASELINE_TOL = 2.0   # pt: shifted duplicate layers leave a line's chars up to ~1.5 pt apart
WORD_GAP = 0.22      # x size: a wider gap ends a word
SEGMENT_GAP = 1.1    # x size: a wider gap ends a segment (column gutter, table cell)
OVERLAPS = 3         # letters of another size overlapping within one line: two lines printed across
_NUMBERS = itemgetter("x0", "x1", "top", "bottom", "size", "upright")


@dataclass(slots=True)
class PWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    fontname: str
    # bbox and size rounded to 0.01 as the output model keeps them (filled by `segments`)
    rbox: tuple[float, float, float, float] | None = field(default=None, repr=False, compare=False)
    rsize: float | None = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class Segment:
    words: list[PWord]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    baseline: float
    upright: bool = True
    markers: list[str] = field(default_factory=list)
    rbox: tuple[float, float, float, float] | None = field(default=None, repr=False, compare=False)
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        # read tens of thousands of times per document; a word that changes its text
        # (a glued ordinal) resets it
        if self._text is None:
            self._text = " ".join(w.text for w in self.words)
        return self._text

    @property
    def bold(self) -> bool:
        return "bold" in self.words[0].fontname.lower()


def round2(values: np.ndarray) -> np.ndarray:
    """`round(v, 2)` of every value, bit for bit as Python rounds (the correctly rounded
    decimal): x * 100 to the nearest integer, / 100. Where x * 100 lies so close to a half
    that the float product may have rounded across it (or x is huge), Python's round itself."""
    y = values * 100.0
    out = np.rint(y) / 100.0
    doubt = (np.abs(np.abs(y - np.trunc(y)) - 0.5) < 1e-6) | ~(np.abs(values) < 1e9)
    for i in np.flatnonzero(doubt).tolist():
        out[i] = round(float(values[i]), 2)
    return out


@dataclass(slots=True)
class CharColumns:
    """A page's chars as columns: one array per coordinate, for sort- and array-based passes
    instead of a Python loop per char. Row i is the char `chars[index[i]]`; `take` picks rows
    without copying the dicts."""

    chars: list[dict]
    text: list[str]
    index: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    upright: np.ndarray
    space: np.ndarray

    @classmethod
    def of(cls, chars: list[dict]) -> CharColumns:
        n = len(chars)
        # one pass over the dicts for all numbers (upright as 0/1), then a row per key
        grid = np.fromiter(chain.from_iterable(map(_NUMBERS, chars)), float, 6 * n).reshape(n, 6).T.copy()
        text = list(map(itemgetter("text"), chars))
        return cls(chars, text, np.arange(n), *grid[:5], grid[5] != 0.0,
                   np.fromiter(map(str.isspace, text), bool, n))

    def take(self, rows: np.ndarray) -> CharColumns:
        return CharColumns(self.chars, self.text, self.index[rows], self.x0[rows], self.x1[rows],
                           self.top[rows], self.bottom[rows], self.size[rows], self.upright[rows],
                           self.space[rows])

    def texts(self) -> list[str]:
        text = self.text
        return [text[i] for i in self.index.tolist()]

    def dicts(self) -> list[dict]:
        chars = self.chars
        return [chars[i] for i in self.index.tolist()]


def segments(chars: list[dict] | CharColumns) -> list[Segment]:
    """Upright chars grouped by baseline and split at gaps; other chars by drawing run."""
    cols = chars if isinstance(chars, CharColumns) else CharColumns.of(chars)
    up = cols.upright
    out = _upright_segments(cols.take(np.flatnonzero(up))) if up.any() else []
    if not up.all():
        rotated = cols.take(np.flatnonzero(~up & ~cols.space))
        out.extend(_rotated(rotated.dicts()))
    return _attach_superscripts(out)


def _upright_segments(cols: CharColumns) -> list[Segment]:
    """Lines: chars in baseline order, a line ends where a baseline lies more than BASELINE_TOL
    below the line's first; inside a line chars left to right (stable: stream order on ties)."""
    base = cols.bottom - 0.2 * cols.size  # descent of common fonts; same for same-size chars
    order = np.argsort(base, kind="stable")
    bases = base[order].tolist()
    starts = _line_starts(bases)
    line = np.zeros(len(bases), dtype=np.intp)
    line[starts[1:]] = 1
    line = np.cumsum(line)
    by_x = np.argsort(cols.x0[order], kind="stable")
    by_x = by_x[np.argsort(line[by_x], kind="stable")]
    ordered, line, line_bases = cols.take(order[by_x]), line[by_x], [bases[s] for s in starts]
    split = _overprinted_lines(ordered, line, np.asarray(bases)[by_x])
    if split is not None:
        parts, line_bases = split
        regroup = np.argsort(parts, kind="stable")  # each part's chars stay left to right
        ordered, line = ordered.take(regroup), parts[regroup]
    return _split_lines(ordered, line, line_bases)


def _overprinted_lines(cols: CharColumns, line: np.ndarray, base: np.ndarray):
    """Two lines of different sizes whose baselines fall within BASELINE_TOL (an older draft
    layer printed across a paragraph line) would interleave their letters when read as one
    line ("s4t9on.9d4"). Where chars of different sizes overlap each other (OVERLAPS times or
    more) the line is split by size, each part a line of its own in baseline order. Returns
    (line per char, base per line) in the chars' order, or None when nothing overlaps."""
    x0, x1, size = cols.x0, cols.x1, np.round(cols.size * 2) / 2
    over = (line[1:] == line[:-1]) & (size[1:] != size[:-1]) & (x0[1:] < x1[:-1] - 0.5)
    counts = np.bincount(line[1:][over], minlength=int(line.max()) + 1) if over.any() else None
    if counts is None or not (counts >= OVERLAPS).any():
        return None
    bad = set(np.flatnonzero(counts >= OVERLAPS).tolist())
    keys, new_bases = [], {}
    for ln, sz, b in zip(line.tolist(), size.tolist(), base.tolist(), strict=True):
        key = (ln, sz) if ln in bad else (ln, 0.0)
        keys.append(key)
        new_bases[key] = min(b, new_bases.get(key, b))
    # parts of one line in baseline order; other lines keep their place
    ranked = sorted(new_bases, key=lambda key: (key[0], new_bases[key]))
    rank = {key: r for r, key in enumerate(ranked)}
    return np.fromiter((rank[key] for key in keys), np.intp, len(keys)), [new_bases[key] for key in ranked]


def _line_starts(bases: list[float]) -> list[int]:
    """First index of each line in sorted baselines: the first baseline more than
    BASELINE_TOL below the current line's first one starts the next line."""
    starts = []
    i, n = 0, len(bases)
    while i < n:
        starts.append(i)
        first = bases[i]
        # the exact test (b - first > TOL), which a bisect on first + TOL could round differently
        j = bisect_right(bases, first + BASELINE_TOL, i + 1)
        while j < n and not bases[j] - first > BASELINE_TOL:
            j += 1
        while j > i + 1 and bases[j - 1] - first > BASELINE_TOL:
            j -= 1
        i = j
    return starts


def _split_lines(cols: CharColumns, line: np.ndarray, line_bases: list[float]) -> list[Segment]:
    """Words and segments of chars sorted by line, then x. A space glyph ends a word and is
    dropped; between the remaining chars a gap wider than WORD_GAP x size ends a word and
    one wider than SEGMENT_GAP x size a segment (size: the larger of the two chars)."""
    ink = np.flatnonzero(~cols.space)
    if not len(ink):
        return []
    # every test compares a char with the previous non-space char; a row skipped in between
    # (np.diff(ink) > 1) was a space glyph
    cols, ln = cols.take(ink), line[ink]
    x0, x1, size = cols.x0, cols.x1, cols.size
    gap = x0[1:] - x1[:-1]
    pair = np.maximum(size[1:], size[:-1])
    seg_start = np.concatenate(([True], (ln[1:] != ln[:-1]) | (gap > SEGMENT_GAP * pair)))
    word_start = seg_start | np.concatenate(([False], (gap > WORD_GAP * pair) | (np.diff(ink) > 1)))
    ws = np.flatnonzero(word_start)
    we = np.append(ws[1:], len(ink))
    top = np.minimum.reduceat(cols.top, ws)
    bottom = np.maximum.reduceat(cols.bottom, ws)
    wx0, wx1, wsize = x0[ws], x1[we - 1], size[ws]
    text = cols.texts()
    chars = cols.chars
    first = cols.index[ws].tolist()
    r = [round2(v) for v in (wx0, top, wx1, bottom, wsize)]
    words = [PWord("".join(text[a:b]), x0, t, x1, b_, sz, chars[f]["fontname"], rbox, rsz)
             for a, b, f, x0, t, x1, b_, sz, rbox, rsz in
             zip(ws.tolist(), we.tolist(), first, wx0.tolist(), top.tolist(), wx1.tolist(), bottom.tolist(),
                 wsize.tolist(), zip(*(v.tolist() for v in r[:4]), strict=True), r[4].tolist(), strict=True)]
    ss = np.flatnonzero(seg_start[ws])  # segment starts, as word indices
    se = np.append(ss[1:], len(ws)).tolist()
    boxes = list(zip(np.minimum.reduceat(wx0, ss).tolist(), np.minimum.reduceat(top, ss).tolist(),
                     np.maximum.reduceat(wx1, ss).tolist(), np.maximum.reduceat(bottom, ss).tolist(),
                     np.maximum.reduceat(wsize, ss).tolist(), strict=True))
    # rounding is monotone: the segment's rounded box is the min and max of its words'
    rboxes = zip(np.minimum.reduceat(r[0], ss).tolist(), np.minimum.reduceat(r[1], ss).tolist(),
                 np.maximum.reduceat(r[2], ss).tolist(), np.maximum.reduceat(r[3], ss).tolist(), strict=True)
    return [Segment(words[a:b], *box, line_bases[k], rbox=_zero_signed(box, rbox)) for a, b, k, box, rbox in
            zip(ss.tolist(), se, ln[ws[ss]].tolist(), boxes, rboxes, strict=True)]


def round_box(x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
    """A box as the output model keeps it: each coordinate rounded to 0.01."""
    return (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))


def union_box(boxes: list[tuple], raw: tuple) -> tuple[float, float, float, float]:
    """The rounded box around rounded `boxes` (rounding is monotone: the min of the rounded is
    the rounded min), or `raw` (the raw extremes) rounded where that holds a zero: the min of
    0.0 and -0.0 is whichever comes first, so only rounding the raw value gives its sign."""
    x0, top, x1, bottom = zip(*boxes, strict=True)
    box = (min(x0), min(top), max(x1), max(bottom))
    return round_box(*raw) if 0.0 in box else box


def _zero_signed(raw: tuple, rbox: tuple) -> tuple[float, float, float, float]:
    """`rbox` (the min and max of the words' rounded boxes) unless it holds a zero: see union_box.
    `raw` is the segment's (x0, top, x1, bottom, size)."""
    return round_box(*raw[:4]) if 0.0 in rbox else rbox


def _rotated(chars: list[dict]) -> list[Segment]:
    """Vertical text (rotated axis labels): one segment per drawing run, in stream order."""
    out: list[Segment] = []
    run: list[dict] = []
    for c in chars:
        if run and (abs(c["x0"] - run[-1]["x0"]) > 1.0 or abs(c["top"] - run[-1]["bottom"]) > 0.8 * c["size"]
                    and abs(run[-1]["top"] - c["bottom"]) > 0.8 * c["size"]):
            out.append(_vertical(run))
            run = []
        run.append(c)
    if run:
        out.append(_vertical(run))
    return out


def _vertical(chars: list[dict]) -> Segment:
    word = PWord("".join(c["text"] for c in chars), min(c["x0"] for c in chars), min(c["top"] for c in chars),
                 max(c["x1"] for c in chars), max(c["bottom"] for c in chars), chars[0]["size"], chars[0]["fontname"])
    word.rbox = round_box(word.x0, word.top, word.x1, word.bottom)
    word.rsize = round(word.size, 2)
    return Segment([word], word.x0, word.top, word.x1, word.bottom, word.size, word.bottom, upright=False,
                   rbox=word.rbox)


def _attach_superscripts(segs: list[Segment]) -> list[Segment]:
    """A small raised segment right after a word is a footnote marker ("asielaanvragen" + "2"),
    or a raised ordinal ("2" + "e"), which is glued back without a space."""
    small = [s for s in segs if s.upright and len(s.text) <= 3 and len(s.words) == 1]
    if not small:
        return segs
    drop: set[int] = set()
    by_line = sorted((s for s in segs if s.upright), key=lambda s: s.baseline)
    bases = [s.baseline for s in by_line]
    for sup in small:
        lo = bisect_left(bases, sup.baseline + 0.5)
        hi = bisect_right(bases, sup.baseline + 14)
        for host in by_line[lo:hi]:
            if host is sup or host.size < sup.size / 0.8:
                continue
            raised = host.baseline - sup.baseline
            if not (0.15 * host.size <= raised <= 0.7 * host.size):
                continue
            last = _word_ending_at(host, sup.x0)
            if last is None:
                continue
            mark = sup.text
            if mark.isalpha() and last.text[-1:].isdigit():
                last.text += mark  # "2^e" -> "2e"
                host._text = None
            else:
                host.markers.append(mark)
            drop.add(id(sup))
            break
    return [s for s in segs if id(s) not in drop]


def _word_ending_at(seg: Segment, x: float) -> PWord | None:
    if not (seg.x0 - 1 <= x <= seg.x1 + 0.5 * seg.size):
        return None
    for w in seg.words:
        if -1.0 <= x - w.x1 <= 0.5 * seg.size:
            return w
    return None
