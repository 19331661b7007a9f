"""Sentence -> linked figures: which number belongs to which metric, period and nationality.

Rules, in the order they are tried (general, not per publication):
- metric: a metric phrase in the number's own slot (from the number to the next number or ';'),
  else the nearest one before it in the sentence, else the context (the lead sentence of a
  list, the metric of the previous figure in the section, the section heading), else the one
  metric whose unit fits (a euro amount). Percent figures prefer rate metrics (units: [percent])
  and a share of a whole present in the same phrase ("9% van de asielzoekers ... uit een
  veilig land": share_of). A phrase that names several metrics ("afgewezen") is resolved by
  the metrics around it (part_of / share_of) and by the words of their labels.
- "respectievelijk": the places, metrics or periods listed before it are spread, in order,
  over the figures after it.
- period: the nearest period of the sentence (before the number, else after), else context.
- nationality: a country, adjective or demonym in the number's slot ("26% uit Syrië").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

import regex as re
from spacy.tokens import Doc

from .. import resources
from ..calendar_nl import MONTH_NAMES, YEAR
from ..models import Period
from .components.periods import MONTH_ABBREVIATIONS, MONTHS, month_end
from .components.records import MetricMention, PeriodMention, PlaceMention, Quantity, doc_text

FACT_UNITS = {"count", "percent", "eur", "fte", "weeks", "days", "months", "per_1000", "rank"}
NOT_NATIONALITY = {"NL"}  # "in Nederland aankwam" is where, not who
_CLAUSE_END = {";"}
MAX_RIGHT = 14


@dataclass
class MetricInfo:
    id: str
    units: set[str]
    share_of: str | None
    part_of: set[str]
    label_words: set[str]
    order: int
    stock: bool = False


HOME_COUNTRY = "NL"  # Dutch government publications report on the Netherlands


@cache
def taxonomy() -> dict[str, MetricInfo]:
    out = {}
    for i, m in enumerate(resources.metrics()):
        part = m.get("part_of") or []
        words = {w.lower().strip("()%,") for w in f"{m.get('label_nl', '')}".split()}
        out[m["id"]] = MetricInfo(m["id"], set(m.get("units") or ["count"]), m.get("share_of"),
                                  set(part if isinstance(part, list) else [part]), words, i, bool(m.get("stock")))
    return out


@dataclass
class Linked:
    q: Quantity
    metric: str
    period: Period
    dims: dict[str, str] = field(default_factory=dict)
    carry: str | None = None  # the metric later sentences go on about, where it is not this figure's own


@dataclass
class SentenceContext:
    """What the surrounding text says, for figures whose sentence does not."""

    pool: list[list[str]] = field(default_factory=list)  # metric-id lists from lead/previous/heading
    related: set[str] = field(default_factory=set)  # metrics mentioned around (for disambiguation)
    words: set[str] = field(default_factory=set)  # lemmas of the heading and sentence
    period: Period | None = None
    families: dict[str, int] = field(default_factory=dict)  # metric-id prefixes named in the document so far
    prev_places: list[PlaceMention] = field(default_factory=list)  # places of the previous sentence
    country_scope: bool = False  # the section compares countries (EU member states, host countries)
    topic: set[str] = field(default_factory=set)  # metric families the context names without doubt


def _allowed(mid: str, q: Quantity) -> bool:
    info = taxonomy().get(mid)
    return info is not None and q.unit in info.units


def _resolve_ids(ids: list[str], q: Quantity, related: set[str], words: set[str],
                 topic: set[str] = frozenset(), near: set[str] = frozenset()) -> str | None:
    ok = [m for m in ids if _allowed(m, q)]
    if not ok:
        return None
    if len(ok) == 1:
        return ok[0]
    tax = taxonomy()

    def score(mid: str) -> tuple:
        info = tax[mid]
        rel = bool(({info.share_of} | info.part_of) & related)
        # the family (IND, asylum, ...) a plain phrase of the sentence names ("4.730 aanvragen afgedaan, 84%
        # ingewilligd"), else the one the section is about ("12.650 aanvragen" under "Eerste asielaanvragen");
        # the phrase's own order last (schema triggers before the generic prose ones)
        fam = mid.split("_")[0]
        return (rel, len(info.label_words & words), fam in near, fam in topic, -ids.index(mid))

    return max(ok, key=score)


def choose(mentions: list[MetricMention], q: Quantity, anchor: int, related: set[str], words: set[str],
           prefer_near: bool, context: set[str] = frozenset(), topic: set[str] = frozenset(),
           near: set[str] = frozenset()) -> str | None:
    tax = taxonomy()
    options: list[tuple[str, MetricMention]] = []
    all_ids = {i for m in mentions for i in m.metric_ids}
    for m in mentions:
        mid = _resolve_ids(m.metric_ids, q, related | all_ids, words, topic, near)
        if mid:
            options.append((mid, m))
    if not options:
        return None
    ids = {mid for mid, _ in options}
    # "1.510 personen met behulp van IOM vertrokken": the part named with its whole is meant
    options = [o for o in options if not any(o[0] in tax[x].part_of for x in ids if x != o[0])] or options
    if q.unit == "percent":
        # a rate concept of its own wins over the counts it is computed from
        rates = [o for o in options if tax[o[0]].units == {"percent"} or _rate_noun(o[1].text)]
        if rates:
            options = rates
        # "9% van de asielzoekers ... uit een veilig land": the part, not the whole
        options = [o for o in options if not any(tax[x].share_of == o[0] for x in ids if x != o[0])] or options

    def dist(m: MetricMention) -> int:
        return m.start - anchor if m.start >= anchor else anchor - m.end

    def coherent(mid: str) -> bool:
        # the section is about this metric (or the whole it is part of): "zelfstandig vertrokken"
        info = tax[mid]
        return mid in context or bool(({info.share_of} | info.part_of) & context)

    if prefer_near:
        best = min(options, key=lambda o: (dist(o[1]), not coherent(o[0]), -o[1].size))
    else:
        best = max(options, key=lambda o: (o[1].size, coherent(o[0]), -dist(o[1])))
    return best[0]


def _narrowed(metric: str, q: Quantity, ctx: SentenceContext) -> str:
    """A sentence that names only the whole ("vertrokken") inside a passage about one of its parts
    ("met behulp van IOM vertrokken" the sentence before) goes on about that part."""
    tax = taxonomy()
    # a part that is a qualified share of its whole ("uit een veilig land", "op grond van Dublin") must be
    # named by its qualifier: only plain parts carry over
    parts = [c for ids in ctx.pool[:1] for c in ids
             if c in tax and metric in tax[c].part_of and tax[c].share_of is None and _allowed(c, q)]
    return parts[0] if len(parts) == 1 else metric


@cache
def _rate_suffixes() -> tuple[str, ...]:
    return tuple(resources.data_file("statistics_nl.yaml")["rate_noun_suffixes"])


def _rate_noun(text: str) -> bool:
    """'afwijzingspercentage': the phrase itself names a rate."""
    return text.lower().endswith(_rate_suffixes())


def _pool_choice(pool: list[list[str]], q: Quantity, related: set[str], words: set[str],
                 topic: set[str] = frozenset()) -> str | None:
    flat = [MetricMention(0, 0, "", ids) for ids in pool]
    return choose(flat, q, 0, related, words, prefer_near=True, topic=topic) if flat else None


def unit_only_metric(unit: str, related: set[str], families: dict[str, int] | None = None) -> str | None:
    """The metric a figure must be by its unit alone (a euro amount on the IND sheet): the only
    one taking that unit, or the one of the family (id prefix, "ind_") the text is about."""
    # a rank is of a top list (a metric of ranks only), not of a count that also has a top list
    ids = [m.id for m in taxonomy().values() if unit in m.units and (unit != "rank" or m.units == {"rank"})]
    if unit == "count" or not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    near = {r.split("_")[0] for r in related}
    fam = [i for i in ids if i.split("_")[0] in near]
    if len(fam) == 1:
        return fam[0]
    if unit == "rank":
        return None  # which top list a rank is of, the text around must say
    counts = families_seen = families and {i: families.get(i.split("_")[0], 0) for i in ids}
    if families_seen and max(counts.values()) > 0:
        top = sorted(counts.values(), reverse=True)
        if len(top) == 1 or top[0] >= 3 * max(1, top[1]):  # the document is clearly about one family
            return max(counts, key=counts.get)
    return None


def _period_of(pm: PeriodMention) -> Period:
    return Period(start=pm.start_date, end=pm.end_date)


@cache
def vocabulary() -> dict:
    """The word lists of src/docextract/data/statistics_nl.yaml that the linker and the segmenter look
    words up in: sets of words, and phrases as lists of their words (for `_preceded_by`)."""
    v = resources.data_file("statistics_nl.yaml")

    def phrases(key: str) -> list[list[str]]:
        return [w.split() for w in v[key]]

    return {"person_nouns": set(v["person_nouns"]), "origin": set(v["origin_prepositions"]),
            "not_origin": set(v["not_origin_before_demonym"]), "cues": set(v["host_country_cues"]),
            "leaving": set(v["leaving_verbs"]), "so_far": frozenset(v["so_far"]),
            "take_over": frozenset(v["take_over_verbs"]), "both": frozenset(v["both_words"]),
            "dangling": frozenset(v["dangling_line_ends"]), "whole": phrases("whole_before"),
            "circumstance": phrases("circumstance_before"), "alike": phrases("alike_before")}


@cache
def _factor_words() -> set[str]:
    return {w.lower() for w in resources.data_file("statistics_nl.yaml")["change_factors"]}


def country_cue(words) -> bool:
    """The text compares countries: "in de EU", "lidstaten", "opvanglanden" (words: lower-case)."""
    return bool(vocabulary()["cues"] & set(words))


_WORD = re.compile(r"[\p{L}\d-]+")


def country_cue_text(text: str) -> bool:
    return country_cue(w.lower() for w in _WORD.findall(text))


def classify_places(doc: Doc, places: list[PlaceMention], country_scope: bool) -> tuple[list, list]:
    """Split place mentions into nationalities (who) and countries (where, or which country did it).

    - A demonym or an adjective before a person noun or standing alone names a nationality;
      an adjective before another noun does not ("Nederlandse steun"), nor a demonym after
      "tot" ("genaturaliseerd tot Nederlander").
    - A country name after "uit"/"van" is the country of origin: a nationality. After "in",
      "door", "naar" it is where something happened; in a sentence or section that compares
      countries (EU member states, host countries) every name without an origin preposition is
      a country ("In 2022 ontving Cyprus ...", "gevolgd door Oostenrijk (12,2), Luxemburg (3,7)").
    """
    voc = vocabulary()
    nats, countries = [], []
    locating = any(p.form == "name" and p.is_location for p in places)
    adj_starts = {p.start for p in places if p.form == "adjective"}
    for p in places:
        if p.form == "adjective":
            nxt = doc[p.end] if p.end < len(doc) else None
            coordinated = nxt is not None and nxt.lower_ in ("en", "of") and p.end + 1 in adj_starts
            if (nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in voc["person_nouns"]
                    and not coordinated):  # "Albanese en Tadzjiekse": a list of nationalities
                continue
            nats.append(p)
        elif p.form == "demonym":
            if p.prep not in voc["not_origin"]:
                nats.append(p)
        elif p.form == "name":
            if p.prep == "uit" and p.start >= 2 and doc[p.start - 2].lower_ in voc["leaving"]:
                countries.append(p)  # "vertrokken uit Duitsland": the country left
            elif not p.prep and p.start == 0 and p.end < len(doc) and doc[p.end].is_lower and doc[p.end].is_alpha:
                countries.append(p)  # "Duitsland had het grootste aandeel": the subject is a country
            elif p.code in NOT_NATIONALITY:
                countries.append(p)  # "de buitengrenzen van Nederland": where, never who
            elif p.prep in voc["origin"]:
                nats.append(p)
            elif p.is_location or country_scope or locating or p.code in NOT_NATIONALITY:
                countries.append(p)
            else:
                nats.append(p)
        else:
            nats.append(p)
    return nats, countries


def link(doc: Doc, ctx: SentenceContext) -> list[Linked]:
    all_qs = doc._.quantities or []
    if all_qs and all_qs[0].start == 0 and all_qs[0].skip == "footnote":
        return []  # "146 Vanwege aanpassingen ... telt op tot 9.969.": a footnote's text, not the report's
    all_places: list[PlaceMention] = doc._.places or []
    in_table = any(q.skip == "table_run" for q in all_qs)  # a table row read as text: no top list
    # a top list with one entry a line ("Familie & Gezin\n1. Indiase\n2. Turkse") is a panel: the tables stage's
    text = doc_text(doc)
    in_table = in_table or "\n" in text.strip()
    enums = [q for q in all_qs if q.skip == "enumerator"]
    # "2. Turkije China India VS": one rank over several columns' places is a table row, the tables stage's
    in_table = in_table or (len(enums) == 1 and len(all_places) > 1 and all(q.skip for q in all_qs))
    qs = [q for q in all_qs if q.unit in FACT_UNITS and (q.skip is None or (not in_table and _enumerated(q, all_places)))]
    if not qs and not _top_re().search(text):
        return []
    mentions: list[MetricMention] = doc._.metric_mentions or []
    all_periods = doc._.periods or []
    periods = [p for p in all_periods if p.kind not in ("base", "since")]
    # "India is, net als vorig jaar, het eerste land": what the figure is compared with is not its own
    alike_periods = [p for p in periods if _alike(doc, p.start)]
    periods = [p for p in periods if p not in alike_periods]
    since = [p for p in all_periods if p.kind == "since"]
    scope = ctx.country_scope or country_cue_text(text)
    places, countries = classify_places(doc, all_places, scope)
    all_terms = doc._.terms or []
    alike_terms = [t for t in all_terms if _alike(doc, t.start)]
    terms = [t for t in all_terms if t not in alike_terms]
    related = set(ctx.related) | {i for m in mentions for i in m.metric_ids}
    words = ctx.words | {t.lemma_ for t in doc}
    resp = next((t.i for t in doc if t.lower_ in ("respectievelijk", "resp.")), None)
    spread = (_respectively(resp, qs, mentions, periods, places, [] if all_places else ctx.prev_places)
              if resp is not None else {})
    whole_nat = _sentence_nationality(doc, places) or (None if all_places else _back_nationality(doc, ctx.prev_places))
    asides = _asides(doc)
    then_periods = [p for p in all_periods if p.kind == "base" and _followed_by_then(doc, p)]

    out: list[Linked] = []
    out += _prose_top_list(doc, all_qs, mentions, periods, places, related, words, ctx)
    claimed = 0  # places before this token belong to earlier figures
    wholes = [m for m in mentions if _preceded_by(doc, m.start, vocabulary()["whole"], 1)]
    near = {m.metric_ids[0].split("_")[0] for m in mentions if len(m.metric_ids) == 1}
    for i, q in enumerate(qs):
        nxt = i + 1
        while nxt < len(qs) and qs[nxt].in_parens and (qs[nxt].measure == "change" or qs[nxt].unit == "percent"):
            # "179.310 (+26%) personen emigreerden", "104.511 (26%) van alle immigranten": the bracketed change
            # or share does not end the slot
            nxt += 1
        right_end = qs[nxt].start if nxt < len(qs) else len(doc)
        for t in doc[q.end:right_end]:
            if t.text in _CLAUSE_END:
                right_end = t.i
                break
        right_end = min(right_end, q.end + MAX_RIGHT)
        left_start = qs[i - 1].end if i > 0 else 0
        pm = None
        if q.unit == "rank" or q.skip == "enumerator":
            q = _as_rank(q)
            place = _rank_place(q, places + countries, left_start, right_end)
            if place is None:
                continue  # "stond op de 2e plek": a rank names a place in a top list, or it is none
        metric = None
        if q.measure == "change" and out:
            metric = out[-1].metric
        if metric is None and i in spread and spread[i].get("metric"):
            metric = spread[i]["metric"]
        if metric is None and q.unit == "rank":
            # "Op de tweede plaats" can itself be the phrase that names the metric
            own = [m for m in mentions if m.start < q.end and q.start < m.end]
            metric = choose(own, q, q.start, related, words, True, ctx.related) if own else None
        if metric is None:
            right = [m for m in mentions if q.end <= m.start < right_end]
            left = [m for m in mentions if m.end <= q.start]
            if not right and not q.in_parens:
                # "87%, 93% en 92% van hun aanvragen": list members share the noun after the last one
                right = _list_tail(doc, qs, i, mentions, all_terms)
            # "vertrokken ... na ontvangst van een terugkeerbesluit": a circumstance names no counted thing
            if any(not _circumstance(doc, m) for m in left + right):
                left = [m for m in left if not _circumstance(doc, m)]
                right = [m for m in right if not _circumstance(doc, m)]
            first, second = (left, right) if q.in_parens else (right, left)
            metric = (choose(first, q, q.end if first is right else q.start, related, words, first is left, ctx.related,
                             ctx.topic, near)
                      or choose(second, q, q.end if second is right else q.start, related, words, second is left,
                                ctx.related, ctx.topic, near))
            if metric is not None:
                metric = _narrowed(metric, q, ctx)
        if metric is None and ctx.pool:
            metric = _pool_choice(ctx.pool, q, related, words, ctx.topic)
        if metric is None:
            metric = unit_only_metric(q.unit, related, ctx.families)
        if metric is None:
            continue
        of_which = [t.i for t in doc[:q.start] if t.lower_ in _OF_WHICH]
        before_of = [x for x in out if of_which and x.q.end <= of_which[-1]]
        carry = None
        if before_of and metric in taxonomy()[before_of[-1].metric].part_of:
            # "64% (naar het land van herkomst), waarvan tweederde zelfstandig ... vertrokken": the parts are of
            # the figure before, not of the whole the phrase names (which the next sentences go on about)
            metric, carry = before_of[-1].metric, metric
        whole = next((m for m in wholes if q.end <= m.start < right_end), None) or next(
            (m for m in reversed(wholes) if m.end <= q.start), None)
        if whole is not None and q.unit == "percent" and q.measure is None and taxonomy()[metric].units != {"percent"}:
            # "van het totale aantal verleende asielvergunningen ... eerste aanvragen (49%)": a share of
            # the whole carries the whole's metric (and the part as its dimension)
            metric = _resolve_ids(whole.metric_ids, q, related, words, ctx.topic, near) or metric
        # period
        if i in spread and spread[i].get("period"):
            period = spread[i]["period"]
        else:
            before = [p for p in periods if p.end <= q.start and not _aside(p, q, asides)]
            then = [p for p in then_periods if p.end <= q.start and not any(p.end <= x.start for x in before)]
            if then:
                before = before + then[-1:]  # "meer dan in 2021, toen 340.520 ...": the base year is this figure's
            after = [p for p in periods if p.start >= q.end and _after_applies(doc, q, p, qs[i + 1:])]
            if before and after and after[0].start - q.end <= 1 and any(
                    x is not q and before[-1].end <= x.start and x.end <= q.start for x in qs):
                before = []  # "was in 2022 2% en 4% in 2021": the second figure has its own year after it
            pm = _parenthesised_date(doc, q, periods) or (before[-1] if before else (after[0] if after else None))
            if pm is None and since and q.measure != "change":
                period = Period(start=since[0].start_date, end=None)  # "Sinds 2014 zijn er ... overleden"
            elif _so_far(doc, q):
                # "in mei 2023 ... dat er inmiddels 4.200 zijn gerealiseerd": a running total up to then
                period = Period(start=None, end=pm.end_date if pm else None)
            else:
                period = _period_of(pm) if pm else (ctx.period or Period())
        if taxonomy()[metric].stock and period.end is not None and period.start != period.end:
            period = Period(start=period.end, end=period.end)  # a level is read on the period's last day
        dims: dict[str, str] = {}
        if q.unit == "rank":
            place = _rank_place(q, places + countries, left_start, right_end)
            nat = place.code if place in places else None
            if place in countries:
                dims["country"] = place.code
        else:
            if q.text.lower() in _factor_words():
                # "Het aantal Eritrese vreemdelingen ... is verdubbeld, terwijl ... Turkse": the subject before
                left = [p for p in places if p.end <= q.start]
                nat = left[-1].code if left else whole_nat
            else:
                nat = (spread.get(i, {}).get("nationality") or _nationality(q, places, max(left_start, claimed), right_end)
                       or whole_nat or _restated_nationality(doc, left_start, q, metric, out))
            country = _nationality(q, countries, left_start, right_end, names_left=True)
            # "12.650 aanvragen door Syriërs tot 1 aanvraag per nationaliteit": a place after a figure is
            # that figure's, not also the next one's
            took = [p for p in places if q.end <= p.start < right_end and not q.in_parens]
            if took:
                claimed = min(p.end for p in took) + 1
            # "die niet in Nederland mochten blijven": the publication's own country is the default
            # scope of a national statistic, a dimension only where countries are compared
            if country == HOME_COUNTRY and not scope:
                country = None
            if country and not nat:
                dims["country"] = country
        if nat and q.unit != "eur":  # an amount of money counts no persons: "ten behoeve van Afghaanse vluchtelingen"
            dims["nationality"] = nat
        for t in _terms(q, terms, left_start, right_end):
            dims.setdefault(t.key, t.value)
        if q.measure:
            dims["measure"] = q.measure
        pm_avg = next((p for p in periods if p.average and p.start_date == period.start and p.end_date == period.end), None)
        if pm_avg is not None and q.measure is None:
            dims["measure"] = "average"
        if q.unit == "rank" and not q.text[:1].isdigit():
            out += _word_rank(doc, Linked(q, metric, period, dims), pm, places + countries, alike_periods, alike_terms)
            continue
        out.append(Linked(q, metric, period, dims, carry))
        for other in _shared_by(doc, q, places + countries, left_start):
            # "Oostenrijk en Nederland (beiden 67%)": the one figure is each place's
            key = "nationality" if other in places else "country"
            out.append(Linked(q, metric, period, {**{k: v for k, v in dims.items() if k not in ("nationality", "country")},
                                                  key: other.code}))
    return out


def _preceded_by(doc: Doc, start: int, phrases: list[list[str]], reach: int = 2) -> bool:
    """One of the phrases ends at most `reach` tokens before token `start` ("het totale aantal | verleende ...")."""
    for words in phrases:
        for gap in range(reach + 1):
            s = start - gap - len(words)
            if s >= 0 and [t.lower_ for t in doc[s:s + len(words)]] == words:
                return True
    return False


def _circumstance(doc: Doc, m: MetricMention) -> bool:
    return _preceded_by(doc, m.start, vocabulary()["circumstance"], 2)


def _so_far(doc: Doc, q: Quantity) -> bool:
    words = vocabulary()["so_far"]
    return any(t.lower_ in words for t in doc[max(0, q.start - 4):q.start])


def _shared_by(doc: Doc, q: Quantity, places: list[PlaceMention], left_start: int) -> list[PlaceMention]:
    """The other places of "A en B (beiden 67%)": coordinated places right before a bracketed figure
    that says it holds for both."""
    if not q.in_parens or q.start < 2 or doc[q.start - 1].lower_ not in vocabulary()["both"]:
        return []
    left = sorted((p for p in places if left_start <= p.end <= q.start), key=lambda p: p.start)
    if len(left) < 2 or doc[left[-1].end].text != "(" or doc[left[-2].end].lower_ not in ("en", ","):
        return []
    return [left[-2]]


@cache
def _top_re():
    v = resources.data_file("statistics_nl.yaml")
    nums = "|".join(sorted(v["cardinals"], key=len, reverse=True))
    words = "|".join(v["top_list_words"])
    return re.compile(rf"\b(?:{words})[\s-]+(?P<n>\d{{1,2}}|{nums})\b", re.I)


def _prose_top_list(doc: Doc, all_qs, mentions, periods, places, related, words, ctx) -> list[Linked]:
    """'de top 3 nationaliteiten van toegangsgeweigerden uit Colombianen, Brazilianen en Peruanen':
    the nationalities after "top N" (demonyms or adjectives, at most N) take ranks 1..N in order.
    A numbered list ("1. Marokko") is read by its enumerators instead."""
    m = _top_re().search(doc_text(doc))
    if m is None or any(q.skip == "enumerator" for q in all_qs):
        return []
    n = m["n"].lower()
    card = resources.data_file("statistics_nl.yaml")["cardinals"]
    size = int(n) if n.isdigit() else card.get(n, 0)
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or size < 2:
        return []
    entries = [p for p in places if p.start >= span.end and p.form in ("demonym", "adjective")]
    if not 2 <= len(entries) <= size:
        return []
    out = []
    for rank, p in enumerate(entries, 1):
        tok = doc[p.start:p.end]
        q = Quantity(p.start, p.end, tok.start_char, tok.end_char, tok.text, float(rank), "rank")
        metric = choose(mentions, q, span.start, related, words, True, ctx.related)
        if metric is None:
            # "de top vijf van nationaliteiten in het IOM-vertrek": the top list of the metric named
            named = [i for mm in mentions for i in mm.metric_ids] + [i for ids in ctx.pool for i in ids]
            named += [w for i in named if i in taxonomy() for w in sorted(taxonomy()[i].part_of)]
            metric = next((f"{i}_top_nationality" for i in named if f"{i}_top_nationality" in taxonomy()), None)
            if metric is not None:
                metric = _narrowed(metric, q, ctx)
        if metric is None and ctx.pool:
            metric = _pool_choice(ctx.pool, q, related, words)
        if metric is None:
            return []
        before = [pm for pm in periods if pm.end <= span.end + 8]
        period = _period_of(before[-1]) if before else (ctx.period or Period())
        out.append(Linked(q, metric, period, {"nationality": p.code}))
    return out


_OF_WHICH = {"waarvan", "waaronder", "hiervan", "daarvan"}
_JOINER = {",", "en", "of", "à", "tot", "-", "–", "/"}


def _list_tail(doc: Doc, qs: list[Quantity], i: int, mentions: list[MetricMention], terms=()) -> list[MetricMention]:
    # "tweederde zelfstandig en een derde gedwongen is vertrokken": a member may carry its own dimension term
    in_term = {k for t in terms for k in range(t.start, t.end)}
    j = i
    while j + 1 < len(qs) and all(t.lower_ in _JOINER or t.i in in_term for t in doc[qs[j].end:qs[j + 1].start]):
        j += 1
    if j == i:
        return []
    end = qs[j + 1].start if j + 1 < len(qs) else len(doc)
    return [m for m in mentions if qs[j].end <= m.start < min(end, qs[j].end + MAX_RIGHT)]


def _nationality(q: Quantity, places: list[PlaceMention], left_start: int, right_end: int,
                 names_left: bool = False) -> str | None:
    right = [p for p in places if q.end <= p.start < right_end]
    if q.in_parens:
        left = [p for p in places if left_start <= p.end <= q.start]
        if left:
            return left[-1].code
    if right:
        return right[0].code
    forms = ("adjective", "demonym", "special", "name") if names_left else ("adjective", "demonym", "special")
    left = [p for p in places if left_start <= p.end <= q.start and p.form in forms]
    return left[-1].code if left else None


def _is_nat(p: PlaceMention) -> bool:
    return not (p.code in NOT_NATIONALITY and p.form == "name")


def _enumerated(q: Quantity, places: list[PlaceMention]) -> bool:
    """'1. Marokko (17%)': a list enumerator right before a place states a rank."""
    return q.skip == "enumerator" and q.enum and any(q.end <= p.start <= q.end + 1 for p in places)


def _as_rank(q: Quantity) -> Quantity:
    if q.unit == "rank":
        return q
    return replace(q, unit="rank", skip=None)


def _rank_place(q: Quantity, places: list[PlaceMention], left_start: int, right_end: int) -> PlaceMention | None:
    """The place a rank is about: the one right after it ("1. Marokko", "Op de tweede plaats volgden
    Afghanen"), else the subject before it ("Nederland staat hiermee op de dertiende plaats"). After a rank
    in words, "van China" is whose rank it was ("de VS hebben de eerste plek van China overgenomen")."""
    right = sorted((p for p in places if q.end <= p.start < right_end
                    and (q.text[:1].isdigit() or p.prep != "van")), key=lambda p: p.start)
    if right and (q.skip is None or right[0].start <= q.end + 1):
        return right[0]
    if q.text[:1].isdigit():
        return None
    left = [p for p in places if left_start <= p.end <= q.start]
    return left[-1] if left else None


def _alike(doc: Doc, start: int) -> bool:
    """'net als vorig jaar', 'net als in de categorie kennis en talent': what a figure is said to share."""
    return _preceded_by(doc, start, vocabulary()["alike"], 3)


def _word_rank(doc: Doc, ln: Linked, pm: PeriodMention | None, places: list[PlaceMention],
               alike_periods: list[PeriodMention], alike_terms) -> list[Linked]:
    """A rank in words and the ranks the sentence implies beside it:
    - "India is, net als vorig jaar, het eerste land van herkomst": also the year before (or the year named);
      "in de categorie X is, net als in de categorie Y, India ...": also for Y;
    - "China is in de afgelopen twee jaar het eerste land": a rank is no sum, it holds in each year;
    - "de VS hebben de eerste plek van China overgenomen": the VS in the last year, China the year before."""
    q, period = ln.q, ln.period
    whole_years = (period.start is not None and period.end is not None and (period.start.month, period.start.day) == (1, 1)
                   and (period.end.month, period.end.day) == (12, 31))
    years = [period]
    if whole_years and period.end.year > period.start.year:
        span = [Period(start=date(y, 1, 1), end=date(y, 12, 31)) for y in range(period.start.year, period.end.year + 1)]
        rolling = pm is not None and pm.kind == "range" and not pm.text[:1].isdigit() and len(span) <= 5
        years = span if rolling else span[-1:]
    out: list[Linked] = []
    for per in years:
        out.append(Linked(q, ln.metric, per, dict(ln.dims)))
        for p in alike_periods:
            other = _period_of(p)
            if other == per or other.start is None:
                other = per.previous_year()  # "net als vorig jaar" in a report on that year
            out.append(Linked(q, ln.metric, other, dict(ln.dims)))
    for t in alike_terms:
        out += [Linked(x.q, x.metric, x.period, {**x.dims, t.key: t.value}) for x in list(out)
                if x.dims.get(t.key) != t.value]
    if any(t.lower_ in vocabulary()["take_over"] for t in doc[q.end:]):
        prev = next((p for p in places if p.prep == "van" and q.end <= p.start <= q.end + 1), None)
        if prev is not None and years[-1].start is not None:
            key = "country" if "country" in ln.dims else "nationality"
            out.append(Linked(q, ln.metric, years[-1].previous_year(), {**ln.dims, key: prev.code}))
    return out


def _after_applies(doc: Doc, q: Quantity, p: PeriodMention, later: list[Quantity]) -> bool:
    """A period after a figure is its own ("2% en 4% in 2021") unless a clause boundary stands
    between them and the period opens the next figure's clause ("35%, in 2021 was dit 71%")."""
    if p.start - q.end <= 2:
        return True
    between = doc[q.end:p.start]
    if any(t.text in (",", ";", "(") for t in between):
        nxt = next((x for x in later if x.start >= p.end), None)
        return nxt is None
    return True


def _parenthesised_date(doc: Doc, q: Quantity, periods: list[PeriodMention]) -> PeriodMention | None:
    """'10,41 maanden (peildatum 1-1-2023)': a reference date in brackets right after the figure."""
    for p in periods:
        if p.kind == "date" and 0 <= p.start - q.end <= 8 and any(t.text == "(" for t in doc[q.end:p.start]):
            return p
    return None


def _asides(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of bracketed asides ("(van wie een groot deel ... in augustus 2021)")."""
    out, stack = [], []
    for t in doc:
        if t.text == "(":
            stack.append(t.i)
        elif t.text == ")" and stack:
            out.append((stack.pop(), t.i + 1))
    return out


def _aside(p: PeriodMention, q: Quantity, asides: list[tuple[int, int]]) -> bool:
    """A period inside brackets that do not also hold the figure is the aside's, not the figure's."""
    return any(a <= p.start and p.end <= b and not (a <= q.start < b) for a, b in asides)


def _followed_by_then(doc: Doc, p: PeriodMention) -> bool:
    """'dan in 2021, toen ...': "toen" makes a comparison year the period of what follows."""
    toks = [t.lower_ for t in doc[p.end:p.end + 2]]
    return bool(toks) and (toks[0] == "toen" or toks[:2] == [",", "toen"])


def _sentence_nationality(doc: Doc, places: list[PlaceMention]) -> str | None:
    """'... van alle immigranten de Oekraïense nationaliteit': one nationality for the sentence."""
    if len({p.code for p in places}) != 1:
        return None
    p = places[0]
    nxt = doc[p.end] if p.end < len(doc) else None
    return p.code if nxt is not None and nxt.lower_ in ("nationaliteit", "nationaliteiten") else None


def _back_nationality(doc: Doc, prev_places: list[PlaceMention]) -> str | None:
    """'Dit betreft ... met de Oekraïense nationaliteit ... In 2022 zijn dit 104.511 personen.': a sentence
    without places whose subject is "dit"/"dat" next to its copula keeps the one nationality before it."""
    codes = {p.code for p in prev_places if _is_nat(p) and p.form in ("demonym", "adjective")}
    if len(codes) != 1:
        return None
    cop, pron = _back_reference_words()
    toks = [t.lower_ for t in doc]
    if not any((a in cop and b in pron) or (a in pron and b in cop) for a, b in zip(toks, toks[1:], strict=False)):
        return None
    return codes.pop()


def _restated_nationality(doc: Doc, left_start: int, q: Quantity, metric: str, earlier: list[Linked]) -> str | None:
    """'De Marokkaanse autoriteiten ... 160 keer ..., terwijl dit in 2021 nog minder dan vijf keer het geval was':
    "dit" restates the figure before, whose nationality the comparison keeps."""
    if not earlier or earlier[-1].metric != metric or "nationality" not in earlier[-1].dims:
        return None
    if not any(t.lower_ == "dit" for t in doc[left_start:q.start]):
        return None
    return earlier[-1].dims["nationality"]


@cache
def _back_reference_words() -> tuple[frozenset[str], frozenset[str]]:
    v = resources.data_file("statistics_nl.yaml")
    return frozenset(v["back_reference_copulas"]), frozenset(v["back_reference_pronouns"])


def _terms(q: Quantity, terms, left_start: int, right_end: int):
    right = [t for t in terms if q.end <= t.start < right_end]
    left = [t for t in terms if left_start <= t.end <= q.start]
    return (left[::-1] + right) if q.in_parens else (right + left[::-1])


def _respectively(resp: int, qs: list[Quantity], mentions, periods, places, prev_places=()) -> dict[int, dict]:
    """'uit Syrië, Turkije en Jemen ... respectievelijk 87%, 93% en 92%' -> one place per figure;
    without places of its own the sentence spreads those of the sentence before it."""
    after = [i for i, q in enumerate(qs) if q.start > resp]
    out: dict[int, dict] = {i: {} for i in after}
    n = len(after)
    if n < 2:
        return {}
    nats = [p for p in places if p.end <= resp and _is_nat(p)]
    if not places and len(prev_places) >= n:
        nats = list(prev_places)
    if len(nats) >= n:
        for i, p in zip(after, nats[-n:], strict=True):
            out[i]["nationality"] = p.code
    mets = [m for m in mentions if m.end <= resp]
    if len(mets) == n:
        for i, m in zip(after, mets, strict=True):
            out[i]["metric_ids"] = m.metric_ids
    pers = [p for p in periods if p.end <= resp]
    if len(pers) == n:
        for i, p in zip(after, pers, strict=True):
            out[i]["period"] = _period_of(p)
    for i in after:
        ids = out[i].pop("metric_ids", None)
        if ids:
            q = qs[i]
            out[i]["metric"] = _resolve_ids(ids, q, set(), set())
    return out


# every month name ("MEI 2020") and the abbreviations too long to be another word ("febr", "sept"), longest first
_TITLE_MONTHS = sorted([*MONTH_NAMES, *(k for k in MONTH_ABBREVIATIONS if len(k) > 3)], key=len, reverse=True)
_TITLE_MONTH = re.compile(r"\b(" + "|".join(_TITLE_MONTHS) + r")\s+(" + YEAR.pattern + r")\b", re.I)
_TITLE_YEAR = re.compile(r"\b(" + YEAR.pattern + r")\b")


def reference_from_title(title: str | None) -> tuple[date, date] | None:
    """'KERNCIJFERS ASIEL EN MIGRATIE JANUARI 2023' -> (2023-01-01, 2023-01-31)."""
    if not title:
        return None
    m = _TITLE_MONTH.search(title)
    if m:
        mo, y = MONTHS[m[1].lower()], int(m[2])
        return date(y, mo, 1), month_end(y, mo)
    m = _TITLE_YEAR.search(title)
    if m:
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    return None
