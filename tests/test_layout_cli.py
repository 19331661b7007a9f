"""`docextract layout`: text and json output, page ranges, debug PNGs, user errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import CORPUS
from docextract.cli import app
from layout_pdfs import PARAGRAPH, make_pdf, text

runner = CliRunner()


def _pdf(tmp_path):
    def page_n(n):
        def page(c):
            text(c, 72, 100, f"Hoofdstuk {n} Inleiding", 14, "Helvetica-Bold")
            for i, line in enumerate(PARAGRAPH):
                text(c, 72, 130 + 14 * i, line)
        return page
    return make_pdf(tmp_path / "doc.pdf", [page_n(n) for n in (1, 2, 3)])


def test_text_format_lists_blocks_with_order_and_role(tmp_path):
    result = runner.invoke(app, ["layout", str(_pdf(tmp_path)), "--pages", "2-3"])
    assert result.exit_code == 0, result.output
    assert "=== page 2 ===" in result.output and "=== page 1 ===" not in result.output
    assert "[  0] heading         Hoofdstuk 2 Inleiding" in result.output
    assert "[  1] body            " + " ".join(PARAGRAPH) in result.output


def test_json_format_has_bboxes(tmp_path):
    result = runner.invoke(app, ["layout", str(_pdf(tmp_path)), "--pages", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    block = data["pages"][0]["blocks"][1]
    assert block["role"] == "body" and len(block["bbox"]) == 4 and block["bbox"][0] >= 71


def test_debug_png_draws_each_page(tmp_path):
    out = tmp_path / "png"
    result = runner.invoke(app, ["layout", str(_pdf(tmp_path)), "--pages", "1,3", "--debug-png", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["page-001.png", "page-003.png"]


def test_text_input_works_and_user_errors_are_one_line(tmp_path):
    result = runner.invoke(app, ["layout", str(CORPUS / "text" / "feitelijke-vragen-jaarverslag-jenv-2022.txt")])
    assert result.exit_code == 0 and "LP's" in result.output and "â€" not in result.output
    for args in (["--pages", "9-x"], ["--pages", "40"], ["--format", "xml"]):
        result = runner.invoke(app, ["layout", str(_pdf(tmp_path)), *args])
        assert result.exit_code == 2 and "docextract: error:" in result.output, args
    result = runner.invoke(app, ["layout", str(tmp_path / "missing.pdf")])
    assert result.exit_code == 2
