"""Telling page furniture, captions, headings and list items from body text, by pattern."""

from __future__ import annotations

import regex as re

from ..models import Role

# "Figuur 78: Vertrek via de DT&V, 2021-2022 (Bron: DT&V)": the tables stage reads num and rest
CAPTION = re.compile(r"^\s*(?:Figuur|Tabel|Grafiek)\s+(?P<num>\d+[a-z]?)\s*[:.]\s*(?P<rest>.*)", re.I)
# A caption's opening words, with or without its colon ("Figuur 3 Asielaanvragen", "Kaart 2:")
CAPTION_START = re.compile(r"^\s*(?:Figuur|Tabel|Grafiek|Kaart|Afbeelding|Infographic)\s*\d", re.I)
SOURCE_LINE = re.compile(r"^\s*\(?\s*Bron\s*:", re.I)
LIST_ITEM = re.compile(r"^\s*(?:[-•*▪–]\s+|\d{1,2}[.)]\s+\p{L})")
SLUG = re.compile(r"\.indd\b.*\d{1,2}[-:]\d{2}[-:]\d{2,4}")
MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
NUMBERED_HEADING = re.compile(r"^\s*(?:Hoofdstuk\s+\d+|\d+(?:\.\d+){1,4}\s+\p{Lu})")
QUESTION_HEADING = re.compile(r"^\s*(?:Vraag\s*\(\d+\)\s*:?|Antwoord\s*:)\s*$")


def line_role(text: str) -> Role | None:
    """The role a single line announces by its own form, or None for plain text."""
    if SLUG.search(text):
        return Role.SLUG
    if CAPTION.match(text):
        return Role.CAPTION
    if MD_HEADING.match(text) or NUMBERED_HEADING.match(text) or QUESTION_HEADING.match(text):
        return Role.HEADING
    if LIST_ITEM.match(text):
        return Role.LIST_ITEM
    return None


def looks_like_heading(text: str) -> bool:
    """A short line without closing punctuation that asks a question or is set in capitals."""
    t = text.strip()
    if not t or len(t) > 140 or t[-1] in ".;:,":
        return False
    if t.endswith("?"):
        return True
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.8
