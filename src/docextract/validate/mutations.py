"""Mutation testing of the validators: change one figure, see whether a relation rule catches it.

The facts come from the hand-written answer keys (fixtures/gold), which state what the
publications print -- so the relations among them are the publications' own. A mutation is an
extraction error of the kind the pipeline makes: a digit read wrong, a digit lost or gained.

    python benchmarks/mutations.py        # the catch rate for the whole corpus
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..evaluate.gold import load_gold
from ..models import Check, Fact, Provenance
from .engine import document_checks, run_rules
from .rules import RULES, Context
from .rules.common import complements, part_of, share_of

# Rules that relate two or more facts: what a mutation is meant to trip.
RELATION_PREFIXES = ("breakdown.", "share.", "change.", "repeat.", "cross.")


def gold_facts(folder: Path) -> list[Fact]:
    """Every answer-key line as a Fact (id `<publication>#<n>`, doc `<publication>.txt`)."""
    facts = []
    for pub, lines in sorted(load_gold(folder).items()):
        for n, g in enumerate(lines, start=1):
            facts.append(Fact(
                id=f"{pub}#{n}", doc_id=f"{pub}.txt", metric=g.metric, value=g.value, unit=g.unit,
                approx=g.approx, rounded_to=g.rounded_to, period=g.period, dimensions=dict(g.dimensions),
                source=g.source, provenance=Provenance(page=g.page, quote=g.quote, extractor=g.kind),
            ))
    return facts


def all_checks(facts: list[Fact]) -> list[Check]:
    return document_checks(facts, raise_errors=True) + run_rules(Context(facts), ("run",), raise_errors=True)


def _lead_digit_up(v: float) -> float:
    """2.490 -> 3.490, 26 -> 36: a misread first digit."""
    s = str(abs(int(v)))
    d = int(s[0])
    return (1 if v >= 0 else -1) * int(str(d + 1 if d < 9 else 1) + s[1:])


MUTATIONS: dict[str, Callable[[Fact], float | None]] = {
    "lead_digit": lambda f: _lead_digit_up(f.value) if abs(f.value) >= 1 and float(f.value).is_integer() else None,
    "extra_digit": lambda f: f.value * 10 if f.unit != "percent" or abs(f.value) < 10 else None,
    "lost_digit": lambda f: int(f.value / 10) if abs(f.value) >= 20 and float(f.value).is_integer() else None,
}


@dataclass
class MutationResult:
    fact: Fact
    kind: str
    new_value: float
    caught_by: list[str] = field(default_factory=list)

    @property
    def caught(self) -> bool:
        return bool(self.caught_by)


def _failing_relations(checks: list[Check], fid: str) -> set[str]:
    return {c.rule for c in checks if c.status == "fail" and c.severity == "error" and fid in c.facts
            and c.rule.startswith(RELATION_PREFIXES)}


def _exact(rule: str) -> bool:
    r = RULES.get(rule)
    return bool(r and r.severity == "error" and not r.bound and rule.startswith(RELATION_PREFIXES))


def _related_metrics(metric: str) -> set[str]:
    """The metrics a rule may relate `metric` to (only their facts need checking again)."""
    out = {metric, *part_of(metric)}
    if share_of(metric):
        out.add(share_of(metric))
    for a, b in complements():
        if metric in (a, b):
            out |= {a, b}
    from .rules.common import metric_info
    for m in metric_info():
        if metric in part_of(m) or share_of(m) == metric:
            out.add(m)
    return out


def run_mutations(facts: list[Fact]) -> list[MutationResult]:
    """Each fact in a passing *exact* relation check (a sum, a share of counts, a change, a repeat,
    a figure in two publications), changed each way, checked again by every rule.

    Bounds (parts <= whole, a top-5 list <= 100%) only catch a figure that grows, so facts that
    only take part in bounds are not counted. Facts whose relations already fail on the unmutated
    corpus are left out too: a catch there proves nothing.
    """
    base = all_checks(facts)
    in_relation = {fid for c in base if c.status == "pass" and _exact(c.rule) for fid in c.facts}
    already_failing = {fid for c in base if c.status == "fail" for fid in c.facts}
    results = []
    for i, f in enumerate(facts):
        if f.id not in in_relation or f.id in already_failing:
            continue
        related = _related_metrics(f.metric)
        for kind, mutate in MUTATIONS.items():
            new = mutate(f)
            if new is None or new == f.value:
                continue
            changed = f.model_copy(update={"value": new})
            scope = [changed if j == i else g for j, g in enumerate(facts) if g.metric in related]
            doc = [g for g in scope if g.doc_id == f.doc_id]
            checks = document_checks(doc, raise_errors=True) + run_rules(Context(scope), ("run",), raise_errors=True)
            results.append(MutationResult(f, kind, new, sorted(_failing_relations(checks, f.id))))
    return results


def catch_rate(results: list[MutationResult]) -> float:
    return sum(r.caught for r in results) / len(results) if results else 0.0


def summary(results: list[MutationResult]) -> str:
    lines = [f"mutations touching a checkable relation: {len(results)}, caught: {sum(r.caught for r in results)} "
             f"({catch_rate(results):.1%})"]
    by_pub: dict[str, list[MutationResult]] = {}
    for r in results:
        by_pub.setdefault(r.fact.doc_id, []).append(r)
    for pub, rs in sorted(by_pub.items()):
        lines.append(f"  {pub:48s} {sum(r.caught for r in rs):4d}/{len(rs):<4d} {catch_rate(rs):.1%}")
    by_kind: dict[str, list[MutationResult]] = {}
    for r in results:
        by_kind.setdefault(r.kind, []).append(r)
    for kind, rs in sorted(by_kind.items()):
        lines.append(f"  {kind:48s} {sum(r.caught for r in rs):4d}/{len(rs):<4d} {catch_rate(rs):.1%}")
    return "\n".join(lines)
