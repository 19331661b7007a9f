"""docextract: typed, validated, traceable facts out of Dutch government statistical publications.

    >>> import docextract
    >>> facts = docextract.extract("corpus/text/kerncijfers-asiel-en-migratie-2023-01.txt")
"""

from __future__ import annotations

__version__ = "0.2.0"

from .errors import DocextractError, IngestError  # noqa: E402
from .models import Fact  # noqa: E402
from .pipeline import Extraction, extract, extract_document  # noqa: E402

__all__ = ["DocextractError", "Extraction", "Fact", "IngestError", "__version__", "extract", "extract_document"]
