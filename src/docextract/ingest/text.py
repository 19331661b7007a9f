"""Decoding text inputs: bytes to str, HTML to text with its block structure kept."""

from __future__ import annotations


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes, else Windows-1252, the usual Dutch office encoding.

    Mojibake inside valid UTF-8 ("LPâ€™s") is repaired later, by the layout stage, with ftfy.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_BLOCK_TAGS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "div", "section", "caption", "br", "table"]


def html_to_text(html: str) -> str:
    """Text of an HTML page, one block per line, list items as "- ", headings as "## "."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "noscript"]):
        tag.decompose()
    for li in soup.find_all("li"):
        li.insert(0, "- ")
    for level in range(1, 7):
        for h in soup.find_all(f"h{level}"):
            h.insert(0, "#" * level + " ")
    for cell in soup.find_all(["td", "th"]):
        cell.append(" ")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (line.strip() for line in soup.get_text().splitlines())
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
