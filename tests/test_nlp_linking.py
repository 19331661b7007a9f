"""End-to-end: Dutch passages of the publications -> linked fact candidates."""

from datetime import date

from docextract.nlp import extract_facts
from nlp_helpers import JAN_2023, YEAR_2022, document


def facts(blocks, reference=JAN_2023, **kw):
    return [(c.metric, c.value, c.unit, c.period.start, c.period.end, c.dimensions.get("nationality"), c.approx,
             c.rounded_to, c.source) for c in extract_facts(document(blocks, reference, **kw))]


def test_lead_sentence_carries_metric_and_period_into_the_list():
    out = facts([
        ("heading", "Uit welke landen komen asielzoekers?"),
        ("body", "Het aantal eerste asielaanvragen in januari was circa 2.490."),
        ("body", "In januari 2023 kwam van de asielzoekers die voor het eerst een aanvraag indienden:"),
        ("list_item", "- 26% uit Syrië;"),
        ("list_item", "- 7% uit Turkije;"),
        ("list_item", "- Circa 9% van de asielzoekers die voor het eerst een aanvraag indienden kwam uit een veilig land van herkomst."),
        ("body", "(Bron: asielrends van januari 2023, afgerond op tientallen)"),
    ])
    jan = (date(2023, 1, 1), date(2023, 1, 31))
    assert out == [
        ("asylum_applications_first", 2490, "count", *jan, None, True, 10, "IND"),
        ("asylum_applications_first", 26, "percent", *jan, "SY", False, None, "IND"),
        ("asylum_applications_first", 7, "percent", *jan, "TR", False, None, "IND"),
        ("asylum_applications_safe_country", 9, "percent", *jan, None, True, None, "IND"),
    ]


def test_breakdown_and_back_reference():
    out = facts([
        ("heading", "Vraag (77):"),
        ("body", "Hoeveel vreemdelingen zijn dit jaar aantoonbaar teruggekeerd?"),
        ("heading", "Antwoord:"),
        ("body", "In 2023, tot en met april, zijn ongeveer 8.390 vreemdelingen die niet in Nederland mochten blijven "
                 "vertrokken. Daarvan zijn ongeveer 4.560 vreemdelingen zelfstandig vertrokken en ongeveer 1.460 "
                 "vreemdelingen gedwongen. Ca. 2.370 vreemdelingen zijn zelfstandig zonder toezicht vertrokken."),
        ("body", "Bron: Ministerie van Justitie en Veiligheid, KMI+, cijfers afgerond op tientallen"),
    ], reference=YEAR_2022)
    assert [(m, v, s, e, r, src) for m, v, _, s, e, _, _, r, src in out] == [
        ("departures", v, date(2023, 1, 1), date(2023, 4, 30), 10, "JenV") for v in (8390, 4560, 1460, 2370)]


def test_numbers_in_one_sentence_take_their_own_metric():
    out = facts([
        ("heading", "Hoeveel asielaanvragen worden afgewezen?"),
        ("body", "In januari 2023 werd circa 30% van de eerste asielaanvragen afgewezen op grond van de "
                 "Dublinverordening."),
        ("body", "Van de circa 2.180 behandelde eerste asielaanvragen is circa 990 afgewezen. Hiervan zijn circa 660 "
                 "asielaanvragen op grond van Dublin afgewezen."),
    ])
    assert [(m, v) for m, v, *_ in out] == [("asylum_rejections_dublin", 30), ("asylum_decisions_first", 2180),
                                           ("asylum_rejections_first", 990), ("asylum_rejections_dublin", 660)]
    assert all(s == date(2023, 1, 1) for _, _, _, s, *_ in out)


def test_respectively_spreads_places_over_figures():
    out = facts([("body", "Asielzoekers uit Syrië, Turkije en Jemen kregen in 2022 respectievelijk 87%, 93% en 92% "
                          "van hun eerste asielaanvragen ingewilligd.")], reference=YEAR_2022)
    assert [(v, n) for _, v, _, _, _, n, *_ in out] == [(87, "SY"), (93, "TR"), (92, "YE")]


def test_bare_follow_up_sentences_keep_metric_and_period():
    out = facts([
        ("body", "De afgelopen twaalf maanden (juni 2019 t/m mei 2020) kwam 21% van de asielzoekers die voor het "
                 "eerst een aanvraag indienden uit Syrië. 7% kwam uit Nigeria. Van 8% was de nationaliteit onbekend."),
    ], reference=(date(2020, 5, 1), date(2020, 5, 31)))
    assert [(m, v, s, n) for m, v, _, s, _, n, *_ in out] == [
        ("asylum_applications_first", 21, date(2019, 6, 1), "SY"),
        ("asylum_applications_first", 7, date(2019, 6, 1), "NG"),
        ("asylum_applications_first", 8, date(2019, 6, 1), "unknown")]


def test_stock_date_and_question_context():
    out = facts([
        ("body", "Vraag (75):"),
        ("body", "Hoeveel laissez passers zijn er vorig jaar tot en met heden verstrekt door Marokko?"),
        ("body", "Antwoord:"),
        ("body", "Tot en met 31 maart 2023 zijn er 50 LPâ€™s afgegeven."),
    ], reference=YEAR_2022)
    assert out == [("laissez_passers_issued", 50, "count", None, date(2023, 3, 31), None, False, None, None)]


def test_reference_month_from_title_when_meta_has_none():
    out = facts([("heading", "KERNCIJFERS ASIEL EN MIGRATIE JANUARI 2023"),
                 ("body", "In 2023 zijn circa 2.120 vreemdelingen die niet in Nederland mochten blijven, vertrokken.")],
                reference=None)
    assert out[0][:5] == ("departures", 2120, "count", date(2023, 1, 1), date(2023, 1, 31))


def test_no_facts_from_tables_labels_questions_or_identifiers():
    out = facts([
        ("heading", "Welke instroomcijfers maakt het ministerie bekend?"),
        ("body", "Aanvragen 41.820 45.300 37.790 1. Indiase"),
        ("list_item", "- Syrië"),
        ("body", "Ook krijgt hij een inreisverbod van 2 jaar voor Nederland en de hele Europese Unie."),
        ("body", "Hoeveel asielaanvragen zijn er in 2022 ingediend?"),
        ("page_footer", "Totaallijst feitelijke vragen Jaarverslag 2022 (36360 -VI-1) 22/36"),
    ], reference=YEAR_2022)
    assert out == []


def test_provenance_anchor_and_quote():
    [c] = extract_facts(document([("body", "Tekst vooraf. Het aantal eerste asielaanvragen in januari was circa 2.490.")]))
    assert c.provenance.quote == "Het aantal eerste asielaanvragen in januari was circa 2.490."
    assert c.provenance.extractor == "text" and c.anchor[1] == 0 and c.anchor[2] > 10


def _nat_of(text):
    out = facts([("heading", "Immigratie"), ("body", text)], reference=YEAR_2022)
    return [(m, v, nat) for m, v, _u, _s, _e, nat, *_ in out]


def test_dit_zijn_keeps_the_one_nationality_of_the_sentence_before():
    out = _nat_of("Dit betreft het aantal personen dat in 2022 naar Nederland is geïmmigreerd met de Oekraïense "
                  "nationaliteit. In 2022 zijn dit 104.511 personen.")
    assert ("immigration", 104511, "UA") in out


def test_back_reference_needs_dit_or_dat_next_to_a_copula_and_one_nationality_before():
    # no "dit/dat" subject: the nationality of the sentence before does not carry
    out = _nat_of("Dit betreft personen met de Oekraïense nationaliteit. In 2022 immigreerden 104.511 personen.")
    assert all(nat is None for _m, v, nat in out if v == 104511)
    # two nationalities before: none is meant
    out = _nat_of("Het gaat om personen met de Oekraïense of de Syrische nationaliteit. In 2022 zijn dit 104.511 "
                  "personen.")
    assert all(nat is None for _m, v, nat in out if v == 104511)
    # a place of its own wins over the sentence before
    out = _nat_of("Dit betreft personen met de Oekraïense nationaliteit. In 2022 zijn dit 2.000 Syriërs.")
    assert all(nat != "UA" for _m, v, nat in out if v == 2000)
    # a country named before (where, not who) is no nationality
    out = _nat_of("In 2022 immigreerden veel personen naar Duitsland. In 2022 waren dat 5.000 personen.")
    assert all(nat is None for _m, v, nat in out if v == 5000)
