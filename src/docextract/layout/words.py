"""Chars to words to segments, on pdfplumber's char dicts directly (no model object per char).

A segment is a run of words on one baseline with no gap wider than a column gutter: a line
of a paragraph within one column, one table cell, one chart label. Superscript footnote
markers (smaller, raised) become markers of the segment they follow, never part of its text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

BASELINE_TOL = 2.0   # pt: shifted duplicate layers leave a line's chars up to ~1.5 pt apart
WORD_GAP = 0.22      # x size: a wider gap ends a word
SEGMENT_GAP = 1.1    # x size: a wider gap ends a segment (column gutter, table cell)


@dataclass(slots=True)
class PWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    fontname: str


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

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bold(self) -> bool:
        return "bold" in self.words[0].fontname.lower()


def segments(chars: list[dict]) -> list[Segment]:
    """Upright chars grouped by baseline and split at gaps; other chars by drawing run."""
    upright = [c for c in chars if c["upright"]]
    rotated = [c for c in chars if not c["upright"] and not c["text"].isspace()]
    out: list[Segment] = []
    keyed = sorted(((c["bottom"] - 0.2 * c["size"], i, c) for i, c in enumerate(upright)))
    line: list[dict] = []
    base = None
    for b, _, c in keyed:
        if base is not None and b - base > BASELINE_TOL:
            out.extend(_split_line(line, base))
            line = []
            base = None
        if base is None:
            base = b
        line.append(c)
    if line:
        out.extend(_split_line(line, base))
    out.extend(_rotated(rotated))
    return _attach_superscripts(out)


def _baseline(c: dict) -> float:
    return c["bottom"] - 0.2 * c["size"]  # descent of common fonts; same for same-size chars


def _split_line(chars: list[dict], base: float) -> list[Segment]:
    chars.sort(key=lambda c: c["x0"])
    segs: list[Segment] = []
    word: list[dict] = []
    words: list[list[dict]] = []
    prev = None
    for c in chars:
        if c["text"].isspace():  # a space glyph ends a word; the gap decides about segments
            if word:
                words.append(word)
                word = []
            continue
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            size = max(c["size"], prev["size"])
            if gap > SEGMENT_GAP * size:
                if word:
                    words.append(word)
                if words:
                    segs.append(_segment(words, base))
                words, word = [], []
            elif gap > WORD_GAP * size and word:
                words.append(word)
                word = []
        word.append(c)
        prev = c
    if word:
        words.append(word)
    if words:
        segs.append(_segment(words, base))
    return segs


def _segment(words: list[list[dict]], base: float) -> Segment:
    pws = [_word(w) for w in words]
    return Segment(pws, min(w.x0 for w in pws), min(w.top for w in pws), max(w.x1 for w in pws),
                   max(w.bottom for w in pws), max(w.size for w in pws), base)


def _word(chars: list[dict]) -> PWord:
    first = chars[0]
    return PWord("".join(c["text"] for c in chars), first["x0"], min(c["top"] for c in chars),
                 chars[-1]["x1"], max(c["bottom"] for c in chars), first["size"], first["fontname"])


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
    return Segment([word], word.x0, word.top, word.x1, word.bottom, word.size, word.bottom, upright=False)


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
