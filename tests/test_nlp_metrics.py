import pytest

from docextract.nlp.components.lemmas import dutch_singular
from nlp_helpers import run


def ids(text):
    return [i for m in run(text)._.metric_mentions for i in m.metric_ids]


@pytest.mark.parametrize("text,metric", [
    ("Het aantal eerste asielaanvragen in januari", "asylum_applications_first"),
    ("van de asielzoekers die voor het eerst een aanvraag indienden", "asylum_applications_first"),
    ("Het aantal na-reizigers dat in januari aankwam", "family_reunification_arrivals"),
    ("Van het aantal na reizigers", "family_reunification_arrivals"),
    ("Het inwilligingspercentage van eerste asielaanvragen", "asylum_grant_rate"),
    ("circa 660 asielaanvragen op grond van Dublin afgewezen", "asylum_rejections_dublin"),
    ("Tot en met 31 maart 2023 zijn er 50 LP's afgegeven.", "laissez_passers_issued"),
    ("Het aandeel vreemdelingen dat op eigen gelegenheid is vertrokken", "departures_unsupervised_share"),
])
def test_trigger(text, metric):
    assert metric in ids(text)


def test_longest_phrase_wins():
    found = run("Het aantal eerste asielaanvragen")._.metric_mentions
    assert [m.text for m in found] == ["eerste asielaanvragen"]


@pytest.mark.parametrize("word,singular", [
    ("inwilligingen", "inwilliging"), ("nareizigers", "nareiziger"), ("aanvragen", "aanvraag"),
    ("zelfstandigen", "zelfstandige"), ("dwangsommen", "dwangsom"), ("jaar", "jaar"),
])
def test_plural_repair(word, singular):
    assert dutch_singular(word) == singular


def test_no_metric_in_plain_prose():
    assert ids("Komen zij wel terug, dan moeten zij de resterende straf alsnog uitzitten.") == []
