"""Document blocks -> paragraphs -> sentences, keeping the way back to block and line.

Layout output is imperfect: a sentence can be split over blocks ("• Circa 9% van de ... aanvraag"
+ "indienden kwam uit ..."), a heading over lines ("Hoeveel ... vertrekken" + "weer?"), and
running page headers sit between the halves. Blocks are therefore joined when the first
does not end a sentence and the next goes on in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from ..calendar_nl import YEAR
from ..layout.regions import is_numeric
from ..models import Block, Document, Role
from .linking import vocabulary  # (linking imports no segmenter: no cycle)

TEXT_ROLES = {Role.BODY, Role.LIST_ITEM, Role.HEADING, Role.CAPTION, Role.DASHBOARD_PANEL, Role.SIDEBAR}

# Length-preserving clean-up, so that character offsets still point into the block text.
_MOJIBAKE = {"â€™": "'", "â€˜": "'", "â€œ": '"', "â€\x9d": '"', "â€“": "-", "â€”": "-", "Ã«": "ë", "Ã©": "é",
             "Ã¯": "ï", "Ã¶": "ö", "Ã¨": "è", "Ã¼": "ü", "Ã¡": "á", "â€": '"'}
_MOJI_RE = re.compile("|".join(re.escape(k) for k in sorted(_MOJIBAKE, key=len, reverse=True)))
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{0,200}\)")
_MD_MARK = re.compile(r"(?<![\w*])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?![\w*])|^#{1,6}\s")
_BULLET = re.compile(r"^\s*(?:[-•●▪◦–]|\*(?=\s))\s+")

ABBREVIATIONS = {"ca", "c.q", "o.a", "bijv", "bv", "t.o.v", "nr", "art", "incl", "excl", "resp", "zgn", "d.w.z",
                 "m.u.v", "e.d", "jl", "mln", "mld", "vs", "max", "gem", "i.v.m", "m.b.t", "t.a.v", "o.b.v",
                 "a.s", "j.l", "blz", "dhr", "mevr", "mr", "dr", "prof", "e.a", "etc", "evt", "ong", "vnl", "t/m"}
_SPLIT = re.compile(r"(?<=[.!?])[*\d¹²³]{0,2}\s+(?=[\p{Lu}\d(\[•*\"'‘“<>-])|\s+(?=\(?Bron\s?:)"
                    # "1. Marokko (17%) / ... / 3. Polen (8%) 49% van het ...": a numbered list run into the next
                    # column's statement
                    r"|(?<=(?:^|\s)\d{1,2}\.\s+\p{Lu}[^()\d]{1,40}\(\d+(?:,\d+)?%\))\s+(?=[-+]?\d[\d.,]*%?\s+\p{Ll}{2,})"
                    # "(Bron: IND) In 2022 werden ...": a text layer runs the figure's source line into the prose
                    r"|(?<=\(\s?Bron\s?:[^()]{0,200}(?:\([^()]{0,80}\)[^()]{0,200})*\)\)?)\s+(?=\p{Lu})")


_PROSE = re.compile(r"\b\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\b.*(?:\d%|\d\.\d{3}).*[.;]|(?:\d%|\d\.\d{3}).*\b\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\b")


_PROSE_LINE = re.compile(r"^\W{0,3}\p{Lu}\p{Ll}*(?:\s+\S+){5,}.*\b(?:is|was|zijn|waren|werd|werden|bedraagt|bedroeg)\b.*[.!]\s*$")
_TABLE_ROW = re.compile(r"\d\s+\d|\d%\s+\d")


def clean(text: str) -> str:
    """Markdown and mojibake out, same length (padding with spaces)."""
    text = _MOJI_RE.sub(lambda m: _MOJIBAKE[m[0]].ljust(len(m[0])), text)
    text = _MD_LINK.sub(lambda m: " " + m[1] + " " * (len(m[0]) - len(m[1]) - 1), text)
    text = _MD_MARK.sub(lambda m: " " * len(m[0]), text)
    return text


@dataclass
class Piece:
    start: int  # offset in the paragraph text
    block: Block
    base: int = 0  # offset of the piece in its block's text


@dataclass
class Paragraph:
    text: str
    pieces: list[Piece]
    role: Role
    is_list: bool = False

    def locate(self, pos: int) -> tuple[Block, int]:
        piece = self.pieces[0]
        for p in self.pieces:
            if p.start <= pos:
                piece = p
        return piece.block, max(0, pos - piece.start) + piece.base


@dataclass
class Sentence:
    text: str  # cleaned, what the pipeline reads
    quote: str  # as in the source
    para: Paragraph
    start: int  # offset in the paragraph


def paragraphs(doc: Document) -> list[Paragraph]:
    out: list[Paragraph] = []
    open_para: Paragraph | None = None
    for block in doc.blocks():
        if block.role in (Role.TABLE, Role.FIGURE):
            # a table's cells are the tables stage's; a full sentence caught in the region is prose
            pos = 0
            for line in block.text.split("\n"):
                if _PROSE_LINE.search(line) and not _TABLE_ROW.search(line):
                    out.append(Paragraph(clean(line), [Piece(0, block, pos)], Role.BODY))
                pos += len(line) + 1
            open_para = None
            continue
        if block.role not in TEXT_ROLES and not (block.role in (Role.PAGE_FOOTER, Role.PAGE_HEADER)
                                                  and _PROSE.search(block.text)):
            continue  # (a page's last sentence taken for its footer is read anyway)
        raw = block.text
        if not raw.strip():
            continue
        text = clean(raw)
        is_list = block.role == Role.LIST_ITEM or bool(_BULLET.match(text))
        scrambled = _scrambled(block)
        if open_para is not None and scrambled and _scrambled(open_para.pieces[-1].block):
            # a text layer's dashboard lines: panels read across, so a lower-case start is no evidence
            if _word_split(open_para.text, text):
                start = len(open_para.text) + 1
                open_para.text += " " + text
                open_para.pieces.append(Piece(start, block))
                continue
            fig = _FIGURE_LINE.match(text)
            if fig and _dangling(open_para.text) and len(open_para.pieces) == 1:
                # "vreemdelingen ingestroomd in" + "2.730 vreemdelingenbewaring": the figure opens the caption
                prev = open_para.pieces[0]
                head = text[:fig.end(1)]
                rest = text[fig.end(1):].lstrip()
                para_text = f"{head} {open_para.text} {rest}"
                pieces = [Piece(0, block, 0), Piece(len(head) + 1, prev.block, prev.base),
                          Piece(len(head) + len(open_para.text) + 2, block, len(text) - len(rest))]
                open_para.text, open_para.pieces = para_text, pieces
                open_para = None
                continue
            open_para = _scrambled_paragraph(text, block, is_list, out)
            continue
        if scrambled:
            open_para = _scrambled_paragraph(text, block, is_list, out)
            continue
        segments = _heading_segments(block, text) if block.role == Role.BODY and block.bbox is None else []
        if segments:
            # a text layer runs a heading into the body around it: the heading opens a section of its own
            for k, (s, e, heading) in enumerate(segments):
                piece = Piece(0, block, s)
                if k == 0 and open_para is not None and _continues(open_para.text, text[s:e]) \
                        and open_para.role != Role.CAPTION:
                    piece.start = len(open_para.text) + 1
                    open_para.text += " " + text[s:e]
                    open_para.pieces.append(piece)
                    continue
                open_para = Paragraph(text[s:e], [piece], Role.HEADING if heading else block.role, is_list and k == 0)
                out.append(open_para)
            continue
        if open_para is not None and _figures_under_label(open_para, block, text):
            # "Aantal derdelanders ... vertrokken ... in 2022." over "93.660": the figure opens its label
            shift = len(text) + 1
            open_para.text = f"{text} {open_para.text}"
            open_para.pieces = [Piece(0, block)] + [Piece(p.start + shift, p.block, p.base) for p in open_para.pieces]
            continue
        if (open_para is not None and not is_list and _continues(open_para.text, text)
                and block.role != Role.CAPTION and open_para.role != Role.CAPTION):
            start = len(open_para.text) + 1
            open_para.text += " " + text
            open_para.pieces.append(Piece(start, block))
            if block.role == Role.HEADING:
                open_para.role = Role.HEADING
            continue
        open_para = Paragraph(text, [Piece(0, block)], block.role, is_list)
        out.append(open_para)
    return out


_HEAD_LINE = re.compile(r"^\p{Lu}[^\d;:()%]*$")
_NEXT_OPENS = re.compile(r"^[\p{Lu}‘'\"]")


def _heading_segments(block: Block, text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) pieces of a text-layer block whose lines hold a heading: a short line
    in sentence case without figures or closing punctuation, between a line that ends a sentence (or
    another such heading) and one that opens a new one ("... vergeleken met 2021." / "Migratie van
    buiten de Europese Unie" / "Ongeveer een derde ..."). Empty when the block holds none."""
    lines = [ln.text.strip() for ln in block.lines]
    if len(lines) < 3:
        return []
    starts, pos = [], 0
    for ln in lines:
        i = text.find(ln, pos) if ln else -1
        if i < 0:
            return []  # repaired text no longer holds the line as it was: leave the block whole
        starts.append(i)
        pos = i + len(ln)
    width = sorted(len(ln) for ln in lines)[len(lines) // 2]
    heads: list[int] = []
    for k in range(1, len(lines) - 1):
        prev, cur, nxt = lines[k - 1], lines[k], lines[k + 1]
        closed = prev.endswith((".", "!", "?")) or (heads and heads[-1] == k - 1)
        if closed and _HEAD_LINE.match(cur) and not cur.endswith((".", ",", "!", "?", "-")) \
                and len(cur) <= 0.7 * width and _NEXT_OPENS.match(nxt):
            heads.append(k)
    if not heads:
        return []
    cuts = sorted({0, len(text)} | {starts[k] for k in heads} | {starts[k + 1] for k in heads})
    out = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        seg = text[s:e].rstrip()
        if seg.strip():
            out.append((s, s + len(seg), any(starts[k] == s for k in heads)))
    return out


# "1.600 Gedwongen vertrek (15%)": an axis tick of one column before a label of the next (a statement goes on in
# lower case: "2.730 vreemdelingen ...")
_STRAY_FIGURE = re.compile(r"^([-+]?\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s+(?=\p{Lu}\p{Ll})")


def _scrambled_paragraph(text: str, block: Block, is_list: bool, out: list[Paragraph]) -> Paragraph:
    """The paragraph(s) of one dashboard line; returns the last, which a later line may continue."""
    m = _STRAY_FIGURE.match(text)
    if m:
        out.append(Paragraph(text[:m.end(1)], [Piece(0, block)], block.role, is_list))
        rest = text[m.end():]
        para = Paragraph(rest, [Piece(0, block, m.end())], block.role, is_list)
    else:
        para = Paragraph(text, [Piece(0, block)], block.role, is_list)
    out.append(para)
    return para


def _scrambled(block: Block) -> bool:
    """A dashboard line of a text layer: no geometry, its panel columns read across and mixed."""
    return block.role == Role.DASHBOARD_PANEL and block.bbox is None


_QUANTITY = re.compile(r"(?<![\d.,])(?!" + YEAR.pattern + r"\b)\d[\d.,]*")  # a figure that is no year


def _figures_under_label(para: Paragraph, block: Block, text: str) -> bool:
    """`text` is only figures, set large (the layout made it a heading) right under a label
    sentence that states none of its own, in one column: a dashboard panel's "label over
    number", whose figures belong to the label. Axis ticks under a title are small."""
    above = para.pieces[-1].block
    if block.bbox is None or above.bbox is None or block.role != Role.HEADING or para.role != Role.BODY \
            or para.is_list:
        return False
    words = text.split()  # a panel's figures on their own: "93.660", "2021 41% 2022 36%"
    if not words or not all(is_numeric(w) for w in words) or _QUANTITY.search(para.text):
        return False
    ax0, _, ax1, abottom = above.bbox
    x0, top, x1, bottom = block.bbox
    return 0 <= top - abottom <= 1.5 * (bottom - top) and min(ax1, x1) - max(ax0, x0) > 0


_FIGURE_LINE = re.compile(r"^\s*([-+]?\d[\d.,]*\s*%?(?:\s+(?:miljoen|mln|miljard))?)\s+\p{Ll}{3,}")


def _dangling(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in vocabulary()["dangling"]


def _word_split(prev: str, nxt: str) -> bool:
    """'... aan de EU-' + 'buitengrenzen.': one word split over two lines."""
    return bool(re.search(r"\p{L}-$", prev.rstrip())) and nxt[:1].islower()


def _continues(prev: str, nxt: str) -> bool:
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return False
    if p[-1] in ".!?:;)" and not p.endswith(("ca.", "c.q.", "o.a.")):
        return False
    return n[0].islower() or p.endswith("-") or n[0] in "(,"


def sentences(paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for para in paras:
        text = para.text
        bullet = _BULLET.match(text)
        pos = bullet.end() if bullet else 0
        cuts = [m for m in _SPLIT.finditer(text, pos)]
        bounds = []
        for m in cuts:
            before = text[pos:m.start()].rstrip("*0123456789¹²³")
            word = re.search(r"([\p{L}./]+)\.$", before)
            if word and word[1].lower().rstrip(".") in ABBREVIATIONS and not m[0].strip().startswith("("):
                continue
            if re.search(r"(?:^|\s)\p{Lu}\.$", before):  # initials: "J. de Vries"
                continue
            if re.search(r"(?:^|\s)\d{1,2}\.$", text[pos:m.start()]):  # an enumerator: "1. Indiase"
                continue
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(text)))
        for s, e in bounds:
            seg = text[s:e]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if not seg:
                continue
            s += lead
            quote = _quote(para, s, s + len(seg))
            out.append(Sentence(seg, quote, para, s))
    return out


def _quote(para: Paragraph, s: int, e: int) -> str:
    """The source text of the sentence (uncleaned), from the blocks it spans."""
    parts = []
    for i, p in enumerate(para.pieces):
        end = para.pieces[i + 1].start - 1 if i + 1 < len(para.pieces) else len(para.text)
        lo, hi = max(s, p.start), min(e, end)
        if lo < hi:
            parts.append(p.block.text[lo - p.start + p.base:hi - p.start + p.base])
    return " ".join(x.strip() for x in parts) or para.text[s:e]


def line_bbox(block: Block, offset: int):
    """bbox of the line of `block` holding character `offset` (else the block's bbox)."""
    if not block.lines or block.bbox is None:
        return block.bbox
    pos = 0
    for line in block.lines:
        i = block.text.find(line.text, pos)
        if i < 0:
            break
        if i <= offset < i + len(line.text) + 1:
            return line.bbox or block.bbox
        pos = i + len(line.text)
    return block.bbox
