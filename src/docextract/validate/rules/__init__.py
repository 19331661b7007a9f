"""The rule registry: every rule is a plain function registered once with its name and severity.

A rule function takes a `Context` (the facts in scope, plus what is known about the publications)
and yields `(passed, message, facts)` outcomes, or `(None, message, facts)` for "could not be
checked". The registry turns outcomes into `Check`s, so a rule's name and severity live in one
place and a message can never claim a different rule than the one that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ...models import Check, Fact
from ...models.fact import Severity
from .common import Context

Outcome = tuple[bool | None, str, list[Fact]]
RuleFn = Callable[[Context], Iterable[Outcome]]
Scope = Literal["fact", "document", "run"]


@dataclass(frozen=True)
class Rule:
    name: str
    severity: Severity
    scope: Scope  # fact/document rules run per document; run rules need every document of the run
    fn: RuleFn
    doc: str
    bound: bool = False  # an inequality (parts <= whole): catches a figure too big, never one too small

    def run(self, ctx: Context) -> list[Check]:
        checks = []
        for passed, message, facts in self.fn(ctx):
            status = "skip" if passed is None else "pass" if passed else "fail"
            checks.append(Check(rule=self.name, severity=self.severity, status=status, message=message,
                                facts=list(dict.fromkeys(f.id for f in facts))))
        return checks


RULES: dict[str, Rule] = {}


def rule(name: str, severity: Severity, scope: Scope = "document", bound: bool = False) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        if name in RULES:
            raise ValueError(f"rule {name} registered twice")
        RULES[name] = Rule(name, severity, scope, fn, (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else "",
                           bound)
        return fn
    return register


# Importing the modules registers their rules (order = report order).
from . import ranges, breakdowns, shares, changes, repeats, cross_publication  # noqa: E402, F401, I001

__all__ = ["RULES", "Context", "Outcome", "Rule", "rule"]
