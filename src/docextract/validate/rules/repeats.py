"""Repeats: one document stating the same statistic twice (text and figure, dashboard and
chapter) states the same value, within the precision of each statement."""

from __future__ import annotations

from collections import defaultdict

from ...models import Fact
from . import rule
from .common import Context, agree, cite, fmt, identity


def same_statistic(ctx: Context) -> list[list[Fact]]:
    facts = ctx.facts
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.unit != "rank":  # a rank repeats per list by design
            groups[(f.doc_id, identity(f))].append(f)
    return [fs for fs in groups.values() if len(fs) >= 2]


def one_statement(a: Fact, b: Fact) -> bool:
    """Both figures come from one sentence or one table row, or from one figure on one page: a
    statement never gives one statistic twice, so these are two figures the extractor could not
    tell apart (a dimension missing), not a repeat."""
    pa, pb = a.provenance, b.provenance
    if pa.quote == pb.quote:
        return True
    return (pa.extractor == pb.extractor and pa.extractor in ("table", "chart")
            and pa.page is not None and pa.page == pb.page)


def _different_sources(a: Fact, b: Fact) -> bool:
    # Two named sources for one figure are two registrations (KMI+ vs DT&V), not one statement twice.
    return bool(a.source and b.source and a.source.lower() != b.source.lower())


@rule("repeat.agree", "error")
def repeat_agree(ctx: Context):
    """The same metric, period and dimensions stated twice in one document agree."""
    for fs in ctx.derived(same_statistic):
        first = fs[0]
        for other in fs[1:]:
            if _different_sources(first, other) or one_statement(first, other):
                continue
            ok = agree(first, other)
            yield ok, (f"stated twice as {fmt(first.value)} and {fmt(other.value)}"
                       f"{'' if ok else ' (they disagree)'}: {cite(first, 70)}; {cite(other, 70)}"), [first, other]


@rule("identity.distinct", "warning")
def identity_distinct(ctx: Context):
    """Different figures of one sentence, row or figure have distinct metric, period or dimensions."""
    for fs in ctx.derived(same_statistic):
        clusters: list[list[Fact]] = []
        for f in fs:
            home = next((c for c in clusters if one_statement(c[0], f)), None)
            if home is None:
                clusters.append([f])
            else:
                home.append(f)
        for c in clusters:
            values = list(dict.fromkeys(f.value for f in c))
            if len(values) > 1:
                yield False, (f"{', '.join(fmt(v) for v in values)} share metric, period and dimensions"
                              f" (a dimension is missing): {cite(c[0], 70)}"), c
