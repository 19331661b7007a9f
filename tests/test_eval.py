"""Scoring against answer keys: matching rules, per-kind counts, the CLI report."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from docextract.evaluate import GoldFact, match_document
from docextract.models import Fact, Period, Provenance


def gold(value, kind="text", metric="m", nationality=None, unit="count"):
    dims = {"nationality": nationality} if nationality else {}
    return GoldFact(doc="d", kind=kind, metric=metric, value=value, unit=unit, quote=str(value),
                    period=Period(start=date(2022, 1, 1), end=date(2022, 12, 31)), dimensions=dims)


def fact(value, extractor="text", metric="m", nationality=None, unit="count", year=2022, i=0):
    dims = {"nationality": nationality} if nationality else {}
    return Fact(id=f"f{i}{value}", doc_id="d.pdf", metric=metric, value=value, unit=unit, dimensions=dims,
                period=Period(start=date(year, 1, 1), end=date(year, 12, 31)),
                provenance=Provenance(quote=str(value), extractor=extractor))


def test_match_needs_value_unit_period_and_nationality():
    keys = [gold(10), gold(20, nationality="SY"), gold(30, unit="percent")]
    facts = [fact(10), fact(20, nationality="TR"), fact(30), fact(10, year=2021, i=1)]
    m = match_document("d.pdf", "d", facts, keys)
    assert [g.value for g, _ in m.pairs] == [10]
    s = m.score()
    assert (s.gold, s.extracted, s.tp_gold) == (3, 4, 1)
    assert s.precision == 0.25 and round(s.recall, 3) == 0.333


def test_metric_is_scored_separately():
    m = match_document("d.pdf", "d", [fact(10, metric="other")], [gold(10)])
    assert m.score().f1 == 1.0
    assert m.score().metric_accuracy == 0.0


def test_per_kind_scores_prefer_pairs_of_the_same_kind():
    keys = [gold(5, kind="table"), gold(5, kind="text")]
    facts = [fact(5, extractor="text"), fact(5, extractor="table", i=1)]
    m = match_document("d.pdf", "d", facts, keys)
    assert m.score("table").f1 == 1.0 and m.score("text").f1 == 1.0


def test_each_key_line_matches_once():
    m = match_document("d.pdf", "d", [fact(7), fact(7, i=1)], [gold(7)])
    assert m.score().tp_gold == 1 and len(m.false_hits) == 1


def test_eval_cli_json_and_show(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d.jsonl").write_text(gold(10).model_dump_json() + "\n" + gold(11).model_dump_json() + "\n")
    facts = tmp_path / "facts.jsonl"
    facts.write_text(fact(10).model_dump_json() + "\n" + fact(99, i=1).model_dump_json() + "\n")
    r = subprocess.run([sys.executable, "-m", "docextract", "eval", str(facts), "--gold", str(gold_dir),
                        "--json", "--show", "d.pdf"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["overall"]["precision"] == 0.5 and out["overall"]["recall"] == 0.5
    assert [g["value"] for g in out["shown"]["missed"]] == [11]
    assert [f["value"] for f in out["shown"]["false_hits"]] == [99]


def test_eval_cli_bad_gold_folder(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text(fact(10).model_dump_json() + "\n")
    r = subprocess.run([sys.executable, "-m", "docextract", "eval", str(facts), "--gold", str(tmp_path / "x")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "answer-key folder" in r.stderr and "Traceback" not in r.stderr


def test_hedge_rounding_and_source_are_scored_apart_from_the_match():
    g = gold(10)
    right = fact(10)
    wrong = fact(10, i=1).model_copy(update={"approx": True, "source": "IND"})
    assert match_document("d.pdf", "d", [right], [g]).score().attribute_accuracy == 1.0
    m = match_document("d.pdf", "d", [wrong], [g])
    assert m.score().f1 == 1.0 and m.score().attribute_accuracy == 0.0
