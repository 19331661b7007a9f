"""Facts: candidates from the tables and nlp stages become facts with stable ids."""

from .ids import assign_ids, fact_id

__all__ = ["assign_ids", "fact_id"]
