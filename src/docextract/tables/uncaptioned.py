"""Tables without a "Figuur N:" caption in a text layer: a header row and rows of figures set
between two paragraphs ("2021 Ingediend Afgehandeld % gegrond" / "Familie en gezin 4.970 4.340
30%" / ... / "Totaal 5.980 5.290 28%").

Without a caption a run of figures could be anything, so a block counts as a table only on
evidence: header cells that account for every column, at least three rows with a label and a
figure in every column, and a closing "Totaal" row that is the sum of the rows above in some
count column. Its title is the section heading above it, which the figure rules read as they
read a caption title.
"""

from __future__ import annotations

import re

from ..models import Table
from .arithmetic import sums_to
from .captions import is_caption
from .structure import TLine, build_table, is_total, parse_value

MIN_ROWS = 3
HEADING_WINDOW = 60  # lines: how far above a table its section heading may stand
NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?P<title>[^\d\s].*)$")


def _body(grid) -> list[list[str]]:
    return [[c for c, _ in r.cells] for r in grid if not r.header]


def is_table(grid, n: int) -> bool:
    """The evidence that a run of figures without a caption is a table (module docstring)."""
    body = _body(grid)
    if n < 2 or len(body) < MIN_ROWS + 1 or not grid[0].header:
        return False
    if any(not r[0] or any(parse_value(c) is None for c in r[1:]) for r in body):
        return False
    *parts, total = body
    if not is_total(total[0]):
        return False
    for col in range(1, n + 1):
        vals = [parse_value(r[col]) for r in parts]
        tot = parse_value(total[col])
        if all(v.unit == "count" for v in vals) and tot.unit == "count" \
                and sums_to([v.value for v in vals], tot.value):
            return True
    return False


def section_title(lines: list[TLine], index: int) -> str | None:
    """The title of the nearest numbered heading above lines[index] ('2.2.3.7 Bezwaar en
    (hoger) beroep' -> 'Bezwaar en (hoger) beroep')."""
    for k in range(index - 1, max(index - HEADING_WINDOW, -1), -1):
        m = NUMBERED_HEADING.match(lines[k].text.strip())
        if m:
            return m["title"].strip()
    return None


def uncaptioned_tables(lines: list[TLine], footers: frozenset[str], claimed: set[int]) -> list[Table]:
    """Tables in runs of non-prose lines that no caption claims (`claimed`: line indices of the
    figure regions and captions)."""
    from .text_tables import is_prose, parse_text_grid

    def boundary(k: int) -> bool:
        t = lines[k].text.strip()
        return not t or is_prose(t) or is_caption(t) or " ".join(t.split()) in footers

    tables: list[Table] = []
    k = 0
    while k < len(lines):
        if boundary(k) or k in claimed:
            k += 1
            continue
        start = k
        while k < len(lines) and not boundary(k) and k not in claimed:
            k += 1
        if k < len(lines) and (is_caption(lines[k].text.strip()) or k in claimed):
            continue  # the lines above a caption are its figure's
        run = lines[start:k]
        parsed = parse_text_grid(run, footers, strict=True) if len(run) > MIN_ROWS else None
        if parsed is None or not is_table(*parsed):
            continue
        title = section_title(lines, start)
        if title is None:
            continue
        table = build_table(parsed[0], page=run[0].page, method="text", title=title)
        table.order = start
        tables.append(table)
    return tables
