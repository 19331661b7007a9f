import pytest

from nlp_helpers import run


def approx_of(text):
    return [q.approx for q in run(text)._.quantities if q.skip is None]


@pytest.mark.parametrize("text", [
    "Het aantal eerste asielaanvragen in januari was circa 2.490.",
    "Ca. 2.370 vreemdelingen zijn zelfstandig zonder toezicht vertrokken.",
    "Daarvan zijn ongeveer 4.560 vreemdelingen zelfstandig vertrokken.",
    "Het ging om bijna 500 personen.",
    "Er waren ruim 60% meer aanvragen.",
    "Het ging om zo'n 300 personen.",
    "Het ging om rond de 300 personen.",
    "Er overleden meer dan 50.000 migranten.",
    "Het gaat om minder dan 100 zaken.",
    "Het bedrag is circa € 11 mln.",
])
def test_hedged(text):
    assert approx_of(text)[0] is True


@pytest.mark.parametrize("text", [
    "Op 1 oktober 2022 waren er 123.840 vreemdelingen geregistreerd.",
    "Het aandeel vreemdelingen dat op eigen gelegenheid is vertrokken bedraagt 55%.",
    "Het ging om 500 personen, meer dan vorig jaar.",  # the hedge follows the figure
])
def test_not_hedged(text):
    assert approx_of(text)[0] is False
