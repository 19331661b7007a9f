from datetime import date

import pytest

from nlp_helpers import JAN_2023, YEAR_2022, run


def periods(text, ref=JAN_2023):
    return [(p.start_date, p.end_date, p.kind) for p in run(text, ref)._.periods]


@pytest.mark.parametrize("text,ref,start,end", [
    ("De afgelopen twaalf maanden (februari 2022 t/m januari 2023) kwam:", JAN_2023, date(2022, 2, 1), date(2023, 1, 31)),
    ("In januari 2023 kwam van de asielzoekers:", JAN_2023, date(2023, 1, 1), date(2023, 1, 31)),
    ("Het aantal eerste asielaanvragen in januari was circa 2.490.", JAN_2023, date(2023, 1, 1), date(2023, 1, 31)),
    ("In 2023 zijn circa 2.120 vreemdelingen vertrokken.", JAN_2023, date(2023, 1, 1), date(2023, 1, 31)),
    ("In 2022 zijn 49.940 personen genaturaliseerd.", YEAR_2022, date(2022, 1, 1), date(2022, 12, 31)),
    ("In 2023, tot en met april, zijn ongeveer 8.390 vreemdelingen vertrokken.", YEAR_2022, date(2023, 1, 1), date(2023, 4, 30)),
    ("Op 1 oktober 2022 waren er 123.840 vreemdelingen.", YEAR_2022, date(2022, 10, 1), date(2022, 10, 1)),
    ("Het aantal personen per 31 december in de opvang.", YEAR_2022, date(2022, 12, 31), date(2022, 12, 31)),
    ("gemiddelde 2013-2022", YEAR_2022, date(2013, 1, 1), date(2022, 12, 31)),
    ("Het aantal eind 2022 in behandeling.", YEAR_2022, date(2022, 12, 31), date(2022, 12, 31)),
    ("Tot en met 31 maart 2023 zijn er 50 LP's afgegeven.", YEAR_2022, None, date(2023, 3, 31)),
    ("Tot nu toe zijn er circa 3.770 inwilligingen.", JAN_2023, date(2023, 1, 1), date(2023, 1, 31)),
    ("In het eerste kwartaal van 2023 kwamen er meer.", YEAR_2022, date(2023, 1, 1), date(2023, 3, 31)),
])
def test_period(text, ref, start, end):
    found = periods(text, ref)
    assert found and (found[0][0], found[0][1]) == (start, end), found


def test_rolling_twelve_months_without_dates():
    # "De afgelopen twaalf maanden" in the May 2020 edition: June 2019 .. May 2020
    found = periods("De afgelopen twaalf maanden kwam 44% van de nareizigers uit Eritrea.",
                    (date(2020, 5, 1), date(2020, 5, 31)))
    assert found[0][:2] == (date(2019, 6, 1), date(2020, 5, 31))


def test_comparison_year_is_a_base_not_the_period():
    found = periods("Dat is 21% minder dan in 2021.", YEAR_2022)
    assert [k for *_, k in found] == ["base"]


@pytest.mark.parametrize("text", ["Vraag (75):", "Er kwamen 2.490 aanvragen.", "36360 -VI-1 22/36"])
def test_no_period(text):
    assert periods(text) == []
