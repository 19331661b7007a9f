"""Matching extracted facts to key lines and scoring them.

A fact matches a key line of the same publication when value, unit, period and nationality
agree. Among candidates, a pair of the same kind (text/table/chart) and metric is preferred,
and then one on the same page, so that per-kind and metric scores do not depend on the order
facts come in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..ingest import publication_of
from ..models import Fact
from .gold import GoldFact

Key = tuple


def match_key(value: float, unit: str, start, end, nationality: str | None) -> Key:
    return (round(float(value), 3), unit, start, end, nationality)


def _fact_key(f: Fact) -> Key:
    return match_key(f.value, f.unit, f.period.start, f.period.end, f.dimensions.get("nationality"))


def _gold_key(g: GoldFact) -> Key:
    return match_key(g.value, g.unit, g.period.start, g.period.end, g.dimensions.get("nationality"))


def same_attributes(g: GoldFact, f: Fact) -> bool:
    """Hedge, stated rounding and source agree (scored apart from the match, like the metric)."""
    return g.approx == f.approx and g.rounded_to == f.rounded_to and (g.source or None) == (f.source or None)


def page_of(f: Fact) -> str | None:
    """The page a reader would look on: the printed page number, or else the PDF page."""
    p = f.provenance
    return p.page_label or (str(p.page) if p.page is not None else None)


def same_page(g: GoldFact, f: Fact) -> bool:
    """The fact points to the page the key line names (keys use the printed page number)."""
    return g.page is None or page_of(f) == str(g.page)


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    tp_gold: int = 0  # key lines matched
    tp_extracted: int = 0  # facts matched
    metric_right: int = 0  # matched pairs whose metric agrees
    attrs_right: int = 0  # matched pairs whose hedge, rounding and source agree
    page_right: int = 0  # matched pairs that point to the key line's page

    @property
    def precision(self) -> float:
        return self.tp_extracted / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def metric_accuracy(self) -> float:
        return self.metric_right / self.tp_gold if self.tp_gold else 0.0

    @property
    def attribute_accuracy(self) -> float:
        return self.attrs_right / self.tp_gold if self.tp_gold else 0.0

    @property
    def page_accuracy(self) -> float:
        return self.page_right / self.tp_gold if self.tp_gold else 0.0

    def add(self, other: Score) -> None:
        for name in ("gold", "extracted", "tp_gold", "tp_extracted", "metric_right", "attrs_right", "page_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict:
        return {"gold": self.gold, "extracted": self.extracted, "matched": self.tp_gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "metric_accuracy": round(self.metric_accuracy, 4),
                "attribute_accuracy": round(self.attribute_accuracy, 4),
                "page_accuracy": round(self.page_accuracy, 4)}


@dataclass
class DocumentMatch:
    doc_id: str
    publication: str
    pairs: list[tuple[GoldFact, Fact]] = field(default_factory=list)
    missed: list[GoldFact] = field(default_factory=list)
    false_hits: list[Fact] = field(default_factory=list)

    def score(self, kind: str | None = None) -> Score:
        s = Score()
        golds = [g for g, _ in self.pairs] + self.missed
        facts = [f for _, f in self.pairs] + self.false_hits
        s.gold = sum(1 for g in golds if kind in (None, g.kind))
        s.extracted = sum(1 for f in facts if kind in (None, f.provenance.extractor))
        s.tp_gold = sum(1 for g, _ in self.pairs if kind in (None, g.kind))
        s.tp_extracted = sum(1 for _, f in self.pairs if kind in (None, f.provenance.extractor))
        s.metric_right = sum(1 for g, f in self.pairs if kind in (None, g.kind) and g.metric == f.metric)
        s.attrs_right = sum(1 for g, f in self.pairs if kind in (None, g.kind) and same_attributes(g, f))
        s.page_right = sum(1 for g, f in self.pairs if kind in (None, g.kind) and same_page(g, f))
        return s


def match_document(doc_id: str, publication: str, facts: list[Fact], gold: list[GoldFact]) -> DocumentMatch:
    by_key: dict[Key, list[Fact]] = defaultdict(list)
    for f in facts:
        by_key[_fact_key(f)].append(f)
    result = DocumentMatch(doc_id, publication)
    unmatched_gold: list[GoldFact] = []
    # preference passes: same kind and metric, same metric, same kind, anything
    # (a figure repeated on a dashboard and in its chapter is matched on its own page first)
    prefs = [
        lambda g, f: g.kind == f.provenance.extractor and g.metric == f.metric,
        lambda g, f: g.metric == f.metric,
        lambda g, f: g.kind == f.provenance.extractor,
        lambda g, f: True,
    ]
    passes = [p for pref in prefs for p in (lambda g, f, pref=pref: pref(g, f) and same_page(g, f), pref)]
    pending = list(gold)
    for accept in passes:
        unmatched_gold = []
        for g in pending:
            pool = by_key.get(_gold_key(g), [])
            hit = next((f for f in pool if accept(g, f)), None)
            if hit is None:
                unmatched_gold.append(g)
            else:
                pool.remove(hit)
                result.pairs.append((g, hit))
        pending = unmatched_gold
    result.missed = pending
    result.false_hits = [f for pool in by_key.values() for f in pool]
    return result


def evaluate(facts: list[Fact], gold: dict[str, list[GoldFact]], doc_ids: list[str] | None = None) -> list[DocumentMatch]:
    """One DocumentMatch per extracted document that has a key (pdf and text inputs apart)."""
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc_id].append(f)
    names = sorted(set(by_doc) | set(doc_ids or []))
    return [match_document(d, publication_of(d), by_doc.get(d, []), gold[publication_of(d)])
            for d in names if publication_of(d) in gold]
