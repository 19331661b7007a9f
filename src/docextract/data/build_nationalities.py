"""Build nationalities_nl.yaml: Dutch country names (pycountry's nl gettext catalogue) plus the
adjective and demonym forms Dutch migration statistics use ("Syrische", "Syriërs").

Run: python -m docextract.data.build_nationalities  (writes next to this file)

The country names come from pycountry so that every ISO 3166-1 country is covered; the adjective
and demonym forms are not in any catalogue, so they are listed here by hand for the countries of
origin that appear in Dutch asylum and migration figures (and the EU/EFTA member states).
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry
import yaml

OUT = Path(__file__).with_name("nationalities_nl.yaml")

# code: (adjective, demonym singular, demonym plural); None where Dutch has no usual form.
FORMS: dict[str, tuple[str | None, str | None, str | None]] = {
    "AF": ("Afghaans", "Afghaan", "Afghanen"),
    "AL": ("Albanees", "Albanees", "Albanezen"),
    "DZ": ("Algerijns", "Algerijn", "Algerijnen"),
    "AO": ("Angolees", "Angolees", "Angolezen"),
    "AR": ("Argentijns", "Argentijn", "Argentijnen"),
    "AM": ("Armeens", "Armeniër", "Armeniërs"),
    "AU": ("Australisch", "Australiër", "Australiërs"),
    "AT": ("Oostenrijks", "Oostenrijker", "Oostenrijkers"),
    "AZ": ("Azerbeidzjaans", "Azerbeidzjaan", "Azerbeidzjanen"),
    "BD": ("Bengaals", "Bengaal", "Bengalen"),
    "BY": ("Belarussisch", "Belarus", "Belarussen"),
    "BE": ("Belgisch", "Belg", "Belgen"),
    "BA": ("Bosnisch", "Bosniër", "Bosniërs"),
    "BR": ("Braziliaans", "Braziliaan", "Brazilianen"),
    "BG": ("Bulgaars", "Bulgaar", "Bulgaren"),
    "BI": ("Burundees", "Burundees", "Burundezen"),
    "CM": ("Kameroens", "Kameroener", "Kameroeners"),
    "CA": ("Canadees", "Canadees", "Canadezen"),
    "CN": ("Chinees", "Chinees", "Chinezen"),
    "CO": ("Colombiaans", "Colombiaan", "Colombianen"),
    "CD": ("Congolees", "Congolees", "Congolezen"),
    "HR": ("Kroatisch", "Kroaat", "Kroaten"),
    "CU": ("Cubaans", "Cubaan", "Cubanen"),
    "CY": ("Cypriotisch", "Cyprioot", "Cyprioten"),
    "CZ": ("Tsjechisch", "Tsjech", "Tsjechen"),
    "DK": ("Deens", "Deen", "Denen"),
    "EG": ("Egyptisch", "Egyptenaar", "Egyptenaren"),
    "ER": ("Eritrees", "Eritreeër", "Eritreeërs"),
    "EE": ("Estisch", "Est", "Esten"),
    "ET": ("Ethiopisch", "Ethiopiër", "Ethiopiërs"),
    "FI": ("Fins", "Fin", "Finnen"),
    "FR": ("Frans", "Fransman", "Fransen"),
    "GE": ("Georgisch", "Georgiër", "Georgiërs"),
    "DE": ("Duits", "Duitser", "Duitsers"),
    "GH": ("Ghanees", "Ghanees", "Ghanezen"),
    "GR": ("Grieks", "Griek", "Grieken"),
    "GN": ("Guinees", "Guineeër", "Guineeërs"),
    "HU": ("Hongaars", "Hongaar", "Hongaren"),
    "IS": ("IJslands", "IJslander", "IJslanders"),
    "IN": ("Indiaas", "Indiër", "Indiërs"),
    "ID": ("Indonesisch", "Indonesiër", "Indonesiërs"),
    "IR": ("Iraans", "Iraniër", "Iraniërs"),
    "IQ": ("Iraaks", "Irakees", "Irakezen"),
    "IE": ("Iers", "Ier", "Ieren"),
    "IL": ("Israëlisch", "Israëli", "Israëliërs"),
    "IT": ("Italiaans", "Italiaan", "Italianen"),
    "CI": ("Ivoriaans", "Ivoriaan", "Ivorianen"),
    "JP": ("Japans", "Japanner", "Japanners"),
    "JO": ("Jordaans", "Jordaniër", "Jordaniërs"),
    "KZ": ("Kazachs", "Kazach", "Kazachen"),
    "KE": ("Keniaans", "Keniaan", "Kenianen"),
    "XK": ("Kosovaars", "Kosovaar", "Kosovaren"),
    "KW": ("Koeweits", "Koeweiti", "Koeweiti's"),
    "LV": ("Lets", "Let", "Letten"),
    "LB": ("Libanees", "Libanees", "Libanezen"),
    "LY": ("Libisch", "Libiër", "Libiërs"),
    "LI": ("Liechtensteins", "Liechtensteiner", "Liechtensteiners"),
    "LT": ("Litouws", "Litouwer", "Litouwers"),
    "LU": ("Luxemburgs", "Luxemburger", "Luxemburgers"),
    "MT": ("Maltees", "Maltees", "Maltezen"),
    "MX": ("Mexicaans", "Mexicaan", "Mexicanen"),
    "MD": ("Moldavisch", "Moldaviër", "Moldaviërs"),
    "MN": ("Mongools", "Mongool", "Mongolen"),
    "ME": ("Montenegrijns", "Montenegrijn", "Montenegrijnen"),
    "MA": ("Marokkaans", "Marokkaan", "Marokkanen"),
    "MM": ("Myanmarees", "Myanmarees", "Myanmarezen"),
    "NP": ("Nepalees", "Nepalees", "Nepalezen"),
    "NL": ("Nederlands", "Nederlander", "Nederlanders"),
    "NZ": ("Nieuw-Zeelands", "Nieuw-Zeelander", "Nieuw-Zeelanders"),
    "NG": ("Nigeriaans", "Nigeriaan", "Nigerianen"),
    "MK": ("Noord-Macedonisch", "Macedoniër", "Macedoniërs"),
    "NO": ("Noors", "Noor", "Noren"),
    "PK": ("Pakistaans", "Pakistaan", "Pakistanen"),
    "PS": ("Palestijns", "Palestijn", "Palestijnen"),
    "PE": ("Peruaans", "Peruaan", "Peruanen"),
    "PH": ("Filipijns", "Filipijn", "Filipijnen"),
    "PL": ("Pools", "Pool", "Polen"),
    "PT": ("Portugees", "Portugees", "Portugezen"),
    "RO": ("Roemeens", "Roemeen", "Roemenen"),
    "RU": ("Russisch", "Rus", "Russen"),
    "SA": ("Saoedisch", "Saoediër", "Saoediërs"),
    "SN": ("Senegalees", "Senegalees", "Senegalezen"),
    "RS": ("Servisch", "Serviër", "Serviërs"),
    "SL": ("Sierra Leoons", "Sierra Leoner", "Sierra Leoners"),
    "SG": ("Singaporees", "Singaporees", "Singaporezen"),
    "SK": ("Slowaaks", "Slowaak", "Slowaken"),
    "SI": ("Sloveens", "Sloveen", "Slovenen"),
    "SO": ("Somalisch", "Somaliër", "Somaliërs"),
    "ZA": ("Zuid-Afrikaans", "Zuid-Afrikaan", "Zuid-Afrikanen"),
    "KR": ("Zuid-Koreaans", "Zuid-Koreaan", "Zuid-Koreanen"),
    "SS": ("Zuid-Soedanees", "Zuid-Soedanees", "Zuid-Soedanezen"),
    "ES": ("Spaans", "Spanjaard", "Spanjaarden"),
    "LK": ("Sri Lankaans", "Sri Lankaan", "Sri Lankanen"),
    "SD": ("Soedanees", "Soedanees", "Soedanezen"),
    "SR": ("Surinaams", "Surinamer", "Surinamers"),
    "SE": ("Zweeds", "Zweed", "Zweden"),
    "CH": ("Zwitsers", "Zwitser", "Zwitsers"),
    "SY": ("Syrisch", "Syriër", "Syriërs"),
    "TW": ("Taiwanees", "Taiwanees", "Taiwanezen"),
    "TJ": ("Tadzjieks", "Tadzjiek", "Tadzjieken"),
    "TH": ("Thais", "Thai", "Thai"),
    "TG": ("Togolees", "Togolees", "Togolezen"),
    "TN": ("Tunesisch", "Tunesiër", "Tunesiërs"),
    "TR": ("Turks", "Turk", "Turken"),
    "TM": ("Turkmeens", "Turkmeen", "Turkmenen"),
    "UG": ("Oegandees", "Oegandees", "Oegandezen"),
    "UA": ("Oekraïens", "Oekraïner", "Oekraïners"),
    "GB": ("Brits", "Brit", "Britten"),
    "US": ("Amerikaans", "Amerikaan", "Amerikanen"),
    "UZ": ("Oezbeeks", "Oezbeek", "Oezbeken"),
    "VE": ("Venezolaans", "Venezolaan", "Venezolanen"),
    "VN": ("Vietnamees", "Vietnamees", "Vietnamezen"),
    "YE": ("Jemenitisch", "Jemeniet", "Jemenieten"),
    "ZW": ("Zimbabwaans", "Zimbabwaan", "Zimbabwanen"),
}

# Names in common use that the ISO catalogue spells otherwise ("Congo, Democratische Republiek").
EXTRA_NAMES: dict[str, list[str]] = {
    "CD": ["DR Congo", "Democratische Republiek Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "KR": ["Zuid-Korea"],
    "KP": ["Noord-Korea"],
    "PS": ["Palestina", "Palestijnse gebieden"],
    "XK": ["Kosovo"],
    "US": ["Verenigde Staten", "VS", "Amerika"],
    "GB": ["Verenigd Koninkrijk", "VK", "Groot-Brittannië"],
    "BY": ["Wit-Rusland"],
    "MK": ["Macedonië"],
    "GE": ["Georgië"],
    "CZ": ["Tsjechische Republiek"],
    "SY": ["Syrische Arabische Republiek"],
}

# Spellings the publications' text layers really contain (typos, OCR, missing diacritics).
VARIANTS: dict[str, list[str]] = {
    "ER": ["Eritese", "Eritrese"],
    "UA": ["Oekraine", "Oekraiense", "Oekraïense", "Oekraiens"],
    "SO": ["Somalie"],
    "SY": ["Syrie"],
    "IN": ["Indiase"],
    "US": ["Amerikaans burger", "Amerikaanse burger"],
}

SPECIAL = {
    "unknown": ["onbekend", "onbekende nationaliteit", "nationaliteit onbekend"],
    "other": ["overige", "overig", "overige nationaliteit", "overige nationaliteiten", "overige landen", "overig land"],
    "stateless": ["staatloos", "staatloze", "staatlozen"],
}


def inflect(adjective: str) -> list[str]:
    """Turks -> Turkse, Eritrees -> Eritrese, Indiaas -> Indiase, Syrisch -> Syrische."""
    forms = [adjective]
    if adjective.endswith(("ees", "aas", "oos")) and not adjective.endswith(("aaas",)):
        forms.append(adjective[:-3] + adjective[-2] + "se")
    elif adjective.endswith("isch"):
        forms.append(adjective + "e")
    elif adjective.endswith("s"):
        forms.append(adjective + "e")
    return forms


def build() -> dict:
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    countries: dict[str, dict] = {}
    for c in pycountry.countries:
        names = {nl.gettext(c.name)}
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                names.add(nl.gettext(getattr(c, attr)))
        # "Korea, Republiek" is a catalogue form, not running text
        names = {n for n in names if "," not in n}
        countries[c.alpha_2] = {"names": sorted(names)}
    countries.setdefault("XK", {"names": []})
    for code, extra in EXTRA_NAMES.items():
        countries.setdefault(code, {"names": []})
        countries[code]["names"] = sorted(set(countries[code]["names"]) | set(extra))
    for code, (adj, dem, dem_pl) in FORMS.items():
        entry = countries.setdefault(code, {"names": []})
        if adj:
            entry["adjectives"] = inflect(adj)
        entry["demonyms"] = [d for d in (dem, dem_pl) if d]
    for code, variants in VARIANTS.items():
        countries[code]["variants"] = variants
    return {
        "_generated_by": "src/docextract/data/build_nationalities.py (pycountry nl + hand-listed forms)",
        "countries": dict(sorted(countries.items())),
        "special": SPECIAL,
    }


def main() -> None:
    OUT.write_text(yaml.safe_dump(build(), allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
