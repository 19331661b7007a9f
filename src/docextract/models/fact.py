"""The fact contract: one statistic, as written to JSON Lines.

Field names here are a contract with downstream systems: grow them, never rename them.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Unit = Literal["count", "percent", "eur", "fte", "weeks", "days", "rank", "months", "per_1000"]
Extractor = Literal["text", "table", "chart"]
Severity = Literal["error", "warning", "info"]
CheckStatus = Literal["pass", "fail", "skip"]
ValidationStatus = Literal["ok", "warning", "error", "unchecked"]

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin top-left of the page (pdfplumber's convention)."""


class Period(BaseModel):
    """Inclusive ISO dates. A stock on a date has start == end; null members when unknown."""

    model_config = ConfigDict(frozen=True)

    start: date | None = None
    end: date | None = None

    def previous_year(self) -> Period:
        """The same span one year earlier (29 February becomes the 28th)."""
        return Period(start=_year_back(self.start), end=_year_back(self.end))


def _year_back(d: date | None) -> date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


class Provenance(BaseModel):
    page: int | None = Field(None, ge=1, description="1-based page number; null for text input")
    page_label: str | None = Field(None, description="The page number printed on the page (its footer or "
                                   "header), when one was found; for text input the only page reference")
    bbox: BBox | None = Field(None, description="x0, top, x1, bottom (points, top-left origin)")
    quote: str = Field(..., description="The source text that states the figure")
    extractor: Extractor = "text"


class Check(BaseModel):
    rule: str
    severity: Severity
    status: CheckStatus
    message: str
    facts: list[str] = Field(default_factory=list, description="ids of the facts involved")


class Validation(BaseModel):
    status: ValidationStatus = "unchecked"
    checks: list[Check] = Field(default_factory=list)


class Fact(BaseModel):
    """One statistic stated by a publication."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., description="Stable id: doc, metric, period, dimensions, position; never the value")
    doc_id: str
    metric: str = Field(..., description="An id from schemas/metrics.yaml")
    value: int | float
    unit: Unit
    approx: bool = Field(False, description="The text hedges the figure (circa, ongeveer, ruim ...)")
    rounded_to: int | None = Field(None, description="10 where the text says 'afgerond op tientallen'")
    period: Period = Field(default_factory=Period)
    dimensions: dict[str, str] = Field(default_factory=dict)
    source: str | None = Field(None, description="Publisher of the figure as stated (Bron: ...)")
    provenance: Provenance
    validation: Validation = Field(default_factory=Validation)

    @field_validator("value")
    @classmethod
    def _whole_numbers_as_int(cls, v: int | float) -> int | float:
        if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
            return int(v)
        return v
