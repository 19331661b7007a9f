"""Rebuild every corpus PDF from the text layers in corpus/text/.

    python corpus/build/build_all.py            # writes corpus/pdf/*.pdf

Deterministic: the same input gives byte-identical PDFs (fixed creation date, no random ids).
Each builder module exposes `build(text_dir: Path, out_dir: Path) -> list[Path]`.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
BUILDERS = ["staat_van_migratie", "small_docs"]


def main() -> int:
    sys.path.insert(0, str(HERE))
    out_dir = CORPUS / "pdf"
    out_dir.mkdir(exist_ok=True)
    for name in BUILDERS:
        module = importlib.import_module(name)
        for path in module.build(CORPUS / "text", out_dir):
            print(path.relative_to(CORPUS.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
