"""Run the registered rules and put each check on the facts it involves.

A wrong figure is flagged, never corrected or dropped: the facts come back in the same order,
with the same values, each with `validation.status` and `validation.checks` filled.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from ..models import Check, DocumentMeta, Fact, Validation
from .rules import RULES, Context, Scope

log = logging.getLogger(__name__)

_STATUS_OF_SEVERITY = {"error": "error", "warning": "warning"}
_RANK = {"ok": 0, "warning": 1, "error": 2}


def run_rules(ctx: Context, scopes: Iterable[Scope], raise_errors: bool = False) -> list[Check]:
    checks: list[Check] = []
    scopes = set(scopes)
    for r in RULES.values():
        if r.scope not in scopes:
            continue
        try:
            checks.extend(r.run(ctx))
        except Exception:  # a broken rule must not cost the run its facts
            if raise_errors:
                raise
            log.exception("validation rule %s failed", r.name)
    return checks


def document_checks(facts: list[Fact], metas: dict[str, DocumentMeta] | None = None,
                    raise_errors: bool = False) -> list[Check]:
    """Fact and document rules, one document at a time (rules never relate two documents)."""
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc_id].append(f)
    checks: list[Check] = []
    for doc_facts in by_doc.values():
        checks.extend(run_rules(Context(doc_facts, metas or {}), ("fact", "document"), raise_errors))
    return checks


def attach(facts: list[Fact], checks: list[Check], keep: bool = False) -> list[Fact]:
    """Each fact with the checks that involve it (after the ones it has, with `keep`); its
    status is the worst failing severity."""
    by_fact: dict[str, list[Check]] = defaultdict(list)
    for c in checks:
        for fid in c.facts:
            by_fact[fid].append(c)
    out = []
    for f in facts:
        mine = (list(f.validation.checks) if keep else []) + by_fact.get(f.id, [])
        status = "ok"
        for c in mine:
            if c.status == "fail":
                s = _STATUS_OF_SEVERITY.get(c.severity, "ok")
                if _RANK[s] > _RANK[status]:
                    status = s
        out.append(f.model_copy(update={"validation": Validation(status=status, checks=mine)}))
    return out


def validate_facts(facts: list[Fact], meta: DocumentMeta | None = None) -> list[Fact]:
    """One document's facts, each with the results of the fact and document rules."""
    metas = {f.doc_id: meta for f in facts} if meta else {}
    return attach(facts, document_checks(facts, metas))


def validate_run(facts: list[Fact], metas: dict[str, DocumentMeta] | None = None) -> list[Fact]:
    """All facts of a run, checked again from scratch: per document and across publications.

    Replaces whatever validation the facts carried, so it also checks facts edited by hand.
    """
    metas = metas or {}
    checks = document_checks(facts, metas) + run_rules(Context(facts, metas), ("run",))
    return attach(facts, checks)


def add_run_checks(facts: list[Fact], metas: dict[str, DocumentMeta] | None = None) -> list[Fact]:
    """Facts each document's pipeline has validated, plus the rules that compare publications:
    the per-document checks are kept, not computed again."""
    return attach(facts, run_rules(Context(facts, metas or {}), ("run",)), keep=True)
