"""Answer keys: fixtures/gold/*.jsonl, one statistic per line (see fixtures/gold/README.md)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Literal

from ..errors import DocextractError
from ..models.candidate import Measurement


class GoldFact(Measurement):
    doc: str
    kind: Literal["text", "table", "chart"]
    quote: str
    page: int | None = None
    where: str | None = None


def load_gold(folder: Path) -> dict[str, list[GoldFact]]:
    """Publication id -> its key lines, from every *.jsonl in `folder`."""
    if not folder.is_dir():
        raise DocextractError(f"{folder}: no such answer-key folder")
    out: dict[str, list[GoldFact]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                g = GoldFact.model_validate_json(line)
            except ValueError as exc:
                raise DocextractError(f"{path.name}:{n}: not a valid key line ({exc.errors()[0]['msg'] if hasattr(exc, 'errors') else exc})") from exc
            out[g.doc].append(g)
    return dict(out)
