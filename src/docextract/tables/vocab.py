"""Words of table labels -> codes: nationalities, procedures, document types, sources.

Nationalities come from the NLP stage's gazetteer (data/nationalities_nl.yaml) when it is
there; otherwise from pycountry's Dutch country names, matched on a word prefix so that the
adjective ("Syrische") finds the country ("Syrië").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .. import resources


def fold(text: str) -> str:
    """Lower case, accents off, punctuation to spaces: 'Oekraïne' -> 'oekraine'."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9&]+", " ", t).strip()


# Forms the gazetteer (data/nationalities_nl.yaml, its `variants` included) lacks: spelling
# variants and typos met in table labels, and stateless; everything else comes from the gazetteer.
_EXTRA_FORMS = {
    "nigerese": "NE", "guineese": "GN", "dominicaanse": "DO", "noord koreaanse": "KP",
    "statenloos": "XX", "stateloos": "XX", "overigen": "other", "usa": "US",
}


@functools.cache
def _country_names() -> dict[str, str]:
    """Folded Dutch (and English) country name -> alpha-2."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    try:
        nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"]).gettext
    except OSError:
        nl = None
    for c in pycountry.countries:
        names.setdefault(fold(c.name), c.alpha_2)
        if nl:
            names.setdefault(fold(nl(c.name)), c.alpha_2)
        common = getattr(c, "common_name", None)
        if common:
            names.setdefault(fold(common), c.alpha_2)
            if nl:
                names.setdefault(fold(nl(common)), c.alpha_2)
    return names


@functools.cache
def _gazetteer() -> dict[str, str]:
    """The NLP stage's gazetteer (data/nationalities_nl.yaml): folded name, adjective, demonym
    or spelling variant -> code; 'special' forms -> their key ('other', 'unknown', ...)."""
    data = resources.data_file("nationalities_nl.yaml")
    out: dict[str, str] = {}
    for code, forms in (data.get("countries") or {}).items():
        if isinstance(forms, dict):
            for kind in ("names", "adjectives", "demonyms", "variants"):
                for name in forms.get(kind) or []:
                    out.setdefault(fold(str(name)), str(code))
    for code, names in (data.get("special") or {}).items():
        for name in names or []:
            out.setdefault(fold(str(name)), str(code))
    return out


@functools.cache
def _forms() -> dict[str, str]:
    return {**_EXTRA_FORMS, **_gazetteer()}


@functools.cache  # table labels repeat per cell; the lookup reads only fixed data
def nationality(label: str) -> str | None:
    """'Syrische' / 'Syrië' / 'Amerikaans burger' / 'Overig' -> 'SY' / 'SY' / 'US' / 'other'."""
    key = fold(label)
    if not key:
        return None
    forms = _forms()
    if key in forms:
        return forms[key]
    first = key.split()[0]
    if first in forms:
        return forms[first]
    names = _country_names()
    if key in names:
        return names[key]
    if " " in key and len(key.replace(" ", "")) >= 4 and key.replace(" ", "") != key:
        joined = nationality(key.replace(" ", ""))  # letter-spaced: 'Spa ns'
        if joined:
            return joined
    # adjective -> country: the longest shared prefix of at least 4 letters, unique
    for n in (6, 5, 4):
        if len(first) < n:
            continue
        hits = {code for name, code in names.items() if name.startswith(first[:n])}
        if len(hits) == 1:
            return hits.pop()
    return None


# --- IND sheet -------------------------------------------------------------------------------

PROCEDURES = [  # (words in a panel title, procedure); first match wins
    ("familie & gezin", "family"), ("kennis", "knowledge_talent"), ("studenten", "study"),
    ("arbeidsmigranten", "labour"), ("verlengingen", "extension"), ("intrekkingen", "withdrawal"),
    ("bezwaar regulier", "objection_regular"), ("voor onbepaalde tijd", "permanent_regular"),
    ("omwisseling", "document_exchange"), ("naturalisatie", "naturalisation"),
    ("nieuwe asielaanvragen", "asylum_first"), ("spoor 1", "asylum_track_1"),
    ("spoor 2", "asylum_track_2"), ("spoor 4", "asylum_track_4"),
    ("8 evrm", "family_reunification_8echr"), ("nareizigers", "family_reunification"),
    ("andere gerechtelijke", "court_other"), ("gerechtelijke procedures omtrent verblijf", "court_residence"),
    ("telefonie", "telephony"), ("ketenservicelijn", "service_line"),
    ("caribisch", "caribbean_netherlands"),
]


def procedure(title: str) -> str | None:
    t = fold(title)
    for words, code in PROCEDURES:
        if fold(words) in t:
            return code
    return None


DOCUMENT_TYPES = [
    ("regulier bepaalde tijd", "regular_fixed_term"), ("regulier onbepaalde tijd", "regular_permanent"),
    ("asiel bepaalde tijd", "asylum_fixed_term"), ("asiel onbepaalde tijd", "asylum_permanent"),
    ("w2 document", "w2_document"), ("w document", "w_document"),
    ("familielid onderdaan", "eu_eea_family_member"), ("onderdaan eu", "eu_eea_national"),
    ("langdurig ingezetene", "long_term_resident"),
    ("terugtrekkingsakkoord onbepaalde tijd", "withdrawal_agreement_permanent"),
    ("terugtrekkingsakkoord bepaalde tijd", "withdrawal_agreement_fixed_term"),
    ("grensarbeider", "frontier_worker"), ("o documenten", "o_document"),
]


def document_type(label: str) -> str | None:
    t = fold(label)
    for words, code in DOCUMENT_TYPES:
        if words in t:
            return code
    return None


# --- sources ---------------------------------------------------------------------------------

@functools.cache
def _publishers() -> dict[str, str]:
    """Folded organisation name or alias -> its short id, from data/organisations_nl.yaml
    (the list the NLP stage reads Bron-lines with)."""
    orgs = resources.data_file("organisations_nl.yaml").get("organisations", {})
    return {fold(str(alias)): str(org) for org, spec in orgs.items() for alias in (spec or {}).get("aliases", [])}


def normalise_source(text: str | None) -> str | None:
    """'Bron:  Eurostat, laatst bijgewerkt ...' -> 'Eurostat'; 'COA; peildatum ...' -> 'COA'."""
    if not text:
        return None
    t = re.sub(r"^\s*\(?\s*bron\s*:\s*", "", text.strip(), flags=re.I).strip(" ()")
    t = re.split(r";|,?\s+laatst\b|,?\s+peildatum\b", t)[0].strip(" .),")
    # several organisations credited together ('KMar, Politie'); a part that reads as prose
    # ('MTV Lucht betreft de gatecontroles') is a remark, not a source
    parts = [p.strip(" .)") for p in t.split(",")]
    names = [parts[0]] + [p for p in parts[1:] if p and all(w[:1].isupper() or w == "&" for w in p.split())]
    out = [_publishers().get(fold(n), n) for n in names if n]
    return ", ".join(out) or None


# --- categories of migration (column headers of ranking grids) -----------------------------------

# (first word of a header, dimension key, code): 'Gezin en Familie' -> procedure family
MIGRATION_CATEGORIES = [
    ("gezin", "procedure", "family"), ("familie", "procedure", "family"),
    ("kennis", "procedure", "knowledge_talent"), ("talent", "procedure", "knowledge_talent"),
    ("studie", "procedure", "study"), ("studenten", "procedure", "study"),
    ("arbeid", "procedure", "labour"), ("overige", "category", "other"), ("overig", "category", "other"),
]


def migration_categories(header: str) -> list[tuple[str, str, str]]:
    """'2021 Gezin en Kennis en Studie Arbeid Overige' -> the categories in order of appearance
    (a word of a category already named, 'Familie' after 'Gezin', adds none)."""
    out: list[tuple[str, str, str]] = []
    for w in fold(header).split():
        hit = next(((word, k, v) for word, k, v in MIGRATION_CATEGORIES if w == word), None)
        if hit and (not out or out[-1][1:] != hit[1:]):
            out.append(hit)
    return out
