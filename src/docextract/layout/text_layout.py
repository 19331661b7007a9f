"""Layout of a text layer (.txt/.md/.html text): pages, blocks and roles from the text alone.

Same repairs as the PDF path where text allows: page footers and slug lines told apart,
footnote markers and footnote bodies split from the body text, hyphenation joined, and
dashboard pages (overlapping text layers) reduced to one copy of each line.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from ..models import Block, Line, Page, Role
from .furniture import join_across_pages
from .repair import fix_text, join_hyphenated, repair_block_text
from .roles import MD_HEADING, SLUG, line_role, looks_like_heading
from .text_dashboard import (
    Evidence,
    chain_columns,
    dashboard_fragments,
    is_dashboard,
    is_single_layer,
    text_tiles,
    token_counts,
    whole_sentences,
)

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
    stats["paragraphs_joined_across_pages"] += join_across_pages(pages)
    return pages, dict(stats)


def _block(text: str, role: Role, page: int, lines: list[str] | None = None) -> Block:
    return Block(text=text, role=role, page=page, lines=[Line(text=s) for s in (lines or [text])])


# A title that is one word and a number is a chapter, figure or item label, not a footer.
_PAGE_WORD = re.compile(r"^(?:pagina|page|blz\.?|p\.)$", re.I)


def _footer_titles(lines: list[str]) -> set[str]:
    """Footer titles: a line prefix that recurs with different page numbers, the numbers rising
    through the document ("De Staat van Migratie 2023 5", "... 7"), or a "n/N" page counter.

    "Hoofdstuk 1" ... "Hoofdstuk 2" and "Figuur 1" ... "Figuur 14" are headings and captions:
    a one-word title counts only when it is a page word ("Pagina 3").
    """
    seen: dict[str, list[str]] = {}
    for line in lines:
        m = _FOOTER.match(line.strip())
        if m:
            seen.setdefault(m["title"].strip(), []).append(m["num"])
    titles = set()
    for title, nums in seen.items():
        if len(title.split()) < 2 and not _PAGE_WORD.match(title):
            continue
        if not _is_footer_title(title):
            continue
        if any("/" in n for n in nums):
            if all(_counter_ok(n) for n in nums):
                titles.add(title)
            continue
        values = [int(n) for n in nums]
        rising = sum(1 for a, b in zip(values, values[1:], strict=False) if b > a)
        if len(set(values)) >= 2 and rising >= 0.8 * (len(values) - 1):
            titles.add(title)
    return titles


def _counter_ok(num: str) -> bool:
    a, _, b = num.partition("/")
    return 1 <= int(a) <= int(b)


def _is_footer_title(title: str) -> bool:
    """A running title, never the start of a sentence: no full stop or colon at its end, no
    prose (mostly lower-case words)."""
    if title[-1] in ".,;:!?" or len(title) > 120:
        return False
    words = title.split()
    lower = sum(1 for w in words if w[0].islower() and len(w) > 3)
    return lower <= max(1, len(words) // 2)


def _substantial(lines: list[str]) -> bool:
    """Any line with a word of three letters or more (a stray "b" from a dashboard is not)."""
    return any(re.search(r"\p{L}{3,}|\d{2,}", x) for x in lines)


def _split_pages(lines: list[str], stats: Counter) -> list[tuple[list[str], list[str]]]:
    """Pages as (lines, footer lines). A footer ends a page, a form feed too.

    Dashboard pages put their footer first (the text layer reads the page's furniture before
    its panels): a footer on a page with nothing substantial yet belongs to that page. An
    InDesign slug line closes its page at the next blank line (what follows the slug up to
    there is rotated panel text of the same page).
    """
    titles = _footer_titles(lines)
    pages: list[tuple[list[str], list[str]]] = [([], [])]
    closing = False
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            pages[-1][0].append(before)
            pages.append(([after], []))
            closing = False
            continue
        if closing and not line.strip():
            pages.append(([], []))
            closing = False
            continue
        m = _FOOTER.match(line.strip())
        if m and m["title"].strip() in titles:
            stats["page_footers"] += 1
            pages[-1][1].append(line)
            if _substantial(pages[-1][0]):
                pages.append(([], []))
                closing = False
            continue
        pages[-1][0].append(line)
        if SLUG.search(line):
            closing = True
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
    if is_single_layer(rest):
        # one text layer, panel columns read across: every line is a panel line, in order
        stats["single_layer_dashboard_pages"] += 1
        rest, rebuilt = text_tiles(rest)
        if rebuilt:
            stats["tiles_rebuilt"] += rebuilt
        out = []
        for line in rest:
            if line.strip():
                text, _, fixed = repair_block_text(line.strip())
                stats.update(fixed)
                out.append(_block(text, Role.DASHBOARD_PANEL, page))
        return out + blocks
    evidence = Evidence()
    frags = dashboard_fragments(rest, vocab, stats, evidence)
    out = []
    seen: set[str] = set()
    for text, prose in chain_columns(frags, evidence, vocab):
        if not prose:
            text, _, fixed = repair_block_text(text)
            stats.update(fixed)
            out.append(_block(text, Role.DASHBOARD_PANEL, page))
            continue
        # prose: only whole, clean sentences, each once; a half sentence is worse than none
        sentences, dropped = whole_sentences(text, vocab)
        stats["half_sentences_dropped"] += dropped
        kept = []
        for sentence in sentences:
            key = sentence.replace(" ", "")
            if key in seen:
                stats["duplicate_fragments_removed"] += 1
                continue
            seen.add(key)
            kept.append(sentence)
        if kept:
            text, _, fixed = repair_block_text(" ".join(kept))
            stats.update(fixed)
            out.append(_block(text, Role.BODY, page))
    return out + blocks
