"""Text repairs of the layout stage, each with a case it must leave alone."""

from __future__ import annotations

import pytest

from docextract.layout.repair import (
    fix_text,
    join_hyphenated,
    join_letter_spaced,
    looks_doubled,
    repair_block_text,
    split_glued,
    undouble,
)


@pytest.mark.parametrize(("lines", "joined"), [
    (["de asiel-", "migranten kwamen"], ["de asielmigranten", "kwamen"]),
    (["alle EU-", "burgers"], ["alle EU-burgers"]),
    (["provincie Noord-", "Holland"], ["provincie Noord-Holland"]),
    (["geen afbreking", "hier"], ["geen afbreking", "hier"]),
])
def test_hyphenation_joined_the_dutch_way(lines, joined):
    assert join_hyphenated(lines) == joined


@pytest.mark.parametrize(("before", "after"), [
    ("Figuur 20: T op 10 landen", "Figuur 20: Top 10 landen"),
    ("V erschillende typen", "Verschillende typen"),
    ("G edurende de procedure", "Gedurende de procedure"),
    ("van lidstaat A naar lidstaat B wordt", "van lidstaat A naar lidstaat B wordt"),  # real single letters
    ("U kunt bellen", "U kunt bellen"),
])
def test_letter_spaced_words_rejoined(before, after):
    assert join_letter_spaced(before)[0] == after


def test_mojibake_and_ligatures_repaired():
    assert fix_text("LPâ€™s") == "LP's"
    assert fix_text("ofﬁciële cijfers") == "officiële cijfers"
    assert fix_text("gewone tekst, 12.345 personen.") == "gewone tekst, 12.345 personen."


def test_glued_figure_number_and_marker_split_off():
    text, marks = split_glued("aan het middelenvereisteFiguur 6 wordt voldaan")
    assert text == "aan het middelenvereiste wordt voldaan"
    assert marks == ["Figuur 6"]
    text, marks = split_glued("Eerste asielaanvragen2 38.380 35.540")
    assert text == "Eerste asielaanvragen 38.380 35.540"
    assert marks == ["2"]


@pytest.mark.parametrize("text", ["in 2022 kwamen 403.108 personen", "COVID19 en Spoor2", "zie Figuur 6 hieronder"])
def test_glued_split_leaves_ordinary_text_alone(text):
    assert split_glued(text) == (text, [])


@pytest.mark.parametrize(("doubled", "clean"), [
    ("IMMIIMMIGRATIEGRATIE", "IMMIGRATIE"),
    ("20202222 in na in nationaal tionaal perperspespectiectief f", "2022 in nationaal perspectief"),
    ("TTiijjddeleliijjkke bese besccherhermmiingng", "Tijdelijke bescherming"),
    ("IIn 20n 202222  iimmimmiggrreeeerrddeen n 40403.103.108 8 ((+6+61%1%)) p peersonersonen n nanaara r",
     "In 2022 immigreerden 403.108 (+61%) personen naar"),
])
def test_letter_interleaved_doubles_undone(doubled, clean):
    assert looks_doubled(doubled)
    assert undouble(doubled) == clean


@pytest.mark.parametrize("text", ["De Staat van Migratie 2023", "In 2022 immigreerden 403.108 personen"])
def test_ordinary_lines_are_not_doubles(text):
    assert not looks_doubled(text)


def test_block_repair_counts_what_it_changed():
    text, marks, stats = repair_block_text("Gewone zin zonder fouten.")
    assert (text, marks, sum(stats.values())) == ("Gewone zin zonder fouten.", [], 0)
    text, marks, stats = repair_block_text("T op 3 asielaanvragen2 in LPâ€™s")
    assert text == "Top 3 asielaanvragen in LP's"
    assert stats["letter_spacing_joined"] == 1 and stats["glued_markers_split"] == 1
