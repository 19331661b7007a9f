"""Fourth-round NLP rules: headings run into a text layer's body, what a passage told before a figure
(a metric, a "sinds" year), parts after "waarvan", money without nationality, numbers that are no counts,
footnote paragraphs and axis ticks. Expectations read off the sentences by hand."""

from datetime import date

from docextract.models import Block, Document, DocumentMeta, Line, Page, Role
from docextract.nlp import extract_facts
from docextract.nlp.extract import document_sentences, is_label
from docextract.nlp.linking import SentenceContext, link
from nlp_helpers import YEAR_2022, document, figures, run

Y22 = (date(2022, 1, 1), date(2022, 12, 31))


def facts(blocks, reference=YEAR_2022):
    return {(c.metric, c.value, c.unit, c.period.start, c.period.end, tuple(sorted(c.dimensions.items())))
            for c in extract_facts(document(blocks, reference))}


def text_layer(lines: list[str]) -> Document:
    """One body block of a text layer (no geometry), its lines as printed."""
    block = Block(text=" ".join(lines), role=Role.BODY, order=0, lines=[Line(text=ln) for ln in lines])
    meta = DocumentMeta(publication_id="test", reference_start=Y22[0], reference_end=Y22[1])
    return Document(doc_id="test.txt", path="test.txt", format="txt", meta=meta, pages=[Page(number=1, blocks=[block])])


# --- a heading inside a text layer's body block ------------------------------------------------------

INTRO = ["Hoofdstukken 2 tot en met 7 bevatten per thema de aantallen over 2022. Deze cijfers worden steeds",
         "vergeleken met de cijfers van het jaar daarvoor en met die van de jaren tot en met 2021.",
         "Migratie van buiten de Europese Unie",
         "Ongeveer een derde van de instroom van migranten in Nederland betreft reguliere migranten",
         "van buiten de Europese Unie. Het gaat vooral om migranten die voor gezin of werk komen."]


def test_a_heading_line_between_two_sentences_opens_a_section():
    doc = text_layer(INTRO)
    sents = document_sentences(doc)
    heading = [s for s in sents if s.text == "Migratie van buiten de Europese Unie"]
    assert heading and heading[0].para.role == Role.HEADING
    # the intro's 2022 does not date the general statement under the new heading
    got = [(c.value, c.unit, c.period.start, c.period.end) for c in extract_facts(doc)]
    assert got == [(33.3, "percent", None, None)]


def test_a_short_line_inside_a_sentence_is_no_heading():
    lines = ["In 2022 zijn in totaal 22.220 aanvragen voor een verblijfsvergunning voor studie ingediend door",
             "Studenten uit Azië",  # no sentence ended on the line before
             "Het ging vooral om studenten voor het hoger onderwijs, zoals ook in eerdere jaren het geval was."]
    assert {s.para.role for s in document_sentences(text_layer(lines))} == {Role.BODY}


def test_a_country_code_ends_a_sentence_an_initial_does_not():
    texts = [s.text for s in document_sentences(document([("body", "Meer dan de helft komt uit de EU. Deze "
                                                                    "burgers mogen hier werken.")]))]
    assert texts == ["Meer dan de helft komt uit de EU.", "Deze burgers mogen hier werken."]
    texts = [s.text for s in document_sentences(document([("body", "Het rapport van J. de Vries telt 12 pagina's.")]))]
    assert len(texts) == 1


# --- what the passage told before the figure ---------------------------------------------------------

def test_the_metric_a_paragraph_named_carries_over_a_sentence_without_one():
    blocks = [("heading", "Humanitair tijdelijk en niet-tijdelijk"),
              ("body", "Een verblijfsvergunning kan ook worden afgegeven om humanitaire redenen. Het gaat hier "
                       "bijvoorbeeld om vreemdelingen die een medische behandeling ondergaan. In 2022 ging het om "
                       "170 migranten voor humanitair niet-tijdelijk en om 280 migranten voor humanitair tijdelijk.")]
    got = {(f[1], f[3], f[4]) for f in facts(blocks)}
    assert got == {(170, *Y22), (280, *Y22)}


def test_vanaf_de_start_counts_from_the_year_the_passage_gave():
    blocks = [("body", "Sinds 2017 bestaat een beperkte pilot in het MBO-4 voor de toelating van niet-EU studenten. "
                       "De pilot loopt tot 1 januari 2024. Vanaf de start zijn er 30 vergunningen verleend in het "
                       "kader van deze pilot.")]
    assert {(f[1], f[3], f[4]) for f in facts(blocks)} == {(30, date(2017, 1, 1), None)}
    # without a "sinds" year before it the start is unknown: not 2017
    blocks = [("body", "Er bestaat een beperkte pilot in het MBO-4. Vanaf de start zijn er 30 vergunningen verleend.")]
    assert all(f[3] != date(2017, 1, 1) for f in facts(blocks))


def test_parts_after_waarvan_share_the_metric_their_terms_stand_between():
    got = [(ln.q.value, ln.metric, ln.dims.get("departure_type"))
           for ln in link(run("In 2022 was dit aandeel 64%, waarvan tweederde zelfstandig en een derde gedwongen is "
                              "vertrokken.", YEAR_2022), SentenceContext())]
    assert got == [(66.7, "departures", "independent"), (33.3, "departures", "forced")]


def test_parts_after_waarvan_are_of_the_part_named_before_but_the_whole_carries_on():
    blocks = [("body", "De meeste personen die aantoonbaar vertrekken, vertrekken naar het land van herkomst. In 2022 "
                       "was dit aandeel 64%, waarvan tweederde zelfstandig en een derde gedwongen is vertrokken. "
                       "Daarnaast zijn 1.200 vreemdelingen vertrokken.")]
    got = {(f[1], f[0]) for f in facts(blocks)}
    assert {(64, "departures_country_of_origin"), (66.7, "departures_country_of_origin"),
            (33.3, "departures_country_of_origin"), (1200, "departures")} == got


# --- dimensions and numbers that are no figures -----------------------------------------------------

def test_an_amount_of_money_has_no_nationality():
    text = ("Voor de Afghaanse vluchtelingen in de regio is in 2022 een bijdrage van 30 miljoen euro beschikbaar "
            "gesteld aan programma's ten behoeve van Afghaanse vluchtelingen in Pakistan.")
    got = [(ln.q.value, ln.q.unit, ln.dims) for ln in link(run(text, YEAR_2022), SentenceContext())]
    assert got == [(30000000, "eur", {})]
    got = [ln.dims.get("nationality") for ln in link(run("In 2022 dienden 3.000 Afghaanse asielzoekers een eerste "
                                                        "asielaanvraag in.", YEAR_2022), SentenceContext())]
    assert got == ["AF"]


def test_a_rank_without_its_e_and_a_number_where_a_year_belongs_are_no_counts():
    assert figures("Gezinsmigratie stond op de 2 plek met 39.480 migranten.", YEAR_2022) == [("39.480", 39480, "count")]
    assert figures("In 220 werden 400 antwoorden ontvangen.", YEAR_2022) == [("400", 400, "count")]
    assert [v for _, v, _ in figures("In 220 gevallen werden 400 antwoorden ontvangen.", YEAR_2022)] == [220, 400]


def test_every_sentence_of_a_footnote_paragraph_is_the_notes():
    note = ("146 Vanwege aanpassingen in de registratie van COA telt het aantal vergunninghouders in deze kolom op "
            "tot 9.969. De taakstelling betreft wel 10.000 vergunninghouders.")
    assert facts([("body", note)]) == set()
    got = facts([("body", "In 2022 was de taakstelling 10.000 vergunninghouders.")])
    assert {f[1] for f in got} == {10000}


def test_a_tick_over_category_labels_is_a_label():
    assert is_label(run("0,0% EU-27 Nederland België Duitsland Frankrijk", YEAR_2022))
    assert not is_label(run("45% via Westelijke Balkan", YEAR_2022))
    assert not is_label(run("360 ongewenstverklaringen", YEAR_2022))


def test_one_label_with_several_values_on_a_dashboard_page_is_an_axis():
    blocks = [("dashboard_panel", "Immigratie en emigratie 2022"),
              ("dashboard_panel", "Immigratie: 120.000"),
              ("dashboard_panel", "400.000"),
              ("dashboard_panel", "Immigratie: 140.000"),
              ("dashboard_panel", "Migratiesaldo: 51.824")]
    got = {f[1] for f in facts(blocks)}
    assert 120000 not in got and 140000 not in got
    assert 51824 in got
