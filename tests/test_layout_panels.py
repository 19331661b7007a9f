"""Dashboard panels drawn as rounded rectangles (closed paths, not `re` rectangles) are regions:
their text is read panel by panel, never across panels that share baselines. Pie slices and
circles are no panels."""

from __future__ import annotations

import math

import pytest

from conftest import CORPUS
from docextract.ingest import open_source
from docextract.layout import analyse, analyse_pdf
from docextract.layout.regions import outlines
from layout_pdfs import H, make_pdf, run, text

SVM_PDF = CORPUS / "pdf" / "staat-van-migratie-2023.pdf"


def _rounded(c, x, top, w, h, r=4):
    c.roundRect(x, H - top - h, w, h, r, stroke=1, fill=0)


def _two_panels_side_by_side(c):
    # the left panel's lines share baselines with the right panel's, and the gutter between
    # the text of the two columns is narrow: on whitespace alone the rows are cut first
    _rounded(c, 40, 90, 150, 120)
    _rounded(c, 202, 90, 150, 60)
    _rounded(c, 202, 156, 150, 54)
    text(c, 48, 110, "LINKS", 9)
    text(c, 48, 125, "Een zin in het linkerpaneel tot de rand.", 7)
    text(c, 48, 190, "Nog een zin links onderaan tot de rand.", 7)
    text(c, 210, 110, "RECHTS BOVEN", 9)
    text(c, 210, 125, "Een zin in het paneel rechtsboven.", 7)
    text(c, 210, 175, "RECHTS ONDER", 9)
    text(c, 210, 190, "Een zin rechtsonder.", 7)


def test_rounded_panels_are_read_one_by_one(tmp_path):
    with open_source(make_pdf(tmp_path / "panels.pdf", [_two_panels_side_by_side])) as src:
        doc = analyse(src)
    order = [ln for b in doc.blocks() for ln in b.text.split("\n")]
    left = [order.index(t) for t in ("LINKS", "Een zin in het linkerpaneel tot de rand.", "Nog een zin links onderaan tot de rand.")]
    right = [order.index(t) for t in ("RECHTS BOVEN", "Een zin in het paneel rechtsboven.",
                                      "RECHTS ONDER", "Een zin rechtsonder.")]
    assert left == sorted(left) and right == sorted(right)
    assert max(left) < min(right)  # the whole left panel before the right column


def _path(points, x0=None):
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return {"x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "pts": points}


def test_outlines_take_rounded_rectangles_not_slices_or_circles():
    rounded = _path([(37, 164), (291, 164), (295, 160), (295, 88), (291, 84), (37, 84), (33, 88),
                     (33, 160), (37, 164)])
    wedge = _path([(704, 166), (704, 130), (733, 143), (740, 174), (704, 166)])
    thin_wedge = _path([(704, 166), (668, 158), (704, 130), (704, 166)])  # every vertex on its box
    circle = _path([(100 + 30 * math.cos(a), 100 + 30 * math.sin(a)) for a in (0, math.pi / 2, math.pi,
                                                                             3 * math.pi / 2, 0)])
    assert outlines([rounded, wedge, thin_wedge, circle]) == [rounded]


@pytest.fixture(scope="module")
def page17():
    if not SVM_PDF.exists():
        pytest.skip("staat-van-migratie-2023.pdf not built yet")
    with open_source(SVM_PDF) as src:
        pages, _ = analyse_pdf([r for r in src.pages() if r.number == 9])
    return [b.text for b in pages[0].blocks]


def test_dashboard_panel_subtitle_follows_its_title(page17):
    # printed p.17: the LVV panel's reference period sat after the next column's last panel
    i = page17.index("UITSTROOM UIT LVV")
    assert page17[i + 1] == "(01.02.2022 – 31.01.2023)"


def test_dashboard_panel_keeps_its_own_statements_together(page17):
    i = page17.index("BINNENLANDS TOEZICHT")
    assert page17[i + 1:i + 5] == ["Minder controles, minder personen zonder verblijfsrecht aangetroffen.",
                                   "2021 41% 2022 36%", "2.730",
                                   "vreemdelingen ingestroomd in vreemdelingenbewaring"]


# --- key-figure tiles side by side ---------------------------------------------------------------

def _lines(rows):
    from docextract.layout.pdf_layout import _lines
    from docextract.layout.words import segments

    chars = [c for top, items in rows for x, t in items for c in run(t, x, top, 6.0)]
    return _lines(segments(chars))


def _tiles(rows):
    from docextract.layout.pdf_layout import _tiles

    tiles = _tiles(_lines(rows))
    return None if tiles is None else [" ".join(s.text for line in col for s in line) for col in tiles]


def test_tiles_side_by_side_come_apart_even_where_two_labels_run_into_one_segment():
    # the last line's two labels are 4 pt apart: one segment, split at the second figure's column
    rows = [(100, [(40, "20"), (95, "10")]),
            (108, [(40, "ingetrokken"), (95, "afgewezen")]),
            (116, [(40, "asielvergunningen"), (95, "asielaanvragen")])]
    assert len(_lines(rows)[2]) == 1
    assert _tiles(rows) == ["20 ingetrokken asielvergunningen", "10 afgewezen asielaanvragen"]


def test_a_table_or_a_labelled_row_is_no_set_of_tiles():
    table = [(100, [(40, "2021"), (100, "2022")]), (108, [(40, "1.700"), (100, "1.820")])]
    labelled = [(100, [(40, "Totaal"), (100, "20")]), (108, [(40, "ingetrokken"), (100, "afgewezen")])]
    across = [(100, [(40, "20"), (100, "10")]), (108, [(40, "een label dat doorloopt tot ver"), (130, "x")])]
    assert _tiles(table) is None and _tiles(labelled) is None and _tiles(across) is None


def test_corpus_tiles_each_a_statement(page17):
    assert {"20 ingetrokken asielvergunningen", "10 afgewezen asielaanvragen"} <= set(page17)
