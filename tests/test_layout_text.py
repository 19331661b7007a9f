"""The text-layer layout: ordinary text left in its order, dashboard repair only where a page
shows dashboard damage, footers told from headings and prose, page breaks bridged."""

from __future__ import annotations

import functools
import re

import pytest

from conftest import CORPUS
from docextract.layout import analyse_text
from docextract.layout.text_dashboard import is_dashboard, whole_sentences
from docextract.models import Role

SVM_TXT = CORPUS / "text" / "staat-van-migratie-2023.txt"
KC_2023 = CORPUS / "text" / "kerncijfers-asiel-en-migratie-2023-01.txt"
TEXTS = sorted((CORPUS / "text").glob("*.txt"))
_END = re.compile(r"[.!?]\)?$")

WEB_PAGE = """Uit welke landen komen asielzoekers?

In januari 2023 kwam van de asielzoekers die voor het eerst een aanvraag indienden:

- 26% uit Syrië;
- 7% uit Turkije;
- 6% uit Somalië;

(Bron: asieltrends van januari 2023, afgerond op tientallen)

Eerste asielaanvragen per land van herkomst

- Syrië
- Turkije
- Somalië

Eerste asielaanvragen in de laatste 12 maanden

- Syrië
- Turkije
- Somalië

Van de nareizigers kwam in januari 2023:

- 45% uit Syrië;
- 15% uit Turkije;

(Bron: asieltrends van januari 2023, afgerond op tientallen)

De inwilligingspercentages zijn berekend op basis van de beslissingen in deze periode.

De inwilligingspercentages zijn berekend op basis van de beslissingen in deze periode.
"""


def _need(path):
    if not path.exists():
        pytest.skip(f"{path.name} not built yet")


@functools.cache
def _layout(path):
    return analyse_text(path.read_text(encoding="utf-8"))


def _blocks(pages):
    return [b for p in pages for b in p.blocks]


def test_web_page_with_repeated_bullets_is_not_a_dashboard():
    lines = WEB_PAGE.splitlines()
    assert not is_dashboard(lines)
    pages, stats = analyse_text(WEB_PAGE)
    blocks = _blocks(pages)
    assert not any(b.role is Role.DASHBOARD_PANEL for b in blocks)
    texts = [b.text for b in blocks]
    intro = texts.index("In januari 2023 kwam van de asielzoekers die voor het eerst een aanvraag indienden:")
    assert texts[intro + 1: intro + 4] == ["- 26% uit Syrië;", "- 7% uit Turkije;", "- 6% uit Somalië;"]
    assert {b.role for b in blocks[intro + 1: intro + 4]} == {Role.LIST_ITEM}
    assert blocks[0].role is Role.HEADING


def test_dashboard_damage_is_recognised():
    interleaved = ["IMMIIMMIGRATIEGRATIE EN  EEMIN EGMIRATIEGRATIE (CBS (CBS) )",
                   "MIMIGGRRATIATIEE VA VANUINUIT T EEU/U/EEFFTATA--llaanndedenn  (C(CBBS)S)",
                   "20202222 in na in nationaal tionaal perperspespectiectief f"]
    filler = [f"Regel {i} met gewone tekst erin." for i in range(20)]
    assert is_dashboard(filler + interleaved)
    assert not is_dashboard(filler + ["Ingewilligd Ingewilligd", "Taakstelling Gehuisvest Taakstelling Gehuisvest",
                                      "Ingediend Afgehandeld % Ingediend Afgehandeld %"])
    assert is_dashboard(["Een regel.", "A4-Migr-Dashboard23-08DEF.indd   1 31-08-2023   16:17:42"])


def test_kerncijfers_web_page_keeps_its_lists_in_place():
    _need(KC_2023)
    pages, _ = _layout(KC_2023)
    blocks = _blocks(pages)
    assert not any(b.role is Role.DASHBOARD_PANEL for b in blocks)
    texts = [b.text for b in blocks]
    i = texts.index("- 26% uit Syrië;")
    assert texts[i - 1] == "In januari 2023 kwam van de asielzoekers die voor het eerst een aanvraag indienden:"
    assert blocks[i].role is Role.LIST_ITEM
    j = texts.index("- 92% uit Afghanistan;")
    assert texts[j - 1].endswith("komt:")


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_text_layers_roles_and_order(path):
    pages, _ = _layout(path)
    blocks = _blocks(pages)
    assert blocks
    # ordinary pages never go through dashboard repair
    dashboards = {b.page for b in blocks if b.role in (Role.DASHBOARD_PANEL, Role.SLUG)}
    for page in pages:
        if page.number not in dashboards:
            assert {b.role for b in page.blocks} <= {Role.BODY, Role.LIST_ITEM, Role.HEADING, Role.CAPTION,
                                                    Role.FOOTNOTE, Role.PAGE_FOOTER}, page.number
    if path.stem != "staat-van-migratie-2023":
        assert not dashboards


def test_footers_are_running_titles_not_headings_or_prose():
    text = "\n".join([
        "Hoofdstuk 1", "Inleiding van het verslag.", "Verslag 2022 3", "",
        "Figuur 1", "In 2022 kwamen er meer mensen dan in 2021", "Verslag 2022 5", "",
        "Hoofdstuk 2", "Het aantal aanvragen steeg met 12", "Tabel 2", "Verslag 2022 7", "",
        "Figuur 14", "Slotwoord.", "Verslag 2022 9",
    ])
    pages, _ = analyse_text(text)
    footers = [b.text for b in _blocks(pages) if b.role is Role.PAGE_FOOTER]
    assert footers == ["Verslag 2022 3", "Verslag 2022 5", "Verslag 2022 7", "Verslag 2022 9"]
    assert len(pages) == 4


def test_svm_chapter_titles_are_not_footers():
    _need(SVM_TXT)
    pages, _ = _layout(SVM_TXT)
    footers = [b.text for b in _blocks(pages) if b.role is Role.PAGE_FOOTER]
    assert all(re.fullmatch(r"De Staat van Migratie 2023 \d+", f) for f in footers), footers
    headings = [b.text for b in _blocks(pages) if b.role is Role.HEADING]
    assert "Hoofdstuk 2" in headings


def _dashboard_pages(pages):
    return [p for p in pages if any(b.role is Role.SLUG for b in p.blocks)]


def test_svm_dashboard_pages_are_split_at_their_footers_and_slugs():
    _need(SVM_TXT)
    pages, _ = _layout(SVM_TXT)
    dash = _dashboard_pages(pages)
    assert len(dash) == 3
    feet = [[b.text for b in p.blocks if b.role is Role.PAGE_FOOTER] for p in dash]
    assert feet == [["De Staat van Migratie 2023 11"], ["De Staat van Migratie 2023 15"], ["De Staat van Migratie 2023 17"]]
    between = pages[dash[0].number]  # the page after printed page 11
    assert [b.text for b in between.blocks] == ["Thematische dashboards", "De Staat van Migratie 2023 13"]


def test_svm_dashboard_prose_is_whole_sentences_once():
    _need(SVM_TXT)
    pages, stats = _layout(SVM_TXT)
    prose = [b.text for p in _dashboard_pages(pages) for b in p.blocks if b.role is Role.BODY]
    assert prose
    for text in prose:
        # a panel sentence may close on its figures: "... gevolgd door arbeid (29.000; +57%)"
        assert text[0].isupper() and (_END.search(text) or re.search(r"\(\d[\d.]*; [+-]\d+%\)$", text)), text
        assert not re.search(r"\b(\w+) \1\b", text), text
    sentences = [s for t in prose for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\d])", t)]
    assert len(sentences) == len(set(sentences))
    assert not any(t.endswith("van buiten de EU als") for t in prose)
    assert stats["half_sentences_dropped"] > 0


@pytest.mark.parametrize(("text", "kept"), [
    ("In 2022 immigreerden 403.108 personen naar Nederland. 179.310 personen emigreerden.",
     ["In 2022 immigreerden 403.108 personen naar Nederland.", "179.310 personen emigreerden."]),
    ("In 2022 hadden de meeste migranten van buiten de EU als", []),
    ("migratiesaldo was 223.798 personen. In 2022 zijn 5 personen vertrokken.", ["In 2022 zijn 5 personen vertrokken."]),
    ("Oekraïne (tijdelijke bescherming). vooral de Syrische nationaliteit.", []),
    ("In 2022 zijn 5 personen. Zij hadden hadden. 58% daarvan was aantoonbaar vertrek.", ["In 2022 zijn 5 personen."]),
])
def test_whole_sentences_drops_halves(text, kept):
    from collections import Counter

    vocab = Counter(text.split() * 2)
    assert whole_sentences(text, vocab)[0] == kept


@pytest.mark.parametrize(("folios", "joined"), [((3, 4, 5), True), ((3, 5, 7), False)])
def test_paragraph_split_by_a_footer_is_joined_when_the_pages_follow(folios, joined):
    first = "Het aantal asielaanvragen is in 2022 sterk gestegen en de opvang"
    second = "Kwam daardoor onder grote druk te staan."
    text = "\n".join([
        first, f"Verslag 2022 {folios[0]}", "",
        second, f"Verslag 2022 {folios[1]}", "",
        "Een nieuwe alinea.", f"Verslag 2022 {folios[2]}",
    ])
    pages, stats = analyse_text(text)
    body = [b.text for b in _blocks(pages) if b.role is Role.BODY]
    if joined:
        assert body[0] == f"{first} {second}"
        assert stats["paragraphs_joined_across_pages"] == 1
    else:  # printed pages missing in between (an excerpt): no guessing
        assert body[:2] == [first, second]
        assert stats["paragraphs_joined_across_pages"] == 0


# --- key-figure tiles on a single-layer dashboard page ---------------------------------------------

TILE_LINES = ["141.000 toegangsweigeringen in de EU", "360 150", "ongewenst- zware", "reizigers via vijf",
              "verklaringen inreisverboden", "61,3 miljoen", "Nederlandse luchthavens"]


def test_text_tiles_rebuild_each_figure_with_its_label():
    from docextract.layout.text_dashboard import text_tiles

    lines, rebuilt = text_tiles(TILE_LINES)
    assert rebuilt == 2
    assert lines == ["141.000 toegangsweigeringen in de EU", "360 ongewenstverklaringen",
                     "150 zware inreisverboden", "reizigers via vijf", "61,3 miljoen", "Nederlandse luchthavens"]


@pytest.mark.parametrize("lines", [
    ["2021 41%", "(regulier, ingewilligde hasa)", "Gedwongen vertrek", "2022 36%"],  # years with shares
    ["0 50.000 100.000", "Pools Duits Italiaans"],  # labels in capitals: no continuation
    ["360 150", "61,3 miljoen", "ongewenst- zware"],  # a line opening with a figure ends the tiles
    ["360 150", "reizigers via vijf"],  # no line with one word per tile
])
def test_text_tiles_leave_other_lines_alone(lines):
    from docextract.layout.text_dashboard import text_tiles

    assert text_tiles(lines) == (lines, 0)


def test_text_layer_tiles_on_printed_page_17(svm_text):
    _, document = svm_text
    texts = [b.text for b in document.blocks()]
    assert "360 ongewenstverklaringen" in texts and "150 zware inreisverboden" in texts
    assert "360 150" not in texts
