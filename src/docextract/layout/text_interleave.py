"""Two different texts merged letter by letter into one line, and taken apart again.

When two text layers of a dashboard are offset by part of a line, the extractor reads a line of
one layer and the next line of the other as one line and merges their letters by position
("In mi20gr22ati ehamotiddeen ..." is "In 2022 hadden de meeste ..." and "migratiemotief ...").
Such a line is evidence that the two texts stand in one panel column, one above the other.
"""

from __future__ import annotations

from collections import Counter, defaultdict

MIN_CHARS = 8  # shorter texts fit into too many lines by chance


def _letters(text: str) -> str:
    return text.replace(" ", "")


def is_interleaving(line: str, *texts: str) -> bool:
    """`line` is the characters of all `texts`, each text kept in its own order (spaces ignored).

    Walks the line keeping the reachable states (chars of each text used so far): for two
    texts at most len(a) + 1 states per char, O(len(a) * len(b)) in all.
    """
    g, parts = _letters(line), [_letters(t) for t in texts]
    if len(g) != sum(map(len, parts)):
        return False
    states = {(0,) * len(parts)}
    for ch in g:
        states = {st[:i] + (st[i] + 1,) + st[i + 1:] for st in states
                  for i, p in enumerate(parts) if st[i] < len(p) and p[st[i]] == ch}
        if not states:
            return False
    return True  # the lengths add up, so any state left has used every text whole


def interleaved_pairs(lines: list[str], texts: list[str]) -> set[frozenset[str]]:
    """Pairs of `texts` whose letters, merged, make one of `lines`."""
    return {frozenset((a, b)) for _, a, b in merges(lines, texts)}


def merges(lines: list[str], texts: list[str]) -> list[tuple[str, str, str]]:
    """(line, a, b) for each line that is two of `texts` with their letters merged.

    A pair is looked for only where the letter counts add up exactly, so the quadratic check
    runs on a handful of candidates per line.
    """
    texts = [t for t in dict.fromkeys(texts) if len(_letters(t)) >= MIN_CHARS]
    counts = {t: Counter(_letters(t)) for t in texts}
    by_counts: dict[frozenset, list[str]] = defaultdict(list)
    for t in texts:
        by_counts[frozenset(counts[t].items())].append(t)
    found: list[tuple[str, str, str]] = []
    for line in dict.fromkeys(lines):
        have = Counter(_letters(line))
        seen: set[frozenset] = set()
        for a in texts:
            need = counts[a]
            if len(need) > len(have) or any(have[ch] < n for ch, n in need.items()):
                continue
            for b in by_counts.get(frozenset((have - need).items()), ()):
                pair = frozenset((a, b))
                if b != a and pair not in seen and is_interleaving(line, a, b):
                    seen.add(pair)
                    found.append((line, a, b))
    return found


def _reach(g: str, a: str, b: str) -> tuple[list[list[bool]], list[list[bool]]]:
    """fwd[i][j]: g[:i+j] is a merge of a[:i] and b[:j]; bwd[i][j]: g[i+j:] of a[i:] and b[j:]."""
    n, m = len(a), len(b)
    fwd = [[False] * (m + 1) for _ in range(n + 1)]
    fwd[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if i and fwd[i - 1][j] and a[i - 1] == g[i + j - 1]:
                fwd[i][j] = True
            if j and fwd[i][j - 1] and b[j - 1] == g[i + j - 1]:
                fwd[i][j] = True
    bwd = [[False] * (m + 1) for _ in range(n + 1)]
    bwd[n][m] = True
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i < n and bwd[i + 1][j] and a[i] == g[i + j]:
                bwd[i][j] = True
            if j < m and bwd[i][j + 1] and b[j] == g[i + j]:
                bwd[i][j] = True
    return fwd, bwd


def project_cut(line: str, a: str, b: str, cut: int) -> int | None:
    """Where a cut of `a` falls in `b`, read from the line that merges their letters.

    `cut` counts the letters of `a` before it. The two texts merged in one line were set one
    over the other, so a column gap in one lies where the other's letters meet it. Returns the
    number of letters of `b` before the gap, when every way of taking the line apart agrees
    on the word gap of `b` it falls in; else None.
    """
    g, la, lb = _letters(line), _letters(a), _letters(b)
    if len(g) != len(la) + len(lb) or not 0 < cut < len(la):
        return None
    fwd, bwd = _reach(g, la, lb)
    # the ways that take a's letter at `cut` next, after j letters of b
    js = [j for j in range(len(lb) + 1)
          if fwd[cut][j] and la[cut] == g[cut + j] and bwd[cut + 1][j]]
    gaps = set()
    for j in js:
        gaps.add(_word_gap(b, j))
    return gaps.pop() if len(gaps) == 1 and None not in gaps else None


def _word_gap(text: str, letters: int) -> int | None:
    """`letters` when a word of `text` ends right there, else None."""
    ends = [0]
    for word in text.split():
        ends.append(ends[-1] + len(word))
    return letters if letters in ends[1:-1] else None
