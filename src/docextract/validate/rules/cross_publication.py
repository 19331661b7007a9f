"""Across publications: a figure stated by two publications (IND Jaarcijfers 2023 and Staat van
Migratie 2023 both give the MVV nareis applications of 2022) is the same in both.

The pdf and txt of one publication are one publication: they are never compared with each other.
"""

from __future__ import annotations

from collections import defaultdict

from ...models import Fact
from . import rule
from .common import Context, agree, cite, dims_key, fmt, identity, publication

# Keys that say which panel or table a figure came from, which a publication may leave implicit:
# IND's sheet says procedure=family_reunification for "Aanvragen MVV Nareis", the Staat van
# Migratie's Figuur 41 states the metric alone; Figuur 42 adds category=mvv_application where the
# IND sheet has none. Ignored when only one side has them.
CONTEXT_KEYS = ("procedure", "category")


def _loose(f: Fact) -> tuple:
    return identity(f, drop=CONTEXT_KEYS)


def _compatible(a: Fact, b: Fact) -> bool:
    """One side may leave context implicit (fewer keys), but never says something else."""
    da, db = a.dimensions, b.dimensions
    small, big = (da, db) if len(da) <= len(db) else (db, da)
    return all(big.get(k) == v for k, v in small.items())


def _classes(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        out[dims_key(f.dimensions)].append(f)
    return out


def matches(ctx: Context) -> tuple[list[tuple[list[Fact], list[Fact]]], list[tuple[list[Fact], list[list[Fact]]]]]:
    """Pairs that state one statistic for sure, and figures with several candidates in the other
    publication (one publication breaks a figure down per category, the other does not)."""
    by_key: dict[tuple, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in ctx.facts:
        if f.unit != "rank" and (f.period.start or f.period.end):  # a figure without a period is not comparable
            by_key[_loose(f)][publication(f, ctx.metas)].append(f)
    sure, ambiguous = [], []
    for pubs in by_key.values():
        names = sorted(pubs)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                ca, cb = list(_classes(pubs[a]).values()), list(_classes(pubs[b]).values())
                na = {i: [j for j, y in enumerate(cb) if _compatible(x[0], y[0])] for i, x in enumerate(ca)}
                nb = {j: [i for i in na if j in na[i]] for j in range(len(cb))}
                for i, js in na.items():
                    if len(js) == 1 and len(nb[js[0]]) == 1:
                        sure.append((ca[i], cb[js[0]]))
                    elif len(js) > 1:
                        ambiguous.append((ca[i], [cb[j] for j in js]))
                for j, is_ in nb.items():
                    if len(is_) > 1:
                        ambiguous.append((cb[j], [ca[i] for i in is_]))
    return sure, ambiguous


def _message(a: Fact, b: Fact, ok: bool, ctx: Context) -> str:
    pa, pb = publication(a, ctx.metas), publication(b, ctx.metas)
    return (f"{pa} and {pb} {'agree' if ok else 'DISAGREE'}: {fmt(a.value)} vs {fmt(b.value)} "
            f"({a.metric}, {a.period.start}..{a.period.end}): {cite(a, 70)} [source {a.source}]; "
            f"{cite(b, 70)} [source {b.source}]")


@rule("cross.agree", "error", scope="run")
def cross_agree(ctx: Context):
    """The same figure in two publications agrees; a disagreement names both sources."""
    for fa, fb in ctx.derived(matches)[0]:
        bad = [(a, b) for a in fa for b in fb if not agree(a, b)]
        a, b = bad[0] if bad else (fa[0], fb[0])
        yield not bad, _message(a, b, not bad, ctx), [*fa, *fb]


@rule("cross.agree_ambiguous", "warning", scope="run")
def cross_agree_ambiguous(ctx: Context):
    """A figure one publication breaks down further (per category) agrees with one of the pieces."""
    for fa, cands in ctx.derived(matches)[1]:
        fitting = [fb for fb in cands if all(agree(a, b) for a in fa for b in fb)]
        if fitting:
            yield True, _message(fa[0], fitting[0][0], True, ctx) + " (matched by value among "\
                f"{len(cands)} candidates)", [*fa, *fitting[0]]
        else:
            yield False, _message(fa[0], cands[0][0], False, ctx) + f" (nor any of {len(cands) - 1} other "\
                "candidates)", [*fa, *(f for fb in cands for f in fb)]
