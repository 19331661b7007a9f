"""A first, rule-based reading of Dutch statistical prose (to be grown into the spaCy pipeline)."""

from __future__ import annotations

import calendar
from datetime import date
from functools import cache

import regex as re

from .. import resources
from ..models import Document, FactCandidate, Period, Provenance, Role

_NUMBER = re.compile(
    r"(?<![\p{L}\d.,/-])(?P<sign>[+-])?(?P<num>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?P<pct>\s?%)?(?![\d\p{L}])"
)
_HEDGE = re.compile(r"(?:circa|ca\.|ongeveer|bijna|ruim|rond|zo'n|meer dan|minder dan|naar schatting)\s*$", re.I)
_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(20\d\d|19\d\d)\b", re.I)
_YEAR = re.compile(r"\b(?:in|over|van|sinds)\s+(20\d\d|19\d\d)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=[\p{Lu}\d(-])")
_ROUNDED = re.compile(r"afgerond op tientallen", re.I)


def extract_facts(doc: Document) -> list[FactCandidate]:
    out: list[FactCandidate] = []
    for block in doc.blocks():
        if block.role not in (Role.BODY, Role.LIST_ITEM):
            continue
        offset = 0
        for sentence in _SENTENCE.split(block.text):
            out.extend(_sentence_facts(sentence, block, offset))
            offset += len(sentence) + 1
    return out


def _sentence_facts(sentence: str, block, offset: int) -> list[FactCandidate]:
    metric = _metric_for(sentence)
    if metric is None:
        return []
    period = _period(sentence)
    facts = []
    for m in _NUMBER.finditer(sentence):
        raw = m["num"]
        if not m["pct"] and re.fullmatch(r"(19|20)\d\d", raw):
            continue  # a year
        value = float(raw.replace(".", "").replace(",", "."))
        if m["sign"] == "-":
            value = -value
        facts.append(FactCandidate(
            metric=metric, value=value, unit="percent" if m["pct"] else "count",
            approx=bool(_HEDGE.search(sentence[: m.start()])),
            rounded_to=10 if _ROUNDED.search(sentence) and not m["pct"] else None,
            period=period, dimensions={"measure": "change"} if m["sign"] and m["pct"] else {},
            provenance=Provenance(page=block.page if block.bbox else None, bbox=block.bbox,
                                  quote=sentence.strip(), extractor="text"),
            anchor=(block.page, block.order, offset + m.start()),
        ))
    return facts


@cache
def _triggers() -> list[tuple[str, str]]:
    pairs = [(t.lower(), m["id"]) for m in resources.metrics() for t in m.get("triggers", [])]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _metric_for(sentence: str) -> str | None:
    low = sentence.lower()
    for trigger, metric in _triggers():
        if trigger in low:
            return metric
    return None


def _period(sentence: str) -> Period:
    m = _MONTH_YEAR.search(sentence)
    if m:
        month, year = _MONTHS.index(m[1].lower()) + 1, int(m[2])
        return Period(start=date(year, month, 1), end=date(year, month, calendar.monthrange(year, month)[1]))
    m = _YEAR.search(sentence)
    if m:
        year = int(m[1])
        return Period(start=date(year, 1, 1), end=date(year, 12, 31))
    return Period()
