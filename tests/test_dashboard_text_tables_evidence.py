"""Dashboard figures the text layer no longer prints beside their labels, placed by evidence:
arithmetic (inflow = balance + outflow), shares that add up to 100, labels split over two lines
and figures set into their captions. Lines are real panel lines of the Staat van Migratie 2023
text layer (corpus/text/staat-van-migratie-2023.txt, dashboards printed on pages 11, 15 and 17);
the expected figures were read off the printed dashboards."""

from collections import Counter

from docextract.tables.text_dashboards import page_tables

VOCAB = Counter({"vertrek": 4, "uit": 4, "caseload": 2, "dt": 3, "v": 3, "uitstroom": 2, "lvv": 3,
                 "binnenlands": 2, "toezicht": 3})


def _charts(lines):
    return {t.title: [[c.text for c in t.cells if c.row == r] for r in range(t.n_rows)]
            for t in page_tables(lines, 1, VOCAB) if t.kind == "chart"}


# page 11, the migration panel: figures and captions far apart, one figure set into its caption
BALANCE = ["IMMIGRATIE EN EMIGRATIE (CBS)", "MIGRATIE VANUIT NIET EU/EFTA-landen (CBS)", "400.000",
           "Immigratie: 120.000", "Immigratie: 250.000 140.000", "500.000 403.108", "400.000400.000 Migratiesaldo:",
           "223.798 80.000", "100.000 223.798 150.000", "Emigratie: -", "Emi179.310gratie: - 0",
           "-200.000-200.000 179.310", "E179.310migratie: - 0"]


def test_inflow_balance_and_outflow_placed_by_their_sum_and_the_spliced_caption():
    # 403.108 = 223.798 + 179.310; 'Emi179.310gratie' ties 179.310 to Emigratie
    # ('Immigratie: 120.000' is an axis tick of the panel beside it, read onto the caption's line)
    rows = _charts(BALANCE)["IMMIGRATIE EN EMIGRATIE (CBS)"]
    assert rows == [["Immigratie", "403.108"], ["Migratiesaldo", "223.798"], ["Emigratie", "179.310"]]
    table = next(t for t in page_tables(BALANCE, 1, VOCAB) if t.title == "IMMIGRATIE EN EMIGRATIE (CBS)")
    assert table.row_quotes[2] == "Emigratie: - 179.310"


def _exact(lines):
    return [row for rows in _charts(lines).values() for row in rows if row[1] in ("403.108", "223.798", "179.310")]


def test_no_splice_no_balance():
    # without the spliced caption 223.798 and 179.310 could be either balance or outflow
    lines = [t for t in BALANCE if "179.310g" not in t and "179.310m" not in t]
    assert _exact(lines) == []


def test_no_sum_no_balance():
    lines = [t.replace("223.798", "223.799") for t in BALANCE]
    assert _exact(lines) == []


# page 11, the pie of migration types: one label cut from its figure, the shares add up to 101
TYPES = ["Tijdelijke bescherming", "VERTREK (JenV)", "TYPE MIGRATIE (gemiddelde 2013-2022) (CBS)", "(CBS) KETENBREED",
         "(JENV)", "Oekraïens 26%", "(Oekraine); 6%", "11% 20.000", "Asiel; 11%Asiel;", "4% 20.000",
         "EU/EFTA; 53%", "3% 10.000", "Niet-EU/EFTA; 31%"]


def test_pie_label_finished_by_the_figure_line_when_the_shares_make_100():
    assert _charts(TYPES)["TYPE MIGRATIE (gemiddelde 2013-2022) (CBS)"] == [
        ["Asiel", "11%"], ["EU/EFTA", "53%"], ["Niet-EU/EFTA", "31%"], ["Tijdelijke bescherming (Oekraine)", "6%"]]


def test_pie_figure_that_breaks_the_total_is_not_placed():
    lines = [t.replace("(Oekraine); 6%", "(Oekraine); 16%") for t in TYPES]
    assert ["Tijdelijke bescherming (Oekraine)", "16%"] not in _charts(lines)["TYPE MIGRATIE (gemiddelde 2013-2022) (CBS)"]


# page 15, the pie of migration motives, read across two panel columns
MOTIVES = ["MIg RAt IEMOt IEVEN EU/EFt A", "(2021)", "75.322 personen uitgeschreven Werknemers wegtransport (top 5)",
           "uit de BRP Vestigingsland EU-burgers Derdelanders", "Overig en", "1. Polen 58.070 53.780",
           "Migratiesaldo:   onbekend 24%", "Arbeid", "2. Litouwen 6.250 40.690", "51.824", "33%",
           "3. Spanje 20.500 3.650", "EU-DOCUMENt EN", "voor derdelander partners en afhankelijke", "Studie 18%",
           "familieleden van EU-burgers in NL", "aanvragen afgedaan", "4.730 84% ingewilligd Gezinsmigratie 25%"]


def test_open_label_finished_across_a_column_gap_and_the_last_share_by_elimination():
    vocab = VOCAB + Counter({"migratiemotieven": 2, "eu": 5, "efta": 3, "documenten": 2})
    charts = {t.title: [[c.text for c in t.cells if c.row == r] for r in range(t.n_rows)]
              for t in page_tables(MOTIVES, 1, vocab) if t.kind == "chart"}
    # 18 + 25 + 24 + 33 = 100
    assert charts["MIGRATIEMOTIEVEN EU/EFTA (2021)"] == [
        ["Studie", "18%"], ["Gezinsmigratie", "25%"], ["Overig en onbekend", "24%"], ["Arbeid", "33%"]]


# page 17: two panels whose labels and figures are read out of order
DEPARTURE = ["VeRTReK Ui TcaS eLoaD DT&V", "4.720", "8.610 personen vertrokken, van wie 50% aantoonbaar",
             "Zelfstandig vertrek", "innenL anDS ToezichT", "28% (01.02.2022 – 31.01.2023)",
             "Zelfstandig vertrek UiTSTRooM Ui T LVV", "Minder controles, minder personen zonder verblijfsrecht",
             "50%", "zonder toezicht", "aangetroffen.", "Resultaat verblijf", "21%", "51%", "2021 41%",
             "(regulier, ingewilligde hasa)", "Gedwongen vertrek", "2022 36%", "Resultaat vertrek", "11%",
             "Top 3 aantoonbaar vertrek via DT&V", "1. Oekraïense 2. Poolse 3. Algerijnse",
             "Uitstel van vertrek art. 64", "7%", "vreemdelingen ingestroomd in", "2.730 vreemdelingenbewaring",
             "ioM Zonder duurzame", "31%", "oplossing"]


def test_split_labels_take_the_figure_between_their_halves_and_the_rest_follows():
    charts = _charts(DEPARTURE)
    # 28 + 50 + 21 = 99; 11 + 7 + 51 + 31 = 100
    assert charts["VERTREK UIT CASELOAD DT&V"] == [
        ["Zelfstandig vertrek", "28%"], ["Zelfstandig vertrek zonder toezicht", "50%"], ["Gedwongen vertrek", "21%"]]
    assert charts["UITSTROOM UIT LVV (01.02.2022 – 31.01.2023)"] == [
        ["Resultaat vertrek", "11%"], ["Uitstel van vertrek art. 64", "7%"],
        ["Resultaat verblijf (regulier, ingewilligde hasa)", "51%"], ["Zonder duurzame oplossing", "31%"]]


def test_a_panel_that_does_not_add_up_gets_no_placed_figures():
    lines = [t for t in DEPARTURE if t != "21%"]  # Gedwongen vertrek's figure lost: 28 + 50 alone is no whole
    assert "VERTREK UIT CASELOAD DT&V" not in _charts(lines)
