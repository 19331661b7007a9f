"""Lemma repair for words the lookup table does not know (mostly plurals of compounds).

spacy-lookups-data's Dutch table lemmatises "asielaanvragen" but not "inwilligingen" or
"nareizigers"; metric triggers are written in the singular, so an unknown plural is reduced
with the regular Dutch plural rules. Triggers go through the same pipe, so both sides agree.
"""

from __future__ import annotations

import regex as re
from spacy.language import Language
from spacy.tokens import Doc

_VOWELS = set("aeiou")
_APOSTROPHE_PLURAL = re.compile(r"^(\w{2,})['’]s$")


def dutch_singular(word: str) -> str:
    w = word
    if len(w) < 5 or not w.replace("-", "").isalpha():
        return w
    if w.endswith("ingen"):
        return w[:-2]
    if w.endswith(("ers", "els", "ems", "ens", "ies", "ie's")) or w.endswith(("'s", "’s")):
        return w[:-2] if w.endswith(("'s", "’s")) else w[:-1]
    if w.endswith(("igen", "erden", "eerden")):
        return w[:-1]  # nominalised adjectives: "zelfstandigen" -> "zelfstandige", "gedetineerden"
    if w.endswith("en") and len(w) > 5:
        stem = w[:-2]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            return stem[:-1]  # "dwangsommen" -> "dwangsom"
        # open syllable: "aanvragen" -> "aanvraag"
        if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in "aeou" and stem[-3] not in _VOWELS:
            stem = stem[:-1] + stem[-2] + stem[-1]
        if stem.endswith("v"):
            stem = stem[:-1] + "f"
        elif stem.endswith("z"):
            stem = stem[:-1] + "s"
        return stem
    return w


@Language.factory("dx_lemma_fix", default_config={"min_length": 5})
def make_lemma_fix(nlp: Language, name: str, min_length: int):
    def lemma_fix(doc: Doc) -> Doc:
        for t in doc:
            low = t.lower_
            plural = _APOSTROPHE_PLURAL.match(low)
            if plural and (not t.lemma_ or t.lemma_ == low):
                t.lemma_ = plural[1]  # "twv's", "ngo's": the plural of an abbreviation is its stem
            elif len(low) >= min_length and (not t.lemma_ or t.lemma_ == low) and low.replace("-", "").isalpha():
                t.lemma_ = dutch_singular(low)
            elif not t.lemma_:
                t.lemma_ = low
        return doc

    return lemma_fix
