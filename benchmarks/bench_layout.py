"""Time of the layout stage on the Staat van Migratie PDF, as a ratio to pdfplumber's extract_words.

    .venv/bin/python benchmarks/bench_layout.py [PDF] [--repeat N]

Both sides start from a freshly opened PDF, so both pay for pdfminer's parsing of the pages
(what the pipeline pays too); the second ratio leaves parsing out (chars already parsed).
Target: layout <= 1.5x extract_words.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import pdfplumber

from docextract.ingest import open_source
from docextract.layout.pdf_layout import analyse_page

DEFAULT = Path(__file__).resolve().parent.parent / "corpus" / "pdf" / "staat-van-migratie-2023.pdf"


def _extract_words(path: Path, parsed: bool) -> float:
    with pdfplumber.open(path) as pdf:
        total = 0.0
        for page in pdf.pages:
            if parsed:
                _ = page.chars
            t = time.perf_counter()
            page.extract_words()
            total += time.perf_counter() - t
            page.close()
    return total


def _layout(path: Path, parsed: bool) -> float:
    with open_source(path) as source:
        total = 0.0
        stats: Counter = Counter()
        for raw in source.pages():
            if parsed:
                _ = raw.plumber.chars, raw.plumber.rects
            t = time.perf_counter()
            analyse_page(raw, stats)
            total += time.perf_counter() - t
            raw.plumber.close()
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not args.pdf.exists():
        raise SystemExit(f"{args.pdf}: not built yet (python corpus/build/build_all.py)")
    for parsed in (False, True):
        ew = min(_extract_words(args.pdf, parsed) for _ in range(args.repeat))
        lay = min(_layout(args.pdf, parsed) for _ in range(args.repeat))
        what = "excluding parsing" if parsed else "including parsing"
        print(f"{args.pdf.name} ({what}): extract_words {ew:.2f}s  layout {lay:.2f}s  ratio {lay / ew:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
