"""Fact-level diff between two runs: added, removed and changed facts, matched by stable id."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..models import Fact

# Fields a reviewer cares about; provenance.bbox moves with every layout tweak and is left out.
_COMPARED = ("metric", "value", "unit", "approx", "rounded_to", "period", "dimensions", "source")


class FactChange(BaseModel):
    id: str
    doc_id: str
    quote: str
    changes: dict[str, tuple[object, object]] = Field(description="field -> (old, new)")


class FactDiff(BaseModel):
    added: list[Fact] = Field(default_factory=list)
    removed: list[Fact] = Field(default_factory=list)
    changed: list[FactChange] = Field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def diff_facts(old: list[Fact], new: list[Fact]) -> FactDiff:
    before = {f.id: f for f in old}
    after = {f.id: f for f in new}
    out = FactDiff(
        added=[f for i, f in after.items() if i not in before],
        removed=[f for i, f in before.items() if i not in after],
    )
    for i, f in after.items():
        g = before.get(i)
        if g is None:
            continue
        a, b = g.model_dump(mode="json"), f.model_dump(mode="json")
        changes = {k: (a[k], b[k]) for k in _COMPARED if a[k] != b[k]}
        if a["provenance"]["quote"] != b["provenance"]["quote"]:
            changes["quote"] = (a["provenance"]["quote"], b["provenance"]["quote"])
        if changes:
            out.changed.append(FactChange(id=i, doc_id=f.doc_id, quote=f.provenance.quote, changes=changes))
        else:
            out.unchanged += 1
    return out
