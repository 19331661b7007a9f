"""spaCy components of the Dutch NLP stage, registered by name on import.

Each component reads its word lists from config (with defaults in the factory), writes plain
records to `doc._.<name>` for the linker, and mirrors them as spans in `doc.spans[<name>]` so
that they can be inspected with displaCy or in tests.
"""

from . import hedges, lemmas, metrics, periods, places, quantities  # noqa: F401  (registration)
from .records import MetricMention, OrgMention, PeriodMention, PlaceMention, Quantity, TermMention

__all__ = ["MetricMention", "OrgMention", "PeriodMention", "PlaceMention", "Quantity", "TermMention"]
