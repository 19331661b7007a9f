"""Layout fixes that cost the NLP stage facts: a figure's small bold labels are no headings,
a line printed over a paragraph does not cut it in two, an abbreviation ending in a capital
keeps the space after it. Each on its corpus page and on a case it must leave alone."""

from __future__ import annotations

import functools

import pytest

from conftest import CORPUS
from docextract.ingest import open_source
from docextract.layout import analyse_pdf
from docextract.layout.repair import join_letter_spaced
from docextract.models import Role
from layout_pdfs import make_pdf, text

SVM_PDF = CORPUS / "pdf" / "staat-van-migratie-2023.pdf"


@functools.cache
def _svm(numbers):
    if not SVM_PDF.exists():
        pytest.skip("staat-van-migratie-2023.pdf not built yet")
    with open_source(SVM_PDF) as src:
        return analyse_pdf([r for r in src.pages() if r.number in numbers])


def _blocks(pages, number):
    return next(p for p in pages if p.number == number).blocks


def _pdf(tmp_path, draw):
    path = make_pdf(tmp_path / "t.pdf", [draw])
    with open_source(path) as src:
        return analyse_pdf(list(src.pages()))


# --- small bold labels of a figure or table -------------------------------------------------

def test_column_headers_of_figure_11_are_no_heading():
    # PDF page 25 (printed 49): the 7.5 pt bold header row over 9 pt prose headed the section
    pages, _ = _svm((25,))
    blocks = _blocks(pages, 25)
    header = next(b for b in blocks if b.text.startswith("2021 Gezin en Kennis"))
    assert header.role is Role.FIGURE
    headings = [b.text for b in blocks if b.role is Role.HEADING]
    assert headings == ["2.2.5 Wat valt nog meer onder regulier toelatingsbeleid?",
                        "2.2.5.1 Britse burgers en hun familieleden"]


def test_chapter_title_and_dashboard_panel_titles_stay_headings():
    # "Hoofdstuk 1" is smaller than the 28 pt chapter title that makes the page's body size;
    # dashboard panel titles are small and bold too
    pages, _ = _svm((6, 10))
    assert [b.text for b in _blocks(pages, 10) if b.role is Role.HEADING][:1] == ["Hoofdstuk 1"]
    dash = {b.text for b in _blocks(pages, 6) if b.role is Role.HEADING}
    assert {"IMMIGRATIE EN EMIGRATIE (CBS)", "KETENBREED VERTREK (JenV)"} <= dash


def test_bold_line_at_body_size_stays_a_heading(tmp_path):
    def draw(c):
        text(c, 56, 100, "Asiel en opvang", 10, "Helvetica-Bold")
        for k in range(4):
            text(c, 56, 116 + 12 * k, "In 2022 vroegen meer mensen asiel aan dan een jaar eerder in", 10)
    pages, _ = _pdf(tmp_path, draw)
    assert pages[0].blocks[0].role is Role.HEADING


# --- a line printed over a paragraph ----------------------------------------------------------

def test_overprinted_draft_line_leaves_the_panel_sentence_whole():
    # PDF page 6 (dashboard p.11): a 6 pt line of an older draft sits between the 7.5 pt lines
    pages, stats = _svm((6,))
    blocks = _blocks(pages, 6)
    para = next(b for b in blocks if b.text.startswith("In 2022 hadden 104.511"))
    assert "nationaliteit. In 2022 zijn 49.940 personen genaturaliseerd tot Nederlander." in para.text
    stale = next(b for b in blocks if b.text.startswith("stond op de 2e plek (39.615"))
    assert stale.role is Role.FIGURE
    assert blocks.index(stale) == blocks.index(para) + 1
    assert stats["overprinted_lines"] == 3


def _paragraph_and_small_line(c, x_small, base_small):
    for k in range(3):
        text(c, 56, 100 + 12 * k, "Het aantal aanvragen steeg in dat jaar fors ten opzichte van het", 10)
    text(c, x_small, base_small, "een oudere tekst van een ander ontwerp", 6)


def test_line_drawn_across_a_paragraph_is_taken_out(tmp_path):
    # 2.5 pt above the next line's baseline, as on the dashboard (closer, words.py merges the lines)
    pages, stats = _pdf(tmp_path, lambda c: _paragraph_and_small_line(c, 56, 109.5))
    roles = [(b.role, b.text[:20]) for b in pages[0].blocks]
    assert roles == [(Role.BODY, "Het aantal aanvragen"), (Role.FIGURE, "een oudere tekst van")]
    assert stats["overprinted_lines"] == 1


def test_line_drawn_across_within_the_baseline_tolerance_is_taken_out(tmp_path):
    # 1.5 pt above the next line's baseline: one baseline cluster for words.py, whose letters
    # interleaved ("s4t9on.9d4") before lines of two sizes that overlap were told apart
    pages, stats = _pdf(tmp_path, lambda c: _paragraph_and_small_line(c, 56, 110.5))
    roles = [(b.role, b.text[:20]) for b in pages[0].blocks]
    assert roles == [(Role.BODY, "Het aantal aanvragen"), (Role.FIGURE, "een oudere tekst van")]
    assert pages[0].blocks[0].text.count("Het aantal aanvragen steeg") == 3
    assert stats["overprinted_lines"] == 1


def test_small_line_in_its_own_space_is_left_alone(tmp_path):
    # the same line below the paragraph, clear of it: no overprint, the blocks as before
    pages, stats = _pdf(tmp_path, lambda c: _paragraph_and_small_line(c, 56, 140))
    assert "overprinted_lines" not in stats
    assert [b.role for b in pages[0].blocks] == [Role.BODY, Role.BODY]


# --- an abbreviation ending in an overhanging capital ----------------------------------------

@pytest.mark.parametrize(("before", "after"), [
    ("de DT&V omvat het vertrek", "de DT&V omvat het vertrek"),
    ("met hulp van DT&V vertrokken", "met hulp van DT&V vertrokken"),
    ("een T&O ingediend", "een T&O ingediend"),
    ("(V erschillende typen)", "(Verschillende typen)"),
    ("‘T op 10’", "‘Top 10’"),
])
def test_letter_spacing_join_needs_the_capital_to_open_a_word(before, after):
    assert join_letter_spaced(before)[0] == after


def test_dtv_keeps_its_space_on_the_corpus_pages():
    pages, _ = _svm((56, 68))
    texts = " ".join(b.text for p in pages for b in p.blocks)
    assert "caseload van de DT&V omvat" in texts
    assert "met hulp van DT&V vertrokken." in texts
    assert "DT&Vomvat" not in texts and "DT&Vvertrokken" not in texts
