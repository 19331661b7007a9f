"""The `docextract` command line. Every command works on files; errors are one line on stderr, exit 2."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import DocextractError

app = typer.Typer(
    name="docextract",
    help="Typed, validated, traceable facts out of Dutch government statistical publications.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"docextract: error: {message}", err=True)
    return typer.Exit(2)


def user_errors(fn):
    """Turn the errors a user can act on into a one-line message and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DocextractError as exc:
            raise _fail(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()  # `docextract extract x | head`: stop quietly
            raise typer.Exit(0) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"docextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Typed, validated, traceable facts out of Dutch government statistical publications."""


@app.command(epilog="Example: docextract extract corpus/pdf/kerncijfers-asiel-en-migratie-2023-01.pdf -o facts.jsonl")
@user_errors
def extract(
    path: Annotated[Path, typer.Argument(help="A .pdf, .txt, .md or .html document.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the facts here instead of stdout.")] = None,
) -> None:
    """Extract the facts of one document as JSON Lines."""
    from .output.jsonl import dump_fact, write_atomic
    from .pipeline import extract as run_extract

    facts = run_extract(path)
    text = "".join(dump_fact(f) + "\n" for f in facts)
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
        typer.echo(f"{len(facts)} facts -> {output}", err=True)


@app.command(epilog="Example: docextract run corpus --out out")
@user_errors
def run(
    directory: Annotated[Path, typer.Argument(help="Folder of documents (searched recursively); a manifest.yaml in it adds publication metadata.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder: facts.jsonl, docs/*.jsonl, documents.jsonl, run.json.")],
) -> None:
    """Extract every document under a folder; a failing document is recorded and the run goes on."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .output.batch import discover, run_batch

    if not directory.is_dir():
        raise DocextractError(f"{directory}: not a folder")
    total = len(discover(directory))
    if total == 0:
        raise DocextractError(f"{directory}: no documents (.pdf, .txt, .md, .html) found")
    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("extracting", total=total)

        def done(record) -> None:
            progress.advance(task)
            if record.status == "error":
                console.print(f"[red]error[/red] {record.path}: {record.error}")

        summary = run_batch(directory, out, on_done=done)
    failed = [d for d in summary.documents if d.status == "error"]
    for d in summary.documents:
        console.print(f"{d.path}: {d.facts} facts, {d.pages} pages, {d.seconds:.1f}s" if d.status == "ok"
                      else f"{d.path}: ERROR {d.error}")
    console.print(f"{summary.facts} facts from {len(summary.documents) - len(failed)} of "
                  f"{len(summary.documents)} documents -> {out / 'facts.jsonl'}")
    if failed:
        raise typer.Exit(1)


@app.command("eval", epilog="Example: docextract eval out --gold fixtures/gold --show staat-van-migratie-2023.pdf")
@user_errors
def eval_(
    run: Annotated[Path, typer.Argument(help="A run folder (with facts.jsonl) or a facts JSONL file.")],
    gold: Annotated[Path, typer.Option("--gold", help="Folder of answer keys (*.jsonl).")] = Path("fixtures/gold"),
    show: Annotated[str | None, typer.Option("--show", help="List misses and false hits for this document id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Score extracted facts against the hand-checked answer keys: P/R/F1 per document, kind and overall."""
    from .evaluate.report import report

    report(run, gold, show=show, as_json=as_json)


@app.command(epilog="Example: docextract layout corpus/pdf/staat-van-migratie-2023.pdf --pages 11 --format text")
@user_errors
def layout(
    path: Annotated[Path, typer.Argument(help="A .pdf, .txt, .md or .html document.")],
    pages: Annotated[str | None, typer.Option("--pages", help="Page range, e.g. 12-14 or 3,5,7-9.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json (json includes bboxes).")] = "text",
    debug_png: Annotated[Path | None, typer.Option("--debug-png", help="Draw each page with its blocks, roles and order into this folder.")] = None,
) -> None:
    """Show the blocks of a document in reading order, with their roles."""
    from .layout.command import layout_command

    layout_command(path, pages=pages, fmt=fmt, debug_png=debug_png)


@app.command(epilog="Example: docextract tables corpus/pdf/staat-van-migratie-2023.pdf --pages 56 --format md")
@user_errors
def tables(
    path: Annotated[Path, typer.Argument(help="A .pdf, .txt, .md or .html document.")],
    pages: Annotated[str | None, typer.Option("--pages", help="Page range, e.g. 12-14 or 3,5,7-9.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, csv or md.")] = "json",
) -> None:
    """List every table with its page, bbox, caption and grid of cells."""
    from .tables.command import tables_command

    tables_command(path, pages=pages, fmt=fmt)


@app.command(epilog="Example: docextract validate out --strict")
@user_errors
def validate(
    run: Annotated[Path, typer.Argument(help="A run folder (with facts.jsonl) or a facts JSONL file.")],
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any check fails with severity error.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Report the validation checks of a run by rule and status, failing ones first."""
    from .validate.command import validate_command

    validate_command(run, strict=strict, as_json=as_json)


@app.command(epilog="Example: docextract diff out-last-week out")
@user_errors
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier run folder or facts JSONL.")],
    new: Annotated[Path, typer.Argument(help="The later run folder or facts JSONL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Compare two runs fact by fact (matched by stable id); exit 1 when they differ."""
    from .review.command import diff_command

    if diff_command(old, new, as_json=as_json):
        raise typer.Exit(1)


def main() -> int:
    try:
        app()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


__all__ = ["app", "main"]
