"""NLP: sentences of the document's text blocks -> fact candidates (metric, value, unit, period, ...).

Stage 3b of the pipeline (tables are 3a). A spaCy pipeline on a blank Dutch model with rule
components (pipeline.py, components/), a linker (linking.py) and context carried across
sentences (context.py); extract.py walks a document.
"""

from .extract import extract_facts

__all__ = ["extract_facts"]
