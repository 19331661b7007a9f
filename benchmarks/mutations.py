"""How many single-figure errors do the validators catch? Prints the catch rate for the corpus.

    .venv/bin/python benchmarks/mutations.py [--misses]

Facts come from the hand-written answer keys (fixtures/gold); each fact that takes part in a
relation check (breakdown, share, change, repeat, cross-publication) is changed one way at a
time (first digit misread, a digit gained, a digit lost) and the rules are run again.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from docextract.validate.mutations import gold_facts, run_mutations, summary

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    started = time.perf_counter()
    results = run_mutations(gold_facts(ROOT / "fixtures" / "gold"))
    print(summary(results))
    if "--misses" in sys.argv:
        for r in results:
            if not r.caught:
                print(f"  missed {r.kind:12s} {r.fact.value} -> {r.new_value}  {r.fact.id} {r.fact.metric} "
                      f"{r.fact.dimensions} «{r.fact.provenance.quote[:70]}»")
    print(f"({time.perf_counter() - started:.1f}s)")


if __name__ == "__main__":
    main()
