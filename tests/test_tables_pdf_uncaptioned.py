"""PDF tables that the caption route misses: an unruled table without a caption (accepted only when
its total adds up), a packed header indented from the figure's left edge, and a bracketed figure
set under a total across a column river. Expected cells are written by hand from
corpus/text/staat-van-migratie-2023.txt (printed pages 47, 109 and 123)."""

from __future__ import annotations

from docextract.tables.pdf_tables import _uncaptioned
from docextract.tables.stream import Chunk, SLine, _value_column, page_lines
from docextract.tables.structure import TLine, Word


def _on_label(svm_pdf, label: str):
    return {(f.metric, f.value, f.period.start.year, f.period.end.month) for f in svm_pdf.facts
            if f.provenance.extractor == "table" and f.provenance.page_label == label}


def test_uncaptioned_objections_table_is_read_from_the_pdf(svm_pdf):
    found = [t for t in svm_pdf.tables if t.caption is None and t.title == "Bezwaar en (hoger) beroep"]
    assert len(found) == 1
    grid = found[0].grid()
    assert grid[-6:] == [
        ["Familie en gezin", "4.970", "4.340", "30%"],
        ["Kennis en talent", "390", "330", "12%"],
        ["Studenten", "10", "10", "50%"],
        ["Arbeid", "190", "190", "24%"],
        ["Overig", "420", "420", "19%"],
        ["Totaal", "5.980", "5.290", "28%"],
    ]
    got = _on_label(svm_pdf, "47")
    assert {("ind_applications", 4970, 2021, 12), ("ind_decisions", 5290, 2021, 12),
            ("ind_objections_upheld_rate", 28, 2021, 12)} <= got


def test_indented_packed_header_names_its_columns(svm_pdf):
    t = next(t for t in svm_pdf.tables if t.caption and t.caption.number == "73")
    assert t.grid() == [
        ["", "Intrekkingen", "Afwijzingen"],
        ["2021", "20", "20"],
        ["2022", "20", "10"],
        ["% verschil 2022 t.o.v. 2021", "0%", "0%"],
    ]
    got = _on_label(svm_pdf, "109")
    assert {("asylum_permits_revoked", 20, 2022, 12), ("asylum_rejections_public_order", 10, 2022, 12)} <= got
    assert ("asylum_rejections_public_order", 20, 2022, 12) not in got  # 2022's 20 are revocations


def test_bracketed_figure_under_a_total_stays_in_one_column(svm_pdf):
    t = next(t for t in svm_pdf.tables if t.caption and t.caption.number == "91")
    cell = next(c for c in t.cells if c.text == "(9.969)")
    assert cell.col_span == 1
    assert cell.col_path[-2:] == ["2022-I", "Taakstelling"]
    got = _on_label(svm_pdf, "123")
    assert ("permit_holder_housing_target", 9969, 2022, 6) in got
    assert not any(v == 9969 and m != "permit_holder_housing_target" for m, v, _, _ in got)


def _w(text: str, x0: float, top: float, size: float = 7.5) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + size,
            "size": size, "upright": True}


def _row(label: str, values: list[str], top: float) -> list[dict]:
    words = [_w(t, 56.0 + 30 * k, top) for k, t in enumerate(label.split())]
    return words + [_w(v, 250.0 + 60 * k, top) for k, v in enumerate(values)]


def _block(total: str, total2: str = "540") -> list[SLine]:
    words = [_w(t, 56.0 + 45 * k, 100.0) for k, t in enumerate("2021 Ingediend Afgehandeld".split())]
    rows = [("Asiel", ["400", "300"]), ("Regulier", ["250", "200"]), ("Overig", ["50", "40"]),
            ("Totaal", [total, total2])]
    for k, (label, vals) in enumerate(rows):
        words += _row(label, vals, 111.0 + 11 * k)
    return page_lines(words)


def _heading() -> list[TLine]:
    return [TLine([Word(t, None) for t in "4.1.2 Bezwaar en beroep".split()], page=3)]


def test_uncaptioned_block_whose_total_adds_up_is_a_table():
    lines = _block("700")  # 400 + 250 + 50
    tables = _uncaptioned(lines, set(), frozenset(), 3, _heading(), 1, [])
    assert len(tables) == 1 and tables[0].title == "Bezwaar en beroep"
    assert tables[0].grid()[-1] == ["Totaal", "700", "540"]


def test_uncaptioned_block_without_a_matching_total_is_no_table():
    lines = _block("800", "640")  # neither column adds up, even allowing rounding to tens
    assert _uncaptioned(lines, set(), frozenset(), 3, _heading(), 1, []) == []


def test_uncaptioned_block_without_a_section_heading_is_no_table():
    assert _uncaptioned(_block("700"), set(), frozenset(), 3, [], 0, []) == []


def test_figure_crossing_a_river_takes_the_column_it_overlaps():
    extent = {0: (59.0, 120.0), 1: (186.7, 201.0), 2: (240.0, 265.0)}
    bracketed = Chunk([{"text": "(9.969)", "x0": 216.1, "x1": 243.4, "top": 437.7, "bottom": 445.2}])
    assert _value_column(bracketed, extent) == 2
    # overlapping no column's svm_pdf_figures: the first whose svm_pdf_figures end right of where it starts
    gap = Chunk([{"text": "(12)", "x0": 205.0, "x1": 230.0, "top": 0.0, "bottom": 7.5}])
    assert _value_column(gap, extent) == 2
