"""Column headers of a text-layer table, rebuilt without geometry.

A text layer prints a table's header cells left to right, one baseline at a time: a header that
wraps leaves its first words on one line and the rest on the lines below, mixed with the
other columns' tails ("Aantal Aantal kinderen Gemiddelde verblijfs-" / "verhuis- duur bij
uitstroom duur bij uitstroom"). The evidence used to put the words back:

- a column header starts with a capital ("Totaal toegelaten", "Actuele bezetting") or with
  '%' ("% gegrond"); words in parentheses never start one;
- a header that goes on below ends in a hyphen, or is the last on a line the text layer ended
  with a space (the wrapped cell's space survives);
- columns under year groups repeat the same sub-headers per year, so their wrapped tails
  repeat too ("duur bij uitstroom duur bij uitstroom");
- a header row of periods ('januari 2022', '2022-I', '2022-II', '2023') over a repeated
  sub-header ('Taakstelling Gehuisvest Taakstelling Gehuisvest'): the half years or years
  carry the sub-headers, the dates ('Stand op 1 januari 2022') stand alone.

Every rule must account for exactly the number of value columns the rows have; when none
does, the caller falls back to simpler headers (and a figure whose cells no rule names yields
no facts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..calendar_nl import HALF_YEAR, MONTH_ALTERNATION, MONTH_NAMES, is_year

CHANGE_WORDS = re.compile(r"verschil|t\.o\.v\.", re.I)
STOCK_WORDS = re.compile(r"\b(?:stand op|per|peildatum)\b", re.I)


@dataclass(frozen=True)
class HeaderLine:
    text: str
    trailing: bool = False  # the raw line ended in whitespace: its last cell wraps


def groups(text: str) -> list[str]:
    """'Gemeente Capaciteit Totaal toegelaten Actuele bezetting' -> one string per header cell:
    a cell starts at a capitalised word or '%', never inside parentheses."""
    out: list[list[str]] = []
    toks = text.split()
    inside = [False] * len(toks)  # within parentheses closed on this line ('(excl. Amv)')
    open_at: list[int] = []
    for k, tok in enumerate(toks):
        open_at += [k] * tok.count("(")
        for _ in range(tok.count(")")):
            if open_at:
                start = open_at.pop()
                for j in range(start + 1, k + 1):
                    inside[j] = True
    for k, tok in enumerate(toks):
        starts = not inside[k] and (tok[:1].isupper() or tok.startswith("%"))
        if starts or not out:
            out.append([tok])
        else:
            out[-1].append(tok)
    return [" ".join(g) for g in out]


def _period(words: list[str]) -> int:
    """Tokens that the period at the start of `words` takes: '2022-I' (1 or 3 tokens), a month
    and a year (2), a year (1); 0 when none starts here."""
    if not words:
        return 0
    if HALF_YEAR.fullmatch(words[0]):
        return 1
    if len(words) >= 3 and is_year(words[0]) and words[1] == "-" and words[2] in ("I", "II"):
        return 3
    if len(words) >= 2 and words[0].lower() in MONTH_NAMES and is_year(words[1]):
        return 2
    return 1 if is_year(words[0]) else 0


def anchors(text: str) -> tuple[str, list[str]] | None:
    """'Provincie januari 2022 2022-I 2022-II 2023' -> ('Provincie', ['januari 2022', '2022-I',
    '2022-II', '2023']): the label words, then one period per column group. None when a word
    after the first period is no period."""
    words = text.split()
    k = 0
    while k < len(words) and not _period(words[k:]):
        k += 1
    label, out = " ".join(words[:k]), []
    while k < len(words):
        n = _period(words[k:])
        if not n:
            return None
        out.append(" ".join(words[k:k + n]))
        k += n
    return (label, out) if out else None


def _repeat(items: list[str]) -> int:
    """The shortest period p (>= 1) with which `items` repeats at least twice, or 0."""
    for p in range(1, len(items) // 2 + 1):
        if len(items) % p == 0 and all(items[i] == items[i % p] for i in range(len(items))):
            return p
    return 0


def _continues(group: str, last: bool, trailing: bool) -> bool:
    return group.endswith("-") or group.count("(") > group.count(")") or (last and trailing)


def _tails(line: str, heads: list[str], cont: list[bool]) -> list[str] | None:
    """Split a continuation line over the header cells that go on (`cont`): with one such cell
    it takes the whole line; with repeated sub-headers, the line ends in the same tail once per
    repetition and what precedes the tails belongs to the label column (index 0)."""
    idx = [i for i, c in enumerate(cont) if c]
    words = line.split()
    out = [""] * len(heads)
    if len(idx) == 1:
        out[idx[0]] = line.strip()
        return out
    if len(idx) < 2:
        return None
    r = len(idx)
    for size in range(len(words) // r, 0, -1):
        tail = words[len(words) - size * r:]
        if all(tail[j * size:(j + 1) * size] == tail[:size] for j in range(r)):
            for i in idx:
                out[i] = " ".join(tail[:size])
            rest = " ".join(words[: len(words) - size * r])
            if rest:
                out[0] = rest
            return out
    return None


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if a else b


def _with_tails(heads: list[str], conts: list[HeaderLine], first: HeaderLine) -> list[str] | None:
    """The header cells of `first` completed with the continuation lines under it."""
    cont = [_continues(h, i == len(heads) - 1, first.trailing) for i, h in enumerate(heads)]
    p = _repeat(heads[1:])
    if p and any(cont[1:]):
        # repeated sub-headers wrap alike: a tail under one repetition is under them all
        for i in range(1, len(heads)):
            cont[i] = any(cont[1 + j] for j in range(len(heads) - 1) if j % p == (i - 1) % p)
    out = list(heads)
    for line in conts:
        parts = _tails(line.text, heads, cont)
        if parts is None:
            return None
        out = [_join(o, t) for o, t in zip(out, parts, strict=True)]
    return out


def _split_first(line: HeaderLine, n: int) -> list[str] | None:
    """The header cells of one line as n+1 cells (label column first), or None."""
    heads = groups(line.text)
    if len(heads) == n + 1:
        return heads
    if len(heads) == n:
        return [""] + heads
    return None


def header_paths(lines: list[HeaderLine], n: int) -> list[list[str]] | None:
    """Column paths (label column first, then n value columns) from a table's header lines,
    or None when no rule accounts for exactly n columns."""
    lines = [ln for ln in lines if ln.text.strip()]
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if line.text[:1].islower() or line.text.startswith("("):
            continue  # a continuation: the header cell it continues is further up
        conts = lines[k + 1:]
        above = lines[:k]
        stacked = _stacked(line, above, n) if not conts else None
        if stacked is not None:
            return stacked
        years = _year_columns(line, above, conts, n)
        if years is not None:
            return years
        heads = _split_first(line, n)
        if heads is None:
            if len(line.text.split()) <= 2:
                continue  # a fragment ('2021' under 't.o.v.'): the header row is further up
            return None
        full = _with_tails(heads, conts, line)
        if full is None and line.trailing:
            # a trailing space is the weakest sign of a wrap: without it the tails may fit
            full = _with_tails(heads, conts, HeaderLine(line.text))
        if full is None:
            return None
        return _under_years(full, above, n)
    return None


def _year_columns(line: HeaderLine, above: list[HeaderLine], below: list[HeaderLine], n: int) -> list[list[str]] | None:
    """'T&O 2021 2022 2021' with '% verschil' / '2022 t.o.v.' above it: one year per column;
    the wrapped change header ('% verschil 2022 t.o.v. 2021') heads the last column, its
    fragments above and below the year row read in order around that column's year."""
    text, tail = line.text, ""
    if (m := re.search(r"\s(%\s*verschil\b.*)$", text)) is not None:
        text, tail = text[: m.start()], m[1].strip()  # '2021 2022 % verschil 2022' / 't.o.v. 2021'
    found = anchors(text)
    if not found or not all(is_year(a) for a in found[1]) or len(found[1]) + bool(tail) != n:
        return None
    label, years = found
    paths = [[label] if label else []] + [[y] for y in years]
    up = " ".join(ln.text.strip() for ln in above)
    down = " ".join(ln.text.strip() for ln in below)
    if tail:
        paths.append([" ".join(x for x in (tail, down) if x)])
    elif CHANGE_WORDS.search(f"{up} {down}"):
        paths[-1] = [" ".join(x for x in (up, years[-1], down) if x)]
    return paths


def _under_years(cells: list[str], above: list[HeaderLine], n: int) -> list[list[str]] | None:
    """Cells under an optional year line ('2021 2022' over two columns each) and title words."""
    paths = [[c] if c else [] for c in cells]
    if is_year(cells[0]):
        paths = [paths[0]] + [[cells[0]] + p for p in paths[1:]]  # a year in the corner dates every column
    if not above:
        return paths
    year_line = above[-1]
    found = anchors(year_line.text)
    if found and all(is_year(a) for a in found[1]) and n % len(found[1]) == 0:
        label, years = found
        span = n // len(years)
        if span > 1 and len(years) > 1:
            for c in range(n):
                paths[1 + c].insert(0, years[c // span])
            extra = " ".join(ln.text.strip() for ln in above[:-1])
            label = _join(extra, label)
            if label:
                paths[0].insert(0, label)
            return paths
    if len(above) == 1 and not found and len(groups(above[0].text)) == 1:
        paths[0].insert(0, above[0].text.strip())  # a title over the label column
    return paths  # lines further up (another figure's labels, a legend) head no column


def _stacked(sub: HeaderLine, above: list[HeaderLine], n: int) -> list[list[str]] | None:
    """A row of periods with a repeated sub-header row under it; the dates among the periods
    ('januari 2022' under 'Stand op 1') take the day, month and stock words printed above."""
    subs = groups(sub.text)
    p = _repeat(subs)
    found = anchors(above[-1].text) if above and p else None
    if found is None:
        return None
    label, periods = found
    r = len(subs) // p
    span = [i for i, a in enumerate(periods) if HALF_YEAR.fullmatch(a)]
    if len(span) != r or span != list(range(span[0], span[0] + r)) or len(periods) - r + len(subs) != n:
        return None
    over = " ".join(ln.text for ln in above[:-1])
    day = re.search(r"\b(\d{1,2})\b", over)
    month = re.search(r"\b(" + MONTH_ALTERNATION + r")\b", f"{over} {above[-1].text}", re.I)
    stock = STOCK_WORDS.search(over)
    paths: list[list[str]] = [[label] if label else []]
    for i, a in enumerate(periods):
        if i in span:
            paths += [[a, subs[(i - span[0]) * p + j]] for j in range(p)]
        elif day and month and stock:
            paths.append([f"{stock[0]} {day[1]} {month[1].lower()} {a.split()[-1]}"])
        else:
            return None
    return paths
