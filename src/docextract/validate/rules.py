"""Per-fact range rules (the cross-fact rules grow here)."""

from __future__ import annotations

from ..models import Check, Fact, Validation

_ORDER = {"ok": 0, "warning": 1, "error": 2}


def _range_checks(f: Fact) -> list[Check]:
    checks = []
    change = f.dimensions.get("measure") == "change"
    if f.unit == "percent" and not change and not 0 <= f.value <= 100:
        checks.append(Check(rule="range.percent", severity="error", status="fail", facts=[f.id],
                            message=f"share {f.value}% outside 0-100: {f.provenance.quote!r}"))
    if f.unit == "count" and not change and (f.value < 0 or f.value != int(f.value)):
        checks.append(Check(rule="range.count", severity="error", status="fail", facts=[f.id],
                            message=f"count {f.value} is not a whole non-negative number: {f.provenance.quote!r}"))
    p = f.period
    if p.start and p.end and p.start > p.end:
        checks.append(Check(rule="range.period", severity="error", status="fail", facts=[f.id],
                            message=f"period starts {p.start} after it ends {p.end}"))
    return checks


def validate_facts(facts: list[Fact]) -> list[Fact]:
    out = []
    for f in facts:
        checks = _range_checks(f)
        worst = max((c.severity for c in checks if c.status == "fail"), key=lambda s: _ORDER.get(s, 0), default=None)
        status = {"error": "error", "warning": "warning"}.get(worst or "", "ok")
        out.append(f.model_copy(update={"validation": Validation(status=status, checks=checks)}))
    return out
