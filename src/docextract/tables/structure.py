"""Shared structure: words and lines with optional geometry, cell values, grids of cells.

Every strategy (lattice, stream, text, panels, charts) ends in the same `Table`; the pieces
here are what they share, so a text-layer table and a PDF table of the same figure give the
same grid and the same facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import BBox, Cell, Table

# --- words and lines ------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    bbox: BBox | None = None
    size: float | None = None

    @property
    def x0(self) -> float:
        return self.bbox[0] if self.bbox else 0.0

    @property
    def x1(self) -> float:
        return self.bbox[2] if self.bbox else 0.0

    @property
    def top(self) -> float:
        return self.bbox[1] if self.bbox else 0.0

    @property
    def bottom(self) -> float:
        return self.bbox[3] if self.bbox else 0.0


@dataclass
class TLine:
    """One visual line: its words (with boxes for PDF input) and the page it is on."""

    words: list[Word]
    page: int = 1
    index: int = 0  # position in the source, for document order
    text_override: str | None = None
    trailing: bool = False  # a text-layer line that ended in whitespace (its last cell wraps)

    @property
    def text(self) -> str:
        if self.text_override is not None:
            return self.text_override
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox | None:
        return union([w.bbox for w in self.words])


def union(boxes) -> BBox | None:
    boxes = [b for b in boxes if b]
    if not boxes:
        return None
    return (round(min(b[0] for b in boxes), 2), round(min(b[1] for b in boxes), 2),
            round(max(b[2] for b in boxes), 2), round(max(b[3] for b in boxes), 2))


def text_lines(text: str, page: int = 1) -> list[TLine]:
    """Lines of a text layer as TLines without geometry (one Word per whitespace token)."""
    out = []
    for i, raw in enumerate(text.splitlines()):
        out.append(TLine([Word(t) for t in raw.split()], page=page, index=i, text_override=raw.strip(),
                         trailing=raw != raw.rstrip()))
    return out


def _glue_superscripts(words: list[dict]) -> list[dict]:
    """A footnote marker set small and raised right after a word ('asielaanvragen' + '2') is
    glued onto it, as the text layer has it, instead of becoming a line of its own.

    Each marker takes the first word (in page order) that ends within 1.5 pt of its start;
    words are indexed by where they end, so a page costs near-linear time, not words squared.
    """
    out = [dict(w) for w in words]
    by_end: dict[int, list[int]] = {}  # int(x1) -> indexes of sized words ending there
    for i, w in enumerate(out):
        if w.get("size"):
            by_end.setdefault(int(w["x1"] // 1), []).append(i)
    drop = set()
    for k, w in enumerate(out):
        if not (w.get("size") and len(w["text"]) <= 3):
            continue
        near = sorted(i for b in range(int((w["x0"] - 1.5) // 1), int((w["x0"] + 1.5) // 1) + 1)
                      for i in by_end.get(b, ()))
        for i in near:
            host = out[i]
            if i == k or w["size"] >= 0.8 * host["size"]:
                continue
            if abs(w["x0"] - host["x1"]) < 1.5 and 0 < host["bottom"] - w["bottom"] < 0.7 * host["size"]:
                by_end[int(host["x1"] // 1)].remove(i)
                host["text"] += w["text"]
                host["x1"] = w["x1"]
                by_end.setdefault(int(host["x1"] // 1), []).append(i)
                drop.add(k)
                break
    return [w for k, w in enumerate(out) if k not in drop]


def words_to_lines(words: list[dict], page: int, tolerance: float = 2.0) -> list[TLine]:
    """pdfplumber words -> visual lines (same baseline within `tolerance`), left to right.

    Baselines rather than tops: a 9.5 pt heading and 6.5 pt caption on one line share a bottom.
    """
    words = _glue_superscripts(words)
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - w["bottom"]) <= tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for k, row in enumerate(rows):
        row.sort(key=lambda w: w["x0"])
        out: list[Word] = []
        for w in row:
            box = (round(w["x0"], 2), round(w["top"], 2), round(w["x1"], 2), round(w["bottom"], 2))
            prev = out[-1] if out else None
            if prev and prev.size and w.get("size") and w["size"] < 0.8 * prev.size \
                    and w["x0"] - prev.x1 < 1.5 and w["bottom"] < prev.bottom - 0.5:
                # a superscript footnote marker: glued to its word, as in the text layer
                out[-1] = Word(prev.text + w["text"], union([prev.bbox, box]), prev.size)
                continue
            out.append(Word(w["text"], box, w.get("size")))
        lines.append(TLine(out, page=page, index=k))
    return lines


# --- cell values ------------------------------------------------------------------------------

NUMBER = r"[+\-−–]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[+\-−–]?\d+(?:,\d+)?"
VALUE_TOKEN = re.compile(rf"^(?:{NUMBER})%?$")
NO_FIGURE = {"-", "–", "—", "x", "."}
UNIT_WORDS = {"weken": "weeks", "week": "weeks", "dagen": "days", "dag": "days"}


@dataclass(frozen=True)
class Value:
    value: int | float
    unit: str  # count, percent, weeks, days, eur
    change: bool = False  # signed percentage: a change, not a level
    approx: bool = False  # '<5': only its bound is printed


def parse_value(text: str) -> Value | None:
    """'41.820' -> 41820, '89%' -> 89 percent, '+46%' -> change, '23 weken' -> weeks; '-' -> None.

    Dutch notation: '.' groups thousands, ',' is the decimal mark.
    """
    t = text.strip().replace("−", "-").replace("–", "-").replace("\u00a0", " ")
    t = t.strip("()")
    if not t or t in NO_FIGURE:
        return None
    bound = t.startswith("<") and t[1:].strip().isdigit()
    if bound:
        t = t[1:].strip()  # '<5': a small count suppressed for privacy, stated as its bound
    unit = "count"
    m = re.fullmatch(r"(.+?)\s*(weken|week|dagen|dag)", t)
    if m:
        t, unit = m[1], UNIT_WORDS[m[2]]
    if t.endswith("%"):
        t, unit = t[:-1].strip(), "percent"
    if not re.fullmatch(NUMBER, t):
        return None
    sign = t[0] in "+-"
    num = t.lstrip("+-")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num):
        num = num.replace(".", "")
    num = num.replace(",", ".")
    v: int | float = float(num) if "." in num else int(num)
    if t.startswith("-"):
        v = -v
    return Value(v, unit, change=sign and unit == "percent", approx=bound)


NUMERIC = re.compile(r"^[-+−–(<]?\d[\d.,]*%?\)?$")


def is_numeric(text: str) -> bool:
    """A figure in any notation (41.820, 86.2, 3,375, 5%): for telling data from labels, where
    the value itself is not read."""
    return bool(NUMERIC.match(text.strip().replace(" ", "")))


def is_value(token: str) -> bool:
    return token in NO_FIGURE or bool(VALUE_TOKEN.match(token.replace("−", "-").replace("–", "-")))




TOTAL = re.compile(r"^\s*(totaal|total|totale|eindtotaal)\b", re.I)


def is_total(label: str) -> bool:
    return bool(TOTAL.match(label))


FOOTNOTE_MARK = re.compile(r"(?<=[a-zà-ÿ])(\d|\*|°|’|')$")


def clean_label(label: str) -> str:
    """A row label without its glued footnote marker ('Eerste asielaanvragen2') or stray quotes."""
    label = label.strip().rstrip("*°’'").strip()
    label = FOOTNOTE_MARK.sub("", label)
    return re.sub(r"\s+", " ", label).strip()


# --- grids ------------------------------------------------------------------------------------


@dataclass
class GridRow:
    """One row while a table is being assembled: label cells then value cells."""

    cells: list[tuple[str, BBox | None]]
    header: bool = False
    quote: str = ""
    path: list[str] = field(default_factory=list)


def build_table(rows: list[GridRow], *, page: int, method: str, kind: str = "table",
                header_cols: int = 1, title: str | None = None) -> Table:
    """Rows -> Table: header rows flagged, column paths from the header rows, row paths from
    the label columns (or the explicit path a strategy worked out), totals flagged."""
    n_cols = max((len(r.cells) for r in rows), default=0)
    n_header = 0
    for r in rows:
        if not r.header:
            break
        n_header += 1
    col_paths: list[list[str]] = [[] for _ in range(n_cols)]
    for r in rows[:n_header]:
        for c, (text, _) in enumerate(r.cells):
            if text and c < n_cols:
                col_paths[c].append(text)
    cells: list[Cell] = []
    for i, r in enumerate(rows):
        labels = [t for t, _ in r.cells[:header_cols] if t]
        path = r.path or labels
        total = bool(labels) and is_total(labels[-1])
        for c, (text, box) in enumerate(r.cells):
            cells.append(Cell(row=i, col=c, text=text, bbox=box, header=r.header or c < header_cols,
                              row_path=list(path) if not r.header else [],
                              col_path=list(col_paths[c]) if c < n_cols else [], total=total))
    boxes = [b for r in rows for _, b in r.cells if b]
    return Table(page=page, bbox=union(boxes), kind=kind, method=method, title=title,
                 n_rows=len(rows), n_cols=n_cols, cells=cells, header_rows=n_header,
                 header_cols=header_cols, row_quotes=[r.quote for r in rows])


def running_footers(document) -> frozenset[str]:
    """The page-footer lines the layout stage found ("<title> <page number>"), whitespace folded:
    a figure region never reaches past one."""
    if document is None:
        return frozenset()
    from ..models import Role

    return frozenset(" ".join(b.text.split()) for b in document.blocks() if b.role is Role.PAGE_FOOTER)

