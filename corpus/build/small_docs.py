"""Builder for the four small publications (everything but the Staat van Migratie).

    python corpus/build/small_docs.py            # writes corpus/pdf/<id>.pdf for the four ids

Each publication has its own module (small_kerncijfers, small_ind, small_vragen): content is
parsed from the text layer in corpus/text/, the layout re-creates the original's traps.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the modules below live next to this file
    sys.path.insert(0, str(HERE))

import small_ind  # noqa: E402
import small_kerncijfers  # noqa: E402
import small_vragen  # noqa: E402

MODULES = [small_kerncijfers, small_ind, small_vragen]


def build(text_dir: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for module in MODULES:
        written += module.build(Path(text_dir), Path(out_dir))
    return written


if __name__ == "__main__":
    for path in build(HERE.parent / "text", HERE.parent / "pdf"):
        print(path)
