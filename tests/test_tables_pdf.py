"""Tables stage on the corpus PDFs: every named figure's grid against a grid written by hand
from the text layer (corpus/text/), Figuur 78's row paths, the IND sheet's panels, chart
data labels, and the facts the cells become."""

from __future__ import annotations

from datetime import date

import pytest

IND = "pdf/ind-jaarcijfers-2023.pdf"




def body(table):
    return table.grid()[table.header_rows:]


# --- tables -----------------------------------------------------------------------------------

def test_figure_41_ruled(svm_pdf_figures):
    t = svm_pdf_figures["41"]
    assert t.method == "lattice"
    assert t.grid() == [
        ["", "Aantal ingediende aanvragen MVV nareis",
         "Aantal ingewilligde aanvragen MVV-nareis, eerste aanleg+bezwaar",
         "Inwilligingspercentage eerste aanleg"],
        ["2021", "13.980", "11.680", "81%"],
        ["2022", "20.390", "10.250", "88%"],
        ["% verschil 2022 t.o.v. 2021", "+46%", "-7%", "+8%"],
    ]
    assert t.header_rows == 1
    assert t.caption.title == "Aantal ingediende en ingewilligde aanvragen MVV-nareis"
    assert t.caption.source == "IND"


def test_figure_42_two_level_header(svm_pdf_figures):
    t = svm_pdf_figures["42"]
    assert t.header_rows == 2
    assert body(t) == [["2021", "4.900", "3.790", "44%", "2.230", "2.000", "22%"],
                       ["2022", "7.870", "3.930", "62%", "1.560", "1.770", "42%"]]
    top = {c.col: (c.text, c.col_span) for c in t.cells if c.row == 0 and c.text}
    assert top == {1: ("MVV-aanvraag", 3), 4: ("Bezwaar", 3)}
    assert t.grid()[1][1:] == ["Ingediend", "Afgehandeld", "% Ingewilligd"] * 2
    cell = next(c for c in t.cells if c.text == "22%")
    assert cell.col_path == ["Bezwaar", "% Ingewilligd"]


def test_figure_55_rotated_headers(svm_pdf_figures):
    t = svm_pdf_figures["55"]
    assert t.grid()[0] == ["", "Totaal verleende asielvergunningen", "Vanuit eerste asielaanvragen",
                           "Vanuit herhaalde asielaanvragen", "Vanuit herplaatsing117", "Vanuit hervestiging",
                           "Vanuit zij- instroom116", "Ingereisde nareizigers"]
    assert body(t) == [["2021", "24.790", "11.750", "300", "60", "470", "2.070", "10.140"],
                       ["2022", "29.730", "14.520", "680", "10", "1.410", "2.110", "11.010"]]


def test_figure_56(svm_pdf_figures):
    assert svm_pdf_figures["56"].grid() == [["", "Aantal verleende asielvergunningen onbepaalde tijd"],
                                    ["2021", "21.010"], ["2022", "12.840"],
                                    ["% verschil 2022 t.o.v. 2021", "-39%"]]


def test_figure_59_wrapped_row_label(svm_pdf_figures):
    assert body(svm_pdf_figures["59"]) == [
        ["Spoor 1", "Hoger beroep Dublin", "23 weken", "12 weken"],
        ["Spoor 2", "Hoger beroep EU bescherming/ veilig land van herkomst", "23 weken", "11 weken"],
        ["Spoor 4 AA", "Hoger beroep", "23 weken", "24 weken"],
        ["Spoor 4 VA", "Hoger beroep", "23 weken", "21 weken"],
    ]


FIG78 = [  # (row path, 2021, 2022, change), read off the text layer by hand
    (["Aantoonbaar vertrek", "Zelfstandig", "Land van herkomst"], "1.700", "1.820", "+7%"),
    (["Aantoonbaar vertrek", "Zelfstandig", "Onder Dublin verordening"], "260", "220", "-15%"),
    (["Aantoonbaar vertrek", "Zelfstandig", "Andere landen"], "140", "420", "+200%"),
    (["Aantoonbaar vertrek", "Zelfstandig", "Totaal"], "2.100", "2.450", "+17%"),
    (["Aantoonbaar vertrek", "Gedwongen", "Land van herkomst"], "920", "930", "+1%"),
    (["Aantoonbaar vertrek", "Gedwongen", "Onder Dublin verordening"], "590", "750", "+27%"),
    (["Aantoonbaar vertrek", "Gedwongen", "Andere landen"], "120", "170", "+42%"),
    (["Aantoonbaar vertrek", "Gedwongen", "Totaal"], "1.630", "1.850", "+13%"),
    (["Niet- aantoon- baar vertrek", "Zelfstandig zonder toezicht", "Totaal"], "5.600", "4.310", "-23%"),
    (["Niet- aantoon- baar vertrek", "Zelfstandig zonder toezicht",
      "Waarvan op enig moment sprake van Dublin Claim"], "1.710", "1.100", "-36%"),
    (["Uitstroom zonder vertrek", "Vergunning"], "800", "1.140", "+43%"),
    (["Uitstroom zonder vertrek", "Procedurele/administratie- ve uitstroom"], "3.030", "3.660", "+21%"),
    (["Uitstroom zonder vertrek", "Totaal"], "3.840", "4.800", "+25%"),
    (["Totaal"], "13.160", "13.410", "+2%"),
]


def test_figure_78_values_and_row_paths(svm_pdf_figures):
    t = svm_pdf_figures["78"]
    assert t.header_rows == 1
    assert t.grid()[0][-3:] == ["2021", "2022", "% verschil 2022 t.o.v. 2021"]
    got = []
    for r in range(t.header_rows, t.n_rows):
        cells = sorted((c for c in t.cells if c.row == r), key=lambda c: c.col)
        values = [c for c in cells if not c.header]
        got.append((values[0].row_path, *[c.text for c in values]))
    assert got == [tuple([p, a, b, c]) for p, a, b, c in FIG78]
    totals = [c for c in t.cells if c.total and not c.header]
    assert {c.text for c in totals} >= {"2.100", "1.630", "13.160"}


def test_figure_80(svm_pdf_figures):
    assert svm_pdf_figures["80"].grid() == [
        ["", "Instroom aanvragen", "Aantal personen vertrokken", "Waaronder aantal vertrokken (ex-) asielzoekers"],
        ["2021", "1.990", "1.500", "600"], ["2022", "1.900", "1.510", "600"],
        ["% verschil 2022 t.o.v. 2021", "-4%", "+1%", "0%"]]


def test_figure_83_row_groups(svm_pdf_figures):
    t = svm_pdf_figures["83"]
    assert body(t) == [
        ["Verzoeken", "", "570", "440", "-23%"],
        ["Antwoorden", "Nationaliteit vastgesteld", "480", "380", "-21%"],
        ["", "Nationaliteit niet vastgesteld", "40", "20", "-50%"],
        ["", "Verzoek ingetrokken", "30", "30", "0%"],
        ["", "Totaal antwoorden", "540", "440", "-19%"],
        ["Ontvangen reisdocumenten", "", "140", "70", "-50%"],
        ["Totaal uitstaande verzoeken", "", "70", "60", "+43%"],
    ]
    cell = next(c for c in t.cells if c.text == "20")
    assert cell.row_path == ["Antwoorden", "Nationaliteit niet vastgesteld"]


def test_figure_90(svm_pdf_figures):
    assert svm_pdf_figures["90"].grid() == [
        ["Periode taakstelling", "Achterstand", "Hoogte taakstelling", "Realisatie"],
        ["2021 - I", "1.640", "13.500", "9.590"], ["2021 - II", "5.586", "11.000", "12.787"],
        ["2022 - I", "3.772", "10.000", "11.928"], ["2022 - II", "1.833", "13.500", "17.126"]]


def test_figure_91(svm_pdf_figures):
    t = svm_pdf_figures["91"]
    rows = body(t)
    assert rows[0] == ["Drenthe", "71", "285", "392", "382", "398", "-52"]
    assert rows[11] == ["Zuid-Holland", "333", "2.124", "2.383", "2.870", "3.871", "-946"]
    assert rows[12] == ["Totaal", "3.772", "10.000", "11.928", "13.500", "17.126", "-1.793"]
    cell = next(c for c in t.cells if c.text == "392")
    assert cell.col_path == ["2022-I", "Gehuisvest"]


# --- charts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("number, pairs", [
    ("6", {("Arbeid werkgever in buitenland", "290"), ("Werkervaring", "650"), ("Arbeid werkgever in NL", "1.580")}),
    ("38", {("Overig", "38%"), ("Syrië", "36%"), ("Afghanistan", "8%"), ("Somalië", "4%"), ("Jemen", "7%"),
            ("Turkije", "8%")}),
    ("39", {("Overig", "34%"), ("Syrië", "42%"), ("Eritrea", "4%"), ("Jemen", "6%"), ("Turkije", "8%"),
            ("Afghanistan", "6%")}),
    ("81", {("Braziliaanse", "8%"), ("Indonesische", "7%"), ("Filipijnse", "7%"), ("Overig", "65%"),
            ("Albanese", "6%"), ("Tadzjiekse", "6%")}),
    ("51", {("2021", "16%"), ("2021", "4%"), ("2021", "79%"), ("2022", "17%"), ("2022", "3%"), ("2022", "80%")}),
    ("52", {("Spoor 4", "11.750"), ("Spoor 4", "3.830"), ("Spoor 4", "280"), ("Spoor 2", "1.150"),
            ("Spoor 2", "30"), ("Spoor 1", "2.780"), ("Spoor 1", "100")}),
])
def test_chart_data_labels(svm_pdf_figures, number, pairs):
    t = svm_pdf_figures[number]
    assert t.kind == "chart"
    assert {tuple(r) for r in t.grid()} == pairs
    assert len(t.grid()) == len(pairs)


def test_chart_facts_never_axis_ticks(svm_pdf):
    chart_values = {f.value for f in svm_pdf.facts if f.provenance.extractor == "chart" and f.provenance.page == 45}
    assert chart_values == {16, 4, 79, 17, 3, 80, 11750, 3830, 280, 1150, 30, 2780, 100}


# --- facts ------------------------------------------------------------------------------------

def test_figure_78_facts(svm_pdf):
    facts = [f for f in svm_pdf.facts if f.provenance.extractor == "table" and f.metric == "departures"]
    change = next(f for f in facts if f.value == 200)
    assert change.unit == "percent" and change.dimensions == {
        "departure_type": "independent", "destination": "other_country", "measure": "change"}
    assert change.period.start == date(2022, 1, 1) and change.period.end == date(2022, 12, 31)
    level = next(f for f in facts if f.value == 1700)
    assert level.period.start == date(2021, 1, 1) and level.source == "DT&V"
    assert level.provenance.page == 57 and level.provenance.bbox is not None
    assert level.provenance.quote.startswith("Aantoonbaar vertrek Zelfstandig Land van herkomst 1.700")


def test_stock_and_half_year_periods(svm_pdf):
    by_value = {(f.metric, f.value): f for f in svm_pdf.facts if f.provenance.extractor == "table"}
    backlog = by_value[("permit_holder_housing_backlog", 5586)]
    assert backlog.period.start == backlog.period.end == date(2021, 7, 1)
    housed = by_value[("permit_holders_housed", 12787)]
    assert (housed.period.start, housed.period.end) == (date(2021, 7, 1), date(2021, 12, 31))
    residents = by_value[("reception_residents", 26380)]
    assert residents.period.start == residents.period.end == date(2021, 12, 31)
    weeks = by_value[("higher_appeal_duration", 24)]
    assert weeks.unit == "weeks"
    assert ("higher_appeal_duration", 23) not in by_value  # a legal time limit, not a statistic


# --- IND sheet (PDF) --------------------------------------------------------------------------

def test_ind_pdf_panels_match_the_text_layer(corpus_extraction):
    pdf = corpus_extraction(IND)
    panels = {t.title: t for t in pdf.tables if t.kind == "panel"}
    assert len(panels) == 27
    assert panels["Familie & Gezin'"].grid()[1] == ["Aanvragen", "41.820", "45.300", "37.790"]
    spoor1 = next(t for title, t in panels.items() if title.startswith("Spoor 1"))
    assert spoor1.title == "Spoor 1 - Asielaanvragen voor een ander Europees land 0.b.v. de Dublin verordening"
    new = panels["Nieuwe asielaanvragen"]
    assert new.grid()[1] == ["Eerste asielaanvragen2", "38.380", "35.540", "24.690"]
    rankings = [t for t in pdf.tables if t.kind == "ranking"]
    assert len(rankings) == 10
    assert all(c.bbox is not None for t in pdf.tables for c in t.cells if c.text)
    assert sum(1 for f in pdf.facts if f.provenance.extractor == "table") == 352
