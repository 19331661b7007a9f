"""`docextract tables PATH`: every table with page, bbox, caption and its grid of cells."""

from __future__ import annotations

from pathlib import Path

from ..errors import DocextractError


def tables_command(path: Path, pages: str | None = None, fmt: str = "json") -> None:
    raise DocextractError("tables: not implemented yet")
