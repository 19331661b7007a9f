"""A first table finder: pdfplumber's ruling-line finder on pages that have ruling lines."""

from __future__ import annotations

from ..ingest import Source
from ..models import Cell, Document, FactCandidate, Table


def extract_tables(source: Source, document: Document) -> list[Table]:
    tables: list[Table] = []
    if source.format != "pdf":
        return tables  # text-layer tables: not yet
    for raw in source.pages():
        page = raw.plumber
        if not (page.rects or page.lines):
            continue
        for found in page.find_tables():
            cells = []
            rows = found.rows
            for r, row in enumerate(rows):
                for c, box in enumerate(row.cells):
                    if box is None:
                        continue
                    text = (page.crop(box).extract_text() or "").strip()
                    cells.append(Cell(row=r, col=c, text=text, bbox=tuple(round(v, 2) for v in box)))
            n_cols = max((len(r.cells) for r in rows), default=0)
            tables.append(Table(page=raw.number, bbox=tuple(round(v, 2) for v in found.bbox),
                                method="lines", n_rows=len(rows), n_cols=n_cols, cells=cells))
    return tables


def table_facts(tables: list[Table], document: Document) -> list[FactCandidate]:
    """Cells to facts needs captions and row labels mapped to metrics: not yet done here."""
    return []
