"""Page labels: the number a page prints in its footer or header ("De Staat van Migratie 2023 113",
"... 22/36"). A reader cites that number, not the file's page index, and a text layer has no
other page reference at all.
"""

from __future__ import annotations

import re

from ..models import Page, Role

# A folio ends the furniture line: "... 113" or a counter "22/36"; never a time or date ("09:41").
_FOLIO = re.compile(r"(?<![\d:.\-/])(\d{1,4})(?:\s*/\s*\d{1,4})?\s*$")
_FURNITURE = (Role.PAGE_FOOTER, Role.PAGE_HEADER)
_TITLE = re.compile(r"[^\W\d_]{2,}")


def page_label(page: Page) -> str | None:
    """The folio of the page's footer (or else header), if it prints one.

    A running footer with its title ("De Staat van Migratie 2023 57") beats a lone number (which
    may be a footnote number at the foot of the page); among equals the lowest on the page wins.
    """
    for role in _FURNITURE:
        found = [(bool(_TITLE.search(b.text)), b.bbox[3] if b.bbox else i, m[1])
                 for i, b in enumerate(page.blocks) if b.role == role and (m := _FOLIO.search(b.text))]
        if found:
            return max(found)[2]
    return None


def label_pages(pages: list[Page]) -> list[Page]:
    return [p.model_copy(update={"label": page_label(p)}) for p in pages]
