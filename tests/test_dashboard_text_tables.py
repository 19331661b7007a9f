"""The text-layer dashboard reader on real panel lines of the Staat van Migratie text layer
(corpus/text/staat-van-migratie-2023.txt, dashboards printed on pages 11, 15 and 17)."""

from collections import Counter

from docextract.tables.text_dashboards import headings_in, page_tables, repair_small_caps

VOCAB = Counter({"eu": 5, "migranten": 5, "in": 9, "nederland": 9, "immigratie": 3, "vanuit": 3, "de": 9,
                 "uit": 4, "caseload": 2, "dt": 3, "v": 3, "vertrek": 4, "openbare": 2, "orde": 2,
                 "migrant": 2, "en": 9})


def test_small_caps_heading_rejoined_from_document_words():
    assert repair_small_caps("EU-MIg RANt EN IN NEDERl AND", VOCAB) == "EU-MIGRANTEN IN NEDERLAND"
    assert repair_small_caps("IMMIg RAt IE VANUIt DE EU", VOCAB) == "IMMIGRATIE VANUIT DE EU"
    assert repair_small_caps("VeRTReK Ui TcaS eLoaD DT&V", VOCAB) == "VERTREK UIT CASELOAD DT&V"
    assert repair_small_caps("o penbaR e oRDe", VOCAB) == "OPENBARE ORDE"


def test_unknown_pieces_stay_as_printed():
    assert repair_small_caps("NAAR NAt IONAl It EIt", VOCAB) == "NAAR NAT IONAL IT EIT"


def test_two_headings_on_one_line_keep_their_own_qualifiers():
    line = "TYPE MIGRATIE (gemiddelde 2013-2022) (CBS) IMMIGRANTEN NAAR NATIONALITEIT, 2022 (CBS)"
    assert headings_in(line, VOCAB) == [("TYPE MIGRATIE", ["(gemiddelde 2013-2022)", "(CBS)"]),
                                        ("IMMIGRANTEN NAAR NATIONALITEIT", ["2022", "(CBS)"])]
    assert headings_in("EU/EFTA; 53%", VOCAB) == []


def _rows(table):
    return [[c.text for c in table.cells if c.row == r] for r in range(table.n_rows)]


def test_ranked_rows_titled_by_sub_heading_and_top_line():
    lines = ["Nationaal loket", "Pools 176.074", "personen gemeld", "89.630",
             "Bulgaars Werknemers, excl. goederenvervoer (top 5)", "Vestigingsland EU-burgers Derdelanders",
             "42.054", "Spaans", "1. Polen 12.250 10.450", "40.603", "Roemeens", "2. Duitsland  16.360 2.040",
             "31.469 4. België 8.440 230"]
    tables = [t for t in page_tables(lines, 1, VOCAB) if t.kind == "table"]
    assert len(tables) == 1
    t = tables[0]
    assert t.caption.title == "Nationaal loket: Werknemers, excl. goederenvervoer (top 5)"
    # row 4 does not follow rank 2: the run stops at 2
    assert _rows(t) == [["", "Vestigingsland", "EU-burgers", "Derdelanders"],
                        ["1", "Polen", "12.250", "10.450"], ["2", "Duitsland", "16.360", "2.040"]]


def test_label_and_value_lines_paired_only_when_unambiguous():
    lines = ["EU-MIg RANt EN IN NEDERl AND", "(1 januari 2022)", "Pools 176.074", "49.128", "Italiaans",
             "EU- burger verblijft.", "42.054", "Spaans", "40.603", "Roemeens", "2. Duitsland  16.360 2.040",
             "IMMIg RAt IE VANUIt DE EU", "38.156", "Belgisch",
             "3. Litouwen 8.780 5.600"]
    charts = [t for t in page_tables(lines, 1, VOCAB) if t.kind == "chart"]
    assert len(charts) == 1
    assert charts[0].title == "EU-MIGRANTEN IN NEDERLAND (1 januari 2022)"
    # 'Spaans' and 'Roemeens' sit between two values: their neighbours alone do not say which is
    # theirs; the ranked chart does: Italiaans and Belgisch have their figures on the line above,
    # and 42.054 and 40.603 above Spaans and Roemeens keep the figures running down
    assert _rows(charts[0]) == [["Pools", "176.074"], ["Italiaans", "49.128"], ["Belgisch", "38.156"],
                                ["Spaans", "42.054"], ["Roemeens", "40.603"]]
    # with Belgisch's figure under it, the side is not settled and they stay open
    lines = [t for t in lines if t != "38.156"]
    lines.insert(lines.index("Belgisch") + 1, "38.156")
    charts = [t for t in page_tables(lines, 1, VOCAB) if t.kind == "chart"]
    assert _rows(charts[0]) == [["Pools", "176.074"], ["Italiaans", "49.128"], ["Belgisch", "38.156"]]


def test_label_seen_with_two_values_gives_nothing():
    lines = ["TYPE MIGRATIE (gemiddelde 2013-2022) (CBS) IMMIGRANTEN NAAR NATIONALITEIT, 2022 (CBS)",
             "Oekraïens 26%", "Pools 26%", "PooPloos ls 7%", "Indiaas 3%", "Indiaas 4%4%", "IndiTaasurks 3%",
             "Duits 3%", "Duits 0", "EU/EFTA; 53%", "Niet-EU/EFTA; 31%"]
    tables = {t.title: _rows(t) for t in page_tables(lines, 1, VOCAB)}
    assert tables == {"IMMIGRANTEN NAAR NATIONALITEIT 2022 (CBS)": [["Oekraïens", "26%"], ["Duits", "3%"]],
                      "TYPE MIGRATIE (gemiddelde 2013-2022) (CBS)": [["EU/EFTA", "53%"], ["Niet-EU/EFTA", "31%"]]}


def test_top3_label_two_lines_up_when_it_announces_the_list():
    # SvM text layer p.15: another column's line sits between "Zelfstandigen:" and its list.
    from docextract.tables.text_dashboards import _top3_tables

    lines = ["Nationaal loket", "Grieks 25.138", "Zelfstandigen: ", "Overig 120.823",
             "Top 3: 1. Polen / 2. Slowakije / 3. België"]
    (table,) = _top3_tables(lines, 15)
    assert table.title == "Nationaal loket: Zelfstandigen"
    (table,) = _top3_tables(lines[:2] + ["Zelfstandigen", "Overig 120.823"] + lines[4:], 15)
    assert table.title == "Nationaal loket"  # without the colon the line is no announcement
