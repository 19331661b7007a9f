import pytest

from nlp_helpers import figures, run


@pytest.mark.parametrize("text,value,unit", [
    ("Het aantal eerste asielaanvragen in januari was circa 2.490.", 2490, "count"),
    ("De toename bedroeg 0,7% ten opzichte van vorig jaar.", 0.7, "percent"),
    ("Immigratie: 403.108 (+61%)", 61, "percent"),
    ("Het aantal daalde met -23% naar 1.000.", -23, "percent"),
    ("Het bedrag is in 2023 € 11,3 mln.", 11_300_000, "eur"),
    ("Het bedrag is in 2023 € 11,3 min.", 11_300_000, "eur"),  # OCR'd "mln" after a euro sign
    ("Er reisden 61,3 miljoen reizigers via vijf Nederlandse luchthavens.", 61_300_000, "count"),
    ("Totale bezetting 6.039 fte.", 6039, "fte"),
    ("Ongeveer een derde van de aanvragen werd ingewilligd.", 33.3, "percent"),
    ("Tweederde van de nareizigers kwam uit Syrië.", 66.7, "percent"),
])
def test_figures(text, value, unit):
    found = figures(text)
    assert any(v == pytest.approx(value) and u == unit for _, v, u in found), found


def test_change_sign_and_comparison():
    qs = [q for q in run("Dat is 21% minder dan in 2021.")._.quantities if q.skip is None]
    assert [(q.value, q.measure) for q in qs] == [(-21, "change")]
    q = next(q for q in run("Immigratie: 403.108 (+61%)")._.quantities if q.unit == "percent")
    assert q.measure == "change"


def test_multiplier_is_recognised_but_not_a_fact_unit():
    qs = run("Er kwamen twee keer zoveel nareizigers als in 2021.")._.quantities
    assert any(q.unit == "multiplier" and q.value == 2 for q in qs)


@pytest.mark.parametrize("text", [
    "Sinds 2012 komen zij niet meer in aanmerking voor voorwaardelijke invrijheidstelling.",
    "Deelproduct Nareis & 8 EVRM bij AMV is bij 'Nareizigers' opgenomen",
    "Vraag (75):",
    "Totaallijst feitelijke vragen Jaarverslag Ministerie van Justitie en Veiligheid 2022 (36360 -VI-1) 22/36",
    "Op 1 oktober 2022 waren er veel vreemdelingen.",
    "Per 16 november 2021 is de registratie van vertrekken gewijzigd.",
    "Ook krijgt hij een inreisverbod van 2 jaar voor Nederland.",
    "Deze aantallen komen terug in onderstaande sporen 1, 2 & 4",
    "Zie artikel 64 van de Vreemdelingenwet.",
    "Figuur 78: Vertrek via de DT&V, 2021-2022 (Bron: DT&V)",
    "5 Het gaat hier om verblijfsdocumenten voor bepaalde tijd.",
    "Aanvragen 41.820 45.300 37.790 1. Indiase",
    "15-02-2023 10:04 Kerncijfers asiel en migratie",
    "IND-Loket (0.a. biometrie, uitreiken documenten)",
    "4.3.3 Hoeveel personen zaten in de asielopvang?",
    "Eerste asielaanvragen2 38.380 35.540 24.690",
])
def test_not_figures(text):
    assert figures(text) == []
