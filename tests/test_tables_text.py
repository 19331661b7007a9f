"""Tables stage on text layers and its small pieces: values, captions, panels, chart labels.

Expected grids are written by hand from corpus/text/, not copied from the program's output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docextract.models import Document, Period
from docextract.tables.captions import parse_caption
from docextract.tables.charts import chart_from_lines, is_axis
from docextract.tables.panels import parse_panels
from docextract.tables.structure import parse_value, text_lines
from docextract.tables.text_tables import text_tables
from docextract.tables.to_facts import table_facts
from docextract.tables.vocab import nationality

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "corpus" / "text"


def _doc(name: str, fmt: str = "txt", publisher: str | None = None) -> Document:
    from docextract.models import DocumentMeta

    return Document(doc_id=name, path=name, format=fmt, meta=DocumentMeta(publisher=publisher))


@pytest.fixture(scope="module")
def ind_tables():
    return text_tables((TEXT / "ind-jaarcijfers-2023.txt").read_text(encoding="utf-8"), _doc("ind"))


@pytest.fixture(scope="module")
def svm_tables(svm_text):
    return {t.caption.number: t for t in svm_text[0] if t.caption}


# --- values -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit, change", [
    ("41.820", 41820, "count", False), ("89%", 89, "percent", False), ("+46%", 46, "percent", True),
    ("-7%", -7, "percent", True), ("0,7%", 0.7, "percent", False), ("23 weken", 23, "weeks", False),
    ("-1.793", -1793, "count", False), ("<5", 5, "count", False), ("2.119", 2119, "count", False),
])
def test_cell_values_in_dutch_notation(text, value, unit, change):
    v = parse_value(text)
    assert (v.value, v.unit, v.change) == (value, unit, change)


@pytest.mark.parametrize("text", ["-", "–", "", "Indiase", "n.v.t."])
def test_no_figure_is_no_value(text):
    assert parse_value(text) is None


def test_axis_ticks_are_evenly_spaced_from_zero():
    assert is_axis([0, 2000, 4000, 6000])
    assert not is_axis([1, 2, 3, 4])  # row numbers
    assert not is_axis([11750, 3830, 280])


# --- captions ---------------------------------------------------------------------------------

def test_caption_number_title_period_source():
    cap = parse_caption("Figuur 78: Vertrek via de DT&V, 2021-2022 (Bron: DT&V)")
    assert (cap.number, cap.title, cap.source) == ("78", "Vertrek via de DT&V", "DT&V")
    assert cap.period == Period(start=date(2021, 1, 1), end=date(2022, 12, 31))


def test_caption_repairs_letter_spacing_and_normalises_source():
    cap = parse_caption("Figuur 34: T op 10 lidstaten met aantal open asielprocedures, eind 2021 en 2022 "
                        "(Bron: Eurostat, laatst bijgewerkt op 11 juli 2023)")
    assert cap.title == "Top 10 lidstaten met aantal open asielprocedures"
    assert cap.source == "Eurostat"
    assert cap.period == Period(start=date(2021, 1, 1), end=date(2022, 12, 31))


def test_caption_wrapped_over_two_lines_is_joined(svm_tables):
    cap = svm_tables["90"].caption
    assert cap.title == "Taakstellingen en realisatie huisvesting vergunninghouders"
    assert cap.source == "COA"


# --- IND sheet panels (text layer) ------------------------------------------------------------

def test_ind_panel_grid(ind_tables):
    panel = next(t for t in ind_tables if t.kind == "panel" and t.title.startswith("Familie"))
    assert panel.section == "Regulier verblijf"
    assert panel.grid() == [
        ["Familie & Gezin'", "2023", "2022", "2021"],
        ["Aanvragen", "41.820", "45.300", "37.790"],
        ["Beslissingen", "43.050", "44.930", "35.790"],
        ["In behandeling", "6.110", "7.260", "6.800"],
        ["Inwilligingen", "89%", "89%", "86%"],
        ["Tijdigheid beslissingen", "83%", "88%", "91%"],
    ]
    assert panel.header_rows == 1
    assert all(c.header for c in panel.cells if c.row == 0 or c.col == 0)


def test_ind_top3_is_split_off_into_a_ranking(ind_tables):
    rankings = [t for t in ind_tables if t.kind == "ranking"]
    first = rankings[0]
    assert first.grid() == [["1", "Indiase"], ["2", "Turkse"], ["3", "Russische"]]
    assert all("Indiase" not in c.text for t in ind_tables if t.kind == "panel" for c in t.cells)
    spoor4 = next(t for t in rankings if t.title.startswith("Spoor 4"))
    assert spoor4.grid() == [["1", "Syrische"], ["2", "Turkse"], ["3", "Eritese"]]


def test_ind_all_panels_found(ind_tables):
    titles = [t.title for t in ind_tables if t.kind == "panel"]
    assert len(titles) == 27
    assert "Nieuwe asielaanvragen" in titles and "Documenten" in titles
    docs = next(t for t in ind_tables if t.title == "Documenten")
    assert docs.grid()[-1] == ["O-documenten", "5.610", "1.320", "-"]


def test_ind_panel_facts(ind_tables):
    facts = table_facts(ind_tables, _doc("ind", publisher="Immigratie- en Naturalisatiedienst"))
    pending = [f for f in facts if f.metric == "ind_pending" and f.dimensions == {"procedure": "family"}]
    assert {(f.value, f.period.start, f.period.end) for f in pending} == {
        (6110, date(2023, 12, 31), date(2023, 12, 31)), (7260, date(2022, 12, 31), date(2022, 12, 31)),
        (6800, date(2021, 12, 31), date(2021, 12, 31))}
    ranks = [f for f in facts if f.unit == "rank" and f.dimensions.get("procedure") == "study"]
    assert {(f.value, f.dimensions["nationality"]) for f in ranks} == {(1, "CN"), (2, "US"), (3, "IN")}
    assert all(f.source == "IND" and f.provenance.extractor == "table" for f in facts)
    # '-' is no figure; the top-3 entry is never a value
    assert not [f for f in facts if f.metric == "ind_documents_issued" and f.period.start == date(2021, 1, 1)
                and f.dimensions.get("document_type") == "o_document"]
    assert len(facts) == 352


def test_panels_need_year_columns():
    assert parse_panels(text_lines("Aanvragen 41.820 45.300 37.790\nBeslissingen 1 2 3\n"), "text") == []


# --- Staat van Migratie figure tables (text layer) --------------------------------------------

def test_text_figure_41(svm_tables):
    t = svm_tables["41"]
    assert t.method == "text" and t.caption.source == "IND"
    assert t.grid()[1:] == [
        ["2021", "13.980", "11.680", "81%"],
        ["2022", "20.390", "10.250", "88%"],
        ["% verschil 2022 t.o.v. 2021", "+46%", "-7%", "+8%"],
    ]


def test_text_figure_83(svm_tables):
    t = svm_tables["83"]
    assert t.grid()[0] == ["T&O", "2021", "2022", "% verschil 2022 t.o.v. 2021"]
    assert t.grid()[1] == ["Verzoeken", "570", "440", "-23%"]
    assert t.grid()[-1] == ["Totaal uitstaande verzoeken", "70", "60", "+43%"]


def test_text_figure_90(svm_tables):
    assert svm_tables["90"].grid()[1:] == [
        ["2021 - I", "1.640", "13.500", "9.590"], ["2021 - II", "5.586", "11.000", "12.787"],
        ["2022 - I", "3.772", "10.000", "11.928"], ["2022 - II", "1.833", "13.500", "17.126"]]


def test_text_figure_56(svm_tables):
    rows = svm_tables["56"].grid()[1:]
    assert rows[0][:2] == ["2021", "21.010"] and rows[1][:2] == ["2022", "12.840"]
    assert rows[2][-1] == "-39%"


# --- chart labels -----------------------------------------------------------------------------

def test_chart_labels_pair_out_of_order_values():
    lines = text_lines("Braziliaanse;\n8%\nOverig;\nAlbanese;\n65%\n6%\nTadzjiekse;\n6%\n")
    chart = chart_from_lines(lines, "text")
    assert chart.grid() == [["Braziliaanse", "8%"], ["Overig", "65%"], ["Albanese", "6%"], ["Tadzjiekse", "6%"]]


def test_chart_wrapped_labels(svm_tables):
    assert svm_tables["6"].grid() == [["Arbeid werkgever in buitenland", "290"], ["Werkervaring", "650"],
                                      ["Arbeid werkgever in NL", "1.580"]]


def test_legend_without_values_is_no_chart():
    assert chart_from_lines(text_lines("Inwilliging Afwijzing Overige afdoening\nSpoor 4\n"), "text") is None


def test_chart_facts_from_figure_38(svm_tables):
    facts = table_facts([svm_tables["38"]], _doc("svm"))
    got = {(f.dimensions.get("nationality"), f.value) for f in facts}
    assert got == {("other", 38), ("SY", 36), ("AF", 8), ("SO", 4), ("YE", 7), ("TR", 8)}
    assert all(f.unit == "percent" and f.provenance.extractor == "chart"
               and f.period == Period(start=date(2022, 1, 1), end=date(2022, 12, 31)) for f in facts)


@pytest.mark.parametrize("label, code", [("Syrische", "SY"), ("Eritese", "ER"), ("Amerikaans burger", "US"),
                                         ("Overig", "other"), ("Syrië", "SY"), ("Tadzjiekse", "TJ")])
def test_nationalities(label, code):
    assert nationality(label) == code


# --- second round: wrapped captions, caption periods, packed headers, ranking grids -------------


def test_caption_joins_wrapped_title_tail_with_bron():
    from docextract.tables.captions import caption_at

    lines = text_lines("Figuur 12: Aantal beslissingen op aanvragen vergunning op grond van het "
                       "terugtrekkingsakkoord, totaal 2020 t/m\n2022 (Bron: IND)\nSoort aanvraag\n")
    cap, used = caption_at(lines, 0)
    assert used == 2
    assert cap.source == "IND"
    assert cap.title == "Aantal beslissingen op aanvragen vergunning op grond van het terugtrekkingsakkoord"
    assert cap.period == Period(start=date(2020, 1, 1), end=date(2022, 12, 31))
    assert cap.cumulative


def test_caption_day_span_and_peildatum_give_two_periods():
    from docextract.tables.to_facts import caption_period

    cap = parse_caption("Figuur 87: Bezetting L VV-pilots, 1 april 2019 t/m 31 januari 2023 "
                        "(Bron: Programmabureau LVV; peildatum 31 januari 2023)")
    assert cap.title == "Bezetting LVV-pilots"
    span = Period(start=date(2019, 4, 1), end=date(2023, 1, 31))
    day = Period(start=date(2023, 1, 31), end=date(2023, 1, 31))
    assert cap.period == span and cap.as_of == day
    assert caption_period(cap, ["Capaciteit"]) == day  # a stock on the peildatum
    assert caption_period(cap, ["Actuele bezetting"]) == day
    assert caption_period(cap, ["Totaal toegelaten"]) == span  # counted since the start
    plain = parse_caption("Figuur 73: Aantallen ingetrokken asielvergunningen, 2021-2022 (Bron: IND)")
    assert caption_period(plain, []) is None  # two years, no year in the labels: no guess


def test_text_grid_header_one_word_per_column():
    from docextract.tables.text_tables import parse_text_grid

    region = text_lines("Land Dienstverrichters Meldingen\nPolen 2.860 6.970\nSlowakije 1.220 2.960\n")
    grid, n = parse_text_grid(region)
    assert n == 2
    assert [c for c, _ in grid[0].cells] == ["Land", "Dienstverrichters", "Meldingen"]
    assert [c for c, _ in grid[2].cells] == ["Slowakije", "1.220", "2.960"]


def test_ranking_grid_one_nationality_per_category():
    from docextract.tables.text_tables import ranking_grids

    texts = ["2021 Gezin en Kennis en Studie Arbeid Overige", "verleend Familie Talent",
             "1. India India China China Filipijnen", "2. Turkije China India VS Zuid-Afrika",
             "2022 Gezin en Kennis en Studie Arbeid Overige", "verleend Familie Talent",
             "1. India India China VS Filipijnen"]
    grids = ranking_grids(texts, page=1, method="text")
    assert len(grids) == 2
    assert grids[0].grid()[1:] == [["1", "India", "India", "China", "China", "Filipijnen"],
                                   ["2", "Turkije", "China", "India", "VS", "Zuid-Afrika"]]
    cap = parse_caption("Figuur 11: Landen van herkomst per categorie migratie van buiten de EU, "
                        "2021-2022 (Bron: IND)")
    for g in grids:
        g.caption, g.title = cap, cap.title
    facts = table_facts(grids, _doc("svm"))
    got = {(f.period.start.year, f.value, f.dimensions["nationality"],
            f.dimensions.get("procedure") or f.dimensions.get("category")) for f in facts}
    assert (2021, 1, "PH", "other") in got
    assert (2021, 2, "US", "labour") in got
    assert (2021, 2, "CN", "knowledge_talent") in got
    assert (2022, 1, "US", "labour") in got
    assert len(facts) == 15
    assert {f.metric for f in facts} == {"ind_top_nationality"}
    # a rank line with a word that is no country: not a ranking grid
    assert ranking_grids(["2021 Gezin Studie", "1. India hoger"], page=1, method="text") == []


def test_text_grid_row_figures_under_label_and_capitalised_column_heads():
    from docextract.tables.text_tables import parse_text_grid

    region = text_lines("Soort aanvraag Afwijzing Inwilliging Overige Totaal\nafdoening\n"
                        "Terugtrekkingsakkoord 23.490\n360 22.820 360\nbepaalde tijd\n"
                        "Totaal 420 39.200 570 40.180\n")
    grid, n = parse_text_grid(region)
    assert n == 4
    assert [c for c, _ in grid[0].cells] == ["Soort aanvraag", "Afwijzing", "Inwilliging", "Overige", "Totaal"]
    assert [c for c, _ in grid[1].cells] == ["Terugtrekkingsakkoord bepaalde tijd", "360", "22.820", "360", "23.490"]
    assert [c for c, _ in grid[2].cells] == ["Totaal", "420", "39.200", "570", "40.180"]


# --- sources and bounds -----------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("KMar, Politie", "KMar, Politie"),  # organisations credited together
    ("KMar, MTV Lucht betreft de gatecontroles", "KMar"),  # a remark, not a second source
    ("CBS, peildatum 1 januari 2022", "CBS"),
    ("Programmabureau LVV; peildatum 31 januari 2023", "Programmabureau LVV"),
    ("Centraal Bureau voor de Statistiek", "CBS"),
])
def test_source_lists_organisations(text, source):
    from docextract.tables.vocab import normalise_source

    assert normalise_source(text) == source


def test_dashboard_panel_heading_credits_its_source():
    from docextract.tables.dashboards import heading_source

    assert heading_source("IMMIGRATIE EN EMIGRATIE (CBS)") == "CBS"
    assert heading_source("KETENBREED VERTREK (JenV)") == "JenV"
    assert heading_source("TYPE MIGRATIE (gemiddelde 2013-2022)") is None
    assert heading_source("Top 10 - KETENBREED VERTREK") is None


def test_bound_cell_is_approximate():
    assert parse_value("<5").approx and parse_value("<5").value == 5
    assert not parse_value("5").approx


def test_uncredited_figure_gets_no_source_in_a_publication_that_credits_sources(svm_tables):
    """Figures cite '(Bron: X)'; a figure of the same publication without one is not credited
    to the publisher, whereas in a publication that credits no sources at all it is."""
    from docextract.models import Caption
    from docextract.tables.structure import GridRow, build_table

    loose = build_table([GridRow([("", None), ("Aantal", None)], header=True),
                         GridRow([("2022", None), ("60", None)])], page=1, method="text", kind="table")
    loose.caption = Caption(text="Verblijfsvergunningen buiten schuld", title="Verblijfsvergunningen buiten schuld")
    doc = _doc("svm", publisher="Ministerie van Justitie en Veiligheid")
    assert [(f.metric, f.value, f.source) for f in table_facts([loose], doc)] == [
        ("no_fault_permits_granted", 60, "JenV")]
    both = table_facts([svm_tables["78"], loose], doc)
    assert {f.source for f in both if f.metric == "departures"} == {"DT&V"}
    assert [f.source for f in both if f.metric == "no_fault_permits_granted"] == [None]


def test_axis_ticks_on_a_bar_label_line_are_no_row_figures():
    from docextract.tables.text_tables import drop_axis_ticks

    assert drop_axis_ticks("120.823 0 50.000 100.000 150.000 200.000".split()) == ["120.823"]
    assert drop_axis_ticks("360 880 330 550".split()) == ["360", "880", "330", "550"]
    assert drop_axis_ticks("20 0 0".split()) == ["20", "0", "0"]  # no even run from zero
