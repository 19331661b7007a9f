"""What the extraction stages (tables, nlp) hand to the facts stage: a fact without identity."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .fact import Period, Provenance, Unit


class Measurement(BaseModel):
    """What a statement says, apart from where it stands: shared by candidates and answer keys."""

    metric: str
    value: int | float
    unit: Unit
    approx: bool = False
    rounded_to: int | None = None
    period: Period = Field(default_factory=Period)
    dimensions: dict[str, str] = Field(default_factory=dict)
    source: str | None = None


class FactCandidate(Measurement):
    provenance: Provenance
    anchor: tuple[int, int, int] = Field((0, 0, 0), description="page, block order, offset: document order")
