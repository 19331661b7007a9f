"""Where the shipped data lives: schemas/ (metrics taxonomy, JSON Schemas) and package data.

In a wheel, schemas/ is packaged as docextract/_schemas; in a source checkout (editable
install) it is the repository's top-level schemas/ folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def schemas_dir() -> Path:
    packaged = PACKAGE_DIR / "_schemas"
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent.parent / "schemas"


@cache
def load_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def metrics() -> list[dict]:
    return load_yaml(schemas_dir() / "metrics.yaml").get("metrics", [])


def metric_ids() -> set[str]:
    return {m["id"] for m in metrics()}


def dimensions() -> dict[str, dict]:
    return load_yaml(schemas_dir() / "dimensions.yaml").get("dimensions", {})


def data_file(name: str) -> dict:
    return load_yaml(DATA_DIR / name)
