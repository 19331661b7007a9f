"""The `docextract eval` report, as a table for people or JSON for machines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import DocextractError
from ..models import Fact
from ..output.jsonl import facts_file, read_facts
from .gold import load_gold
from .scoring import DocumentMatch, Score, evaluate

KINDS = ("text", "table", "chart")


def load_run(run: Path) -> tuple[list[Fact], list[str]]:
    """Facts of a run folder or JSONL file, and the ids of the documents the run covered."""
    facts_path = facts_file(run)
    docs_path = run / "documents.jsonl"
    doc_ids = [json.loads(line)["doc_id"] for line in docs_path.read_text(encoding="utf-8").splitlines()
               if line.strip()] if run.is_dir() and docs_path.is_file() else []
    try:
        facts = read_facts(facts_path)
    except ValueError as exc:
        raise DocextractError(f"{facts_path}: not a facts JSONL file ({str(exc).splitlines()[0]})") from exc
    return facts, doc_ids


def summarise(matches: list[DocumentMatch]) -> dict:
    overall = Score()
    per_kind = {k: Score() for k in KINDS}
    docs = {}
    for m in matches:
        overall.add(m.score())
        for k in KINDS:
            per_kind[k].add(m.score(k))
        docs[m.doc_id] = {"publication": m.publication, **m.score().as_dict(),
                          "kinds": {k: m.score(k).as_dict() for k in KINDS if m.score(k).gold or m.score(k).extracted}}
    return {"documents": docs, "kinds": {k: s.as_dict() for k, s in per_kind.items()}, "overall": overall.as_dict()}


def report(run: Path, gold_dir: Path, show: str | None = None, as_json: bool = False) -> dict:
    facts, doc_ids = load_run(run)
    gold = load_gold(gold_dir)
    matches = evaluate(facts, gold, doc_ids)
    if not matches:
        raise DocextractError(f"no document in {run} has an answer key in {gold_dir}")
    result = summarise(matches)
    shown = None
    if show:
        shown = next((m for m in matches if show in (m.doc_id, m.publication)), None)
        if shown is None:
            raise DocextractError(f"--show {show}: no such document in the run (have: {', '.join(m.doc_id for m in matches)})")
        result["shown"] = {
            "doc_id": shown.doc_id,
            "missed": [g.model_dump(mode="json") for g in shown.missed],
            "false_hits": [f.model_dump(mode="json") for f in shown.false_hits],
            "wrong_metric": [{"gold": g.metric, "extracted": f.metric, "quote": g.quote}
                             for g, f in shown.pairs if g.metric != f.metric],
        }
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_table(result, shown)
    return result


def _print_table(result: dict, shown: DocumentMatch | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 150)
    table = Table(title="docextract eval", show_lines=False)
    for col in ("document", "kind", "gold", "extracted", "matched", "P", "R", "F1", "metric ok", "attrs ok", "page ok"):
        table.add_column(col, justify="left" if col in ("document", "kind") else "right")

    def row(name: str, kind: str, s: dict) -> None:
        table.add_row(name, kind, str(s["gold"]), str(s["extracted"]), str(s["matched"]),
                      f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", f"{s['metric_accuracy']:.3f}",
                      f"{s['attribute_accuracy']:.3f}", f"{s['page_accuracy']:.3f}")

    for doc_id, s in result["documents"].items():
        row(doc_id, "all", s)
        for kind, ks in s["kinds"].items():
            row("", kind, ks)
    table.add_section()
    for kind, s in result["kinds"].items():
        if s["gold"] or s["extracted"]:
            row("ALL", kind, s)
    row("ALL", "all", result["overall"])
    console.print(table)
    if shown is not None:
        console.print(f"\n[bold]{shown.doc_id}[/bold]: {len(shown.missed)} missed, {len(shown.false_hits)} false hits")
        for g in shown.missed:
            console.print(f"  MISS  {g.kind:5} {g.metric} = {g.value} {g.unit} {g.period.start}..{g.period.end} "
                          f"{g.dimensions or ''}  «{g.quote[:100]}»", highlight=False)
        for f in shown.false_hits:
            console.print(f"  FALSE {f.provenance.extractor:5} {f.metric} = {f.value} {f.unit} "
                          f"{f.period.start}..{f.period.end} {f.dimensions or ''}  «{f.provenance.quote[:100]}»",
                          highlight=False)
