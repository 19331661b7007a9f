"""`docextract layout PATH`: the blocks in reading order with their roles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import DocextractError
from ..ingest import open_source
from ..models import Document
from ..pages import parse_pages

FORMATS = ("text", "json")
ROLE_COLOURS = {"heading": "red", "body": "blue", "list_item": "teal", "caption": "purple",
                "footnote": "gray", "page_header": "gray", "page_footer": "gray", "table": "green",
                "figure": "orange", "sidebar": "magenta", "slug": "black", "dashboard_panel": "brown"}


def layout_command(path: Path, pages: str | None = None, fmt: str = "text", debug_png: Path | None = None) -> None:
    from . import analyse_pdf, analyse_text

    if fmt not in FORMATS:
        raise DocextractError(f"--format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    with open_source(path) as source:
        if source.format == "pdf":
            wanted = parse_pages(pages, source.page_count)
            raws = [r for r in source.pages() if wanted is None or r.number in wanted]
            doc_pages, stats = analyse_pdf(raws)
            if debug_png is not None:
                draw_debug(raws, doc_pages, debug_png)
        else:
            if debug_png is not None:
                raise DocextractError("--debug-png needs a PDF: a text layer has no geometry to draw")
            doc_pages, stats = analyse_text(source.text or "", markdown=source.format == "md")
            wanted = parse_pages(pages, len(doc_pages))
            if wanted is not None:
                doc_pages = [p for p in doc_pages if p.number in wanted]
        doc = Document(doc_id=source.doc_id, path=str(source.path), format=source.format,
                       pages=doc_pages, stats=stats)
    sys.stdout.write(render_json(doc) if fmt == "json" else render_text(doc))


def render_text(doc: Document) -> str:
    out = []
    for page in doc.pages:
        out.append(f"=== page {page.number} ===")
        for b in page.blocks:
            out.append(f"[{b.order:3d}] {b.role.value:<15} {b.text}")
    if doc.stats:
        out.append("--- repairs: " + ", ".join(f"{k}={v}" for k, v in sorted(doc.stats.items())))
    return "\n".join(out) + "\n"


def render_json(doc: Document) -> str:
    data = {
        "doc_id": doc.doc_id, "format": doc.format, "stats": doc.stats,
        "pages": [{"number": p.number, "width": p.width, "height": p.height, "trimbox": p.trimbox,
                   "blocks": [{"order": b.order, "role": b.role.value, "bbox": b.bbox, "text": b.text,
                               "markers": b.markers} for b in p.blocks]}
                  for p in doc.pages],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def draw_debug(raws, pages, folder: Path) -> None:
    """One PNG per page: block boxes coloured by role, with order number and role."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocextractError(f"--debug-png: cannot create {folder} ({exc.strerror or exc})") from exc
    for raw, page in zip(raws, pages, strict=True):
        img = raw.plumber.to_image(resolution=72)
        for b in page.blocks:
            if b.bbox is None:
                continue
            colour = ROLE_COLOURS.get(b.role.value, "red")
            img.draw_rect(b.bbox, fill=None, stroke=colour, stroke_width=1)
            img.draw.text((b.bbox[0] * img.scale, max(0, b.bbox[1] * img.scale - 9)),
                          f"{b.order} {b.role.value}", fill=colour)
        img.save(folder / f"page-{page.number:03d}.png")
