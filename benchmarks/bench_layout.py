"""Time of the layout stage on the Staat van Migratie PDF, as a ratio to pdfplumber's extract_words.

    .venv/bin/python benchmarks/bench_layout.py [PDF] [--repeat N]

Both sides start from a freshly opened PDF, so both pay for pdfminer's parsing of the pages
(what the pipeline pays too); the second ratio leaves parsing out (chars already parsed).
Besides wall time, the CPU time of this process: on a machine shared with other work the
wall-time ratio swings with the load, the CPU-time ratio much less. Best of --repeat runs.
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


def _extract_words(path: Path, parsed: bool) -> tuple[float, float]:
    """Wall and CPU seconds."""
    with pdfplumber.open(path) as pdf:
        wall = cpu = 0.0
        for page in pdf.pages:
            if parsed:
                _ = page.chars
            t, c = time.perf_counter(), time.process_time()
            page.extract_words()
            wall, cpu = wall + time.perf_counter() - t, cpu + time.process_time() - c
            page.close()
    return wall, cpu


def _layout(path: Path, parsed: bool) -> tuple[float, float]:
    with open_source(path) as source:
        wall = cpu = 0.0
        stats: Counter = Counter()
        for raw in source.pages():
            if parsed:
                _ = raw.plumber.chars, raw.plumber.rects
            t, c = time.perf_counter(), time.process_time()
            analyse_page(raw, stats)
            wall, cpu = wall + time.perf_counter() - t, cpu + time.process_time() - c
            raw.plumber.close()
    return wall, cpu


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _ in runs), min(c for _, c in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not args.pdf.exists():
        raise SystemExit(f"{args.pdf}: not built yet (python corpus/build/build_all.py)")
    for parsed in (False, True):
        ew = _best([_extract_words(args.pdf, parsed) for _ in range(args.repeat)])
        lay = _best([_layout(args.pdf, parsed) for _ in range(args.repeat)])
        what = "excluding parsing" if parsed else "including parsing"
        print(f"{args.pdf.name} ({what}): extract_words {ew[0]:.2f}s  layout {lay[0]:.2f}s  ratio {lay[0] / ew[0]:.2f}x"
              f"  | CPU: extract_words {ew[1]:.2f}s  layout {lay[1]:.2f}s  ratio {lay[1] / ew[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
