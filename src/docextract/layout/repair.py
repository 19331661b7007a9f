"""Text repairs that need no geometry: encoding, ligatures, line-end hyphenation."""

from __future__ import annotations

import ftfy
import regex as re

_HYPHEN_END = re.compile(r"(\p{L}+)-$")
# The hyphen stays after an abbreviation or a number ("EU-/burgers", "COVID-/19") and before a
# capital ("Noord-/Holland"): there it is part of the word, not a line-break hyphen.
_KEEP_HYPHEN_BEFORE = re.compile(r"^(?:\p{Lu}{2,}|\d+)$")


def fix_text(text: str) -> str:
    """Repair mojibake ("LPâ€™s" -> "LP's") and ligatures; keep everything else as it is."""
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=True)


def join_hyphenated(lines: list[str]) -> list[str]:
    """Join line-end hyphenation the Dutch way: asiel-/migranten -> asielmigranten.

    The first word of the next line moves up; a line emptied by that disappears.
    """
    lines = list(lines)
    emptied: set[int] = set()
    for i in range(len(lines) - 1):
        cur, nxt = lines[i].rstrip(), lines[i + 1].lstrip()
        m = _HYPHEN_END.search(cur)
        if not m or not nxt or not nxt[0].isalpha():
            continue
        first, _, rest = nxt.partition(" ")
        keep = bool(_KEEP_HYPHEN_BEFORE.match(m.group(1))) or first[0].isupper()
        lines[i] = (cur if keep else cur[:-1]) + first
        lines[i + 1] = rest
        if not rest:
            emptied.add(i + 1)
    return [line for i, line in enumerate(lines) if i not in emptied]
