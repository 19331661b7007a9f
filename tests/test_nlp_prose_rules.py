"""Dutch statistical-prose rules: period boundaries, signed changes, non-figures, places, top lists.

Every rule has its positive case and the cases it must not match.
"""

from datetime import date

from docextract.nlp import extract_facts
from docextract.nlp.components.periods import find_periods
from docextract.nlp.linking import SentenceContext, link
from nlp_helpers import YEAR_2022, document, figures, run

Y22 = (date(2022, 1, 1), date(2022, 12, 31))


def linked(text, reference=YEAR_2022, ctx=None):
    return [(ln.q.value, ln.q.unit, ln.metric, ln.period.start, ln.period.end, ln.dims.get("nationality"),
             ln.dims.get("country"), ln.dims.get("measure"))
            for ln in link(run(text, reference), ctx or SentenceContext())]


def facts(blocks, reference=YEAR_2022):
    return [(c.metric, c.value, c.unit, c.period.start, c.period.end, c.dimensions.get("nationality"),
             c.dimensions.get("country")) for c in extract_facts(document(blocks, reference))]


def periods(text, reference=YEAR_2022):
    return [(p[2], p[3]) for p in find_periods(text, reference)]


# --- periods -------------------------------------------------------------------------------

def test_tot_without_en_met_excludes_the_date():
    assert periods("de deelnemers die tot 1 juli 2022 zijn uitgestroomd") == [(None, date(2022, 6, 30))]
    # must not: "tot en met" and "t/m" include the date
    assert periods("tot en met 31 maart 2023") == [(None, date(2023, 3, 31))]
    assert periods("t/m 31 maart 2023") == [(None, date(2023, 3, 31))]


def test_tot_en_met_a_year_has_no_start():
    assert periods("De prognose is dat tot en met 2030 in totaal 981.000 woningen nodig zijn.") == [
        (None, date(2030, 12, 31))]
    # must not: a year range or a year to date stays what it was
    assert periods("2019 t/m 2022") == [(date(2019, 1, 1), date(2022, 12, 31))]
    assert periods("In 2022, tot en met april") == [(date(2022, 1, 1), date(2022, 4, 30))]


def test_date_to_date_range():
    assert periods("vanaf de start op 1 april 2019 tot en met 31 januari 2023") == [
        (date(2019, 4, 1), date(2023, 1, 31))]
    # must not: one date alone stays a date
    assert periods("op 1 april 2019") == [(date(2019, 4, 1), date(2019, 4, 1))]


def test_de_afgelopen_n_jaar_ends_with_the_last_complete_year():
    assert periods("96% over de afgelopen 3 jaar") == [(date(2020, 1, 1), date(2022, 12, 31))]
    assert periods("in de afgelopen twee jaar", (date(2023, 1, 1), date(2023, 1, 31))) == [
        (date(2021, 1, 1), date(2022, 12, 31))]
    # must not: "de afgelopen twaalf maanden" is a month window; "het afgelopen jaar" names no count
    assert periods("de afgelopen twaalf maanden", (date(2023, 1, 1), date(2023, 1, 31))) == [
        (date(2022, 2, 1), date(2023, 1, 31))]
    assert periods("het afgelopen jaar") == []


def test_toen_makes_the_comparison_year_the_figures_period():
    out = linked("Dit is 23% meer dan in 2021, toen 340.520 personen een terugkeerbesluit ontvingen.")
    assert (340520, "count", "return_decisions", date(2021, 1, 1), date(2021, 12, 31), None, None, None) in out
    # must not: without "toen" the comparison year is no figure's period
    out = linked("In 2022 ontvingen 420.345 derdelanders een terugkeerbesluit, 23% meer dan in 2021.")
    assert out[0][3:5] == Y22


def test_a_bracketed_aside_keeps_its_period():
    out = linked("Op de tweede plaats volgden Afghanen (van wie een groot deel in navolging van de evacuatie in "
                 "augustus 2021) en op de derde plaats Turken.", ctx=SentenceContext(period=None))
    assert [(o[0], o[5], o[3]) for o in out] == [(2, "AF", None), (3, "TR", None)]
    # must not: a figure inside the brackets still takes the bracket's period
    out = linked("Er kwamen meer asielzoekers (in augustus 2021 werden 2.500 asielaanvragen ingediend).")
    assert out[0][3] == date(2021, 8, 1)


# --- quantities ----------------------------------------------------------------------------

def test_met_percent_and_change_verb_is_a_signed_change():
    out = linked("Het aantal objectgerichte controles is in 2022 met 14% afgenomen ten opzichte van 2021 "
                 "en het aantal persoonsgerichte controles met 4%.")
    assert [(o[0], o[7]) for o in out] == [(-14, "change"), (-4, "change")]
    assert linked("Het aantal objectgerichte controles is met 5% gestegen.")[0][0] == 5
    # must not: "met 14%" without a change verb is a level
    out = linked("In 2022 was het aantal objectgerichte controles met 14% het hoogst.")
    assert out[0][7] is None


def test_fraction_words_are_not_ordinals():
    assert ("een derde", 33.3, "percent") in figures("Ongeveer een derde van de instroom betreft migranten.")
    # must not: "een derde land" is a third country
    assert figures("Zij kunnen een aanvraag indienen vanuit een derde land.") == []


def test_footnote_numbers_above_one_hundred():
    assert linked("146 Vanwege aanpassingen in de registratie telt het aantal in deze kolom op tot 9.969.") == []
    # must not: a figure opening a statement stays a figure
    assert figures("360 ongewenstverklaringen werden opgelegd.") == [("360", 360, "count")]


def test_age_bounds_norms_and_time_limits_are_no_figures():
    assert figures("Voor kennismigranten jonger dan 30 geldt een lagere norm.") == []
    assert figures("met het verlaagde salariscriterium van €2.631 bruto") == []
    assert figures("Er geldt een vertrektermijn van 28 dagen.") == []
    assert figures("Vergunninghouders verblijven vaak langer dan 14 weken bij COA.") == []
    # must not: a measured amount, duration or share
    assert figures("Er werd €2.631 aan dwangsommen betaald.") == [("€2.631", 2631, "eur")]
    assert figures("De gemiddelde doorlooptijd was 28 dagen.") == [("28", 28, "days")]
    assert figures("Van de migranten was 30% jonger dan 18.") == [("30%", 30, "percent")]


def test_categorieen_number_is_an_identifier():
    assert figures("De migranten in de categorieën 3 en 4 kunnen worden toegelaten.") == []
    assert figures("In deze categorie vielen 340 migranten.") == [("340", 340, "count")]


# --- linking ------------------------------------------------------------------------------

def test_a_bracketed_change_does_not_end_the_figures_slot():
    out = linked("179.310 (+26%) personen emigreerden.")
    assert [(o[0], o[2]) for o in out] == [(179310, "emigration"), (26, "emigration")]
    # must not: a bracketed level (not a change) still ends the slot
    out = linked("In 2022 kwamen 1.000 (10%) personen en 5.000 personen emigreerden.")
    assert out[-1][:3] == (5000, "count", "emigration")


def test_country_subject_and_country_left_are_not_nationalities():
    out = linked("Duitsland had het grootste aandeel in het totale aantal definitieve besluiten (34%).")
    assert out[0][5:7] == (None, "DE")
    out = linked("De meeste migranten vertrokken uit Duitsland (40%), gevolgd door Griekenland (16%).")
    assert [(o[5], o[6]) for o in out] == [(None, "DE"), (None, "GR")]
    out = linked("In 2022 waren 4.720 toegangsweigeringen aan de buitengrenzen van Nederland.")
    assert out[0][5] is None
    # must not: origin after "uit" without a verb of leaving, and demonyms, stay nationalities
    assert linked("Van de eerste asielaanvragen kwam 26% uit Syrië.")[0][5] == "SY"
    assert linked("Syriërs dienden 12.650 asielaanvragen in.")[0][5] == "SY"


def test_respectievelijk_does_not_borrow_places_when_the_sentence_has_its_own():
    ctx = SentenceContext(prev_places=list(run("Oostenrijk en Italië.")._.places))
    out = linked("In vergelijking met andere lidstaten had Nederland samen met Duitsland de hoogste "
                 "arbeidsparticipatiegraad, respectievelijk 80% en 78% in 2021.", ctx=ctx)
    assert [o[5] for o in out] == [None, None]


def test_change_factor_takes_the_subject_before_it():
    out = linked("Het aantal Eritrese vreemdelingen met een eerdere Eurodac-registratie is verdubbeld, terwijl "
                 "het aantal Turkse vreemdelingen met een eerdere registratie juist is gehalveerd.")
    assert [(o[0], o[5]) for o in out] == [(100, "ER"), (-50, "TR")]


def test_rank_phrase_names_its_own_metric():
    out = linked("Op de tweede plaats volgden Afghanen en op de derde plaats Turken.")
    assert [(o[0], o[2], o[5]) for o in out] == [(2, "asylum_top_nationality", "AF"),
                                                 (3, "asylum_top_nationality", "TR")]


def test_part_named_with_its_whole_wins():
    out = linked("In 2022 zijn 1.510 personen met behulp van IOM vertrokken.")
    assert out[0][2] == "iom_assisted_departures"
    # must not: the whole alone stays the whole
    assert linked("In 2022 zijn 1.510 personen vertrokken.")[0][2] == "departures"


def test_whole_in_a_passage_about_a_plain_part_is_that_part():
    ctx = SentenceContext(pool=[["iom_assisted_departures"]])
    assert linked("In 2022 was dit 49% van het zelfstandig vertrek.", ctx=ctx)[0][2] == "iom_assisted_departures"
    # must not: a qualified share (safe country) needs its qualifier named
    ctx = SentenceContext(pool=[["asylum_applications_safe_country"]])
    out = linked("In 2022 kwam 21% van de asielzoekers die voor het eerst een aanvraag indienden uit Syrië.", ctx=ctx)
    assert out[0][2] == "asylum_applications_first"


def test_prose_top_list_ranks_its_nationalities():
    out = linked("Net als in 2021 bestond in 2022 de top 3 nationaliteiten van toegangsgeweigerden uit Colombianen, "
                 "Brazilianen en Peruanen.")
    assert [(o[0], o[2], o[5], o[3]) for o in out] == [
        (1, "entry_refusals_top_nationality", "CO", date(2022, 1, 1)),
        (2, "entry_refusals_top_nationality", "BR", date(2022, 1, 1)),
        (3, "entry_refusals_top_nationality", "PE", date(2022, 1, 1))]
    out = linked("De top vijf van nationaliteiten in het vertrek van 2022 wordt aangevoerd door Braziliaanse, "
                 "gevolgd door Indonesische en Filipijnse.", ctx=SentenceContext(pool=[["iom_assisted_departures"]]))
    assert [(o[0], o[2], o[5]) for o in out] == [(1, "departures_top_nationality", "BR"),
                                                 (2, "departures_top_nationality", "ID"),
                                                 (3, "departures_top_nationality", "PH")]
    # must not: more nationalities than the list is long, or no "top N" at all
    assert linked("De top 2 nationaliteiten van toegangsgeweigerden waren Colombianen, Brazilianen en Peruanen.") == []
    assert linked("Toegangsgeweigerden waren vooral Colombianen, Brazilianen en Peruanen.") == []


def test_numbered_top_list_of_host_countries():
    out = facts([
        ("body", "De volgende vijf landen vingen in 2022 de meeste personen op die hun land zijn ontvlucht:"),
        ("list_item", "1. Turkije 3,6 miljoen"),
        ("list_item", "2. Iran 3,4 miljoen"),
    ])
    assert out == [
        ("refugees_hosted", 1, "rank", *Y22, None, "TR"),
        ("refugees_hosted", 3600000, "count", *Y22, None, "TR"),
        ("refugees_hosted", 2, "rank", *Y22, None, "IR"),
        ("refugees_hosted", 3400000, "count", *Y22, None, "IR"),
    ]


def test_chart_axes_bins_and_label_runs_are_labels():
    assert facts([("body", "Aantal asielaanvragen per maand"), ("body", "0 jan feb mrt apr mei jun jul aug")]) == []
    assert facts([("body", "15 weken – 6 maanden < 15 weken > 1 jaar")]) == []
    assert facts([("body", "8% Indonesische;")]) == []
    # must not: a bullet with a preposition is a statement
    out = facts([("body", "In 2022 kwam van de asielzoekers die voor het eerst een aanvraag indienden:"),
                 ("list_item", "- 26% uit Syrië;")])
    assert ("asylum_applications_first", 26, "percent", *Y22, "SY", None) in out


def test_bounds_in_a_rule_are_no_figures():
    assert figures("Daarom mogen de startups maximaal 5 werknemers aannemen.") == []
    assert figures("De startups mogen bestaan uit niet meer dan 15 medewerkers.") == []
    # must not: a bound in a statement of fact, or a plain count in a rule
    assert figures("In 2022 werden maximaal 5 werknemers per startup aangenomen.") == [("5", 5, "count")]
    assert figures("De 40 startups mogen personeel aannemen.") == [("40", 40, "count")]


def test_a_table_row_with_several_places_is_no_top_list_entry():
    assert facts([("body", "Top 5 nationaliteiten per verblijfsdoel:"), ("list_item", "2. Turkije China India VS")]) == []
    assert linked("2. Turkije China India VS Zuid-Afrika") == []
    # must not: one entry, or a run of entries each with its own rank
    ctx = SentenceContext(pool=[["immigration_detention_inflow"]])
    out = linked("1. Marokko (17%) / 2. Algerije (12%)", ctx=ctx)
    assert [(o[0], o[5]) for o in out] == [(1, "MA"), (17, "MA"), (2, "DZ"), (12, "DZ")]


def test_eind_van_het_jaar_is_the_year_end():
    assert periods("een voorsprong van 1.793 personen aan het eind van het jaar") == [
        (date(2022, 12, 31), date(2022, 12, 31))]
    out = linked("De netto achterstand op 1 januari ter grootte van 3.728 vergunninghouders is omgebogen in een "
                 "voorsprong van 1.793 personen aan het eind van het jaar.")
    assert [(o[0], o[3]) for o in out] == [(3728, date(2022, 1, 1)), (1793, date(2022, 12, 31))]
    # must not: "eind 2021" and "het einde van de maand" keep their own reading
    assert periods("eind 2021") == [(date(2021, 12, 31), date(2021, 12, 31))]
    assert periods("aan het einde van de maand") == []


def test_afwijzingspercentage_and_eerste_aanvragen_name_asylum_metrics():
    out = linked("Gemiddeld is het afwijzingspercentage voor de aanvragen die in spoor 2 zijn ingestroomd 96% over "
                 "de afgelopen 3 jaar.")
    assert out[0][2:5] == ("asylum_rejections_first", date(2020, 1, 1), date(2022, 12, 31))
    out = linked("Het aandeel was in 2022 2% van het totaal aantal eerste aanvragen.")
    assert out[0][2] == "asylum_applications_first"
    # must not: plain "aanvragen" stays the IND's applications
    assert linked("In 2022 zijn 6.110 aanvragen ingediend.")[0][2] == "ind_applications"
    # must not: without a rate noun a percent takes the count noun it is a share of
    assert linked("Van de aanvragen kwam in 2022 26% uit Syrië.")[0][2] == "ind_applications"
