"""Validate: facts checked against the contract and against each other; results on each fact.

- `validate_facts(facts)`: one document (called by the pipeline);
- `validate_run(facts)`: a whole run from scratch, adding the rules that compare publications;
- `add_run_checks(facts)`: only the rules that compare publications, on facts already validated;
- rules live in `validate.rules` (one registry: name, severity, function);
- `docextract validate RUN` re-runs them on a run folder (`validate.command`).
"""

from .engine import add_run_checks, attach, document_checks, run_rules, validate_facts, validate_run
from .rules import RULES

__all__ = ["RULES", "add_run_checks", "attach", "document_checks", "run_rules", "validate_facts", "validate_run"]
