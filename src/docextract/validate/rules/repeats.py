"""Repeats: one document stating the same statistic twice (text and figure, dashboard and
chapter) states the same value, within the precision of each statement."""

from __future__ import annotations

from collections import defaultdict

from ...models import Fact
from . import rule
from .common import Context, agree, cite, fmt, identity


def same_statistic(facts: list[Fact]) -> list[list[Fact]]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.unit != "rank":  # a rank repeats per list by design
            groups[(f.doc_id, identity(f))].append(f)
    return [fs for fs in groups.values() if len(fs) >= 2]


def _different_sources(a: Fact, b: Fact) -> bool:
    # Two named sources for one figure are two registrations (KMI+ vs DT&V), not one statement twice.
    return bool(a.source and b.source and a.source.lower() != b.source.lower())


@rule("repeat.agree", "error")
def repeat_agree(ctx: Context):
    """The same metric, period and dimensions stated twice in one document agree."""
    for fs in same_statistic(ctx.facts):
        first = fs[0]
        for other in fs[1:]:
            if _different_sources(first, other):
                continue
            ok = agree(first, other)
            yield ok, (f"stated twice as {fmt(first.value)} and {fmt(other.value)}"
                       f"{'' if ok else ' (they disagree)'}: {cite(first, 70)}; {cite(other, 70)}"), [first, other]
