"""Whole-pipeline speed on the corpus PDFs, as a ratio to bare pdfplumber in the same run.

    .venv/bin/python benchmarks/bench_pipeline.py [--repeat 3]

Baseline: pdfplumber opening each PDF and running `extract_words` on every page. Measured:
`docextract.extract_document` (ingest, layout, tables, nlp, facts, validate). Best of N runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pdfplumber

from docextract.pipeline import extract_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "pdf"


def baseline(path: Path) -> float:
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
    return time.perf_counter() - start


def pipeline(path: Path) -> float:
    start = time.perf_counter()
    extract_document(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    total_base = total_pipe = 0.0
    print(f"{'document':45} {'pdfplumber s':>12} {'docextract s':>12} {'ratio':>7}")
    for path in sorted(CORPUS.glob("*.pdf")):
        b = min(baseline(path) for _ in range(args.repeat))
        p = min(pipeline(path) for _ in range(args.repeat))
        total_base, total_pipe = total_base + b, total_pipe + p
        print(f"{path.name:45} {b:12.3f} {p:12.3f} {p / b:7.2f}x")
    print(f"{'ALL':45} {total_base:12.3f} {total_pipe:12.3f} {total_pipe / total_base:7.2f}x")


if __name__ == "__main__":
    main()
