"""The fact contract: round trip, field names, stable ids."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from docextract.facts import assign_ids, fact_id
from docextract.models import Fact, FactCandidate, Period, Provenance

EXAMPLE = {
    "id": "f_1", "doc_id": "kerncijfers.pdf", "metric": "asylum_applications_first", "value": 2490,
    "unit": "count", "approx": True, "rounded_to": 10,
    "period": {"start": "2023-01-01", "end": "2023-01-31"},
    "dimensions": {"nationality": "SY"}, "source": "IND",
    "provenance": {"page": 3, "page_label": "5", "bbox": [10.0, 20.0, 30.0, 40.0], "quote": "circa 2.490",
                   "extractor": "text"},
    "validation": {"status": "ok", "checks": []},
}


def test_fact_round_trip_keeps_every_field():
    fact = Fact.model_validate(EXAMPLE)
    again = json.loads(fact.model_dump_json())
    assert again == {**EXAMPLE, "provenance": {**EXAMPLE["provenance"], "bbox": [10.0, 20.0, 30.0, 40.0]}}
    assert list(again) == list(EXAMPLE)  # field order is part of what people read


def test_whole_values_serialise_as_integers_and_fractions_stay():
    assert Fact.model_validate({**EXAMPLE, "value": 2490.0}).model_dump()["value"] == 2490
    assert isinstance(Fact.model_validate({**EXAMPLE, "value": 2490.0}).value, int)
    assert Fact.model_validate({**EXAMPLE, "value": 0.7}).value == 0.7


@pytest.mark.parametrize("field,bad", [("unit", "apples"), ("value", "many"), ("provenance", {"page": 0, "quote": "x"})])
def test_contract_rejects_bad_values(field, bad):
    with pytest.raises(ValidationError):
        Fact.model_validate({**EXAMPLE, field: bad})


def test_contract_rejects_unknown_fields():
    with pytest.raises(ValidationError):
        Fact.model_validate({**EXAMPLE, "colour": "red"})


def _candidate(value, metric="asylum_applications_first", nationality="SY", offset=0, page=1):
    return FactCandidate(
        metric=metric, value=value, unit="percent",
        period=Period(start=date(2023, 1, 1), end=date(2023, 1, 31)),
        dimensions={"nationality": nationality},
        provenance=Provenance(quote="26% uit Syrië"), anchor=(page, 0, offset),
    )


def test_id_does_not_depend_on_value():
    a = assign_ids("doc.pdf", [_candidate(26)])[0]
    b = assign_ids("doc.pdf", [_candidate(27)])[0]
    assert a.id == b.id


def test_id_depends_on_what_the_figure_is():
    base = assign_ids("doc.pdf", [_candidate(26)])[0].id
    assert assign_ids("other.pdf", [_candidate(26)])[0].id != base
    assert assign_ids("doc.pdf", [_candidate(26, nationality="TR")])[0].id != base
    assert assign_ids("doc.pdf", [_candidate(26, metric="asylum_applications")])[0].id != base


def test_same_key_twice_gets_distinct_ids_by_position():
    facts = assign_ids("doc.pdf", [_candidate(26, offset=5), _candidate(26, offset=50)])
    assert len({f.id for f in facts}) == 2
    # order of input does not matter, document order does
    again = assign_ids("doc.pdf", [_candidate(26, offset=50), _candidate(26, offset=5)])
    assert [f.id for f in facts] == [f.id for f in again]


def test_a_figure_found_on_one_page_keeps_other_pages_ids():
    # A better extractor finds one more figure on page 3: the same figure on page 9 keeps its id.
    before = assign_ids("doc.pdf", [_candidate(26, page=9)])
    after = assign_ids("doc.pdf", [_candidate(31, page=3), _candidate(26, page=9)])
    assert before[0].id == after[1].id
    assert after[0].id != after[1].id


def test_fact_id_is_deterministic_function():
    p = Period(start=date(2022, 1, 1), end=date(2022, 12, 31))
    assert fact_id("d", "m", "count", p, {"a": "1", "b": "2"}, 0) == fact_id("d", "m", "count", p, {"b": "2", "a": "1"}, 0)
