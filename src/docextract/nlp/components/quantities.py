"""Quantities: Dutch numbers that state a figure, with unit, sign and scale.

"2.490" -> 2490, "0,7%" -> 0.7 percent, "+61%" -> 61 percent (sign kept: a change),
"€ 11,3 mln" -> 11300000 eur, "61,3 miljoen" -> 61300000, "een derde" -> 33.3 percent.
Numbers that are not statistics keep a `skip` reason instead of being dropped, so tests and
the linker can see why: years, dates, article/question/figure numbers ("8 EVRM", "Vraag (75)",
"36360 -VI-1"), footnote markers, enumerators, durations of a law, runs of table cells.
"""

from __future__ import annotations

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span

from .records import Quantity

NUMBER = re.compile(
    r"(?<![\p{L}\d.,/:\-–_])"
    r"(?P<cur>€\s?)?"
    r"(?P<sign>[+\-−–](?=\d))?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<pct>\s?(?:%|procent\b|procentpunt(?:en)?\b))?"
    r"(?:\s?(?P<scale>mln\.?|miljoen|min\.?|mld\.?|miljard|duizend)(?!\p{L}))?"
    r"(?P<fte>\s?(?:fte|FTE)\b)?"
    r"(?!\d|[.,]\d|\.\p{L}|/\d|:\d|-\d|\p{L}|°)",
    re.V1,
)
FRACTIONS = {  # number words that state a share
    r"(?:een|één)\s+derde": 33.3, r"twee\s*derde": 66.7, r"(?:een|één)\s+kwart": 25.0,
    r"drie\s*kwart": 75.0, r"de\s+helft": 50.0, r"(?:een|één)\s+vijfde": 20.0,
}
FRACTION = re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{p})" for i, p in enumerate(FRACTIONS)) + r")\b", re.I)
MULTIPLIER = re.compile(
    r"\b(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+(?:,\d+)?)\s*(?:keer|maal)\s+zo(?:veel|\s+veel|\s+groot|\s+hoog)\b",
    re.I,
)
_NUMWORD = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
SCALES = {"mln": 1e6, "miljoen": 1e6, "min": 1e6, "mld": 1e9, "miljard": 1e9, "duizend": 1e3}

DEFAULTS = {
    # a number right after these words is an identifier, not a figure ("Vraag (75)", "artikel 64")
    "identifier_before": ["vraag", "vragen", "sporen", "leden", "artikel", "art", "artikelen", "figuur", "fig", "tabel", "grafiek",
                          "hoofdstuk", "paragraaf", "par", "bijlage", "spoor", "nr", "nummer", "nummers", "pagina",
                          "blz", "p", "pp", "top", "fase", "lid", "sub", "onderdeel", "stap", "versie", "editie",
                          "kamerstuk", "kamerstukken", "motie", "voetnoot", "noot", "zie", "bron", "week",
                          "weeknummer", "kwartaal", "code", "categorie", "niveau", "level", "groep", "w", "o", "type",
                          "model", "bijlagen", "richtlijn", "verordening", "dublin", "schengen"],
    # ... or right before these ("8 EVRM", "2 jaar" as a time limit, "12 maanden" as a period)
    "identifier_after": ["evrm", "vw", "vb", "vv", "awb", "vwb", "wet", "jaar", "jaren", "jaar.", "maand", "maanden",
                         "uur", "uren", "minuten", "seconden", "eeuw", "keer", "maal", "kwartaal",
                         "lid"],
    "duration_units": {"weken": "weeks", "week": "weeks", "dagen": "days", "dag": "days", "werkdagen": "days"},
    "change_words": ["stijging", "daling", "toename", "afname", "groei", "gestegen", "gedaald", "toegenomen",
                     "afgenomen", "gegroeid", "verdubbeld", "verschil", "procentpunt", "procentpunten"],
}


COMPARED = re.compile(r"\s*(minder|meer|lager|hoger|kleiner|groter)\s+(?:dan|t\.o\.v\.|ten opzichte van)\b", re.I)
FOOTNOTE_NEXT = re.compile(r"\s+(?:Het|De|Dit|Deze|Die|Voor|In|Er|Een|Zie|Dat|Op|Bij|Van|Ook|Om|Tot|Wanneer|Als|"
                           r"Hierbij|Hiervoor|Zij|Hij|Waar|Bron)\b")
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
    text = doc.text
    ident_before = set(cfg["identifier_before"])
    ident_after = {w for w in cfg["identifier_after"] if " " not in w}
    durations = cfg["duration_units"]
    periods = [(p.start_char, p.end_char) for p in (doc._.periods or [])]
    out: list[Quantity] = []
    for m in NUMBER.finditer(text):
        s, e = m.span()
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        raw = m["num"]
        value = parse_number(raw)
        unit, skip = "count", None
        if m["pct"]:
            unit = "percent"
        elif m["cur"]:
            unit = "eur"
        elif m["fte"]:
            unit = "fte"
        scale = (m["scale"] or "").rstrip(".").lower()
        if scale == "min" and unit != "eur":
            scale = ""  # "min" is an OCR'd "mln" only after a euro sign
        if scale:
            value = round(value * SCALES[scale], 6)
        if m["sign"] in ("-", "−", "–"):
            value = -value
        before, after = _prev_word(text, s), _next_word(text, e)
        plain = unit == "count" and not scale
        if any(ps <= s < pe for ps, pe in periods):
            skip = "period"
        elif plain and re.fullmatch(r"(?:19|20)\d\d", raw):
            skip = "year"
        elif plain and before in ident_before:
            skip = "identifier"
        elif plain and (after in ident_after or re.match(r"\s?-\p{L}", text[e:e + 3])):
            skip = "identifier"
        elif plain and re.fullmatch(r"\d{5,}", raw):
            skip = "identifier"  # publications write thousands with a dot; 36360 is a file number
        elif plain and after in durations:
            unit = durations[after]
        elif plain and "," not in raw and value <= 20 and _at_start(text, s) and re.match(r"\.\s+\p{Lu}", text[e:e + 3]):
            skip = "enumerator"  # "1. Indiase"
        elif plain and "," not in raw and value < 100 and (
                (_at_start(text, s) and re.match(r"\s+\p{Lu}", text[e:e + 2])) or FOOTNOTE_NEXT.match(text[e:e + 12])):
            skip = "footnote"  # "5 Het gaat hier om ..." : a note number glued to its note
        elif plain and not approx_before(text, s) and not text[e:].strip() and not re.search(r"[.!?;:)]\s*$", text):
            skip = "dangling"  # "... met een nareis 8" (the line goes on elsewhere: "EVRM")
        if plain and re.match(r"[)\]]", text[e:e + 1]) and re.search(r"[(\[]\s*$", text[max(0, s - 2):s]) and value < 100 and before in ident_before | {"vraag"}:
            skip = "identifier"
        in_parens = bool(re.search(r"\(\s*(?:circa|ca\.|ongeveer)?\s*$", text[max(0, s - 12):s], re.I))
        q = Quantity(span.start, span.end, s, e, text[s:e], value, unit, sign=m["sign"] or "", skip=skip,
                     in_parens=in_parens)
        if q.sign and unit == "percent":
            q.measure = "change"
        elif unit == "percent" and (cmp := COMPARED.match(text[e:e + 40])):
            q.measure = "change"  # "21% minder dan in 2021"
            if cmp[1].lower() in ("minder", "lager", "kleiner"):
                q.value = -q.value
        out.append(q)
    for a, b in zip(out, out[1:], strict=False):
        if a.skip == "identifier" and b.unit == "count" and re.fullmatch(r"\s*(?:,|&|en|of|t/m|-|–)\s*",
                                                                          text[a.end_char:b.start_char]):
            b.skip = "identifier"
    _mark_table_runs(text, out)
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
                            _NUMWORD.get(n) or parse_number(n), "multiplier"))
    out.sort(key=lambda q: q.start_char)
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
    years = list(re.finditer(r"(?<![\d.,])(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+", text))
    for m in years:  # "2023 2022 2021" column headers; a number right before them is a note marker
        for q in qs:
            if m.start() <= q.start_char < m.end() or (q.end_char <= m.start() and not text[q.end_char:m.start()].strip()):
                q.skip = q.skip or "table_run"


@Language.factory("dx_quantities", default_config=DEFAULTS)
def make_quantities(nlp: Language, name: str, identifier_before: list[str], identifier_after: list[str],
                    duration_units: dict, change_words: list[str]):
    cfg = {"identifier_before": identifier_before, "identifier_after": identifier_after,
           "duration_units": duration_units}
    change = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in change_words) + r")\b(?:\s+\p{L}+){0,3}\s*$", re.I)

    def quantities(doc: Doc) -> Doc:
        qs = find_quantities(doc, cfg)
        for q in qs:
            if q.measure is None and q.unit == "percent" and change.search(doc.text[max(0, q.start_char - 40):q.start_char]):
                q.measure = "change"
        doc._.quantities = qs
        doc.spans["quantities"] = [Span(doc, q.start, q.end, label=q.unit if q.skip is None else "skip:" + q.skip)
                                   for q in qs]
        return doc

    return quantities
