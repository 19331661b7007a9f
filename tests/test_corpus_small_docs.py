"""The committed small-document PDFs in corpus/pdf/ carry their text and their layout traps.

These read the committed files (they never regenerate them), except the determinism test,
which rebuilds into a temporary folder and compares bytes.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
PDF_DIR = ROOT / "corpus" / "pdf"
TEXT_DIR = ROOT / "corpus" / "text"
BUILD_DIR = ROOT / "corpus" / "build"

K2023 = "kerncijfers-asiel-en-migratie-2023-01"
K2020 = "kerncijfers-asiel-en-migratie-2020-05"
IND = "ind-jaarcijfers-2023"
VRAGEN = "feitelijke-vragen-jaarverslag-jenv-2022"
IDS = [K2023, K2020, IND, VRAGEN]

KEY_SENTENCES = {
    K2023: ["Het aantal eerste asielaanvragen in januari was circa 2.490.", "26% uit Syrië;",
            "(februari 2022 t/m januari 2023)", "(Bron: asielrends van januari 2023)",
            "Van de circa 2.180 behandelde eerste asielaanvragen is circa 990",
            "Oekraïne"],
    K2020: ["KERNCIJFERS ASIEL EN MIGRATIE, MEI 2020", "In 2020 zijn ongeveer 7.350",
            "kwam 31% van de asielzoekers", "57% van de nareizigers uit Eritrea"],
    IND: ["Aanvragen 41.820 45.300 37.790 1. Indiase", "Eerste asielaanvragen2 38.380",
          "Aanvragen MVV Nareis 22.500 20.390 13.980 1. Syrische", "0.b.v.", "voér",
          "3. Eritese", "Familie & Gezin'"],
    VRAGEN: ["Tot en met 31 maart 2023 zijn er 50 LPâ€™s afgegeven.",
             "Daarvan zijn ongeveer 4.560", "ongeveer 1.460 vreemdelingen gedwongen",
             "Op 1 oktober 2022 waren er 123.840 vreemdelingen"],
}
NUMBER = re.compile(r"\d")
MARKUP = re.compile(r"\*([^*]+)\*|\[([^\]]+)\]\([^)]*\)")


@cache
def pdf(doc_id: str) -> pdfplumber.PDF:
    return pdfplumber.open(PDF_DIR / f"{doc_id}.pdf")


@cache
def text(doc_id: str) -> str:
    return "\n".join(page.extract_text() or "" for page in pdf(doc_id).pages)


def flat(s: str) -> str:
    return " ".join(s.split())


def layer_tokens(doc_id: str) -> set[str]:
    """Words of the text layer, minus the list/heading markers and inline link markup."""
    tokens: set[str] = set()
    for line in (TEXT_DIR / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*(- |#+ )", "", line)
        tokens.update(MARKUP.sub(lambda m: m[1] or m[2], line).split())
    return tokens


@pytest.mark.parametrize("doc_id", IDS)
def test_key_sentences_extract(doc_id):
    assert len(pdf(doc_id).pages) >= 1
    body = flat(text(doc_id))
    for sentence in KEY_SENTENCES[doc_id]:
        assert sentence in body, sentence


@pytest.mark.parametrize("doc_id", IDS)
def test_whole_text_layer_present(doc_id):
    words = set(text(doc_id).split())
    missing = layer_tokens(doc_id) - words
    assert not missing, sorted(missing)[:20]


# --- Kerncijfers: browser print of a web page -------------------------------------------------
def body_left(page) -> float:
    return min(w["x0"] for w in page.extract_words() if 40 < w["top"] < page.height - 40)


def test_kerncijfers_bullet_list_is_indented():
    page = pdf(K2023).pages[0]
    words = page.extract_words()
    left = body_left(page)
    bullets = [w for w in words if w["text"] == "•"]
    items = [w for w in words if w["text"] in {"26%", "7%", "6%"}]
    assert len(items) >= 5
    for item in items:
        marker = [b for b in bullets if abs(b["top"] - item["top"]) < 2 and b["x1"] < item["x0"]]
        assert marker, f"no bullet before {item['text']}"
        assert item["x0"] >= left + 15, "bullet text not indented"
        assert marker[0]["x0"] > left + 2, "bullet not indented"


@pytest.mark.parametrize("doc_id", [K2023, K2020])
def test_kerncijfers_print_header_and_footer(doc_id):
    pages = pdf(doc_id).pages
    for n, page in enumerate(pages, start=1):
        lines = (page.extract_text() or "").splitlines()
        assert "Kerncijfers asiel en migratie" in lines[0]
        assert lines[-1].startswith("https://") and lines[-1].endswith(f"{n}/{len(pages)}")


@pytest.mark.parametrize("doc_id", [K2023, K2020])
def test_kerncijfers_sidebar_right_of_body(doc_id):
    page = pdf(doc_id).pages[0]
    boxes = [r for r in page.rects if r["x0"] > page.width / 2 and r["width"] < page.width / 3]
    assert boxes, "no sidebar box"
    box = boxes[0]
    inside = [w for w in page.extract_words()
              if w["x0"] >= box["x0"] and w["x1"] <= box["x1"]
              and w["top"] >= box["top"] and w["bottom"] <= box["bottom"]]
    assert {"Instroomcijfers", "Asieltrends"} <= {w["text"] for w in inside}
    level = [w for w in page.extract_words() if w not in inside
             and w["bottom"] > box["top"] and w["top"] < box["bottom"]]
    assert level, "sidebar is not level with body lines"
    assert max(w["x1"] for w in level) < box["x0"], "body runs into the sidebar"


def charts(page) -> list[dict]:
    """Bar charts: >= 3 filled bar-sized rects standing on one baseline."""
    bars = [r for r in page.rects if r.get("fill") and 10 <= r["width"] <= 80]
    groups: dict[int, list] = {}
    for r in bars:
        groups.setdefault(round(r["bottom"]), []).append(r)
    return [{"x0": min(r["x0"] for r in g), "x1": max(r["x1"] for r in g),
             "top": min(r["top"] for r in g), "bottom": max(r["bottom"] for r in g)}
            for g in groups.values() if len(g) >= 3]


@pytest.mark.parametrize(("doc_id", "expected"), [(K2023, 5), (K2020, 2)])
def test_kerncijfers_charts_have_bars_but_no_value_labels(doc_id, expected):
    found = 0
    for page in pdf(doc_id).pages:
        words = page.extract_words()
        for area in charts(page):
            found += 1
            labels = [w["text"] for w in words if NUMBER.search(w["text"])
                      and area["x0"] <= (w["x0"] + w["x1"]) / 2 <= area["x1"]
                      and area["top"] - 4 <= (w["top"] + w["bottom"]) / 2 <= area["bottom"] + 4]
            assert not labels, f"value labels in chart: {labels}"
    assert found >= expected


def test_kerncijfers_chart_legend_is_text_below_bars():
    page = next(p for p in pdf(K2023).pages if "per land van herkomst" in (p.extract_text() or ""))
    area = charts(page)[0]
    below = {w["text"] for w in page.extract_words()
             if area["bottom"] < w["top"] < area["bottom"] + 90}
    assert {"Syrië", "Turkije", "Somalië", "Overige"} <= below


# --- IND Jaarcijfers: one landscape sheet of panels -------------------------------------------
def test_ind_is_one_landscape_sheet():
    pages = pdf(IND).pages
    assert len(pages) <= 2
    assert all(p.width > p.height for p in pages)


def test_ind_top3_entries_share_row_baselines():
    entries = 0
    for page in pdf(IND).pages:
        words = page.extract_words()
        for entry in (w for w in words if re.fullmatch(r"[123]\.", w["text"])):
            entries += 1
            row = [w for w in words if abs(w["top"] - entry["top"]) <= 1
                   and entry["x0"] - 250 < w["x1"] < entry["x0"]
                   and re.fullmatch(r"[\d.,]+%?|-", w["text"])]
            assert len(row) >= 3, f"{entry['text']} at top={entry['top']:.1f} has no table row"
    assert entries == 10 * 3  # ten panels carry a top-3 box


@pytest.mark.parametrize("label, mark", [("Eerste asielaanvragen", "2"),
                                         ("Ingebrekestellingen", "8")])
def test_ind_footnote_marker_is_glued_superscript(label, mark):
    chars = [ch for page in pdf(IND).pages for ch in page.chars]
    stream = "".join(ch["text"] for ch in chars)
    at = stream.find(label + mark)
    assert at >= 0
    last, sup = chars[at + len(label) - 1], chars[at + len(label)]
    assert sup["size"] < last["size"] * 0.8, "marker not set smaller"
    assert sup["bottom"] < last["bottom"] - 1, "marker not raised"
    assert abs(sup["x0"] - last["x1"]) < 0.5, "marker not glued to the label"


# --- Feitelijke vragen: word-processor page 22 of 36 ------------------------------------------
def line_chars(page, line: str) -> list[dict]:
    stream = "".join(ch["text"] for ch in page.chars)
    at = stream.find(line)
    assert at >= 0, line
    return page.chars[at:at + len(line)]


def test_vragen_headings_bold_body_regular():
    page = pdf(VRAGEN).pages[0]
    for heading in ("Vraag (75):", "Vraag (76):", "Vraag (77):", "Antwoord:"):
        assert all("Bold" in ch["fontname"] for ch in line_chars(page, heading)), heading
    assert not any("Bold" in ch["fontname"] for ch in line_chars(page, "Hoeveel laissez"))


def test_vragen_starts_mid_question_and_has_footer():
    page = pdf(VRAGEN).pages[0]
    lines = page.extract_text().splitlines()
    assert lines[0].startswith("Wat is het totaal aantal vreemdelingen")
    assert lines[-1].startswith("Totaallijst feitelijke vragen Jaarverslag")
    assert lines[-1].endswith("(36360 -VI-1) 22/36")
    footer = [w for w in page.extract_words() if w["text"] == "22/36"]
    assert footer and footer[0]["top"] > page.height - 60


def test_vragen_mojibake_preserved():
    body = text(VRAGEN)
    assert "LPâ€™s" in body
    assert "LP's" not in body and "LP’s" not in body


# --- Determinism ------------------------------------------------------------------------------
def test_build_is_byte_identical_to_committed(tmp_path):
    pytest.importorskip("reportlab")
    sys.path.insert(0, str(BUILD_DIR))
    try:
        import small_docs
    finally:
        sys.path.remove(str(BUILD_DIR))
    written = small_docs.build(TEXT_DIR, tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{i}.pdf" for i in IDS)
    for doc_id in IDS:
        fresh = (tmp_path / f"{doc_id}.pdf").read_bytes()
        assert fresh == (PDF_DIR / f"{doc_id}.pdf").read_bytes(), doc_id
