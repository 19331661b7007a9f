"""`docextract run DIR --out OUT`: every document under DIR, one failure never stopping the rest.

OUT/docs/<doc file>.jsonl   facts per document
OUT/facts.jsonl             all facts
OUT/documents.jsonl         one record per input: ok with counts, or the error
OUT/run.json                summary
"""

from __future__ import annotations

import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..errors import DocextractError
from ..ingest import SUPPORTED_SUFFIXES
from ..ingest.manifest import MANIFEST_NAME, load_manifest
from ..models import DocumentRecord, Fact, RunSummary
from ..pipeline import extract_document
from ..validate import add_run_checks
from .jsonl import dump_fact, write_atomic


def discover(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def run_batch(root: Path, out: Path, on_done: Callable[[DocumentRecord], None] | None = None) -> RunSummary:
    manifest = load_manifest(root / MANIFEST_NAME) if (root / MANIFEST_NAME).is_file() else {}
    records: list[DocumentRecord] = []
    all_facts: list[Fact] = []
    metas = {}  # doc_id -> manifest entry, for the rules that need the publication date
    spans: list[tuple[str, int, int]] = []  # per-document file -> its facts' slice of all_facts
    paths = discover(root)
    # A document is known by its file name; two files of one name in different folders are
    # known by their paths instead, so their facts never share a doc_id or fact ids.
    names = Counter(p.name for p in paths)
    for path in paths:
        rel = path.relative_to(root).as_posix()
        doc_id = rel if names[path.name] > 1 else path.name
        started = time.perf_counter()
        try:
            result = extract_document(path, manifest.get(path.resolve()), doc_id)
        except DocextractError as exc:
            record = DocumentRecord(doc_id=doc_id, path=rel, status="error", error=str(exc))
        except Exception as exc:  # one bad document must not stop the batch
            where = traceback.extract_tb(exc.__traceback__)[-1]
            record = DocumentRecord(doc_id=doc_id, path=rel, status="error",
                                    error=f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})")
        else:
            write_atomic(out / "docs" / f"{rel}.jsonl", "".join(dump_fact(f) + "\n" for f in result.facts))
            spans.append((rel, len(all_facts), len(all_facts) + len(result.facts)))
            all_facts.extend(result.facts)
            if result.document.meta is not None:
                metas[result.document.doc_id] = result.document.meta
            record = DocumentRecord(doc_id=result.document.doc_id, path=rel, format=result.document.format,
                                    sha256=result.sha256, status="ok", facts=len(result.facts),
                                    pages=len(result.document.pages), stats=result.document.stats,
                                    meta=result.document.meta)
        record.seconds = round(time.perf_counter() - started, 3)
        records.append(record)
        if on_done:
            on_done(record)
    # Checks across documents (the same figure in two publications) need every document: add them
    # over the whole run and rewrite the per-document files, so both views agree.
    if all_facts:
        all_facts = add_run_checks(all_facts, metas)
        for rel, start, end in spans:
            write_atomic(out / "docs" / f"{rel}.jsonl", "".join(dump_fact(f) + "\n" for f in all_facts[start:end]))
    write_atomic(out / "facts.jsonl", "".join(dump_fact(f) + "\n" for f in all_facts))
    write_atomic(out / "documents.jsonl", "".join(r.model_dump_json() + "\n" for r in records))
    summary = RunSummary(version=__version__, documents=records, facts=len(all_facts))
    write_atomic(out / "run.json", summary.model_dump_json(indent=2) + "\n")
    return summary
