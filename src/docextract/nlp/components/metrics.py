"""Metrics: phrases that name a metric of schemas/metrics.yaml, matched on lemmas.

Triggers are lemmatised by the same pipe as the text, so "asielaanvraag" matches
"asielaanvragen" and "afgewezen" matches "afwijzing"'s verb forms. One phrase may name
several metrics ("afgewezen"): the linker chooses by context. A trigger with " ... " names a
split phrase, as Dutch separable verbs and verb brackets make them ("nemen ... deel aan" matches
"nemen 29 landen deel aan"): its parts stand in order, at most GAP words apart.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ... import resources
from .records import MetricMention

GAP = 12

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
        nlp_only = resources.data_file("statistics_nl.yaml").get("prose_triggers") or {}
        triggers += [(t, mid) for mid, ts in nlp_only.items() for t in ts]
        split: dict[str, list] = {}
        ends: dict[str, tuple[int, int]] = {}  # tokens of the first and the last part

        def lemmas(text: str) -> Doc:
            doc = nlp.make_doc(text.strip().lower())
            for p in pipes:
                doc = p(doc)
            return doc

        for phrase, metric_id in triggers:
            parts = [lemmas(part) for part in str(phrase).split("...")]
            key = " ... ".join(" ".join(t.lemma_ for t in d) for d in parts)
            ids = by_key.setdefault(key, [])
            if metric_id not in ids:
                ids.append(metric_id)
            if len(parts) == 1:
                patterns[key] = parts[0]
            else:
                pattern: list[dict] = []
                for i, d in enumerate(parts):
                    if i:
                        pattern.append({"OP": f"{{0,{GAP}}}"})
                    pattern += [{"LEMMA": t.lemma_} for t in d]
                split[key] = pattern
                ends[key] = (len(parts[0]), len(parts[-1]))
        matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for key, doc in patterns.items():
            matcher.add(key, [doc])
        gapped = Matcher(nlp.vocab)
        for key, pattern in split.items():
            gapped.add(key, [pattern])
        state.update(matcher=matcher, gapped=gapped, by_key=by_key, ends=ends)

    def metrics(doc: Doc) -> Doc:
        if not state:
            build()
        found = []
        # longest match wins where phrases overlap ("eerste asielaanvraag" over "asielaanvraag")
        matches = sorted(state["matcher"](doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        # a split phrase: the tightest match, after the plain phrases
        tight: dict[tuple, tuple] = {}
        for match_id, s, e in state["gapped"](doc):
            k = (match_id, e)
            if k not in tight or s > tight[k][1]:
                tight[k] = (match_id, s, e)
        matches += sorted(tight.values(), key=lambda m: (m[2] - m[1], m[1]))
        taken: set[int] = set()
        for match_id, s, e in matches:
            key = nlp.vocab.strings[match_id]
            head, tail = state["ends"].get(key, (e - s, 0))
            anchors = set(range(s, s + head)) | set(range(e - tail, e))
            if taken & anchors:
                continue
            taken.update(anchors)
            # a split phrase stands where its first part does, so figures in its gap have it on their left
            found.append(MetricMention(s, s + head, doc[s:e].text, list(state["by_key"][key])))
        found.sort(key=lambda m: m.start)
        doc._.metric_mentions = found
        doc.spans["metrics"] = [Span(doc, m.start, m.end, label=m.metric_ids[0]) for m in found]
        return doc

    return metrics
