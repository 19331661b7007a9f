"""The array-based char passes of the layout stage (duplicate layers, words and segments,
rounding) give what the plain definitions give: hand-checked cases, and randomised pages
compared with straightforward per-char reference implementations of the same rules."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from docextract.layout.dedupe import TOL, dedupe_chars, kept_chars
from docextract.layout.words import (
    BASELINE_TOL,
    OVERLAPS,
    SEGMENT_GAP,
    WORD_GAP,
    CharColumns,
    _line_starts,
    round2,
    segments,
)
from layout_pdfs import ch, run

# --- rounding ---------------------------------------------------------------------------------

def test_round2_is_pythons_round_on_ties_and_near_ties():
    # exact binary ties round half to even; 2.675 and 1.005 lie just below their half
    values = [0.125, 0.375, -0.125, 2.675, 1.005, 0.005, -0.004, 123.456789, 1e12 + 0.555, 0.0, -0.0]
    expected = [0.12, 0.38, -0.12, 2.67, 1.0, 0.01, -0.0, 123.46, round(1e12 + 0.555, 2), 0.0, -0.0]
    got = round2(np.array(values)).tolist()
    assert got == expected
    assert [str(v) for v in got] == [str(v) for v in expected]  # the sign of zero too


def test_round2_matches_round_on_random_coordinates():
    rng = np.random.default_rng(4)
    values = np.concatenate([rng.uniform(-1000, 1000, 20000),
                             np.round(rng.uniform(0, 900, 20000), 3),  # many exact x.xx5 decimals
                             rng.integers(0, 90000, 5000) / 100 + 0.005])
    assert round2(values).tolist() == [round(v, 2) for v in values.tolist()]


# --- duplicate layers -------------------------------------------------------------------------

def test_shifted_copy_is_removed_and_first_drawn_wins():
    first = run("Top", 100, 50)
    copy = run("Top", 101.5, 51.0)  # another drawing run, 1.5 pt right and 1 pt down
    kept, removed = dedupe_chars(first + copy)
    assert removed == 3
    assert kept == first


def test_letters_of_one_run_and_other_sizes_and_far_copies_stay():
    word = run("allemaal", 100, 50)  # "ll", "aa": one run, never each other's copies
    bigger = run("al", 100, 50.5, size=12.0)  # 20% larger: not a copy
    far = [ch("a", 100 + TOL + 0.5, 50), ch("a", 100, 50 + TOL + 0.5)]  # just beyond the tolerance
    kept, removed = dedupe_chars(word + bigger + far)
    assert removed == 0
    assert len(kept) == len(word) + 4
    kept, removed = dedupe_chars(word + [ch("l", 100 + TOL + 0.5 + 5, 50)])  # 1.5 pt from the first "l"
    assert removed == 1


def test_copy_of_a_removed_copy_is_judged_against_kept_chars_only():
    a = [ch("x", 100, 50)]
    b = [ch("x", 103, 50)]  # within TOL of a: removed
    c = [ch("x", 106, 50)]  # within TOL of b but not of a: b is gone, so c stays
    kept, removed = dedupe_chars(a + [ch("y", 300, 300)] + b + [ch("y", 500, 500)] + c)
    assert removed == 1
    assert [k["x0"] for k in kept if k["text"] == "x"] == [100, 106]


def test_chars_without_text_are_dropped_uncounted():
    chars = run("ab", 100, 50) + [ch("", 200, 50)]
    kept, removed = dedupe_chars(chars)
    assert (len(kept), removed) == (2, 0)


def _runs_reference(chars):
    out, run_id, px1, ptop = [], 0, -1e9, -1e9
    for c in chars:
        gap = c["x0"] - px1
        if abs(c["top"] - ptop) > 0.5 or not (-0.25 * c["size"] < gap < 0.8 * c["size"]):
            run_id += 1
        px1, ptop = c["x1"], c["top"]
        out.append(run_id)
    return out


def _dedupe_reference(chars, tol=TOL):
    """The rule as stated: a char is a copy when a char that precedes it and was kept has its
    text, its size within 15% and its place within tol on both axes, and came from another run.
    Chars of longer runs precede, then drawing order; the kept chars come in drawing order."""
    runs = _runs_reference(chars)
    length = Counter(r for c, r in zip(chars, runs, strict=True) if c["text"])
    order = sorted(range(len(chars)), key=lambda i: (-length[runs[i]], i))
    kept, removed = [], 0
    for i in order:
        c, r = chars[i], runs[i]
        if not c["text"]:
            continue
        stol = 0.15 * c["size"]
        if any(k["text"] == c["text"] and kr != r and -tol <= k["x0"] - c["x0"] <= tol
               and -tol <= k["top"] - c["top"] <= tol and -stol <= k["size"] - c["size"] <= stol
               for _, k, kr in kept):
            removed += 1
            continue
        kept.append((i, c, r))
    return [c for _, c, _ in sorted(kept, key=lambda t: t[0])], removed


def _random_page(seed: int, n_words: int = 60, decimal: bool = False) -> list[dict]:
    """Words on a coarse grid (so ties and exact tolerance edges occur), some drawn again
    shifted (a duplicate layer), some as partial copies, spaces, rotated chars, in any order.
    `decimal`: coordinates in tenths, whose float sums and differences round."""
    rnd = random.Random(seed)
    calls = []
    for _ in range(n_words):
        size = rnd.choice([6.0, 8.0, 9.0, 10.0, 10.5])
        x0 = rnd.randrange(0, 4000) / 10 if decimal else rnd.randrange(0, 400) * 0.5
        top = rnd.randrange(0, 750) / 10 if decimal else rnd.randrange(0, 60) * 1.25
        word = "".join(rnd.choice("aelnst1.,") for _ in range(rnd.randint(1, 6)))
        if rnd.random() < 0.3:
            word += " " + rnd.choice(["de", "12", "%"])
        upright = rnd.random() > 0.05
        calls.append(run(word, x0, top, size, upright=upright))
        for _ in range(rnd.choice([0, 0, 1, 2])):
            dx, dy = rnd.choice([0.0, 0.5, 1.5, 3.0, 3.5, 4.0]), rnd.choice([0.0, 0.25, 2.0, 3.5])
            part = word[: rnd.randint(1, len(word))]
            calls.append(run(part, x0 + dx, top + dy, size * rnd.choice([1.0, 1.0, 1.1, 1.2]), upright=upright))
    rnd.shuffle(calls)
    chars = [c for call in calls for c in call]
    for c in rnd.sample(chars, k=len(chars) // 20):  # a few glyphs squeezed against the previous one
        c["x1"] = c["x0"] + 0.1
    return chars


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("decimal", [False, True])
def test_dedupe_equals_the_reference_on_random_pages(seed, decimal):
    chars = _random_page(seed, decimal=decimal)
    kept, removed = dedupe_chars(chars)
    ref_kept, ref_removed = _dedupe_reference(chars)
    assert removed == ref_removed
    assert [id(c) for c in kept] == [id(c) for c in ref_kept]


def test_kept_chars_gives_rows_of_the_columns():
    chars = run("ab", 10, 10) + run("ab", 11, 10)
    rows, removed = kept_chars(CharColumns.of(chars))
    assert rows.tolist() == [0, 1] and removed == 2


def test_whole_copy_wins_over_a_partial_copy_drawn_first():
    # a lone "5" of another layer drawn before the whole "50%": the whole label survives in one
    # piece; first-drawn-wins kept the lone "5" and gave "5 0%"
    chars = run("5", 682.3, 212.5, 6.0) + run("50%", 681.2, 212.9, 6.0)
    kept, removed = dedupe_chars(chars)
    assert removed == 1 and [c["x0"] for c in kept] == [c["x0"] for c in chars[1:]]
    assert [s.text for s in segments(kept)] == ["50%"]


def test_equal_copies_keep_the_first_drawn():
    chars = run("50%", 681.2, 212.9, 6.0) + run("50%", 682.3, 212.5, 6.0)
    kept, removed = dedupe_chars(chars)
    assert removed == 3 and kept == chars[:3]


def test_lines_of_two_sizes_printed_across_each_other_stay_apart():
    # a 6 pt line whose baseline lies 1.5 pt above a 7.5 pt line: one baseline cluster, but the
    # letters must not interleave
    small = run("stond op de", 313.0, 539.4, 6.0)
    big = run("49.940 personen", 313.0, 539.8, 7.5)
    texts = [s.text for s in segments(small + big)]
    assert texts == ["stond op de", "49.940 personen"]


def test_a_superscript_marker_of_another_size_does_not_split_its_line():
    chars = run("aanvragen", 100.0, 100.0, 10.0) + run("2", 145.0, 98.0, 6.0)
    assert len({s.baseline for s in segments(chars)}) == 1


# --- words and segments -----------------------------------------------------------------------

def test_line_starts_use_the_exact_difference():
    # 8.8 - 6.8 is a hair above 2.0 in floating point, though 8.8 <= 6.8 + 2.0
    assert 8.8 - 6.8 > BASELINE_TOL and not 8.8 > 6.8 + BASELINE_TOL
    assert _line_starts([6.8, 8.8]) == [0, 1]
    # and 3.3000000000000003 - 1.3 is not above 2.0, though 3.3000000000000003 > 1.3 + 2.0
    assert _line_starts([1.3, 3.3000000000000003]) == [0]
    assert _line_starts([10.0, 12.0, 12.1, 14.2]) == [0, 2, 3]
    assert _line_starts([]) == []


def test_words_split_at_spaces_and_gaps_segments_at_gutters():
    size = 10.0
    chars = (run("De", 100, 50) + [ch(" ", 110, 50)] + run("cijfers", 115, 50)
             + run("zijn", 150 + WORD_GAP * size + 1, 50)  # a gap without a space glyph
             + run("123", 260, 50.5))  # across a gutter, baseline 0.5 pt lower: same line
    segs = segments(chars)
    assert [s.text for s in segs] == ["De cijfers zijn", "123"]
    assert [w.text for w in segs[0].words] == ["De", "cijfers", "zijn"]
    de = segs[0].words[0]
    assert (de.x0, de.x1, de.top, de.bottom, de.size, de.fontname) == (100, 110.0, 50, 60.0, 10.0, "Helvetica")
    assert segs[0].x1 == segs[0].words[-1].x1 and segs[0].baseline == 60.0 - 0.2 * size
    assert segs[0].rbox == (100.0, 50.0, round(segs[0].x1, 2), 60.0)


@pytest.mark.parametrize("tops", [(0.001, -0.001), (-0.001, 0.001)])
def test_rounded_boxes_keep_the_sign_of_zero(tops):
    """round(min(raw), 2), not min of the rounded: min(0.0, -0.0) depends on the order."""
    chars = run("ab", 10, tops[0]) + run("cd", 30, tops[1])
    (seg,) = segments(chars)
    assert str(seg.rbox[1]) == "-0.0"
    from docextract.layout.pdf_layout import _bbox

    (a,), (b,) = segments(run("ef", 10, tops[0])), segments(run("gh", 10, 20 + tops[1]))
    (c,) = segments(run("ij", 10, tops[1]))
    assert str(_bbox([[a], [b], [c]])[1]) == "-0.0"  # rounded tops 0.0 and -0.0, either order
    assert str(_bbox([[a], [b]])[1]) == str(round(tops[0], 2))


def test_no_chars_and_only_rotated_chars():
    assert segments([]) == [] and dedupe_chars([]) == ([], 0)
    (seg,) = segments([ch("A", 10, 100, upright=False), ch("B", 10, 105, upright=False)])
    assert seg.text == "AB" and not seg.upright


def test_chars_are_read_left_to_right_whatever_the_drawing_order():
    chars = run("ers", 115, 50) + run("cijf", 95, 50)
    assert [s.text for s in segments(chars)] == ["cijfers"]


def test_superscript_marker_leaves_the_word():
    chars = run("asielaanvragen", 100, 50) + run("2", 170, 47, size=6.0)
    (seg,) = segments(chars)
    assert seg.text == "asielaanvragen" and seg.markers == ["2"]


def _segments_reference(chars):
    """Lines by baseline (sorted, a line ends more than BASELINE_TOL below its first
    baseline), chars left to right, words and segments by the per-char loop."""
    upright = [c for c in chars if c["upright"]]
    keyed = sorted((c["bottom"] - 0.2 * c["size"], i, c) for i, c in enumerate(upright))
    out, line, base = [], [], None
    for b, _, c in keyed:
        if base is not None and b - base > BASELINE_TOL:
            out += _overprint_reference(line, base)
            line, base = [], None
        if base is None:
            base = b
        line.append(c)
    if line:
        out += _overprint_reference(line, base)
    return out


def _overprint_reference(line, base):
    """A line where chars of different sizes overlap OVERLAPS times or more is split by size,
    the parts in order of their lowest baseline."""
    chars = sorted(line, key=lambda c: c["x0"])
    half = [round(c["size"] * 2) / 2 for c in chars]
    overlaps = sum(1 for k in range(1, len(chars))
                   if half[k] != half[k - 1] and chars[k]["x0"] < chars[k - 1]["x1"] - 0.5)
    if overlaps < OVERLAPS:
        return _split_line_reference(line, base)
    parts = {}
    for c, h in zip(chars, half, strict=True):
        parts.setdefault(h, []).append(c)
    bases = {h: min(c["bottom"] - 0.2 * c["size"] for c in cs) for h, cs in parts.items()}
    return [seg for h in sorted(parts, key=lambda h: bases[h])
            for seg in _split_line_reference(parts[h], bases[h])]


def _split_line_reference(chars, base):
    chars = sorted(chars, key=lambda c: c["x0"])
    segs, words, word, prev = [], [], [], None
    for c in chars:
        if c["text"].isspace():
            if word:
                words.append(word)
                word = []
            continue
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            size = max(c["size"], prev["size"])
            if gap > SEGMENT_GAP * size:
                segs.append(words + [word] if word else words)
                words, word = [], []
            elif gap > WORD_GAP * size and word:
                words.append(word)
                word = []
        word.append(c)
        prev = c
    if word:
        words.append(word)
    if words:
        segs.append(words)
    return [(base, [("".join(c["text"] for c in w), w[0]["x0"], min(c["top"] for c in w), w[-1]["x1"],
                     max(c["bottom"] for c in w), w[0]["size"]) for w in seg]) for seg in segs if seg]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("decimal", [False, True])
def test_segments_equal_the_per_char_reference_on_random_pages(seed, decimal):
    chars, _ = dedupe_chars(_random_page(seed, decimal=decimal))
    for c in chars:  # sizes within 1.25x of each other: no superscripts, judged after segmentation
        c["size"] = min(max(c["size"], 9.0), 11.0)
        c["bottom"] = c["top"] + c["size"]
    got = [(s.baseline, [(w.text, w.x0, w.top, w.x1, w.bottom, w.size) for w in s.words])
           for s in segments(chars) if s.upright]
    assert got == _segments_reference(chars)
    for s in segments(chars):
        assert s.rbox == (round(s.x0, 2), round(s.top, 2), round(s.x1, 2), round(s.bottom, 2))
        for w in s.words:
            assert w.rbox == (round(w.x0, 2), round(w.top, 2), round(w.x1, 2), round(w.bottom, 2))
            assert w.rsize == round(w.size, 2)
