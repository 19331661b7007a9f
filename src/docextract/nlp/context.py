"""Context that carries across sentences within a section.

- A heading or a question ("Vraag (75):" + its text, or any sentence ending in "?") opens a
  section: its metric phrases and period are the fallback for the figures that follow.
- A lead sentence ending in ":" ("In januari 2023 kwam van de asielzoekers die voor het eerst
  een aanvraag indienden:") sets metric and period for the list items after it.
- "Hiervan", "Daarvan", "Van de ..." and bare follow-ups ("Van 8% was de nationaliteit
  onbekend.") take the metric and period of the figures before them.
- "(Bron: ...)" and "afgerond op tientallen" close the passage since the previous Bron or the
  section start: source (normalised organisation) and rounded_to apply to its figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from ..layout.roles import SOURCE_LINE
from ..models import FactCandidate, Period

BRON = SOURCE_LINE  # "(Bron: ...)": one pattern with the layout stage
ROUND_TO = {"tientallen": 10, "honderdtallen": 100, "honderden": 100, "duizendtallen": 1000, "duizenden": 1000,
            "vijftallen": 5}
ROUNDING = re.compile(r"afgerond\s+op\s+(" + "|".join(ROUND_TO) + ")", re.I)
QUESTION_MARK = re.compile(r"^\s*Vraag\s*\(?\s*\d+\s*\)?\s*:?\s*$|^\s*Vraag\s*\(\s*\d+\s*\)\s*:", re.I)
ANSWER_MARK = re.compile(r"^\s*Antwoord\s*:?\s*$", re.I)


@dataclass
class Section:
    pool: list[list[str]] = field(default_factory=list)
    period: Period | None = None
    words: set[str] = field(default_factory=set)
    country_scope: bool = False  # the heading compares countries ("Asielaanvragen in de EU")
    titled: bool = False  # opened by a heading (not by a question in running text)


@dataclass
class DocContext:
    section: Section = field(default_factory=Section)
    lead_pool: list[list[str]] = field(default_factory=list)
    lead_period: Period | None = None
    lead_scope: bool = False  # the lead sentence compares countries ("De volgende vijf landen vingen ... op:")
    last_metric: str | None = None
    last_period: Period | None = None
    stale: int = 0  # sentences since the last one with a figure or a period
    in_question: bool = False
    passage: list[FactCandidate] = field(default_factory=list)
    saw_bron: bool = False
    prev_places: list = field(default_factory=list)
    page_period: tuple | None = None  # (page, Period) of a page title with a period (a dashboard's "... 2022")
    # metrics the previous sentence of the paragraph named without a figure: "... migranten van buiten de
    # EU/EFTA om naar Nederland te komen. In 2021 kwamen 38.900 personen met dat doel naar Nederland."
    told: list[list[str]] = field(default_factory=list)
    since: Period | None = None  # the open period of the section's last "sinds 2017"


    def new_section(self, pool: list[list[str]], period: Period | None, words: set[str]) -> None:
        self.close_passage(None, None)
        self.section = Section(pool, period, words)
        self.lead_pool, self.lead_period = [], None
        self.last_metric, self.last_period = None, None
        self.told = []
        self.since = None

    def panel_break(self) -> None:
        """Forget the metrics read so far, keep the period and the passage (its Bron still to come)."""
        self.section = Section(period=self.section.period)
        self.lead_pool, self.lead_period = [], None
        self.last_metric = None
        self.told = []

    def extend_section(self, pool: list[list[str]], period: Period | None, words: set[str]) -> None:
        self.section.pool = self.section.pool + pool
        self.section.period = period or self.section.period
        self.section.words |= words

    def close_passage(self, source: str | None, rounded_to: int | None) -> None:
        for c in self.passage:
            if source and c.source is None:
                c.source = source
            if rounded_to and c.unit == "count" and c.rounded_to is None:
                c.rounded_to = rounded_to
        self.passage = []


def rounding_of(text: str) -> int | None:
    m = ROUNDING.search(text)
    return ROUND_TO[m[1].lower()] if m else None
