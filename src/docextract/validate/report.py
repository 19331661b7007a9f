"""The validation report: checks counted by rule and status, failing ones first with their facts."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from .. import __version__
from ..models import Check, Fact
from ..models.fact import CheckStatus, Severity
from .rules import RULES

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class FactRef(BaseModel):
    """Where a person finds a fact that a check involves."""

    id: str
    doc_id: str
    metric: str
    value: int | float
    page: int | None = None
    quote: str


class ReportedCheck(BaseModel):
    rule: str
    severity: Severity
    status: CheckStatus
    message: str
    facts: list[FactRef] = Field(default_factory=list)


class RuleSummary(BaseModel):
    rule: str
    severity: Severity
    description: str = ""
    passed: int = 0
    failed: int = 0
    skipped: int = 0


class ValidationReport(BaseModel):
    """`docextract validate --json`: one run's (or facts file's) checks."""

    version: str
    source: str = Field(..., description="The run folder or facts file checked")
    facts: int
    fact_status: dict[str, int] = Field(default_factory=dict, description="facts per validation status")
    rules: list[RuleSummary]
    failures: list[ReportedCheck] = Field(default_factory=list, description="failing checks, errors first")
    unreadable: list[str] = Field(default_factory=list, description="lines of the input that are not valid facts")

    @property
    def errors(self) -> int:
        return sum(1 for c in self.failures if c.severity == "error") + len(self.unreadable)


def unique_checks(facts: list[Fact]) -> list[Check]:
    """Each check once, although every fact it involves carries a copy."""
    seen: dict[tuple, Check] = {}
    for f in facts:
        for c in f.validation.checks:
            seen.setdefault((c.rule, c.status, c.message, tuple(c.facts)), c)
    return list(seen.values())


def build_report(facts: list[Fact], source: str, unreadable: list[str] | None = None) -> ValidationReport:
    checks = unique_checks(facts)
    by_id = {f.id: f for f in facts}
    summaries = {name: RuleSummary(rule=name, severity=r.severity, description=r.doc) for name, r in RULES.items()}
    for c in checks:
        s = summaries.setdefault(c.rule, RuleSummary(rule=c.rule, severity=c.severity))
        if c.status == "pass":
            s.passed += 1
        elif c.status == "fail":
            s.failed += 1
        else:
            s.skipped += 1
    failing = sorted((c for c in checks if c.status == "fail"),
                     key=lambda c: (_SEVERITY_ORDER.get(c.severity, 9), c.rule, c.message))
    failures = [ReportedCheck(rule=c.rule, severity=c.severity, status=c.status, message=c.message,
                              facts=[FactRef(id=f.id, doc_id=f.doc_id, metric=f.metric, value=f.value,
                                             page=f.provenance.page, quote=f.provenance.quote)
                                     for f in (by_id.get(i) for i in c.facts) if f is not None])
                for c in failing]
    rules = sorted(summaries.values(), key=lambda s: (s.failed == 0, _SEVERITY_ORDER.get(s.severity, 9), s.rule))
    return ValidationReport(version=__version__, source=source, facts=len(facts),
                            fact_status=dict(Counter(f.validation.status for f in facts)),
                            rules=rules, failures=failures, unreadable=list(unreadable or []))


def render(report: ValidationReport, max_failures: int = 50) -> str:
    """The report for people: a table of rules, then the failing checks with quotes and pages."""
    lines = [f"{report.source}: {report.facts} facts; "
             + ", ".join(f"{n} {s}" for s, n in sorted(report.fact_status.items())), ""]
    lines.append(f"{'rule':26s} {'severity':8s} {'fail':>5s} {'pass':>5s} {'skip':>5s}")
    for s in report.rules:
        if s.passed or s.failed or s.skipped:
            lines.append(f"{s.rule:26s} {s.severity:8s} {s.failed:5d} {s.passed:5d} {s.skipped:5d}")
    for u in report.unreadable:
        lines.append(f"UNREADABLE {u}")
    if report.failures:
        lines += ["", f"Failing checks ({len(report.failures)}):"]
    for c in report.failures[:max_failures]:
        lines.append(f"- [{c.severity}] {c.rule}: {c.message.split(': ')[0]}")
        for f in c.facts:
            page = f"p.{f.page}" if f.page else "p.-"
            quote = " ".join(f.quote.split())
            lines.append(f"    {f.doc_id} {page} {f.metric}={f.value}  «{quote[:100]}»  ({f.id})")
    if len(report.failures) > max_failures:
        lines.append(f"... and {len(report.failures) - max_failures} more (use --json for all)")
    return "\n".join(lines)
