"""Charts: the data labels printed inside a figure become values; nothing else does.

Pie and bar charts in these publications print "Category; value" labels ("Syrië; 36%",
"Arbeid werkgever in NL; 1.580"), sometimes wrapped over two lines, sometimes with the value
on the next line, and in overlapping layers the labels and values come out of order
("Overig;" "Albanese;" "65%" "6%": pending labels take values first in, first out).
Bar charts whose value labels stand next to a category label are read from geometry
(`bar_labels`). Axis ticks (an evenly spaced run of round numbers) and legends without values
yield nothing.
"""

from __future__ import annotations

import re

from ..models import Document, FactCandidate, Table
from .structure import GridRow, TLine, Word, build_table, is_year, parse_value, union

PAIR = re.compile(r"^(?P<label>[^;]+?)\s*;\s*(?P<value>[+\-]?\d[\d.,]*%?)?\s*$")
LONE_VALUE = re.compile(r"^[+\-]?\d[\d.,]*%?$")


def label_pairs(lines: list[TLine]) -> list[tuple[str, str, list[Word]]]:
    """(label, value text, words) for every 'Label; value' data label among `lines`."""
    out: list[tuple[str, str, list[Word]]] = []
    pending: list[tuple[str, list[Word]]] = []
    prefix: list[TLine] = []
    for line in lines:
        t = line.text.strip()
        m = PAIR.match(t)
        if m:
            label = m["label"].strip()
            words = list(line.words)
            if prefix and label[:1].islower():  # 'Arbeid werkgever' + 'in NL; 1.580'
                label = " ".join(p.text.strip() for p in prefix) + " " + label
                words = [w for p in prefix for w in p.words] + words
            prefix = []
            if m["value"]:
                out.append((label, m["value"], words))
            else:
                pending.append((label, words))
        elif LONE_VALUE.match(t) and pending:
            label, words = pending.pop(0)
            out.append((label, t, words + list(line.words)))
        elif not LONE_VALUE.match(t):
            prefix = [line] if not prefix or len(prefix) > 1 else prefix + [line]
    return out


def chart_from_lines(lines: list[TLine], method: str) -> Table | None:
    pairs = label_pairs(lines)
    if len(pairs) < 2:
        return None
    rows = []
    for label, value, words in pairs:
        value_words = [w for w in words if w.text.strip(";") == value or w.text == value]
        label_words = [w for w in words if w not in value_words]
        rows.append(GridRow([(label, union(w.bbox for w in label_words)),
                             (value, union(w.bbox for w in value_words))],
                            quote=f"{label}; {value}"))
    page = lines[0].page if lines else 1
    return build_table(rows, page=page, method=method, kind="chart")


def is_axis(values: list[float]) -> bool:
    """An evenly spaced run of three or more numbers from zero (0, 5.000, 10.000 ...): axis
    ticks. Row numbers 1, 2, 3 ... are evenly spaced too, but an axis starts at 0."""
    if len(values) < 3 or min(values) != 0:
        return False
    v = sorted(values)
    steps = {round(b - a, 6) for a, b in zip(v, v[1:], strict=False)}
    return len(steps) == 1 and v[1] != v[0]


def chart_facts(table: Table, document: Document) -> list[FactCandidate]:
    from .to_facts import chart_cell_facts

    return chart_cell_facts(table, document)


def value_of(text: str):
    return parse_value(text)


def _axis_groups(nums: list, key) -> set[int]:
    """Indices of numeric chunks that form an axis: three or more sharing an x edge (vertical
    axis) or a baseline (horizontal axis) with evenly spaced values."""
    ticks: set[int] = set()
    groups: list[list[int]] = []
    for i, c in enumerate(nums):
        for g in groups:
            if abs(key(nums[g[0]]) - key(c)) < 2:
                g.append(i)
                break
        else:
            groups.append([i])
    for g in groups:
        values = [parse_value(nums[i].text).value for i in g]
        if len({nums[i].text.strip().endswith("%") for i in g}) > 1:
            continue  # an axis prints all its ticks alike: '20', '10', '0%' is a table's column
        if is_axis(values):
            ticks.update(g)
    return ticks


def bar_chart(lines, page: int) -> Table | None:
    """Bar and column charts: each printed value label goes to the category it stands beside
    (column charts: the x-axis label below it; bar charts: the y-axis label level with it).
    Axis ticks and legends give nothing; a chart without value labels gives no table."""
    chunks = [c for ln in lines for c in ln.chunks]
    nums = [c for c in chunks if parse_value(c.text) is not None and not is_year(c.text)]
    years = [c for c in chunks if is_year(c.text)]
    ticks = _axis_groups(nums, lambda c: c.x1) | _axis_groups(nums, lambda c: c.top)
    values = [c for i, c in enumerate(nums) if i not in ticks]
    if not ticks or len(values) < 2:
        return None  # no value axis: a table, not a chart
    # categories: years on one baseline under the plot (column chart), else text labels at
    # the left edge (bar chart)
    x_axis = [c for c in years if sum(1 for o in years if abs(o.top - c.top) < 2) >= 2]
    texts = [c for c in chunks if parse_value(c.text) is None and not is_year(c.text)]
    left = min((c.x0 for c in chunks), default=0)
    y_axis = [c for c in texts if c.x0 - left < 40 and len(c.text) < 25]
    rows = []
    for v in sorted(values, key=lambda c: (c.top, c.x0)):
        if x_axis:
            cat = min(x_axis, key=lambda c: abs((c.x0 + c.x1) / 2 - (v.x0 + v.x1) / 2))
        elif y_axis:
            cat = min(y_axis, key=lambda c: abs((c.top + c.bottom) / 2 - (v.top + v.bottom) / 2))
        else:
            return None
        rows.append(GridRow([(cat.text, cat.bbox), (v.text, v.bbox)], quote=v.text))
    return build_table(rows, page=page, method="bars", kind="chart", header_cols=1)


def _overlap_x(a, b, slack: float = 4.0) -> bool:
    return a.x0 - slack <= b.x1 and b.x0 - slack <= a.x1


def chart_from_chunks(lines, page: int) -> Table | None:
    """Data labels of a PDF chart region, paired by geometry: 'Label; value' in one chunk,
    or 'Label;' with its value right below it; a label's first line ('Arbeid werkgever') sits
    right above its second ('in NL; 1.580')."""
    chunks = sorted((c for ln in lines for c in ln.chunks), key=lambda c: (round(c.top), c.x0))
    used: set[int] = set()
    pairs = []
    for i, c in enumerate(chunks):
        m = PAIR.match(c.text.strip())
        if not m or i in used:
            continue
        label, boxes = m["label"].strip(), [c.bbox]
        head = [j for j, o in enumerate(chunks) if j not in used and j != i and not PAIR.match(o.text)
                and not LONE_VALUE.match(o.text) and 0 <= c.top - o.bottom <= 0.8 * (c.bottom - c.top)
                and _overlap_x(o, c, 0)]
        if head and label[:1].islower():
            j = head[0]
            used.add(j)
            label = f"{chunks[j].text.strip()} {label}"
            boxes.insert(0, chunks[j].bbox)
        value, vbox = m["value"], c.bbox
        if not value:
            below = [j for j, o in enumerate(chunks) if j not in used and LONE_VALUE.match(o.text.strip())
                     and 0 <= o.top - c.bottom <= 1.0 * (c.bottom - c.top) and _overlap_x(o, c)]
            if not below:
                continue
            j = min(below, key=lambda j: chunks[j].top)
            used.add(j)
            value, vbox = chunks[j].text.strip(), chunks[j].bbox
        used.add(i)
        pairs.append(GridRow([(label, union(boxes)), (value, vbox)], quote=f"{label}; {value}"))
    if len(pairs) < 2:
        return None
    return build_table(pairs, page=page, method="labels", kind="chart")
