"""Text-layer grids rebuilt without geometry: wrapped and stacked headers, numbered rows, text
cells, change values printed on lines of their own, uncaptioned tables and bar-chart labels.

Inputs are lines of corpus/text/staat-van-migratie-2023.txt; the expected grids and facts are
read off the publication by hand (the PDF's ruled tables show the same cells), never copied
from the program's output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docextract.models import DocumentMeta
from docextract.tables.arithmetic import assign_changes, change_percent, sums_to
from docextract.tables.structure import text_lines
from docextract.tables.text_headers import HeaderLine, groups, header_paths
from docextract.tables.text_tables import is_prose, parse_text_grid
from docextract.tables.to_facts import table_facts

ROOT = Path(__file__).resolve().parent.parent
SVM = ROOT / "corpus" / "text" / "staat-van-migratie-2023.txt"


def _by_number(svm_text, number: str):
    return next(t for t in svm_text[0] if t.caption and t.caption.number == number)


def _body(table) -> list[list[str]]:
    return [r for i, r in enumerate(table.grid()) if i >= table.header_rows]


def _facts(svm_text, table) -> set[tuple]:
    doc = svm_text[1].model_copy(update={"meta": DocumentMeta(publisher=None)})
    return {(f.metric, f.value, f.unit, f.period.start, f.period.end) for f in table_facts([table], doc)}


# --- header cells -------------------------------------------------------------------------------

def test_header_cells_start_at_capitals_not_inside_parentheses():
    assert groups("Gemeente Capaciteit Totaal toegelaten Actuele bezetting Totaal") == [
        "Gemeente", "Capaciteit", "Totaal toegelaten", "Actuele bezetting", "Totaal"]
    assert groups("2021 Ingediend Afgehandeld % gegrond") == ["2021", "Ingediend", "Afgehandeld", "% gegrond"]
    assert groups("Kinderen (excl. Amv) Totaal") == ["Kinderen (excl. Amv)", "Totaal"]


def test_wrapped_headers_under_year_groups():
    """Figuur 48: the tails of the wrapped sub-headers repeat per year; the one before them
    belongs to the label column."""
    lines = [HeaderLine("Kinderen (excl. amv)"), HeaderLine("2021 2022"),
             HeaderLine("Aantal Aantal kinderen Gemiddelde verblijfs- Aantal kinderen Gemiddelde verblijfs-"),
             HeaderLine("verhuis- duur bij uitstroom duur bij uitstroom", trailing=True),
             HeaderLine("bewegingen (weken) (weken)")]
    assert header_paths(lines, 4) == [
        ["Kinderen (excl. amv)", "Aantal verhuis- bewegingen"],
        ["2021", "Aantal kinderen"], ["2021", "Gemiddelde verblijfs- duur bij uitstroom (weken)"],
        ["2022", "Aantal kinderen"], ["2022", "Gemiddelde verblijfs- duur bij uitstroom (weken)"]]


def test_trailing_space_marks_the_header_that_wraps():
    """Figuur 87: 'Totaal  ' ends its line with spaces, so 'uitgestroomd' is its tail; Figuur
    12's 'Totaal' does not, and the loose 'afdoening' heads no column."""
    paths = header_paths([HeaderLine("Gemeente Capaciteit Totaal toegelaten Actuele bezetting Totaal", True),
                          HeaderLine("uitgestroomd")], 4)
    assert paths[-1] == ["Totaal uitgestroomd"]
    paths = header_paths([HeaderLine("Soort aanvraag Afwijzing Inwilliging Overige Totaal"),
                          HeaderLine("afdoening")], 4)
    assert paths is None or paths[-1] == ["Totaal"]


def test_periods_over_a_repeated_sub_header():
    """Figuur 91: the half years carry 'Taakstelling Gehuisvest'; the two dates stand alone and
    take 'Stand op 1' and 'januari' from the lines above."""
    lines = [HeaderLine("Stand op"), HeaderLine("Stand op 1 1 januari"),
             HeaderLine("Provincie januari 2022 2022-I 2022-II 2023"),
             HeaderLine("Taakstelling Gehuisvest Taakstelling Gehuisvest", True)]
    assert header_paths(lines, 6) == [
        ["Provincie"], ["Stand op 1 januari 2022"], ["2022-I", "Taakstelling"], ["2022-I", "Gehuisvest"],
        ["2022-II", "Taakstelling"], ["2022-II", "Gehuisvest"], ["Stand op 1 januari 2023"]]
    assert header_paths(lines, 5) is None  # the header cannot account for five columns


def test_year_columns_with_a_wrapped_change_header():
    """Figuur 78: '% / verschil / 2021 2022 2022 / t.o.v. / 2021'; Figuur 15: '2021 2022 %
    verschil 2022' / 't.o.v. 2021'."""
    lines = [HeaderLine("%"), HeaderLine("verschil"), HeaderLine("2021 2022 2022"), HeaderLine("t.o.v."),
             HeaderLine("2021")]
    assert header_paths(lines, 3) == [[], ["2021"], ["2022"], ["% verschil 2022 t.o.v. 2021"]]
    lines = [HeaderLine("2021 2022 % verschil 2022"), HeaderLine("t.o.v. 2021")]
    assert header_paths(lines, 3) == [[], ["2021"], ["2022"], ["% verschil 2022 t.o.v. 2021"]]


# --- arithmetic ---------------------------------------------------------------------------------

def test_change_percent_rounds_half_away_from_zero():
    assert change_percent(1710, 1100) == -36
    assert change_percent(800, 1140) == 43  # +42.5%
    assert change_percent(120, 170) == 42
    assert change_percent(0, 10) is None


def test_loose_changes_go_to_the_row_they_fit_and_only_then():
    rows = [(260, 220), (800, 1140), None, (120, 170)]
    assert assign_changes(rows, [43, -15, 42]) == {0: 1, 1: 0, 2: 3}
    # two rows give +50%: which one the loose value belongs to is not printed
    assert assign_changes([(10, 15), (20, 30)], [50]) == {}


def test_totals_allow_rounding_to_tens():
    assert sums_to([4970, 390, 10, 190, 420], 5980)
    assert not sums_to([4970, 390, 10, 190, 420], 6110)


# --- lines: prose or table ----------------------------------------------------------------------

@pytest.mark.parametrize("text, prose", [
    ("6.110 5.150 3.940 1.000 16.200", False),  # a row, not heading '6.110'
    ("4.3.3.1 V erhuisbewegingen van minderjarige kinderen die onderdeel zijn van een gezin en", True),
    ("Aantal Aantal kinderen Gemiddelde verblijfs- Aantal kinderen Gemiddelde verblijfs-", False),
    ("maanden in 2021 (peildatum 1-1-2022).", True),
    ("2022 t.o.v.", False),
])
def test_prose_lines(text, prose):
    assert is_prose(text) is prose


# --- whole figures ------------------------------------------------------------------------------

def test_figure_78_scrambled_cells(svm_text):
    """Labels, value pairs and '% verschil' values come out shuffled; every change finds the
    row whose two years give it."""
    rows = [r[1:] for r in _body(_by_number(svm_text, "78"))]
    assert rows == [
        ["1.700", "1.820", "+7%"], ["260", "220", "-15%"], ["140", "420", "+200%"], ["2.100", "2.450", "+17%"],
        ["920", "930", "+1%"], ["590", "750", "+27%"], ["120", "170", "+42%"], ["1.630", "1.850", "+13%"],
        ["5.600", "4.310", "-23%"], ["1.710", "1.100", "-36%"], ["800", "1.140", "+43%"],
        ["3.030", "3.660", "+21%"], ["3.840", "4.800", "+25%"], ["13.160", "13.410", "+2%"]]
    facts = _facts(svm_text, _by_number(svm_text, "78"))
    assert ("departures", 1710, "count", date(2021, 1, 1), date(2021, 12, 31)) in facts
    assert ("departures", -36, "percent", date(2022, 1, 1), date(2022, 12, 31)) in facts
    assert len(facts) == 14 * 3


def test_figure_48_numbered_rows_and_total(svm_text):
    t = _by_number(svm_text, "48")
    body = _body(t)
    assert body[0] == ["1", "1.490", "15", "2.630", "11"]
    assert body[6] == ["7", "<5", "68", "<5", "74"]
    assert body[-1] == ["", "2.170", "18", "3.790", "15"]
    # '8 10 32' fills one of the two year groups; the text layer does not say which
    assert not any(r[0] == "8" for r in body)
    facts = _facts(svm_text, t)
    assert ("reception_leavers", 1490, "count", date(2021, 1, 1), date(2021, 12, 31)) in facts
    assert ("reception_stay_duration_at_exit", 74, "weeks", date(2022, 1, 1), date(2022, 12, 31)) in facts


def test_figure_87_text_cell_and_wrapped_header(svm_text):
    t = _by_number(svm_text, "87")
    assert ["Emmen", "Onderdeel van capaciteit Groningen", "40", "20", "20"] in _body(t)
    facts = _facts(svm_text, t)
    span = (date(2019, 4, 1), date(2023, 1, 31))
    assert ("lvv_outflow", 1650, "count", *span) in facts
    assert ("lvv_admitted", 40, "count", *span) in facts
    assert ("lvv_residents", 730, "count", date(2023, 1, 31), date(2023, 1, 31)) in facts
    assert not any(f[0] == "lvv_capacity" and f[1] == 40 for f in facts)


def test_figure_91_metric_and_period_per_column(svm_text):
    facts = _facts(svm_text, _by_number(svm_text, "91"))
    drenthe = {f for f in facts if f[1] in (71, 285, 392, 382, 398, -52)}
    assert drenthe == {
        ("permit_holder_housing_backlog", 71, "count", date(2022, 1, 1), date(2022, 1, 1)),
        ("permit_holder_housing_target", 285, "count", date(2022, 1, 1), date(2022, 6, 30)),
        ("permit_holders_housed", 392, "count", date(2022, 1, 1), date(2022, 6, 30)),
        ("permit_holder_housing_target", 382, "count", date(2022, 7, 1), date(2022, 12, 31)),
        ("permit_holders_housed", 398, "count", date(2022, 7, 1), date(2022, 12, 31)),
        ("permit_holder_housing_backlog", -52, "count", date(2023, 1, 1), date(2023, 1, 1))}


def test_uncaptioned_table_under_its_section_heading(svm_text):
    t = next(t for t in svm_text[0] if t.caption is None and t.title and "Bezwaar" in t.title)
    assert _body(t)[0] == ["Familie en gezin", "4.970", "4.340", "30%"]
    assert _body(t)[-1] == ["Totaal", "5.980", "5.290", "28%"]
    facts = _facts(svm_text, t)
    year = (date(2021, 1, 1), date(2021, 12, 31))
    assert ("ind_applications", 4970, "count", *year) in facts
    assert ("ind_decisions", 5290, "count", *year) in facts
    assert ("ind_objections_upheld_rate", 19, "percent", *year) in facts
    assert len(facts) == 18
    # only that one: no other run of figures without a caption passes for a table
    assert [t.title for t in svm_text[0] if t.caption is None] == [t.title]


def test_uncaptioned_figures_need_a_total_that_adds_up():
    from docextract.tables.uncaptioned import uncaptioned_tables

    text = ("1.1 Aanvragen\nDit is een zin die als alinea eindigt met een punt.\n"
            "2021 Ingediend Afgehandeld\nFamilie 4.970 4.340\nKennis 390 330\nArbeid 190 190\n"
            "Totaal 9.999 5.290\nEen volgende alinea van lopende tekst eindigt ook met een punt.\n")
    assert uncaptioned_tables(text_lines(text), frozenset(), set()) == []
    found = uncaptioned_tables(text_lines(text.replace("9.999", "5.550")), frozenset(), set())
    assert [t.title for t in found] == ["Aanvragen"]


# --- bar charts ---------------------------------------------------------------------------------

def test_figure_18_bar_labels_pair_up(svm_text):
    t = _by_number(svm_text, "18")
    assert t.kind == "chart"
    assert t.grid() == [["Pools", "176.074"], ["Duits", "82.932"], ["Italiaans", "49.128"],
                        ["Bulgaars", "47.699"], ["Spaans", "42.054"], ["Roemeens", "40.603"],
                        ["Belgisch", "38.156"], ["Frans", "31.469"], ["Portugees", "28.002"],
                        ["Grieks", "25.138"], ["Overig", "120.823"]]


def test_chart_with_a_value_axis_is_no_table(svm_text):
    """Figuur 52's stacked bars print values around their track labels: which series a value
    is cannot be read from the text, so nothing comes out (no table of wrong rows)."""
    assert not any(t.caption and t.caption.number == "52" for t in svm_text[0])
    region = text_lines("11.750\n3.830\nSpoor 4\n280\n1.150\nSpoor 2\n0 2.000 4.000 6.000 8.000\n")
    from docextract.tables.charts import axis_lines, bar_labels

    assert axis_lines(region) == {6}
    assert bar_labels(region, "text") is None


def test_text_grid_year_alone_labels_the_value_lines_under_it():
    """Figuur 45: '2021' on its own line, its counts and shares on the lines below."""
    region = text_lines("2021\n6.580 2.110 2.560 740 11.980\n55% 18% 21% 6%\n2022\n6.110 5.150 3.940 1.000 16.200\n")
    grid, n = parse_text_grid(region)
    assert n == 5
    assert [[c for c, _ in r.cells] for r in grid] == [
        ["2021", "6.580", "2.110", "2.560", "740", "11.980"], ["2021", "55%", "18%", "21%", "6%", ""],
        ["2022", "6.110", "5.150", "3.940", "1.000", "16.200"]]
