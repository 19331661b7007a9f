"""`docextract validate RUN`: checks by rule and status, failing ones first."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from pydantic import ValidationError

from ..errors import DocextractError
from ..models import DocumentMeta, DocumentRecord, Fact
from ..output.jsonl import facts_file
from .engine import validate_run
from .report import ValidationReport, build_report, render


def read_facts_leniently(path: Path) -> tuple[list[Fact], list[str]]:
    """Facts of a JSONL file; a line that is not a valid fact (hand-edited) is reported, not fatal."""
    facts, bad = [], []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DocextractError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            facts.append(Fact.model_validate_json(line))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(map(str, err.get("loc", ()))) or "line"
            bad.append(f"{path.name}:{n}: schema.fact: {where}: {err['msg']}")
    return facts, bad


def validate_path(run: Path) -> ValidationReport:
    path = facts_file(run)
    facts, bad = read_facts_leniently(path)
    if not facts and not bad:
        raise DocextractError(f"{path}: no facts to validate")
    # Re-run every rule: the file may have been edited by hand since the run wrote it.
    return build_report(validate_run(facts, _metas(run)), str(run), bad)


def _metas(run: Path) -> dict[str, DocumentMeta]:
    """Publication metadata the run recorded (documents.jsonl), for the date rules."""
    records = run / "documents.jsonl" if run.is_dir() else None
    if records is None or not records.is_file():
        return {}
    metas = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        try:
            record = DocumentRecord.model_validate_json(line)
        except ValidationError:
            continue  # an unreadable record only costs the date checks of its document
        if record.meta is not None:
            metas[record.doc_id] = record.meta
    return metas


def validate_command(run: Path, strict: bool = False, as_json: bool = False) -> None:
    report = validate_path(run)
    if as_json:
        sys.stdout.write(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render(report) + "\n")
    if strict and report.errors:
        raise typer.Exit(code=1)
