"""Footnote markers glued onto their word in the tables stage: the indexed pass gives exactly
what the plain pairwise rule gives."""

from __future__ import annotations

import random

from docextract.tables.structure import _glue_superscripts


def _pairwise(words: list[dict]) -> list[dict]:
    # the rule as first written: every marker against every word, in page order
    out = [dict(w) for w in words]
    drop = set()
    for w in [w for w in out if w.get("size") and len(w["text"]) <= 3]:
        for host in out:
            if host is w or not host.get("size") or w["size"] >= 0.8 * host["size"]:
                continue
            if abs(w["x0"] - host["x1"]) < 1.5 and 0 < host["bottom"] - w["bottom"] < 0.7 * host["size"]:
                host["text"] += w["text"]
                host["x1"] = w["x1"]
                drop.add(id(w))
                break
    return [w for w in out if id(w) not in drop]


def word(text, x0, x1, bottom, size):
    return {"text": text, "x0": x0, "x1": x1, "top": bottom - size, "bottom": bottom, "size": size}


def test_marker_glued_to_the_word_it_follows():
    words = [word("asielaanvragen", 100.0, 160.0, 300.0, 9.5), word("2", 160.4, 163.0, 297.0, 6.0),
             word("Totaal", 300.0, 330.0, 300.0, 9.5), word("12", 340.0, 350.0, 300.0, 6.0)]
    got = _glue_superscripts(words)
    assert [w["text"] for w in got] == ["asielaanvragen2", "Totaal", "12"]  # 12 is 10 pt away: no marker
    assert got[0]["x1"] == 163.0


def test_second_marker_follows_the_grown_word():
    words = [word("vertrek", 50.0, 80.0, 200.0, 10.0), word("1", 80.5, 83.0, 197.0, 6.0),
             word(",2", 83.5, 86.0, 197.0, 6.0)]
    assert [w["text"] for w in _glue_superscripts(words)] == ["vertrek1,2"]


def test_same_result_as_the_pairwise_rule_on_random_pages():
    # words end and markers start near the same few x positions, so many pairs are in reach
    rng = random.Random(7)
    glued = 0
    for _ in range(300):
        words = []
        for _ in range(rng.randint(1, 40)):
            edge = rng.randint(1, 8) * 10 + rng.choice([-1.6, -0.7, 0.0, 0.3, 1.4])
            marker = rng.random() < 0.5
            x0, x1 = (edge, edge + rng.uniform(1, 4)) if marker else (edge - rng.uniform(5, 40), edge)
            words.append({"text": rng.choice(["1", "23"]) if marker else rng.choice(["abc", "Totaal"]),
                          "x0": x0, "x1": x1, "top": 90.0, "bottom": rng.choice([100.0, 102.5, 103.0]),
                          "size": rng.choice([6.0, 6.5, 9.5, 10.0, None])})
        got = _glue_superscripts(words)
        assert got == _pairwise(words)
        glued += len(words) - len(got)
    assert glued > 100  # the comparison saw many glued markers, not only pages without any
