"""Shared helpers of the tests/test_nlp_*.py files."""

from __future__ import annotations

from datetime import date
from functools import cache

from docextract.models import Block, Document, DocumentMeta, Page, Role
from docextract.nlp.pipeline import build_pipeline

JAN_2023 = (date(2023, 1, 1), date(2023, 1, 31))
YEAR_2022 = (date(2022, 1, 1), date(2022, 12, 31))


@cache
def nlp():
    return build_pipeline()


def run(text: str, reference=JAN_2023):
    d = nlp().make_doc(text)
    d._.reference = reference
    return nlp()(d)


def figures(text: str, reference=JAN_2023) -> list[tuple]:
    """(text, value, unit) of the numbers that are statistics."""
    return [(q.text, q.value, q.unit) for q in run(text, reference)._.quantities if q.skip is None]


def document(blocks: list[tuple[str, str]], reference=JAN_2023, fmt: str = "txt", title: str | None = None) -> Document:
    page = Page(number=1, blocks=[Block(text=t, role=Role(r), order=i) for i, (r, t) in enumerate(blocks)])
    meta = DocumentMeta(publication_id="test", title=title, reference_start=reference[0] if reference else None,
                        reference_end=reference[1] if reference else None)
    return Document(doc_id="test.txt", path="test.txt", format=fmt, meta=meta, pages=[page])
