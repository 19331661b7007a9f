"""Fact-level diffs between runs rely on stable ids."""

from __future__ import annotations

from docextract.models import Fact
from docextract.review import diff_facts
from test_contract import EXAMPLE


def fact(**changes) -> Fact:
    return Fact.model_validate({**EXAMPLE, **changes})


def test_value_change_is_a_change_not_an_add_and_remove():
    d = diff_facts([fact()], [fact(value=2500)])
    assert not d.added and not d.removed
    assert [c.changes for c in d.changed] == [{"value": (2490, 2500)}]


def test_added_removed_unchanged():
    d = diff_facts([fact(id="a"), fact(id="b")], [fact(id="b"), fact(id="c")])
    assert [f.id for f in d.added] == ["c"]
    assert [f.id for f in d.removed] == ["a"]
    assert d.unchanged == 1 and not d.changed


def test_bbox_moves_are_not_reported():
    moved = {**EXAMPLE["provenance"], "bbox": [11.0, 20.0, 31.0, 40.0]}
    assert diff_facts([fact()], [fact(provenance=moved)]).empty
