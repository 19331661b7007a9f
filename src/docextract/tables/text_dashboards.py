"""Dashboard pages of a text layer: the panel lines the layout stage kept (role dashboard_panel,
no geometry) turned into the same tables as the PDF path makes (method "dashboard").

Without positions, a figure is tied to its label only by what the lines themselves show:
a label and its value on one line ("Pools 176.074", "Asiel; 11%", "Gedwongen vertrek (15%)"),
or a label line and a value line that are each other's only neighbour of the other kind;
ranked rows ("1. Polen 12.250 10.450") are whole rows. A label seen with two different values
(two layers of the page disagree) gives nothing. A figure belongs to the nearest panel heading
above it whose panel can hold that label. Headings damaged by small caps ("EU-MIg RANt EN IN
NEDERl AND") are put back together from words the document uses elsewhere.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex as re

from ..models import Caption, Document, Role, Table
from .dashboards import TOP3, heading_source, is_dashboard
from .structure import GridRow, build_table, parse_value
from .to_facts import DASHBOARD_RULES
from .vocab import fold, nationality

NUM = r"[-–]?\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?%?"
RANK_ROW = re.compile(rf"(?:^|(?<=\s))(?P<rank>\d)\.\s+(?P<name>\p{{Lu}}[\p{{L}}\- ]*?)\s+(?P<a>{NUM})\s+(?P<b>{NUM})$")
# 'Pools 176.074', 'EU/EFTA; 53%', 'Zelfstandig vertrek  (43%)': one label, one figure
PAIR = re.compile(rf"^(?P<label>\p{{Lu}}[\p{{L}}/\-]*(?: [\p{{L}}/\-.]+)*?)(?:;|:)?\s+\(?(?P<value>{NUM})\)?$")
BARE = re.compile(rf"^\(?(?P<value>{NUM})\)?(?:\s+\((?P<aside>[^()]*)\))?$")  # '28%  (01.02.2022 – 31.01.2023)'
LABEL = re.compile(r"^\p{Lu}[\p{L}/\-]*(?: (?:[\p{L}/\-,.()]+|\d+))*$")
TOP_N = re.compile(r"\(top \d+\)\s*$", re.I)
SUBHEAD = re.compile(r"(?:^|(?<=\s))(?P<head>\p{Lu}\p{Ll}+ \p{Ll}+)$")  # 'Nationaal loket' at a line's end
DAMAGED = re.compile(r"\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}")  # 'MIg', 'ToezichT': small caps read as lower case
YEAR = re.compile(r"(?:19|20)\d{2}")
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
    panel, lab = fold(heading.replace("-", " ")), fold(label.replace("-", " "))
    for in_panel, in_label, _metric, dims in DASHBOARD_RULES:
        if in_panel in panel and lab.startswith(in_label):
            return dims.get("nationality") != "*" or nationality(label) is not None
    return False


def _owner(heads: list[Heading], line: int, label: str) -> Heading | None:
    above = [h for h in heads if h.line <= line and accepts(h.title, label)]
    return above[-1] if above else None


# --- pairs --------------------------------------------------------------------------------------


def _value(text: str) -> str | None:
    v = text.replace("–", "-")
    parsed = parse_value(v.lstrip("-"))
    return v if parsed is not None and parsed.value != 0 else None  # a lone 0 is an axis origin


def _doubled_label(token_text: str, label: str) -> bool:
    """'PooPloos ls' is 'Pools' twice, letter by letter: two layers of one label."""
    s, a = token_text.replace(" ", ""), label.replace(" ", "")
    if len(s) != 2 * len(a) or s == a + a:
        return False
    seen = {(0, 0)}
    for ch in s:
        seen = {(i + 1, j) for i, j in seen if i < len(a) and a[i] == ch} | \
               {(i, j + 1) for i, j in seen if j < len(a) and a[j] == ch}
        if not seen:
            return False
    return (len(a), len(a)) in seen


def _clean_label(label: str) -> bool:
    """Letters of two labels merged ('IndiTaasurks') or a label cut at an abbreviation ('art.')
    are no label."""
    parts = re.split(r"[\s/\-]+", label)
    return not any(DAMAGED.search(_letters(w)) for w in parts) and not label.endswith(".")


def _pairs(lines: list[str], heading_lines: set[int]) -> list[tuple[int, str, str, str]]:
    """(line index, label, value, quote) for every label tied to its value by the lines alone."""
    out = []
    bare = [BARE.match(t) for t in lines]
    for k, t in enumerate(lines):
        t = re.sub(r"^(?:\d{1,3}(?:\.\d{3})+\s+)+", "", t)  # axis ticks read in front of a label
        if (m := PAIR.match(t)) and _clean_label(m["label"]) and (v := _value(m["value"])):
            out.append((k, m["label"].strip(), v, t))

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
            out.append((k, t, v, f"{t} {bare[j]['value']}"))
    return out


def _conflicts(lines: list[str], pairs) -> set[str]:
    """Labels the page shows with two different values, counting two layers of one label
    merged letter by letter ('PooPloos ls 7%', 'Indiaas 4%4%')."""
    values: dict[str, set[str]] = {}
    for _, label, v, _ in pairs:
        values.setdefault(label, set()).add(v)
    labels = list(values)
    for t in lines:
        m = re.match(rf"^(?P<text>[\p{{L}} ]+?)\s+(?P<v>{NUM})(?P=v)?$", t)
        if not m:
            continue
        text = m["text"].strip()
        for label in labels:
            if (text == label or _doubled_label(text, label)) and _value(m["v"]):
                values[label].add(m["v"])
    return {label for label, vs in values.items() if len(vs) > 1}


# --- the page ------------------------------------------------------------------------------------


def text_dashboard_tables(document: Document) -> list[Table]:
    vocab = document_vocab(document)
    tables: list[Table] = []
    for page in document.pages:
        if not is_dashboard(page):
            continue
        lines = [re.sub(r"\s+", " ", b.text).strip() for b in page.blocks if b.role == Role.DASHBOARD_PANEL]
        tables += page_tables(lines, page.number, vocab)
    return tables


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
    by_head: dict[int, list[GridRow]] = {}
    owners: dict[int, Heading] = {}
    seen: set[tuple[int, str]] = set()
    for k, label, v, quote in pairs:
        head = _owner(heads, k, label)
        if head is None or label in bad or (id(head), label) in seen:
            continue
        seen.add((id(head), label))
        owners[id(head)] = head
        by_head.setdefault(id(head), []).append(GridRow([(label, None), (v, None)], quote=quote))
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
        header = next((ws[-3:] for j in range(top + 1, first) if len(ws := lines[j].split()) >= 3
                       and all(w[:1].isupper() and not re.search(r"\d", w) for w in ws[-3:])), None)
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
        label = lines[k - 1].rstrip(":") if k and LABEL.match(lines[k - 1].rstrip(":")) else ""
        sub = next((s["head"] for j in range(k - 1, -1, -1) if (s := SUBHEAD.search(lines[j]))), None)
        title = ": ".join(x for x in (sub, label) if x) or "Top 3"
        table = build_table(rows, page=page, method="dashboard", kind="ranking", header_cols=0)
        table.title = title
        table.caption = Caption(text=title, title=title)
        out.append(table)
    return out
