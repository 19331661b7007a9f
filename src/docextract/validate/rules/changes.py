"""Changes: a printed "+13%" (unit percent, measure=change, period = the later year) agrees with
the two levels it compares (1.630 -> 1.850), within the rounding of all three figures."""

from __future__ import annotations

from ...models import Fact
from . import rule
from .common import (
    Context,
    cite,
    dims_key,
    fmt,
    half_unit,
    interval,
    is_change,
    is_level,
    period_key,
)

_UNIT_PREFERENCE = ("count", "fte", "eur", "weeks", "days", "percent")


def _closeness(change: Fact, level: Fact) -> tuple:
    """Prefer the levels printed with the change: same quote, then same page, then same source."""
    return (level.provenance.quote != change.provenance.quote,
            level.provenance.page != change.provenance.page,
            not (level.source and level.source == change.source))


def _levels(facts: list[Fact], change: Fact) -> tuple[Fact, Fact] | None:
    dims = dims_key({k: v for k, v in change.dimensions.items() if k != "measure"})
    before = change.period.previous_year()
    found: dict[tuple[str, tuple], list[Fact]] = {}
    for f in facts:
        if f.doc_id == change.doc_id and f.metric == change.metric and is_level(f) and dims_key(f.dimensions) == dims:
            found.setdefault((f.unit, period_key(f)), []).append(f)
    for unit in _UNIT_PREFERENCE:  # the level the change is about: counts before shares
        old = found.get((unit, (before.start, before.end)))
        new = found.get((unit, period_key(change)))
        if old and new:
            return min(old, key=lambda f: _closeness(change, f)), min(new, key=lambda f: _closeness(change, f))
    return None


def change_range(old: Fact, new: Fact, points: bool = False) -> tuple[float, float] | None:
    """The changes (in %, or in percentage points) that the two rounded levels allow."""
    olo, ohi = interval(old)
    nlo, nhi = interval(new)
    if points:
        return nlo - ohi, nhi - olo
    if olo <= 0:
        return None
    return 100 * (nlo / ohi - 1), 100 * (nhi / olo - 1)


@rule("change.levels", "error")
def change_levels(ctx: Context):
    """A change agrees with the levels of the two years it compares."""
    for c in ctx.facts:
        if not (is_change(c) and c.unit == "percent"):
            continue
        levels = _levels(ctx.facts, c)
        if levels is None:
            yield None, f"change {fmt(c.value)}% not checkable: the levels of both years are not stated: {cite(c)}", [c]
            continue
        old, new = levels
        ranges = [change_range(old, new)]
        if old.unit == "percent":  # "+8%" on a rate may be percentage points or a relative change
            ranges.append(change_range(old, new, points=True))
        ranges = [r for r in ranges if r]
        if not ranges:
            yield None, f"change {fmt(c.value)}% not checkable from a level of 0: {cite(c)}", [c, old, new]
            continue
        lo, hi = interval(c)
        ok = any(lo <= r[1] + 1e-9 and r[0] <= hi + 1e-9 for r in ranges)
        actual = 100 * (new.value / old.value - 1) if old.value else float("nan")
        yield ok, (f"{fmt(old.value)} -> {fmt(new.value)} is {actual:+.1f}% "
                   f"(possible {fmt(ranges[0][0])}..{fmt(ranges[0][1])}) vs stated {c.value:+g}% (±{fmt(half_unit(c))}): "
                   f"change {cite(c, 60)}; {old.period.start or old.period.end} {cite(old, 60)}; "
                   f"{new.period.start or new.period.end} {cite(new, 60)}"), [c, old, new]
