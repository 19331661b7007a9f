"""What every rule needs: how exact a printed figure is, how to cite a fact, how to group facts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ... import resources
from ...ingest import publication_of
from ...models import DocumentMeta, Fact

# Dimension values that mark a table's total row rather than a part of it.
TOTAL_VALUES = {"total", "totaal", "all", "alle"}
OTHER_VALUES = {"other", "overig", "overige"}


def is_total_value(value: str) -> bool:
    """"Totaal", "total", or a stated sum such as Figuur 91's "sum_of_provinces"."""
    v = value.lower()
    return v in TOTAL_VALUES or v.startswith(("sum_of", "total_", "totaal_"))

# Hedges that make a figure a bound rather than a rounded value ("ruim een derde" = 36%).
_BOUND_HEDGE = re.compile(r"\b(ruim|bijna|meer dan|minder dan|zo'n|naar schatting|ongeveer een|ruim een)\b", re.I)
BOUND_SLACK = 0.10


@dataclass
class Context:
    facts: list[Fact]
    metas: dict[str, DocumentMeta] = field(default_factory=dict)  # doc_id -> what the manifest says
    _derived: dict = field(default_factory=dict, repr=False)

    def derived(self, fn):
        """fn(context), computed once per context: paired rules (sum and within, list sum and
        list max, ...) share one analysis of the facts."""
        if fn not in self._derived:
            self._derived[fn] = fn(self)
        return self._derived[fn]


def publication(f: Fact, metas: dict[str, DocumentMeta] | None = None) -> str:
    """The publication a fact comes from: the pdf and txt of one publication are one publication."""
    meta = (metas or {}).get(f.doc_id)
    if meta and meta.publication_id:
        return meta.publication_id
    return publication_of(f.doc_id)


def is_change(f: Fact) -> bool:
    return f.dimensions.get("measure") == "change"


def is_level(f: Fact) -> bool:
    """A figure itself, not a change or an average of it."""
    return "measure" not in f.dimensions


def _decimals(v: float) -> int:
    s = repr(float(v))
    return 0 if "e" in s else len(s.split(".")[1].rstrip("0"))


def half_unit(f: Fact) -> float:
    """Half of the unit the figure was rounded to: the most the true value can differ from it.

    Stated rounding wins ("afgerond op tientallen" -> 5). Otherwise the printed precision:
    0,7% -> 0.05, 88% -> 0.5; a count printed in tens (2.450) may be rounded to tens even when
    the passage does not say so (Figuur 78's counts are), so it gets 5. Bound hedges ("ruim",
    "bijna") widen the interval by 10%: "ruim een derde" and "36%" do not contradict each other.
    """
    v = f.value
    if f.rounded_to:
        h = f.rounded_to / 2
    elif isinstance(v, float) and not v.is_integer():
        h = 0.5 * 10 ** -_decimals(v)
    elif f.unit in ("count", "fte", "eur") and v:
        n = abs(int(v))
        zeros = len(str(n)) - len(str(n).rstrip("0"))
        cap = 10 ** max(len(str(n)) - 2, 0) if (f.approx or f.unit == "eur") else 10
        h = min(10 ** zeros, cap) / 2 if zeros else 0.0
    elif f.unit in ("percent",):
        h = 0.5
    else:
        h = 0.0
    if f.approx and not f.rounded_to and _BOUND_HEDGE.search(f.provenance.quote or ""):
        h += BOUND_SLACK * abs(v)
    return h


def interval(f: Fact) -> tuple[float, float]:
    h = half_unit(f)
    return f.value - h, f.value + h


def agree(a: Fact, b: Fact) -> bool:
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return alo <= bhi + 1e-9 and blo <= ahi + 1e-9


def fmt(v: float) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return f"{int(v):,}".replace(",", ".")


def cite(f: Fact, quote_chars: int = 90) -> str:
    """`id (doc p.N) «quote»`: enough for a person to find the figure in the publication."""
    q = " ".join((f.provenance.quote or "").split())
    if len(q) > quote_chars:
        q = q[: quote_chars - 1] + "…"
    page = f" p.{f.provenance.page}" if f.provenance.page else ""
    return f"{f.id} ({f.doc_id}{page}) «{q}»"


def value_str(f: Fact) -> str:
    suffix = {"percent": "%", "count": "", "rank": ""}.get(f.unit, f" {f.unit}")
    return f"{fmt(f.value)}{suffix}"


def dims_key(d: dict[str, str]) -> str:
    return json.dumps(sorted(d.items()), ensure_ascii=False)


def period_key(f: Fact) -> tuple[date | None, date | None]:
    return f.period.start, f.period.end


def identity(f: Fact, drop: tuple[str, ...] = ()) -> tuple:
    """What a figure is, without its value: two facts with one identity state the same statistic."""
    dims = {k: v for k, v in f.dimensions.items() if k not in drop}
    return f.metric, f.unit, period_key(f), dims_key(dims)


@cache
def metric_info() -> dict[str, dict]:
    return {m["id"]: m for m in resources.metrics()}


def share_of(metric: str) -> str | None:
    return metric_info().get(metric, {}).get("share_of")


@cache
def hierarchy() -> dict[str, dict[str, tuple[str, ...]]]:
    """Dimension values that are sums of other values of the same key (schemas/dimensions.yaml
    `parts`): departure_type demonstrable = independent + forced."""
    return {key: {v: tuple(ps) for v, ps in spec["parts"].items()}
            for key, spec in resources.dimensions().items() if spec.get("parts")}


@cache
def complements() -> list[tuple[str, str]]:
    """Share metrics that together make up their whole (`complement_of` in schemas/metrics.yaml)."""
    return [(m["id"], m["complement_of"]) for m in resources.metrics() if m.get("complement_of")]


def part_of(metric: str) -> list[str]:
    return list(metric_info().get(metric, {}).get("part_of") or [])


def signed(metric: str) -> bool:
    """Balances may be negative: migratiesaldo, a housing backlog "(negative = ahead of target)"."""
    m = metric_info().get(metric, {})
    label = f"{m.get('label_en', '')} {m.get('label_nl', '')}".lower()
    return metric.startswith("net_") or "negative" in label or "saldo" in label or "balance" in label


def has_count_unit(metric: str) -> bool:
    """A metric counted in people/cases: its percent facts are shares of its whole, not rates."""
    return "count" in (metric_info().get(metric, {}).get("units") or [])
