"""Page labels: the folio printed in a page's footer, carried to every fact on that page."""

from __future__ import annotations

import pytest

from conftest import CORPUS
from docextract.evaluate.gold import GoldFact
from docextract.evaluate.scoring import match_document
from docextract.layout.page_labels import page_label
from docextract.models import Block, Fact, Page, Provenance, Role


def page(*furniture: tuple[Role, str]) -> Page:
    blocks = [Block(text="In 2022 zijn 1.510 personen vertrokken.", role=Role.BODY)]
    return Page(number=3, blocks=blocks + [Block(text=t, role=r) for r, t in furniture])


@pytest.mark.parametrize("furniture, label", [
    ([(Role.PAGE_FOOTER, "De Staat van Migratie 2023 113")], "113"),
    ([(Role.PAGE_FOOTER, "Totaallijst feitelijke vragen Jaarverslag (36360 -VI-1)  22/36")], "22"),
    ([(Role.PAGE_HEADER, "Hoofdstuk 5"), (Role.PAGE_FOOTER, "Pagina 7")], "7"),
    ([(Role.PAGE_HEADER, "15-06-2020 09:41")], None),  # a browser's print time is no folio
    ([(Role.PAGE_FOOTER, "Kerncijfers asiel en migratie | Rijksoverheid.nl")], None),
    ([], None),
])
def test_folio_from_the_footer(furniture, label):
    assert page_label(page(*furniture)) == label


def test_body_numbers_are_no_folio():
    p = Page(number=1, blocks=[Block(text="Totaal 13.160 13.410", role=Role.BODY)])
    assert page_label(p) is None


def test_text_layer_facts_carry_the_printed_page():
    import docextract

    facts = docextract.extract(CORPUS / "text" / "staat-van-migratie-2023.txt")
    by_quote = {f.provenance.quote: f for f in facts if f.provenance.extractor == "text"}
    # printed on page 115 of the report (its footer closes the page)
    hit = next(f for q, f in by_quote.items() if q.startswith("Het aantal nieuwe aanvragen bij IOM was 1.900"))
    assert hit.provenance.page is None and hit.provenance.page_label == "115"


def test_page_score_compares_the_printed_page():
    g = GoldFact(doc="d", kind="text", metric="departures", value=10, unit="count", quote="q", page=113)
    right = Fact(id="a", doc_id="d.pdf", metric="departures", value=10, unit="count",
                 provenance=Provenance(page=60, page_label="113", quote="q"))
    wrong = right.model_copy(update={"provenance": Provenance(page=113, page_label="225", quote="q")})
    assert match_document("d.pdf", "d", [right], [g]).score().page_accuracy == 1.0
    assert match_document("d.pdf", "d", [wrong], [g]).score().page_accuracy == 0.0


def test_running_footer_beats_a_lone_number_at_the_foot():
    # A footnote number read as furniture sits above the running footer.
    p = Page(number=29, blocks=[
        Block(text="63", role=Role.PAGE_FOOTER, bbox=(56.0, 767.4, 64.9, 774.4)),
        Block(text="De Staat van Migratie 2023 57", role=Role.PAGE_FOOTER, bbox=(436.1, 806.2, 551.3, 813.7)),
    ])
    assert page_label(p) == "57"
