"""Hedges: words that make a figure approximate ("circa 2.490", "ruim 60%", "naar schatting 500")."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

DEFAULT_HEDGES = ["circa", "ca.", "ca", "c.a.", "ongeveer", "bijna", "ruim", "rond", "rond de", "rondom",
                  "zo'n", "zo’n", "zo 'n", "meer dan", "minder dan", "naar schatting", "ruwweg", "nagenoeg",
                  "bij benadering", "pakweg", "om en nabij", "tegen de", "ongeveer de", "circa de"]


@Language.factory("dx_hedges", default_config={"phrases": DEFAULT_HEDGES, "max_gap": 2})
def make_hedges(nlp: Language, name: str, phrases: list[str], max_gap: int):
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("HEDGE", [nlp.make_doc(p) for p in phrases])
    # tokens that may stand between hedge and number: "circa € 11 mln", "ruim de helft"
    gap_ok = {"€", "de", "het", "(", "een"}

    def hedges(doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label="hedge") for _, s, e in matcher(doc)]
        doc.spans["hedges"] = spans
        ends = {sp.end for sp in spans}
        for q in doc._.quantities or []:
            i = q.start
            for _ in range(max_gap + 1):
                if i in ends:
                    q.approx = True
                    break
                if i == 0 or doc[i - 1].lower_ not in gap_ok:
                    break
                i -= 1
        return doc

    return hedges
