"""Stable fact ids.

An id is a hash of what the figure *is* (document, metric, unit, period, dimensions) plus where
it stands: its page and the how-many-th figure with that key on that page. It never depends on
the value, so a corrected value in a new run keeps its id and shows as a change in a diff; and a
figure found on one page never moves the ids of figures on other pages.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from ..models import Fact, FactCandidate, Period, Provenance


def fact_id(doc_id: str, metric: str, unit: str, period: Period, dimensions: dict[str, str], position: int,
            page: int | None = None) -> str:
    key = json.dumps(
        [doc_id, metric, unit, _iso(period.start), _iso(period.end), sorted(dimensions.items()), page, position],
        ensure_ascii=False, separators=(",", ":"),
    )
    return "f_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def assign_ids(doc_id: str, candidates: list[FactCandidate], page_labels: dict[int, str] | None = None) -> list[Fact]:
    """Facts in document order, each with its stable id (and its page's printed number)."""
    page_labels = page_labels or {}
    seen: Counter[str] = Counter()
    facts = []
    for c in sorted(candidates, key=lambda c: c.anchor):
        page = c.anchor[0]
        key = json.dumps([c.metric, c.unit, _iso(c.period.start), _iso(c.period.end), sorted(c.dimensions.items()), page])
        position = seen[key]
        seen[key] += 1
        facts.append(Fact(
            id=fact_id(doc_id, c.metric, c.unit, c.period, c.dimensions, position, page),
            doc_id=doc_id, metric=c.metric, value=c.value, unit=c.unit, approx=c.approx,
            rounded_to=c.rounded_to, period=c.period, dimensions=dict(c.dimensions),
            source=c.source, provenance=_labelled(c.provenance, page_labels.get(page)),
        ))
    return facts


def _labelled(provenance: Provenance, label: str | None) -> Provenance:
    if label is None:
        return provenance
    return provenance.model_copy(update={"page_label": label})


def _iso(d) -> str | None:
    return d.isoformat() if d else None
