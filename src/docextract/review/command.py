"""`docextract diff OLD NEW`: what a reviewer needs to look at between two runs."""

from __future__ import annotations

import json
from pathlib import Path

from ..evaluate.report import load_run
from .diff import diff_facts


def diff_command(old: Path, new: Path, as_json: bool = False) -> bool:
    """Print the diff; return True when the runs differ."""
    d = diff_facts(load_run(old)[0], load_run(new)[0])
    if as_json:
        print(json.dumps(d.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return not d.empty
    for f in d.removed:
        print(f"- {f.id} {f.doc_id} {f.metric} = {f.value} {f.unit}  «{f.provenance.quote[:90]}»")
    for f in d.added:
        print(f"+ {f.id} {f.doc_id} {f.metric} = {f.value} {f.unit}  «{f.provenance.quote[:90]}»")
    for c in d.changed:
        what = "; ".join(f"{k}: {a!r} -> {b!r}" for k, (a, b) in c.changes.items())
        print(f"~ {c.id} {c.doc_id} {what}  «{c.quote[:90]}»")
    print(f"{len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed, {d.unchanged} unchanged")
    return not d.empty
