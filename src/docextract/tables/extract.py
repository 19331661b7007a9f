"""The tables stage: find every table, panel, ranking and chart of a document, then turn cells
into fact candidates.

Text inputs go through the line grammars (panels, figure tables, chart labels, dashboard
panels); PDF pages
through the geometric finders, each region parsed by the strategy that fits it (lattice when
ruling lines bound the cells, stream when only alignment does).
"""

from __future__ import annotations

from ..ingest import Source
from ..models import Document, FactCandidate, Table
from . import to_facts
from .pdf_tables import pdf_tables
from .text_dashboards import text_dashboard_tables
from .text_tables import text_tables


def extract_tables(source: Source, document: Document) -> list[Table]:
    if source.format == "pdf":
        return pdf_tables(source, document)
    return text_tables(source.text or "", document) + text_dashboard_tables(document)


def table_facts(tables: list[Table], document: Document) -> list[FactCandidate]:
    return to_facts.table_facts(tables, document)
