"""Scope of what a passage says: a "(Bron: ...)" line closes the passage above it whatever role
layout gave it (under a figure it sources the figure); the home country is a dimension only
where countries are compared."""

from __future__ import annotations

from docextract.nlp import extract_facts
from nlp_helpers import document


def _facts(blocks):
    return {f.value: f for f in extract_facts(document(blocks))}


def test_bron_line_tagged_caption_still_closes_the_passage():
    facts = _facts([
        ("heading", "Uit welke landen komen asielzoekers?"),
        ("body", "Het aantal eerste asielaanvragen in januari was circa 2.490."),
        ("caption", "(Bron: asielrends van januari 2023, afgerond op tientallen)"),
    ])
    assert facts[2490].rounded_to == 10
    assert facts[2490].source == "IND"


def test_bron_of_a_figure_caption_does_not_source_the_prose_before_it():
    facts = _facts([
        ("body", "In 2022 ontvingen gemeenten circa 2.490 eerste asielaanvragen."),
        ("caption", "Figuur 3: Eerste asielaanvragen, 2022"),
        ("caption", "(Bron: COA, afgerond op tientallen)"),
    ])
    assert facts[2490].source != "COA"
    assert facts[2490].rounded_to is None


def test_the_home_country_is_no_dimension_of_a_national_statistic():
    facts = _facts([("body", "In 2023 zijn ongeveer 8.390 vreemdelingen die niet in Nederland mochten blijven "
                             "vertrokken.")])
    assert "country" not in facts[8390].dimensions


def test_the_home_country_is_a_dimension_where_countries_are_compared():
    facts = _facts([("heading", "Asielaanvragen in de EU-lidstaten"),
                    ("body", "In 2022 ontving Oostenrijk 12,2 asielaanvragen per 1.000 inwoners en Nederland 2,0.")])
    assert facts[2.0].dimensions.get("country") == "NL"
