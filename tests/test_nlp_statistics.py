"""Rules of the second round: number words, ratios, ranks, per-1.000 rates, euro amounts,
measured durations vs time limits, host countries vs nationalities, chart labels, periods."""

import pytest

from docextract.nlp.extract import is_label
from docextract.nlp.linking import SentenceContext, link
from nlp_helpers import YEAR_2022, figures, run


@pytest.mark.parametrize("text,value,unit", [
    ("In totaal nemen 29 landen en vier EU-agentschappen deel aan het project.", 4, "count"),
    ("Voor iedere teruggekeerde vluchteling waren er zestien nieuwe vluchtelingen.", 16, "count"),
    ("7 op de 10 migranten vertrekt binnen 10 jaar", 70, "percent"),
    ("Het aantal Eritrese vreemdelingen is verdubbeld ten opzichte van 2021.", 100, "percent"),
    ("Het aantal Turkse vreemdelingen is gehalveerd.", -50, "percent"),
    ("Nederland staat hiermee op de dertiende plaats.", 13, "rank"),
    ("Nederland ontving 2,0 asielaanvragen per 1.000 inwoners.", 2.0, "per_1000"),
    ("Met steun hebben bijna 690,000 kinderen toegang gekregen tot onderwijs.", 690_000, "count"),
    ("Het totale budget is zo'n EUR 500 mln.", 500_000_000, "eur"),
    ("Er is een bijdrage van 30 miljoen euro beschikbaar gesteld.", 30_000_000, "eur"),
    ("Gemiddeld bedraagt de verblijfsduur 10,41 maanden.", 10.41, "months"),
])
def test_word_and_unit_figures(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in figures(text, YEAR_2022)), figures(text, YEAR_2022)


@pytest.mark.parametrize("text,bad", [
    ("Het evaluatierapport bevat zes aanbevelingen.", 6),  # a small number word alone is style, not a figure
    ("In de jaren negentig keerden veel vluchtelingen terug.", 90),
    ("De maatregel gold twaalf maanden.", 12),
    ("Nederland ontving 2,0 asielaanvragen per 1.000 inwoners.", 1000),
    ("Van de vergunninghouders stroomde 36% uit binnen de termijn van 14 weken.", 14),
    ("Het verblijf duurde 12 maanden.", 12),  # a whole number of months without 'gemiddeld' stays a period
    ("gezinsmigratie stond op de 2e plek met 39.480", 2),  # a rank names a place, else it is none
])
def test_not_figures(text, bad):
    doc = run(text, YEAR_2022)
    linked = link(doc, SentenceContext(pool=[["asylum_applications"]]))
    assert not any(ln.q.value == bad for ln in linked), [(ln.q.text, ln.q.unit) for ln in linked]


def _linked(text, **ctx):
    return link(run(text, YEAR_2022), SentenceContext(**ctx))


def test_host_country_is_not_a_nationality():
    out = _linked("Dit inwilligingspercentage was in Bulgarije (100%) het hoogst, gevolgd door Italië (72%), "
                  "Oostenrijk en Nederland (beiden 67%).")
    assert all("nationality" not in ln.dims for ln in out)
    assert [ln.dims.get("country") for ln in out][:2] == ["BG", "IT"]


def test_origin_is_a_nationality():
    out = _linked("Van de amv's kwam 45% uit Afghanistan en 24% uit Syrië.", pool=[["asylum_applications_first"]])
    assert [ln.dims.get("nationality") for ln in out] == ["AF", "SY"]


def test_adjective_before_a_thing_is_no_nationality():
    out = _linked("Met Nederlandse steun hebben 12.000 mensen toegang gekregen tot onderwijs.",
                  pool=[["aid_beneficiaries"]])
    assert out and "nationality" not in out[0].dims
    out = _linked("In 2022 hadden 104.511 (26%) van alle immigranten de Oekraïense nationaliteit.",
                  pool=[["immigration"]])
    assert [ln.dims.get("nationality") for ln in out] == ["UA", "UA"]


def test_ranks_name_a_place():
    out = _linked("Op de tweede plaats volgden Afghanen en op de derde plaats Turken.",
                  pool=[["asylum_top_nationality"]])
    assert [(ln.q.value, ln.q.unit, ln.dims.get("nationality")) for ln in out] == [(2, "rank", "AF"), (3, "rank", "TR")]
    out = _linked("1. Marokko (17%) / 2. Algerije (12%)", pool=[["immigration_detention_inflow"]])
    assert [(ln.q.value, ln.q.unit, ln.dims.get("nationality")) for ln in out] == [
        (1, "rank", "MA"), (17, "percent", "MA"), (2, "rank", "DZ"), (12, "percent", "DZ")]
    # one entry a line is a panel (the tables stage's)
    assert not _linked("Familie & Gezin\n1. Indiase\n2. Turkse", pool=[["ind_top_nationality"]])


def test_periods_of_following_clauses():
    out = _linked("De IND besliste in 35% van de zaken binnen de termijn, in 2021 was dit 71% en in 2020 46%.",
                  pool=[["ind_timely_decision_rate"]], period=None)
    assert [ln.period.start.year if ln.period.start else None for ln in out] == [None, 2021, 2020]
    out = _linked("Het aandeel was in 2022 2% en 4% in 2021.", pool=[["asylum_applications_first"]])
    assert [ln.period.start.year for ln in out] == [2022, 2021]
    out = _linked("Sinds 2014 zijn er naar schatting meer dan 50.000 migranten overleden.", pool=[["migrant_deaths"]])
    assert out[0].period.start.year == 2014 and out[0].period.end is None
    out = _linked("De verblijfsduur was 10,41 maanden (peildatum 1-1-2023).", pool=[["reception_stay_duration_months"]])
    assert str(out[0].period.start) == str(out[0].period.end) == "2023-01-01"
    p = run("In de jaren negentig van de vorige eeuw keerden er veel terug.", YEAR_2022)._.periods[0]
    assert (p.start_date.year, p.end_date.year) == (1990, 1999)


@pytest.mark.parametrize("text,label", [
    ("Asiel; 11%", True), ("Studie 18%", True), ("40%", True), ("12 weken", True),
    ("Gedwongen vertrek (15%)", True),
    ("360 ongewenstverklaringen", False), ("Migratiesaldo: 51.824", False),
    ("7 op de 10 migranten vertrekt binnen 10 jaar", False),
    ("In 2022 immigreerden 403.108 (+61%) personen naar Nederland.", False),
])
def test_chart_labels(text, label):
    assert is_label(run(text, YEAR_2022)) is label
