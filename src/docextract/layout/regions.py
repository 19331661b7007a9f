"""Regions and reading order: boxes from rectangles (and paths drawn as boxes), then recursive
XY-cut on whitespace.

A rectangle that holds text (a dashboard panel, a "Top 3 nationaliteiten" box, a coloured
heading band) is a region of its own: its text is ordered inside it and never mixed with
text outside it, even when both sit on the same baselines. Outside and inside boxes the
segments are cut along the widest whitespace gaps, top-down. Numeric columns that an X cut
would tear off their row labels are merged back into one table region.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from .words import Segment

_NUMERIC = re.compile(r"^[-+–(]?\d[\d.,]*%?\)?$|^[-–]$")


@dataclass(slots=True)
class Region:
    """A leaf of the cut: segments in reading order; `box` when it is (inside) a rectangle."""

    segments: list[Segment]
    box: tuple[float, float, float, float] | None = None
    table: bool = False


@dataclass(slots=True)
class _Box:
    bbox: tuple[float, float, float, float]
    segments: list[Segment] = field(default_factory=list)
    children: list[_Box] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def bottom(self) -> float:
        return self.bbox[3]


def is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text.replace(" ", "")))


def reading_order(segs: list[Segment], rects: list[dict], width: float, height: float) -> list[Region]:
    """The page's segments as regions in reading order."""
    root = _Box((0.0, 0.0, width, height))
    boxes = _containers(segs, rects, width, height)
    for seg in segs:
        cx, cy = (seg.x0 + seg.x1) / 2, (seg.top + seg.bottom) / 2
        home = next((b for b in boxes if b.x0 <= cx <= b.x1 and b.top <= cy <= b.bottom), root)
        home.segments.append(seg)
    for i, box in enumerate(boxes):  # smallest first: the first larger box holding it is its parent
        parent = next((b for b in boxes[i + 1:] if _inside(box.bbox, b.bbox)), root)
        if box.segments or box.children:
            parent.children.append(box)
    out: list[Region] = []
    _order(root, out, None)
    return out


def outlines(curves: list[dict], slack: float = 1.0) -> list[dict]:
    """Closed paths drawn as boxes (a dashboard panel's rounded rectangle): every vertex lies
    on the path's bounding box, and each side holds vertices along at least half its length.
    A pie slice (its arc off the box, or one vertex per side) or a circle is no box."""
    out = []
    for c in curves:
        x0, top, x1, bottom = c["x0"], c["top"], c["x1"], c["bottom"]
        pts = c.get("pts") or []
        if len(pts) < 4 or any(min(x - x0, x1 - x, y - top, bottom - y) > slack for x, y in pts):
            continue
        sides = ([y for x, y in pts if x - x0 <= slack], [y for x, y in pts if x1 - x <= slack],
                 [x for x, y in pts if y - top <= slack], [x for x, y in pts if bottom - y <= slack])
        lengths = (bottom - top, bottom - top, x1 - x0, x1 - x0)
        if all(on and max(on) - min(on) >= 0.5 * n for on, n in zip(sides, lengths, strict=True)):
            out.append(c)
    return out


def _containers(segs: list[Segment], rects: list[dict], width: float, height: float) -> list[_Box]:
    boxes = []
    seen = set()
    for r in rects:
        x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
        w, h = x1 - x0, bottom - top
        if w < 30 or h < 10 or (w > 0.9 * width and h > 0.9 * height):
            continue
        key = (round(x0), round(top), round(x1), round(bottom))
        if key in seen:
            continue
        seen.add(key)
        boxes.append(_Box((x0, top, x1, bottom)))
    boxes.sort(key=lambda b: (b.x1 - b.x0) * (b.bottom - b.top))
    return boxes


def _inside(a, b) -> bool:
    return a[0] >= b[0] - 1 and a[1] >= b[1] - 1 and a[2] <= b[2] + 1 and a[3] <= b[3] + 1 and a != b


def _order(box: _Box, out: list[Region], outer: tuple | None) -> None:
    items: list = list(box.segments) + list(box.children)
    if not items:
        return
    sizes = sorted(s.size for s in box.segments) or [8.0]
    size = sizes[len(sizes) // 2]
    for group, table in _xycut(items, 0.9 * size, 1.1 * size):
        segs = [s for s in group if isinstance(s, Segment)]
        if segs:
            segs.sort(key=lambda s: (round(s.baseline), s.x0))
            out.append(Region(segs, box=outer, table=table))
        for child in (c for c in group if isinstance(c, _Box)):
            _order(child, out, child.bbox)


def _xycut(items: list, gy: float, gx: float) -> list[tuple[list, bool]]:
    """Leaves of the recursive XY-cut, in reading order, each with a table flag."""
    if len(items) <= 1:
        return [(items, False)]
    ys = _split(items, gy, vertical=True)
    xs = _split(items, gx, vertical=False)
    if len(xs[0]) > 1 and (len(ys[0]) == 1 or xs[1] > 1.5 * ys[1]):
        groups = _merge_tables(xs[0])
        if len(groups) == 1:
            return [(groups[0][0], groups[0][1])]
        return [leaf for g, table in groups for leaf in ([(g, True)] if table else _xycut(g, gy, gx))]
    if len(ys[0]) > 1:
        return [leaf for g in ys[0] for leaf in _xycut(g, gy, gx)]
    return [(items, False)]


def _split(items: list, min_gap: float, vertical: bool) -> tuple[list[list], float]:
    """Items split at projection gaps >= min_gap, and the widest gap.

    Along the vertical, a box (rectangle) is cut off at any clean gap: a heading band or a
    box sits tight against the text above or below it.
    """
    if vertical:
        key = sorted(items, key=lambda s: s.top)
        spans = [(s.top, s.bottom) for s in key]
    else:
        key = sorted(items, key=lambda s: s.x0)
        spans = [(s.x0, s.x1) for s in key]
    groups: list[list] = [[key[0]]]
    end = spans[0][1]
    end_box = isinstance(key[0], _Box)
    widest = 0.0
    for item, (a, b) in zip(key[1:], spans[1:], strict=True):
        gap = a - end
        box = isinstance(item, _Box)
        need = 0.0 if vertical and (box or end_box) else min_gap
        if gap >= need and gap >= 0:
            groups.append([item])
            widest = max(widest, gap, min_gap if need == 0.0 else 0.0)
        else:
            groups[-1].append(item)
        if b >= end:
            end, end_box = b, box
    return groups, widest


def _merge_tables(groups: list[list]) -> list[tuple[list, bool]]:
    """Adjacent columns that share baselines and are numbers (or bullets on the left) merge."""
    out: list[tuple[list, bool]] = []
    for g in groups:
        if out and _joins(out[-1][0], g):
            left, was_table = out[-1]
            out[-1] = (left + g, was_table or _mostly_numeric(g))
        else:
            out.append((g, False))
    return out


def _joins(left: list, right: list) -> bool:
    if any(isinstance(x, _Box) for x in left + right):
        return False
    lb = {round(s.baseline) for s in left}
    rb = [round(s.baseline) for s in right]
    small = min(len(lb), len(rb))
    shared = sum(1 for b in rb if b in lb or b - 1 in lb or b + 1 in lb)
    if small == 0 or shared < 0.6 * min(len(rb), small) or shared < 2:
        return False
    return _mostly_numeric(right) or all(len(s.text) <= 3 for s in left)


def _mostly_numeric(segs: list) -> bool:
    nums = sum(1 for s in segs if all(is_numeric(w.text) for w in s.words))
    return nums >= 0.7 * len(segs)
