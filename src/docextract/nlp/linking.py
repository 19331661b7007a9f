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

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.tokens import Doc

from .. import resources
from ..models import Period
from .components.records import MetricMention, PeriodMention, PlaceMention, Quantity

FACT_UNITS = {"count", "percent", "eur", "fte", "weeks", "days"}
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


@cache
def taxonomy() -> dict[str, MetricInfo]:
    out = {}
    for i, m in enumerate(resources.metrics()):
        part = m.get("part_of") or []
        words = {w.lower().strip("()%,") for w in f"{m.get('label_nl', '')}".split()}
        out[m["id"]] = MetricInfo(m["id"], set(m.get("units") or ["count"]), m.get("share_of"),
                                  set(part if isinstance(part, list) else [part]), words, i)
    return out


@dataclass
class Linked:
    q: Quantity
    metric: str
    period: Period
    dims: dict[str, str] = field(default_factory=dict)


@dataclass
class SentenceContext:
    """What the surrounding text says, for figures whose sentence does not."""

    pool: list[list[str]] = field(default_factory=list)  # metric-id lists from lead/previous/heading
    related: set[str] = field(default_factory=set)  # metrics mentioned around (for disambiguation)
    words: set[str] = field(default_factory=set)  # lemmas of the heading and sentence
    period: Period | None = None
    families: dict[str, int] = field(default_factory=dict)  # metric-id prefixes named in the document so far


def _allowed(mid: str, q: Quantity) -> bool:
    info = taxonomy().get(mid)
    return info is not None and q.unit in info.units


def _resolve_ids(ids: list[str], q: Quantity, related: set[str], words: set[str]) -> str | None:
    ok = [m for m in ids if _allowed(m, q)]
    if not ok:
        return None
    if len(ok) == 1:
        return ok[0]
    tax = taxonomy()

    def score(mid: str) -> tuple:
        info = tax[mid]
        rel = bool(({info.share_of} | info.part_of) & related)
        return (rel, len(info.label_words & words), -info.order)

    return max(ok, key=score)


def choose(mentions: list[MetricMention], q: Quantity, anchor: int, related: set[str], words: set[str],
           prefer_near: bool, context: set[str] = frozenset()) -> str | None:
    tax = taxonomy()
    options: list[tuple[str, MetricMention]] = []
    all_ids = {i for m in mentions for i in m.metric_ids}
    for m in mentions:
        mid = _resolve_ids(m.metric_ids, q, related | all_ids, words)
        if mid:
            options.append((mid, m))
    if not options:
        return None
    ids = {mid for mid, _ in options}
    if q.unit == "percent":
        # a rate concept of its own wins over the counts it is computed from
        rates = [o for o in options if tax[o[0]].units == {"percent"}]
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


def _pool_choice(pool: list[list[str]], q: Quantity, related: set[str], words: set[str]) -> str | None:
    flat = [MetricMention(0, 0, "", ids) for ids in pool]
    return choose(flat, q, 0, related, words, prefer_near=True) if flat else None


def unit_only_metric(unit: str, related: set[str], families: dict[str, int] | None = None) -> str | None:
    """The metric a figure must be by its unit alone (a euro amount on the IND sheet): the only
    one taking that unit, or the one of the family (id prefix, "ind_") the text is about."""
    ids = [m.id for m in taxonomy().values() if unit in m.units]
    if unit == "count" or not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    near = {r.split("_")[0] for r in related}
    fam = [i for i in ids if i.split("_")[0] in near]
    if len(fam) == 1:
        return fam[0]
    counts = families_seen = families and {i: families.get(i.split("_")[0], 0) for i in ids}
    if families_seen and max(counts.values()) > 0:
        top = sorted(counts.values(), reverse=True)
        if len(top) == 1 or top[0] >= 3 * max(1, top[1]):  # the document is clearly about one family
            return max(counts, key=counts.get)
    return None


def _period_of(pm: PeriodMention) -> Period:
    return Period(start=pm.start_date, end=pm.end_date)


def link(doc: Doc, ctx: SentenceContext) -> list[Linked]:
    qs = [q for q in (doc._.quantities or []) if q.skip is None and q.unit in FACT_UNITS]
    if not qs:
        return []
    mentions: list[MetricMention] = doc._.metric_mentions or []
    periods = [p for p in (doc._.periods or []) if p.kind not in ("base", "since")]
    places: list[PlaceMention] = [p for p in (doc._.places or []) if not p.is_location]
    terms = doc._.terms or []
    related = set(ctx.related) | {i for m in mentions for i in m.metric_ids}
    words = ctx.words | {t.lemma_ for t in doc}
    resp = next((t.i for t in doc if t.lower_ in ("respectievelijk", "resp.")), None)
    spread = _respectively(resp, qs, mentions, periods, places) if resp is not None else {}

    out: list[Linked] = []
    for i, q in enumerate(qs):
        right_end = qs[i + 1].start if i + 1 < len(qs) else len(doc)
        for t in doc[q.end:right_end]:
            if t.text in _CLAUSE_END:
                right_end = t.i
                break
        right_end = min(right_end, q.end + MAX_RIGHT)
        left_start = qs[i - 1].end if i > 0 else 0
        metric = None
        if q.measure == "change" and out:
            metric = out[-1].metric
        if metric is None and i in spread and spread[i].get("metric"):
            metric = spread[i]["metric"]
        if metric is None:
            right = [m for m in mentions if q.end <= m.start < right_end]
            left = [m for m in mentions if m.end <= q.start]
            if not right and not q.in_parens:
                # "87%, 93% en 92% van hun aanvragen": list members share the noun after the last one
                right = _list_tail(doc, qs, i, mentions)
            first, second = (left, right) if q.in_parens else (right, left)
            metric = (choose(first, q, q.end if first is right else q.start, related, words, first is left, ctx.related)
                      or choose(second, q, q.end if second is right else q.start, related, words, second is left,
                                ctx.related))
        if metric is None and ctx.pool:
            metric = _pool_choice(ctx.pool, q, related, words)
        if metric is None:
            metric = unit_only_metric(q.unit, related, ctx.families)
        if metric is None:
            continue
        # period
        if i in spread and spread[i].get("period"):
            period = spread[i]["period"]
        else:
            before = [p for p in periods if p.end <= q.start]
            after = [p for p in periods if p.start >= q.end]
            pm = before[-1] if before else (after[0] if after else None)
            period = _period_of(pm) if pm else (ctx.period or Period())
        dims: dict[str, str] = {}
        nat = spread.get(i, {}).get("nationality") or _nationality(q, places, left_start, right_end)
        if nat:
            dims["nationality"] = nat
        for t in _terms(q, terms, left_start, right_end):
            dims.setdefault(t.key, t.value)
        if q.measure:
            dims["measure"] = q.measure
        pm_avg = next((p for p in periods if p.average and p.start_date == period.start and p.end_date == period.end), None)
        if pm_avg is not None and q.measure is None:
            dims["measure"] = "average"
        out.append(Linked(q, metric, period, dims))
    return out


_JOINER = {",", "en", "of", "à", "tot", "-", "–", "/"}


def _list_tail(doc: Doc, qs: list[Quantity], i: int, mentions: list[MetricMention]) -> list[MetricMention]:
    j = i
    while j + 1 < len(qs) and all(t.lower_ in _JOINER for t in doc[qs[j].end:qs[j + 1].start]):
        j += 1
    if j == i:
        return []
    end = qs[j + 1].start if j + 1 < len(qs) else len(doc)
    return [m for m in mentions if qs[j].end <= m.start < min(end, qs[j].end + MAX_RIGHT)]


def _nationality(q: Quantity, places: list[PlaceMention], left_start: int, right_end: int) -> str | None:
    right = [p for p in places if q.end <= p.start < right_end and _is_nat(p)]
    if q.in_parens:
        left = [p for p in places if left_start <= p.end <= q.start and _is_nat(p)]
        if left:
            return left[-1].code
    if right:
        return right[0].code
    left = [p for p in places if left_start <= p.end <= q.start and p.form in ("adjective", "demonym", "special")]
    return left[-1].code if left else None


def _is_nat(p: PlaceMention) -> bool:
    return not (p.code in NOT_NATIONALITY and p.form == "name")


def _terms(q: Quantity, terms, left_start: int, right_end: int):
    right = [t for t in terms if q.end <= t.start < right_end]
    left = [t for t in terms if left_start <= t.end <= q.start]
    return (left[::-1] + right) if q.in_parens else (right + left[::-1])


def _respectively(resp: int, qs: list[Quantity], mentions, periods, places) -> dict[int, dict]:
    """'uit Syrië, Turkije en Jemen ... respectievelijk 87%, 93% en 92%' -> one place per figure."""
    after = [i for i, q in enumerate(qs) if q.start > resp]
    out: dict[int, dict] = {i: {} for i in after}
    n = len(after)
    if n < 2:
        return {}
    nats = [p for p in places if p.end <= resp and _is_nat(p)]
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


def reference_from_title(title: str | None) -> tuple[date, date] | None:
    """'KERNCIJFERS ASIEL EN MIGRATIE JANUARI 2023' -> (2023-01-01, 2023-01-31)."""
    if not title:
        return None
    import regex as re

    from .components.periods import MONTHS, month_end

    m = re.search(r"\b(" + "|".join(k for k in MONTHS if len(k) > 3) + r")\s+((?:19|20)\d\d)\b", title, re.I)
    if m:
        mo, y = MONTHS[m[1].lower()], int(m[2])
        return date(y, mo, 1), month_end(y, mo)
    m = re.search(r"\b((?:19|20)\d\d)\b", title)
    if m:
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    return None
