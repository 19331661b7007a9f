"""`docextract tables PATH`: every table with page, bbox, caption and its grid of cells."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from ..errors import DocextractError
from ..ingest import open_source
from ..models import Document, Table
from ..pages import parse_pages

FORMATS = ("json", "csv", "md")


def find_tables(path: Path, pages: str | None = None) -> list[Table]:
    from .pdf_tables import pdf_tables
    from .text_tables import text_tables

    with open_source(path) as source:
        doc = Document(doc_id=source.doc_id, path=str(path), format=source.format)
        if source.format == "pdf":
            wanted = parse_pages(pages, source.page_count)
            return pdf_tables(source, doc, pages=wanted)
        from .. import layout

        doc = layout.analyse(source)  # its pages give each text-layer table its page
        found = text_tables(source.text or "", doc)
        wanted = parse_pages(pages, max([t.page for t in found] + [1]))
        return [t for t in found if wanted is None or t.page in wanted]


def table_dict(t: Table) -> dict:
    return {
        "page": t.page, "bbox": t.bbox, "kind": t.kind, "method": t.method, "title": t.title,
        "section": t.section,
        "caption": t.caption.model_dump(mode="json") if t.caption else None,
        "n_rows": t.n_rows, "n_cols": t.n_cols, "header_rows": t.header_rows,
        "cells": [{"row": c.row, "col": c.col, "text": c.text, "bbox": c.bbox, "row_span": c.row_span,
                   "col_span": c.col_span, "header": c.header, "total": c.total,
                   "row_path": c.row_path, "col_path": c.col_path} for c in t.cells],
    }


def _label(t: Table, k: int) -> str:
    cap = t.caption.text if t.caption else (t.title or "")
    return f"table {k} (page {t.page}, {t.kind}, {t.method}){': ' + cap if cap else ''}"


def render(tables: list[Table], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([table_dict(t) for t in tables], ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    for k, t in enumerate(tables, start=1):
        grid = t.grid()
        if fmt == "csv":
            out.write(f"# {_label(t, k)}\n")
            csv.writer(out, lineterminator="\n").writerows(grid)
            out.write("\n")
        else:
            out.write(f"### {_label(t, k)}\n\n")
            if not grid:
                continue
            cols = max(len(r) for r in grid)
            head = grid[0] if t.header_rows else [""] * cols
            body = grid[1:] if t.header_rows else grid
            cell = lambda s: s.replace("|", "\\|").replace("\n", " ")  # noqa: E731
            out.write("| " + " | ".join(cell(x) for x in head) + " |\n")
            out.write("|" + "---|" * cols + "\n")
            for r in body:
                out.write("| " + " | ".join(cell(x) for x in r) + " |\n")
            out.write("\n")
    return out.getvalue()


def tables_command(path: Path, pages: str | None = None, fmt: str = "json") -> None:
    if fmt not in FORMATS:
        raise DocextractError(f"--format: unknown format '{fmt}' (use one of: {', '.join(FORMATS)})")
    sys.stdout.write(render(find_tables(Path(path), pages), fmt))
