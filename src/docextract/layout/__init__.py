"""Layout: raw pages in, a `Document` of blocks in reading order out, each with role and bbox.

Stage 2 of the pipeline. PDF pages go through `pdf_layout`, text layers through
`text_layout`; both end in the same document model, so later stages never ask which it was.
"""

from __future__ import annotations

from ..ingest import Source
from ..models import Document, DocumentMeta
from .page_labels import label_pages
from .pdf_layout import analyse_pdf
from .text_layout import analyse_text


def analyse(source: Source, meta: DocumentMeta | None = None) -> Document:
    meta = meta or DocumentMeta()
    if source.format == "pdf":
        pages, stats = analyse_pdf(source.pages())
    else:
        pages, stats = analyse_text(source.text or "", markdown=source.format == "md")
    return Document(doc_id=source.doc_id, path=str(source.path), format=source.format,
                    meta=meta, pages=label_pages(pages), stats=stats)


__all__ = ["analyse", "analyse_pdf", "analyse_text"]
