"""Output: facts as JSON Lines, and batch runs over a folder of documents."""

from .batch import discover, run_batch
from .jsonl import read_facts, write_facts

__all__ = ["discover", "read_facts", "run_batch", "write_facts"]
