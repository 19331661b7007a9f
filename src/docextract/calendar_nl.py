"""Dutch month names, years, half years and printed dates ('1 januari 2022'): one list for
every stage."""

from __future__ import annotations

import re
from datetime import date

MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
MONTH_ALTERNATION = "|".join(MONTH_NAMES)
YEAR = re.compile(r"(?:19|20)\d{2}")  # a year as these publications print one
# a half year ('2022-I', '2022 - II'): the year, then I (January-June) or II (July-December)
HALF_YEAR = re.compile(r"\b(" + YEAR.pattern + r")\s*-\s*(II|I)\b")
DAY = re.compile(r"\b(\d{1,2})\s+(" + MONTH_ALTERNATION + r")\s+(" + YEAR.pattern + r")\b", re.I)


def is_year(token: str) -> bool:
    """A token that is a year ('2022'), not another four-digit figure."""
    return bool(YEAR.fullmatch(token.strip()))


def day_of(m: re.Match) -> date:
    """A DAY match (day, month name, year) as a date."""
    return date(int(m[3]), MONTH_NAMES.index(m[2].lower()) + 1, int(m[1]))
