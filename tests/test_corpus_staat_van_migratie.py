"""The committed corpus PDF of "De Staat van Migratie 2023" carries each layout trap of the original.

Reads corpus/pdf/staat-van-migratie-2023.pdf as committed (it is not regenerated here, except by the
determinism test, which builds into a temporary directory). Pages are located through the text layer
(corpus/text/staat-van-migratie-2023.txt): one PDF page per text-layer page, in order.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber")

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "corpus" / "pdf" / "staat-van-migratie-2023.pdf"
TEXT = ROOT / "corpus" / "text" / "staat-van-migratie-2023.txt"
BUILD = ROOT / "corpus" / "build"
FOOTER_RE = re.compile(r"^De Staat van Migratie 2023 (\d+)\s*$", re.M)
BODY_SIZE = 9.0
DASHBOARDS = {11: "A4-Migr-Dashboard23-08DEF.indd", 15: "A4-Migr-Dashboard23-03DEF.indd",
              17: "A4-Migr-Dashboard23-05DEF.indd"}


def _text_pages() -> list[str]:
    # pages are separated by an empty line; every page but the two covers has one footer line
    return [c for c in TEXT.read_text(encoding="utf-8").split("\n\n") if c.strip()]


TEXT_PAGES = _text_pages()


def idx_of_footer(n: int) -> int:
    return next(i for i, c in enumerate(TEXT_PAGES) if re.search(rf"^De Staat van Migratie 2023 {n}\s*$", c, re.M))


def idx_of_caption(fig: int) -> int:
    return next(i for i, c in enumerate(TEXT_PAGES) if re.search(rf"^\s*Figuur {fig}:", c, re.M))


@pytest.fixture(scope="module")
def pdf():
    if not PDF.exists():
        pytest.skip("corpus PDF not built")
    with pdfplumber.open(PDF) as doc:
        yield doc


def _caption_top(page, fig: int) -> float:
    words = page.extract_words()
    for a, b in zip(words, words[1:], strict=False):
        if a["text"] == "Figuur" and b["text"] == f"{fig}:":
            return a["top"]
    raise AssertionError(f"caption Figuur {fig}: not found")


def _word_top(page, text: str, below: float = 0.0) -> float:
    return min(w["top"] for w in page.extract_words() if w["text"] == text and w["top"] >= below)


def _shapes_in(page, top: float, bottom: float) -> list:
    return [o for o in page.rects + page.lines + page.curves if o["top"] >= top - 1 and o["bottom"] <= bottom + 1]


# --- structure ---------------------------------------------------------------------------------------


def test_page_count_equals_text_layer_pages(pdf):
    footers = FOOTER_RE.findall(TEXT.read_text(encoding="utf-8"))
    assert len(TEXT_PAGES) == len(footers) + 2  # + the two covers without a footer
    assert len(pdf.pages) == len(TEXT_PAGES) == 77


@pytest.mark.parametrize("printed", [5, 21, 33, 63, 89, 113, 137, 153])
def test_footer_on_body_pages(pdf, printed):
    page = pdf.pages[idx_of_footer(printed)]
    assert page.width < page.height  # A4 portrait
    foot = page.crop((0, page.height - 60, page.width, page.height)).extract_text()
    assert foot.strip().endswith(f"De Staat van Migratie 2023 {printed}")


def test_whole_text_layer_present_on_sampled_pages(pdf):
    for i in range(2, len(TEXT_PAGES), 6):
        chunk = TEXT_PAGES[i]
        if any(f"De Staat van Migratie 2023 {n}\n" in chunk + "\n" for n in DASHBOARDS):
            continue
        stream = re.sub(r"\s", "", "".join(ch["text"] for ch in pdf.pages[i].chars))
        words = [w for w in chunk.split() if w]
        missing = [w for w in words if w not in stream]
        assert not missing, (i, missing[:10])


# --- footnotes, hyphenation, letter spacing ----------------------------------------------------------


def test_footnote_markers_are_superscripts_and_bodies_at_the_foot(pdf):
    page = pdf.pages[idx_of_footer(63)]  # markers 68, 69 in the text, 70 on the caption of Figuur 26
    chars = page.chars
    body = [c for c in chars if abs(c["size"] - BODY_SIZE) < 0.01]
    supers = []
    for c in chars:
        if not c["text"].isdigit() or c["size"] >= BODY_SIZE * 0.8 or c["top"] > page.height * 0.75:
            continue
        line = [b for b in body if abs(b["x1"] - c["x0"]) < 20 and abs(b["bottom"] - c["bottom"]) < 6]
        if line and all(c["bottom"] < b["bottom"] - 2 for b in line):  # raised above the baseline
            supers.append(c["text"])
    assert "".join(supers).count("6") >= 2 and "9" in "".join(supers)
    foot = page.crop((0, page.height * 0.72, page.width, page.height - 40))
    text = foot.extract_text()
    assert "68" in text and "UNHCR - Global Trends 2022." in text and "70" in text
    assert all(c["size"] < BODY_SIZE for c in foot.chars)
    assert any(line["x1"] - line["x0"] < page.width / 2 for line in foot.lines)  # the short rule


def test_hyphenated_line_end(pdf):
    lines = pdf.pages[idx_of_footer(7)].extract_text().split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.endswith("van het migratie-"))
    assert lines[i + 1].startswith("domein centraal.")


def test_letter_spaced_top_10_splits_into_words(pdf):
    page = pdf.pages[idx_of_caption(20)]
    words = [w["text"] for w in page.extract_words(x_tolerance=3)]
    i = words.index("20:")
    assert words[i + 1 : i + 4] == ["T", "op", "10"]
    assert "Top" not in words[i : i + 6]


# --- tables ------------------------------------------------------------------------------------------


def test_caption_of_figuur_78_below_its_table(pdf):
    page = pdf.pages[idx_of_caption(78)]
    assert "Figuur 78: Vertrek via de DT&V" in page.extract_text()
    cap = _caption_top(page, 78)
    table = [r for r in page.rects if r["bottom"] <= cap]
    assert len(table) > 40
    assert max(r["bottom"] for r in table) < cap
    values = [w for w in page.extract_words() if w["text"] in {"13.160", "13.410", "+200%"}]
    assert len(values) == 3 and all(w["bottom"] < cap for w in values)


def test_figuur_78_content_stream_is_not_reading_order(pdf):
    page = pdf.pages[idx_of_caption(78)]
    cap = _caption_top(page, 78)
    cells = [c for c in page.chars if c["bottom"] < cap and c["text"].strip()]
    stream = [(c["text"], round(c["x0"], 1), round(c["top"], 1)) for c in cells]
    reading = sorted(stream, key=lambda t: (t[2], t[1]))
    assert stream != reading
    # the % column is drawn first: "+7%" comes before the row label "Land van herkomst"
    text = "".join(t[0] for t in stream)
    assert text.index("+7%") < text.index("Landvanherkomst")


# (figure, a word that starts the table): ruled tables have rect/line objects, unruled ones none
RULED = {41: "Inwilligingspercentage", 55: "2021", 78: "2021", 83: "T&O", 90: "Periode"}
UNRULED = {42: "MVV-aanvraag", 44: "<", 45: "<", 48: "Kinderen", 49: "amv", 56: "Aantal",
           59: "Wettelijke", 80: "Instroom", 87: "Gemeente", 91: "Provincie"}


@pytest.mark.parametrize("fig,first", sorted(RULED.items()))
def test_ruled_tables_have_rules(pdf, fig, first):
    page = pdf.pages[idx_of_caption(fig)]
    cap = _caption_top(page, fig)
    top = _word_top(page, first, below=cap - 400) if fig != 55 else cap - 250
    assert len([r for r in page.rects if r["top"] >= top - 200 and r["bottom"] <= cap]) >= 8


@pytest.mark.parametrize("fig,first", sorted(UNRULED.items()))
def test_unruled_tables_have_no_rules(pdf, fig, first):
    page = pdf.pages[idx_of_caption(fig)]
    cap = _caption_top(page, fig)
    top = max(w["top"] for w in page.extract_words() if w["text"] == first and w["top"] < cap)
    if fig in (48, 49, 91, 42, 45):  # first word of a multi-row header: take its topmost use
        top = min(w["top"] for w in page.extract_words() if w["text"] == first and cap - 330 < w["top"] < cap)
    assert cap - top > 20
    assert _shapes_in(page, top - 2, cap) == []
    numbers = [w for w in page.extract_words() if re.fullmatch(r"[\d.%+<-]+", w["text"]) and top < w["top"] < cap]
    assert len(numbers) >= 3


# --- charts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fig,labels", [
    (38, ["Syrië; 36%", "Overig; 38%", "Somalië; 4%"]),
    (39, ["Syrië; 42%", "Eritrea; 4%"]),
    (81, ["Braziliaanse;", "Tadzjiekse;", "65%"]),
])
def test_pie_charts_have_wedges_and_data_labels(pdf, fig, labels):
    page = pdf.pages[idx_of_caption(fig)]
    cap = _caption_top(page, fig)
    wedges = [c for c in page.curves if cap - 200 < c["top"] < cap]
    assert len(wedges) >= 5
    text = page.crop((0, cap - 200, page.width, cap)).extract_text()
    for label in labels:
        assert label in text


@pytest.mark.parametrize("fig,labels", [
    (6, ["1.580", "290", "650", "Werkervaring;"]),
    (51, ["79%", "80%", "17%", "Spoor", "40.000"]),
    (52, ["11.750", "2.780", "Spoor", "Inwilliging", "Afwijzing", "16.000"]),
    (18, ["176.074", "Pools", "200.000"]),
])
def test_bar_charts_have_bars_and_value_labels(pdf, fig, labels):
    page = pdf.pages[idx_of_caption(fig)]
    cap = _caption_top(page, fig)
    bars = [r for r in page.rects if cap - 260 < r["top"] < cap]
    assert len(bars) >= 3
    words = {w["text"] for w in page.crop((0, max(0, cap - 260), page.width, cap)).extract_words()}
    for label in labels:
        assert label in words


def test_charts_without_printed_values_have_unlabelled_bars(pdf):
    page = pdf.pages[idx_of_caption(26)]
    cap = _caption_top(page, 26)
    region = page.crop((0, cap - 170, page.width, cap))
    assert len([r for r in region.rects if r["height"] > 3]) >= 4
    words = [w["text"] for w in region.extract_words()]
    assert "140.000" in words and "Voordrachten" in words
    # only the axis ticks are numbers
    ticks = {"140.000", "120.000", "100.000", "80.000", "60.000", "40.000", "20.000", "0", "2021", "2022"}
    assert {w for w in words if re.fullmatch(r"[\d.]+", w)} <= ticks


# --- dashboards --------------------------------------------------------------------------------------


@pytest.mark.parametrize("printed", sorted(DASHBOARDS))
def test_dashboard_is_landscape_with_duplicate_text_layers(pdf, printed):
    page = pdf.pages[idx_of_footer(printed)]
    x0, top, x1, bottom = page.trimbox
    assert x1 - x0 > bottom - top  # landscape trim (A4 rotated)
    assert (round(x1 - x0), round(bottom - top)) == (842, 595)
    chars = [c for c in page.chars if c["text"].strip()]
    near = Counter((c["text"], round(c["x0"] / 3.5), round(c["top"] / 3.5)) for c in chars)
    duplicated = sum(n for n in near.values() if n > 1)
    exact = Counter((c["text"], round(c["x0"], 2), round(c["top"], 2)) for c in chars)
    assert duplicated > 0.4 * len(chars)
    assert sum(n - 1 for n in exact.values() if n > 1) > 200  # some copies at exactly the same spot


SENTENCES = {
    11: ["In 2022 immigreerden 403.108 (+61%) personen naar Nederland.",
         "Het migratiesaldo was 223.798 (+107%) personen.",
         "In 2022 zijn ketenbreed 19.230 (+4%) vreemdelingen vertrokken"],
    15: ["EU-burgers hebben onder voorwaarden het recht om in een andere EU-lidstaat"],
    17: ["8.610 personen vertrokken, van wie 50% aantoonbaar"],
}


@pytest.mark.parametrize("printed", sorted(DASHBOARDS))
def test_dashboard_summary_sentences_present_in_a_layer(pdf, printed):
    page = pdf.pages[idx_of_footer(printed)]
    stream = re.sub(r"\s", "", "".join(c["text"] for c in page.chars))
    for sentence in SENTENCES[printed]:
        assert re.sub(r"\s", "", sentence) in stream
    # ... while reading order interleaves the layers: letters come out doubled ("VVEERRTTRREEKK")
    assert re.search(r"([A-Za-z])\1([A-Za-z])\2([A-Za-z])\3", page.extract_text())


@pytest.mark.parametrize("printed", sorted(DASHBOARDS))
def test_slug_line_outside_trimbox(pdf, printed):
    page = pdf.pages[idx_of_footer(printed)]
    x0, top, x1, bottom = page.trimbox
    mx0, mtop, mx1, mbottom = page.mediabox
    assert mx1 - mx0 > x1 - x0 and mbottom - mtop > bottom - top
    line = page.crop(page.bbox).extract_text().split("\n")
    assert any(DASHBOARDS[printed] in ln for ln in line)
    slug = [c for c in page.chars if c["size"] == 7 and c["top"] >= bottom]
    assert re.sub(r"\s", "", "".join(c["text"] for c in slug)).startswith(DASHBOARDS[printed])
    inside = "".join(c["text"] for c in page.within_bbox((x0, top, x1, bottom)).chars)
    assert DASHBOARDS[printed][:12] not in inside


# --- determinism -------------------------------------------------------------------------------------


def test_build_is_deterministic(tmp_path):
    pytest.importorskip("reportlab")
    sys.path.insert(0, str(BUILD))
    try:
        import staat_van_migratie
    finally:
        sys.path.remove(str(BUILD))
    (out,) = staat_van_migratie.build(ROOT / "corpus" / "text", tmp_path)
    assert out.read_bytes() == PDF.read_bytes()
