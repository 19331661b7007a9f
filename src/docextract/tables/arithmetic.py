"""Arithmetic that ties a table row together, as evidence for cells a text layer printed out of
place: a "% verschil 2022 t.o.v. 2021" value is the change between the row's two year values
(1.710 -> 1.100 is -36%), so a change printed on a line of its own belongs to the one row
whose figures give exactly that percentage.
"""

from __future__ import annotations

import math


def change_percent(before: float, after: float) -> int | None:
    """The change from `before` to `after` in whole percent, rounded half away from zero as
    statistical offices print it (800 -> 1.140 is +42.5% -> +43%); None from zero."""
    if before == 0:
        return None
    x = (after - before) / before * 100
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def assign_changes(pairs: list[tuple[float, float] | None], changes: list[float]) -> dict[int, int]:
    """Loose change values -> the rows they belong to ({change index: row index}).

    `pairs` holds each row's two year values (None for a row that has its change already or
    lacks a figure). A change goes to a row only when its percentage is exactly what the row's
    figures give and the pairing is forced: the change fits one open row and that row one open
    change (repeated until nothing is forced). Whatever stays ambiguous is left out."""
    fits = {c: {r for r, p in enumerate(pairs) if p is not None and change_percent(*p) == changes[c]}
            for c in range(len(changes))}
    out: dict[int, int] = {}
    progress = True
    while progress:
        progress = False
        taken = set(out.values())
        for c, rows in fits.items():
            if c in out:
                continue
            open_rows = rows - taken
            if len(open_rows) != 1:
                continue
            r = next(iter(open_rows))
            rivals = [d for d in fits if d not in out and d != c and r in fits[d]]
            if rivals:
                continue
            out[c] = r
            taken.add(r)
            progress = True
    return out


def sums_to(parts: list[float], total: float) -> bool:
    """`total` is the sum of `parts`, allowing each part its rounding to tens (the offices
    round counts to tens; a total is rounded from the unrounded sum)."""
    return len(parts) >= 2 and abs(sum(parts) - total) <= 5 * len(parts)
