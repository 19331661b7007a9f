"""Dashboard text layers: two texts merged letter by letter, taken apart by dynamic programming,
and the panel sentences rebuilt from the copies (Staat van Migratie 2023, printed page 11)."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import CORPUS
from docextract.layout import analyse_text
from docextract.layout.text_dashboard import drop_variants, is_single_layer
from docextract.layout.text_interleave import interleaved_pairs, is_interleaving, project_cut
from docextract.models import Role

SVM_TXT = CORPUS / "text" / "staat-van-migratie-2023.txt"

# seed line 229: two lines of one panel column, offset by part of a line, read as one
MERGED = ("In mi20gr22ati ehamotiddeen def tijd meelijkeeste be schemigrraminteng n va(10n 8.44buite0)n . "
          "Gezde EU ainsmilgs ratie")
ABOVE = "In 2022 hadden de meeste migranten van buiten de EU als"
BELOW = "migratiemotief tijdelijke bescherming (108.440). Gezinsmigratie"


def test_merged_line_is_two_lines_of_one_column():
    assert is_interleaving(MERGED, ABOVE, BELOW)
    assert is_interleaving(MERGED, BELOW, ABOVE)
    # one letter changed: no longer these two texts
    assert not is_interleaving(MERGED, ABOVE.replace("meeste", "meesta"), BELOW)
    assert not is_interleaving(MERGED, ABOVE, BELOW[:-1])


def test_pairs_are_found_among_candidates():
    texts = [ABOVE, BELOW, "stond op de 2 plek met 39.480 (+35%), gevolgd door arbeid", "(29.000; +57%)"]
    assert interleaved_pairs([MERGED], texts) == {frozenset((ABOVE, BELOW))}


def test_a_column_gap_carries_over_through_a_merged_line():
    # row 1 has a known gap after "gemiddeld"; row 3 has none; seed line 368 merges both
    row1 = "In de periode 2013-2022 bestond de immigratie voor gemiddeld In 2022 hadden 104.511 (26%) van alle immigranten die werden"
    row3 = ("EU/EFTA. 11% betrof asielmigratie en 6% betrof ontheemden uit 49.940 personen genaturaliseerd tot "
            "Nederlander. Zij hadden")
    lines = SVM_TXT.read_text(encoding="utf-8").splitlines() if SVM_TXT.exists() else []
    if not lines:
        pytest.skip("corpus text layer not present")
    merged = lines[367].strip()
    assert merged.startswith("In dEU/EFe perioTdAe")
    cut = len("Indeperiode2013-2022bestonddeimmigratievoorgemiddeld")
    gap = project_cut(merged, row1, row3, cut)
    assert gap == len("EU/EFTA.11%betrofasielmigratieen6%betrofontheemdenuit")


def test_a_copy_off_by_a_letter_gives_way_to_the_clean_one():
    vocab = Counter({"migratiemotief": 3, "migratiemotie": 2, "ef": 1, "tijdelijke": 9, "bescherming": 9,
                     "(108.440).": 3, "Gezinsmigratie": 3})
    frags = [("migratiemotief tijdelijke bescherming (108.440). Gezinsmigratie", 1),
             ("migratiemotie ef tijdelijke bescherming (108.440). Gezinsmigratie", 1)]
    assert drop_variants(frags, vocab) == frags[:1]


@pytest.fixture(scope="module")
def svm_pages():
    if not SVM_TXT.exists():
        pytest.skip("corpus text layer not present")
    pages, _ = analyse_text(SVM_TXT.read_text(encoding="utf-8"))
    return [p for p in pages if any(b.role is Role.SLUG for b in p.blocks)]


def test_first_dashboard_gives_every_summary_sentence_once_and_whole(svm_pages):
    # the panel texts of printed page 11, as the PDF of the same page prints them (where the
    # text layer lost the superscript of "2e plek", it says "2 plek")
    expected = {
        "In 2022 immigreerden 403.108 (+61%) personen naar Nederland.",
        "179.310 (+26%) personen emigreerden.",
        "Het migratiesaldo was 223.798 (+107%) personen.",
        "In 2022 hadden de meeste migranten van buiten de EU als migratiemotief tijdelijke bescherming (108.440).",
        "Gezinsmigratie stond op de 2 plek met 39.480 (+35%), gevolgd door arbeid (29.000; +57%)",
        "Arbeid vormt de belangrijkste reden van migranten van buiten de EU/EFTA om naar Nederland te komen.",
        "In 2021 kwamen 38.900 (+11% t.o.v. 2020) personen met dat doel naar Nederland.",
        "In de periode 2013-2022 bestond de immigratie voor gemiddeld 53% uit migranten uit de EU/EFTA en voor "
        "31% uit de niet-EU/EFTA.",
        "11% betrof asielmigratie en 6% betrof ontheemden uit Oekraïne (tijdelijke bescherming).",
        "In 2022 hadden 104.511 (26%) van alle immigranten die werden geregistreerd in de BRP de Oekraïense "
        "nationaliteit.",
        "In 2022 zijn 49.940 personen genaturaliseerd tot Nederlander.",
        "Zij hadden vooral de Syrische, Eritrese en Indiase nationaliteit.",
        "In 2022 zijn ketenbreed 19.230 (+4%) vreemdelingen vertrokken die niet of niet langer rechtmatig "
        "verblijf in Nederland hadden.",
        "58% daarvan was aantoonbaar vertrek.",
    }
    body = " ".join(b.text for b in svm_pages[0].blocks if b.role is Role.BODY)
    found = [s for s in expected if s in body]
    assert sorted(found) == sorted(expected)
    assert len(body) == len(" ".join(expected))  # nothing else: no half or false sentence


def test_single_layer_dashboards_keep_every_line(svm_pages):
    lines = SVM_TXT.read_text(encoding="utf-8").splitlines()
    assert not is_single_layer(lines[150:396])  # page 11: layers repeated and merged
    texts = [b.text for b in svm_pages[1].blocks]
    for row in ("1. Polen 12.250 10.450", "2. Duitsland 16.360 2.040", "5. Duitsland 18.690 760",
                "Top 3: 1. Polen / 2. Slowakije / 3. België", "Pools 176.074"):
        assert any(" ".join(t.split()) == row for t in texts), row
    texts = [b.text for b in svm_pages[2].blocks]
    assert "8.610 personen vertrokken, van wie 50% aantoonbaar" in texts
