"""Prose cases of annual reports (Staat van Migratie style): counts in "N keer", split metric phrases,
key-value labels, source lines run into prose, chart labels, shared figures, stocks, running totals.

Every rule has its positive case and a case it must leave alone. Expectations are read off the
sentences by hand.
"""

from datetime import date

from docextract.nlp import extract_facts
from docextract.nlp.extract import is_label
from docextract.nlp.linking import SentenceContext, link
from docextract.nlp.segment import _SPLIT
from nlp_helpers import YEAR_2022, document, figures, run

Y22 = (date(2022, 1, 1), date(2022, 12, 31))


def linked(text, reference=YEAR_2022, ctx=None):
    return [(ln.q.value, ln.q.unit, ln.metric, ln.period.start, ln.period.end, ln.dims.get("nationality"),
             ln.dims.get("country"))
            for ln in link(run(text, reference), ctx or SentenceContext())]


def facts(blocks, reference=YEAR_2022):
    return [(c.metric, c.value, c.unit, c.period.start, c.period.end) for c in extract_facts(document(blocks, reference))]


# --- quantities ------------------------------------------------------------------------------

def test_n_keer_counts_events():
    text = ("Zo stelden de Marokkaanse autoriteiten in 2022 160 keer de nationaliteit van een onderdaan vast "
            "terwijl dit in 2021 nog minder dan vijf keer het geval was.")
    assert [(v, u) for _, v, u in figures(text, YEAR_2022)] == [(160, "count"), (5, "count")]
    assert figures("In 2022 werd 30 maal een T&O-verzoek door de DT&V ingetrokken.", YEAR_2022) == [("30", 30, "count")]
    assert figures("worden gemiddeld 2,75 keer vaker geregistreerd", YEAR_2022) == [("2,75", 2.75, "count")]


def test_n_keer_per_or_zo_is_no_count():
    # a frequency ("2 keer per week") and a multiplier ("2 keer zo veel") are not counts of events
    assert figures("De vreemdeling moet zich 2 keer per week melden.", YEAR_2022) == []
    assert [u for _, _, u in figures("Het aantal is 2 keer zo veel als in 2021.", YEAR_2022)] == ["multiplier"]
    # a small number word stays a word without a written figure with the same noun beside it
    assert figures("Dat is in 2021 vijf keer gebeurd.", YEAR_2022) == []


def test_grouped_figure_at_the_end_of_a_label_is_a_figure():
    # "Migratiesaldo: 51.824" is a key-value label; a bare small number at a line end is a note marker
    assert figures("Migratiesaldo: 51.824", YEAR_2022) == [("51.824", 51824, "count")]
    assert figures("met een nareis 8", YEAR_2022) == []


def test_day_of_a_day_range_is_no_figure():
    assert figures("Tijdens de JBZ-raad van 9 en 10 juni 2022 is een oriëntatie bereikt.", YEAR_2022) == []
    assert figures("Tijdens de raad waren 9 lidstaten aanwezig.", YEAR_2022) == [("9", 9, "count")]


# --- metric phrases split by the verb -----------------------------------------------------------

def test_split_metric_phrase():
    assert linked("In totaal nemen 29 landen en vier EU-agentschappen deel aan het project.") == [
        (29, "count", "partnership_participants", None, None, None, None),
        (4, "count", "partnership_participants", None, None, None, None)]
    got = linked("Op 31 december 2022 verbleef 62% van de vergunninghouders langer dan 14 weken in de COA-opvang.")
    assert [(v, m, s) for v, _, m, s, *_ in got] == [(62, "reception_residents", date(2022, 12, 31))]


def test_split_phrase_needs_its_parts_in_order():
    # "deel ... nemen" is not "nemen ... deel aan"; the parts must come in order
    assert linked("Aan het project doen 29 landen mee, deel nemen zij niet.") == []


# --- labels and sentences --------------------------------------------------------------------

def test_coordinated_figure_is_a_statement_not_a_label():
    doc = run("Nationaal loket personen gemeld en 5.550 zelfstandigen", YEAR_2022)
    assert not is_label(doc, doc.text)
    doc = run("Studie 18%", YEAR_2022)
    assert is_label(doc, doc.text)


def test_label_runs_and_table_headers_are_labels():
    for text in ("Overig; 34% Syrië; 42% Afghanistan Eritrea; 4% Jemen; 6% Turkije; 8% Afghanistan; 6%",
                 "Stand op Stand op 1 Provincie 145 2022-I 2022-II 1 januari januari 2022 2023"):
        doc = run(text, YEAR_2022)
        assert is_label(doc, text), text
    text = "In 2022 waren dat 1.270 gezinsleden en 60 partners, samen 1.330 personen."
    assert not is_label(run(text, YEAR_2022), text)


def test_source_line_run_into_prose_is_split_off():
    text = "(Bron: IND) In 2022 werden 10.480 vergunningen verleend."
    assert [m.end() for m in _SPLIT.finditer(text)] == [12]
    text = "(Bron: Knooppunt Coördinatie & Informatie Oekraïne KCIO)) Eind 2022 waren er"
    assert text[[m.end() for m in _SPLIT.finditer(text)][0]:].startswith("Eind")
    # a bracket that is no source line is not a sentence end
    assert list(_SPLIT.finditer("(zie hoofdstuk 3) In 2022 ...")) == []


def test_chart_label_between_axis_ticks_is_left_to_the_tables_stage():
    blocks = [("dashboard_panel", "200.000"), ("heading", "Immigratie: 403.108"), ("dashboard_panel", "150.000"),
              ("body", "In 2022 immigreerden 403.108 personen naar Nederland.")]
    assert facts(blocks) == [("immigration", 403108, "count", *Y22)]
    # the same label without ticks around it is a statement of its own
    assert facts([("heading", "Migratiesaldo: 51.824"), ("body", "Zie figuur 3.")]) == [
        ("net_migration", 51824, "count", None, None)]


# --- linking ---------------------------------------------------------------------------------

def test_figure_shared_by_coordinated_places():
    text = ("In de EU was dit inwilligingspercentage in Bulgarije (100%) het hoogst, gevolgd door Oostenrijk en "
            "Nederland (beiden 67%) en Finland (64%).")
    got = [(v, c) for v, _, _, _, _, _, c in linked(text)]
    assert got == [(100, "BG"), (67, "NL"), (67, "AT"), (64, "FI")]
    # without "beiden" the bracketed figure is the last place's only
    got = [(v, c) for v, _, _, _, _, _, c in linked("In de EU was het inwilligingspercentage het hoogst in Oostenrijk en Nederland (67%).")]
    assert got == [(67, "NL")]


def test_place_after_a_figure_is_not_the_next_figures():
    got = linked("Variërend van 12.650 aanvragen door Syriërs tot 1 aanvraag per nationaliteit.")
    assert [(v, n) for v, _, _, _, _, n, _ in got] == [(12650, "SY"), (1, None)]


def test_grant_rate_of_the_family_named_beside_it():
    got = linked("4.730 aanvragen afgedaan 84% ingewilligd")
    assert [(v, m) for v, _, m, *_ in got] == [(4730, "ind_decisions"), (84, "ind_grant_rate")]
    got = linked("Het inwilligingspercentage van eerste asielaanvragen is 65%.")
    assert [m for _, _, m, *_ in got] == ["asylum_grant_rate"]


def test_outflow_and_stock_of_a_facility():
    ctx = SentenceContext(related={"lvv_admitted"}, period=None)
    got = linked("Van 1 april 2019 tot en met 31 januari 2023 zijn 1.650 vreemdelingen uitgestroomd en "
                 "verblijven er 730 in de LVV.", ctx=ctx)
    assert [(v, m, s, e) for v, _, m, s, e, *_ in got] == [
        (1650, "lvv_outflow", date(2019, 4, 1), date(2023, 1, 31)),
        (730, "lvv_residents", date(2023, 1, 31), date(2023, 1, 31))]  # a stock: on the last day
    # leaving COA reception is another outflow
    got = linked("In 2022 zijn 12.000 personen uit de COA-opvang uitgestroomd.")
    assert [m for _, _, m, *_ in got] == ["reception_leavers"]


def test_running_total_has_no_start():
    got = linked("De minister heeft in mei 2023 laten weten dat er inmiddels circa 4.200 flexwoningen zijn gerealiseerd.")
    assert [(v, s, e) for v, _, _, s, e, *_ in got] == [(4200, None, date(2023, 5, 31))]
    got = linked("In mei 2023 zijn circa 4.200 flexwoningen gerealiseerd.")
    assert [(s, e) for _, _, _, s, e, *_ in got] == [(date(2023, 5, 1), date(2023, 5, 31))]


def test_previous_sentence_names_the_metric():
    blocks = [("body", "Arbeid vormt de belangrijkste reden van migranten van buiten de EU/EFTA om naar Nederland te "
                       "komen. In 2021 kwamen 38.900 personen met dat doel naar Nederland.")]
    assert facts(blocks) == [("immigration_non_eu_efta", 38900, "count", date(2021, 1, 1), date(2021, 12, 31))]
    # a new paragraph does not inherit it
    blocks = [("body", "Arbeid vormt de belangrijkste reden van migranten van buiten de EU/EFTA."),
              ("heading", "Overig"), ("body", "In 2021 kwamen 38.900 personen naar Nederland.")]
    assert [m for m, *_ in facts(blocks)] != ["immigration_non_eu_efta"]


def test_dated_sentence_without_figures_does_not_date_the_next():
    blocks = [("body", "De cijfers zijn op 8 juni 2022 aan de Kamer gestuurd. Er zijn 2.380 vreemdelingen toegelaten "
                       "tot de LVV.")]
    assert [(s, e) for _, _, _, s, e in facts(blocks)] == [(None, None)]


def test_shares_of_a_stated_whole_carry_its_metric():
    got = linked("In 2022 kwam de meerderheid van het totale aantal verleende asielvergunningen voort uit eerste "
                 "aanvragen (49%), gevolgd door ingereisde nareizigers (37%).")
    assert [(v, m) for v, _, m, *_ in got] == [(49, "asylum_permits_granted"), (37, "asylum_permits_granted")]
    # two wholes: each share takes the one it stands with
    got = linked("Nederland was goed voor 2,8% van het totale aantal besluiten in eerste aanleg en 1,4% van het "
                 "totale aantal definitieve besluiten.")
    assert [(v, m) for v, _, m, *_ in got] == [(2.8, "asylum_decisions_first_instance"), (1.4, "asylum_decisions_final")]
    # without a stated whole the part's own metric stays
    got = linked("In 2022 kwam 37% van de vergunningen voort uit ingereisde nareizigers.")
    assert [m for _, _, m, *_ in got] == ["family_reunification_arrivals"]


def test_circumstance_names_no_counted_thing():
    got = linked("In 2022 vertrokken 93.660 derdelanders uit de EU na ontvangst van een terugkeerbesluit.")
    assert [(v, m) for v, _, m, *_ in got] == [(93660, "departures")]
    got = linked("In 2022 zijn 93.660 terugkeerbesluiten uitgereikt.")
    assert [m for _, _, m, *_ in got] == ["return_decisions"]


def test_generic_phrase_takes_the_family_of_the_section():
    text = "Variërend van 12.650 aanvragen door Syriërs tot 1 aanvraag per nationaliteit."
    got = linked(text, ctx=SentenceContext(topic={"asylum"}))
    assert [m for _, _, m, *_ in got] == ["asylum_applications_first", "asylum_applications_first"]
    # without a section on asylum, the IND's applications (the schema's own trigger) stay
    got = linked("In 2022 zijn in totaal 22.220 aanvragen voor een verblijfsvergunning voor studie ingediend.")
    assert [m for _, _, m, *_ in got] == ["ind_applications"]
