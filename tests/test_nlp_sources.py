"""A "(Bron: ...)" line closes the passage above it, whatever role the layout gave the line;
under a figure it sources the figure, not the prose before it."""

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
