"""Periods: Dutch time expressions -> inclusive ISO dates (fixtures/gold/README.md, "Periods").

Relative expressions ("de afgelopen twaalf maanden", "in januari", "In 2023" in a January
edition, "per 31 december") are resolved against `doc._.reference`, the publication's
reference period (corpus manifest, or the month in the title).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import resources
from ...calendar_nl import MONTH_NAMES, YEAR
from .records import PeriodMention, doc_text

MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "okt": 10, "nov": 11, "dec": 12}
MONTHS = {**{name: i for i, name in enumerate(MONTH_NAMES, 1)}, **MONTH_ABBREVIATIONS}  # name or abbreviation -> 1..12
NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
                "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18, "vierentwintig": 24}

_M = r"(?P<{n}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<{n}>[0-3]?\d)"
_THRU = r"(?:t/m|t\.m\.|tot\s+en\s+met|tot|-|–|—)"


def _m(n: str) -> str:
    return _M.format(n=n)


def _y(n: str) -> str:
    return rf"(?P<{n}>{YEAR.pattern})"


def _d(n: str) -> str:
    return _D.format(n=n)


# Ordered: earlier patterns win where matches overlap.
PATTERNS: list[tuple[str, re.Pattern]] = [(k, re.compile(p, re.I | re.V1)) for k, p in [
    ("month_range", rf"\b(?:van\s+)?{_m('m1')}\s+{_y('y1')}\s*{_THRU}\s*{_m('m2')}\s+{_y('y2')}\b"),
    ("month_range_same_year", rf"\b(?:van\s+)?{_m('m1')}\s*{_THRU}\s*{_m('m2')}\s+{_y('y2')}\b"),
    ("ytd_through", rf"\b(?:in\s+|over\s+)?{_y('y1')},?\s+(?:tot\s+en\s+met|t/m)\s+(?:eind\s+)?{_m('m2')}(?:\s+{_y('y2')})?\b"),
    ("date_range", rf"\b{_d('d1')}\s+{_m('m1')}\s+{_y('y1')}\s*(?:tot\s+en\s+met|t/m)\s+{_d('d2')}\s+{_m('m2')}\s+{_y('y2')}\b"),
    ("through_date", rf"\b(?:tot\s+en\s+met|t/m|(?P<excl>tot))\s+{_d('d2')}\s+{_m('m2')}(?:\s+{_y('y2')})?\b"),
    ("through_month", rf"\b(?:tot\s+en\s+met|t/m)\s+(?:eind\s+)?{_m('m2')}(?:\s+{_y('y2')})?\b"),
    ("year_range", rf"\b(?:(?:van|vanaf|periode)\s+)?{_y('y1')}\s*{_THRU}\s*{_y('y2')}\b"),
    ("year_range", rf"\btussen\s+{_y('y1')}\s+en\s+{_y('y2')}\b"),
    ("through_year", rf"\b(?:tot\s+en\s+met|t/m)\s+{_y('y2')}\b"),
    ("quarter", rf"\b(?P<q>eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+kwartaal(?:\s+van)?\s+{_y('y1')}\b"),
    ("quarter", rf"\bQ(?P<q>[1-4])[\s-]+{_y('y1')}\b"),
    ("half", rf"\b(?P<h>eerste|tweede)\s+(?:helft|halfjaar)(?:\s+van)?\s+{_y('y1')}\b"),
    ("stock_date", rf"\b(?:op|per|peildatum|stand|peilmoment)\s+{_d('d1')}\s+{_m('m1')}(?:\s+{_y('y1')})?\b"),
    ("end_of", rf"\b(?:eind|einde|ultimo)\s+(?:{_m('m1')}\s+)?{_y('y1')}\b"),
    ("end_of_year", r"\b(?:aan\s+het\s+)?(?:eind|einde)\s+van\s+het\s+jaar\b"),
    ("date", rf"\b{_d('d1')}\s+{_m('m1')}(?:\s+{_y('y1')})?\b"),
    ("month", rf"\b{_m('m1')}\s+{_y('y1')}\b"),
    ("rolling", r"\b(?:de\s+)?(?:afgelopen|laatste|voorgaande|voorbije)\s+(?P<n>\d{1,2}|"
                + "|".join(NUMBER_WORDS) + r")\s+maanden\b"),
    ("rolling_years", r"\b(?:over\s+|in\s+)?de\s+(?:afgelopen|laatste|voorgaande|voorbije)\s+(?P<n>\d{1}|"
                      + "|".join(NUMBER_WORDS) + r")\s+jaar\b"),
    ("ytd", r"\b(?:tot\s+nu\s+toe|dit\s+(?:kalender)?jaar|het\s+lopende\s+jaar|lopend\s+jaar)\b"),
    ("last_year", r"\bvorig(?:e)?\s+jaar\b"),
    ("since", rf"\b(?:sinds|vanaf)\s+(?:het\s+jaar\s+)?{_y('y1')}\b(?!\s*(?:-|–|t/m|tot))"),
    ("base_year", rf"\b(?:t\.o\.v\.|ten\s+opzichte\s+van|vergeleken\s+met|in\s+vergelijking\s+met|dan\s+in|na)\s+(?:het\s+jaar\s+)?{_y('y1')}\b"),
    ("numeric_date", rf"(?<![\d.,/-]){_d('d1')}[-.](?P<mn>[01]?\d)[-.]{_y('y1')}\b"),
    ("decade", r"\b(?:de\s+)?jaren\s+(?P<dec>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
               r"(?P<prev>\s+van\s+de\s+vorige\s+eeuw)?"),
    ("year", rf"(?<![\p{{L}}\d.,/-]){_y('y1')}(?![\d%]|[.,]\d|-\d)"),  # not "SIM2020", a name
    ("bare_month", rf"\b(?:in|over|van|sinds|per|vanaf)\s+(?:de\s+maand\s+)?{_m('m1')}\b(?!\s+\d)"),
]]


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month(g: str | None) -> int | None:
    return MONTHS.get(g.lower().rstrip(".")) if g else None


class PeriodResolver:
    """Turns a regex match into (start, end, kind) against the publication's reference period."""

    def __init__(self, reference: tuple[date | None, date | None] | None):
        self.ref_start, self.ref_end = reference or (None, None)

    def year_of_month(self, month: int) -> int | None:
        if not self.ref_end:
            return None
        return self.ref_end.year if month <= self.ref_end.month else self.ref_end.year - 1

    def year(self, y: int) -> tuple[date, date, str]:
        # year to date: "In 2023 ..." in the January 2023 edition ends with January
        if self.ref_end and self.ref_end.year == y and self.ref_end < date(y, 12, 31):
            return date(y, 1, 1), self.ref_end, "ytd"
        return date(y, 1, 1), date(y, 12, 31), "year"

    def resolve(self, kind: str, g: dict) -> tuple[date | None, date | None, str] | None:
        y1 = int(g["y1"]) if g.get("y1") else None
        y2 = int(g["y2"]) if g.get("y2") else None
        m1, m2 = _month(g.get("m1")), _month(g.get("m2"))
        try:
            if kind == "month_range":
                return date(y1, m1, 1), month_end(y2, m2), "range"
            if kind == "month_range_same_year":
                y1 = y2 if m1 <= m2 else y2 - 1
                return date(y1, m1, 1), month_end(y2, m2), "range"
            if kind == "ytd_through":
                return date(y1, 1, 1), month_end(y2 or y1, m2), "ytd"
            if kind in ("through_date", "through_month"):
                y2 = y2 or self.year_of_month(m2)
                if y2 is None:
                    return None
                end = date(y2, m2, int(g["d2"])) if g.get("d2") else month_end(y2, m2)
                if g.get("excl"):
                    end -= timedelta(days=1)  # "tot 1 juli 2022": up to, not including, the date
                return None, end, "through"
            if kind == "through_year":
                return None, date(y2, 12, 31), "through"  # "tot en met 2030": no start stated
            if kind == "date_range":
                return date(y1, m1, int(g["d1"])), date(y2, m2, int(g["d2"])), "range"
            if kind == "rolling_years":
                n = g["n"].lower()
                n = int(n) if n.isdigit() else NUMBER_WORDS[n]
                if not self.ref_end or n < 2:
                    return None
                # the last complete year of the reference period ends the window
                last = self.ref_end.year if (self.ref_end.month, self.ref_end.day) == (12, 31) else self.ref_end.year - 1
                return date(last - n + 1, 1, 1), date(last, 12, 31), "range"
            if kind == "year_range":
                if not (1900 < y1 < y2 <= 2100):
                    return None
                return date(y1, 1, 1), date(y2, 12, 31), "range"
            if kind == "quarter":
                q = int(g["q"][0]) if g["q"][0].isdigit() else ["eerste", "tweede", "derde", "vierde"].index(g["q"].lower()) + 1
                return date(y1, 3 * q - 2, 1), month_end(y1, 3 * q), "range"
            if kind == "half":
                first = g["h"].lower() == "eerste"
                return (date(y1, 1, 1), date(y1, 6, 30), "range") if first else (date(y1, 7, 1), date(y1, 12, 31), "range")
            if kind in ("stock_date", "date"):
                d1 = int(g["d1"])
                if y1 is None:
                    if not self.ref_end:
                        return None
                    y1 = self.ref_end.year
                    if (m1, d1) > (self.ref_end.month, self.ref_end.day):
                        y1 -= 1
                d = date(y1, m1, d1)
                return d, d, "date"
            if kind == "end_of":
                d = month_end(y1, m1) if m1 else date(y1, 12, 31)
                return d, d, "date"
            if kind == "end_of_year":
                # "aan het eind van het jaar": the last day of the report's last complete year
                if not self.ref_end:
                    return None
                y = self.ref_end.year if (self.ref_end.month, self.ref_end.day) == (12, 31) else self.ref_end.year - 1
                return date(y, 12, 31), date(y, 12, 31), "date"
            if kind == "month":
                return date(y1, m1, 1), month_end(y1, m1), "month"
            if kind == "rolling":
                n = g["n"].lower()
                n = int(n) if n.isdigit() else NUMBER_WORDS[n]
                if not self.ref_end:
                    return None
                e = month_end(self.ref_end.year, self.ref_end.month)
                total = e.year * 12 + e.month - 1 - (n - 1)
                return date(total // 12, total % 12 + 1, 1), e, "rolling"
            if kind == "ytd":
                if not self.ref_end:
                    return None
                return date(self.ref_end.year, 1, 1), self.ref_end, "ytd"
            if kind == "last_year":
                if not self.ref_end:
                    return None
                y = self.ref_end.year - (0 if self.ref_end == date(self.ref_end.year, 12, 31) and self.ref_start
                                         and self.ref_start.month == 1 and self.ref_start.day == 1 else 1)
                return date(y, 1, 1), date(y, 12, 31), "year"
            if kind == "since":
                return date(y1, 1, 1), None, "since"
            if kind == "numeric_date":
                d = date(y1, int(g["mn"]), int(g["d1"]))
                return d, d, "date"
            if kind == "decade":
                tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
                        "negentig"].index(g["dec"].lower()) * 10 + 20
                century = 1900 if g.get("prev") or not self.ref_end or self.ref_end.year < 2000 + tens + 9 else 2000
                return date(century + tens, 1, 1), date(century + tens + 9, 12, 31), "range"
            if kind == "base_year":
                return date(y1, 1, 1), date(y1, 12, 31), "base"
            if kind == "year":
                return self.year(y1)
            if kind == "bare_month":
                y = self.year_of_month(m1)
                if y is None:
                    return None
                return date(y, m1, 1), month_end(y, m1), "month"
        except (ValueError, TypeError, KeyError):
            return None
        return None


def find_periods(text: str, reference) -> list[tuple[int, int, date | None, date | None, str]]:
    resolver = PeriodResolver(reference)
    taken = bytearray(len(text) + 1)
    found = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            r = resolver.resolve(kind, m.groupdict())
            if r is None:
                continue
            for i in range(s, e):
                taken[i] = 1
            found.append((s, e, r[0], r[1], r[2]))
    found.sort()
    return found


@Language.factory("dx_periods", default_config={"average_words": ["gemiddeld", "gemiddelde", "gemiddeld genomen"]})
def make_periods(nlp: Language, name: str, average_words: list[str]):
    avg = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in average_words) + r")\b\s*(?:\(?\s*)?$", re.I)
    nouns = resources.data_file("statistics_nl.yaml")["document_name_nouns"]
    # "de Afrikastrategie 2023-2032", "de voorjaarsnota 2023": a year that ends a document's name dates no figure
    named = re.compile(r"\p{L}*(?:" + "|".join(re.escape(w) for w in nouns) + r")\s+$", re.I)

    def periods(doc: Doc) -> Doc:
        out: list[PeriodMention] = []
        spans = []
        text = doc_text(doc)
        for s, e, start, end, kind in find_periods(text, doc._.reference):
            if kind in ("year", "range") and text[s:s + 1].isdigit() and named.search(text[max(0, s - 40):s]):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            pm = PeriodMention(span.start, span.end, s, e, text[s:e], start, end, kind,
                               average=kind == "range" and bool(avg.search(text[max(0, s - 20):s])))
            out.append(pm)
            spans.append(Span(doc, span.start, span.end, label=kind))
        doc._.periods = out
        doc.spans["periods"] = spans
        return doc

    return periods
