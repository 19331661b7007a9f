"""The document model every stage reads: document -> pages -> blocks -> lines -> words.

Like pdfplumber, every object keeps its bbox (x0, top, x1, bottom; points, top-left origin).
Text input has no geometry: bboxes are None and pages are the text's form-feed or
footer-delimited pages when they can be told, else a single page.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from .fact import BBox


class Role(StrEnum):
    HEADING = "heading"
    BODY = "body"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    FOOTNOTE = "footnote"
    PAGE_HEADER = "page_header"
    PAGE_FOOTER = "page_footer"
    TABLE = "table"
    FIGURE = "figure"
    SIDEBAR = "sidebar"
    SLUG = "slug"
    DASHBOARD_PANEL = "dashboard_panel"


class Word(BaseModel):
    text: str
    bbox: BBox | None = None
    fontname: str | None = None
    size: float | None = None


class Line(BaseModel):
    text: str
    bbox: BBox | None = None
    words: list[Word] = Field(default_factory=list)


class Block(BaseModel):
    text: str
    role: Role = Role.BODY
    bbox: BBox | None = None
    lines: list[Line] = Field(default_factory=list)
    page: int = Field(1, ge=1)
    order: int = 0
    markers: list[str] = Field(default_factory=list, description="footnote markers and figure numbers split off the text")


class Page(BaseModel):
    number: int = Field(..., ge=1)
    label: str | None = Field(None, description="the page number printed in its footer or header")
    width: float | None = None
    height: float | None = None
    rotation: int = 0
    cropbox: BBox | None = None
    trimbox: BBox | None = None
    blocks: list[Block] = Field(default_factory=list)


class DocumentMeta(BaseModel):
    """What is known about the publication (from the corpus manifest or the document itself)."""

    publication_id: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    reference_start: date | None = None
    reference_end: date | None = None
    kind: str | None = None


class Document(BaseModel):
    doc_id: str
    path: str
    format: str  # pdf, txt, md, html
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    pages: list[Page] = Field(default_factory=list)
    stats: dict[str, int] = Field(default_factory=dict, description="repairs counted by the layout stage")

    def blocks(self) -> list[Block]:
        return [b for p in self.pages for b in p.blocks]
