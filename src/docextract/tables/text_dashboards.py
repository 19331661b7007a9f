"""Dashboard pages of a text layer: the panel lines the layout stage kept (role dashboard_panel,
no geometry) turned into the same tables as the PDF path makes (method "dashboard").

Without positions, a figure is tied to its label only by what the lines themselves show:
a label and its value on one line ("Pools 176.074", "Asiel; 11%", "Gedwongen vertrek (15%)"),
or a label line and a value line that are each other's only neighbour of the other kind;
ranked rows ("1. Polen 12.250 10.450") are whole rows. A label seen with two different values
(two layers of the page disagree) gives nothing, unless more layers show one of them and the
panel's shares then add up to 100; bars sorted by their figure place a label set against
another column's text. A figure belongs to the nearest panel heading
above it whose panel can hold that label. Headings damaged by small caps ("EU-MIg RANt EN IN
NEDERl AND") are put back together from words the document uses elsewhere.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations_with_replacement

import regex as re

from ..calendar_nl import YEAR
from ..layout.text_interleave import is_interleaving
from ..models import Caption, Document, Role, Table
from .dashboards import TOP3, column_header, heading_source, is_dashboard
from .structure import GridRow, build_table, parse_value
from .to_facts import dashboard_rule
from .vocab import fold, nationality

NUM = r"[-–]?\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?%?"
RANK_ROW = re.compile(rf"(?:^|(?<=\s))(?P<rank>\d)\.\s+(?P<name>\p{{Lu}}[\p{{L}}\- ]*?)\s+(?P<a>{NUM})\s+(?P<b>{NUM})$")
# 'Pools 176.074', 'EU/EFTA; 53%', 'Zelfstandig vertrek  (43%)': one label, one figure
PAIR = re.compile(rf"^(?P<label>\p{{Lu}}[\p{{L}}/\-]*(?: [\p{{L}}/\-.]+)*?)(?:;|:)?\s+\(?(?P<value>{NUM})\)?$")
# a label and its figure ending a line that starts in another panel column
TAIL = re.compile(rf"(?<=\p{{Ll}}\s)(?P<label>\p{{Lu}}\p{{Ll}}+)\s+(?P<value>{NUM})$")
BARE = re.compile(rf"^\(?(?P<value>{NUM})\)?(?:\s+\((?P<aside>[^()]*)\))?$")  # '28%  (01.02.2022 – 31.01.2023)'
LABEL = re.compile(r"^\p{Lu}[\p{L}/\-]*(?: (?:[\p{L}/\-,.()]+|\d+))*$")
TOP_N = re.compile(r"\(top \d+\)\s*$", re.I)
SUBHEAD = re.compile(r"(?:^|(?<=\s))(?P<head>\p{Lu}\p{Ll}+ \p{Ll}+)$")  # 'Nationaal loket' at a line's end
DAMAGED = re.compile(r"\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}")  # 'MIg', 'ToezichT': small caps read as lower case
MIN_HEADING_LETTERS = 5
INSERT_COST, DROP_COST = 3, 2


@dataclass
class Heading:
    text: str
    line: int
    qualifiers: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return " ".join([self.text, *self.qualifiers])


# --- headings ---------------------------------------------------------------------------------


def _letters(token: str) -> str:
    return "".join(c for c in token if c.isalpha())


def _heading_token(token: str) -> bool:
    if re.search(r"[%;:]", token):
        return False
    letters = _letters(token)
    if not letters:
        return bool(re.fullmatch(r"[-–&]|\d{1,2}", token))
    return letters.isupper() or bool(DAMAGED.search(letters)) or len(letters) == 1 \
        or (len(letters) <= 3 and letters[0].isupper())


def _strong(token: str) -> bool:
    letters = _letters(token)
    return (len(letters) >= 2 and letters.isupper()) or bool(DAMAGED.search(letters))


def headings_in(line: str, vocab: Counter) -> list[tuple[str, list[str]]]:
    """UPPERCASE headings in a line (a line may hold two panels' headings side by side), each
    with the qualifiers that follow it ('(gemiddelde 2013-2022)', '(CBS)', ', 2022')."""
    tokens = line.split()
    out: list[tuple[list[str], list[str]]] = []
    run: list[str] = []
    depth = 0
    for tok in tokens:
        if depth or tok.startswith("("):
            depth += tok.count("(") - tok.count(")")
            if out and not run:
                out[-1][1].append(tok)
            elif run:
                out.append((run, [tok]))
                run = []
            continue
        if run and YEAR.fullmatch(tok) and run[-1].endswith(","):  # 'NATIONALITEIT, 2022'
            out.append((run, [tok]))
            run = []
            continue
        if out and not run and YEAR.fullmatch(tok.strip(",")) and out[-1][0][-1].endswith(","):
            out[-1][1].append(tok)
            continue
        if _heading_token(tok):
            run.append(tok)
            continue
        if run:
            out.append((run, []))
        run = []
    if run:
        out.append((run, []))
    heads = []
    for words, quals in out:
        while words and not _letters(words[-1]):
            words = words[:-1]
        while words and not _letters(words[0]):
            words = words[1:]
        if sum(len(_letters(w)) for w in words) < MIN_HEADING_LETTERS or not any(_strong(w) for w in words):
            continue
        words = [re.sub(r"^[\d.,]+(?=\p{Lu})", "", words[0]), *words[1:]]  # '500.000IMMIGRATIE': a tick before it
        text = " ".join(words)
        if any(DAMAGED.search(_letters(w)) for w in words):
            text = repair_small_caps(text, vocab)
        heads.append((text.rstrip(","), _split_quals(quals)))
    return heads


def _split_quals(parts: list[str]) -> list[str]:
    return re.findall(r"\([^()]*\)|(?:19|20)\d{2}", " ".join(parts))


def repair_small_caps(text: str, vocab: Counter) -> str:
    """'EU-MIg RANt EN IN NEDERl AND' -> 'EU-MIGRANTEN IN NEDERLAND'.

    The letters stay as printed; only the word breaks move. Every word must be one the document
    uses elsewhere; a break after a small-caps (lower-case) letter is cheap to drop, one after a
    capital costs more, a break where none was printed costs most, and fewer words are better.
    Without such a reading the heading is kept, upper-cased.
    """
    chars: list[str] = []
    space_before: list[bool] = []
    for k, ch in enumerate(text):
        if ch == " ":
            continue
        space_before.append(k > 0 and text[k - 1] == " ")
        chars.append(ch)
    n = len(chars)
    upper = "".join(chars).upper()

    def piece_cost(i: int, j: int) -> float | None:
        piece = upper[i:j]
        if not piece.isalpha():
            return 1 if not any(c.isalpha() for c in piece) else None
        alone = (i == 0 or space_before[i] or not chars[i - 1].isalpha()) and \
            (j == n or space_before[j] or not chars[j].isalpha())
        if len(piece) == 1 and not alone:
            return None
        if len(piece) > 1 and vocab[piece.lower()] < 1:
            return None
        dropped = sum(0 if chars[k - 1].islower() else DROP_COST for k in range(i + 1, j) if space_before[k])
        return 1 + dropped

    best: list[tuple[float, list[int]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] is None:
                continue
            cost = piece_cost(i, j)
            if cost is None:
                continue
            if i > 0 and not space_before[i] and chars[i - 1].isalpha() and chars[i].isalpha():
                cost += INSERT_COST
            total = best[i][0] + cost
            if best[j] is None or total < best[j][0]:
                best[j] = (total, best[i][1] + [i])
    if best[n] is None:
        return text.upper()
    starts = best[n][1] + [n]
    words = [upper[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    out = words[0]
    for prev, word in zip(words, words[1:], strict=False):
        glue = not prev[-1].isalpha() and prev[-1] != ")" or not word[0].isalpha() and word[0] in "-/&"
        out += word if glue else " " + word
    return out


def document_vocab(document: Document) -> Counter:
    """Words of the document outside the dashboard panels, lower case: the evidence for repairs."""
    words: Counter = Counter()
    for page in document.pages:
        for block in page.blocks:
            if block.role != Role.DASHBOARD_PANEL:
                words.update(w.lower() for w in re.findall(r"\p{L}+", block.text))
    return words


# --- panel membership --------------------------------------------------------------------------


def accepts(heading: str, label: str) -> bool:
    """The panel under this heading can hold a figure with this label (the dashboard rules)."""
    rule = dashboard_rule(heading, label)
    return rule is not None and (rule[1].get("nationality") != "*" or nationality(label) is not None)


def _owner(heads: list[Heading], line: int, label: str) -> Heading | None:
    above = [h for h in heads if h.line <= line and accepts(h.title, label)]
    return above[-1] if above else None


# --- pairs --------------------------------------------------------------------------------------


def _value(text: str) -> str | None:
    v = text.replace("–", "-")
    parsed = parse_value(v.lstrip("-"))
    return v if parsed is not None and parsed.value != 0 else None  # a lone 0 is an axis origin


def _doubled_label(token_text: str, label: str) -> bool:
    """'PooPloos ls' is 'Pools' twice, letter by letter: two layers of one label ('PoolsPools',
    the label twice in a row, is not)."""
    s, a = token_text.replace(" ", ""), label.replace(" ", "")
    return s != a + a and is_interleaving(s, a, a)


def _clean_label(label: str) -> bool:
    """Letters of two labels merged ('IndiTaasurks') or a label cut at an abbreviation ('art.')
    are no label."""
    parts = re.split(r"[\s/\-]+", label)
    return not any(DAMAGED.search(_letters(w)) for w in parts) and not label.endswith(".")


def _without_copy(text: str) -> str:
    """'Asiel; 11%Asiel;': a second layer's copy cut short behind the first, dropped."""
    for cut in range(len(text) // 2, len(text) - 2):
        tail = text[cut:]
        if text[cut - 1] in "%0123456789" and text.startswith(tail) and tail[0].isalpha():
            return text[:cut]
    return text


def _pairs(lines: list[str], heading_lines: set[int]) -> list[tuple[int, str, str, str, int]]:
    """(label line, label, value, quote, value line) for every label tied to its value by the
    lines alone."""
    out = []
    bare = [BARE.match(t) for t in lines]
    for k, t in enumerate(lines):
        t = re.sub(r"^(?:\d{1,3}(?:\.\d{3})+\s+)+", "", _without_copy(t))  # axis ticks read in front
        if (m := PAIR.match(t)) and _clean_label(m["label"]) and (v := _value(m["value"])):
            out.append((k, m["label"].strip(), v, t, k))
        elif (m := TAIL.search(t)) and _clean_label(m["label"]) and (v := _value(m["value"])):
            out.append((k, m["label"], v, m.group(0), k))  # '... ingewilligd Gezinsmigratie 25%'

    def is_label(j: int) -> bool:
        t = lines[j].rstrip(":")
        # one capitalised word at most: 'Vestigingsland EU-burgers Derdelanders' is a header row
        return j not in heading_lines and bool(LABEL.match(t)) and _clean_label(t) and \
            not any(w[:1].isupper() for w in t.split()[1:]) and \
            (not re.search(r"\d", t) or bool(re.search(r"\b(?:art|nr)\. \d+$", t)))

    for k, t in enumerate(lines):
        if not is_label(k):
            continue
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(lines) and bare[j]]
        if len(near) != 1:
            continue
        j = near[0]
        other = 2 * j - k  # the value line's other neighbour: neither a label nor a value
        if 0 <= other < len(lines) and (bare[other] or is_label(other)):
            continue
        if v := _value(bare[j]["value"]):
            out.append((k, t, v, f"{t} {bare[j]['value']}", j))
    return out


# 'PooPloos ls 7%', 'Indiaas 4%4%': letters and a figure, perhaps printed twice (two layers)
LAYERED_PAIR = re.compile(rf"^(?P<text>[\p{{L}} ]+?)\s+(?P<v>{NUM})(?P=v)?$")


def _conflicts(lines: list[str], pairs) -> set[str]:
    """Labels the page shows with two different values, counting two layers of one label
    merged letter by letter ('PooPloos ls 7%', 'Indiaas 4%4%')."""
    values: dict[str, set[str]] = {}
    for _, label, v, *_ in pairs:
        values.setdefault(label, set()).add(v)
    labels = list(values)
    for t in lines:
        m = LAYERED_PAIR.match(t)
        if not m:
            continue
        text = m["text"].strip()
        for label in labels:
            if (text == label or _doubled_label(text, label)) and _value(m["v"]):
                values[label].add(m["v"])
    return {label for label, vs in values.items() if len(vs) > 1}


# --- figures placed by evidence beyond neighbouring lines ----------------------------------------


@dataclass
class Placed:
    head: Heading
    label: str
    value: str
    quote: str
    line: int  # the label's line
    vline: int  # the figure's line


@dataclass
class _Slot:
    """A label of a share panel still without its figure."""

    head: Heading
    label: str
    line: int
    end: int | None = None  # the line that finishes a label set over two lines
    blocked: bool = False  # shown with two different figures
    value: str | None = None
    vline: int | None = None
    quote: str = ""


GAP = re.compile(r"\s{3,}")  # a column gap kept inside a line
# the end of a label set over two lines: 'zonder toezicht', '(regulier, ingewilligde hasa)'
CONT_LABEL = re.compile(r"^[\p{Ll}(][\p{Ll} ,()/\-]*$")
# ... and that end with the figure: 'onbekend 24%', '(Oekraine); 6%'
CONT_VALUE = re.compile(rf"^(?P<text>[\p{{Ll}}(][\p{{L}} ,()/\-]*?)[;:]?\s+\(?(?P<value>{NUM})\)?$")
# a label ending in one of these words goes on on the next line ('Overig en' / 'onbekend 24%')
OPEN_WORDS = {"en", "of", "van", "de", "het", "met", "zonder", "voor", "naar", "uit", "in", "op", "per"}
MAX_SPLIT = 4  # lines between the two halves of a label
SHARE_TOTAL = 100


def _segments(line: str) -> list[str]:
    return [s for s in GAP.split(line) if s]


def _label_part(line: str) -> str:
    """The label in a panel line: without small-caps debris in front ('ioM Zonder duurzame') and
    without a heading set behind it ('Zelfstandig vertrek UiTSTRooM Ui T LVV')."""
    words = line.split()
    while words and (DAMAGED.search(_letters(words[0])) or _strong(words[0])):
        words = words[1:]
    for i, w in enumerate(words):
        if i and (_strong(w) or DAMAGED.search(_letters(w))):
            words = words[:i]
            break
    return " ".join(words)


def _is_label(text: str) -> bool:
    # one capitalised word at most: 'Vestigingsland EU-burgers Derdelanders' is a header row
    return bool(LABEL.match(text)) and _clean_label(text) and not re.search(r"\d", text) and \
        not any(w[:1].isupper() for w in text.split()[1:]) and len(_letters(text)) >= 3


def _percent(value: str | None) -> int | float | None:
    v = parse_value(value) if value else None
    return v.value if v is not None and v.unit == "percent" and not v.change else None


def _fits(values: list) -> bool:
    """Shares of one whole, each rounded to a whole percent: their sum is 100 within half a
    point per share."""
    return abs(sum(values) - SHARE_TOTAL) <= 0.5 * len(values)


def _panel_of(heads: list[Heading], line: int, label: str) -> Heading | None:
    """The panel above the label, or else the only panel on the page that can hold it (the
    chained columns of a layered page may put a label above its heading)."""
    if head := _owner(heads, line, label):
        return head
    titles = {h.title: h for h in heads if accepts(h.title, label)}
    return next(iter(titles.values())) if len(titles) == 1 else None


def completed_shares(lines: list[str], heads: list[Heading], placed: list[Placed], bad: set[str]) -> list[Placed]:
    """Share panels (pies, bars in %) whose labels lost their figures: the figures left over are
    placed where only one reading is possible, and kept only when the panel's shares then add up
    to 100.

    Evidence, in the order it is used: a label set over two lines takes a figure printed between
    its halves; a label ending in 'en' or 'van' takes the figure line that finishes it; a label
    takes a figure on its neighbouring line when no other open label or figure could claim it;
    the last open label of a panel takes the one figure left on the page that makes 100.
    """
    heading_lines = {h.line for h in heads}
    used_lines = {p.line for p in placed} | {p.vline for p in placed}
    known: dict[int, list[Placed]] = {}
    for p in placed:
        known.setdefault(id(p.head), []).append(p)
    slots = _slots(lines, heads, placed, bad, used_lines | heading_lines)
    if not slots:
        return []
    bare = {k: v for k, t in enumerate(lines) if k not in used_lines and (m := BARE.match(t))
            and _percent(v := _value(m["value"])) is not None}
    conts = []  # (line, text, value, quote)
    for k, t in enumerate(lines):
        if k in used_lines:
            continue
        seg = _segments(t)[-1] if _segments(t) else ""
        if (m := CONT_VALUE.match(seg)) and _percent(v := _value(m["value"])) is not None:
            conts.append((k, m["text"].strip(), v, seg))
    taken: set[int] = set()

    def panel_values(head: Heading) -> list | None:
        vals = [_percent(p.value) for p in known.get(id(head), [])]
        return None if any(v is None for v in vals) else vals

    def open_slots(head: Heading) -> list[_Slot]:
        return [s for s in slots if s.head is head and s.value is None]

    def completes(slot: _Slot, value: str) -> bool:
        vals = panel_values(slot.head)
        rest = [_percent(s.value) for s in slots if s.head is slot.head and s.value is not None]
        return vals is not None and _fits(vals + rest + [_percent(value)])

    def last_open(slot: _Slot) -> bool:
        return open_slots(slot.head) == [slot] and not slot.blocked

    changed = True
    while changed:
        changed = False
        for k, text, v, seg in conts:  # a label finished by the figure's line
            if k in taken:
                continue
            heads_of = [s for s in slots if s.value is None and not s.blocked and s.end is None
                        and accepts(s.head.title, f"{s.label} {text}")
                        and (s.label.split()[-1].lower() in OPEN_WORDS or last_open(s) and completes(s, v))]
            if len(heads_of) == 1:
                s = heads_of[0]
                s.label, s.value, s.vline, s.quote = f"{s.label} {text}", v, k, f"{s.label} {seg}"
                taken.add(k)
                changed = True
        for s in slots:
            if s.value is not None or s.blocked:
                continue
            free = [k for k in bare if k not in taken]
            if s.end is not None:
                cands = [k for k in free if s.line < k < s.end]
            else:
                cands = [k for k in _neighbours(s.line, lines, heading_lines) if k in free
                         and not any(o is not s and o.value is None and o.line in
                                     _neighbours(k, lines, heading_lines) for o in slots)]
            if last_open(s):
                cands = [k for k in (cands or free) if completes(s, bare[k])]
            if len(cands) == 1:
                k = cands[0]
                s.value, s.vline, s.quote = bare[k], k, f"{s.label} {lines[k].split()[0]}"
                taken.add(k)
                changed = True
    out = []
    for head in {id(s.head): s.head for s in slots}.values():
        mine = [s for s in slots if s.head is head]
        known_vals = panel_values(head)
        if all(s.value is not None for s in mine) and known_vals is not None and \
                _fits(known_vals + [_percent(s.value) for s in mine]):
            out += [Placed(head, s.label, s.value, s.quote, s.line, s.vline) for s in mine]
    return out


def _neighbours(k: int, lines: list[str], heading_lines: set[int]) -> list[int]:
    """The lines before and after line k, stepping over lines that are only panel headings."""
    out = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and j in heading_lines and not _label_part(lines[j]):
            j += step
        if 0 <= j < len(lines):
            out.append(j)
    return out


def _slots(lines, heads, placed, bad, skip) -> list[_Slot]:
    """Labels of share panels without a figure, with the second half of any label set over
    two lines; labels shown with two different figures are blocked, so their panel stays open."""
    slots: list[_Slot] = []
    have = {(id(p.head), p.label) for p in placed}
    for k, t in enumerate(lines):
        label = _label_part(t.rstrip(":")).rstrip(":")
        if (k in skip and label == t) or re.search(r"\d", t) or not _is_label(label):
            continue
        head = _panel_of(heads, k, label)
        if head is not None and (id(head), label) not in have:
            slots.append(_Slot(head, label, k))
    for label in bad:
        for p_line, t in enumerate(lines):
            if label in t and (head := _panel_of(heads, p_line, label)):
                slots.append(_Slot(head, label, p_line, blocked=True))
                break
    for k, t in enumerate(lines):
        if not CONT_LABEL.match(t):
            continue
        heads_of = [s for s in slots if s.end is None and not s.blocked and 0 < k - s.line <= MAX_SPLIT
                    and accepts(s.head.title, f"{s.label} {t}")]
        if heads_of:
            s = max(heads_of, key=lambda s: s.line)
            s.label, s.end = f"{s.label} {t}", k
    once = []
    for s in slots:  # a label copied in two layers is one label
        if (id(s.head), s.label) not in have:
            have.add((id(s.head), s.label))
            once.append(s)
    return [s for s in once if panel_is_share(s.head, placed)]


def panel_is_share(head: Heading, placed: list[Placed]) -> bool:
    mine = [p for p in placed if p.head is head]
    return all(_percent(p.value) is not None for p in mine)


# --- share labels whose layers disagree --------------------------------------------------------

# 'PooPloos ls 7%', 'Indiaas 4%4%', 'Roemeens 4% 10.000': letters, one or more shares (one per
# layer), perhaps an axis tick of the panel beside it
READING = re.compile(r"^(?P<text>\p{L}[\p{L} /\-]*?)[;:]?\s+(?P<values>\d+%(?:\s*\d+%)*)"
                     r"(?:\s+(?P<tick>\d{1,3}(?:\.\d{3})+))?$")
MAX_LAYERS = 3  # labels merged letter by letter in one line


def interleaves(text: str, parts: list[str]) -> bool:
    """`text` is the letters of `parts` merged letter by letter, each part's order kept
    ('RoePmooeelsns' is 'Roemeens' and 'Pools'); spaces and punctuation do not count."""
    s = _letters(text)
    ps = [_letters(p) for p in parts]
    # the letter counts are a cheap test that fails most candidates before the walk
    return Counter(s) == Counter("".join(ps)) and is_interleaving(s, *ps)


def merged_labels(text: str, labels: list[str]) -> tuple[str, ...] | None:
    """The one set of panel labels (a label may come twice: two layers) whose letters make up
    `text`; None when no set or more than one does."""
    return _merged_labels(text, tuple(labels))


@lru_cache(maxsize=1024)  # a page asks for each merged line twice (reconciled_shares, _readings)
def _merged_labels(text: str, labels: tuple[str, ...]) -> tuple[str, ...] | None:
    s = _letters(text)
    have = Counter(s)
    letters = {lab: _letters(lab) for lab in labels}
    # a label with a letter the text lacks (or has fewer of) is in no set that makes it up
    fits = [lab for lab in sorted(labels) if not Counter(letters[lab]) - have]
    found = None
    for n in range(1, MAX_LAYERS + 1):
        for combo in combinations_with_replacement(fits, n):
            if sum(len(letters[c]) for c in combo) == len(s) and interleaves(s, [letters[c] for c in combo]):
                if found:
                    return None  # a second set: the line is not read
                found = combo
    return found


@dataclass
class _Reading:
    labels: tuple[str, ...]
    values: list[int | float]
    line: int


def _readings(lines: list[str], labels: list[str]) -> list[_Reading]:
    out = []
    for k, t in enumerate(lines):
        m = READING.match(t)
        if not m or (m["tick"] and parse_value(m["tick"]).value % 1000):
            continue
        combo = merged_labels(m["text"], labels)
        if combo:
            out.append(_Reading(combo, [parse_value(v).value for v in re.findall(r"\d+%", m["values"])], k))
    return out


def _votes(readings: list[_Reading], settled: dict[str, int | float]) -> dict[str, Counter]:
    """What each unsettled label is read as. A label's own line counts once per layer that shows
    it (the label or its figure doubled); a merged line speaks for a label once the other labels
    in it are settled and take their figures off it; while two are unsettled it speaks for both."""
    votes: dict[str, Counter] = {}
    for r in readings:
        values = list(r.values)
        rest = []
        for label in r.labels:
            if label in settled:
                if settled[label] in values:
                    values.remove(settled[label])
            else:
                rest.append(label)
        if not rest or not values or len(set(values)) > 1:
            continue
        weight = max(len(rest), len(values)) if len(set(rest)) == 1 else 1
        for label in set(rest):
            votes.setdefault(label, Counter())[values[0]] += weight
    return votes


def reconciled_shares(lines: list[str], heads: list[Heading], placed: list[Placed], bad: set[str]) -> list[Placed]:
    """Labels of a share panel read with two figures by two layers, or with a figure only in
    lines where their letters merge with another label's: each label takes the figure that most
    layers show ('PooPloos ls 7%' outweighs 'Pools 26%'), settling the clearest first, so a
    merged line ('RoePmooeelsns 7%') counts as explained once the other label's figure is known.
    Kept only when every label of the panel then has a figure and the shares add up to 100; a
    merged line that no labels of the page explain may hide a label, and then nothing is kept."""
    heading_lines = {h.line for h in heads}
    used = {p.line for p in placed} | {p.vline for p in placed} | heading_lines
    slots = _slots(lines, heads, placed, bad, used)
    panels: dict[int, tuple[Heading, set[str]]] = {}
    for head in {id(h): h for h in heads}.values():
        mine = [p for p in placed if p.head is head]
        if not mine or not panel_is_share(head, mine):
            continue
        open_labels = {s.label for s in slots if s.head is head}
        for k, t in enumerate(lines):
            if (m := READING.match(t)) and _is_label(m["text"]) and _panel_of(heads, k, m["text"]) is head:
                open_labels.add(m["text"])
        if open_labels := open_labels - {p.label for p in mine}:
            panels[id(head)] = (head, open_labels)
    if not panels:
        return []
    labels = {p.label for p in placed} | {lab for _, labs in panels.values() for lab in labs}
    merged = [m["text"] for t in lines if (m := READING.match(t)) and not _clean_label(m["text"])]
    if any(merged_labels(text, sorted(labels)) is None for text in merged):
        return []
    readings = _readings(lines, sorted(labels))
    out: list[Placed] = []
    for head, open_labels in panels.values():
        settled: dict[str, int | float] = {p.label: v for p in sorted(placed, key=lambda p: p.head is head)
                                           if (v := _percent(p.value)) is not None}  # this panel's own last
        mine = {p.label for p in placed if p.head is head} | open_labels
        while open_labels - set(settled):
            votes = _votes(readings, settled)
            margins = {}
            for label in open_labels - set(settled):
                ranked = votes.get(label, Counter()).most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                    margins[label] = (ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0), ranked[0][0])
            if not margins:
                break
            label = max(margins, key=lambda lab: margins[lab][0])
            settled[label] = margins[label][1]
        if open_labels - set(settled) or not _fits([settled[lab] for lab in mine]):
            continue
        first = {lab: min(r.line for r in readings if lab in r.labels) for lab in open_labels}
        for label in sorted(open_labels, key=first.get):
            value = f"{settled[label]}%"
            out.append(Placed(head, label, value, f"{label} {value}", first[label], first[label]))
    return out


# --- ranked bars whose labels touch another column's text ------------------------------------------

MIN_RANKED = 3
# a nationality at the end of another column's line ('... gelijke behandeling als Duits'), at
# its start ('Bulgaars Werknemers, excl. goederenvervoer (top 5)') or alone
EDGE_LABEL = (re.compile(r"(?<=\p{Ll}\s)(?P<label>\p{Lu}\p{Ll}+)$"), re.compile(r"^(?P<label>\p{Lu}\p{Ll}+)(?=\s|$)"))
LEAD_FIGURE = re.compile(r"^(?P<value>\d{1,3}(?:\.\d{3})+)(?:\s|$)")  # '31.469 4. België 8.440 230'


def ranked_completion(lines: list[str], heads: list[Heading], placed: list[Placed]) -> list[Placed]:
    """Bars of nationalities sorted by their figure, whose labels the text layer set against
    another panel column's text. A label found at the edge of a line takes the exact figure that
    starts the neighbouring line on the side where every other label of the chart has its
    figure, only if the figure falls between those of the labels ranked above and below it;
    and the chart is kept only if it then still runs down in order."""
    out: list[Placed] = []
    used = {p.line for p in placed} | {p.vline for p in placed}
    for head in {id(h): h for h in heads}.values():
        mine = sorted((p for p in placed if p.head is head), key=lambda p: p.line)
        ranked = [p for p in mine if nationality(p.label) not in (None, "other", "unknown")]
        values = [parse_value(p.value) for p in ranked]
        if len(ranked) < MIN_RANKED or any(v is None or v.unit != "count" for v in values) or \
                any(a.value <= b.value for a, b in zip(values, values[1:], strict=False)):
            continue
        sides = {p.vline - p.line for p in mine if p.vline != p.line}
        if len(sides) != 1 or abs(side := sides.pop()) != 1:
            continue
        have = {p.label for p in mine}
        found = []
        for k, t in enumerate(lines):
            if k in used or not 0 <= k + side < len(lines) or k + side in used:
                continue
            labels = {m["label"] for rx in EDGE_LABEL if (m := rx.search(t))}
            labels = {lab for lab in labels if lab not in have and nationality(lab) not in (None, "other", "unknown")
                      and _owner(heads, k, lab) is head}
            fig = LEAD_FIGURE.match(lines[k + side])
            if len(labels) == 1 and fig:
                found.append(Placed(head, labels.pop(), fig["value"], "", k, k + side))
        chart = sorted(ranked + found, key=lambda p: p.line)
        figures = [parse_value(p.value).value for p in chart]
        if found and len({p.label for p in chart}) == len(chart) and \
                all(a > b for a, b in zip(figures, figures[1:], strict=False)):
            out += [Placed(p.head, p.label, p.value, f"{p.label} {p.value}", p.line, p.vline) for p in found]
    return out


# 'Immigratie:', 'Migratiesaldo:': the caption of a data label whose figure is printed apart
DATA_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>\p{Lu}\p{Ll}+):")
# 'Emi179.310gratie: -': a figure of one layer set into its data label's caption in another
SPLICED = re.compile(r"^(?P<a>\p{L}+)(?P<v>\d{1,3}(?:\.\d{3})+)(?P<b>\p{Ll}+:.*)$")
EXACT = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d.])")
BALANCE_WORDS = ("saldo",)  # a balance: what came in less what went out


def balance(lines: list[str], heads: list[Heading]) -> list[Placed]:
    """Inflow, outflow and their balance ('Immigratie:', 'Emigratie:', 'Migratiesaldo:') whose
    figures came loose from their captions.

    The three exact figures (not round axis ticks) on the page of which one is the sum of the
    other two settle it: the sum is the inflow (inflow = balance + outflow); which of the two
    others is the balance is read from a line that set one figure into its own caption. Any
    other count of such figures, sums or splices gives nothing.
    """
    out = []
    for head in heads:
        labels: dict[str, int] = {}
        for k, t in enumerate(lines):
            for m in DATA_LABEL.finditer(t):
                if _owner(heads, k, m["label"]) is not None and accepts(head.title, m["label"]):
                    labels.setdefault(m["label"], k)
        saldo = [lab for lab in labels if any(w in fold(lab) for w in BALANCE_WORDS)]
        if len(labels) != 3 or len(saldo) != 1:
            continue
        figures: dict[int, tuple[str, int]] = {}
        for k, t in enumerate(lines):
            for m in EXACT.finditer(t):
                v = parse_value(m[0]).value
                if v % 1000:
                    figures.setdefault(v, (m[0], k))
        sums = [(a, b, c) for a in figures for b in figures for c in figures if b < c and a == b + c]
        if len(sums) != 1:
            continue
        a, b, c = sums[0]
        ties: dict[tuple[int, str], tuple[str, int]] = {}  # (figure, label) -> (caption, line)
        for k, t in enumerate(lines):
            if (m := SPLICED.match(t)) and (caption := m["a"] + m["b"]).split(":")[0] in labels:
                ties.setdefault((parse_value(m["v"]).value, caption.split(":")[0]), (caption, k))
        if len(ties) != 1:
            continue
        ((v_out, out_label), (caption, k_out)), = ties.items()
        caption = re.match(r"[^:]*:(?:\s*-)?", caption)[0]  # 'Emigratie: -', what follows is other layers'

        if v_out not in (b, c) or out_label in saldo:
            continue
        in_label = next(lab for lab in labels if lab != out_label and lab not in saldo)
        v_saldo = c if v_out == b else b
        for label, v, quote_label, line in ((in_label, a, f"{in_label}:", labels[in_label]),
                                             (saldo[0], v_saldo, f"{saldo[0]}:", labels[saldo[0]]),
                                             (out_label, v_out, caption, k_out)):
            printed, vline = figures[v]
            out.append(Placed(head, label, printed, f"{quote_label} {printed}", line, vline))
        break
    return out


# --- the page ------------------------------------------------------------------------------------


def text_dashboard_tables(document: Document) -> list[Table]:
    vocab = document_vocab(document)
    tables: list[Table] = []
    for page in document.pages:
        if not is_dashboard(page):
            continue
        lines = [_squeeze(b.text) for b in page.blocks if b.role == Role.DASHBOARD_PANEL]
        tables += page_tables(lines, page.number, vocab)
    return tables


def _squeeze(text: str) -> str:
    """Single spaces, except a column gap inside a line, kept as three."""
    return "   ".join(re.sub(r"\s+", " ", part).strip() for part in GAP.split(text.strip()))


def _headings(lines: list[str], vocab: Counter) -> list[Heading]:
    heads = [Heading(text, k, quals) for k, t in enumerate(lines) for text, quals in headings_in(t, vocab)]
    # a dated qualifier set on a line of its own (or behind a figure) near a heading line
    for k, t in enumerate(lines):
        m = re.search(r"\((?P<q>[^()]*(?:19|20)\d{2}[^()]*)\)$", t)
        if not m or headings_in(t, vocab):
            continue
        for h in heads:
            if abs(h.line - k) <= 2 and not any(YEAR.search(q) for q in h.qualifiers):
                h.qualifiers.append(f"({m['q']})")
    return heads


def page_tables(lines: list[str], page: int, vocab: Counter) -> list[Table]:
    heads = _headings(lines, vocab)
    out = _ranked_tables(lines, page) + _top3_tables(lines, page)
    pairs = _pairs(lines, {h.line for h in heads})
    bad = _conflicts(lines, pairs)
    placed: list[Placed] = []
    seen: set[tuple[int, str]] = set()
    for k, label, v, quote, vline in pairs:
        head = _owner(heads, k, label)
        if head is None or label in bad or (id(head), label) in seen:
            continue
        seen.add((id(head), label))
        placed.append(Placed(head, label, v, quote, k, vline))
    placed += completed_shares(lines, heads, placed, bad)
    placed += reconciled_shares(lines, heads, placed, bad)
    placed += ranked_completion(lines, heads, placed)
    if settled := balance(lines, heads):  # the sum outweighs an axis tick read beside a caption
        names = {p.label for p in settled}
        placed = [p for p in placed if not (p.label in names and accepts(p.head.title, p.label))] + settled
    by_head: dict[int, list[GridRow]] = {}
    owners: dict[int, Heading] = {}
    for p in placed:
        owners[id(p.head)] = p.head
        by_head.setdefault(id(p.head), []).append(GridRow([(p.label, None), (p.value, None)], quote=p.quote))
    for key, rows in by_head.items():
        head = owners[key]
        t = build_table(rows, page=page, method="dashboard", kind="chart")
        t.title = head.title
        t.caption = Caption(text=head.title, title=head.title, source=heading_source(head.title))
        out.append(t)
    return out


def _ranked_tables(lines: list[str], page: int) -> list[Table]:
    """Runs of ranked rows 1..n, each titled by the '(top n)' line above it and the sub-heading
    above that ('Nationaal loket'), with the column header line right above the first row."""
    out = []
    runs: list[list[tuple[int, re.Match]]] = []
    for k, t in enumerate(lines):
        m = RANK_ROW.search(t)
        if not m:
            continue
        rank = int(m["rank"])
        if rank == 1:
            runs.append([(k, m)])
        elif runs and int(runs[-1][-1][1]["rank"]) == rank - 1:
            runs[-1].append((k, m))
    start = 0
    for run in runs:
        first = run[0][0]
        top = next((j for j in range(first - 1, start - 1, -1) if TOP_N.search(lines[j])), None)
        if top is None or len(run) < 2:
            start = run[-1][0] + 1
            continue
        words = lines[top].split()
        cut = max(i for i, w in enumerate(words[:-1]) if w[:1].isupper() and not w.startswith("("))
        top_text = " ".join(words[cut:])
        sub = next((m["head"] for j in range(top - 1, start - 1, -1) if (m := SUBHEAD.search(lines[j]))), None)
        title = f"{sub}: {top_text}" if sub else top_text
        rows = []
        # the column headers: the first line under the '(top n)' line that ends in three
        # capitalised words ('uit de BRP Vestigingsland EU-burgers Derdelanders')
        header = next((h for j in range(top + 1, first) if (h := column_header(lines[j]))), None)
        if header:
            rows.append(GridRow([("", None)] + [(w, None) for w in header], header=True))
        for _, m in run:
            quote = f"{m['rank']}. {m['name'].strip()} {m['a']} {m['b']}"
            rows.append(GridRow([(m["rank"], None), (m["name"].strip(), None), (m["a"], None), (m["b"], None)],
                                quote=quote))
        t = build_table(rows, page=page, method="dashboard", kind="table")
        t.title = title
        t.caption = Caption(text=title, title=title)
        out.append(t)
        start = run[-1][0] + 1
    return out


def _list_label(lines: list[str], k: int) -> str:
    """The label line of the list at line k: the line above it, or the one above that when it
    announces the list with a colon (another column's line may sit in between)."""
    for j, colon_only in ((k - 1, False), (k - 2, True)):
        if j < 0:
            break
        text = lines[j].strip()
        if (text.endswith(":") or not colon_only) and LABEL.match(text.rstrip(":")):
            return text.rstrip(":")
    return ""


def _top3_tables(lines: list[str], page: int) -> list[Table]:
    """'Top 3: 1. Polen / 2. Slowakije / 3. België' under the label line above it and the
    sub-heading that label sits under."""
    out = []
    for k, t in enumerate(lines):
        m = TOP3.search(t)
        if not m:
            continue
        rows = [GridRow([(str(rank), None), (name.strip(), None)], quote=t)
                for rank, name in enumerate((m["a"], m["b"], m["c"]), start=1)]
        label = _list_label(lines, k)
        sub = next((s["head"] for j in range(k - 1, -1, -1) if (s := SUBHEAD.search(lines[j]))), None)
        title = ": ".join(x for x in (sub, label) if x) or "Top 3"
        table = build_table(rows, page=page, method="dashboard", kind="ranking", header_cols=0)
        table.title = title
        table.caption = Caption(text=title, title=title)
        out.append(table)
    return out
