"""Figure captions: "Figuur 78: Vertrek via de DT&V, 2021-2022 (Bron: DT&V)" -> number, title,
period, source. Captions may wrap onto a second line (the Bron parenthesis is still open) and
carry the text layer's letter-spacing ("T op 10" for "Top 10").
"""

from __future__ import annotations

import re
from datetime import date

from ..calendar_nl import DAY, MONTH_ALTERNATION, day_of
from ..layout.roles import CAPTION
from ..models import Caption, Period
from .structure import TLine, union
from .vocab import normalise_source

LETTER_SPACED = re.compile(r"\b([A-Z]) (?=[a-z]{2,}|[A-Z]{2,}\b)")
PERIOD_TAIL = re.compile(r",\s*(?P<tail>[^,]*\b(?:19|20)\d{2}\b[^,]*)$")
YEARS = re.compile(r"\b((?:19|20)\d{2})\b")


def despace(text: str) -> str:
    """'T op 10 gemelde' -> 'Top 10 gemelde': the text layer splits a kerned capital off."""
    return LETTER_SPACED.sub(r"\1", text)


def is_caption(text: str) -> bool:
    return bool(CAPTION.match(text))


def parse_caption(text: str, bbox=None) -> Caption | None:
    m = CAPTION.match(text.strip())
    if not m:
        return None
    rest = re.sub(r"\s+", " ", despace(m["rest"])).strip()
    source = None
    body = rest
    b = re.search(r"\(\s*Bron\s*:", rest, re.I)
    if b:
        body = rest[: b.start()].strip()
        src = rest[b.end():]
        depth, end = 1, len(src)
        for k, ch in enumerate(src):  # the matching ')' (sources hold parentheses: "(KCIO)")
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                end = k
                break
        source = normalise_source(src[:end])
    title, period, cumulative = body, None, False
    p = PERIOD_TAIL.search(body)
    if p:
        title = body[: p.start()].strip()
        years = [int(y) for y in YEARS.findall(p["tail"])]
        period = Period(start=date(min(years), 1, 1), end=date(max(years), 12, 31))
        days = [day_of(d) for d in DAY.finditer(p["tail"])]
        if len(days) == 2 and SPAN.search(p["tail"]):  # '1 april 2019 t/m 31 januari 2023'
            period = Period(start=days[0], end=days[1])
        cumulative = bool(SPAN.search(p["tail"]) or re.search(r"\btotaal\b", p["tail"], re.I))
    as_of = None
    if source is not None or b:
        tail = rest[b.end():] if b else ""
        if (d := AS_OF.search(tail)) is not None:
            day = day_of(d)
            as_of = Period(start=day, end=day)
    return Caption(text=f"Figuur {m['num']}: {rest}", number=m["num"], title=title.rstrip(" ,"),
                   period=period, source=source, bbox=bbox, cumulative=cumulative, as_of=as_of)


AS_OF = re.compile(r"peildatum\s+(\d{1,2})\s+(" + MONTH_ALTERNATION + r")\s+((?:19|20)\d{2})\b", re.I)
SPAN = re.compile(r"\bt/m\b|\btot en met\b", re.I)


BRON_IN = re.compile(r"\(\s*Bron\s*:", re.I)


def _continues(text: str) -> bool:
    """A caption's second line: the '(Bron: ...)' line, or the wrapped end of the title with
    the Bron parenthesis ('2022 (Bron: IND)', 'detacheringsverklaringen wegvervoer, 2022 (Bron: SZW)')."""
    m = BRON_IN.search(text)
    return bool(m) and len(text[: m.start()].strip()) <= 80 and not is_caption(text.strip())


def caption_at(lines: list[TLine], i: int) -> tuple[Caption | None, int]:
    """The caption starting at lines[i], joined with its continuation lines; and how many lines
    it spans. A caption continues while its '(Bron:' is unclosed (footnote numbers skipped)."""
    first = lines[i].text.strip()
    if not is_caption(first):
        return None, 0
    parts, used = [first], 1
    if "bron" not in first.lower() and i + 1 < len(lines) and _continues(lines[i + 1].text):
        parts.append(lines[i + 1].text.strip())  # the Bron line (or the title's tail) under the caption
        used = 2
    while "(" in " ".join(parts) and " ".join(parts).count("(") > " ".join(parts).count(")") \
            and i + used < len(lines) and used < 4:
        nxt = lines[i + used].text.strip()
        used += 1
        if re.fullmatch(r"\d{1,3}", nxt):
            continue  # a footnote number set on its own line
        parts.append(nxt)
    boxes = [lines[k].bbox for k in range(i, i + used)]
    return parse_caption(" ".join(parts), union(boxes)), used
