"""Review: what changed between two runs or editions, fact by fact (ids are stable)."""

from .diff import FactChange, FactDiff, diff_facts

__all__ = ["FactChange", "FactDiff", "diff_facts"]
