"""The spaCy pipeline of the NLP stage, built from config: blank Dutch + lookup lemmas + rules.

Light on purpose (no statistical model): the stage must run offline at thousands of sentences a
second. An installed trained Dutch pipeline (nl_core_news_sm ...) can be named in the config;
it is never required.
"""

from __future__ import annotations

import copy
from functools import cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the dx_* factories)

DEFAULT_CONFIG: dict = {
    "base": "blank:nl",  # or the name of an installed pipeline, e.g. "nl_core_news_sm"
    "components": {
        "dx_lemma_fix": {},
        "dx_periods": {},
        "dx_quantities": {},
        "dx_hedges": {},
        "dx_places": {},
        "dx_metrics": {},
    },
}


def build_pipeline(config: dict | None = None) -> Language:
    cfg = copy.deepcopy(DEFAULT_CONFIG)
    if config:
        cfg["base"] = config.get("base", cfg["base"])
        for name, comp_cfg in (config.get("components") or {}).items():
            cfg["components"].setdefault(name, {}).update(comp_cfg or {})
    base = cfg["base"]
    if base.startswith("blank:"):
        nlp = spacy.blank(base.split(":", 1)[1])
    else:
        try:
            nlp = spacy.load(base, exclude=["ner", "parser", "tagger", "morphologizer", "attribute_ruler"])
        except OSError:
            nlp = spacy.blank("nl")  # optional model not installed: fall back, never fail
    if "lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.get_pipe("lemmatizer").initialize()
    for name, comp_cfg in cfg["components"].items():
        nlp.add_pipe(name, config=comp_cfg)
    return nlp


@cache
def default_pipeline() -> Language:
    return build_pipeline()
