"""JSON Schemas of the records docextract writes, generated from the pydantic models.

    python -m docextract.validate.schemas [FOLDER]    # regenerate (default: the schemas/ folder)

tests/test_validate_schemas.py fails when the checked-in files are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from ..models import DocumentRecord, Fact
from ..resources import schemas_dir
from .report import ValidationReport

SCHEMAS: dict[str, type[BaseModel]] = {
    "fact.schema.json": Fact,
    "document.schema.json": DocumentRecord,
    "validation-report.schema.json": ValidationReport,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema(mode="serialization")}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_schemas(folder: Path | None = None) -> list[Path]:
    from ..output.jsonl import write_atomic

    folder = Path(folder) if folder else schemas_dir()
    written = []
    for name, model in SCHEMAS.items():
        write_atomic(folder / name, schema_text(model))
        written.append(folder / name)
    return written


if __name__ == "__main__":
    for p in write_schemas(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(p)
