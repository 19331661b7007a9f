"""`docextract validate`: re-runs the rules on a run folder or facts file, also on hand-edited facts."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from docextract.cli import app
from docextract.models import Fact, Period, Provenance
from test_validate_rules import departures_vragen

runner = CliRunner()


def _write(path, facts):
    path.write_text("".join(f.model_dump_json() + "\n" for f in facts), encoding="utf-8")


def test_report_lists_failing_checks_first_with_quotes(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    _write(run / "facts.jsonl", departures_vragen(independent=5460))  # edited by hand after the run
    result = runner.invoke(app, ["validate", str(run)])
    assert result.exit_code == 0, result.output
    assert "breakdown.sum" in result.output and "Failing checks" in result.output
    assert "«Daarvan zijn ongeveer 4.560" in result.output
    strict = runner.invoke(app, ["validate", str(run), "--strict"])
    assert strict.exit_code == 1


def test_json_output_and_clean_strict_run(tmp_path):
    path = tmp_path / "facts.jsonl"
    _write(path, departures_vragen())
    result = runner.invoke(app, ["validate", str(path), "--json", "--strict"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["facts"] == 4 and not data["failures"]
    assert {r["rule"]: r["passed"] for r in data["rules"]}["breakdown.sum"] == 1


def test_unreadable_lines_are_reported_not_fatal(tmp_path):
    path = tmp_path / "facts.jsonl"
    good = Fact(id="a", doc_id="d.txt", metric="departures", value=5, unit="count",
                period=Period(), provenance=Provenance(quote="5"))
    bad = json.loads(good.model_dump_json()) | {"id": "b", "unit": "apples"}
    path.write_text(good.model_dump_json() + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--strict"])
    assert result.exit_code == 1 and "UNREADABLE" in result.output


def test_missing_input_is_a_user_error(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "nope")])
    assert result.exit_code != 0 and "no such file" in result.output


def test_validate_reads_publication_dates_recorded_by_the_run(tmp_path):
    """A figure for a period after the publication appeared is flagged, also when re-validating a run."""
    import json as _json
    import subprocess as _sp
    import sys as _sys

    from docextract.models import DocumentMeta, DocumentRecord, Fact

    fact = Fact.model_validate({
        "id": "f_future", "doc_id": "doc.txt", "metric": "asylum_applications_first", "value": 10,
        "unit": "count", "period": {"start": "2031-01-01", "end": "2031-12-31"},
        "provenance": {"quote": "In 2031 waren er 10 eerste asielaanvragen.", "extractor": "text"},
    })
    record = DocumentRecord(doc_id="doc.txt", path="doc.txt", status="ok", facts=1,
                            meta=DocumentMeta(published="2023-02-15"))
    (tmp_path / "facts.jsonl").write_text(fact.model_dump_json() + "\n")
    (tmp_path / "documents.jsonl").write_text(record.model_dump_json() + "\n")
    r = _sp.run([_sys.executable, "-m", "docextract", "validate", str(tmp_path), "--json"],
                capture_output=True, text=True)
    report = _json.loads(r.stdout)
    failing = [c for c in report["failures"] if c["rule"] == "range.period"]
    assert [f["id"] for c in failing for f in c["facts"]] == ["f_future"], report["failures"]
