"""The CLI as a user runs it: a subprocess, real files, exit codes, one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docextract.models import Fact

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "text").glob("*.txt"))


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "docextract", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_version():
    r = cli("--version")
    assert r.returncode == 0
    assert r.stdout.startswith("docextract ")


@pytest.mark.parametrize("command", ["extract", "run", "eval", "layout", "tables", "validate", "diff"])
def test_every_command_has_help_with_an_example(command):
    r = cli(command, "--help")
    assert r.returncode == 0, r.stderr
    assert "Example:" in r.stdout and f"docextract {command}" in r.stdout


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_extract_seed_gives_valid_facts_with_stable_ids(seed):
    first = cli("extract", str(seed.relative_to(ROOT)))
    assert first.returncode == 0, first.stderr
    lines = [json.loads(x) for x in first.stdout.splitlines()]
    assert lines, "no facts"
    for line in lines:
        Fact.model_validate(line)
        assert line["doc_id"] == seed.name
    second = cli("extract", str(seed.relative_to(ROOT)))
    assert [x["id"] for x in lines] == [json.loads(x)["id"] for x in second.stdout.splitlines()]
    assert len({x["id"] for x in lines}) == len(lines), "ids must be unique within a document"


def test_extract_writes_to_file(tmp_path):
    out = tmp_path / "facts.jsonl"
    r = cli("extract", str(SEEDS[0]), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text().count("\n") >= 1


def _assert_one_line_error(r: subprocess.CompletedProcess, needle: str) -> None:
    assert r.returncode == 2
    assert r.stdout == ""
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert needle in r.stderr


def test_missing_file(tmp_path):
    _assert_one_line_error(cli("extract", str(tmp_path / "nope.pdf")), "no such file")


def test_unsupported_file(tmp_path):
    p = tmp_path / "data.xlsx"
    p.write_bytes(b"PK\x03\x04")
    _assert_one_line_error(cli("extract", str(p)), "unsupported file type")


def test_broken_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj garbage\n%%EOF")
    _assert_one_line_error(cli("extract", str(p)), "broken.pdf")


def test_not_a_pdf(tmp_path):
    p = tmp_path / "fake.pdf"
    p.write_text("hello")
    _assert_one_line_error(cli("extract", str(p)), "not a PDF")


def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("In 2022 waren er 5 asielaanvragen.")
    p.chmod(0)
    try:
        if p.read_text():  # root can read anything: nothing to test then
            pytest.skip("running as root: permissions are not enforced")
    except PermissionError:
        pass
    finally:
        p.chmod(0o644)
    p.chmod(0)
    _assert_one_line_error(cli("extract", str(p)), "cannot read")


def test_directory_given_to_extract(tmp_path):
    _assert_one_line_error(cli("extract", str(tmp_path)), "docextract run")


def test_run_isolates_a_bad_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS[0], docs / SEEDS[0].name)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    out = tmp_path / "out"
    r = cli("run", str(docs), "--out", str(out))
    assert r.returncode == 1  # a failed document is reported in the exit code
    assert "broken.pdf" in r.stderr and "Traceback" not in r.stderr
    records = {json.loads(x)["path"]: json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines()}
    assert records["broken.pdf"]["status"] == "error"
    assert records[SEEDS[0].name]["status"] == "ok" and records[SEEDS[0].name]["facts"] > 0
    all_facts = (out / "facts.jsonl").read_text().splitlines()
    per_doc = (out / "docs" / f"{SEEDS[0].name}.jsonl").read_text().splitlines()
    assert len(all_facts) == len(per_doc) == records[SEEDS[0].name]["facts"]
    assert json.loads((out / "run.json").read_text())["facts"] == len(all_facts)


def test_run_keeps_same_named_documents_apart(tmp_path):
    # Two editions filed under one name in different folders: same text, but two documents.
    docs = tmp_path / "docs"
    for edition in ("2023-01", "2023-02"):
        (docs / edition).mkdir(parents=True)
        shutil.copy(SEEDS[0], docs / edition / "kerncijfers.txt")
    out = tmp_path / "out"
    assert cli("run", str(docs), "--out", str(out)).returncode == 0
    facts = [json.loads(x) for x in (out / "facts.jsonl").read_text().splitlines()]
    assert {f["doc_id"] for f in facts} == {"2023-01/kerncijfers.txt", "2023-02/kerncijfers.txt"}
    assert len({f["id"] for f in facts}) == len(facts)


def test_run_on_missing_folder(tmp_path):
    _assert_one_line_error(cli("run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")), "not a folder")


def test_html_and_markdown_inputs(tmp_path):
    html = tmp_path / "page.html"
    html.write_text("<html><body><h2>Asiel</h2><p>Het aantal eerste asielaanvragen in januari 2023 "
                    "was circa 2.490.</p><script>var x = 99;</script></body></html>", encoding="utf-8")
    md = tmp_path / "page.md"
    md.write_text("## Asiel\n\nHet aantal eerste asielaanvragen in januari 2023 was circa 2.490.\n", encoding="utf-8")
    for path in (html, md):
        r = cli("extract", str(path))
        assert r.returncode == 0, r.stderr
        facts = [json.loads(x) for x in r.stdout.splitlines()]
        assert [f["value"] for f in facts] == [2490]
        assert facts[0]["approx"] is True
        assert facts[0]["period"] == {"start": "2023-01-01", "end": "2023-01-31"}


def test_single_file_extract_checks_dates_against_the_publication(tmp_path):
    # `extract` validates with the document's metadata, as `run` does: a period after the
    # publication date is an error in both.
    from datetime import date

    import docextract
    from docextract.models import DocumentMeta

    doc = tmp_path / "kerncijfers.txt"
    doc.write_text("In maart 2023 dienden 2.490 asielzoekers een eerste asielaanvraag in.\n", encoding="utf-8")
    meta = DocumentMeta(published=date(2023, 2, 15))
    checks = {c.rule: c.status for f in docextract.extract(doc, meta) for c in f.validation.checks}
    assert checks.get("range.period") == "fail"
    checks = {c.rule: c.status for f in docextract.extract(doc) for c in f.validation.checks}
    assert checks.get("range.period") == "pass"
