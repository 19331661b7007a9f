"""Metrics: phrases that name a metric of schemas/metrics.yaml, matched on lemmas.

Triggers are lemmatised by the same pipe as the text, so "asielaanvraag" matches
"asielaanvragen" and "afgewezen" matches "afwijzing"'s verb forms. One phrase may name
several metrics ("afgewezen"): the linker chooses by context.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ... import resources
from .records import MetricMention


@Language.factory("dx_metrics", default_config={"extra_triggers": {}, "lemma_pipes": ["lemmatizer", "dx_lemma_fix"]})
def make_metrics(nlp: Language, name: str, extra_triggers: dict, lemma_pipes: list[str]):
    state: dict = {}

    def build() -> None:
        # lazily: the lookup lemmatizer has its tables only after nlp.initialize()
        pipes = [nlp.get_pipe(p) for p in lemma_pipes if p in nlp.pipe_names]
        by_key: dict[str, list[str]] = {}
        patterns: dict[str, Doc] = {}
        triggers = [(t, m["id"]) for m in resources.metrics() for t in m.get("triggers", []) or []]
        triggers += [(t, mid) for mid, ts in extra_triggers.items() for t in ts]
        for phrase, metric_id in triggers:
            doc = nlp.make_doc(str(phrase).lower())
            for p in pipes:
                doc = p(doc)
            key = " ".join(t.lemma_ for t in doc)
            ids = by_key.setdefault(key, [])
            if metric_id not in ids:
                ids.append(metric_id)
            patterns[key] = doc
        matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for key, doc in patterns.items():
            matcher.add(key, [doc])
        state.update(matcher=matcher, by_key=by_key)

    def metrics(doc: Doc) -> Doc:
        if not state:
            build()
        found = []
        # longest match wins where phrases overlap ("eerste asielaanvraag" over "asielaanvraag")
        matches = sorted(state["matcher"](doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: set[int] = set()
        for match_id, s, e in matches:
            if taken & set(range(s, e)):
                continue
            taken.update(range(s, e))
            key = nlp.vocab.strings[match_id]
            found.append(MetricMention(s, e, doc[s:e].text, list(state["by_key"][key])))
        found.sort(key=lambda m: m.start)
        doc._.metric_mentions = found
        doc.spans["metrics"] = [Span(doc, m.start, m.end, label=m.metric_ids[0]) for m in found]
        return doc

    return metrics
