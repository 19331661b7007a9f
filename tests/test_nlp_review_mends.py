"""Mends from code review: one list of month names, years and word lists for every stage."""

from datetime import date

import pytest

from docextract.calendar_nl import MONTH_NAMES
from docextract.nlp.components.periods import MONTHS
from docextract.nlp.linking import reference_from_title


@pytest.mark.parametrize(("title", "expected"), [
    ("KERNCIJFERS ASIEL EN MIGRATIE, MEI 2020", (date(2020, 5, 1), date(2020, 5, 31))),
    ("KERNCIJFERS ASIEL EN MIGRATIE, JUNI 2020", (date(2020, 6, 1), date(2020, 6, 30))),
    ("Kerncijfers asiel en migratie januari 2023", (date(2023, 1, 1), date(2023, 1, 31))),
    ("Rapportage sept 2021", (date(2021, 9, 1), date(2021, 9, 30))),
    ("Staat van migratie 2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("Jaarverslag dec 2022", (date(2022, 1, 1), date(2022, 12, 31))),  # a short abbreviation names no month
    ("Zonder jaartal", None),
])
def test_reference_from_title_reads_every_month(title, expected):
    assert reference_from_title(title) == expected


def test_months_hold_every_month_name():
    assert all(MONTHS[name] == i for i, name in enumerate(MONTH_NAMES, 1))


def test_rank_phrases_and_nouns_come_from_the_word_lists():
    from docextract.nlp.components.quantities import vocabulary
    rank = vocabulary()["rank_re"]
    assert rank.search("India is het eerste land van herkomst")["o2"] == "eerste"
    assert rank.search("Syrië is het tweede herkomstland")["o2"] == "tweede"
    assert rank.search("stond op de 2e plek")["o"] == "2e"
    assert rank.search("de derde plaats")["o"] == "derde"
    assert rank.search("in de eerste plaats") is None  # the idiom "first of all"
    assert rank.search("het eerste plek") is None


def test_one_list_of_words_for_both():
    from docextract import resources
    from docextract.nlp import linking
    from docextract.nlp.components.quantities import vocabulary
    words = resources.data_file("statistics_nl.yaml")["both_words"]
    assert linking.vocabulary()["both"] == set(words)
    assert all(vocabulary()["in_parens_re"].search(f"Turkije ({w} ") for w in words)


def test_word_lists_of_the_loaded_file_stay_lists():
    from docextract import resources
    from docextract.nlp.components.quantities import vocabulary
    vocabulary()
    v = resources.data_file("statistics_nl.yaml")
    assert isinstance(v["auxiliary_verbs"], list) and "rank_re" not in v


def test_years_and_verbs_from_the_shared_lists():
    from docextract.nlp.extract import _VERBISH
    from nlp_helpers import run
    assert _VERBISH.search("In januari kwamen 2.490 asielzoekers") and _VERBISH.search("Het aantal is 40")
    assert not _VERBISH.search("Asiel; 11%")
    qs = run("In 2022 vroegen 35.535 mensen asiel aan.")._.quantities
    assert [(q.text, q.skip) for q in qs if q.text == "35.535"] == [("35.535", None)]
