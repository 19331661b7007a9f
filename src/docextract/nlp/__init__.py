"""NLP: sentences of the document's text blocks -> fact candidates (metric, value, unit, period, ...).

Stage 3b of the pipeline (tables are 3a).
"""

from .extract import extract_facts

__all__ = ["extract_facts"]
