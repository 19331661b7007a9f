"""The three full-page infographic dashboards of De Staat van Migratie 2023 (printed pages 11, 15, 17).

Their text layer is garbled because the InDesign export set every text in several overlapping layers.
We draw clean panels (content reconstructed from the garbled text) and then emit every text element
2-4 times: exact copies, copies shifted by 0.5-3 pt, partial copies, layers in a shuffled order.
The page is larger than its TrimBox (bleed + slug area) and the InDesign slug line sits outside it.
"""

from __future__ import annotations

import math

import svm_draw as d

TRIM_W, TRIM_H = 842.0, 595.0  # A4 landscape
BLEED = 9.0
SLUG_H = 30.0  # slug area below the bleed
MEDIA = (TRIM_W + 2 * BLEED, TRIM_H + 2 * BLEED + SLUG_H)
TRIM_BOX = (BLEED, SLUG_H + BLEED, BLEED + TRIM_W, SLUG_H + BLEED + TRIM_H)
BLEED_BOX = (0.0, SLUG_H, MEDIA[0], MEDIA[1])

COL3 = [(24, 262), (298, 262), (572, 246)]  # (x, width) of three panel columns

# A panel: box (x, top, w, h) in trim coordinates, title, then items flowing downwards:
#   ("t", text, size[, bold])          a line of text
#   ("row", [(dx, text), ...], size)   cells on one line (small tables)
#   ("gap", pt)
#   (chart kind, height, spec)         "vbars" | "hbars" | "pie" | "posneg"
DASHBOARDS = {
    11: {
        "slug": "A4-Migr-Dashboard23-08DEF.indd   1 31-08-2023   16:17:42",
        "title": "De Staat van Migratie 2023: Nationaal perspectief",
        "subtitle": "2022 in nationaal perspectief",
        "panels": [
            {"box": (24, 510, 262, 245), "title": "IMMIGRATIE EN EMIGRATIE (CBS)", "items": [
                ("posneg", 150, {"ticks": ["500.000", "400.000", "300.000", "200.000", "100.000", "0",
                                           "-100.000", "-200.000", "-300.000"], "zero": 5,
                                 "cats": [str(y) for y in range(2013, 2023)],
                                 "labels": ["Immigratie: 403.108", "Migratiesaldo: 223.798", "Emigratie: -",
                                            "179.310"],
                                 "legend": ["Immigratie", "Emigratie", "Migratiesaldo"]}),
                ("t", "In 2022 immigreerden 403.108 (+61%) personen naar", 7.5),
                ("t", "Nederland. 179.310 (+26%) personen emigreerden. Het", 7.5),
                ("t", "migratiesaldo was 223.798 (+107%) personen.", 7.5),
            ]},
            {"box": (298, 510, 262, 245), "title": "MIGRATIE VANUIT NIET EU/EFTA-landen (CBS)", "items": [
                ("vbars", 150, {"ticks": ["250.000", "200.000", "150.000", "100.000", "50.000", "0"],
                                "cats": [str(y) for y in range(2013, 2023)], "series": 6,
                                "legend": [["Gezin: gezinshereniging", "Gezin: gezinsvorming", "Arbeid: kennis"],
                                           ["Arbeid: overig", "Studie", "Overig"],
                                           ["Asiel", "Tijdelijke bescherming"]]}),
                ("t", "In 2022 hadden de meeste migranten van buiten de EU als", 7.5),
                ("t", "migratiemotief tijdelijke bescherming (108.440). Gezinsmigratie", 7.5),
                ("t", "stond op de 2^e plek met 39.480 (+35%), gevolgd door arbeid", 7.5),
                ("t", "(29.000; +57%)", 7.5),
            ]},
            {"box": (572, 510, 246, 245), "title": "MIGRATIE VANUIT EU/EFTA-landen (CBS)*", "items": [
                ("vbars", 150, {"ticks": ["140.000", "120.000", "100.000", "80.000", "60.000", "40.000",
                                          "20.000", "0"],
                                "cats": [str(y) for y in range(2012, 2022)], "series": 4,
                                "legend": [["Arbeid", "Gezinsmigratie"], ["Studie", "Overig en onbekend"]]}),
                ("t", "Arbeid vormt de belangrijkste reden van migranten van buiten de", 7.5),
                ("t", "EU/EFTA om naar Nederland te komen. In 2021 kwamen 38.900", 7.5),
                ("t", "(+11% t.o.v. 2020) personen met dat doel naar Nederland.", 7.5),
                ("t", "* 2022 is nog niet beschikbaar", 6),
            ]},
            {"box": (24, 255, 262, 235), "title": "TYPE MIGRATIE (gemiddelde 2013-2022) (CBS)", "items": [
                ("pie", 140, {"slices": [("EU/EFTA; 53%", 53), ("Niet-EU/EFTA; 31%", 31), ("Asiel; 11%", 11),
                                         ("Tijdelijke bescherming\n(Oekraine); 6%", 6)]}),
                ("t", "In de periode 2013-2022 bestond de immigratie voor gemiddeld", 7.5),
                ("t", "53% uit migranten uit de EU/EFTA en voor 31% uit de niet-", 7.5),
                ("t", "EU/EFTA. 11% betrof asielmigratie en 6% betrof ontheemden uit", 7.5),
                ("t", "Oekraïne (tijdelijke bescherming).", 7.5),
            ]},
            {"box": (298, 255, 262, 235), "title": "IMMIGRANTEN NAAR NATIONALITEIT, 2022 (CBS)", "items": [
                ("hbars", 150, {"axis": ["0", "50.000", "100.000", "150.000"], "max": 150000,
                                "rows": [(n, 104511 * p / 26, f"{p}%") for n, p in [
                                    ("Oekraïens", 26), ("Nederlands", 11), ("Pools", 7), ("Syrisch", 4),
                                    ("Roemeens", 4), ("Indiaas", 4), ("Bulgaars", 3), ("Turks", 3),
                                    ("Spaans", 3), ("Duits", 3), ("Overige nationaliteiten", 34)]]}),
                ("t", "In 2022 hadden 104.511 (26%) van alle immigranten die werden", 7.5),
                ("t", "geregistreerd in de BRP de Oekraïense nationaliteit. In 2022 zijn", 7.5),
                ("t", "49.940 personen genaturaliseerd tot Nederlander. Zij hadden", 7.5),
                ("t", "vooral de Syrische, Eritrese en Indiase nationaliteit.", 7.5),
            ]},
            {"box": (572, 255, 246, 235), "title": "KETENBREED VERTREK (JenV)", "items": [
                ("vbars", 150, {"ticks": ["30.000", "20.000", "10.000", "0"],
                                "cats": [str(y) for y in range(2013, 2023)], "series": 3,
                                "legend": [["Zelfstandig vertrek zonder toezicht", "Gedwongen vertrek"],
                                           ["Zelfstandig vertrek"]]}),
                ("t", "In 2022 zijn ketenbreed 19.230 (+4%) vreemdelingen", 7.5),
                ("t", "vertrokken die niet of niet langer rechtmatig verblijf in Nederland", 7.5),
                ("t", "hadden. 58% daarvan was aantoonbaar vertrek.", 7.5),
            ]},
        ],
        # An older draft layer that the export kept; its figures differ (as in the text layer).
        "stale": [(298, 60, "stond op de 2e plek (39.615; +34%), gevolgd door arbeid (29.045; +60%)"),
                  (572, 60, "(+6% t.o.v. 2020) personen met dat doel naar Nederland."),
                  (24, 60, "In 2013-2022 kwam 53% van de migranten uit de EU/EFTA, 31% uit")],
    },
    15: {
        "slug": "A4-Migr-Dashboard23-03DEF.indd   1 31-08-2023   16:14:17",
        "title": "De Staat van Migratie 2023: Migratie binnen de EU 2022",
        "subtitle": "",
        "panels": [
            {"box": (24, 520, 262, 120), "title": "VRIJ VERKEER VAN PERSONEN", "items": [
                ("t", "EU-burgers hebben onder voorwaarden", 8),
                ("t", "het recht om in een andere EU-lidstaat", 8),
                ("t", "werk te zoeken, te werken, te studeren of", 8),
                ("t", "te verblijven en op gelijke behandeling als", 8),
                ("t", "de onderdanen van de lidstaat waar de", 8),
                ("t", "EU- burger verblijft.", 8),
            ]},
            {"box": (24, 390, 262, 250), "title": "EU-MIGRANTEN IN NEDERLAND NAAR NATIONALITEIT", "items": [
                ("t", "(1 januari 2022)", 7),
                ("hbars", 190, {"axis": ["0", "50.000", "100.000", "150.000", "200.000"], "max": 200000,
                                "rows": [(n, v, f"{v:,}".replace(",", ".")) for n, v in [
                                    ("Pools", 176074), ("Duits", 82932), ("Italiaans", 49128),
                                    ("Bulgaars", 47699), ("Spaans", 42054), ("Roemeens", 40603),
                                    ("Belgisch", 38156), ("Frans", 31469), ("Portugees", 28002),
                                    ("Grieks", 25138), ("Overig", 120823)]]}),
            ]},
            {"box": (298, 520, 262, 200), "title": "VRIJ VERKEER VAN DIENSTEN", "items": [
                ("t", "Nationaal loket", 8, True),
                ("t", "personen gemeld", 7.5),
                ("t", "en 5.550 zelfstandigen", 7.5),
                ("t", "Werknemers, excl. goederenvervoer (top 5)", 7.5, True),
                ("row", [(0, "Vestigingsland"), (110, "EU-burgers"), (180, "Derdelanders")], 7),
                ("row", [(0, "1. Polen"), (110, "12.250"), (180, "10.450")], 7),
                ("row", [(0, "2. Duitsland"), (110, "16.360"), (180, "2.040")], 7),
                ("row", [(0, "3. Litouwen"), (110, "8.780"), (180, "5.600")], 7),
                ("row", [(0, "4. België"), (110, "8.440"), (180, "230")], 7),
                ("row", [(0, "5. Portugal"), (110, "3.370"), (180, "710")], 7),
                ("t", "Zelfstandigen:", 7.5, True),
                ("t", "Top 3: 1. Polen / 2. Slowakije / 3. België", 7.5),
            ]},
            {"box": (298, 310, 262, 130), "title": "Europees loket", "items": [
                ("t", "Werknemers wegtransport (top 5)", 7.5, True),
                ("row", [(0, "Vestigingsland"), (110, "EU-burgers"), (180, "Derdelanders")], 7),
                ("row", [(0, "1. Polen"), (110, "58.070"), (180, "53.780")], 7),
                ("row", [(0, "2. Litouwen"), (110, "6.250"), (180, "40.690")], 7),
                ("row", [(0, "3. Spanje"), (110, "20.500"), (180, "3.650")], 7),
                ("row", [(0, "4. Roemenië"), (110, "19.460"), (180, "210")], 7),
                ("row", [(0, "5. Duitsland"), (110, "18.690"), (180, "760")], 7),
            ]},
            {"box": (298, 170, 262, 120), "title": "EU-DOCUMENTEN", "items": [
                ("t", "voor derdelander partners en afhankelijke", 7.5),
                ("t", "familieleden van EU-burgers in NL", 7.5),
                ("gap", 6),
                ("t", "4.730 aanvragen afgedaan", 10, True),
                ("t", "84% ingewilligd", 10, True),
            ]},
            {"box": (572, 520, 246, 110), "title": "IMMIGRATIE VANUIT DE EU", "items": [
                ("t", "127.146", 16, True),
                ("t", "registraties in de BRP", 8),
                ("t", "(incl. administratieve correcties)", 7),
            ]},
            {"box": (572, 400, 246, 110), "title": "EMIGRATIE", "items": [
                ("t", "75.322 personen uitgeschreven", 8, True),
                ("t", "uit de BRP", 8),
                ("t", "Migratiesaldo: 51.824", 8, True),
                ("t", "7 op de 10 migranten vertrekt", 8),
                ("t", "binnen 10 jaar", 8),
            ]},
            {"box": (572, 280, 246, 220), "title": "MIGRATIEMOTIEVEN EU/EFTA", "items": [
                ("t", "(2021)", 7),
                ("pie", 150, {"slices": [("Arbeid\n33%", 33), ("Gezinsmigratie 25%", 25), ("Studie 18%", 18),
                                         ("Overig en\nonbekend 24%", 24)]}),
            ]},
        ],
        "stale": [],
    },
    17: {
        "slug": "A4-Migr-Dashboard23-05DEF.indd   1 31-08-2023   16:15:37",
        "title": "De Staat van Migratie 2023: Toezicht en vertrek 2022",
        "subtitle": "",
        "stray": "b",
        "panels": [
            {"box": (24, 520, 262, 80), "title": "TOEZICHT", "items": [
                ("t", "Grenstoezicht: Controle op juiste", 8),
                ("t", "documenten voor toegang", 8),
                ("t", "Binnenlands toezicht: Controle op juiste", 8),
                ("t", "documenten voor verblijf", 8),
            ]},
            {"box": (24, 430, 262, 110), "title": "GRENSTOEZICHT", "items": [
                ("t", "61,3 miljoen", 12, True),
                ("t", "reizigers via vijf", 7.5),
                ("t", "Nederlandse luchthavens", 7.5),
                ("t", "4.720", 12, True),
                ("t", "toegangsweigeringen aan de lucht- en", 7.5),
                ("t", "maritieme buitengrenzen van Nederland", 7.5),
            ]},
            {"box": (24, 310, 262, 110), "title": "BINNENLANDS TOEZICHT", "items": [
                ("t", "Minder controles, minder personen zonder verblijfsrecht", 7.5),
                ("t", "aangetroffen.", 7.5),
                ("row", [(0, "2021"), (40, "41%")], 9),
                ("row", [(0, "2022"), (40, "36%")], 9),
                ("t", "2.730", 12, True),
                ("t", "vreemdelingen ingestroomd in vreemdelingenbewaring", 7.5),
            ]},
            {"box": (24, 190, 262, 110), "title": "OPENBARE ORDE", "items": [
                ("row", [(0, "360"), (60, "150"), (125, "20"), (195, "10")], 12),
                ("row", [(0, "ongewenst-"), (60, "zware"), (125, "ingetrokken"), (195, "afgewezen")], 7),
                ("row", [(0, "verklaringen"), (60, "inreisverboden"), (125, "asielvergunningen"),
                         (195, "asielaanvragen")], 7),
            ]},
            {"box": (298, 520, 262, 250), "title": "Top 10 - KETENBREED VERTREK", "items": [
                ("vbars", 200, {"ticks": ["1.600", "1.400", "1.200", "1.000", "800", "600", "400", "200", "0"],
                                "cats": ["Marokkaanse", "Algerijnse", "Colombiaanse", "Braziliaanse",
                                         "Nigeriaanse", "Syrische", "Peruaanse", "Oekraïense", "Turkse",
                                         "Chinese"], "series": 3, "rotate": True,
                                "legend": [["Zelfstandig vertrek zonder toezicht (42%)"],
                                           ["Gedwongen vertrek (15%)"], ["Zelfstandig vertrek  (43%)"]]}),
            ]},
            {"box": (298, 260, 262, 150), "title": "VERTREK EU", "items": [
                ("t", "Aantal derdelanders EU-breed aantoon-", 7.5),
                ("t", "baar vertrokken na ontvangst van een", 7.5),
                ("t", "terugkeerbesluit in 2022.", 7.5),
                ("t", "93.660", 12, True),
                ("t", "19.550 ondersteund door IOM", 7.5),
                ("t", "24.850 ondersteund door Frontex", 7.5),
                ("t", "330.000 irreguliere grensoverschrijdingen aan de EU-", 7.5),
                ("t", "buitengrenzen. 45% via Westelijke Balkan", 7.5),
                ("t", "141.000 toegangsweigeringen in de EU", 7.5),
            ]},
            {"box": (572, 520, 246, 200), "title": "VERTREK UIT CASELOAD DT&V", "items": [
                ("t", "8.610 personen vertrokken, van wie 50% aantoonbaar", 7.5, True),
                ("pie", 110, {"slices": [("Zelfstandig vertrek\n28%", 28),
                                         ("Zelfstandig vertrek\nzonder toezicht\n50%", 50),
                                         ("Gedwongen vertrek\n21%", 21)]}),
                ("t", "Top 3 aantoonbaar vertrek via DT&V", 7.5, True),
                ("t", "1. Oekraïense     2. Poolse     3. Algerijnse", 7.5),
            ]},
            {"box": (572, 310, 246, 170), "title": "UITSTROOM UIT LVV", "items": [
                ("t", "(01.02.2022 – 31.01.2023)", 7),
                ("pie", 120, {"slices": [("Resultaat verblijf\n(regulier, ingewilligde hasa)\n51%", 51),
                                         ("Resultaat vertrek\n11%", 11), ("Uitstel van vertrek art. 64\n7%", 7),
                                         ("Zonder duurzame\noplossing\n31%", 31)]}),
            ]},
            {"box": (572, 130, 246, 70), "title": "IOM", "items": [
                ("t", "1. Marokko (17%)   /   2. Algerije (12%)   /   3. Polen (8%)", 7),
                ("t", "49% van het zelfstandig vertrek via IOM of NGO’s", 7),
            ]},
        ],
        "stale": [],
    },
}

# Copy offsets (pt) of the shifted layers: within 0.5-3 pt, as in the InDesign exports.
OFFSETS = [(0.5, 0.9), (0.6, -0.8), (1.2, 0.6), (2.0, -1.5), (3.0, 0.0), (0.8, 2.2)]


class Elements:
    """Collects text elements (x, y, text, font, size, angle) to be emitted later in layers."""

    def __init__(self, ox: float, oy: float):
        self.ox, self.oy = ox, oy  # trim origin in page coordinates
        self.items: list[tuple] = []

    def add(self, x, y, s, font=d.REGULAR, size=7.5, angle=0):
        if s:
            self.items.append((self.ox + x, self.oy + y, s, font, size, angle))


def _partial(s: str) -> str:
    words = s.split(" ")
    return " ".join(words[: max(1, len(words) // 2)]) if len(words) > 1 else s[: max(1, len(s) // 2)]


def _draw_element(c, e, dx=0.0, dy=0.0, text_override=None):
    x, y, s, font, size, angle = e
    s = text_override if text_override is not None else s
    if "^" in s:  # "2^e" -> superscript e
        head, sup = s.split("^", 1)
        sup, rest = sup[:1], sup[1:]
        c.setFont(font, size)
        c.drawString(x + dx, y + dy, head)
        xe = x + dx + d.width(head, font, size)
        c.setFont(font, size * 0.6)
        c.drawString(xe, y + dy + size * 0.4, sup)
        c.setFont(font, size)
        c.drawString(xe + d.width(sup, font, size * 0.6), y + dy, rest)
        return
    c.setFont(font, size)
    if angle:
        c.saveState()
        c.translate(x + dx, y + dy)
        c.rotate(angle)
        c.drawString(0, 0, s)
        c.restoreState()
    else:
        c.drawString(x + dx, y + dy, s)


def emit_layers(c, items):
    """Every element 2-4 times: layer 0 exact; layer 1 exact or shifted; layer 2 partial copies;
    layer 3 shifted copies. Emitted in the order 2, 0 (reversed), 3, 1, like the exports' stacking."""
    d.black(c)
    layers: list[list] = [[], [], [], []]
    for i, e in enumerate(items):
        n = 2 + i % 3
        dx, dy = OFFSETS[i % len(OFFSETS)]
        layers[0].append((e, 0.0, 0.0, None))
        exact = i % 2 == 0 and n > 2  # every element gets at least one shifted copy
        layers[1].append((e, 0.0, 0.0, None) if exact else (e, dx, dy, None))
        if n >= 3:
            layers[2].append((e, dy / 2, dx / 2, _partial(e[2]) if "^" not in e[2] else None))
        if n >= 4:
            layers[3].append((e, -dy, dx, None))
    for layer in (layers[2], layers[0][::-1], layers[3], layers[1]):
        for e, dx, dy, override in layer:
            _draw_element(c, e, dx, dy, override)


# ---- mini charts (shapes drawn once, their labels collected as elements) ----

def _legend(c, el, x, y, rows, size=6):
    flat = [it for row in rows for it in row]
    for r, items in enumerate(rows):
        cx = x
        for item in items:
            d.fill(c, d.PALETTE[flat.index(item) % len(d.PALETTE)])
            c.rect(el.ox + cx, el.oy + y - r * (size + 3), size, size, stroke=0, fill=1)
            el.add(cx + size + 2, y - r * (size + 3) + 0.5, item, d.REGULAR, size)
            cx += size + 2 + d.width(item, d.REGULAR, size) + 8


def _vticks(el, x, y0, y1, ticks, size=6):
    for i, t in enumerate(ticks):
        y = y1 - (y1 - y0) * i / (len(ticks) - 1)
        el.add(x - d.width(t, d.REGULAR, size), y - 2, t, d.REGULAR, size)


def vbars(c, el, x, y, w, h, spec):
    size = 6
    ticks, cats, series = spec["ticks"], spec["cats"], spec["series"]
    legend = spec.get("legend", [])
    lw = max(d.width(t, d.REGULAR, size) for t in ticks) + 3
    cat_h = (max(d.width(t, d.REGULAR, size) for t in cats) + 4) if spec.get("rotate") else size + 4
    leg_h = len(legend) * (size + 3) + 2
    px0, px1 = x + lw + 3, x + w - 4
    py0, py1 = y + cat_h + leg_h, y + h - 4
    _vticks(el, x + lw, py0, py1, ticks, size)
    gw = (px1 - px0) / len(cats)
    for i, cat in enumerate(cats):
        base = py0
        for s in range(series):
            bh = (py1 - py0) * (0.25 + ((i * 5 + s * 3) % 7) / 10) / series
            d.fill(c, d.PALETTE[s % len(d.PALETTE)])
            c.rect(el.ox + px0 + i * gw + gw * 0.2, el.oy + base, gw * 0.6, bh, stroke=0, fill=1)
            base += bh
        if spec.get("rotate"):
            el.add(px0 + i * gw + gw / 2 + 2, py0 - 3 - d.width(cat, d.REGULAR, size), cat, d.REGULAR, size, 90)
        else:
            el.add(px0 + i * gw + gw / 2 - d.width(cat, d.REGULAR, size) / 2, py0 - size - 2, cat, d.REGULAR,
                   size)
    _legend(c, el, x + 4, y + leg_h - size, legend, size)


def posneg(c, el, x, y, w, h, spec):
    """Immigration up, emigration down from the zero line, the balance as a line."""
    size = 6
    ticks = spec["ticks"]
    lw = max(d.width(t, d.REGULAR, size) for t in ticks) + 3
    px0, px1 = x + lw + 3, x + w - 60
    py0, py1 = y + size + 16, y + h - 4
    _vticks(el, x + lw, py0, py1, ticks, size)
    step = (py1 - py0) / (len(ticks) - 1)
    zero = py1 - spec["zero"] * step
    cats = spec["cats"]
    gw = (px1 - px0) / len(cats)
    pts = []
    for i, cat in enumerate(cats):
        up = step * (1.2 + ((i * 3) % 5) / 3 + (1.6 if i == len(cats) - 1 else 0))
        down = step * (0.8 + ((i * 2) % 4) / 4)
        bx = el.ox + px0 + i * gw + gw * 0.2
        d.fill(c, d.PALETTE[0])
        c.rect(bx, el.oy + zero, gw * 0.6, up, stroke=0, fill=1)
        d.fill(c, d.PALETTE[1])
        c.rect(bx, el.oy + zero - down, gw * 0.6, down, stroke=0, fill=1)
        pts.append((bx + gw * 0.3, el.oy + zero + up - down))
        el.add(px0 + i * gw + gw / 2 - d.width(cat, d.REGULAR, size) / 2 - 1, py0 - size - 2,
               cat, d.REGULAR, size - 1)
    c.setStrokeColorRGB(*d.PALETTE[2])
    c.setLineWidth(1.2)
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    c.drawPath(path, stroke=1, fill=0)
    d.black(c)
    labels = spec["labels"]
    el.add(px1 + 4, zero + step * 3.6, labels[0], d.BOLD, size)
    el.add(px1 + 4, zero + step * 1.9, labels[1], d.BOLD, size)
    el.add(px1 + 4, zero - step * 1.6, labels[2], d.BOLD, size)
    el.add(px1 + 4, zero - step * 1.6 - size - 2, labels[3], d.BOLD, size)
    _legend(c, el, x + 4, y + 3, [spec["legend"]], size)


def hbars(c, el, x, y, w, h, spec):
    size = 6
    rows = spec["rows"]
    lw = max(d.width(r[0], d.REGULAR, size) for r in rows) + 4
    px0, px1 = x + lw, x + w - 40
    py0, py1 = y + size + 4, y + h - 2
    gh = (py1 - py0) / len(rows)
    for i, (name, value, label) in enumerate(rows):
        gy = py1 - (i + 1) * gh
        bw = (px1 - px0) * value / spec["max"]
        d.fill(c, d.PALETTE[0])
        c.rect(el.ox + px0, el.oy + gy + gh * 0.15, bw, gh * 0.7, stroke=0, fill=1)
        el.add(px0 - 3 - d.width(name, d.REGULAR, size), gy + gh / 2 - 2, name, d.REGULAR, size)
        el.add(px0 + bw + 3, gy + gh / 2 - 2, label, d.REGULAR, size)
    axis = spec["axis"]
    for i, t in enumerate(axis):
        tx = px0 + (px1 - px0) * i / (len(axis) - 1)
        el.add(tx - d.width(t, d.REGULAR, size) / 2, y, t, d.REGULAR, size)


def pie(c, el, x, y, w, h, spec):
    size = 6
    r = min(h / 2 - 18, w / 5)
    cx, cy = x + w / 2, y + h / 2
    angle = 90.0
    total = sum(p for _l, p in spec["slices"])
    for i, (label, pct) in enumerate(spec["slices"]):
        extent = -360.0 * pct / total
        d.fill(c, d.PALETTE[i % len(d.PALETTE)])
        c.setStrokeColorRGB(1, 1, 1)
        c.wedge(el.ox + cx - r, el.oy + cy - r, el.ox + cx + r, el.oy + cy + r, angle, extent, stroke=1, fill=1)
        mid = math.radians(angle + extent / 2)
        lx, ly = cx + (r + 6) * math.cos(mid), cy + (r + 6) * math.sin(mid)
        lines = label.split("\n")
        for k, ln in enumerate(lines):
            tw = d.width(ln, d.REGULAR, size)
            el.add(lx if math.cos(mid) >= 0 else lx - tw, ly + (len(lines) - 1) * 3.5 - k * 7 - 2, ln,
                   d.REGULAR, size)
        angle += extent
    d.black(c)


CHARTS = {"vbars": vbars, "hbars": hbars, "pie": pie, "posneg": posneg}


def draw_dashboard(c, printed: int, footer: str) -> None:
    """Draw one dashboard page on the current (already sized) canvas page."""
    spec = DASHBOARDS[printed]
    ox, oy = TRIM_BOX[0], TRIM_BOX[1]
    el = Elements(ox, oy)
    # background band over the bleed, as a full-bleed design has
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(BLEED_BOX[0], BLEED_BOX[1], BLEED_BOX[2] - BLEED_BOX[0], BLEED_BOX[3] - BLEED_BOX[1], stroke=0, fill=1)
    if spec.get("stray"):
        el.add(8, TRIM_H - 10, spec["stray"], d.REGULAR, 6)
    el.add(TRIM_W - 24 - d.width(footer, d.REGULAR, 7), TRIM_H - 20, footer, d.REGULAR, 7)
    el.add(24, TRIM_H - 22, "Ministerie van Justitie en Veiligheid", d.REGULAR, 7)
    el.add(24, TRIM_H - 44, spec["title"], d.BOLD, 15)
    if spec["subtitle"]:
        el.add(24, TRIM_H - 62, spec["subtitle"], d.BOLD, 10)
    for panel in spec["panels"]:
        px, ptop, pw, ph = panel["box"]
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(*d.PALETTE[0])
        c.setLineWidth(0.6)
        c.roundRect(ox + px, oy + ptop - ph, pw, ph, 4, stroke=1, fill=1)
        d.fill(c, d.PALETTE[0])
        c.rect(ox + px, oy + ptop - 14, pw, 14, stroke=0, fill=1)
        d.black(c)
        el.add(px + 5, ptop - 10, panel["title"], d.BOLD, 7.5)
        y = ptop - 18
        for item in panel["items"]:
            kind = item[0]
            if kind == "t":
                size = item[2]
                y -= size + 2
                el.add(px + 6, y, item[1], d.BOLD if len(item) > 3 and item[3] else d.REGULAR, size)
            elif kind == "row":
                size = item[2]
                y -= size + 2
                for dx, s in item[1]:
                    el.add(px + 6 + dx, y, s, d.REGULAR, size)
            elif kind == "gap":
                y -= item[1]
            else:
                h = item[1]
                y -= h
                CHARTS[kind](c, el, px + 4, y, pw - 8, h, item[2])
                d.black(c)
    for x, y, s in spec["stale"]:
        el.add(x + 6, y, s, d.REGULAR, 6)
    emit_layers(c, el.items)
    # slug line: outside the TrimBox (and the bleed), where InDesign puts it
    c.setFont(d.REGULAR, 7)
    c.drawString(BLEED, 12, spec["slug"])
