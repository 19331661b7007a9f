"""One fact at a time: the value fits its unit and metric, the period is a period of this publication."""

from __future__ import annotations

from pydantic import ValidationError

from ... import resources
from ...models import Fact
from . import rule
from .common import Context, cite, is_change, metric_info, signed, value_str


@rule("schema.fact", "error", scope="fact")
def schema_fact(ctx: Context):
    """The fact passes the contract's pydantic model (a hand-edited file may not)."""
    for f in ctx.facts:
        try:
            Fact.model_validate(f.model_dump(mode="json"))
        except ValidationError as exc:
            err = exc.errors()[0]
            yield False, f"not a valid fact: {'.'.join(map(str, err['loc']))}: {err['msg']}: {cite(f)}", [f]


@rule("schema.vocabulary", "error", scope="fact")
def schema_vocabulary(ctx: Context):
    """Metric, unit and dimension keys come from schemas/metrics.yaml and schemas/dimensions.yaml."""
    metrics = metric_info()
    dims = resources.dimensions()
    for f in ctx.facts:
        problems = []
        m = metrics.get(f.metric)
        if m is None:
            problems.append(f"unknown metric {f.metric!r}")
        elif f.unit not in (m.get("units") or []) and not (is_change(f) and f.unit == "percent"):
            problems.append(f"unit {f.unit} not listed for {f.metric} ({', '.join(m.get('units') or [])})")
        for k, v in f.dimensions.items():
            if k not in dims:
                problems.append(f"unknown dimension {k!r}")
            elif dims[k].get("values") and v not in dims[k]["values"]:
                problems.append(f"{k}={v!r} not one of the listed values")
        if problems:
            yield False, "; ".join(problems) + f": {cite(f)}", [f]
        else:
            yield True, "metric, unit and dimensions are known", [f]


@rule("range.value", "error", scope="fact")
def range_value(ctx: Context):
    """Percent 0-100 (a change: above -100%); counts whole (unless an average) and non-negative (unless a balance)."""
    for f in ctx.facts:
        v, problem = f.value, None
        if is_change(f):
            if f.unit == "percent" and v < -100:
                problem = f"a decrease of {value_str(f)} is more than everything"
        elif f.unit == "percent" and not 0 <= v <= 100:
            problem = f"share {value_str(f)} outside 0-100"
        elif f.unit == "count" and v < 0 and not signed(f.metric):
            problem = f"count {value_str(f)} is negative"
        elif f.unit == "count" and v != int(v) and f.dimensions.get("measure") != "average":
            problem = f"count {value_str(f)} is not a whole number"
        elif f.unit not in ("percent", "count", "rank") and v < 0 and not signed(f.metric):  # eur, fte, durations
            problem = f"{value_str(f)} is negative"
        elif f.unit == "rank" and (v < 1 or v != int(v)):
            problem = f"rank {value_str(f)} is not 1, 2, 3, ..."
        if problem:
            yield False, f"{problem}: {cite(f)}", [f]
        else:
            yield True, f"{value_str(f)} fits unit {f.unit}", [f]


@rule("range.period", "error", scope="fact")
def range_period(ctx: Context):
    """A period starts before it ends and ends before the publication appeared."""
    for f in ctx.facts:
        p = f.period
        if p.start and p.end and p.start > p.end:
            yield False, f"period starts {p.start} after it ends {p.end}: {cite(f)}", [f]
            continue
        meta = ctx.metas.get(f.doc_id)
        if meta and meta.published and ((p.end and p.end > meta.published) or (p.start and p.start > meta.published)):
            # A publication cannot report on time after it appeared (an "In 2023" misread as 2032).
            yield False, f"period {p.start}..{p.end} ends after the publication date {meta.published}: {cite(f)}", [f]
            continue
        if p.start or p.end:
            yield True, f"period {p.start}..{p.end} is plausible", [f]
