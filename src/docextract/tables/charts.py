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


# --- bar charts in a text layer ------------------------------------------------------------------

BAR_VALUE = re.compile(r"^[+\-]?\d[\d.,]*%?$")
BAR_LABEL = re.compile(r"^[^\d;]+$")
MIN_TICKS = 4


def _ticks(texts: list[str]) -> list[float] | None:
    vals = [parse_value(t) for t in texts]
    if len(vals) < MIN_TICKS or any(v is None or v.unit not in ("count", "percent") or v.unit != vals[0].unit
                                    for v in vals):
        return None
    nums = [v.value for v in vals]
    return nums if is_axis(nums) else None


def axis_lines(lines: list[TLine]) -> set[int]:
    """Indices of the lines that print a chart's value axis: one line of evenly spaced ticks
    from 0 ('0 50.000 100.000 150.000 200.000'), or ticks one per line ('40.000', '35.000', ...
    '0', a data label sometimes set on the same baseline: '10.000 79%')."""
    out = {k for k, ln in enumerate(lines) if _ticks(ln.text.split())}
    firsts = {k: ln.text.split()[0] for k, ln in enumerate(lines)
              if ln.text.split() and not is_year(ln.text.split()[0])
              and (v := parse_value(ln.text.split()[0])) is not None and v.unit == "count"}
    if len(firsts) >= MIN_TICKS:
        vals = sorted({parse_value(t).value for t in firsts.values()})
        step = next((v for v in vals if v > 0), None)
        run = [v for v in vals if step and v % step == 0]
        if 0 in vals and len(run) >= MIN_TICKS and is_axis(run) and run == [step * i for i in range(len(run))]:
            out |= {k for k, t in firsts.items() if parse_value(t).value in run}
    return out


def bar_labels(lines: list[TLine], method: str) -> Table | None:
    """A bar chart's data labels in a text layer: 'Pools 176.074' on one line, or label and
    value on lines of their own next to each other ('49.128' / 'Italiaans', 'Belgisch' /
    '38.156'). Lone labels and values pair up in the order they come, within a run of lone
    lines; a run that does not pair up, or any other line, means no chart. A ranked chart
    (labels sorted by value, 'Overig' last) must come out sorted."""
    axis = axis_lines(lines)
    if not axis:
        return None
    items: list[tuple[str, str, str]] = []  # (kind, label, value): 'pair', 'label', 'value'
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if k in axis or not t:
            continue
        words = t.split()
        if BAR_VALUE.match(t):
            items.append(("value", "", t))
        elif len(words) >= 2 and BAR_VALUE.match(words[-1]) and BAR_LABEL.match(" ".join(words[:-1])):
            items.append(("pair", " ".join(words[:-1]), words[-1]))
        elif BAR_LABEL.match(t) and t[:1].isupper():
            items.append(("label", t, ""))
        else:
            return None
    rows: list[tuple[str, str]] = []
    run: list[tuple[str, str, str]] = []

    def flush() -> bool:
        if len(run) % 2:
            return False
        for a, b in zip(run[::2], run[1::2], strict=True):
            if {a[0], b[0]} != {"label", "value"}:
                return False
            lab, val = (a, b) if a[0] == "label" else (b, a)
            rows.append((lab[1], val[2]))
        run.clear()
        return True

    for item in items:
        if item[0] == "pair":
            if not flush():
                return None
            rows.append((item[1], item[2]))
        else:
            run.append(item)
    if not flush() or len(rows) < 2:
        return None
    from .vocab import nationality

    ranked = [parse_value(v) for lab, v in rows if nationality(lab) not in ("other", "unknown")]
    if any(v is None for v in ranked) or any(a.value < b.value for a, b in zip(ranked, ranked[1:], strict=False)):
        return None
    page = lines[0].page if lines else 1
    return build_table([GridRow([(lab, None), (val, None)], quote=f"{lab} {val}") for lab, val in rows],
                       page=page, method=method, kind="chart")
