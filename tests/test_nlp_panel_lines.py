"""Third-round NLP rules: the lines of a text layer's dashboard page (panels read across, no geometry),
merged columns, periods that stop carrying, table runs with percentages, bracketed shares. Expectations
read off the sentences by hand."""

from datetime import date

from docextract.models import Period
from docextract.nlp import extract_facts
from docextract.nlp.extract import document_sentences, is_label
from docextract.nlp.linking import SentenceContext, link, unit_only_metric
from nlp_helpers import YEAR_2022, document, run

Y22 = Period(start=date(2022, 1, 1), end=date(2022, 12, 31))


def facts(blocks, reference=YEAR_2022):
    return {(c.metric, c.value, c.unit, c.period.start, tuple(sorted(c.dimensions.items())))
            for c in extract_facts(document(blocks, reference))}


# --- lines of a dashboard page ----------------------------------------------------------------------

def test_key_figure_on_the_last_line_of_its_caption_opens_the_caption():
    blocks = [("dashboard_panel", "Toezicht en vertrek 2022"),
              ("dashboard_panel", "vreemdelingen ingestroomd in"),
              ("dashboard_panel", "2.730 vreemdelingenbewaring")]
    texts = [s.text for s in document_sentences(document(blocks, YEAR_2022))]
    assert "2.730 vreemdelingen ingestroomd in vreemdelingenbewaring" in texts
    assert facts(blocks) == {("immigration_detention_inflow", 2730, "count", date(2022, 1, 1), ())}


def test_no_metric_carries_from_one_panel_line_to_the_next():
    blocks = [("dashboard_panel", "Toezicht en vertrek 2022"),
              ("dashboard_panel", "8.610 personen vertrokken"),
              ("dashboard_panel", "4.720"),
              ("dashboard_panel", "maritieme buitengrenzen van Nederland"),  # lower case: no evidence of one text
              ("dashboard_panel", "20 nieuwe locaties")]
    got = facts(blocks)
    assert ("departures", 8610, "count", date(2022, 1, 1), ()) in got
    assert not [f for f in got if f[1] in (4720, 20)]


def test_a_word_split_over_two_lines_still_joins_them():
    blocks = [("dashboard_panel", "Toezicht en vertrek 2022"),
              ("dashboard_panel", "330.000 irreguliere grensoverschrijdingen aan de EU-"),
              ("dashboard_panel", "buitengrenzen. 45% via de Westelijke Balkan")]
    assert {(f[0], f[1]) for f in facts(blocks)} == {("irregular_border_crossings", 330000),
                                                    ("irregular_border_crossings", 45)}


def test_axis_tick_before_the_next_columns_label_states_nothing():
    blocks = [("dashboard_panel", "Toezicht en vertrek 2022"),
              ("dashboard_panel", "1.600 Gedwongen vertrek (15%)"),
              ("dashboard_panel", "1.400")]
    assert facts(blocks) == set()


def test_a_lone_rank_list_is_no_list_of_a_metric_named_elsewhere():
    # "Top 3: 1. Polen ..." after a figure of immigration: immigration_detention_inflow also takes ranks,
    # yet nothing says the list ranks it
    ctx = SentenceContext(related={"immigration"}, period=Y22)
    assert link(run("Top 3: 1. Polen / 2. Slowakije / 3. België", YEAR_2022), ctx) == []
    assert unit_only_metric("rank", {"ind_applications"}) == "ind_top_nationality"
    assert unit_only_metric("rank", {"immigration"}) is None


# --- columns run together ---------------------------------------------------------------------------

def test_numbered_list_run_into_the_next_columns_statement_is_cut():
    blocks = [("body", "1. Marokko (17%) / 2. Algerije (12%) / 3. Polen (8%) 49% van het zelfstandig vertrek "
                       "via IOM of NGO's")]
    texts = [s.text for s in document_sentences(document(blocks, YEAR_2022))]
    assert texts == ["1. Marokko (17%) / 2. Algerije (12%) / 3. Polen (8%)",
                     "49% van het zelfstandig vertrek via IOM of NGO's"]
    out = link(run(texts[1], YEAR_2022), SentenceContext(period=Y22))
    assert [(ln.metric, ln.q.value, ln.dims) for ln in out] == [
        ("departures", 49, {"departure_type": "independent", "category": "iom_or_ngo"})]


def test_bracketed_share_does_not_end_the_figures_slot():
    out = link(run("In 2022 hadden 104.511 (26%) van alle immigranten de Oekraïense nationaliteit.", YEAR_2022),
               SentenceContext(pool=[["departures"]], period=Y22))
    assert [(ln.metric, ln.q.value, ln.dims.get("nationality")) for ln in out] == [
        ("immigration", 104511, "UA"), ("immigration", 26, "UA")]


def test_table_rows_with_changes_run_together_are_a_label():
    # a text layer's table read as one line: most figures are a run, a few changes stand alone between labels
    text = ("% verschil 2021 2022 2022 t.o.v. 2021 Land van herkomst 1.700 1.820 +7% -15% Andere landen 140 420 "
            "+200% Zelfstandig +17% Totaal 2.100 2.450 Aantoonbaar vertrek +1% Land van herkomst 920 930 Gedwongen "
            "Totaal 1.630 1.850 +13% -23% Niet- aantoonzonder baar vertrek -36% toezicht 1.710 1.100")
    sdoc = run(text, YEAR_2022)
    assert [q.text for q in sdoc._.quantities if q.skip is None] == ["+17%", "+1%", "-36%"]
    assert is_label(sdoc, text)
    prose = "In 2022 vertrokken 1.820 personen naar het land van herkomst, 7% meer dan in 2021."
    assert not is_label(run(prose, YEAR_2022), prose)


# --- periods ----------------------------------------------------------------------------------------

def test_a_year_that_is_a_name_keeps_the_passage_year_off_the_sentence():
    blocks = [("body", "In 2022 zijn 14.480 screeningsgesprekken gevoerd. Middels de voorjaarsnota 2023 zijn 38 "
                       "Meedoenbalies beschikbaar gesteld.")]
    got = {(f[1], f[3]) for f in facts(blocks)}
    assert got == {(14480, date(2022, 1, 1)), (38, None)}


def test_a_questions_period_stops_carrying_after_many_sentences_without_figures():
    filler = " ".join(f"Het onderzoek bespreekt thema nummer {w}." for w in
                      ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht"))
    blocks = [("body", "Zijn er meer incidenten in de periode 2018-2019? " + filler +
                       " De helft van hen vindt Nederland geen gastvrij land.")]
    got = [(c.value, c.period.start) for c in extract_facts(document(blocks, YEAR_2022))]
    assert got == [(50, None)]
    # a few sentences on, the period still holds
    blocks = [("body", "Zijn er meer incidenten in de periode 2018-2019? Het onderzoek bespreekt dit. "
                       "De helft van hen vindt Nederland geen gastvrij land.")]
    got = [(c.value, c.period.start) for c in extract_facts(document(blocks, YEAR_2022))]
    assert got == [(50, date(2018, 1, 1))]


# --- a PDF panel's figure set large under its label sentence ---------------------------------------

def _placed(blocks, reference=YEAR_2022):
    """blocks: (role, text, bbox); a PDF page, so the blocks keep their geometry."""
    from docextract.models import Block, Page, Role

    doc = document([], reference, fmt="pdf")
    doc.pages = [Page(number=1, blocks=[Block(text=t, role=Role(r), order=i, bbox=bbox)
                                        for i, (r, t, bbox) in enumerate(blocks)])]
    return {(c.metric, c.value, c.unit, c.period.start) for c in extract_facts(doc)}


LABEL = "Aantal derdelanders EU-breed aantoonbaar vertrokken na ontvangst van een terugkeerbesluit in 2022."


def test_figure_set_under_its_label_sentence_takes_the_label():
    got = _placed([("body", LABEL, (312, 360, 560, 380)), ("heading", "93.660", (312, 383, 360, 397))])
    assert got == {("departures", 93660, "count", date(2022, 1, 1))}


def test_year_figure_pairs_under_their_label_take_their_years():
    got = _placed([("body", "Minder controles, minder personen zonder verblijfsrecht aangetroffen.", (40, 320, 290, 338)),
                   ("heading", "2021 41% 2022 36%", (40, 341, 120, 365))])
    assert got == {("internal_checks_found_share", 41, "percent", date(2021, 1, 1)),
                   ("internal_checks_found_share", 36, "percent", date(2022, 1, 1))}


def test_small_figures_far_figures_and_labels_with_figures_are_left_alone():
    tick = _placed([("body", LABEL, (312, 360, 560, 380)), ("dashboard_panel", "93.660", (312, 383, 340, 390))])
    far = _placed([("body", LABEL, (312, 360, 560, 380)), ("heading", "93.660", (312, 420, 360, 434))])
    beside = _placed([("body", LABEL, (312, 360, 560, 380)), ("heading", "93.660", (600, 383, 650, 397))])
    own = _placed([("body", "In 2022 vertrokken 8.610 personen aantoonbaar.", (312, 360, 560, 380)),
                   ("heading", "93.660", (312, 383, 360, 397))])
    for got in (tick, far, beside):
        assert not [f for f in got if f[1] == 93660]
    assert ("departures", 8610, "count", date(2022, 1, 1)) in own and not [f for f in own if f[1] == 93660]


def test_corpus_dashboard_figures_under_their_labels(svm_pdf):
    got = {(f.metric, f.value, f.period.start, f.provenance.page_label) for f in svm_pdf.facts}
    assert {("departures", 93660, date(2022, 1, 1), "17"),
            ("internal_checks_found_share", 41, date(2021, 1, 1), "17"),
            ("internal_checks_found_share", 36, date(2022, 1, 1), "17")} <= got
