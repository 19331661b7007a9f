"""One document through every stage: ingest -> layout -> tables / nlp -> facts -> validate.

Each stage is a function of the previous stage's output, so a document can be processed in
any worker process; only `extract_document` touches the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import facts as facts_stage
from . import layout, nlp, tables, validate
from .ingest import open_source
from .ingest.manifest import find_meta
from .models import Document, DocumentMeta, Fact, Table


@dataclass
class Extraction:
    document: Document
    tables: list[Table]
    facts: list[Fact]
    sha256: str


def extract_document(path: str | Path, meta: DocumentMeta | None = None, doc_id: str | None = None) -> Extraction:
    """`doc_id` defaults to the file name; a batch passes the relative path when names repeat."""
    path = Path(path)
    if meta is None:
        meta = find_meta(path) if path.exists() else None
    with open_source(path) as source:
        document = layout.analyse(source, meta)
        if doc_id:
            document = document.model_copy(update={"doc_id": doc_id})
        found = tables.extract_tables(source, document)
        sha = source.sha256
    candidates = tables.table_facts(found, document) + nlp.extract_facts(document)
    labels = {p.number: p.label for p in document.pages if p.label}
    facts = facts_stage.assign_ids(document.doc_id, candidates, labels)
    return Extraction(document=document, tables=found, facts=validate.validate_facts(facts, document.meta),
                      sha256=sha)


def extract(path: str | Path, meta: DocumentMeta | None = None) -> list[Fact]:
    """The facts of one document (.pdf, .txt, .md, .html), as the CLI writes them."""
    return extract_document(path, meta).facts
