"""Text-layer tables carry the page their lines are on (the layout stage's pages), so their
facts get the printed page number. Expected pages are read off corpus/text by hand: the
running footer 'De Staat van Migratie 2023 N' that closes each page."""

from __future__ import annotations

from pathlib import Path

import pytest

from docextract.models import Block, Document, Line, Page, Role
from docextract.tables.text_pages import line_pages

TEXT = Path(__file__).resolve().parent.parent / "corpus" / "text"


def _page(number: int, *blocks: tuple[str, Role]) -> Page:
    return Page(number=number, blocks=[
        Block(text=t, role=r, page=number, lines=[Line(text=t)]) for t, r in blocks])


def test_lines_take_the_page_the_layout_put_them_on():
    doc = Document(doc_id="d", path="d", format="txt", pages=[
        _page(1, ("Inleiding over asiel", Role.BODY), ("Rapport 2023 4", Role.PAGE_FOOTER)),
        _page(2, ("2022", Role.BODY), ("Figuur 1: Asielaanvragen", Role.CAPTION),
              ("Rapport 2023 5", Role.PAGE_FOOTER)),
    ])
    texts = ["Inleiding over asiel", "Rapport 2023 4", "Totaal 1.200", "2022",
             "Figuur 1: Asielaanvragen", "Rapport 2023 5"]
    # 'Totaal 1.200' is on no page's lines: after the footer that closed page 1 it opens page 2
    assert line_pages(texts, doc) == [1, 1, 2, 2, 2, 2]


def test_a_footer_printed_first_does_not_close_its_page():
    # dashboard pages read their footer before their panels
    doc = Document(doc_id="d", path="d", format="txt", pages=[
        _page(1, ("Tekst", Role.BODY), ("Rapport 2023 4", Role.PAGE_FOOTER)),
        _page(2, ("Rapport 2023 5", Role.PAGE_FOOTER), ("Asiel", Role.DASHBOARD_PANEL)),
        _page(3, ("Volgende", Role.BODY)),
    ])
    texts = ["Tekst", "Rapport 2023 4", "Rapport 2023 5", "AsAsieliel", "Asiel", "AsAsieliel",
             "Volgende"]
    assert line_pages(texts, doc) == [1, 1, 2, 2, 2, 2, 3]


def test_a_line_on_many_pages_does_not_pull_the_page_back():
    doc = Document(doc_id="d", path="d", format="txt", pages=[
        _page(1, ("2021 2022", Role.BODY), ("Eerste", Role.BODY)),
        _page(2, ("Tweede", Role.BODY), ("2021 2022", Role.BODY)),
    ])
    assert line_pages(["2021 2022", "Eerste", "Tweede", "2021 2022"], doc) == [1, 1, 2, 2]


@pytest.fixture(scope="module")
def svm(svm_text):
    tables, document = svm_text
    labels = {p.number: p.label for p in document.pages}
    return {t.caption.number: labels[t.page] for t in tables if t.caption}


@pytest.mark.parametrize("figure, label", [("11", "49"), ("16", "51"), ("78", "113")])
def test_svm_text_tables_carry_their_printed_page(svm, figure, label):
    assert svm[figure] == label
