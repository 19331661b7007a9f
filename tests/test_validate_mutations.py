"""Change one figure of the corpus (from the answer keys): the matching relation rule must flag it."""

from __future__ import annotations

import functools

import pytest

from conftest import GOLD
from docextract.validate.mutations import gold_facts, run_mutations, summary

KEYS = gold_facts(GOLD) if any(GOLD.glob("*.jsonl")) else []


@functools.cache
def _results():
    return run_mutations(KEYS)


@pytest.mark.skipif(not KEYS, reason="no answer keys yet")
def test_mutations_of_checkable_figures_are_caught():
    results = _results()
    print("\n" + summary(results))
    assert len(results) > 100
    rate = sum(r.caught for r in results) / len(results)
    assert rate >= 0.90, summary(results)


@pytest.mark.skipif(not KEYS, reason="no answer keys yet")
@pytest.mark.parametrize("quote,kind,rule", [
    ("Daarvan zijn ongeveer 4.560", "extra_digit", "breakdown.sum"),   # one part of a breakdown
    ("45% uit Syrië;", "lead_digit", "share.list_sum"),                # one share of a list with Overige
    ("Hiervan zijn circa 660", "lost_digit", "share.counts"),          # a count against its share
    ("Totaal 1.630 1.850 +13%", "lead_digit", "change.levels"),        # one year of a change
    ("Totale bezetting 6.039", "lost_digit", "breakdown.sum"),         # a table's total row
    ("2022 20.390 10.250 88%", "lead_digit", "cross.agree"),           # a figure in two publications
])
def test_each_kind_of_mutation_is_caught_by_its_rule(quote, kind, rule):
    results = [r for r in _results() if r.fact.provenance.quote.startswith(quote) and r.kind == kind
               and (rule != "cross.agree" or r.fact.metric == "family_reunification_mvv_applications")]
    assert results and all(rule in r.caught_by for r in results), [(r.fact.id, r.caught_by) for r in results]
