"""Cells to fact candidates: metric from the caption/panel title and the row label, period from
the year in the column header or row label, dimensions from the labels, value from the cell.

The rules are data (`data/table_rules_nl.yaml`): a new table needs a row there, not new code.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from .. import resources
from ..calendar_nl import DAY, HALF_YEAR, day_of, is_year
from ..models import Cell, Document, FactCandidate, Period, Provenance, Table
from .structure import clean_label, parse_value
from .vocab import (
    document_type,
    fold,
    migration_categories,
    nationality,
    normalise_source,
    procedure,
)


@cache
def rules() -> dict:
    """The table, panel, figure and dashboard rules (data/table_rules_nl.yaml)."""
    return resources.data_file("table_rules_nl.yaml")


# --- periods ----------------------------------------------------------------------------------


def year_period(year: int, stock: bool = False) -> Period:
    if stock:
        return Period(start=date(year, 12, 31), end=date(year, 12, 31))
    return Period(start=date(year, 1, 1), end=date(year, 12, 31))


YEAR_IN = re.compile(r"\b((?:19|20)\d{2})\b")
CHANGE = re.compile(r"%\s*verschil|t\.o\.v\.|verschil|groei|mutatie", re.I)
STOCK = re.compile(r"in behandeling|stand einde|per 31 december|stand op|bezetting|uitstaande", re.I)
WEEKS = re.compile(r"\(weken\)", re.I)


AT_START = re.compile(r"achterstand", re.I)


def period_of(texts: list[str], stock: bool) -> tuple[Period | None, bool]:
    """The period a set of header/label texts names, and whether they say 'change'.

    A change column/row ("% verschil 2022 t.o.v. 2021") is dated by its later year; a date
    ("Stand op 1 januari 2022") is a stock on that day; a half year ("2022-I") is Jan-Jun, and
    a backlog ("Achterstand") of a half year is the stock on its first day.
    """
    change = any(CHANGE.search(t) for t in texts)
    for t in texts:
        if m := DAY.search(t):
            d = day_of(m)
            return Period(start=d, end=d), change
    for t in texts:
        if m := HALF_YEAR.search(t):
            y = int(m[1])
            start, end = (date(y, 1, 1), date(y, 6, 30)) if m[2] == "I" else (date(y, 7, 1), date(y, 12, 31))
            if any(AT_START.search(x) for x in texts):
                return Period(start=start, end=start), change
            return Period(start=start, end=end), change
    years = [int(y) for t in texts for y in YEAR_IN.findall(t)]
    if not years:
        return None, change
    return year_period(max(years) if change else years[-1], stock), change


COL_STOCK = re.compile(r"\bactue|\bcapaciteit|\bbezetting|\bstand\b", re.I)


def caption_period(cap, col_texts: list[str]) -> Period | None:
    """The period of a cell whose labels name none, from its caption: a stock column
    ('Capaciteit', 'Actuele bezetting') on the caption's peildatum; otherwise the caption's
    span when it is counted as a whole ('totaal 2020 t/m 2022', '1 april 2019 t/m 31 januari
    2023') or a single year."""
    col = " ".join(col_texts)
    if cap.as_of and (COL_STOCK.search(col) or not cap.cumulative):
        return cap.as_of
    p = cap.period
    if p and p.start and p.end and (cap.cumulative or p.start.year == p.end.year):
        return p
    return None


# --- IND panels -------------------------------------------------------------------------------


FTE = re.compile(r"\bfte\b", re.I)


def panel_metric(title: str, label: str) -> tuple[str, dict] | None:
    t, lab = fold(title), fold(clean_label(label))
    for in_title, in_label, metric, dims in rules()["panels"]:
        if in_title and in_title not in t:
            continue
        if in_label and in_label not in lab:
            continue
        dims = dict(dims)
        if "procedure" not in dims and (proc := procedure(title)):
            dims["procedure"] = proc
        if metric == "ind_documents_issued" and (doc := document_type(label)):
            dims["document_type"] = doc
        return metric, dims
    return None


# --- figure tables: metrics from triggers -------------------------------------------------------




@cache
def _triggers() -> list[tuple[str, str]]:
    pairs = []
    for m in resources.metrics():
        for t in [m.get("label_nl", "")] + list(m.get("triggers") or []):
            if t and len(t) > 3:
                pairs.append((_stem(fold(t)), m["id"]))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _stem(text: str) -> str:
    # crude Dutch plural folding so 'aanvragen' meets the trigger 'aanvraag'
    words = []
    for w in text.split():
        for suf in ("ingen", "en", "s"):
            if len(w) > 5 and w.endswith(suf):
                w = w[: -len(suf)]
                break
        words.append(w.replace("aa", "a").replace("ee", "e").replace("oo", "o"))
    return " ".join(words)


def guess_metric(*texts: str) -> str | None:
    """The taxonomy's metric whose label or trigger appears in the text (longest first): for a
    figure no rule covers, the caption title names what is counted."""
    for text in texts:
        low = f" {_stem(fold(text))} "
        for trigger, metric in _triggers():
            if f" {trigger} " in low:
                return metric
    return None


def label_dimensions(labels: list[str]) -> dict[str, str]:
    dims: dict[str, str] = {}
    for label in labels:
        t = fold(label)
        for words, key, value in rules()["label_dimensions"]:
            if words in t and key not in dims:
                dims[key] = value
                break
    return dims


# --- assembling candidates --------------------------------------------------------------------


def _source(table: Table, document: Document) -> str | None:
    if table.caption and table.caption.source:
        return normalise_source(table.caption.source)
    return normalise_source(document.meta.publisher) if document.meta.publisher else None


def _is_bound(text: str) -> bool:
    """'<5': the cell prints a bound, not the figure (small counts suppressed for privacy)."""
    v = parse_value(text or "")
    return v is not None and v.approx


def _candidate(table: Table, cell: Cell, document: Document, *, metric: str, value, unit: str,
               period: Period | None, dims: dict, quote: str, extractor: str) -> FactCandidate:
    is_pdf = document.format == "pdf"
    return FactCandidate(
        metric=metric, value=value, unit=unit, period=period or Period(), dimensions=dims,
        approx=_is_bound(cell.text), source=_source(table, document),
        provenance=Provenance(page=table.page if is_pdf else None, bbox=cell.bbox if is_pdf else None,
                              quote=quote, extractor=extractor),
        anchor=(table.page, int(cell.bbox[1]) if cell.bbox else table.order, cell.row * 100 + cell.col),
    )


def _quote(table: Table, row: int) -> str:
    if row < len(table.row_quotes) and table.row_quotes[row]:
        return table.row_quotes[row]
    return " ".join(c.text for c in table.cells if c.row == row and c.text)


def panel_facts(table: Table, document: Document) -> list[FactCandidate]:
    out = []
    title = table.title or ""
    stock_table = bool(STOCK.search(title))
    for cell in table.cells:
        if cell.header or not cell.row_path:
            continue
        v = parse_value(cell.text)
        if v is None:
            continue
        label = cell.row_path[-1]
        found = panel_metric(title, label)
        if found is None:
            continue
        metric, dims = found
        unit = "fte" if (FTE.search(title) and v.unit == "count") else v.unit
        period, _ = period_of(cell.col_path, stock_table or bool(STOCK.search(label)))
        out.append(_candidate(table, cell, document, metric=metric, value=v.value, unit=unit,
                              period=period, dims=dims, quote=_quote(table, cell.row), extractor="table"))
    return out


def ranking_grid_facts(table: Table, document: Document) -> list[FactCandidate]:
    """Top-N lists side by side: rank from the row, nationality from the cell, category from
    the column header, year from the header row (else the caption's single year)."""
    out = []
    cap = table.caption
    for cell in table.cells:
        if cell.header or cell.col == 0 or not cell.row_path or not cell.col_path:
            continue
        nat = nationality(cell.text)
        cats = migration_categories(cell.col_path[-1])
        if nat is None or not cats:
            continue
        try:
            rank = int(cell.row_path[-1])
        except ValueError:
            continue
        period, _ = period_of(cell.col_path, False)
        if period is None and cap:
            period = caption_period(cap, [])
        _, key, code = cats[0]
        out.append(_candidate(table, cell, document, metric="ind_top_nationality", value=rank, unit="rank",
                              period=period, dims={"nationality": nat, key: code},
                              quote=_quote(table, cell.row), extractor="table"))
    return out


def ranking_facts(table: Table, document: Document) -> list[FactCandidate]:
    if table.n_cols > 2:
        return ranking_grid_facts(table, document)
    out = []
    title = table.title or ""
    period = table.caption.period if table.caption and table.caption.period else None
    for r in range(table.n_rows):
        cells = {c.col: c for c in table.cells if c.row == r}
        if 0 not in cells or 1 not in cells:
            continue
        try:
            rank = int(cells[0].text)
        except ValueError:
            continue
        nat = nationality(cells[1].text)
        if nat is None:
            continue
        dims = {"nationality": nat}
        if proc := procedure(title):
            dims["procedure"] = proc
        out.append(_candidate(table, cells[1], document, metric="ind_top_nationality", value=rank,
                              unit="rank", period=period, dims=dims, quote=_quote(table, r),
                              extractor="table"))
    return out


def _axis_rows(table: Table) -> set[int]:
    """Rows that are a chart's value axis read as a table row ('0% 20% 40% ... 100%'): every
    cell a figure of one unit, evenly spaced from zero."""
    from .charts import axis_values

    out = set()
    for r in range(table.n_rows):
        if axis_values([c.text for c in table.cells if c.row == r and c.text]) is not None:
            out.add(r)
    return out


def grid_facts(table: Table, document: Document, extractor: str = "table") -> list[FactCandidate]:
    """A figure table: every data cell with a value; period from the year in its row label or
    column header (else the caption's period), change rows/columns as measure=change."""
    out = []
    cap = table.caption
    title = (cap.title if cap and cap.title else table.title) or ""
    countries = any(_label_nationality(t) not in (None, "other", "unknown")
                    for c in table.cells if not c.header or c.col == 0 for t in c.row_path if not is_year(t))
    axes = _axis_rows(table)
    for cell in table.cells:
        if cell.header or is_year(cell.text) or HALF_YEAR.search(cell.text) or cell.row in axes:
            continue
        v = parse_value(cell.text)
        if v is None:
            continue
        row_texts = [t for t in cell.row_path if t] + [
            c.text for c in table.cells if c.row == cell.row and c.col < cell.col and c.text
            and c.text not in cell.row_path and (is_year(c.text) or HALF_YEAR.search(c.text))]
        col_texts = [t for t in cell.col_path if t]
        stock = bool(STOCK.search(" ".join(row_texts + col_texts + [cap.text if cap else title])))
        period, change = period_of(row_texts + col_texts, stock)
        if period is None and cap:
            period = caption_period(cap, col_texts)
        dims: dict[str, str] = {}
        change = change or v.change
        unit = v.unit
        metric, extra = figure_metric(title, row_texts, col_texts, guess=cap is not None)
        if metric is None:
            continue
        dims.update(label_dimensions(row_texts))
        dims.update(extra)
        if unit == "count" and any(WEEKS.search(x) for x in col_texts):
            unit = "weeks"
        if change and unit == "percent":
            dims["measure"] = "change"
        nat = None
        for t in row_texts:
            if not is_year(t) and (nat := _label_nationality(t)):
                break
        if nat in ("other", "unknown") and not countries:
            nat = None  # 'Overig' among categories ('Familie en gezin', 'Arbeid'), not among countries
        if nat:
            dims[_place_key(title)] = nat
        out.append(_candidate(table, cell, document, metric=metric, value=v.value, unit=unit,
                              period=period, dims=dims, quote=_quote(table, cell.row),
                              extractor=extractor))
    return out


COUNTRY_TITLE = re.compile(r"\bper (?:zendend )?land\b|\blidsta|\bvestigingsland", re.I)


def _place_key(title: str) -> str:
    """Countries in a table 'per land' / 'per lidstaat' are where something happens (country);
    elsewhere a country or adjective in a row label says where people come from (nationality)."""
    return "country" if COUNTRY_TITLE.search(title) and "nationalit" not in title.lower() else "nationality"


def _label_nationality(label: str) -> str | None:
    words = fold(label).split()
    if not words or len(words) > 3:
        return None
    return nationality(label)


def figure_metric(title: str, rows: list[str], cols: list[str],
                  guess: bool = True) -> tuple[str | None, dict]:
    t = fold(title)
    # header lines broken at a hyphen ('verblijfs-' / 'duur') are one word
    col_text = fold(" ".join(cols).replace("- ", ""))
    row_text = fold(" ".join(rows).replace("- ", ""))
    covered = False
    for in_title, in_col, in_row, metric, dims in _folded_figure_rules():
        if in_title in t:
            covered = True
        if in_title not in t or in_row not in row_text or in_col not in col_text:
            continue
        return metric, dict(dims)
    if covered and re.sub(r"\([^)]*\)?", "", col_text).strip():
        return None, {}  # a figure with rules, a cell none of them takes: not a statistic
    # otherwise (also a covered column whose header the grid lost) the title's metric
    return (guess_metric(title) if guess else None), {}


@cache
def _folded_figure_rules() -> list[tuple[str, str, str, str | None, dict]]:
    return [(fold(t), fold(c), fold(r), metric, dims) for t, c, r, metric, dims in rules()["figures"]]


def table_facts(tables: list[Table], document: Document) -> list[FactCandidate]:
    out: list[FactCandidate] = []
    # a publication that credits its figures' sources ('(Bron: IND)') vouches for none of the
    # uncredited ones: those get no source rather than the publisher's name
    uncredited = document
    if document.meta.publisher and any(t.caption and t.caption.source for t in tables):
        uncredited = document.model_copy(update={"meta": document.meta.model_copy(update={"publisher": None})})
    for t in tables:
        out += _facts_of(t, document if t.caption and t.caption.source else uncredited)
    return out


def _facts_of(t: Table, document: Document) -> list[FactCandidate]:
    if t.method == "dashboard":
        return dashboard_facts(t, document)
    if t.kind == "panel":
        return panel_facts(t, document)
    if t.kind == "ranking":
        return ranking_facts(t, document)
    if t.kind == "chart":
        from .charts import chart_facts

        return chart_facts(t, document)
    return grid_facts(t, document)


def _snake(label: str) -> str:
    return re.sub(r"\s+", "_", fold(label)).strip("_")


def chart_cell_facts(table: Table, document: Document) -> list[FactCandidate]:
    """Each data label: metric from the caption, category or nationality from the label."""
    out = []
    cap = table.caption
    title = (cap.title if cap and cap.title else table.title) or ""
    period = cap.period if cap and cap.period and cap.period.start and cap.period.end \
        and cap.period.start.year == cap.period.end.year else None
    if cap and (m := DAY.search(cap.text)) and re.search(r"peildatum|per \d|stand op", cap.text, re.I):
        d = day_of(m)
        period = Period(start=d, end=d)
    for r in range(table.n_rows):
        cells = {c.col: c for c in table.cells if c.row == r}
        if 0 not in cells or 1 not in cells:
            continue
        v = parse_value(cells[1].text)
        if v is None:
            continue
        label = cells[0].text
        row_period = period
        if is_year(label):  # a column chart's x-axis category
            row_period = year_period(int(label))
        metric, dims = figure_metric(title, [label], cells[1].col_path)
        if metric is None:
            continue
        dims = {**label_dimensions([label]), **dims}
        if is_year(label) or dims.get("procedure"):
            pass
        elif "nationality" not in dims and "category" not in dims:
            nat = _label_nationality(label)
            if nat:
                dims["nationality"] = nat
            else:
                dims["category"] = _snake(label)
        out.append(_candidate(table, cells[1], document, metric=metric, value=v.value, unit=v.unit,
                              period=row_period, dims=dims, quote=_quote(table, r), extractor="chart"))
    return out


# --- dashboards -------------------------------------------------------------------------------



def ranked_metric(title: str) -> str | None:
    """The metric of a ranked list from its (folded) title. A heading names the general before
    the particular ('Nationaal loket: Zelfstandigen'), so the rule matched furthest along wins."""
    hits = [(title.rfind(words), m) for words, m in rules()["ranked"] if words in title]
    return max(hits, key=lambda h: h[0])[1] if hits else None


DATE_RANGE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})\s*[–-]\s*(\d{2})\.(\d{2})\.(\d{4})")


def _dashboard_period(table: Table, document: Document) -> Period:
    """A panel's period: a date range or day in its heading/sub-heading, an average's years,
    a year; else the publication's reference year."""
    texts = [table.title or "", re.sub(r"(\d)\s+(\d)", r"\1\2", table.section or "")]
    for t in texts:
        if m := DATE_RANGE.search(t):
            return Period(start=date(int(m[3]), int(m[2]), int(m[1])), end=date(int(m[6]), int(m[5]), int(m[4])))
    for t in texts:
        if m := DAY.search(t):
            d = day_of(m)
            return Period(start=d, end=d)
        if m := re.search(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})", t):
            return Period(start=date(int(m[1]), 1, 1), end=date(int(m[2]), 12, 31))
    for t in texts:
        if m := YEAR_IN.search(t):
            return year_period(int(m[1]))
    ref = document.meta.reference_end or document.meta.reference_start
    return year_period(ref.year) if ref else Period()


def dashboard_facts(table: Table, document: Document) -> list[FactCandidate]:
    out = []
    panel = fold(table.title or "")
    period = _dashboard_period(table, document)
    if table.kind in ("table", "ranking"):
        sub = fold(table.caption.title if table.caption and table.caption.title else "")
        metric = ranked_metric(sub) or (ranked_metric(panel) if table.kind == "ranking" else None)
        if metric is None:
            return out
        # the figures' columns by their printed headers ('EU-burgers', 'Derdelanders')
        columns = {c.col: cat for c in table.cells if c.row < table.header_rows
                   and (cat := rules()["column_categories"].get(fold(c.text.replace("-", " "))))}
        for r in range(table.header_rows, table.n_rows):
            cells = {c.col: c for c in table.cells if c.row == r}
            country = nationality(cells[1].text) if 1 in cells else None
            if not country or 0 not in cells:
                continue
            dims = {"country": country}
            out.append(_candidate(table, cells[0], document, metric=metric, value=int(cells[0].text), unit="rank",
                                  period=period, dims=dims, quote=_quote(table, r), extractor="table"))
            for col, cat in columns.items():
                v = parse_value(cells[col].text) if col in cells else None
                if v is not None:
                    out.append(_candidate(table, cells[col], document, metric=metric, value=v.value, unit=v.unit,
                                          period=period, dims={**dims, "category": cat}, quote=_quote(table, r),
                                          extractor="table"))
        return out
    for r in range(table.n_rows):
        cells = {c.col: c for c in table.cells if c.row == r}
        if 0 not in cells or 1 not in cells:
            continue
        v = parse_value(cells[1].text)
        rule = dashboard_rule(panel, cells[0].text) if v is not None else None
        if rule is None:
            continue
        metric, dims = rule[0], dict(rule[1])
        if dims.get("nationality") == "*":
            dims["nationality"] = nationality(cells[0].text)
            if dims["nationality"] is None:
                continue
        out.append(_candidate(table, cells[1], document, metric=metric, value=abs(v.value), unit=v.unit,
                              period=period, dims=dims, quote=_quote(table, r), extractor="chart"))
    return out


@lru_cache(maxsize=4096)  # panel membership asks for each heading and label many times
def dashboard_rule(panel: str, label: str) -> tuple[str, dict] | None:
    """The first dashboard rule for a figure with this label in the panel under this heading.
    The dims dict is the rule's own (shared, cached): copy it before changing it."""
    p, lab = fold(panel.replace("-", " ")), fold(label.replace("-", " "))
    for in_panel, in_label, metric, dims in rules()["dashboards"]:
        if in_panel in p and lab.startswith(in_label):
            return metric, dims
    return None
