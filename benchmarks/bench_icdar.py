"""ICDAR 2013 table competition (EU half): docextract's table finder against camelot, same files,
same run.

    .venv/bin/python benchmarks/bench_icdar.py [--limit N] [--only eu-001,eu-002] [--no-camelot]

Reads ../shared/benchmarks/icdar2013-eu relative to the repository (never copied into it) and
skips with a message when that folder is absent. Prints, per extractor:
- table detection precision / recall / F1: a found table is correct when it and a true region
  overlap by most (> 50%) of the area of each (one-to-one, per page);
- adjacency-relation precision / recall / F1 (the competition's structure measure): for every
  non-empty cell, (cell, nearest non-empty cell to its right) and (cell, nearest non-empty cell
  below), texts with whitespace removed (the key drops spaces inconsistently), compared as multisets per true table against the
  extracted table that overlaps it most;
- grid shape accuracy: share of true tables whose matched table has exactly their row and
  column counts.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".." / "shared" / "benchmarks" / "icdar2013-eu"

Box = tuple[float, float, float, float]  # x0, top, x1, bottom; pdfplumber's top-left origin


@dataclass
class Grid:
    page: int
    bbox: Box
    cells: list[tuple[int, int, int, int, str]]  # row, col, end_row, end_col, text

    @property
    def shape(self) -> tuple[int, int]:
        if not self.cells:
            return (0, 0)
        return (max(c[2] for c in self.cells) + 1, max(c[3] for c in self.cells) + 1)


@dataclass
class Truth:
    tables: list[Grid] = field(default_factory=list)


def norm(text: str) -> str:
    """Whitespace removed: the answer key itself drops spaces inconsistently ("domestic(%)")."""
    return re.sub(r"\s+", "", text or "")


def _to_top(box: tuple[float, float, float, float], height: float) -> Box:
    x1, y1, x2, y2 = box
    return (min(x1, x2), height - max(y1, y2), max(x1, x2), height - min(y1, y2))


def load_truth(stem: Path, heights: dict[int, float]) -> Truth:
    """True tables of one document: one Grid per (table, region) from -str.xml."""
    truth = Truth()
    root = ET.parse(f"{stem}-str.xml").getroot()
    for table in root.iter("table"):
        for region in table.iter("region"):
            page = int(region.get("page"))
            h = heights[page]
            cells = []
            boxes = []
            for cell in region.iter("cell"):
                r0, c0 = int(cell.get("start-row")), int(cell.get("start-col"))
                r1, c1 = int(cell.get("end-row", r0)), int(cell.get("end-col", c0))
                bb = cell.find("bounding-box")
                box = _to_top(tuple(float(bb.get(k)) for k in ("x1", "y1", "x2", "y2")), h)
                boxes.append(box)
                cells.append((r0, c0, r1, c1, norm(cell.findtext("content") or "")))
            reg_box = None
            reg_root = ET.parse(f"{stem}-reg.xml").getroot()
            for t in reg_root.iter("table"):
                if t.get("id") == table.get("id"):
                    for rg in t.iter("region"):
                        if rg.get("id") == region.get("id") and int(rg.get("page")) == page:
                            bb = rg.find("bounding-box")
                            reg_box = _to_top(tuple(float(bb.get(k)) for k in ("x1", "y1", "x2", "y2")), h)
            if reg_box is None and boxes:
                reg_box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                           max(b[2] for b in boxes), max(b[3] for b in boxes))
            truth.tables.append(Grid(page, reg_box, cells))
    return truth


def relations(grid: Grid) -> Counter:
    """Adjacency relations of a grid: (text, right neighbour text, 'R') and (text, below, 'B')."""
    at: dict[tuple[int, int], str] = {}
    for r0, c0, r1, c1, text in grid.cells:
        if text:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    at[(r, c)] = text
    n_rows, n_cols = grid.shape
    out: Counter = Counter()
    for r0, c0, r1, c1, text in grid.cells:
        if not text:
            continue
        for c in range(c1 + 1, n_cols):  # nearest non-empty to the right
            if (r0, c) in at:
                out[(text, at[(r0, c)], "R")] += 1
                break
        for r in range(r1 + 1, n_rows):  # nearest non-empty below
            if (r, c0) in at:
                out[(text, at[(r, c0)], "B")] += 1
                break
    return out


def area(b: Box) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def inter(a: Box, b: Box) -> float:
    return area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def overlaps_mostly(found: Box, true: Box) -> bool:
    i = inter(found, true)
    return area(found) > 0 and area(true) > 0 and i > 0.5 * area(found) and i > 0.5 * area(true)


VERBOSE = False


@dataclass
class Scores:
    det_tp: int = 0
    found: int = 0
    truth: int = 0
    rel_tp: int = 0
    rel_found: int = 0
    rel_truth: int = 0
    shape_ok: int = 0
    seconds: float = 0.0

    @staticmethod
    def f1(tp: int, found: int, truth: int) -> tuple[float, float, float]:
        p = tp / found if found else 0.0
        r = tp / truth if truth else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(found: list[Grid], truth: Truth, s: Scores) -> None:
    s.found += len(found)
    s.truth += len(truth.tables)
    used: set[int] = set()
    for t in truth.tables:
        same_page = [(k, g) for k, g in enumerate(found) if g.page == t.page]
        hit = next((k for k, g in same_page if k not in used and overlaps_mostly(g.bbox, t.bbox)), None)
        if hit is not None:
            used.add(hit)
            s.det_tp += 1
        # structure: against the found table overlapping this one most (whether or not detected)
        best = max(same_page, key=lambda kg: inter(kg[1].bbox, t.bbox), default=None)
        true_rel = relations(t)
        s.rel_truth += sum(true_rel.values())
        if best is None or inter(best[1].bbox, t.bbox) <= 0:
            continue
        got = relations(best[1])
        s.rel_found += sum(got.values())
        s.rel_tp += sum((got & true_rel).values())
        s.shape_ok += best[1].shape == t.shape
        if VERBOSE and best[1].shape != t.shape:
            print(f"    shape p{t.page} true {t.shape} found {best[1].shape}")


# --- extractors -------------------------------------------------------------------------------


def docextract_tables(pdf: Path) -> list[Grid]:
    import pdfplumber

    from docextract.tables.pdf_tables import find_page_tables

    out = []
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, start=1):
            for t in find_page_tables(page, number):
                cells = [(c.row, c.col, c.row + c.row_span - 1, c.col + c.col_span - 1, norm(c.text))
                         for c in t.cells]
                out.append(Grid(number, t.bbox, cells))
    return out


def camelot_tables(pdf: Path, flavor: str, heights: dict[int, float]) -> list[Grid]:
    import camelot

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tables = camelot.read_pdf(str(pdf), pages="all", flavor=flavor)
        except Exception as exc:  # camelot raises on pages it cannot parse
            print(f"  camelot {flavor} failed on {pdf.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return out
    for t in tables:
        page = int(t.page)
        box = _to_top(t._bbox, heights[page])
        df = t.df
        cells = [(r, c, r, c, norm(str(df.iat[r, c]))) for r in range(df.shape[0]) for c in range(df.shape[1])]
        out.append(Grid(page, box, cells))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", default="")
    ap.add_argument("--no-camelot", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    if not DATA.is_dir():
        print(f"skipped: benchmark data not found at {DATA.resolve()} (see ../shared/benchmarks/README.md)")
        return 0
    import pdfplumber

    stems = sorted(p.with_suffix("") for p in DATA.glob("eu-*.pdf"))
    if args.only:
        wanted = set(args.only.split(","))
        stems = [s for s in stems if s.name in wanted]
    if args.limit:
        stems = stems[: args.limit]
    names = ["docextract"] + ([] if args.no_camelot else ["camelot-lattice", "camelot-stream"])
    scores = {n: Scores() for n in names}
    for stem in stems:
        pdf = stem.with_suffix(".pdf")
        with pdfplumber.open(pdf) as doc:
            heights = {i + 1: float(p.height) for i, p in enumerate(doc.pages)}
        truth = load_truth(stem, heights)
        for name in names:
            t0 = time.perf_counter()
            if name == "docextract":
                found = docextract_tables(pdf)
            else:
                found = camelot_tables(pdf, name.split("-")[1], heights)
            scores[name].seconds += time.perf_counter() - t0
            before = (scores[name].det_tp, scores[name].rel_tp, scores[name].rel_truth)
            score_document(found, truth, scores[name])
            if args.verbose:
                s = scores[name]
                print(f"  {stem.name:8} {name:16} found {len(found):2} true {len(truth.tables):2} "
                      f"det {s.det_tp - before[0]} rel {s.rel_tp - before[1]}/{s.rel_truth - before[2]}")
    print(f"ICDAR 2013 EU: {len(stems)} documents, {scores[names[0]].truth} tables")
    print(f"{'extractor':16} {'det P':>6} {'det R':>6} {'det F1':>6}  {'adj P':>6} {'adj R':>6} "
          f"{'adj F1':>6}  {'shape':>6}  {'sec':>5}")
    for name in names:
        s = scores[name]
        dp, dr, df = Scores.f1(s.det_tp, s.found, s.truth)
        ap_, ar, af = Scores.f1(s.rel_tp, s.rel_found, s.rel_truth)
        shape = s.shape_ok / s.truth if s.truth else 0.0
        print(f"{name:16} {dp:6.3f} {dr:6.3f} {df:6.3f}  {ap_:6.3f} {ar:6.3f} {af:6.3f}  {shape:6.3f}  {s.seconds:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
