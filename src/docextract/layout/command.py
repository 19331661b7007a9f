"""`docextract layout PATH`: the blocks in reading order with their roles."""

from __future__ import annotations

from pathlib import Path

from ..errors import DocextractError


def layout_command(path: Path, pages: str | None = None, fmt: str = "text", debug_png: Path | None = None) -> None:
    raise DocextractError("layout: not implemented yet")
