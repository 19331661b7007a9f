"""The answer keys are well-formed and say what the publication says (they are hand-written)."""

from __future__ import annotations

import pytest
import regex as re

from conftest import CORPUS, GOLD
from docextract import resources
from docextract.evaluate import load_gold

KEYS = load_gold(GOLD) if any(GOLD.glob("*.jsonl")) else {}
ALLOWED_DIMENSIONS = set(resources.dimensions())


# Figures stated in words ("een derde", "zestien", "verdubbeld", "7 op de 10") are statistics too.
NUMBER_WORDS = re.compile(
    r"\b(?:derde|helft|kwart|tweederde|keer|verdubbeld|gehalveerd|op de \d+|"
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
    r"\p{L}+(?:de|ste))\b", re.I)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _printed_forms(value: float) -> set[str]:
    """How a value may be printed in Dutch: 2490 -> 2.490; 0.7 -> 0,7; 11300000 -> 11,3."""
    v = abs(value)
    forms = set()
    if float(v).is_integer():
        forms.add(f"{int(v):,}".replace(",", "."))
        forms.add(f"{int(v):,}")  # an English thousands separator, as printed now and then
        forms.add(str(int(v)))
    else:
        forms.add(f"{v}".replace(".", ","))
    for scale in (1_000_000, 1_000_000_000):
        if v >= scale:
            forms.add(f"{v / scale:g}".replace(".", ","))
    return forms


@pytest.mark.skipif(not KEYS, reason="no answer keys yet")
@pytest.mark.parametrize("publication", sorted(KEYS))
def test_key_lines_are_consistent(publication):
    text = _norm((CORPUS / "text" / f"{publication}.txt").read_text(encoding="utf-8"))
    metric_units = {m["id"]: set(m.get("units", [])) for m in resources.metrics()}
    problems = []
    for g in KEYS[publication]:
        where = f"{g.metric}={g.value} «{g.quote[:60]}»"
        if g.metric not in metric_units:
            problems.append(f"unknown metric {where}")
        elif g.unit not in metric_units[g.metric]:
            problems.append(f"unit {g.unit} not listed for metric {where}")
        if not set(g.dimensions) <= ALLOWED_DIMENSIONS:
            problems.append(f"undocumented dimension {set(g.dimensions) - ALLOWED_DIMENSIONS} {where}")
        if g.unit != "rank" and not any(form in g.quote for form in _printed_forms(g.value)) \
                and not NUMBER_WORDS.search(g.quote):
            problems.append(f"value not printed in quote {where}")
        dashboard = (g.where or "").lower().startswith("dashboard")
        if not dashboard and _norm(g.quote) not in text:
            problems.append(f"quote not in the text layer {where}")
        if g.period.start and g.period.end and g.period.start > g.period.end:
            problems.append(f"period reversed {where}")
    assert not problems, "\n".join(problems[:40])


def test_every_publication_of_the_manifest_has_a_key():
    manifest = resources.load_yaml(CORPUS / "manifest.yaml")
    ids = {d["id"] for d in manifest["documents"]}
    missing = ids - set(KEYS)
    assert not missing, f"no answer key for {sorted(missing)}"
