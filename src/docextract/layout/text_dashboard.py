"""Dashboard pages in a text layer: many overlapping text layers flattened into lines.

What the extractor made of a dashboard page: the same panel text many times, lines that are
two or three panel columns side by side ("... personen naar Arbeid vormt de ..."), lines in
which two copies of one text are interleaved letter by letter ("IMMIIMMIGRATIEGRATIE") and
lines in which two different texts are interleaved beyond repair. Here that is turned back
into fragments (one panel line each), each fragment once, chained per panel column.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from .repair import looks_doubled, undouble

_TOKEN = re.compile(r"\S+")
_WORDY = re.compile(r"\p{Ll}{3,}")
_END = re.compile(r"[.!?]\)?$")
# Words that open a Dutch sentence, never continue one after a line break in a panel.
_STARTERS = {"In", "Het", "De", "Een", "Dit", "Deze", "Er", "Op", "Voor", "Bij", "Ook", "Sinds",
             "Zo", "Daarnaast", "Daarvan", "Tussen", "Met", "Uit", "Per", "Over", "Dat", "Die", "*"}
MIN_SIDE = 2  # words on either side of a split: one shared word says nothing


def is_dashboard(lines: list[str]) -> bool:
    """Many lines repeated or doubled: text set in overlapping layers."""
    body = [ln.strip() for ln in lines if ln.strip()]
    if len(body) < 30:
        return False
    counts = Counter(body)
    repeated = sum(n for n in counts.values() if n > 1)
    doubled = sum(1 for ln in body if looks_doubled(ln))
    return (repeated + doubled) / len(body) >= 0.2


def token_counts(text: str) -> Counter:
    return Counter(_TOKEN.findall(text))


def dashboard_fragments(lines: list[str], vocab: Counter, stats: Counter) -> list[tuple[str, int]]:
    """(fragment, column) pairs, each fragment once, in order of first appearance."""
    rows = _clean_rows(lines, vocab, stats)
    bounds = _boundaries(rows)
    seen: dict[str, int] = {}
    frags: list[list] = []  # [text, column, key]
    for words in rows:
        cuts = [0, *sorted(bounds.get(tuple(words), ())), len(words)]
        for col, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            text = " ".join(words[a:b])
            key = text.replace(" ", "")
            if key in seen:
                stats["duplicate_fragments_removed"] += 1
                frag = frags[seen[key]]
                frag[1] = max(frag[1], col)
                continue
            seen[key] = len(frags)
            frags.append([text, col, key])
    # a fragment that is part of a longer one is a partial copy of the same line
    keys = sorted((f[2] for f in frags), key=len, reverse=True)
    out = []
    for text, col, key in frags:
        if any(len(k) > len(key) and key in k for k in keys[: keys.index(key)]):
            stats["duplicate_fragments_removed"] += 1
            continue
        out.append((text, col))
    return out


def _clean_rows(lines: list[str], vocab: Counter, stats: Counter) -> list[list[str]]:
    rows = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if looks_doubled(line):
            fixed = undouble(line)
            if fixed:
                stats["interleaved_doubles_undone"] += 1
                line = fixed
        tokens = line.split()
        unknown = sum(1 for t in tokens if vocab[t] <= 1)
        if unknown >= 2 and unknown / len(tokens) > 0.25:
            stats["garbled_lines_dropped"] += 1
            continue  # two different texts interleaved: its clean copies are elsewhere
        rows.append(tokens)
    return rows


def _boundaries(rows: list[list[str]]) -> dict[tuple, set[int]]:
    """Word positions where a line is two or more panel lines side by side.

    A cut at k is believed when another line shares the words before k and then goes on
    differently, and yet another shares the words from k to the end; or where a whole line
    found elsewhere (of two words or more) sits inside this one. Two rounds: the pieces
    found in the first are whole lines for the second.
    """
    uniq = list(dict.fromkeys(tuple(r) for r in rows))
    pre = _divergences(uniq)
    suf = {line[::-1]: {len(line) - k for k in ks}
           for line, ks in _divergences([ln[::-1] for ln in uniq]).items()}
    out: dict[tuple, set[int]] = {}
    for line in uniq:
        both = pre.get(line, set()) & suf.get(line, set())
        if both:
            out[line] = set(both)
    pieces = {ln for ln in uniq if len(ln) >= MIN_SIDE}
    for _ in range(2):
        for line in uniq:
            cuts = out.setdefault(line, set())
            cuts |= _inner_cuts(line, pieces)
        pieces |= {p for line in uniq for p in _split(line, out.get(line, ())) if len(p) >= MIN_SIDE}
    return {k: v for k, v in out.items() if v}


def _inner_cuts(line: tuple, pieces: set[tuple]) -> set[int]:
    """Cut positions around every known piece found inside `line`."""
    text = " " + " ".join(line) + " "
    cuts = set()
    for piece in pieces:
        if len(piece) >= len(line):
            continue
        needle = " " + " ".join(piece) + " "
        at = text.find(needle)
        if at < 0:
            continue
        start = text.count(" ", 0, at)  # words before the piece
        cuts.update(k for k in (start, start + len(piece)) if 0 < k < len(line))
    return cuts


def _split(line: tuple, cuts) -> list[tuple]:
    ks = [0, *sorted(cuts), len(line)]
    return [line[a:b] for a, b in zip(ks, ks[1:], strict=False) if b > a]


def _divergences(lines: list[tuple]) -> dict[tuple, set[int]]:
    """For each line, the prefix lengths after which some other line continues differently."""
    trie: dict = {}
    for line in lines:
        node = trie
        for w in line:
            node = node.setdefault(w, {})
        node[None] = {}
    out: dict[tuple, set[int]] = {}
    for line in lines:
        node = trie
        ks = set()
        for k, w in enumerate(line):
            if k >= MIN_SIDE and len(node) > 1:
                ks.add(k)
            node = node[w]
        out[line] = ks
    return out


def is_sentence_like(text: str) -> bool:
    """Prose rather than a label or axis: mostly lower-case words, not mostly numbers."""
    tokens = text.split()
    lower = sum(1 for t in tokens if t[0].islower() and len(t) > 1)
    upper = sum(1 for t in tokens if t[0].isupper())
    numbers = sum(1 for t in tokens if any(c.isdigit() for c in t))
    return len(tokens) >= 4 and lower >= 2 and lower >= upper and numbers <= lower + 1


def chain_columns(frags: list[tuple[str, int]]) -> list[tuple[str, bool]]:
    """Sentence fragments joined per column in order; label fragments stay alone.

    Returns (text, is_prose) in reading order: the prose chains first, then the labels.
    """
    columns: dict[int, list[str]] = {}
    labels: list[str] = []
    for text, col in frags:
        if is_sentence_like(text):
            columns.setdefault(col, []).append(text)
        else:
            labels.append(text)
    prose: list[str] = []
    for col in sorted(columns):
        current: list[str] = []
        for text in columns[col]:
            first = text.split()[0]
            if current and (first in _STARTERS or (text[:1].isupper() and _END.search(current[-1]))):
                prose.append(" ".join(current))
                current = []
            current.append(text)
        if current:
            prose.append(" ".join(current))
    return [(t, True) for t in prose] + [(t, False) for t in labels]
