"""Places and organisations: countries, nationality adjectives and demonyms (Syrië, Syrische,
Syriërs -> SY; onbekend -> unknown; Overige -> other) and the organisations of "Bron:" lines.

Word lists come from data files (src/docextract/data/nationalities_nl.yaml, built by
build_nationalities.py from pycountry; organisations_nl.yaml; dimension_terms_nl.yaml).
"""

from __future__ import annotations

import regex as re
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ... import resources
from .records import OrgMention, PlaceMention, TermMention, doc_text

# Demonyms that are also ordinary Dutch words ("let op", "de pool", "fin").
DEFAULT_STOP = ["let", "est", "fin", "ier", "pool", "noor", "thai", "turk", "rus", "deen", "zweed", "zweden",
                "fransen", "frans", "pools", "fins", "lets", "deens", "brits", "est", "china"]


@Language.factory("dx_places", default_config={"data_file": "nationalities_nl.yaml", "stop_forms": DEFAULT_STOP,
                                               "org_file": "organisations_nl.yaml",
                                               "terms_file": "dimension_terms_nl.yaml"})
def make_places(nlp: Language, name: str, data_file: str, stop_forms: list[str], org_file: str, terms_file: str):
    data = resources.data_file(data_file)
    stop = set(stop_forms) - {"china"}
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms: dict[str, tuple[str, str]] = {}
    for code, entry in data.get("countries", {}).items():
        for form_kind, key in (("name", "names"), ("adjective", "adjectives"), ("demonym", "demonyms"),
                               ("variant", "variants")):
            for w in entry.get(key, []) or []:
                if w.lower() in stop and form_kind != "name":
                    continue
                forms.setdefault(w.lower(), (code, form_kind))
    for code, words in data.get("special", {}).items():
        for w in words:
            forms[w.lower()] = (code, "special")
    for w in forms:
        matcher.add(w, [nlp.make_doc(w)])

    orgs = resources.data_file(org_file).get("organisations", {})
    org_alias = sorted(((a, org) for org, e in orgs.items() for a in e["aliases"]), key=lambda p: -len(p[0]))
    org_re = re.compile(r"(?<![\p{L}])(" + "|".join(re.escape(a) for a, _ in org_alias) + r")(?![\p{L}])", re.I)
    org_of = {a.lower(): org for a, org in org_alias}
    # short upper-case ids ("IND", "COA") only as written; long names case-insensitively
    case_sensitive = {a for a, _ in org_alias if a.isupper() or len(a) <= 4}

    term_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    term_of: dict[str, tuple[str, str]] = {}
    for key, values in resources.data_file(terms_file).get("terms", {}).items():
        for value, words in values.items():
            for w in words:
                term_of[w.lower()] = (key, value)
                term_matcher.add(w.lower(), [nlp.make_doc(w)])

    def places(doc: Doc) -> Doc:
        found: list[PlaceMention] = []
        matches = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        last_end = -1
        for match_id, s, e in matches:
            if s < last_end:
                continue
            key = nlp.vocab.strings[match_id]
            code, form = forms[key]
            first = doc[s].text
            # country words are proper nouns: lower-case "turks" or "frans" is something else
            if form != "special" and not first[:1].isupper():
                continue
            prep = doc[s - 1].lower_ if s > 0 else ""
            found.append(PlaceMention(s, e, doc[s:e].text, code, form, prep))
            last_end = e
        doc._.places = found
        doc.spans["places"] = [Span(doc, p.start, p.end, label=p.code) for p in found]

        org_found = []
        for m in org_re.finditer(doc_text(doc)):
            alias = m[1]
            canon = next((a for a in case_sensitive if a == alias), None)
            if canon is None and alias.lower() in org_of and not any(a.lower() == alias.lower() for a in case_sensitive):
                canon = alias
            if canon is None:
                continue
            org_found.append(OrgMention(m.start(), m.end(), org_of[canon.lower()]))
        doc._.orgs = org_found

        terms = []
        last_end = -1
        for match_id, s, e in sorted(term_matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if s < last_end:
                continue
            key, value = term_of[nlp.vocab.strings[match_id]]
            terms.append(TermMention(s, e, key, value))
            last_end = e
        doc._.terms = terms
        return doc

    return places
