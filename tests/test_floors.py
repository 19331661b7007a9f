"""Accuracy floors: each corpus document's F1 against its answer key may not fall below its floor.

Floors live in fixtures/gold/floors.yaml; raise them as the work improves, never lower one
without saying why in the commit.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import CORPUS, GOLD
from docextract.evaluate import load_gold, match_document, publication_of

FLOORS = yaml.safe_load((GOLD / "floors.yaml").read_text(encoding="utf-8"))["floors"]
KEYS = load_gold(GOLD)


@pytest.mark.parametrize("doc", sorted(FLOORS), ids=str)
def test_document_f1_meets_its_floor(doc, corpus_extraction):
    floors = FLOORS[doc]
    folder = "pdf" if doc.endswith(".pdf") else "text"
    publication = publication_of(doc)
    if publication not in KEYS:
        pytest.skip(f"no answer key for {publication} yet")
    extraction = corpus_extraction(f"{folder}/{doc}")
    match = match_document(doc, publication, extraction.facts, KEYS[publication])
    measured = {"all": match.score().f1}
    for kind in ("text", "table", "chart"):
        measured[kind] = match.score(kind).f1
    below = {k: (round(measured[k], 3), v) for k, v in floors.items() if measured[k] + 1e-9 < v}
    assert not below, f"{doc}: F1 below floor (measured, floor): {below}"


def test_every_corpus_document_has_a_floor():
    docs = {p.name for p in (CORPUS / "pdf").glob("*.pdf")} | {p.name for p in (CORPUS / "text").glob("*.txt")}
    assert docs <= set(FLOORS), f"no floor for {sorted(docs - set(FLOORS))}"
