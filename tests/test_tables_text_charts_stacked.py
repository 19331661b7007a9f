"""Stacked share columns in a text layer: Figuur 51 of the Staat van Migratie 2023
(corpus/text/staat-van-migratie-2023.txt, printed page 89), 'Instroom per spoor uitgesplitst
naar instroomjaar, 2021-2022'. Its data labels come out in top-down order among the axis ticks
and the legend 'Spoor 1 / Spoor 2 / Spoor 4' is spread over four lines. Read off the printed
figure: 2022 Spoor 1 17%, Spoor 2 3%, Spoor 4 80%; 2021 Spoor 1 16%, Spoor 2 4%, Spoor 4 79%."""

import docextract.tables.charts as charts
from docextract.tables.charts import legend_series, stacked_shares
from docextract.tables.structure import text_lines

REGION = """poor 1
poor 2 S
oor 4 S
Sp
40.000
35.000
17%
30.000
3%
25.000
16%
20.000
4%
80%
15.000
10.000 79%
5.000
0
2021 2022"""
TITLE = "Instroom per spoor uitgesplitst naar instroomjaar"
NOTES = ["In 2022 stroomde 80% van de eerste asielaanvragen in in spoor 4. In 2021 was dit 79%.",
         "Ook het aandeel dat instroomde in sporen 1 en 2 was vergelijkbaar met 2021."]


def _read(region=REGION, notes=NOTES):
    table = stacked_shares(text_lines(region), TITLE, notes)
    if table is None:
        return None
    return {tuple(c.text for c in table.cells if c.row == r) for r in range(table.n_rows)}


def test_legend_letters_are_a_title_word_once_per_number():
    assert legend_series(["poor 1", "poor 2 S", "oor 4 S", "Sp"], TITLE) == ["Spoor 1", "Spoor 2", "Spoor 4"]
    assert legend_series(["poor 1", "poor 2 S", "oor 4 S"], TITLE) is None  # an 'Sp' short
    assert legend_series(["Inwilliging Afwijzing"], TITLE) is None


def test_every_share_placed_in_its_year_and_series():
    assert _read() == {("2022", "17%", "Spoor 1"), ("2022", "3%", "Spoor 2"), ("2022", "80%", "Spoor 4"),
                       ("2021", "16%", "Spoor 1"), ("2021", "4%", "Spoor 2"), ("2021", "79%", "Spoor 4")}


def test_one_sentence_ties_both_columns():
    # the columns are told apart by the label order; one year tie names both
    rows = _read(notes=["In 2021 was dit 79%."])
    assert ("2021", "16%", "Spoor 1") in rows and ("2022", "17%", "Spoor 1") in rows


def test_no_sentence_no_years():
    assert _read(notes=[]) is None
    assert _read(notes=["Ook het aandeel dat instroomde in sporen 1 en 2 was vergelijkbaar met 2021."]) is None


def test_a_sentence_that_contradicts_the_series_ties_nothing():
    # 80% is the bottom segment (Spoor 4) in every reading, never Spoor 2
    assert _read(notes=["In 2022 stroomde 80% in spoor 2."]) is None


def test_columns_that_do_not_add_up_give_nothing():
    assert _read(REGION.replace("17%", "27%")) is None


def test_without_the_label_order_the_columns_are_not_pinned(monkeypatch):
    # 17+3+80 / 16+4+79 and 17+4+79 / 3+16+80 both add up: only the top-down order of the
    # labels rules the second out
    monkeypatch.setattr(charts, "_heights_possible", lambda *a: True)
    assert _read() is None
