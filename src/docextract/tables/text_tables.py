"""Tables in text layers (method "text"): the IND sheet's panels, and the figure tables and
chart labels that sit right above a "Figuur N:" caption.

A text layer has no geometry, so a figure's region is the run of non-prose lines above its
caption; inside it, a data row is a label followed by values at the end of the line, a header
line is one without values (or with only years), and a chart is "Label; value" pairs.
"""

from __future__ import annotations

import re

from ..calendar_nl import is_year
from ..models import Document, Table
from .arithmetic import assign_changes
from .captions import caption_at, is_caption
from .charts import axis_lines, axis_values, bar_labels, chart_from_lines, stacked_shares
from .panels import looks_like_dashboard, parse_panels
from .structure import (
    GridRow,
    TLine,
    build_table,
    is_value,
    parse_value,
    running_footers,
    text_lines,
)
from .text_headers import HeaderLine, header_paths
from .text_headers import groups as header_cells
from .text_pages import line_pages

# a footnote number on its own line, or a printer's slug: never part of a table
NOISE = re.compile(r"^\d{1,3}\s*$|.*\.indd\b")
VALUE_RUN = re.compile(
    r"(?P<vals>(?:\s+(?:[+\-−–<]?\d[\d.,]*%?(?:\s+(?:weken|dagen))?|-)){1,12})\s*$")
MAX_REGION = 45


# '4.3.3.1 Verhuisbewegingen': short numbers, then a word ('6.110 5.150 ...' is a table row)
HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+[^\d\s<>%+-]|^\(?Bron\s*:")
YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}(?:\s*-\s*[IV]+)?$")


def is_prose(text: str) -> bool:
    """A running-text line: long, mostly lower-case words, few figures; or the end of a
    sentence; or a numbered heading / Bron line (the figure starts below it)."""
    t = text.strip()
    if HEADING.match(t):
        return True
    words = t.split()
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) >= 3 and caps >= len(words) / 2 and "," not in t:
        return False  # a header row of capitalised cells ('Aantal Aantal kinderen Gemiddelde ...')
    values = sum(1 for w in words if is_value(w))
    figures = sum(1 for w in words if is_value(w) and not is_year(w))  # years are words in prose
    if t.endswith(".") and len(words) >= 2 and figures == 0 and "t.o.v" not in t:
        return True
    if t.endswith(".") and len(words) >= 8 and values <= 1:
        return True  # a sentence with one number in it ('binnen 3 maanden ... ingediend.')
    return len(t) >= 62 and figures <= 2 and len(words) >= 9


def figure_region(lines: list[TLine], cap_index: int, footers: frozenset[str] = frozenset(),
                  start: int = 0) -> list[TLine]:
    """The lines between the previous prose/caption/footer line (or `start`, where the
    previous caption's last line ended) and the caption."""
    region: list[TLine] = []
    k = cap_index - 1
    while k >= start and len(region) < MAX_REGION:
        t = lines[k].text.strip()
        if is_caption(t) or is_prose(t) or " ".join(t.split()) in footers:
            break
        region.append(lines[k])
        k -= 1
    return region[::-1]


def split_values(text: str) -> tuple[str, list[str]]:
    """'Aanvragen 41.820 45.300' -> ('Aanvragen', ['41.820', '45.300']); years in the label stay
    there when the label would otherwise be empty ('2021 13.980' -> ('2021', ['13.980']))."""
    t = text.strip()
    m = VALUE_RUN.search(" " + t)
    if not m:
        return t, []
    vals = re.findall(r"[+\-−–<]?\d[\d.,]*%?(?:\s+(?:weken|dagen))?|(?<!\S)-(?!\S)", m["vals"])
    label = (" " + t)[: m.start()].strip()
    # a leading year (or 'year - I') is a row label, not a value
    while vals and (not label or label.endswith(("verschil", "t.o.v.", "t.o.v"))) \
            and is_year(vals[0].split()[0]):
        label = (label + " " + vals.pop(0)).strip()
    if label.endswith(" -") or label == "-":
        label = label.rstrip(" -")
    return label, vals


def drop_axis_ticks(vals: list[str]) -> list[str]:
    """'120.823 0 50.000 100.000 150.000 200.000' -> ['120.823']: a chart's value axis, set on
    the baseline of its last bar label, is no figure of the row."""
    for k in range(max(len(vals) - 2, 0)):
        if axis_values(vals[k:], ("count", "percent")) is not None:
            return vals[:k]
    return vals


def parse_text_grid(region: list[TLine], footers: frozenset[str] = frozenset(),
                    strict: bool = False) -> tuple[list[GridRow], int] | None:
    """Region lines -> grid rows (header rows first) and the number of value columns; `strict`:
    None unless the header cells account for every column (text_headers)."""
    rows: list[tuple[str, list[str], str]] = []
    headers: list[str] = []
    head_lines: list[HeaderLine] = []
    last = ""
    year_label = ""  # a year set alone on its line labels the value lines under it
    pending = ""  # a label line without figures, waiting for its figures on the next line
    for line in region:
        t = line.text.strip()
        if not t or NOISE.match(t) or " ".join(t.split()) in footers:
            continue
        label, vals = split_values(t)
        vals = drop_axis_ticks(vals)
        prev, last = last, ""
        prev_row = prev == "row"
        if rows and re.match(r"^t\.o\.v\.?\s*(?:19|20)\d{2}$", t):
            lab, v, q = rows[-1]
            rows[-1] = (f"{lab} {t}", v, f"{q} {t}")  # '% verschil 2022' + 't.o.v. 2021'
            continue
        if vals and all(is_year(v) for v in vals) and not rows:
            headers.append(t)  # 'T&O 2021 2022 2021': column years
            head_lines.append(HeaderLine(t, line.trailing))
            continue
        if not vals and is_year(t):
            year_label = t
            continue
        if vals and not label and year_label:
            rows.append((year_label, vals, t))
            continue
        if year_label and not rows:
            headers.append(year_label)  # a year over the header cells, not a row label
            head_lines.append(HeaderLine(year_label))
        year_label = ""
        prev_lead, pending = pending, ""
        if vals and label and (YEAR_LABEL.match(label) or not re.fullmatch(r"[\d.,%+\-<> ]+", label)):
            rows.append((label, vals, t))
            last = "row"
        elif vals and not label and rows and prev_row and len(rows[-1][1]) == 1:
            lab, v, q = rows[-1]  # the row's other figures set on the line under its label
            rows[-1] = (lab, vals + v, f"{q} {t}")
        elif vals and not label and len(vals) >= 2 and len(header_cells(prev_lead)) >= 2:
            # 'Emmen Onderdeel van' over '40 20 20': the label, then a text cell in the first
            # value column(s), then the figures
            cells = header_cells(prev_lead)
            rows.append((cells[0], cells[1:] + vals, f"{prev_lead} {t}"))
            last = "lead"
        elif vals and not label:
            rows.append(("", vals, t))  # a numbered row or a total without label (see _numbered)
        elif not vals:
            if rows and (t[:1].islower() or t.startswith("t.o.v.")) and len(t) < 40:
                lab, v, q = rows[-1]
                if prev == "lead":  # the text cell wraps, not the label
                    v = [f"{v[0]} {t}"] + v[1:]
                else:
                    lab = f"{lab} {t}".strip()
                rows[-1] = (lab, v, f"{q} {t}")  # wrapped label
            elif rows and t[:1].isupper():
                pending = t
            elif not rows:
                headers.append(t)
                head_lines.append(HeaderLine(t, line.trailing))
    loose = [(v[0], q) for lab, v, q in rows if len(v) == 1 and _is_change(v[0])]
    rows = _numbered(rows)
    if len(rows) < 1:
        return None
    n = max(len(v) for _, v, _ in rows)
    if n == 0:
        return None
    paths = header_paths(head_lines, n) if head_lines else None
    if strict and paths is None:
        return None
    if paths is not None and loose and _change_layout(paths):
        rows = _place_changes([r for r in rows if not (len(r[1]) == 1 and _is_change(r[1][0]))], loose, n)
    grid: list[GridRow] = []
    if paths is not None:
        depth = max(len(p) for p in paths)
        for level in range(depth):
            cells = [(p[level] if level < len(p) else "", None) for p in paths]
            grid.append(GridRow(cells, header=True, quote=" ".join(headers)))
        groups = len({p[0] for p in paths[1:] if len(p) > 1})
    elif headers:
        grid.append(_fallback_header(headers, n))
        groups = 1
    else:
        groups = 1
    for label, vals, quote in rows:
        if len(vals) < n and groups > 1:
            continue  # a short row under year groups: which group it fills is not printed
        vals = vals + [""] * (n - len(vals)) if len(vals) < n else vals
        grid.append(GridRow([(label, None)] + [(v, None) for v in vals], quote=quote))
    return grid, n


def _is_change(text: str) -> bool:
    v = parse_value(text)
    return v is not None and v.change


def _change_layout(paths: list[list[str]]) -> bool:
    """Columns ... year, year, '% verschil ...': the last column is the change between the two
    before it."""
    return len(paths) >= 4 and all(p and is_year(p[-1]) for p in paths[-3:-1]) \
        and bool(paths[-1]) and "verschil" in paths[-1][-1].lower()


def _place_changes(rows: list[tuple[str, list[str], str]], loose: list[tuple[str, str]],
                   n: int) -> list[tuple[str, list[str], str]]:
    """Change values printed on lines of their own ('-15%', 'Waarvan op enig moment -36%') go
    to the row missing its change whose two year figures give exactly that percentage."""
    def pair(vals: list[str]):
        if len(vals) != n - 1:
            return None
        a, b = parse_value(vals[-2]), parse_value(vals[-1])
        ok = a is not None and b is not None and a.unit == b.unit == "count"
        return (a.value, b.value) if ok else None

    placed = assign_changes([pair(v) for _, v, _ in rows], [parse_value(c).value for c, _ in loose])
    out = list(rows)
    for c, r in placed.items():
        label, vals, quote = out[r]
        out[r] = (label, vals + [loose[c][0]], f"{loose[c][1]} {quote}")
    return out


def _numbered(rows: list[tuple[str, list[str], str]]) -> list[tuple[str, list[str], str]]:
    """Rows without a label: numbered rows ('1 1.490 15 2.630 11', '2 460 ...': their first
    figures run 1, 2, 3 ...) take that number as their label; a label-less row right after them
    with one figure fewer is their total. Any other label-less row is a stray value (an axis
    tick, '(9.969)') and is dropped."""
    out: list[tuple[str, list[str], str]] = []
    k = 0
    while k < len(rows):
        label, vals, quote = rows[k]
        if label:
            out.append(rows[k])
            k += 1
            continue
        run = []
        while k + len(run) < len(rows) and not rows[k + len(run)][0] and rows[k + len(run)][1][0] == str(len(run) + 1):
            run.append(rows[k + len(run)])
        if len(run) >= 3:
            width = max(len(v) for _, v, _ in run)
            out += [(v[0], v[1:], q) for _, v, q in run]
            k += len(run)
            if k < len(rows) and not rows[k][0] and len(rows[k][1]) == width - 1:
                out.append(rows[k])
                k += 1
            continue
        k += 1
    return out


def _fallback_header(headers: list[str], n: int) -> GridRow:
    """Header cells when no rule of text_headers accounts for the columns: a line with one
    year per column, else the header words spread as well as they go."""
    year_head = next((h for h in headers if len(split_values(h)[1]) == n), None)
    cells = [("", None)] + [("", None)] * n
    if year_head:
        lab, vals = split_values(year_head)
        cells = [(lab, None)] + [(v, None) for v in vals]
    other = " ".join(h for h in headers if h is not year_head).strip()
    if other:
        if year_head and "verschil" in other.lower():
            cells[-1] = (f"{other} {cells[-1][0]}".strip(), None)
        elif not year_head and len(other.split()) == n + 1 and len(headers) == 1:
            cells = [(w, None) for w in other.split()]  # one word per column
        elif not year_head and _capitalised_tail(headers[0], n):
            # 'Soort aanvraag Afwijzing Inwilliging Overige Totaal': the last n words head
            # the columns, the rest the label column
            words = headers[0].split()
            cells = [(" ".join(words[:-n]), None)] + [(w, None) for w in words[-n:]]
        elif not year_head:
            cells = [("", None)] + [(other, None)] * n
        else:
            cells[0] = (f"{other} {cells[0][0]}".strip(), None)
    return GridRow(cells, header=True, quote=" ".join(headers))


def _capitalised_tail(header: str, n: int) -> bool:
    words = header.split()
    return n >= 3 and len(words) > n and all(w[:1].isupper() and w.isalpha() for w in words[-n:])


def text_tables(text: str, document: Document) -> list[Table]:
    lines = text_lines(text)
    for line, page in zip(lines, line_pages([ln.text for ln in lines], document), strict=True):
        line.page = page
    if looks_like_dashboard(lines):
        return parse_panels(lines, method="text")
    tables: list[Table] = []
    footers = running_footers(document)
    i = after = 0
    claimed: set[int] = set()
    while i < len(lines):
        cap, used = caption_at(lines, i)
        if cap is None:
            i += 1
            continue
        region = figure_region(lines, i, footers, after)
        after = i + max(used, 1)
        claimed.update(range(region[0].index if region else i, after))
        grids = ranking_grids([ln.text for ln in region], lines[i].page, "text")
        for g in grids:
            g.caption, g.title, g.order = cap, cap.title, i
        tables += grids
        table = None if grids else chart_from_lines(region, method="text")
        axis = axis_lines(region) if table is None and not grids else set()
        if axis:
            # a chart with a value axis is never a table
            table = bar_labels(region, method="text", axis=axis) or \
                stacked_shares(region, cap.title or "", _notes(lines, after), axis=axis)
        elif table is None and not grids:
            parsed = parse_text_grid(region, footers)
            if parsed is not None:
                table = build_table(parsed[0], page=lines[i].page, method="text")
        if table is not None:
            table.caption = cap
            table.title = cap.title
            table.order = i
            tables.append(table)
        i += max(used, 1)
    from .uncaptioned import uncaptioned_tables

    return tables + uncaptioned_tables(lines, footers, claimed)


MAX_NOTES = 4


def _notes(lines: list[TLine], start: int) -> list[str]:
    """The running text right under a caption (up to the first line that is no prose-like
    text): what it says about the figure."""
    out = []
    for ln in lines[start:start + MAX_NOTES]:
        t = ln.text.strip()
        if is_caption(t) or sum(1 for w in t.split() if w.isalpha() and w.islower()) < 3:
            break
        out.append(t)
    return out


RANK_LINE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")


def ranking_grids(texts: list[str], page: int, method: str) -> list[Table]:
    """Top-N lists side by side ('1. India India China China Filipijnen' under a header
    '2021 Gezin en Kennis en Studie Arbeid Overige'): one table per header block, a column per
    category named in the header, a nationality per cell. Every word of a rank line must be a
    country, as many as the header names categories; otherwise no grid."""
    from .vocab import migration_categories, nationality

    tables: list[Table] = []
    header: list[str] = []
    rows: list[GridRow] = []
    cats: list[tuple[str, str, str]] = []

    def flush() -> None:
        if header and rows and cats:
            head = " ".join(header)
            year = next((w for w in head.split() if is_year(w)), "")
            cells = [(year, None)] + [(f"{year} {word}".strip(), None) for word, _, _ in cats]
            t = build_table([GridRow(cells, header=True, quote=head)] + rows, page=page, method=method,
                            kind="ranking")
            tables.append(t)

    for text in texts:
        t = text.strip()
        m = RANK_LINE.match(t)
        if m:
            names = m[2].split()
            if not cats or len(names) != len(cats) or any(nationality(n) is None for n in names):
                return []
            rows.append(GridRow([(m[1], None)] + [(n, None) for n in names], quote=t))
            continue
        if rows:
            flush()
            header, rows, cats = [], [], []
        header.append(t)
        if not cats:
            cats = migration_categories(t)
    flush()
    return tables
