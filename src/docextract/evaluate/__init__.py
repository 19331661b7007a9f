"""Evaluate: score a run's facts against the hand-written answer keys (`docextract eval`)."""

from ..ingest import publication_of
from .gold import GoldFact, load_gold
from .scoring import Score, evaluate, match_document

__all__ = ["GoldFact", "Score", "evaluate", "load_gold", "match_document", "publication_of"]
