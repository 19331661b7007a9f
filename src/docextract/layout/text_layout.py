"""Layout of a text layer (.txt/.md/.html text): pages, blocks and roles from the text alone."""

from __future__ import annotations

from collections import Counter

import regex as re

from ..models import Block, Line, Page, Role
from .repair import fix_text, join_hyphenated
from .roles import MD_HEADING, line_role, looks_like_heading

# "De Staat van Migratie 2023 61", "... (36360 -VI-1)  22/36": a title followed by a page number.
_FOOTER = re.compile(r"^(?P<title>\S.{4,}?)\s+(?P<num>\d{1,3}(?:/\d{1,3})?)\s*$")
_LONE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def analyse_text(text: str, markdown: bool = False) -> tuple[list[Page], dict[str, int]]:
    stats: Counter[str] = Counter()
    text = fix_text(text)
    raw_pages = _split_pages(text.splitlines(), stats)
    pages = []
    for number, lines in enumerate(raw_pages, start=1):
        blocks = _blocks(lines, number, stats)
        for order, block in enumerate(blocks):
            block.order = order
        pages.append(Page(number=number, blocks=blocks))
    return pages, dict(stats)


def _footer_titles(lines: list[str]) -> set[str]:
    """Footer titles: a line prefix that recurs with different page numbers at least twice."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        m = _FOOTER.match(line.strip())
        if m:
            seen.setdefault(m["title"].strip(), set()).add(m["num"])
    return {title for title, nums in seen.items() if len(nums) >= 2 or "/" in next(iter(nums))}


def _split_pages(lines: list[str], stats: Counter) -> list[list[str]]:
    titles = _footer_titles(lines)
    pages: list[list[str]] = [[]]
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            pages[-1].append(before)
            pages.append([after])
            continue
        pages[-1].append(line)
        m = _FOOTER.match(line.strip())
        if m and m["title"].strip() in titles:
            stats["page_footers"] += 1
            pages.append([])
    return [p for p in pages if any(x.strip() for x in p)]


def _blocks(lines: list[str], page: int, stats: Counter) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    current_role = Role.BODY

    def flush() -> None:
        nonlocal current, current_role
        if current:
            joined = join_hyphenated(current)
            stats["hyphens_joined"] += len(current) - len(joined)
            text = " ".join(s.strip() for s in joined if s.strip())
            if current_role is Role.HEADING:
                text = MD_HEADING.sub("", text)
            blocks.append(Block(text=text, role=current_role, page=page,
                                lines=[Line(text=s) for s in joined]))
        current, current_role = [], Role.BODY

    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        m = _FOOTER.match(line.strip())
        if m and line is lines[-1]:
            flush()
            blocks.append(Block(text=line.strip(), role=Role.PAGE_FOOTER, page=page, lines=[Line(text=line)]))
            continue
        if _LONE_NUMBER.match(line):
            stats["footnote_markers"] += 1
            continue  # footnote marker on a line of its own: not part of the sentence around it
        role = line_role(line)
        if role is None and looks_like_heading(line):
            role = Role.HEADING
        if role is not None:
            flush()
            current_role = role
            current = [line]
            if role in (Role.HEADING, Role.SLUG):
                flush()
            continue
        current.append(line)
    flush()
    return blocks
