"""Text repairs that need no geometry: encoding, ligatures, line-end hyphenation,
letter-spaced words, glued footnote markers and figure numbers, letter-interleaved doubles.

Every repair is a pure function of strings; callers count what was changed.
"""

from __future__ import annotations

from collections import Counter

import ftfy
import regex as re

_HYPHEN_END = re.compile(r"(\p{L}+)-$")
# The hyphen stays after an abbreviation or a number ("EU-/burgers", "COVID-/19") and before a
# capital ("Noord-/Holland"): there it is part of the word, not a line-break hyphen.
_KEEP_HYPHEN_BEFORE = re.compile(r"^(?:\p{Lu}{2,}|\d+)$")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

# "T op 10", "V erschillende", "G edurende": the kerning of an overhanging capital was read as
# a space. Only capitals that overhang; "lidstaat A naar" and "lidstaat B wordt" are real. The
# capital opens a word: in "DT&V omvat" it closes an abbreviation and the space is real.
_LETTER_SPACED = re.compile(r"(?<![^\s(\[\"'‘“])([TVWYFPG]) (\p{Ll}{2,})")
# A figure number glued to the word before it: "middelenvereisteFiguur 6 wordt voldaan".
_GLUED_FIGURE = re.compile(r"(?<=\p{Ll})(Figuur|Tabel|Grafiek) (\d{1,3})\b ?")
# A footnote marker glued to a long lower-case word: "Eerste asielaanvragen2 38.380".
_GLUED_MARKER = re.compile(r"(?<=\b\p{L}{6,}\p{Ll})(\d{1,2})(?=[\s,.;:)]|$)")


def fix_text(text: str) -> str:
    """Repair mojibake ("LPâ€™s" -> "LP's") and ligatures; keep everything else as it is."""
    if text.isascii():
        return text  # nothing ftfy could change, and ftfy is the slowest repair
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=True).translate(_LIGATURES)


def join_letter_spaced(text: str) -> tuple[str, int]:
    """"T op 10" -> "Top 10"; returns the text and the number of joins."""
    return _LETTER_SPACED.subn(r"\1\2", text)


def split_glued(text: str) -> tuple[str, list[str]]:
    """Split glued footnote markers and figure numbers off the words they stick to.

    Returns the text without them and the markers found ("2", "Figuur 6").
    """
    found: list[str] = []

    def figure(m: re.Match) -> str:
        found.append(f"{m[1]} {m[2]}")
        return " "

    def marker(m: re.Match) -> str:
        found.append(m[1])
        return ""

    text = _GLUED_FIGURE.sub(figure, text)
    text = _GLUED_MARKER.sub(marker, text)
    return text, found


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


def repair_block_text(text: str) -> tuple[str, list[str], Counter]:
    """The repairs every paragraph gets, in both the PDF and the text path."""
    stats: Counter = Counter()
    text = fix_text(text)
    text, n = join_letter_spaced(text)
    stats["letter_spacing_joined"] += n
    text, marks = split_glued(text)
    stats["glued_markers_split"] += len(marks)
    if marks:
        text = re.sub(r"\s{2,}", " ", text).strip()
    return text, marks, stats


# --- letter-interleaved doubles ---------------------------------------------------------------

def looks_doubled(text: str) -> bool:
    """Every character an even number of times: the mark of two copies of one text merged."""
    body = text.replace(" ", "")
    if len(body) < 8:
        return False
    return all(n % 2 == 0 for n in Counter(body).values())


def undouble(text: str, budget: int = 20000) -> str | None:
    """The text t of which `text` is two interleaved copies ("IMMIIMMIGRATIEGRATIE" -> "IMMIGRATIE").

    Reads the non-space chars left to right; each either extends copy A or must match the next
    char of the lagging copy B. Depth-first with B preferred, bounded by `budget` steps. Spaces
    are put back where both copies had one before the char. None when no t explains the text.
    """
    s = text.strip()
    chars = [(i, ch) for i, ch in enumerate(s) if ch != " "]
    found = _unshuffle("".join(ch for _, ch in chars), budget)
    if found is None:
        return None
    ia, ib = found
    out = []
    for k, (a, b) in enumerate(zip(ia, ib, strict=True)):
        pa, pb = chars[a][0], chars[b][0]
        # a space where both copies have one between the previous char and this one, and
        # neither copy has the two chars side by side
        if k:
            qa, qb = chars[ia[k - 1]][0], chars[ib[k - 1]][0]
            prev = chars[ia[k - 1]][1]
            glued = s[pa - 1] == prev or s[pb - 1] == prev  # copies of one text are interchangeable
            if " " in s[qa:pa] and " " in s[qb:pb] and not glued:
                out.append(" ")
        out.append(chars[a][1])
    return re.sub(r"\( | (?=[),.;:])", lambda m: m[0].strip(), "".join(out))


def _unshuffle(s: str, budget: int) -> tuple[list[int], list[int]] | None:
    """Positions in `s` of copy A's and copy B's chars, or None."""
    n = len(s)
    if n % 2:
        return None
    half = n // 2
    ia: list[int] = []
    ib: list[int] = []
    stack: list[tuple[int, int]] = []  # B choices: (i, len(ia))
    i = steps = 0
    while i < n:
        steps += 1
        if steps > budget:
            return None
        b = len(ib)
        if b < len(ia) and s[ia[b]] == s[i]:
            stack.append((i, len(ia)))
            ib.append(i)
            i += 1
            continue
        if len(ia) < half:
            ia.append(i)
            i += 1
            continue
        while stack:  # dead end: back to the last B choice, take A there instead
            i, la = stack.pop()
            del ia[la:]
            del ib[len([x for x in ib if x < i]):]
            if len(ia) < half:
                ia.append(i)
                i += 1
                break
        else:
            return None
    return (ia, ib) if len(ia) == len(ib) == half else None
