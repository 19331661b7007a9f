"""A corpus manifest (manifest.yaml) says what each file is: publication id, dates, publisher.

The pipeline needs the publication's reference period to anchor relative periods
("de afgelopen twaalf maanden", "In 2023" in a January 2023 edition).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from ..errors import DocextractError
from ..models import DocumentMeta

MANIFEST_NAME = "manifest.yaml"


def load_manifest(path: Path) -> dict[Path, DocumentMeta]:
    """Resolved file path -> its metadata, for every file the manifest lists."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DocextractError(f"{path}: cannot read manifest ({exc})") from exc
    out: dict[Path, DocumentMeta] = {}
    for entry in data.get("documents", []):
        ref = entry.get("reference_period") or {}
        meta = DocumentMeta(
            publication_id=entry.get("id"), title=entry.get("title"), publisher=entry.get("publisher"),
            published=_date(entry.get("published")), reference_start=_date(ref.get("start")),
            reference_end=_date(ref.get("end")), kind=entry.get("kind"),
        )
        for rel in entry.get("files", []):
            out[(path.parent / rel).resolve()] = meta
    return out


def find_meta(file: Path, search_up: int = 3) -> DocumentMeta | None:
    """The manifest entry for `file`, from a manifest.yaml in its folder or up to `search_up` above."""
    file = file.resolve()
    for folder in list(file.parents)[: search_up + 1]:
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            meta = load_manifest(candidate).get(file)
            if meta is not None:
                return meta
    return None


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
