"""Breakdowns: the parts of a total add up to it, within the rounding the publication states.

A breakdown is found two ways:
- structure: facts of one document with the same metric, unit and period whose dimensions differ
  only in one breakdown key, where one of them lacks the key (or says "total") -- the sentence
  "8.390 vertrokken, daarvan 4.560 zelfstandig en 1.460 gedwongen" and a table's Totaal row both
  look like this;
- the taxonomy: `part_of` in schemas/metrics.yaml (rejected first applications are part of the
  decisions on first applications).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ...models import Fact
from . import rule
from .common import (
    OTHER_VALUES,
    Context,
    cite,
    dims_key,
    fmt,
    half_unit,
    hierarchy,
    is_level,
    is_total_value,
    part_of,
    period_key,
    signed,
)

ADDITIVE_UNITS = ("count", "fte", "eur")

# Keys whose values split a whole into pieces that together make it up (when two or more are stated).
EXHAUSTIVE_KEYS = {"departure_type", "destination", "staff_type", "route", "range", "category", "document_type"}
# Keys that pick a sub-population: the pieces stated need not cover the whole, but cannot exceed it.
# (A list of nationalities with "Overige" does cover the whole.)
SUBSET_KEYS = {"nationality", "group", "procedure", "year_of_arrival", "departure_type", "destination",
               "staff_type", "route", "range", "document_type"}
# Not here: `country` (country=EU is bigger than the Netherlands' figure without a country) and a
# single `category` (tables use it both for a piece and for a definition such as "chain_wide").

@dataclass
class Breakdown:
    total: Fact
    parts: list[Fact]
    key: str
    exhaustive: bool

    @property
    def tolerance(self) -> float:
        # Each rounded figure may be off by half its rounding unit: n parts rounded to tens -> n x 5.
        return sum(half_unit(p) for p in self.parts) + half_unit(self.total)

    @property
    def gap(self) -> float:
        return sum(p.value for p in self.parts) - self.total.value


def _without(d: dict[str, str], key: str) -> dict[str, str]:
    return {k: v for k, v in d.items() if k != key}




def find_breakdowns(ctx: Context) -> list[Breakdown]:
    facts = ctx.facts
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if is_level(f) and f.unit in ADDITIVE_UNITS:
            groups[(f.doc_id, f.metric, f.unit, period_key(f))].append(f)
    found: list[Breakdown] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        keys = {k for f in group for k in f.dimensions} & (EXHAUSTIVE_KEYS | SUBSET_KEYS)
        for total in group:
            for key in sorted(keys):
                if key in total.dimensions and not is_total_value(total.dimensions[key]):
                    continue
                base = dims_key(_without(total.dimensions, key))
                parts: dict[str, Fact] = {}
                for p in group:
                    v = p.dimensions.get(key)
                    if v is not None and not is_total_value(v) and dims_key(_without(p.dimensions, key)) == base:
                        parts.setdefault(v, p)  # a repeated part is the repeats rule's business
                if parts:
                    found.extend(_split(total, parts, key))
    return found


def _split(total: Fact, parts: dict[str, Fact], key: str) -> list[Breakdown]:
    """The top-level breakdown of `total`, and one for each nested value whose pieces are stated too."""
    out = []
    for parent, children in hierarchy().get(key, {}).items():
        present = [parts[c] for c in children if c in parts]
        if parent in parts and present:
            out.append(Breakdown(parts[parent], present, key, exhaustive=len(present) == len(children)))
            for c in children:
                parts.pop(c, None)
    values = set(parts)
    exhaustive = len(parts) >= 2 and (
        key in EXHAUSTIVE_KEYS or (key == "nationality" and bool(values & OTHER_VALUES)))
    if exhaustive or key in SUBSET_KEYS:
        out.append(Breakdown(total, list(parts.values()), key, exhaustive))
    return out


def _describe(b: Breakdown) -> str:
    parts = " + ".join(fmt(p.value) for p in b.parts)
    return (f"{parts} = {fmt(sum(p.value for p in b.parts))} vs total {fmt(b.total.value)} "
            f"(by {b.key}, tolerance ±{fmt(b.tolerance)}); total {cite(b.total, 60)}; parts "
            + "; ".join(cite(p, 60) for p in b.parts))


@rule("breakdown.sum", "error")
def breakdown_sum(ctx: Context):
    """The parts of a breakdown add up to the total they break down."""
    for b in ctx.derived(find_breakdowns):
        if b.exhaustive:
            ok = abs(b.gap) <= b.tolerance + 1e-9
            yield ok, ("parts add up: " if ok else f"parts do not add up (off by {fmt(b.gap)}): ") + _describe(b), \
                [b.total, *b.parts]


@rule("breakdown.within", "error", bound=True)
def breakdown_within(ctx: Context):
    """Parts that need not cover their whole (some nationalities, one group) do not exceed it.

    Not for a balance (migratiesaldo): the groups left out may have a negative balance, so the
    groups stated can together exceed the total. Their exhaustive sum is still checked.
    """
    for b in ctx.derived(find_breakdowns):
        if not b.exhaustive and not signed(b.total.metric):
            ok = b.gap <= b.tolerance + 1e-9
            yield ok, ("parts within the whole: " if ok else f"parts exceed the whole by {fmt(b.gap)}: ") + _describe(b), \
                [b.total, *b.parts]


@rule("breakdown.part_of", "error", bound=True)
def breakdown_part_of(ctx: Context):
    """Metrics that are part_of another (schemas/metrics.yaml) do not exceed it, together or alone."""
    index: dict[tuple, list[Fact]] = defaultdict(list)
    for f in ctx.facts:
        if is_level(f) and f.unit in ADDITIVE_UNITS:
            index[(f.doc_id, f.unit, period_key(f), dims_key(f.dimensions))].append(f)
    for group in index.values():
        for whole in group:
            parts: dict[str, Fact] = {}
            for p in group:
                if whole.metric in part_of(p.metric):
                    parts.setdefault(p.metric, p)
            if not parts:
                continue
            b = Breakdown(whole, list(parts.values()), "metric", exhaustive=False)
            ok = b.gap <= b.tolerance + 1e-9
            msg = " + ".join(f"{p.metric} {fmt(p.value)}" for p in b.parts) + f" <= {whole.metric} {fmt(whole.value)}"
            yield ok, (("part within whole: " if ok else f"part exceeds whole by {fmt(b.gap)}: ") + msg
                       + f" (±{fmt(b.tolerance)}); whole {cite(whole, 60)}; parts "
                       + "; ".join(cite(p, 60) for p in b.parts)), [whole, *b.parts]
