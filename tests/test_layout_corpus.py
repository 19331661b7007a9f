"""The layout stage on corpus pages: Staat van Migratie dashboards (PDF and text layer) and the
IND Jaarcijfers sheet; ordinary body pages must come through unchanged."""

from __future__ import annotations

import functools
import re

import pytest

from conftest import CORPUS
from docextract.ingest import open_source
from docextract.layout import analyse_pdf, analyse_text
from docextract.models import Role

SVM_PDF = CORPUS / "pdf" / "staat-van-migratie-2023.pdf"
SVM_TXT = CORPUS / "text" / "staat-van-migratie-2023.txt"
IND_PDF = CORPUS / "pdf" / "ind-jaarcijfers-2023.pdf"
DASHBOARD_PDF_PAGES = (6, 8, 9)  # printed pages 11, 15, 17 (landscape dashboards)
SENTENCES = [
    "In 2022 immigreerden 403.108 (+61%) personen naar Nederland.",
    "179.310 (+26%) personen emigreerden.",
    "Het migratiesaldo was 223.798 (+107%) personen.",
    "Arbeid vormt de belangrijkste reden van migranten van buiten de EU/EFTA om naar Nederland te komen.",
]
DOUBLED = re.compile(r"\b(\w{3,})\1|IMMIIMM|perpers")


def _need(path):
    if not path.exists():
        pytest.skip(f"{path.name} not built yet")


@functools.cache
def _pdf_pages(path, numbers):
    with open_source(path) as src:
        raws = [r for r in src.pages() if r.number in numbers]
        return analyse_pdf(raws)


@functools.cache
def _svm_text():
    return analyse_text(SVM_TXT.read_text(encoding="utf-8"))


def _prose(pages):
    return [b.text for p in pages for b in p.blocks if b.role in (Role.BODY, Role.LIST_ITEM, Role.HEADING, Role.CAPTION)]


@pytest.mark.parametrize("source", ["pdf", "text"])
def test_dashboard_summary_sentences_come_out_once_and_whole(source):
    _need(SVM_PDF if source == "pdf" else SVM_TXT)
    pages, stats = _pdf_pages(SVM_PDF, DASHBOARD_PDF_PAGES) if source == "pdf" else _svm_text()
    prose = " ".join(_prose(pages))
    for sentence in SENTENCES:
        assert prose.count(sentence) == 1, sentence
    assert stats["duplicate_chars_removed" if source == "pdf" else "duplicate_fragments_removed"] > 100


# Partial copies of a label drawn before the whole one ("5" then "50%", offset by a point):
# mixing the two layers split words and numbers ("5 0%", "Spa ns", "38." + "Belgisch 156", "(20 21)").
SPLICED = [(9, "Zelfstandig vertrek zonder toezicht 50%"), (9, "Resultaat verblijf (regulier, ingewilligde hasa) 51%"),
           (9, "Zonder duurzame oplossing 31%"), (8, "Spaans"), (8, "38.156"), (8, "(2021)"),
           (6, "Immigratie Emigratie Migratiesaldo")]


@pytest.mark.parametrize(("page", "label"), SPLICED)
def test_dashboard_labels_come_from_one_layer(page, label):
    _need(SVM_PDF)
    pages, _ = _pdf_pages(SVM_PDF, DASHBOARD_PDF_PAGES)
    lines = [ln for p in pages if p.number == page for b in p.blocks for ln in b.text.split("\n")]
    assert any(ln == label or (" " not in label and label in ln.split()) for ln in lines), label


def test_dashboard_prose_has_no_doubled_letters_pdf():
    _need(SVM_PDF)
    pages, _ = _pdf_pages(SVM_PDF, DASHBOARD_PDF_PAGES)
    doubled = [t for t in _prose(pages) if DOUBLED.search(t)]
    assert not doubled


def test_dashboard_text_layer_has_no_doubled_letters():
    _need(SVM_TXT)
    pages, stats = _svm_text()
    doubled = [b.text for p in pages for b in p.blocks if re.search(r"IMMIIMM|perperspe|20202222", b.text)]
    assert not doubled
    assert stats["interleaved_doubles_undone"] > 0


def test_dashboard_slug_is_its_own_block():
    _need(SVM_PDF)
    pages, _ = _pdf_pages(SVM_PDF, DASHBOARD_PDF_PAGES)
    slugs = [b.text for p in pages for b in p.blocks if b.role is Role.SLUG]
    assert any(".indd" in s for s in slugs)
    assert not any(".indd" in t for t in _prose(pages))


def test_text_layer_footers_footnotes_and_markers():
    _need(SVM_TXT)
    pages, _ = _svm_text()
    blocks = [b for p in pages for b in p.blocks]
    footers = [b.text for b in blocks if b.role is Role.PAGE_FOOTER]
    assert "De Staat van Migratie 2023 33" in footers
    notes = [b.text for b in blocks if b.role is Role.FOOTNOTE]
    assert "68 UNHCR - Global Trends 2022." in notes
    body = " ".join(b.text for b in blocks if b.role is Role.BODY)
    assert "De Staat van Migratie 2023 33" not in body
    assert "middelenvereiste wordt voldaan" in body


def test_text_layer_ordinary_paragraph_unchanged():
    _need(SVM_TXT)
    pages, _ = _svm_text()
    body = [b.text for p in pages for b in p.blocks if b.role is Role.BODY]
    assert ("Voor u ligt de derde editie van de Staat van Migratie. De Staat van Migratie 2023 zet de "
            "relevante cijfermatige en beleidsmatige ontwikkelingen op het terrein van migratie in 2022 "
            "op een integrale, feitelijke en samenhangende wijze op een rij. Het uitgangspunt is een zo "
            "feitelijk mogelijk overzicht te bieden over het brede migratiedomein.") in " ".join(body)
    assert any("de Europese Unie (EU)" in t for t in body)


def test_pdf_body_page_left_alone():
    _need(SVM_PDF)
    pages, stats = _pdf_pages(SVM_PDF, (11,))
    assert stats.get("duplicate_chars_removed", 0) == 0
    body = [b for b in pages[0].blocks if b.role is Role.BODY]
    assert len(body) >= 4 and all(b.text == b.text.strip() for b in body)
    assert any(b.role is Role.FOOTNOTE for b in pages[0].blocks)


def test_ind_panels_rows_without_top3_entries():
    _need(IND_PDF)
    pages, _ = _pdf_pages(IND_PDF, (1,))
    blocks = pages[0].blocks
    tables = [b for b in blocks if b.role is Role.TABLE]
    boxes = [b for b in blocks if b.role is Role.SIDEBAR]
    assert len(tables) >= 20 and len(boxes) >= 8
    for t in tables:
        assert not re.search(r"\b[123]\. [A-Z]", t.text), t.text
    first = next(t for t in tables if t.text.startswith("Familie & Gezin"))
    assert "Aanvragen 41.820 45.300 37.790" in first.text.splitlines()
    assert "Tijdigheid beslissingen 83% 88% 91%" in first.text.splitlines()
    assert any(b.text.splitlines()[1:] == ["1. Indiase", "2. Turkse", "3. Russische"] for b in boxes)


def test_ind_superscript_marker_not_glued():
    _need(IND_PDF)
    pages, _ = _pdf_pages(IND_PDF, (1,))
    text = "\n".join(b.text for b in pages[0].blocks)
    assert "Eerste asielaanvragen 38.380" in text
    assert "asielaanvragen2" not in text
