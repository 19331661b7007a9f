"""`docextract tables`: formats, page selection and user errors, in process (fast)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docextract.errors import DocextractError
from docextract.pages import parse_pages
from docextract.tables.command import tables_command

ROOT = Path(__file__).resolve().parent.parent
IND_TXT = ROOT / "corpus" / "text" / "ind-jaarcijfers-2023.txt"
SVM_PDF = ROOT / "corpus" / "pdf" / "staat-van-migratie-2023.pdf"


def test_json_lists_every_table_with_its_grid(capsys):
    tables_command(IND_TXT, fmt="json")
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 37
    first = data[0]
    assert first["kind"] == "panel" and first["n_rows"] == 6 and first["n_cols"] == 4
    cell = next(c for c in first["cells"] if c["row"] == 1 and c["col"] == 1)
    assert cell["text"] == "41.820" and cell["header"] is False and cell["row_path"] == ["Aanvragen"]
    assert {"row_span", "col_span", "bbox"} <= set(cell)


def test_csv_and_md(capsys):
    tables_command(IND_TXT, fmt="csv")
    out = capsys.readouterr().out
    assert "# table 1 (page 1, panel, text): Familie & Gezin'" in out
    assert "Aanvragen,41.820,45.300,37.790" in out
    tables_command(IND_TXT, fmt="md")
    out = capsys.readouterr().out
    assert "| Aanvragen | 41.820 | 45.300 | 37.790 |" in out


def test_pdf_pages(capsys):
    if not SVM_PDF.exists():
        pytest.skip("corpus PDF not built")
    tables_command(SVM_PDF, pages="57", fmt="json")
    data = json.loads(capsys.readouterr().out)
    assert [t["caption"]["number"] for t in data] == ["78"]
    assert data[0]["page"] == 57 and data[0]["bbox"] is not None


@pytest.mark.parametrize("spec, err", [("x", "not a page range"), ("5-2", "bad range"), ("999", "does not exist")])
def test_bad_pages_are_user_errors(spec, err):
    with pytest.raises(DocextractError, match=err):
        parse_pages(spec, 77)


def test_bad_format_is_a_user_error():
    with pytest.raises(DocextractError, match="unknown format"):
        tables_command(IND_TXT, fmt="xml")
