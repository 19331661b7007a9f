"""PDF svm_pdf_figures whose header words are set as one run from the left edge (no column geometry,
the way the text layer prints them) are read by the text-layer grammar. Expected grids are
written by hand from corpus/text/staat-van-migratie-2023.txt (Figuur 12, 15, 16, 94)."""

from __future__ import annotations

from docextract.tables.text_headers import HeaderLine, header_paths


def test_parenthesised_header_continuations_stay_in_their_column(svm_pdf_figures):
    t = svm_pdf_figures["16"]
    assert t.grid() == [
        ["", "Immigratie", "Emigratie (incl. administratieve correcties)",
         "Migratiesaldo (incl. administratieve correcties)"],
        ["2021", "92.105", "33.359", "58.746"],
        ["2022", "232.185", "49.481", "182.704"],
        ["% verschil 2022 t.o.v. 2021", "+152%", "+48%", "+211%"],
    ]
    assert all(c.bbox for c in t.cells if c.text)  # every cell keeps the boxes of its words


def test_row_figures_set_under_their_label_join_the_row(svm_pdf_figures):
    assert svm_pdf_figures["12"].grid() == [
        ["Soort aanvraag", "Afwijzing", "Inwilliging", "Overige", "Totaal"],
        ["Terugtrekkingsakkoord bepaalde tijd", "360", "22.820", "360", "23.490"],
        ["Terugtrekkingsakkoord onbepaalde tijd", "60", "16.440", "210", "16.700"],
        ["Totaal", "420", "39.200", "570", "40.180"],
    ]


def test_change_columns_under_a_packed_header(svm_pdf_figures):
    assert svm_pdf_figures["15"].grid()[0] == ["", "2021", "2022", "% verschil 2022 t.o.v. 2021"]
    # two changes for three columns: they belong to the first two ((45.090-59.680)/59.680 = -24%)
    assert svm_pdf_figures["94"].grid()[-1] == ["% verschil 2022 t.o.v. 2021", "-24%", "-8%", ""]


def test_figure_16_metrics(svm_pdf):
    got = {(f.metric, f.value) for f in svm_pdf.facts if f.provenance.extractor == "table"
           and f.provenance.page_label == "51"}
    assert {("immigration", 232185), ("emigration", 49481), ("net_migration", 182704),
            ("emigration", 48), ("net_migration", 211)} <= got


def test_a_trailing_space_gives_way_to_a_hyphen():
    # Figuur 71's text layer: the first line ends in a space, but only 'persoons-' can be
    # shown to go on; with both, the continuation line fits no rule
    lines = [HeaderLine("Aantal objectgerichte Aantal persoons- % personen aangetroffen", True),
             HeaderLine("controles gerichte controles bij persoonscontroles")]
    paths = header_paths(lines, 3)
    assert paths is not None
    assert paths[1] == ["Aantal objectgerichte"] and paths[3] == ["% personen aangetroffen"]
    assert paths[2][0].startswith("Aantal persoons-")


def test_a_value_axis_read_as_a_row_gives_no_facts(svm_pdf, svm_pdf_figures):
    # Figuur 14 is a bar chart; its axis '0% 20% 40% 60% 80% 100%' is a row of its stream grid
    assert ["0%", "20%", "40%", "60%", "80%", "100%"] in svm_pdf_figures["14"].grid()
    assert not [f for f in svm_pdf.facts if f.provenance.extractor == "table" and "0% 20% 40%" in f.provenance.quote]
