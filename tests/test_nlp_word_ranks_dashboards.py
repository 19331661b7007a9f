"""Second-round NLP rules: ranks written in words, dashboard panels of text layers, periods that are names
or events, plurals of abbreviations, nationalities restated by "dit". Expectations read off the sentences
by hand."""

from datetime import date

from docextract.models import Period
from docextract.nlp import extract_facts
from docextract.nlp.linking import SentenceContext, link
from nlp_helpers import YEAR_2022, document, run


def ranks(text, pool=(("ind_top_nationality",),)):
    ctx = SentenceContext(pool=[list(p) for p in pool], period=Period(start=date(2022, 1, 1), end=date(2022, 12, 31)))
    return sorted((ln.q.value, ln.q.unit, ln.dims.get("nationality"), ln.dims.get("procedure"),
                   ln.period.start.year, ln.period.end.year) for ln in link(run(text, YEAR_2022), ctx))


# --- ranks in words ------------------------------------------------------------------------------

def test_rank_shared_with_last_year_and_another_category():
    text = ("In de categorie gezin en familie is, net als in de categorie kennis en talent, India net als "
            "vorig jaar het eerste land van herkomst.")
    assert ranks(text) == [
        (1, "rank", "IN", "family", 2021, 2021), (1, "rank", "IN", "family", 2022, 2022),
        (1, "rank", "IN", "knowledge_talent", 2021, 2021), (1, "rank", "IN", "knowledge_talent", 2022, 2022)]


def test_rank_over_the_last_years_holds_in_each_year():
    text = "In de categorie studie is China in de afgelopen twee jaar het eerste land van herkomst."
    assert ranks(text) == [(1, "rank", "CN", "study", 2021, 2021), (1, "rank", "CN", "study", 2022, 2022)]


def test_rank_taken_over_was_the_other_country_the_year_before():
    text = "In de categorie arbeid hebben de VS de eerste plek van China overgenomen."
    assert ranks(text) == [(1, "rank", "CN", "labour", 2021, 2021), (1, "rank", "US", "labour", 2022, 2022)]


def test_in_de_eerste_plaats_is_no_rank():
    # "in de eerste plaats" means "first of all"
    assert ranks("Syrië is in de eerste plaats een land van herkomst.") == []


def test_net_als_period_is_not_the_figures_own():
    ctx = SentenceContext(period=Period(start=date(2022, 1, 1), end=date(2022, 12, 31)))
    out = link(run("Het inwilligingspercentage was 30%, net als in 2021.", YEAR_2022), ctx)
    assert [(ln.q.value, ln.period.start) for ln in out] == [(30, date(2022, 1, 1))]


# --- words and names -------------------------------------------------------------------------------

def test_apostrophe_plural_of_an_abbreviation_names_its_metric():
    out = link(run("In 2019 werden zo'n 8.700 twv's verleend.", YEAR_2022), SentenceContext())
    assert [(ln.metric, ln.q.value, ln.period.start) for ln in out] == [("work_permits_issued", 8700, date(2019, 1, 1))]


def test_authorities_carry_their_nationality_and_dit_restates_it():
    text = ("Zo stelden de Marokkaanse autoriteiten in 2022 160 keer de nationaliteit van een onderdaan vast "
            "terwijl dit in 2021 nog minder dan vijf keer het geval was.")
    out = link(run(text, YEAR_2022), SentenceContext())
    assert [(ln.q.value, ln.dims.get("nationality"), ln.period.start.year) for ln in out] == [(160, "MA", 2022),
                                                                                             (5, "MA", 2021)]


def test_adjective_before_a_thing_is_still_no_nationality():
    out = link(run("In 2022 hadden 40 Nederlandse luchthavens 61 miljoen reizigers.", YEAR_2022), SentenceContext())
    assert all("nationality" not in ln.dims for ln in out)


def test_year_in_a_document_name_or_glued_to_letters_is_no_period():
    assert run("Middels de voorjaarsnota 2023 zijn 38 Meedoenbalies gefinancierd.", YEAR_2022)._.periods == []
    assert run("zoals uiteengezet in de Afrikastrategie 2023-2032.", YEAR_2022)._.periods == []
    assert run("Eerste bevindingen uit de Survey integratie migranten (SIM2020)", YEAR_2022)._.periods == []
    assert [p.start_date for p in run("In 2023 waren er 5 asielaanvragen.", YEAR_2022)._.periods] == [date(2023, 1, 1)]


def test_a_month_of_an_event_does_not_date_the_next_figures():
    blocks = [("body", "In 2022 zijn 1.700 aanvragen ingediend. In juli 2023 heeft de Europese Commissie een "
                       "voorstel gedaan. In totaal nemen 29 landen deel aan het project.")]
    got = [(c.value, c.period.start) for c in extract_facts(document(blocks, YEAR_2022))]
    assert got == [(1700, date(2022, 1, 1)), (29, date(2022, 1, 1))]


# --- dashboard panels of a text layer ---------------------------------------------------------------

def test_text_layer_dashboard_panels_take_the_title_period():
    blocks = [
        ("dashboard_panel", "De Staat van Migratie 2023: Toezicht en vertrek 2022"),
        ("dashboard_panel", "2021 41% (regulier, ingewilligde hasa)"),  # a panel's own year does not carry
        ("dashboard_panel", "1.200"),
        ("dashboard_panel", "24.850 ondersteund door Frontex"),  # between a chart's ticks, yet a statement
        ("dashboard_panel", "1.000"),
        ("dashboard_panel", "141.000 toegangsweigeringen in de EU"),
        ("dashboard_panel", "Top 3 aantoonbaar vertrek via DT&V"),
        ("dashboard_panel", "1. Oekraïense     2. Poolse     3. Algerijnse"),
    ]
    got = {(c.metric, c.value, c.unit, c.period.start, c.dimensions.get("nationality"))
           for c in extract_facts(document(blocks, YEAR_2022))}
    d22 = date(2022, 1, 1)
    assert {("frontex_supported_returns", 24850, "count", d22, None), ("entry_refusals", 141000, "count", d22, None),
            ("departures_top_nationality", 1, "rank", d22, "UA"), ("departures_top_nationality", 2, "rank", d22, "PL"),
            ("departures_top_nationality", 3, "rank", d22, "DZ")} <= got
    assert not any(v in (1200, 1000) for _, v, *_ in got)  # ticks stay the tables stage's


def test_chart_label_between_ticks_is_still_skipped():
    blocks = [("dashboard_panel", "200.000"), ("dashboard_panel", "Immigratie: 120.000"), ("dashboard_panel", "100.000")]
    assert extract_facts(document(blocks, YEAR_2022)) == []
