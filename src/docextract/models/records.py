"""Per-document and per-run records written next to the facts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .document import DocumentMeta


class DocumentRecord(BaseModel):
    """One input document's outcome in a run: ok with its fact count, or the error that stopped it."""

    doc_id: str
    path: str
    format: str | None = None
    sha256: str | None = None
    status: Literal["ok", "error"]
    error: str | None = None
    facts: int = 0
    pages: int = 0
    seconds: float = 0.0
    stats: dict[str, int] = Field(default_factory=dict)
    meta: DocumentMeta | None = Field(None, description="what the manifest says of the publication")


class RunSummary(BaseModel):
    version: str
    documents: list[DocumentRecord]
    facts: int
