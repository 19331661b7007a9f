"""Sentences per second of the NLP stage (segmentation + spaCy pipeline + linking) on the corpus.

    .venv/bin/python benchmarks/bench_nlp.py [corpus-dir] [--repeat N]

Layout runs once per document beforehand and is not timed; one process, one core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from docextract import layout
from docextract.ingest import SUPPORTED_SUFFIXES, open_source
from docextract.ingest.manifest import find_meta
from docextract.nlp.extract import document_sentences, extract_facts
from docextract.nlp.pipeline import default_pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = []
    for path in sorted(Path(args.corpus).rglob("*")):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        with open_source(path) as src:
            docs.append((path.name, layout.analyse(src, find_meta(path))))
    default_pipeline()  # build once, outside the timing
    extract_facts(docs[0][1])
    n_sent = sum(len(document_sentences(d)) for _, d in docs)
    best = float("inf")
    facts = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        facts = sum(len(extract_facts(d)) for _, d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"documents: {len(docs)}  sentences: {n_sent}  facts: {facts}")
    print(f"best of {args.repeat}: {best:.3f} s  ->  {n_sent / best:,.0f} sentences/s")


if __name__ == "__main__":
    main()
