"""Running heads and feet on short documents, prose and footnotes never furniture, paragraphs
joined across page breaks, and the cheap Word objects of the PDF path."""

from __future__ import annotations

import pytest

from conftest import CORPUS
from docextract.ingest import open_source
from docextract.layout import analyse
from docextract.layout.pdf_layout import _word
from docextract.layout.words import PWord
from docextract.models import Role, Word
from layout_pdfs import PARAGRAPH, make_pdf, text

KC_2020 = CORPUS / "pdf" / "kerncijfers-asiel-en-migratie-2020-05.pdf"
FIRST = "In mei 2020 kwam 57% van de nareizigers uit Eritrea. 24% betrof"
SECOND = "Pakistan en 10% kwam uit Syrië."


def layout(path):
    with open_source(path) as src:
        return analyse(src)


def _roles(doc):
    return [(b.page, b.role, b.text) for b in doc.blocks()]


def test_two_page_browser_print_header_footer_and_split_sentence(tmp_path):
    def page_n(n):
        def page(c):
            text(c, 30, 20, "15-06-2020 09:41", 8)
            text(c, 250, 20, "Kerncijfers asiel en migratie | Rijksoverheid.nl", 8)
            if n == 1:
                for i, line in enumerate(PARAGRAPH):
                    text(c, 72, 100 + 14 * i, line)
                text(c, 72, 790, FIRST)
            else:
                text(c, 72, 100, SECOND)
                text(c, 72, 130, "Een nieuwe alinea die op zichzelf staat.")
            text(c, 30, 825, "https://www.rijksoverheid.nl/onderwerpen/asielbeleid/kerncijfers", 8)
            text(c, 540, 825, f"{n}/2", 8)
        return page
    doc = layout(make_pdf(tmp_path / "print.pdf", [page_n(1), page_n(2)]))
    roles = _roles(doc)
    for n in (1, 2):
        assert (n, Role.PAGE_HEADER, "15-06-2020 09:41") in roles
        assert (n, Role.PAGE_HEADER, "Kerncijfers asiel en migratie | Rijksoverheid.nl") in roles
        assert (n, Role.PAGE_FOOTER, f"{n}/2") in roles
    body = [t for _, r, t in roles if r is Role.BODY]
    assert f"{FIRST} {SECOND}" in body
    assert SECOND not in body
    assert doc.stats["paragraphs_joined_across_pages"] == 1


def test_two_pages_same_words_at_different_places_are_not_a_header(tmp_path):
    def page_n(top):
        def page(c):
            text(c, 72, top, "Kerncijfers", 12)
            for i, line in enumerate(PARAGRAPH):
                text(c, 72, 120 + 14 * i, line)
        return page
    doc = layout(make_pdf(tmp_path / "two.pdf", [page_n(30), page_n(60)]))
    assert not any(b.role is Role.PAGE_HEADER for b in doc.blocks())


def test_prose_and_footnotes_at_the_foot_are_not_footers(tmp_path):
    def page_n(n):
        def page(c):
            for i, line in enumerate(PARAGRAPH):
                text(c, 72, 100 + 14 * i, line)
            text(c, 72, 775, f"In dat jaar werden in totaal {n}", 10)
            text(c, 72, 800, f"{80 + n} Tweede Kamer, vergaderjaar 2022-2023, 29 237, nr. {n}.", 7)
            text(c, 72, 825, f"Jaarverslag 2022 {n}", 8)
        return page
    doc = layout(make_pdf(tmp_path / "foot.pdf", [page_n(n) for n in range(1, 6)]))
    for page in doc.pages:
        roles = {b.text: b.role for b in page.blocks}
        n = page.number
        assert roles[f"Jaarverslag 2022 {n}"] is Role.PAGE_FOOTER
        assert roles[f"{80 + n} Tweede Kamer, vergaderjaar 2022-2023, 29 237, nr. {n}."] is Role.FOOTNOTE
        prose = [b for b in page.blocks if b.text.startswith("In dat jaar")]
        assert prose and prose[0].role is Role.BODY


def test_kerncijfers_2020_sentence_across_the_page_break():
    if not KC_2020.exists():
        pytest.skip("not built yet")
    doc = layout(KC_2020)
    assert len(doc.pages) == 2
    body = [b.text for b in doc.blocks() if b.role is Role.BODY]
    assert "In mei 2020 kwam 57% van de nareizigers uit Eritrea. 24% betrof Pakistan en 10% kwam uit Syrië." in body
    for page in doc.pages:
        assert [b.text for b in page.blocks if b.role is Role.PAGE_HEADER] == [
            "15-06-2020 09:41", "Kerncijfers asiel en migratie | Rijksoverheid.nl"]
        assert f"{page.number}/2" in [b.text for b in page.blocks if b.role is Role.PAGE_FOOTER]


def test_cheap_word_equals_a_validated_word():
    w = _word(PWord("asiel", 10.123456, 20.5, 40.987654, 30.25, 9.9999, "Helvetica"))
    ref = Word(text="asiel", bbox=(10.12, 20.5, 40.99, 30.25), fontname="Helvetica", size=10.0)
    assert w == ref
    assert w.model_dump() == ref.model_dump()
    assert w.model_copy(update={"text": "x"}).text == "x" and w.text == "asiel"
