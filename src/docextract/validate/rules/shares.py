"""Shares: a list of shares adds up to 100%, complementary shares make 100%, a share agrees with
the counts it is a share of ("circa 660 of circa 2.180" is "circa 30%")."""

from __future__ import annotations

from collections import defaultdict

from ...models import Fact
from . import rule
from .common import (
    OTHER_VALUES,
    TOTAL_VALUES,
    Context,
    cite,
    complements,
    dims_key,
    fmt,
    half_unit,
    has_count_unit,
    hierarchy,
    interval,
    is_change,
    is_level,
    is_total_value,
    period_key,
    share_of,
)

COMPLETE_LIST_KEYS = {"range", "departure_type", "destination", "route", "staff_type"}
_NOT_A_PIECE = TOTAL_VALUES | {"EU"}  # country=EU is the whole of Europe, not a piece of a list


def share_lists(ctx: Context) -> list[tuple[list[Fact], bool]]:
    """Lists of shares of one whole: (shares, complete). Complete when the list has an "Overige"."""
    facts = ctx.facts
    groups: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    keyed: dict[tuple, str] = {}
    for f in facts:
        # Only shares of a counted whole; a list of rates (grant rate per nationality) need not sum to 100.
        if f.unit != "percent" or is_change(f) or not has_count_unit(f.metric):
            continue
        for key, value in f.dimensions.items():
            if key == "measure" or value in _NOT_A_PIECE or is_total_value(value):
                continue
            base = {k: v for k, v in f.dimensions.items() if k != key}
            g = (f.doc_id, f.metric, period_key(f), key, dims_key(base))
            groups[g].setdefault(value, f)
            keyed[g] = key
    out = []
    for g, members in groups.items():
        for parent, children in hierarchy().get(keyed[g], {}).items():
            if parent in members:
                for c in children:
                    members.pop(c, None)
        if len(members) >= 2:
            # Buckets of a breakdown (durations, kinds of departure) cover the whole like an "Overige" does.
            # (Three or more: a sentence naming two routes, "de meerderheid ... 49% ... 37%", is no list.)
            complete = bool(set(members) & OTHER_VALUES) or (keyed[g] in COMPLETE_LIST_KEYS and len(members) >= 3)
            out.append((list(members.values()), complete))
    return out


def _list_outcome(members: list[Fact], complete: bool):
    total = sum(f.value for f in members)
    tol = sum(half_unit(f) for f in members)
    ok = abs(total - 100) <= tol + 1e-9 if complete else total <= 100 + tol + 1e-9
    listed = " + ".join(fmt(f.value) for f in members)
    what = "a complete list, should be 100%" if complete else "a partial list, at most 100%"
    return ok, (f"shares {listed} = {fmt(total)}% ({what}, ±{fmt(tol)}): "
                + "; ".join(cite(f, 50) for f in members)), members


@rule("share.list_sum", "error")
def share_list_sum(ctx: Context):
    """A complete list of shares (with "Overige", or buckets of one breakdown) adds up to 100%."""
    for members, complete in ctx.derived(share_lists):
        if complete:
            yield _list_outcome(members, True)


@rule("share.list_max", "error", bound=True)
def share_list_max(ctx: Context):
    """A partial list of shares (top 5 nationalities) adds up to no more than 100%."""
    for members, complete in ctx.derived(share_lists):
        if not complete:
            yield _list_outcome(members, False)


@rule("share.complement", "error")
def share_complement(ctx: Context):
    """Complementary shares (under supervision / on their own) make 100%."""
    index: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    for f in ctx.facts:
        if f.unit == "percent" and is_level(f):
            index[(f.doc_id, period_key(f), dims_key(f.dimensions))].setdefault(f.metric, f)
    for members in index.values():
        for a, b in complements():
            if a in members and b in members:
                fa, fb = members[a], members[b]
                tol = half_unit(fa) + half_unit(fb)
                ok = abs(fa.value + fb.value - 100) <= tol + 1e-9
                yield ok, (f"{fmt(fa.value)}% + {fmt(fb.value)}% = {fmt(fa.value + fb.value)}% (should be 100, ±{fmt(tol)}): "
                           f"{cite(fa, 60)}; {cite(fb, 60)}"), [fa, fb]


def _ratio_range(part: Fact, whole: Fact) -> tuple[float, float] | None:
    plo, phi = interval(part)
    wlo, whi = interval(whole)
    if whi <= 0 or wlo <= 0:
        return None
    return 100 * max(plo, 0) / whi, 100 * phi / wlo


@rule("share.counts", "error")
def share_counts(ctx: Context):
    """A share agrees with the part and the whole it is the share of, when both counts are stated."""
    counts: dict[tuple, Fact] = {}
    for f in ctx.facts:
        if f.unit == "count" and is_level(f):
            counts.setdefault((f.doc_id, f.metric, period_key(f), dims_key(f.dimensions)), f)
    for s in ctx.facts:
        if s.unit != "percent" or not is_level(s):
            continue
        pairs = []
        whole_metric = share_of(s.metric)
        if whole_metric:  # "circa 30% afgewezen op grond van Dublin" of "2.180 behandelde aanvragen"
            k = (s.doc_id, period_key(s), dims_key(s.dimensions))
            part = counts.get((k[0], s.metric, k[1], k[2]))
            whole = counts.get((k[0], whole_metric, k[1], k[2]))
            if part and whole:
                pairs.append((part, whole))
        if has_count_unit(s.metric):  # "26% uit Syrie": Syria's count of the metric of all of them
            part = counts.get((s.doc_id, s.metric, period_key(s), dims_key(s.dimensions)))
            for key in s.dimensions:
                base = {k: v for k, v in s.dimensions.items() if k != key}
                whole = counts.get((s.doc_id, s.metric, period_key(s), dims_key(base)))
                if part and whole:
                    pairs.append((part, whole))
        for part, whole in pairs:
            rng = _ratio_range(part, whole)
            if rng is None:
                continue
            lo, hi = interval(s)
            ok = lo <= rng[1] + 1e-9 and rng[0] <= hi + 1e-9
            yield ok, (f"{fmt(part.value)} of {fmt(whole.value)} is {fmt(100 * part.value / whole.value)}% "
                       f"(possible {fmt(rng[0])}-{fmt(rng[1])}) vs stated {fmt(s.value)}% (±{fmt(half_unit(s))}): "
                       f"share {cite(s, 60)}; part {cite(part, 60)}; whole {cite(whole, 60)}"), [s, part, whole]
