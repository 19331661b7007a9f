"""The PDF layout on small PDFs drawn in the tests: one trap each, and plain pages left alone."""

from __future__ import annotations

import pytest

from docextract.ingest import open_source
from docextract.layout import analyse
from docextract.models import Role
from layout_pdfs import PARAGRAPH, H, W, make_pdf, text


def layout(path):
    with open_source(path) as src:
        return analyse(src)


def texts(doc, role=None):
    return [b.text for b in doc.blocks() if role is None or b.role is role]


def test_plain_one_column_text_comes_out_unchanged(tmp_path):
    def page(c):
        for i, line in enumerate(PARAGRAPH):
            text(c, 72, 100 + 14 * i, line)
    doc = layout(make_pdf(tmp_path / "plain.pdf", [page]))
    assert texts(doc) == [" ".join(PARAGRAPH)]
    assert doc.blocks()[0].role is Role.BODY
    assert doc.stats.get("duplicate_chars_removed", 0) == 0  # "allemaal": its own "ll" stays


def test_duplicate_layers_shifted_partial_and_reordered_collapse_to_one_copy(tmp_path):
    lines = ["In 2022 immigreerden 403.108 (+61%) personen naar",
             "Nederland. Het migratiesaldo was 223.798 personen."]

    def page(c):
        text(c, 100.75, 212 + 0.75, lines[1].split(" ")[0] + " " + lines[1].split(" ")[1])  # partial, shifted
        for i, line in reversed(list(enumerate(lines))):  # exact copy, other order
            text(c, 100, 200 + 12 * i, line)
        for i, line in enumerate(lines):  # copies shifted by up to 3 pt
            text(c, 100 + 3.0, 200 + 12 * i - 1.5, line)
            text(c, 100 + 0.5, 200 + 12 * i + 2.2, line)
    doc = layout(make_pdf(tmp_path / "layers.pdf", [page]))
    assert texts(doc) == [" ".join(lines)]
    assert doc.stats["duplicate_chars_removed"] >= 2 * sum(len(x.replace(" ", "")) for x in lines)


def test_two_columns_read_column_by_column(tmp_path):
    left = ["Links begint de eerste kolom met", "een zin die hier verder gaat."]
    right = ["Rechts staat de tweede kolom met", "een andere zin die eindigt."]

    def page(c):
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            text(c, 50, 100 + 13 * i, a)
            text(c, 320, 100 + 13 * i, b)
    doc = layout(make_pdf(tmp_path / "columns.pdf", [page]))
    assert texts(doc) == [" ".join(left), " ".join(right)]


def test_box_beside_table_on_the_same_baselines_stays_its_own_block(tmp_path):
    rows = [("Aanvragen", "41.820", "45.300", "37.790", "1. Indiase"),
            ("Beslissingen", "43.050", "44.930", "35.790", "2. Turkse"),
            ("In behandeling", "6.110", "7.260", "6.800", "3. Russische")]

    def page(c):
        c.setFillColorRGB(0.96, 0.93, 0.86)
        c.rect(250, H - 100 - 3 * 10 - 4, 90, 3 * 10 + 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for i, (label, *values, top) in enumerate(rows):
            y = 100 + 10 * i
            text(c, 40, y, label, 7)
            for k, v in enumerate(values):
                c.drawRightString(150 + 40 * k, H - y, v)
            text(c, 254, y, top, 7)
    doc = layout(make_pdf(tmp_path / "box.pdf", [page]))
    table = [b for b in doc.blocks() if b.role is Role.TABLE]
    box = [b for b in doc.blocks() if b.role is Role.SIDEBAR]
    assert len(table) == 1 and len(box) == 1
    assert table[0].text.splitlines() == [" ".join(r[:4]) for r in rows]
    assert box[0].text.splitlines() == [r[4] for r in rows]


def test_superscript_marker_split_off_not_glued(tmp_path):
    def page(c):
        text(c, 72, 100, "Eerste asielaanvragen", 10)
        c.setFont("Helvetica", 6)
        c.drawString(72 + c.stringWidth("Eerste asielaanvragen", "Helvetica", 10), H - 100 + 4, "2")
        text(c, 72, 114, "In 2022 waren er 38.380 aanvragen.", 10)
        c.setFont("Helvetica", 6)
        c.drawString(72 + c.stringWidth("In 2022 waren er 38.380", "Helvetica", 10), H - 114 + 4, "3")
    doc = layout(make_pdf(tmp_path / "sup.pdf", [page]))
    joined = " ".join(texts(doc))
    assert "asielaanvragen2" not in joined and "38.3803" not in joined
    assert "38.380 aanvragen." in joined
    assert sorted(m for b in doc.blocks() for m in b.markers) == ["2", "3"]


def test_slug_outside_trim_box_and_slug_pattern(tmp_path):
    def page(c):
        text(c, 72, 100, "Gewone tekst binnen de pagina.")
        c.setFont("Helvetica", 6)
        c.drawString(5, 5, "A4-Dashboard.indd   1 31-08-2023   16:17:42")
    doc = layout(make_pdf(tmp_path / "slug.pdf", [page], trimbox=(20, 20, W - 20, H - 20)))
    assert texts(doc, Role.SLUG) == ["A4-Dashboard.indd 1 31-08-2023 16:17:42"]
    assert texts(doc, Role.BODY) == ["Gewone tekst binnen de pagina."]


def test_running_header_footer_caption_and_footnote(tmp_path):
    def page_n(n):
        def page(c):
            text(c, 72, 40, "Jaarverslag 2022", 8)
            text(c, 72, 120, "Figuur 3: Aanvragen per maand, 2022 (Bron: IND)", 9)
            for i, line in enumerate(PARAGRAPH):
                text(c, 72, 160 + 14 * i, line)
            text(c, 72, 760, f"{n} Zie het jaarverslag over 2021.", 7)
            text(c, 72, 810, f"Jaarverslag 2022 {n}", 8)
        return page
    doc = layout(make_pdf(tmp_path / "furniture.pdf", [page_n(n) for n in (1, 2, 3)]))
    for page in doc.pages:
        roles = {b.text: b.role for b in page.blocks}
        assert roles["Jaarverslag 2022"] is Role.PAGE_HEADER
        assert roles[f"Jaarverslag 2022 {page.number}"] is Role.PAGE_FOOTER
        assert roles["Figuur 3: Aanvragen per maand, 2022 (Bron: IND)"] is Role.CAPTION
        assert roles[f"{page.number} Zie het jaarverslag over 2021."] is Role.FOOTNOTE
        assert roles[" ".join(PARAGRAPH)] is Role.BODY


@pytest.mark.parametrize(("drawn", "expected"), [
    (["Top 10 landen van herkomst"], "Top 10 landen van herkomst"),
    (["de asiel-", "migranten en EU-", "burgers in Noord-", "Holland."], "de asielmigranten en EU-burgers in Noord-Holland."),
])
def test_letter_spacing_and_hyphenation_in_pdf(tmp_path, drawn, expected):
    def page(c):
        for i, line in enumerate(drawn):
            if line.startswith("Top"):  # "T" + kerning gap + "op": read as "T op"
                text(c, 72, 100, "T")
                text(c, 72 + c.stringWidth("T", "Helvetica", 10) + 4.6, 100, line[1:])
            else:
                text(c, 72, 100 + 13 * i, line)
    doc = layout(make_pdf(tmp_path / "repair.pdf", [page]))
    assert texts(doc) == [expected]
