"""`docextract validate RUN`: checks by rule and status, failing ones first."""

from __future__ import annotations

from pathlib import Path

from ..errors import DocextractError


def validate_command(run: Path, strict: bool = False, as_json: bool = False) -> None:
    raise DocextractError("validate: not implemented yet")
