"""Pydantic models at the boundaries between stages."""

from .candidate import FactCandidate
from .document import Block, Document, DocumentMeta, Line, Page, Role, Word
from .fact import BBox, Check, Fact, Period, Provenance, Unit, Validation
from .records import DocumentRecord, RunSummary
from .table import Caption, Cell, Table

__all__ = [
    "BBox", "Block", "Caption", "Cell", "Check", "Document", "DocumentMeta", "DocumentRecord",
    "Fact", "FactCandidate", "Line", "Page", "Period", "Provenance", "Role", "RunSummary",
    "Table", "Unit", "Validation", "Word",
]
