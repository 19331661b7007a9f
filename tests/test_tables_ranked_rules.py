"""Which metric a dashboard's ranked list gets from its title: the most particular words win
(titles from the Staat van Migratie 2023 dashboard 'Migratie binnen de EU', p. 15)."""

from __future__ import annotations

import pytest

from docextract.tables.to_facts import ranked_metric
from docextract.tables.vocab import fold


@pytest.mark.parametrize("title, metric", [
    ("Nationaal loket: Zelfstandigen", "posted_self_employed_notified"),
    ("Nationaal loket: Werknemers, excl. goederenvervoer (top 5)", "posted_workers_notified"),
    ("Europees loket: Werknemers wegtransport (top 5)", "posted_workers_road_transport_notified"),
    ("Vrij verkeer van diensten: Nationaal loket", "posted_workers_notified"),
    ("Registraties in de BRP", None),
])
def test_the_most_particular_title_words_choose_the_metric(title, metric):
    assert ranked_metric(fold(title)) == metric
