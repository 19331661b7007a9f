"""Plain records the components attach to a Doc (doc._.quantities, doc._.periods, ...).

Plain dataclasses, not Span extensions: the linker reads them many times per sentence and
attribute look-ups through spaCy's extension machinery would dominate the run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc


@dataclass
class Quantity:
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    value: float
    unit: str  # count, percent, eur, fte, weeks, days; "multiplier" is recognised but not a fact unit
    sign: str = ""
    approx: bool = False
    skip: str | None = None  # why this number is not a statistic (year, article, footnote, table run ...)
    measure: str | None = None  # change, average
    in_parens: bool = False
    enum: bool = False  # a list enumerator ("1. Marokko") or a rank phrase: a rank only beside a place


@dataclass
class PeriodMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    start_date: date | None
    end_date: date | None
    kind: str  # month, year, ytd, range, through, date, rolling, base, since
    average: bool = False


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    code: str  # ISO alpha-2, unknown, other, stateless
    form: str  # name, adjective, demonym, variant, special
    prep: str = ""  # the word before ("uit", "in", "naar")

    @property
    def is_location(self) -> bool:
        return self.form == "name" and self.prep in {"in", "naar", "binnen", "buiten", "via", "door"}


@dataclass
class MetricMention:
    start: int
    end: int
    text: str
    metric_ids: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass
class OrgMention:
    start_char: int
    end_char: int
    org: str


@dataclass
class TermMention:
    start: int
    end: int
    key: str
    value: str


def doc_text(doc: Doc) -> str:
    """The sentence's text, built once: spaCy rebuilds Doc.text from its tokens on every access,
    and every component reads it."""
    text = doc.user_data.get("dx_text")
    if text is None:
        text = doc.user_data["dx_text"] = doc.text
    return text


def _register() -> None:
    for name in ("quantities", "periods", "places", "metric_mentions", "orgs", "terms"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("reference"):
        # (reference_start, reference_end) of the publication: anchors relative periods
        Doc.set_extension("reference", default=None)


_register()
