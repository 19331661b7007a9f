"""Charts: the data labels printed inside a figure become values; nothing else does.

Pie and bar charts in these publications print "Category; value" labels ("Syrië; 36%",
"Arbeid werkgever in NL; 1.580"), sometimes wrapped over two lines, sometimes with the value
on the next line, and in overlapping layers the labels and values come out of order
("Overig;" "Albanese;" "65%" "6%": pending labels take values first in, first out).
Bar charts whose value labels stand next to a category label are read from geometry
(`bar_labels`). Stacked share columns of a text layer are read only where the columns' sums,
the labels' top-down order and the sentences under the figure leave one reading
(`stacked_shares`). Axis ticks (an evenly spaced run of round numbers) and legends without
values yield nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import combinations, product

from ..calendar_nl import is_year
from ..models import Document, FactCandidate, Table
from .structure import GridRow, TLine, Word, build_table, parse_value, union

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


def axis_values(texts: list[str], units: tuple[str, ...] | None = None,
                min_ticks: int = 3) -> list[float] | None:
    """The values of `texts` when they print a value axis: every text a figure, at least
    `min_ticks` of them, all of one unit (one of `units` when given), evenly spaced from zero
    (`is_axis`); else None."""
    vals = [parse_value(t) for t in texts]
    if len(vals) < min_ticks or any(v is None for v in vals):
        return None
    unit = vals[0].unit
    if (units is not None and unit not in units) or any(v.unit != unit for v in vals):
        return None
    nums = [v.value for v in vals]
    return nums if is_axis(nums) else None


def chart_facts(table: Table, document: Document) -> list[FactCandidate]:
    from .to_facts import chart_cell_facts, label_dimensions

    out = chart_cell_facts(table, document)
    series = [c.text for c in sorted(table.cells, key=lambda c: c.row) if c.col == 2]
    if table.method == STACKED and len(series) == len(out):  # the segment's series: 'Spoor 1'
        out = [f.model_copy(update={"dimensions": {**label_dimensions([name]), **f.dimensions}})
               for f, name in zip(out, series, strict=True)]
    return out


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


def axis_lines(lines: list[TLine]) -> set[int]:
    """Indices of the lines that print a chart's value axis: one line of evenly spaced ticks
    from 0 ('0 50.000 100.000 150.000 200.000'), or ticks one per line ('40.000', '35.000', ...
    '0', a data label sometimes set on the same baseline: '10.000 79%')."""
    out = {k for k, ln in enumerate(lines)
           if axis_values(ln.text.split(), ("count", "percent"), MIN_TICKS) is not None}
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


def bar_labels(lines: list[TLine], method: str, axis: set[int] | None = None) -> Table | None:
    """A bar chart's data labels in a text layer: 'Pools 176.074' on one line, or label and
    value on lines of their own next to each other ('49.128' / 'Italiaans', 'Belgisch' /
    '38.156'). Lone labels and values pair up in the order they come, within a run of lone
    lines; a run that does not pair up, or any other line, means no chart. A ranked chart
    (labels sorted by value, 'Overig' last) must come out sorted. `axis`: axis_lines(lines),
    when the caller has it already."""
    if axis is None:
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


# --- stacked share bars in a text layer ----------------------------------------------------------

STACKED = "stacked"
PERCENT = re.compile(r"^\d+(?:,\d+)?%$")
MAX_BARS = 4
MAX_ASSIGNMENTS = 20_000  # ways to share the labels out over the columns, tried one by one


def legend_series(texts: list[str], title: str) -> list[str] | None:
    """A legend of numbered series ('Spoor 1', 'Spoor 2', 'Spoor 4') whose letters the text layer
    spread over its lines ('poor 1', 'poor 2 S', 'oor 4 S', 'Sp'): its letters are exactly one
    word of the caption's title once per number. The series in the order of their numbers."""
    text = " ".join(texts)
    numbers = re.findall(r"\d+", text)
    letters = Counter(c.lower() for c in text if c.isalpha())
    if not numbers:
        return None
    stems = {w for w in re.findall(r"[^\W\d_]{3,}", title.lower())
             if Counter({c: n * len(numbers) for c, n in Counter(w).items()}) == letters}
    if len(stems) != 1:
        return None
    stem = stems.pop()
    return [f"{stem.capitalize()} {n}" for n in numbers]


def _heights_possible(bars: list[int], heights: list[float], lines: list[int], n: int) -> bool:
    """Each bar has some total T_b so that a data label drawn at height T_b * heights[i] comes
    out in the text layer's (top-down) line order: difference constraints on log T, feasible
    when their graph has no cycle that is not strictly positive (Floyd-Warshall)."""
    inf = math.inf
    dist = [[inf] * n for _ in range(n)]
    for i, j in product(range(len(bars)), repeat=2):
        if lines[i] < lines[j] and bars[i] != bars[j]:
            # label i above label j: log T_bi - log T_bj > log(h_j / h_i)
            w = -math.log(heights[j] / heights[i])
            dist[bars[i]][bars[j]] = min(dist[bars[i]][bars[j]], w)
    for k, i, j in product(range(n), repeat=3):
        dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
    return all(dist[i][i] > 1e-9 for i in range(n))


def _year_ties(notes: list[str], years: list[str], series: list[str]) -> list[tuple[str, float, str | None]]:
    """(year, share, series or None) from sentences printed under the figure that name one of its
    years and one share ('In 2022 stroomde 80% ... in spoor 4.', 'In 2021 was dit 79%.')."""
    out = []
    for sentence in re.split(r"(?<=\.)\s+", " ".join(notes)):
        named = [y for y in years if re.search(rf"\b{y}\b", sentence)]
        shares = re.findall(r"(?<![\d,+\-])(\d+(?:,\d+)?)%", sentence)
        if len(named) != 1 or len(shares) != 1:
            continue
        named_series = [s for s in series if re.search(rf"\b{re.escape(s)}\b", sentence, re.I)]
        out.append((named[0], parse_value(shares[0] + "%").value, named_series[0] if len(named_series) == 1 else None))
    return out


def _balanced(m: int, n: int, k: int):
    """Every way to give m labels (m = n * k) to n columns, k each: a column per label."""
    def fill(bar: int, left: list[int], acc: dict[int, int]):
        if bar == n:
            yield tuple(acc[i] for i in range(m))
            return
        for chosen in combinations(left, k):
            rest = [i for i in left if i not in chosen]
            yield from fill(bar + 1, rest, {**acc, **dict.fromkeys(chosen, bar)})

    yield from fill(0, list(range(m)), {})


def stacked_shares(lines: list[TLine], title: str, notes: list[str],
                   axis: set[int] | None = None) -> Table | None:
    """Column charts of stacked shares (each column 100%) in a text layer, whose data labels
    come out in top-down order among the axis ticks, with nothing to say which column a label
    belongs to ('17%', '30.000', '3%', ... '4% 80%', '10.000 79%').

    A reading is kept only when it is the only one that fits all the evidence: every column's
    shares add up to 100; the series are stacked in legend order, top first, each label at the
    middle of its segment, so the top-down order of the labels must be possible for some
    column heights; labels on one line are in different columns; and sentences under the
    figure tie columns to their years ('In 2021 was dit 79%.'). Otherwise no table. `axis`:
    axis_lines(lines), when the caller has it already.
    """
    if axis is None:
        axis = axis_lines(lines)
    years: list[str] = []
    legend: list[str] = []
    labels: list[tuple[int, float, str]] = []  # (line, share, printed)
    for k, ln in enumerate(lines):
        words = ln.text.split()
        if k in axis:
            words = words[1:]  # the tick, then perhaps a label on its baseline
        if not words:
            continue
        if all(PERCENT.match(w) for w in words):
            labels += [(k, parse_value(w).value, w) for w in words]
        elif all(is_year(w) for w in words) and len(words) >= 2 and not years:
            years = words
        elif k not in axis and not ln.text.strip()[:1].isdigit():
            legend.append(ln.text)
        else:
            return None
    series = legend_series(legend, title) if legend else None
    n = len(years)
    if not series or not 2 <= n <= MAX_BARS or len(labels) != n * len(series):
        return None
    k_series = len(series)
    if any(v <= 0 for _, v, _ in labels) or \
            math.factorial(len(labels)) // math.factorial(k_series) ** n > MAX_ASSIGNMENTS:
        return None
    ties = _year_ties(notes, years, series)
    readings = set()
    for bars in _balanced(len(labels), n, k_series):
        if any(labels[i][0] == labels[j][0] and bars[i] == bars[j]
               for i in range(len(labels)) for j in range(i)):
            continue  # two segments of one column are never level
        column = {b: [i for i in range(len(labels)) if bars[i] == b] for b in range(n)}
        shares = {b: [labels[i][1] for i in idx] for b, idx in column.items()}
        if not all(abs(sum(v) - 100) <= 0.5 * k_series for v in shares.values()):
            continue
        heights, seat = [0.0] * len(labels), {}
        for b, idx in column.items():
            for pos, i in enumerate(idx):  # top-down: series in legend order
                below = sum(shares[b][pos + 1:])
                heights[i] = below + shares[b][pos] / 2
                seat[i] = series[pos]
        if not _heights_possible(list(bars), heights, [lab[0] for lab in labels], n):
            continue
        year_of: dict[int, str] = {}
        ok = True
        for year, share, name in ties:
            hits = [b for b in range(n) if any(labels[i][1] == share and (name is None or seat[i] == name)
                                               for i in column[b])]
            if len(hits) != 1 or year_of.get(hits[0], year) != year:
                ok = False
                break
            year_of[hits[0]] = year
        if not ok or len(set(year_of.values())) != len(year_of) or len(year_of) < n - 1:
            continue
        if len(year_of) == n - 1:
            left = next(b for b in range(n) if b not in year_of)
            year_of[left] = next(y for y in years if y not in year_of.values())
        readings.add(tuple(sorted((year_of[bars[i]], seat[i], labels[i][2], i) for i in range(len(labels)))))
    if len(readings) != 1:
        return None
    rows = [GridRow([(year, None), (printed, None), (name, None)], quote=printed)
            for year, name, printed, _ in sorted(readings.pop(), key=lambda r: r[3])]
    page = lines[0].page if lines else 1
    return build_table(rows, page=page, method=STACKED, kind="chart", header_cols=1)
