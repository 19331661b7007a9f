"""Validate: facts checked against the schema and against each other; results on each fact."""

from .rules import validate_facts

__all__ = ["validate_facts"]
