"""A ranked bar chart of a text-layer dashboard whose labels touch another panel column's text:
'EU-migranten in Nederland naar nationaliteit (1 januari 2022)', Staat van Migratie 2023
(corpus/text/staat-van-migratie-2023.txt, dashboard printed on page 15), the panel lines as the
layout stage keeps them. Read off the printed dashboard: Pools 176.074, Duits 82.932,
Italiaans 49.128, Bulgaars 47.699, Spaans 42.054, Roemeens 40.603, Belgisch 38.156,
Frans 31.469, Portugees 28.002, Grieks 25.138, Overig 120.823."""

from collections import Counter

from docextract.tables.text_dashboards import page_tables

VOCAB = Counter({"eu": 5, "migranten": 5, "in": 9, "nederland": 9, "immigratie": 3, "vanuit": 3, "de": 9})
PAGE = ["Ministerie van Justitie en Veiligheid", "De Staat van Migratie 2023: Migratie binnen de EU 2022",
        "EU-MIg RANt EN IN NEDERl AND", "VRIJ VERKEER VAN PERSONEN VRIJ VERKEER VAN DIENSt EN", "(1 januari 2022)",
        "NAAR NAt IONAl It EIt", "EU-burgers hebben onder voorwaarden", "Nationaal loket",
        "het recht om in een andere EU-lidstaat", "Pools 176.074", "werk te zoeken, te werken, te studeren of",
        "personen gemeld", "82.932", "te verblijven en op gelijke behandeling als Duits", "en 5.550 zelfstandigen",
        "89.630", "de onderdanen van de lidstaat waar de", "49.128", "Italiaans", "EU- burger verblijft.", "47.699",
        "Bulgaars Werknemers, excl. goederenvervoer (top 5)", "Vestigingsland EU-burgers Derdelanders", "42.054",
        "Spaans", "1. Polen 12.250 10.450", "40.603", "Roemeens", "2. Duitsland 16.360 2.040",
        "IMMIg RAt IE VANUIt DE EU", "38.156", "Belgisch", "3. Litouwen 8.780 5.600", "31.469 4. België 8.440 230",
        "Frans", "registraties in de BRP", "5. Portugal 3.370 710", "Portugees 28.002", "127.146", "Grieks 25.138",
        "Zelfstandigen:", "Overig 120.823", "Top 3: 1. Polen / 2. Slowakije / 3. België",
        "0 50.000 100.000 150.000 200.000", "(incl. administratieve correcties)"]
TITLE = "EU-MIGRANTEN IN NEDERLAND (1 januari 2022)"


def _chart(lines):
    t = next(t for t in page_tables(lines, 1, VOCAB) if t.title == TITLE)
    return dict([c.text for c in t.cells if c.row == r] for r in range(t.n_rows))


def test_labels_set_against_other_columns_take_the_figure_above_them():
    # 'als Duits' ends a line of the prose column, 'Bulgaars' starts a panel heading's line and
    # '31.469' starts a line of the ranked table beside it; 89.630 is two lines off
    assert _chart(PAGE) == {"Pools": "176.074", "Duits": "82.932", "Italiaans": "49.128", "Bulgaars": "47.699",
                            "Spaans": "42.054", "Roemeens": "40.603", "Belgisch": "38.156", "Frans": "31.469",
                            "Portugees": "28.002", "Grieks": "25.138", "Overig": "120.823"}


def test_a_figure_out_of_rank_order_is_not_placed():
    # 50.128 would put Bulgaars above Italiaans (49.128): the chart would no longer run down
    chart = _chart([t.replace("47.699", "50.128") for t in PAGE])
    assert not {"Duits", "Bulgaars", "Frans"} & set(chart)
    assert chart["Italiaans"] == "49.128"


def test_a_label_without_a_figure_on_the_chart_side_stays_open():
    # every label finds its figure on the line above; above 'Frans' is then a row of the ranked
    # table beside it, with no figure in front
    lines = [t for t in PAGE if t != "31.469 4. België 8.440 230"]
    chart = _chart(lines)
    assert "Frans" not in chart and chart["Duits"] == "82.932"
