"""Layout of a text layer (.txt/.md/.html text): pages, blocks and roles from the text alone.

Same repairs as the PDF path where text allows: page footers and slug lines told apart,
footnote markers and footnote bodies split from the body text, hyphenation joined, and
dashboard pages (overlapping text layers) reduced to one copy of each line.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from ..models import Block, Line, Page, Role
from .repair import fix_text, join_hyphenated, repair_block_text
from .roles import MD_HEADING, line_role, looks_like_heading
from .text_dashboard import chain_columns, dashboard_fragments, is_dashboard, token_counts

# "De Staat van Migratie 2023 61", "... (36360 -VI-1)  22/36": a title followed by a page number.
_FOOTER = re.compile(r"^(?P<title>\S.{4,}?)\s+(?P<num>\d{1,3}(?:/\d{1,3})?)\s*$")
_LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
MAX_FOOTNOTE_LINES = 6


def analyse_text(text: str, markdown: bool = False) -> tuple[list[Page], dict[str, int]]:
    stats: Counter[str] = Counter()
    text = fix_text(text)
    vocab = token_counts(text)
    raw_pages = _split_pages(text.splitlines(), stats)
    pages = []
    for number, (lines, footers) in enumerate(raw_pages, start=1):
        if is_dashboard(lines):
            blocks = _dashboard_blocks(lines, number, vocab, stats)
        else:
            blocks = _blocks(lines, number, stats)
        blocks += [_block(f.strip(), Role.PAGE_FOOTER, number) for f in footers]
        for order, block in enumerate(blocks):
            block.order = order
        pages.append(Page(number=number, blocks=blocks))
    return pages, dict(stats)


def _block(text: str, role: Role, page: int, lines: list[str] | None = None) -> Block:
    return Block(text=text, role=role, page=page, lines=[Line(text=s) for s in (lines or [text])])


def _footer_titles(lines: list[str]) -> set[str]:
    """Footer titles: a line prefix that recurs with different page numbers at least twice."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        m = _FOOTER.match(line.strip())
        if m:
            seen.setdefault(m["title"].strip(), set()).add(m["num"])
    return {title for title, nums in seen.items() if len(nums) >= 2 or "/" in next(iter(nums))}


def _split_pages(lines: list[str], stats: Counter) -> list[tuple[list[str], list[str]]]:
    """Pages as (lines, footer lines). A footer ends a page, a form feed too."""
    titles = _footer_titles(lines)
    pages: list[tuple[list[str], list[str]]] = [([], [])]
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            pages[-1][0].append(before)
            pages.append(([after], []))
            continue
        m = _FOOTER.match(line.strip())
        if m and m["title"].strip() in titles:
            stats["page_footers"] += 1
            if any(x.strip() for x in pages[-1][0]):
                pages[-1][1].append(line)
                pages.append(([], []))
            else:  # a footer on top of a page (dashboards): it still belongs to this page
                pages[-1][1].append(line)
            continue
        pages[-1][0].append(line)
    return [p for p in pages if any(x.strip() for x in p[0]) or p[1]]


def _footnote_start(lines: list[str]) -> int:
    """Index of the first footnote line at the end of the page, or len(lines).

    Footnotes are a lone number followed by a short body ("68 / UNHCR - Global Trends 2022."),
    at the page end, numbered consecutively.
    """
    start, expected, body = len(lines), None, 0
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            continue
        m = _LONE_NUMBER.match(lines[i])
        if m is None:
            body += 1
            if body > MAX_FOOTNOTE_LINES:
                break
            continue
        n = int(m[1])
        if body == 0 or (expected is not None and n != expected):
            break
        start, expected, body = i, n - 1, 0
    return start


def _blocks(lines: list[str], page: int, stats: Counter) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    current_role = Role.BODY
    cut = _footnote_start(lines)
    body, notes = lines[:cut], lines[cut:]
    seen: set[str] = set()

    def flush() -> None:
        nonlocal current, current_role
        if current:
            joined = join_hyphenated(current)
            stats["hyphens_joined"] += len(current) - len(joined)
            text = " ".join(s.strip() for s in joined if s.strip())
            if current_role is Role.HEADING:
                text = MD_HEADING.sub("", text)
            text, _, fixed = repair_block_text(text)
            stats.update(fixed)
            blocks.append(_block(text, current_role, page, joined))
        current, current_role = [], Role.BODY

    for raw in body:
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        key = line.strip()
        if key in seen and len(key) > 20:
            stats["repeated_lines_removed"] += 1
            continue  # the same long line twice on one page: a doubled text layer
        seen.add(key)
        if _LONE_NUMBER.match(line):
            stats["footnote_markers"] += 1
            continue  # footnote marker on a line of its own: not part of the sentence around it
        role = line_role(line)
        if role is None and looks_like_heading(line):
            role = Role.HEADING
        if role is Role.SLUG:
            stats["slug_lines"] += 1
        if role is not None:
            flush()
            current_role = role
            current = [line]
            if role in (Role.HEADING, Role.SLUG):
                flush()
            continue
        current.append(line)
    flush()
    blocks += _footnotes(notes, page, stats)
    return blocks


def _footnotes(lines: list[str], page: int, stats: Counter) -> list[Block]:
    out: list[Block] = []
    for line in lines:
        if not line.strip():
            continue
        m = _LONE_NUMBER.match(line)
        if m:
            out.append(_block(m[1], Role.FOOTNOTE, page, []))
            out[-1].lines = []
            continue
        if out:
            out[-1].lines.append(Line(text=line.strip()))
    for block in out:
        texts = join_hyphenated([ln.text for ln in block.lines])
        block.text = f"{block.text} " + " ".join(texts)
        stats["footnotes"] += 1
    return out


def _dashboard_blocks(lines: list[str], page: int, vocab: Counter, stats: Counter) -> list[Block]:
    blocks: list[Block] = []
    rest = []
    for line in lines:
        if line_role(line) is Role.SLUG:
            stats["slug_lines"] += 1
            blocks.append(_block(line.strip(), Role.SLUG, page))
        else:
            rest.append(line)
    frags = dashboard_fragments(rest, vocab, stats)
    out = []
    for text, prose in chain_columns(frags):
        text, _, fixed = repair_block_text(text)
        stats.update(fixed)
        out.append(_block(text, Role.BODY if prose else Role.DASHBOARD_PANEL, page))
    return out + blocks
