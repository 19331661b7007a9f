"""Facts as JSON Lines: one fact per line, fields in contract order."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..errors import DocextractError
from ..models import Fact


def facts_file(run: Path) -> Path:
    """The facts of a run: its folder's facts.jsonl, or a JSONL file given directly."""
    if run.is_dir():
        path = run / "facts.jsonl"
        if not path.is_file():
            raise DocextractError(f"{run}: no facts.jsonl (is it a 'docextract run' output folder?)")
        return path
    if run.is_file():
        return run
    raise DocextractError(f"{run}: no such file or folder")


def dump_fact(fact: Fact) -> str:
    return fact.model_dump_json()


def write_facts(facts: Iterable[Fact], out: IO[str]) -> int:
    n = 0
    for f in facts:
        out.write(dump_fact(f) + "\n")
        n += 1
    return n


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename: a killed run never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_facts(path: Path) -> list[Fact]:
    facts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                facts.append(Fact.model_validate_json(line))
    return facts
