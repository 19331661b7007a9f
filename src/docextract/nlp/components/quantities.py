"""Quantities: Dutch numbers that state a figure, with unit, sign and scale.

"2.490" -> 2490, "0,7%" -> 0.7 percent, "+61%" -> 61 percent (sign kept: a change),
"€ 11,3 mln" -> 11300000 eur, "61,3 miljoen" -> 61300000, "een derde" -> 33.3 percent.
Numbers that are not statistics keep a `skip` reason instead of being dropped, so tests and
the linker can see why: years, dates, article/question/figure numbers ("8 EVRM", "Vraag (75)",
"36360 -VI-1"), footnote markers, enumerators, durations of a law, runs of table cells.
"""

from __future__ import annotations

from functools import cache

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import resources
from ...calendar_nl import MONTH_ALTERNATION, YEAR, is_year
from .records import Quantity, doc_text

NUMBER = re.compile(
    r"(?<![\p{L}\d.,/:\-–_])"
    r"(?P<cur>(?:€|EUR(?=\s?\d))\s?)?"
    r"(?P<sign>[+\-−–](?=\d))?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<pct>\s?(?:%|procent\b|procentpunt(?:en)?\b))?"
    r"(?:\s?(?P<scale>mln\.?|miljoen|min\.?|mld\.?|miljard|duizend)(?!\p{L}))?"
    r"(?P<euro>\s?euro\b)?"
    r"(?P<fte>\s?(?:fte|FTE)\b)?"
    r"(?!\d|[.,]\d|\.\p{L}|/\d|:\d|-\d|\p{L}|°)",
    re.V1,
)
FRACTIONS = {  # number words that state a share
    r"(?:een|één)\s+derde": 33.3, r"twee\s*derde": 66.7, r"(?:een|één)\s+kwart": 25.0,
    r"drie\s*kwart": 75.0, r"de\s+helft": 50.0, r"(?:een|één)\s+vijfde": 20.0,
}
FRACTION = re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{p})" for i, p in enumerate(FRACTIONS)) + r")\b"
                      r"(?!\s+(?:land|landen|lander|landers|partij|partijen|plaats|plek|lidstaat|lidstaten|"
                      r"kwartaal|helft|jaar|keer|ronde|fase|spoor)\b)", re.I)  # "een derde land" is an ordinal
MULTIPLIER = re.compile(
    r"\b(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+(?:,\d+)?)\s*(?:keer|maal)\s+zo(?:veel|\s+veel|\s+groot|\s+hoog)\b",
    re.I,
)
SCALES = {"mln": 1e6, "miljoen": 1e6, "min": 1e6, "mld": 1e9, "miljard": 1e9, "duizend": 1e3}

DEFAULTS = {
    # a number right after these words is an identifier, not a figure ("Vraag (75)", "artikel 64")
    "identifier_before": ["vraag", "vragen", "sporen", "leden", "artikel", "art", "artikelen", "figuur", "fig", "tabel", "grafiek",
                          "hoofdstuk", "paragraaf", "par", "bijlage", "spoor", "nr", "nummer", "nummers", "pagina",
                          "blz", "p", "pp", "top", "fase", "lid", "sub", "onderdeel", "stap", "versie", "editie",
                          "kamerstuk", "kamerstukken", "motie", "voetnoot", "noot", "zie", "bron", "week",
                          "weeknummer", "kwartaal", "code", "categorie", "categorieën", "niveau", "level", "groep", "w", "o", "type",
                          "model", "bijlagen", "richtlijn", "verordening", "dublin", "schengen"],
    # ... or right before these ("8 EVRM", "2 jaar" as a time limit, "12 maanden" as a period)
    "identifier_after": ["evrm", "vw", "vb", "vv", "awb", "vwb", "wet", "jaar", "jaren", "jaar.", "maand", "maanden",
                         "uur", "uren", "minuten", "seconden", "eeuw", "kwartaal",
                         "lid"],
    "duration_units": {"weken": "weeks", "week": "weeks", "dagen": "days", "dag": "days", "werkdagen": "days"},
    "change_words": ["stijging", "daling", "toename", "afname", "groei", "gestegen", "gedaald", "toegenomen",
                     "afgenomen", "gegroeid", "verdubbeld", "verschil", "procentpunt", "procentpunten"],
}


COMPARED = re.compile(r"\s*(minder|meer|lager|hoger|kleiner|groter)\s+(?:dan|t\.o\.v\.|ten opzichte van)\b", re.I)
FOOTNOTE_NEXT = re.compile(r"\s+(?:Het|De|Dit|Deze|Die|Voor|In|Er|Een|Zie|Dat|Op|Bij|Van|Ook|Om|Tot|Wanneer|Als|"
                           r"Hierbij|Hiervoor|Zij|Hij|Waar|Bron|Vanwege|Volgens|Daarnaast|Naast|Onder|Uit|Met|Na|Door|Omdat)\b")
_HEDGE_BEFORE = re.compile(r"(?:circa|ca\.|ongeveer|bijna|ruim|rond|zo'n|dan|schatting)\s*$", re.I)


def approx_before(text: str, s: int) -> bool:
    return bool(_HEDGE_BEFORE.search(text[max(0, s - 16):s]))


def parse_number(num: str) -> float:
    return float(num.replace(".", "").replace(",", "."))


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\p{L}]+)\W{0,3}$", text[max(0, pos - 30):pos])
    return m[1].lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W{0,2}([\p{L}]+\.?)", text[pos:pos + 30])
    return m[1].lower().rstrip(".") if m else ""


def find_quantities(doc: Doc, cfg: dict) -> list[Quantity]:
    text = doc_text(doc)
    ident_before, ident_after = cfg["ident_before"], cfg["ident_after"]
    durations = cfg["duration_units"]
    limit_before = vocabulary()["limit_before"]
    periods = [(p.start_char, p.end_char) for p in (doc._.periods or [])]
    out: list[Quantity] = []
    enum_seen: set[float] = set()
    for m in NUMBER.finditer(text):
        enum = False
        s, e = m.span()
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        raw = m["num"]
        value = parse_number(raw)
        unit, skip = "count", None
        if m["pct"]:
            unit = "percent"
        elif m["cur"] or m["euro"]:
            unit = "eur"
        elif m["fte"]:
            unit = "fte"
        scale = (m["scale"] or "").rstrip(".").lower()
        if scale == "min" and unit != "eur":
            scale = ""  # "min" is an OCR'd "mln" only after a euro sign
        if scale:
            value = round(value * SCALES[scale], 6)
        elif unit == "count" and THOUSANDS_COMMA.fullmatch(raw):
            value = float(raw.replace(",", ""))  # "690,000 kinderen": an English thousands separator
        if m["sign"] in ("-", "−", "–"):
            value = -value
        before, after = _prev_word(text, s), _next_word(text, e)
        plain = unit == "count" and not scale
        if any(ps <= s < pe for ps, pe in periods) or (plain and value <= 31 and DAY_BEFORE_DATE.match(text[e:e + 30])):
            skip = "period"  # (also "9" of "9 en 10 juni 2022")
        elif plain and is_year(raw):
            skip = "year"
        elif plain and before in ident_before:
            skip = "identifier"
        elif plain and AGE_BEFORE.search(text[max(0, s - 20):s]) and not re.match(r"\s*%", text[e:e + 2]):
            skip = "age"  # "jonger dan 30", "ouder dan 18 jaar": an age bound, not a count
        elif plain and after in ("maand", "maanden") and ("," in raw or MEASURED.search(text[max(0, s - 40):s])):
            unit = "months"  # "gemiddeld 10,41 maanden": a measured duration, not a period
        elif plain and (after in ident_after or re.match(r"\s?-\p{L}", text[e:e + 3])):
            skip = "identifier"
        elif plain and after in ("keer", "maal") and re.match(r"\W*\p{L}+\s+(?:per\b|zo)", text[e:e + 20], re.I):
            skip = "identifier"  # "2 keer per week" is a frequency, "2 keer zo veel" a multiplier; "160 keer" counts
        elif plain and (after in vocabulary()["rank_nouns"] or (before == "in" and after in vocabulary()["auxiliary_verbs"])):
            skip = "identifier"  # "stond op de 2 plek": a rank that lost its "e"; "In 220 werden ...": a year mistyped
        elif plain and re.fullmatch(r"\d{5,}", raw):
            skip = "identifier"  # publications write thousands with a dot; 36360 is a file number
        elif plain and after in durations:
            unit = durations[after]
        elif plain and "," not in raw and value <= 20 and re.match(r"\.\s+\p{Lu}", text[e:e + 3]) and (
                _at_start(text, s) or ENUM_BEFORE.search(text[max(0, s - 12):s]) or value - 1 in enum_seen):
            skip = "enumerator"  # "1. Indiase", "1. Marokko (17%) / 2. Algerije (12%)": a rank if a place follows
            enum_seen.add(value)
            enum = True
        elif plain and "," not in raw and "." not in raw and (value < 100 or (value < 1000 and _at_start(text, s))) and (
                (_at_start(text, s) and value < 100 and re.match(r"\s+\p{Lu}", text[e:e + 2]))
                or FOOTNOTE_NEXT.match(text[e:e + 12])):
            skip = "footnote"  # "5 Het gaat hier om ..." : a note number glued to its note
        elif plain and not approx_before(text, s) and not text[e:].strip() and not re.search(r"[.!?;:)]\s*$", text) \
                and not re.search(r"[.,]", raw):  # "Migratiesaldo: 51.824": a grouped figure is no note marker
            skip = "dangling"  # "... met een nareis 8" (the line goes on elsewhere: "EVRM")
        if skip is None and plain and _rule_bound(text, s):
            skip = "limit"  # "mogen maximaal 5 werknemers aannemen": a rule's bound
        if unit == "eur" and skip is None and vocabulary()["norm_before"] & _words_before(text, s, 3):
            skip = "limit"  # "het salariscriterium van €2.631": a norm, not a measured amount
        if unit in ("weeks", "days", "months") and skip is None and (
                limit_before & _words_before(text, s, 3) or any(w.endswith("termijn") for w in _words_before(text, s, 3))):
            skip = "limit"  # "binnen de termijn van 14 weken": a norm, not a measured figure
        if plain and re.match(r"[)\]]", text[e:e + 1]) and re.search(r"[(\[]\s*$", text[max(0, s - 2):s]) and value < 100 and before in ident_before:
            skip = "identifier"
        in_parens = bool(vocabulary()["in_parens_re"].search(text[max(0, s - 12):s]))
        q = Quantity(span.start, span.end, s, e, text[s:e], value, unit, sign=m["sign"] or "", skip=skip,
                     in_parens=in_parens, enum=enum)
        if q.sign and unit == "percent":
            q.measure = "change"
        elif unit == "percent" and (cmp := COMPARED.match(text[e:e + 40])):
            q.measure = "change"  # "21% minder dan in 2021"
            if cmp[1].lower() in ("minder", "lager", "kleiner"):
                q.value = -q.value
        elif unit == "percent" and before == "met" and (sign := _change_verb(text, e)):
            q.measure = "change"  # "is met 14% afgenomen": a change, its direction from the verb
            q.value = sign * q.value
        out.append(q)
    for a, b in zip(out, out[1:], strict=False):
        if a.skip == "identifier" and b.unit == "count" and re.fullmatch(r"\s*(?:,|&|en|of|t/m|-|–)\s*",
                                                                          text[a.end_char:b.start_char]):
            b.skip = "identifier"
    _mark_table_runs(text, out)
    _per_thousand(text, out)
    out += _word_figures(doc, text, out)
    for m in FRACTION.finditer(text):
        span = doc.char_span(*m.span(), alignment_mode="expand")
        if span is None:
            continue
        idx = next(i for i, g in enumerate(m.groups()) if g)
        value = list(FRACTIONS.values())[idx]
        out.append(Quantity(span.start, span.end, m.start(), m.end(), m[0], value, "percent"))
    for m in MULTIPLIER.finditer(text):
        span = doc.char_span(*m.span(), alignment_mode="expand")
        if span is None:
            continue
        n = m["n"].lower()
        out.append(Quantity(span.start, span.end, m.start(), m.end(), m[0],
                            vocabulary()["cardinals"].get(n) or parse_number(n), "multiplier"))
    out.sort(key=lambda q: q.start_char)
    return out


def _rule_bound(text: str, s: int) -> bool:
    v = vocabulary()
    if not v["rule_bound_re"].search(text[max(0, s - 20):s]):
        return False
    return any(w.lower() in v["rule_modals"] for w in re.findall(r"\p{L}+", text))


def _change_verb(text: str, e: int) -> int:
    """The direction of the change verb that governs "met N%": the first one after the figure
    (within a few words), else the last one before it ("... met 14% afgenomen ... en X met 4%")."""
    verbs = vocabulary()["change_verbs"]
    after = re.findall(r"\p{L}+", text[e:e + 40])[:4]
    for w in after:
        if w.lower() in verbs:
            return verbs[w.lower()]
    for w in reversed(re.findall(r"\p{L}+", text[:e])):
        if w.lower() in verbs:
            return verbs[w.lower()]
    return 0


DAY_BEFORE_DATE = re.compile(r"\s*(?:en|t/m|tot|-|–)\s*[0-3]?\d\s+(?:" + MONTH_ALTERNATION + r")\b", re.I)
AGE_BEFORE = re.compile(r"\b(?:jonger|ouder)\s+dan\s+$", re.I)
THOUSANDS_COMMA = re.compile(r"[1-9]\d{0,2},\d{3}")
MEASURED = re.compile(r"\bgemiddeld(?:e)?\b", re.I)
ENUM_BEFORE = re.compile(r"(?:[/;:|]|\btop\s+\d+\s*:?)\s*$", re.I)
PER_THOUSAND = re.compile(r"\bper\s+(?P<n>1\.000|1000|duizend)\s+\p{L}+", re.I)


@cache
def vocabulary() -> dict:
    """src/docextract/data/statistics_nl.yaml, with the regexes built from it."""
    v = dict(resources.data_file("statistics_nl.yaml"))  # a copy: the loaded file stays as written
    card = v["cardinals"]
    words = "|".join(sorted(card, key=len, reverse=True))
    ords = "|".join(sorted(v["ordinals"], key=len, reverse=True))
    v["rule_bound_re"] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in v["rule_bound_before"]) + r")\s+$", re.I)
    v["rule_modals"] = set(v["rule_modals"])
    v["cardinal_re"] = re.compile(rf"(?<![\p{{L}}-])(?P<w>{words})(?=\s+(?:\d{{1,3}}\s+)?\p{{L}})", re.I)
    v["ratio_re"] = re.compile(rf"(?<![\p{{L}}\d.,])(?P<n>\d{{1,2}}|een|één|{words})\s+op\s+(?:de\s+|het\s+)?"
                               rf"(?P<m>\d{{1,3}}|{words}|honderd)(?![\p{{L}}\d])", re.I)
    v["factor_re"] = re.compile(r"\b(?P<w>" + "|".join(v["change_factors"]) + r")\b", re.I)
    # "op de 2e plek", "de eerste plek van China overgenomen", "het eerste land van herkomst"; not the idiom
    # "in de eerste plaats" (first of all)
    nouns = _alternation(v["rank_nouns"])
    phrases = _alternation(v["rank_phrases"])
    v["rank_re"] = re.compile(rf"(?<!\bin\s)\b(?:(?:op\s+)?de\s+(?P<o>{ords}|\d{{1,2}}e)\s+(?:{nouns})"
                              rf"|het\s+(?P<o2>{ords})\s+(?:{phrases}))\b", re.I)
    # "(circa 40%)", "Syrië en Turkije (beiden 67%)": a figure right after an opening bracket
    both = _alternation(v["both_words"])
    v["in_parens_re"] = re.compile(rf"\(\s*(?:circa|ca\.|ongeveer|{both})?\s*$", re.I)
    v["limit_before"], v["norm_before"] = set(v["limit_before"]), set(v["norm_before"])
    v["not_counted_after"] = set(v["not_counted_after"])
    v["rank_nouns"], v["auxiliary_verbs"] = set(v["rank_nouns"]), set(v["auxiliary_verbs"])
    return v


def _alternation(phrases: list[str]) -> str:
    """Word lists as regex alternatives, longest first, any spacing between the words of a phrase."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


def _words_before(text: str, s: int, n: int) -> set[str]:
    return {w.lower() for w in re.findall(r"\p{L}+", text[max(0, s - 40):s])[-n:]}


def _number_word(w: str) -> int | None:
    w = w.lower()
    if w.isdigit():
        return int(w)
    if w in ("een", "één"):
        return 1
    if w == "honderd":
        return 100
    return vocabulary()["cardinals"].get(w)


def _per_thousand(text: str, qs: list[Quantity]) -> None:
    """'2,0 asielaanvragen per 1.000 inwoners': the 1.000 is the denominator, the figures are rates."""
    m = PER_THOUSAND.search(text)
    if not m:
        return
    for q in qs:
        if m.start("n") <= q.start_char < m.end("n"):
            q.skip = "denominator"
        elif q.unit == "count" and q.skip is None:
            q.unit = "per_1000"


def _word_figures(doc: Doc, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Figures written in words: "zestien nieuwe vluchtelingen", "29 landen en vier agentschappen",
    "7 op de 10" (70%), "is verdubbeld" (+100%), "op de dertiende plaats" (rank 13)."""
    v = vocabulary()
    out: list[Quantity] = []

    def add(s: int, e: int, value: float, unit: str, **kw) -> Quantity | None:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        q = Quantity(span.start, span.end, s, e, text[s:e], value, unit, **kw)
        out.append(q)
        return q

    for m in v["ratio_re"].finditer(text):
        n, d = _number_word(m["n"]), _number_word(m["m"])
        if not n or not d or n >= d:
            continue
        for q in qs:
            if m.start() <= q.start_char < m.end():
                q.skip = "ratio"
        add(m.start(), m.end(), round(100 * n / d, 1), "percent", approx=False)
    taken = [(q.start_char, q.end_char) for q in out]
    counted_nouns = [m[1] for q in qs if q.skip is None and q.unit == "count"
                     if (m := re.match(r"\s+(\p{L}+)", text[q.end_char:q.end_char + 30]))]
    for m in v["cardinal_re"].finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in taken):
            continue
        value = v["cardinals"][m["w"].lower()]
        nxt = re.match(r"\s+(?:(\d{1,3})\s+)?(\p{L}[\p{L}'’-]*)", text[e:e + 40])
        if not nxt or not (nxt[2][0].islower() or "-" in nxt[2]):
            continue
        # "160 keer ... nog minder dan vijf keer": the same noun as a written figure's makes it one
        parallel = nxt[2].lower() in {w.lower() for w in counted_nouns}
        if (nxt[2].lower() in v["not_counted_after"] and not parallel) or _words_before(text, s, 1) & {"jaren", "jaar"}:
            continue
        if value <= 10 and not parallel and not re.search(r"\d[\d.,]*\s+\p{L}[\p{L}-]*\s+(?:en|of)\s+$",
                                                          text[max(0, s - 40):s]):
            continue  # small numbers are words by style: a figure only beside a written one
        if nxt[1]:  # "zestien 69 nieuwe vluchtelingen": a note marker between number and noun
            for q in qs:
                if q.start_char == e + nxt.start(1):
                    q.skip = "footnote"
        add(s, e, value, "count")
    for m in v["factor_re"].finditer(text):
        val = v["change_factors"][m["w"].lower()]
        q = add(m.start(), m.end(), float(val), "percent", sign="+" if val > 0 else "-")
        if q:
            q.measure = "change"
    for m in v["rank_re"].finditer(text):
        o = (m["o"] or m["o2"]).lower()
        rank = int(o[:-1]) if o[:-1].isdigit() else v["ordinals"].get(o)
        if rank:
            add(m.start(), m.end(), float(rank), "rank", enum=True)
    return out


def _at_start(text: str, s: int) -> bool:
    """The number opens the sentence or line (after bullets/markers)."""
    return not re.search(r"[\p{L}\d]", text[:s].split("\n")[-1])


def _mark_table_runs(text: str, qs: list[Quantity]) -> None:
    """Two figures separated by nothing but spaces are cells of a table row, not prose."""
    numbers = [q for q in qs if q.skip not in ("period", "year")]
    for a, b in zip(numbers, numbers[1:], strict=False):
        gap = text[a.end_char:b.start_char]
        if gap.strip() == "" or gap.strip() in ("-", "–"):
            for q in (a, b):
                if q.skip is None or q.skip == "year":
                    q.skip = q.skip or "table_run"
    years = list(re.finditer(rf"(?<![\d.,]){YEAR.pattern}(?:\s+{YEAR.pattern})+", text))
    for m in years:  # "2023 2022 2021" column headers; a number right before them is a note marker
        for q in qs:
            if m.start() <= q.start_char < m.end() or (q.end_char <= m.start() and not text[q.end_char:m.start()].strip()):
                q.skip = q.skip or "table_run"


@Language.factory("dx_quantities", default_config=DEFAULTS)
def make_quantities(nlp: Language, name: str, identifier_before: list[str], identifier_after: list[str],
                    duration_units: dict, change_words: list[str]):
    # built once here, not per sentence ("Vraag (75)" is always an identifier)
    cfg = {"ident_before": set(identifier_before) | {"vraag"},
           "ident_after": {w for w in identifier_after if " " not in w},
           "duration_units": duration_units}
    change = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in change_words) + r")\b(?:\s+\p{L}+){0,3}\s*$", re.I)

    def quantities(doc: Doc) -> Doc:
        qs = find_quantities(doc, cfg)
        text = doc_text(doc)
        for q in qs:
            if q.measure is None and q.unit == "percent" and change.search(text[max(0, q.start_char - 40):q.start_char]):
                q.measure = "change"
        doc._.quantities = qs
        doc.spans["quantities"] = [Span(doc, q.start, q.end, label=q.unit if q.skip is None else "skip:" + q.skip)
                                   for q in qs]
        return doc

    return quantities
