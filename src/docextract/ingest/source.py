"""Open a document of any supported kind and hand out its raw pages.

PDF pages are kept as pdfplumber objects (chars, rects, lines, curves, all with bboxes):
turning every char into a pydantic model would cost more than the whole layout stage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .text import decode_bytes, html_to_text

SUPPORTED_SUFFIXES = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}


@dataclass
class RawPage:
    """One PDF page as pdfplumber sees it. Boxes are (x0, top, x1, bottom), top-left origin."""

    number: int
    width: float
    height: float
    rotation: int
    cropbox: tuple[float, float, float, float]
    trimbox: tuple[float, float, float, float] | None
    plumber: Any = field(repr=False)  # pdfplumber.page.Page

    @property
    def chars(self) -> list[dict]:
        return self.plumber.chars


@dataclass
class Source:
    path: Path
    format: str
    sha256: str
    text: str | None = None  # text inputs: the decoded text
    _pdf: Any = field(default=None, repr=False)

    @property
    def doc_id(self) -> str:
        return self.path.name

    def pages(self) -> Iterator[RawPage]:
        if self._pdf is None:
            return iter(())
        return (_raw_page(i + 1, p) for i, p in enumerate(self._pdf.pages))

    @property
    def page_count(self) -> int:
        return len(self._pdf.pages) if self._pdf is not None else 1

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def publication_of(doc_id: str) -> str:
    """'staat-van-migratie-2023.pdf' -> 'staat-van-migratie-2023': a publication's pdf and text
    layer are one publication."""
    p = Path(doc_id)
    return p.stem if p.suffix.lower() in SUPPORTED_SUFFIXES else p.name


def open_source(path: str | Path) -> Source:
    """Open `path`; raise IngestError with a one-line reason when it cannot be read."""
    path = Path(path)
    kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if path.is_dir():
        raise IngestError(f"{path}: is a directory (use 'docextract run DIR')")
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(f"{path}: unsupported file type '{path.suffix or '(none)'}' (supported: {supported})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256(data).hexdigest()
    if kind == "pdf":
        return Source(path, kind, digest, _pdf=_open_pdf(path, data))
    text = decode_bytes(data)
    if kind == "html":
        text = html_to_text(text)
    return Source(path, kind, digest, text=text)


def _open_pdf(path: Path, data: bytes):
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError(f"{path}: not a PDF (no %PDF header)")
    try:
        pdf = pdfplumber.open(path)
        _ = len(pdf.pages)  # forces the page tree: broken files fail here, not mid-pipeline
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many unrelated types
        raise IngestError(f"{path}: broken or encrypted PDF ({type(exc).__name__}: {exc})") from exc
    return pdf


def _raw_page(number: int, page) -> RawPage:
    trim = getattr(page, "trimbox", None)
    return RawPage(
        number=number,
        width=float(page.width),
        height=float(page.height),
        rotation=int(page.rotation or 0),
        cropbox=tuple(float(v) for v in page.cropbox),
        trimbox=tuple(float(v) for v in trim) if trim else None,
        plumber=page,
    )
