import pytest

from nlp_helpers import run


def codes(text):
    return [(p.code, p.is_location) for p in run(text)._.places]


@pytest.mark.parametrize("text,code", [
    ("26% uit Syrië;", "SY"), ("Zij hadden vooral de Syrische nationaliteit.", "SY"), ("Syriërs", "SY"),
    ("Syrisch", "SY"), ("5% uit Eritrea;", "ER"), ("2. Eritrese", "ER"), ("Eritreeërs", "ER"),
    ("3. Eritese", "ER"),  # the IND sheet's typo
    ("Van 8% was de nationaliteit onbekend.", "unknown"),
    ("28% wordt gerekend tot een Overige nationaliteit.", "other"),
    ("24% betrof Pakistan", "PK"), ("Jemenitische", "YE"), ("Oekraïense", "UA"), ("Oekraine", "UA"),
    ("Amerikaans burger", "US"), ("DR Congo", "CD"), ("Noord-Macedonië", "MK"),
])
def test_nationality(text, code):
    assert code in [c for c, _ in codes(text)], codes(text)


def test_location_is_not_nationality():
    assert codes("Het aantal na-reizigers dat in Nederland aankwam is circa 390.") == [("NL", True)]


@pytest.mark.parametrize("text", ["Let op de cijfers.", "De pool van kandidaten.", "Het is turks fruit."])
def test_common_words_are_not_places(text):
    assert codes(text) == []


@pytest.mark.parametrize("text,org", [
    ("(Bron: asielrends van januari 2023, afgerond op tientallen)", "IND"),
    ("Bron: Ministerie van Justitie en Veiligheid, KMI+, cijfers afgerond op tientallen", "JenV"),
    ("(Bron: Dienst Terugkeer en Vertrek, afgerond op tientallen)", "DT&V"),
    ("Bron: IND, Metis", "IND"),
    ("(Bron: Eurostat)", "Eurostat"),
])
def test_organisations(text, org):
    assert run(text)._.orgs[0].org == org
