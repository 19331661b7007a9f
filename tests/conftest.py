"""Shared fixtures. Corpus documents are extracted once per test session and shared."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "fixtures" / "gold"
SHARED = ROOT.parent / "shared"


@functools.cache
def _extraction(relpath: str):
    from docextract.pipeline import extract_document

    return extract_document(CORPUS / relpath)


@pytest.fixture(scope="session")
def corpus_extraction():
    """corpus_extraction("pdf/ind-jaarcijfers-2023.pdf") -> Extraction (document, tables, facts), cached."""

    def get(relpath: str):
        path = CORPUS / relpath
        if not path.exists():
            pytest.skip(f"{relpath} not built yet")
        return _extraction(relpath)

    return get


@pytest.fixture(scope="module")
def svm_pdf(corpus_extraction):
    """The Staat van Migratie PDF through the pipeline (document, tables, facts)."""
    return corpus_extraction("pdf/staat-van-migratie-2023.pdf")


@pytest.fixture(scope="module")
def svm_pdf_figures(svm_pdf):
    """Its captioned tables by figure number ("78" -> Table)."""
    return {t.caption.number: t for t in svm_pdf.tables if t.caption}


@pytest.fixture(scope="session")
def svm_text(corpus_extraction):
    """The Staat van Migratie text layer: its figure tables (text_tables, in order, without the
    dashboard readers' tables) and the layout's document."""
    extraction = corpus_extraction("text/staat-van-migratie-2023.txt")
    return [t for t in extraction.tables if t.method != "dashboard"], extraction.document
