"""Dashboard pages in a text layer: many overlapping text layers flattened into lines.

What the extractor made of a dashboard page: the same panel text many times, lines that are
two or three panel columns side by side ("... personen naar Arbeid vormt de ..."), lines in
which two copies of one text are interleaved letter by letter ("IMMIIMMIGRATIEGRATIE") and
lines in which two different texts are interleaved beyond repair. Here that is turned back
into fragments (one panel line each), each fragment once, chained per panel column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import regex as re

from ..calendar_nl import is_year
from .regions import is_numeric
from .repair import join_hyphenated, looks_doubled, undouble
from .roles import SLUG
from .text_interleave import interleaved_pairs, merges, project_cut

_TOKEN = re.compile(r"\S+")
_WORDY = re.compile(r"\p{Ll}{3,}")
SENTENCE_END = re.compile(r"[.!?]\)?$")
# Words that open a Dutch sentence, never continue one after a line break in a panel.
_STARTERS = {"In", "Het", "De", "Een", "Dit", "Deze", "Er", "Op", "Voor", "Bij", "Ook", "Sinds",
             "Zo", "Daarnaast", "Daarvan", "Tussen", "Met", "Uit", "Per", "Over", "Dat", "Die", "*"}
MIN_SIDE = 2  # words on either side of a split: one shared word says nothing
NEAR_GAP = 2  # words between a known column gap and one carried over from another row


MIN_EVIDENCE = 3  # interleaved lines, or long lines seen three times or more


def is_dashboard(lines: list[str]) -> bool:
    """A page that shows the damage of text set in overlapping layers.

    Only real damage counts: an InDesign slug line, lines in which two copies of one text are
    interleaved letter by letter, or several long lines repeated three times or more. A web
    page's bullet lists ("- Syrië" twice) or one paragraph printed twice are ordinary text.
    """
    body = [ln.strip() for ln in lines if ln.strip()]
    if any(SLUG.search(ln) for ln in body):
        return True
    if len(body) < 20:
        return False
    interleaved = sum(1 for ln in body if is_interleaved(ln))
    if interleaved >= MIN_EVIDENCE:
        return True
    counts = Counter(ln for ln in body if len(ln) >= 20)
    return sum(1 for n in counts.values() if n >= 3) >= MIN_EVIDENCE


MAX_LAYER_SHARE = 0.1  # lines repeated or merged on a page of one text layer


def is_single_layer(lines: list[str]) -> bool:
    """A dashboard page set in one text layer: its panel columns are read across and mixed,
    but hardly a line comes twice or merged with another; every line is kept as it is."""
    body = [ln.strip() for ln in lines if ln.strip()]
    if not body:
        return True
    counts = Counter(body)
    layered = sum(1 for ln in body if counts[ln] > 1 or (len(ln) >= 20 and is_interleaved(ln)))
    return layered <= MAX_LAYER_SHARE * len(body)


TILE_REACH = 6  # lines below a row of figures that may hold their labels


def text_tiles(lines: list[str]) -> tuple[list[str], int]:
    """Key-figure tiles side by side on a single-layer page, read across: a line of lone
    figures ('360 150'), then lines of as many words, one per tile, that go on in lower case
    ('ongewenst- zware', 'verklaringen inreisverboden'); lines of another panel in between have
    another number of words, and a line that opens with a figure ends the tiles. Each tile
    becomes one line ('360 ongewenstverklaringen', '150 zware inreisverboden'), in place of
    the row of figures. Returns the lines and how many tiles were rebuilt."""
    out = list(lines)
    rebuilt = 0
    i = 0
    while i < len(out):
        figures = out[i].split()
        if len(figures) < 2 or not all(is_numeric(f) and not is_year(f) for f in figures):
            i += 1
            continue
        k = len(figures)
        rows: list[int] = []
        for j in range(i + 1, min(len(out), i + 1 + TILE_REACH)):
            words = out[j].split()
            if words and is_numeric(words[0]):
                break
            if len(words) == k and all(w[:1].islower() for w in words):
                rows.append(j)
        if not rows:
            i += 1
            continue
        columns = [[f] for f in figures]
        for j in rows:
            for col, word in zip(columns, out[j].split(), strict=True):
                col.append(word)
        tiles = [" ".join(join_hyphenated(col)) for col in columns]
        for j in reversed(rows):
            del out[j]
        out[i:i + 1] = tiles
        rebuilt += k
        i += k
    return out, rebuilt


@lru_cache(maxsize=8192)  # pure, and asked of the same lines by the page tests and the repair
def is_interleaved(line: str) -> bool:
    """Two copies of one text merged letter by letter ("IMMIIMMIGRATIEGRATIE"), not a line that
    merely repeats its words ("Ingewilligd Ingewilligd")."""
    if not looks_doubled(line):
        return False
    single = undouble(line)
    if not single:
        return False
    words = set(single.split())
    return any(tok not in words for tok in line.split())


def token_counts(text: str) -> Counter:
    return Counter(_TOKEN.findall(text))


@dataclass
class Evidence:
    """What the lines of a dashboard page say about its panel columns; keys are fragments
    without their spaces."""

    follows: dict[str, Counter] = field(default_factory=dict)  # key -> keys right above it
    apart: set[frozenset] = field(default_factory=set)  # side by side in one row: two columns
    together: set[frozenset] = field(default_factory=set)  # letters merged in one line: one column


def dashboard_fragments(lines: list[str], vocab: Counter, stats: Counter,
                        evidence: Evidence | None = None) -> list[tuple[str, int]]:
    """(fragment, column) pairs, each fragment once, in order of first appearance.

    `evidence`, when given, is filled with what the rows say about reading order: when two
    consecutive rows are cut into the same number of pieces, piece k of the second row
    continues piece k of the first (the same panel column, one line further down); pieces of
    one row stand in different columns; two fragments whose letters are merged in one line
    stand in one column.
    """
    garbled: list[str] = []
    rows = _clean_rows(lines, vocab, stats, garbled)
    bounds = _boundaries(rows)
    _add_seams(rows, bounds)
    cut = _project_bounds(rows, bounds, garbled)
    if cut:
        stats["column_gaps_from_merged_lines"] += len(cut)
        pieces = {p for line in cut for p in _split(line, bounds[line]) if len(p) >= MIN_SIDE}
        for line in dict.fromkeys(tuple(r) for r in rows):  # the pieces found that way cut the rows they sit in
            bounds.setdefault(line, set()).update(_inner_cuts(line, pieces))
    seen: dict[str, int] = {}
    frags: list[list] = []  # [text, column, key]
    prev_keys: list[str] = []
    for words in rows:
        cuts = [0, *sorted(bounds.get(tuple(words), ())), len(words)]
        # the seams are cuts already (_add_seams): the pieces need no second look
        texts = [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
        keys = []
        for col, text in enumerate(texts):
            key = text.replace(" ", "")
            keys.append(key)
            if key in seen:
                stats["duplicate_fragments_removed"] += 1
                frag = frags[seen[key]]
                frag[1] = max(frag[1], col)
                continue
            seen[key] = len(frags)
            frags.append([text, col, key])
        if evidence is not None:
            evidence.apart.update(frozenset((a, b)) for a in keys for b in keys if a != b)
            if len(keys) == len(prev_keys):
                for before, after in zip(prev_keys, keys, strict=True):
                    if before != after:
                        evidence.follows.setdefault(after, Counter())[before] += 1
        prev_keys = keys
    # a fragment that is part of a longer one is a partial copy of the same line
    keys = sorted((f[2] for f in frags if not is_garbled(f[0])), key=len, reverse=True)
    out = []
    for text, col, key in frags:
        if any(len(k) > len(key) and key in k for k in keys):
            stats["duplicate_fragments_removed"] += 1
            continue
        out.append((text, col))
    if evidence is not None:
        pairs = interleaved_pairs(garbled, [t for t, _ in out])
        evidence.together.update(frozenset(t.replace(" ", "") for t in p) for p in pairs)
    return out


def _add_seams(rows: list[list[str]], bounds: dict[tuple, set[int]]) -> None:
    """The seams inside each row's prose pieces become column gaps of the row."""
    for words in dict.fromkeys(tuple(r) for r in rows):
        cuts = [0, *sorted(bounds.get(words, ())), len(words)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            text = " ".join(words[a:b])
            if not _is_prose(text):
                continue
            at = a
            for part in _seams(text)[:-1]:
                at += len(part.split())
                bounds.setdefault(words, set()).add(at)


def _project_bounds(rows: list[list[str]], bounds: dict[tuple, set[int]], garbled: list[str]) -> set[tuple]:
    """Column gaps carried from one row to another through a line that merges their letters
    (the two rows were set one over the other, so their columns line up). Returns the rows
    that got a new gap."""
    uniq = {" ".join(r): tuple(r) for r in rows}
    added: set[tuple] = set()
    for line, a, b in merges(garbled, list(uniq)):
        for src, dst in ((a, b), (a, b)[::-1]):
            words_src, words_dst = uniq[src], uniq[dst]
            for k in bounds.get(words_src, ()):
                cut = sum(len(w) for w in words_src[:k])
                gap = project_cut(line, src, dst, cut)
                if gap is None:
                    continue
                ends = [sum(len(w) for w in words_dst[:i]) for i in range(1, len(words_dst))]
                at = ends.index(gap) + 1
                # the columns line up only roughly: a gap the row already has nearby stands
                if all(abs(at - k) > NEAR_GAP for k in bounds.setdefault(words_dst, set())):
                    bounds[words_dst].add(at)
                    added.add(words_dst)
    return added


def _clean_rows(lines: list[str], vocab: Counter, stats: Counter, garbled: list[str] | None = None) -> list[list[str]]:
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
            if garbled is not None:
                garbled.append(line)
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


# Dutch function words: a panel line of prose has one, a legend ("Gezin: gezinshereniging
# Gezin: gezinsvorming Arbeid: kennis") or an axis has none.
_FUNCTION = {"de", "het", "een", "van", "in", "naar", "om", "met", "op", "is", "was", "zijn", "waren",
             "hebben", "hadden", "heeft", "had", "werden", "wordt", "worden", "voor", "uit", "die", "dat",
             "en", "te", "door", "aan", "tot", "als", "of", "bij", "niet", "dan", "daarvan", "wie"}
_SEAM_HYPHEN = re.compile(r"(?<=\p{L}-) (?=\p{Ll})")  # "niet- geregistreerd": a line end inside a row
_ABBREV = re.compile(r"^(?:\p{L}\.){2,}$|^(?:nr|art|o\.a|excl|incl|ca|blz)\.$", re.I)
_LAST_LINE = re.compile(r"^\p{L}[^.]*\p{Ll}[^.]*[.]$")  # a few words closing a sentence
_NUMBERS_ASIDE = re.compile(r"^\([^()]*\d[^()]*\)\.?$")  # "(29.000; +57%)": the end of a panel sentence


# A word with digits inside its letters ("va50.000n", "53(Oekraïne).%") or a number with a
# broken thousands grouping ("104.5101"): letters of two layers mixed, beyond repair.
_MIXED = re.compile(r"\p{L}{2,}\d|\d[\d.,]*\p{L}{3,}|\d\(|\)\.%")
_BAD_NUMBER = re.compile(r"^\(?[+-]?\d+\.(?!\d{3}\b)|\d\.\d{4,}")


def _is_prose(text: str) -> bool:
    if not is_sentence_like(text) or sum(1 for t in text.split() if t.endswith(":")) >= 2:
        return False
    return "." in text or any(t.lower().strip(",.;:()") in _FUNCTION for t in text.split())


def is_garbled(text: str) -> bool:
    return any(_MIXED.search(t) or _BAD_NUMBER.search(t) for t in text.split())


MAX_VARIANT_EDITS = 2  # letters in which a mixed-up copy differs from the clean one


def drop_variants(frags: list[tuple[str, int]], vocab: Counter) -> list[tuple[str, int]]:
    """Of two fragments that differ in a letter or two ("stond op de 2 plek" / "stond op dee 2
    plek", "migratiemotief" / "migratiemotie ef"), the one with the rarer word is a mixed-up copy."""
    def rarest(words: list[str]) -> int:
        return min(vocab[w] for w in words)

    keys = [t.replace(" ", "") for t, _ in frags]
    worse: set[int] = set()
    for i, a in enumerate(keys):
        for j in range(i + 1, len(keys)):
            b = keys[j]
            if abs(len(a) - len(b)) > MAX_VARIANT_EDITS or min(len(a), len(b)) < 10 or a[:2] != b[:2]:
                continue
            if _edits(a, b) > MAX_VARIANT_EDITS:
                continue
            ra, rb = rarest(frags[i][0].split()), rarest(frags[j][0].split())
            if ra != rb:
                worse.add(i if ra < rb else j)
    return [f for k, f in enumerate(frags) if k not in worse]


def _edits(a: str, b: str) -> int:
    """Letters inserted, deleted or replaced between a and b (difflib's alignment)."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _ends_sentence(word: str) -> bool:
    """A word that closes a sentence ('bescherming).'), not an abbreviation ('art.', 'o.a.')."""
    return bool(SENTENCE_END.search(word)) and not _ABBREV.match(word)


def _seams(text: str) -> list[str]:
    """A fragment cut where two panel columns still touch: a hyphenated line end in mid-row, a
    sentence opener right after a word that ends no sentence ("... voor gemiddeld In 2022 ..."),
    or a lower-case word right after a sentence's end ("bescherming). vooral de ...")."""
    parts = _SEAM_HYPHEN.split(text)
    out = []
    for part in parts:
        words = part.split()
        start = 0
        for i in range(1, len(words)):
            ended = _ends_sentence(words[i - 1]) and words[i][0].islower()
            if ended and i - start >= 2 or i < len(words) - 1 and (
                    words[i] in _STARTERS and words[i] != "*" and words[i - 1][-1:].isalpha()
                    and words[i - 1][0].islower() and i - start >= 3 and _is_prose(" ".join(words[i:]))):
                out.append(" ".join(words[start:i]))
                start = i
        out.append(" ".join(words[start:]))
    return [p for p in out if p]


@dataclass
class _Chain:
    texts: list[str]
    keys: list[str]
    col: int
    index: int
    touched: int = 0  # when a fragment was last added: the most recent line is the nearest above

    @property
    def open(self) -> bool:
        return self.texts[0][:1] != "*" and not SENTENCE_END.search(self.texts[-1])


def chain_columns(frags: list[tuple[str, int]], evidence: Evidence | None = None,
                  vocab: Counter | None = None) -> list[tuple[str, bool]]:
    """Prose fragments chained into sentences; label fragments stay alone.

    A fragment that opens a sentence ("In 2022 ...") starts a chain. Any other prose fragment
    continues an open chain (one whose last fragment ends mid-sentence) that the evidence
    allows (never one set beside it in a row): the one whose letters were merged with it in
    one line, else the one the rows say it follows, else the nearest column. Returns
    (text, is_prose) in reading order: the prose chains first, then the labels.
    """
    evidence = evidence or Evidence()
    if vocab is not None:
        frags = drop_variants(frags, vocab)
    chains: list[_Chain] = []
    labels: list[str] = []
    for step, (piece, c) in enumerate(frags):
        if _is_prose(piece) and is_garbled(piece):
            continue  # two layers mixed beyond repair: the clean copies are elsewhere
        key = piece.replace(" ", "")
        opened = [ch for ch in chains if ch.open and not _apart(ch, key, evidence)]
        if not _is_prose(piece):
            if _NUMBERS_ASIDE.match(piece):
                tails = [ch for ch in opened if ch.texts[-1].split()[-1][:1].islower()]
                tails = _merged_with(tails, key, evidence) or tails
                if len(tails) == 1:
                    tails[0].texts.append(piece)
                    tails[0].keys.append(key)
                    continue
            if _LAST_LINE.match(piece) and opened:
                # a short last line ("Oekraïne (tijdelijke bescherming).") ends the chain above it
                target = _only_best([ch for ch in opened if ch.col == c], Counter(), c, key, evidence)
                if target is not None:
                    target.texts.append(piece)
                    target.keys.append(key)
                    continue
            labels.append(piece)
            continue
        first = piece.split()[0]
        target = None
        if first not in _STARTERS and opened:
            votes = evidence.follows.get(key, Counter())
            cands = opened if (first[0].islower() or first[0] in "(") else \
                [ch for ch in opened if ch.col == c or votes[ch.keys[-1]] or _merged_with([ch], key, evidence)]
            target = _only_best(cands, votes, c, key, evidence)
        if target is None:
            chains.append(_Chain([piece], [key], c, len(chains), step))
        else:
            target.texts.append(piece)
            target.keys.append(key)
            target.col = c
            target.touched = step
    prose = [_join(ch.texts) for ch in chains]
    return [(t, True) for t in prose] + [(t, False) for t in labels]


def _join(texts: list[str]) -> str:
    """Panel lines into one text; a line ending on a hyphen joins the next without a space
    ("niet-" + "EU/EFTA." -> "niet-EU/EFTA.", "asiel-" + "migratie" -> "asiel-migratie" kept)."""
    out = texts[0]
    for t in texts[1:]:
        out += t if out.endswith("-") and out[-2:-1].isalpha() else " " + t
    return out


def _apart(chain: _Chain, key: str, evidence: Evidence) -> bool:
    """The fragment was seen beside a line of the chain in one row: another column."""
    return any(frozenset((k, key)) in evidence.apart for k in chain.keys)


def _merged_with(chains: list[_Chain], key: str, evidence: Evidence) -> list[_Chain]:
    """The chains with a line whose letters were merged with the fragment's: the same column."""
    return [ch for ch in chains if any(frozenset((k, key)) in evidence.together for k in ch.keys)]


MIN_VOTES = 2
MAX_COLUMN_SHIFT = 1  # a line continues one in its own column or the next (pieces miscounted)


def _only_best(cands: list[_Chain], votes: Counter, col: int, key: str, evidence: Evidence) -> _Chain | None:
    """The chain a fragment continues: the one merged with it in one line, else the one the rows
    vote for, else the nearest line above in the nearest column; None when nothing says so."""
    if not cands:
        return None
    merged = _merged_with(cands, key, evidence)
    if len(merged) == 1:
        return merged[0]
    # one vote is noise (rows of two layers take turns); a line also never follows its successor
    voted = [ch for ch in cands if votes[ch.keys[-1]] >= MIN_VOTES
             and votes[ch.keys[-1]] > evidence.follows.get(ch.keys[-1], Counter())[key]]
    if voted:
        top = max(votes[ch.keys[-1]] for ch in voted)
        best = [ch for ch in voted if votes[ch.keys[-1]] == top]
        return best[0] if len(best) == 1 else None
    near = [ch for ch in cands if abs(ch.col - col) <= MAX_COLUMN_SHIFT]
    if not near:
        return None
    # the nearest column first, then the line right above (the chain extended last)
    return min(near, key=lambda ch: (abs(ch.col - col), -ch.touched))


def whole_sentences(text: str, vocab: Counter) -> tuple[list[str], int]:
    """The sentences of a chained panel text that are whole: opened with a capital, a number or
    "*", closed with a full stop, every word seen elsewhere in the document (a word seen once is
    two layers' letters mixed). Returns them and the number of pieces dropped."""
    words = text.split()
    sentences: list[list[str]] = [[]]
    for i, w in enumerate(words):
        sentences[-1].append(w)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if _ends_sentence(w) and nxt[:1] and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] == "*"):
            sentences.append([])
    out, dropped = [], 0
    ok = False  # a sentence after a dropped one may be the dropped one's second half
    for k, sent in enumerate(sentences):
        if not sent:
            continue
        first, last = sent[0], sent[-1]
        # an opener word or a capital with a function word right after it opens a sentence
        # anywhere; a bare capital or a number only right after a sentence that was kept
        opener = first in _STARTERS or (first[0].isupper() and any(w.lower() in _FUNCTION for w in sent[1:4])) \
            or (k > 0 and ok and (first[0].isupper() or first[0].isdigit()))
        # a panel sentence may close on its figures without a full stop ("... arbeid (29.000; +57%)")
        aside = k == len(sentences) - 1 and len(sent) >= 2 and _NUMBERS_ASIDE.match(" ".join(sent[-2:]))
        whole = opener and (SENTENCE_END.search(last) or first == "*" or aside)
        clean = all(_known(w, vocab) for w in sent) and not _seamed(sent)
        ok = bool(whole and clean and len(sent) >= 3)
        if ok:
            out.append(" ".join(sent))
        else:
            dropped += 1
    return out, dropped


def _known(word: str, vocab: Counter) -> bool:
    """Seen twice in the document, or joined from two halves seen twice ("niet-" + "EU/EFTA.")."""
    if vocab[word] >= 2:
        return True
    left, hyphen, right = word.partition("-")
    return bool(hyphen and left and right) and vocab[left + "-"] >= 2 and vocab[right] >= 2


def _seamed(words: list[str]) -> bool:
    """Two columns glued inside one sentence: a full stop before a lower-case word
    ("bescherming). vooral de"), or one word twice in a row ("Zij hadden hadden.")."""
    for a, b in zip(words, words[1:], strict=False):
        if a.strip(".,;:") == b.strip(".,;:") and not a[:1].isdigit():
            return True
        if _ends_sentence(a) and b[:1].islower():
            return True
    return False
