"""Figures of De Staat van Migratie 2023: which text-layer lines each one covers, its content, and
how it is drawn (real tables, vector charts with data labels).

Each FIGURES entry is found on its page by its caption ("Figuur 78:") and the line the figure starts
with (searched backwards from the caption); an uncaptioned table uses `end` instead. The content here
reconstructs what those text-layer lines show; nothing is printed that the text layer does not have.
"""

from __future__ import annotations

import math
import re

import svm_draw as d

# --------------------------------------------------------------------------------------------------
# Table content. Rows list the cells that START in that row; a cell is "text" or (text, rowspan,
# colspan). "^NN" in a cell adds footnote marker NN as a superscript.
# --------------------------------------------------------------------------------------------------

FIG41 = {
    "ruled": True,
    "cols": [90, 120, 130, 120],
    "header_rows": 1,
    "rows": [
        ["", "Aantal ingediende\naanvragen MVV\nnareis",
         "Aantal ingewilligde\naanvragen MVV-nareis,\neerste aanleg+bezwaar",
         "Inwilligingspercentage\neerste aanleg"],
        ["2021", "13.980", "11.680", "81%"],
        ["2022", "20.390", "10.250", "88%"],
        ["% verschil 2022\nt.o.v. 2021", "+46%", "-7%", "+8%"],
    ],
}

FIG42 = {
    "ruled": False,
    "cols": [50, 62, 66, 58, 62, 66, 58],
    "header_rows": 2,
    "rows": [
        ["", ("MVV-aanvraag", 1, 3), ("Bezwaar", 1, 3)],
        ["", "Ingediend", "Afgehandeld", "%\nIngewilligd", "Ingediend", "Afgehandeld", "%\nIngewilligd"],
        ["2021", "4.900", "3.790", "44%", "2.230", "2.000", "22%"],
        ["2022", "7.870", "3.930", "62%", "1.560", "1.770", "42%"],
    ],
}

FIG44 = {
    "ruled": False,
    "cols": [50, 62, 62, 62, 62, 62, 62],
    "header_rows": 1,
    "rows": [
        ["", "< 1 jaar", "1-2 jaar", "2-3 jaar", "3-4 jaar", "4-5 jaar", "> 5 jaar"],
        ["2021", "26.380", "4.280", "3.250", "1.580", "320", "710"],
        ["2021", "72%", "12%", "9%", "4%", "1%", "2%"],
        ["2022", "36.460", "10.990", "1.490", "1.330", "780", "680"],
        ["2022", "70%", "21%", "3%", "3%", "2%", "1%"],
    ],
}

FIG45 = {
    "ruled": False,
    "cols": [50, 72, 80, 80, 64, 64],
    "header_rows": 1,
    "rows": [
        ["", "< 15 weken", "15 weken – 6\nmaanden", "6 maanden –\n1 jaar", "> 1 jaar", "totaal"],
        [("2021", 2, 1), "6.580", "2.110", "2.560", "740", "11.980"],
        ["55%", "18%", "21%", "6%", ""],
        [("2022", 2, 1), "6.110", "5.150", "3.940", "1.000", "16.200"],
        ["38%", "32%", "24%", "6%", ""],
    ],
}

FIG48 = {
    "ruled": False,
    "cols": [72, 80, 110, 80, 110],
    "header_rows": 3,
    "rows": [
        [("Kinderen (excl. amv)", 1, 5)],
        [("Aantal\nverhuis-\nbewegingen", 2, 1), ("2021", 1, 2), ("2022", 1, 2)],
        ["Aantal kinderen", "Gemiddelde verblijfs-\nduur bij uitstroom\n(weken)",
         "Aantal kinderen", "Gemiddelde verblijfs-\nduur bij uitstroom\n(weken)"],
        ["1", "1.490", "15", "2.630", "11"],
        ["2", "460", "22", "760", "19"],
        ["3", "150", "29", "300", "27"],
        ["4", "50", "30", "70", "39"],
        ["5", "10", "46", "20", "42"],
        ["6", "10", "73", "10", "58"],
        ["7", "<5", "68", "<5", "74"],
        ["8", "", "", "10", "32"],
        ["", "2.170", "18", "3.790", "15"],
    ],
}

FIG49 = {
    "ruled": False,
    "cols": [72, 80, 110, 80, 110],
    "header_rows": 3,
    "rows": [
        [("amv", 1, 5)],
        [("Aantal\nverhuis-\nbewegingen", 2, 1), ("2021", 1, 2), ("2022", 1, 2)],
        ["Aantal kinderen", "Gemiddelde\nverblijfsduur bij\nuitstroom (weken)",
         "Aantal kinderen", "Gemiddelde\nverblijfsduur bij\nuitstroom (weken)"],
        ["1", "200", "10", "370", "10"],
        ["2", "50", "13", "100", "11"],
        ["3", "10", "21", "10", "11"],
        ["4", "<5", "12", "<5", "14"],
        ["", "260", "11", "480", "10"],
    ],
}

# Column headers are rotated 90 degrees (they come after the page footer in the text layer).
FIG55 = {
    "ruled": True,
    "rotate_header": True,
    "cols": [44, 62, 62, 62, 62, 62, 62, 62],
    "header_rows": 1,
    "rows": [
        ["", "Totaal verleende\nasielvergunningen", "Vanuit eerste\nasielaanvragen",
         "Vanuit herhaalde\nasielaanvragen", "Vanuit herplaatsing^117", "Vanuit hervestiging",
         "Vanuit zij- instroom^116", "Ingereisde nareizigers"],
        ["2021", "24.790", "11.750", "300", "60", "470", "2.070", "10.140"],
        ["2022", "29.730", "14.520", "680", "10", "1.410", "2.110", "11.010"],
    ],
}

FIG56 = {
    "ruled": False,
    "cols": [150, 230],
    "header_rows": 1,
    "rows": [
        ["", "Aantal verleende asielvergunningen onbepaalde tijd"],
        ["2021", "21.010"],
        ["2022", "12.840"],
        ["% verschil 2022 t.o.v. 2021", "-39%"],
    ],
}

FIG59 = {
    "ruled": False,
    "cols": [60, 150, 110, 130],
    "header_rows": 1,
    "rows": [
        ["", "", "Wettelijke termijn\n(art. 89 VW)", "Gemiddelde doorlooptijd\nberoep"],
        ["Spoor 1", "Hoger beroep Dublin", "23 weken", "12 weken"],
        ["Spoor 2", "Hoger beroep EU\nbescherming/ veilig land van\nherkomst", "23 weken", "11 weken"],
        ["Spoor 4 AA", "Hoger beroep", "23 weken", "24 weken"],
        ["Spoor 4 VA", "Hoger beroep", "23 weken", "21 weken"],
    ],
}

# Vertrek via de DT&V: two-level row headers (merged, vertically centred cells). The original's
# content stream drew it column by column, the % column first; so do we ("order").
FIG78 = {
    "ruled": True,
    "cols": [78, 74, 150, 50, 50, 62],
    "header_rows": 1,
    "order": [5, 4, 0, 3, 2, 1],
    "rows": [
        [("", 1, 3), "2021", "2022", "%\nverschil\n2022\nt.o.v.\n2021"],
        [("Aantoonbaar\nvertrek", 8, 1), ("Zelfstandig", 4, 1), "Land van herkomst", "1.700", "1.820", "+7%"],
        ["Onder Dublin verordening", "260", "220", "-15%"],
        ["Andere landen", "140", "420", "+200%"],
        ["Totaal", "2.100", "2.450", "+17%"],
        [("Gedwongen", 4, 1), "Land van herkomst", "920", "930", "+1%"],
        ["Onder Dublin verordening", "590", "750", "+27%"],
        ["Andere landen", "120", "170", "+42%"],
        ["Totaal", "1.630", "1.850", "+13%"],
        [("Niet- aantoon-\nbaar vertrek", 2, 1), ("Zelfstandig\nzonder\ntoezicht", 2, 1), "Totaal",
         "5.600", "4.310", "-23%"],
        ["Waarvan op enig moment\nsprake van Dublin Claim", "1.710", "1.100", "-36%"],
        [("Uitstroom\nzonder vertrek", 3, 2), "Vergunning", "800", "1.140", "+43%"],
        ["Procedurele/administratie-\nve uitstroom", "3.030", "3.660", "+21%"],
        ["Totaal", "3.840", "4.800", "+25%"],
        [("Totaal", 1, 3), "13.160", "13.410", "+2%"],
    ],
}

FIG80 = {
    "ruled": False,
    "cols": [110, 100, 100, 110],
    "header_rows": 1,
    "rows": [
        ["", "Instroom aanvragen", "Aantal personen\nvertrokken", "Waaronder aantal\nvertrokken (ex-)\nasielzoekers"],
        ["2021", "1.990", "1.500", "600"],
        ["2022", "1.900", "1.510", "600"],
        ["% verschil 2022\nt.o.v. 2021", "-4%", "+1%", "0%"],
    ],
}

FIG83 = {
    "ruled": True,
    "cols": [120, 150, 50, 50, 80],
    "header_rows": 1,
    "rows": [
        ["T&O", "", "2021", "2022", "% verschil\n2022 t.o.v.\n2021"],
        ["Verzoeken", "", "570", "440", "-23%"],
        [("Antwoorden", 4, 1, "top"), "Nationaliteit vastgesteld", "480", "380", "-21%"],
        ["Nationaliteit niet vastgesteld", "40", "20", "-50%"],
        ["Verzoek ingetrokken", "30", "30", "0%"],
        ["Totaal antwoorden", "540", "440", "-19%"],
        ["Ontvangen reisdocumenten", "", "140", "70", "-50%"],
        ["Totaal uitstaande verzoeken", "", "70", "60", "+43%"],
    ],
}

FIG87 = {
    "ruled": False,
    "cols": [80, 100, 90, 90, 80],
    "header_rows": 1,
    "rows": [
        ["Gemeente", "Capaciteit", "Totaal toegelaten", "Actuele bezetting", "Totaal\nuitgestroomd"],
        ["Amsterdam", "360", "880", "330", "550"],
        ["Eindhoven", "130", "180", "50", "130"],
        ["Groningen", "300", "560", "150", "410"],
        ["Emmen", "Onderdeel van\ncapaciteit Groningen", "40", "20", "20"],
        ["Rotterdam", "120", "270", "30", "240"],
        ["Utrecht", "240", "460", "150", "310"],
        ["Totaal", "1.140", "2.380", "730", "1.650"],
    ],
}

FIG90 = {
    "ruled": True,
    "cols": [120, 100, 120, 100],
    "header_rows": 1,
    "rows": [
        ["Periode taakstelling", "Achterstand", "Hoogte taakstelling", "Realisatie"],
        ["2021 - I", "1.640", "13.500", "9.590"],
        ["2021 - II", "5.586", "11.000", "12.787"],
        ["2022 - I", "3.772", "10.000", "11.928"],
        ["2022 - II", "1.833", "13.500", "17.126"],
    ],
}

FIG91 = {
    "ruled": False,
    "cols": [82, 66, 64, 64, 64, 64, 60],
    "header_rows": 2,
    "rows": [
        ["Provincie", "Stand op 1\njanuari 2022^145", ("2022-I", 1, 2), ("2022-II", 1, 2), "Stand op\n1 januari\n2023"],
        ["", "", "Taakstelling", "Gehuisvest", "Taakstelling", "Gehuisvest", ""],
        ["Drenthe", "71", "285", "392", "382", "398", "-52"],
        ["Flevoland", "44", "242", "261", "330", "430", "-75"],
        ["Friesland", "224", "373", "554", "504", "586", "-39"],
        ["Gelderland", "534", "1.206", "1.562", "1.623", "2.119", "-317"],
        ["Groningen", "214", "334", "405", "452", "483", "112"],
        ["Limburg", "371", "622", "688", "866", "1.107", "85"],
        ["Noord-Brabant", "449", "1.474", "1.872", "1.990", "2.377", "-333"],
        ["Noord-Holland", "686", "1.638", "1.911", "2.227", "2.586", "61"],
        ["Overijssel", "353", "668", "777", "903", "1.217", "-70"],
        ["Utrecht", "467", "780", "832", "1.054", "1.622", "-146"],
        ["Zeeland", "26", "223", "291", "299", "330", "-73"],
        ["Zuid-Holland", "333", "2.124", "2.383", "2.870", "3.871", "-946"],
        ["Totaal", "3.772", "10.000", "11.928", "13.500", "17.126", "-1.793"],
        ["", "", "^146(9.969)", "", "", "", ""],
    ],
}

YEARS_13_22 = [str(y) for y in range(2013, 2023)]
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

# --------------------------------------------------------------------------------------------------
# Where each figure is and what it is. "tail": slice of the lines that follow the page footer in the
# text layer (rotated axis labels, extracted last). "after": lines after the caption that belong to it.
# --------------------------------------------------------------------------------------------------

FIGURES: list[dict] = [
    {"caption": "Figuur 1:", "start": "Figuur 1", "kind": "vbar", "label": "Figuur 1",
     "ticks": ["0,7%", "0,6%", "0,5%", "0,4%", "0,3%", "0,2%", "0,1%", "0,0%"],
     "cats": ["EU-27", "Nederland", "België", "Duitsland", "Frankrijk"], "series": 5, "stacked": True,
     "legend": [["Arbeid: kennis", "Arbeid: overig"], ["Studie", "Gezin", "Overig"]]},
    {"caption": "Figuur 6:", "start": "Arbeid werkgever", "kind": "hbar", "max": 1800,
     "rows": [("", [(290, "Arbeid werkgever\nin buitenland; 290")]), ("", [(650, "Werkervaring;\n650")]),
              ("", [(1580, "Arbeid werkgever\nin NL; 1.580")])]},
    {"end": "Totaal 5.980 5.290 28%", "start": "2021 Ingediend Afgehandeld % gegrond", "kind": "gtable"},
    {"caption": "Figuur 11:", "start": "2021 Gezin en Kennis en Studie Arbeid Overige", "kind": "gtable"},
    {"caption": "Figuur 12:", "start": "Soort aanvraag Afwijzing Inwilliging Overige Totaal", "kind": "gtable"},
    {"caption": "Figuur 14:", "start": "Figuur 14", "kind": "hbar", "label": "Figuur 14", "max": 1.0,
     "axis": ["0%", "20%", "40%", "60%", "80%", "100%"],
     "legend": [["Immigratie in 2006", "Immigratie in 2011"]],
     "rows": [("Overige\nmigratiemotieven", [(0.42, None), (0.38, None)]), ("Asiel", [(0.22, None), (0.18, None)]),
              ("Gezinsvorming", [(0.3, None), (0.27, None)]), ("Gezinshereniging", [(0.26, None), (0.2, None)]),
              ("Arbeid: kennismigrant", [(0.62, None), (0.58, None)]), ("Arbeid: overig", [(0.66, None), (0.6, None)]),
              ("Studie", [(0.78, None), (0.74, None)]), ("Totaal", [(0.55, None), (0.5, None)])]},
    {"caption": "Figuur 15:", "start": "2021 2022 % verschil 2022", "kind": "gtable"},
    {"caption": "Figuur 16:", "start": "Immigratie Emigratie (incl. Migratiesaldo (incl.", "kind": "gtable"},
    {"caption": "Figuur 18:", "start": "Pools 176.074", "kind": "hbar", "max": 200000,
     "axis": ["0", "50.000", "100.000", "150.000", "200.000"],
     "rows": [(n, [(v, f"{v:,}".replace(",", "."))]) for n, v in [
         ("Pools", 176074), ("Duits", 82932), ("Italiaans", 49128), ("Bulgaars", 47699), ("Spaans", 42054),
         ("Roemeens", 40603), ("Belgisch", 38156), ("Frans", 31469), ("Portugees", 28002), ("Grieks", 25138),
         ("Overig", 120823)]]},
    {"caption": "Figuur 20:", "start": "Vestigingsland EU-burgers Derdelanders Totaal", "kind": "gtable"},
    {"caption": "Figuur 21:", "start": "Land Dienstverrichters Meldingen", "kind": "gtable"},
    {"caption": "Figuur 22:", "start": "Land Dienstverrichters Meldingen", "kind": "gtable"},
    {"caption": "Figuur 26:", "start": "140.000", "kind": "vbar",
     "ticks": ["140.000", "120.000", "100.000", "80.000", "60.000", "40.000", "20.000", "0"],
     "cats": ["2021", "2022"], "series": 2, "legend": [["Voordrachten", "Vertrekken"]]},
    {"caption": "Figuur 28:", "start": "3,00%", "kind": "vbar", "tail": (0, 27), "series": 1,
     "ticks": ["3,00%", "2,50%", "2,00%", "1,50%", "1,00%", "0,50%", "0,00%"]},
    {"caption": "Figuur 29:", "start": "14.000", "kind": "vbar", "tail": (27, None), "series": 1,
     "ticks": ["14.000", "12.000", "10.000", "8.000", "6.000", "4.000", "2.000", "0"]},
    {"caption": "Figuur 31:", "start": "40%", "kind": "vbar", "tail": (0, None), "series": 2,
     "ticks": ["40%", "35%", "30%", "25%", "20%", "15%", "10%", "5%", "0%"],
     "legend": [["Beslissingen in eerste aanleg", "Definitieve beslissingen"]]},
    {"caption": "Figuur 33:", "start": "100%", "kind": "vbar", "tail": (10, None), "series": 4, "stacked": True,
     "ticks": ["100%", "90%", "80%", "70%", "60%", "50%", "40%", "30%", "20%", "10%", "0%"],
     "legend": [["Vluchtelingenstatus"], ["Humanitaire gronden"], ["Afgewezen"], ["Subsidiaire bescherming"]]},
    {"caption": "Figuur 34:", "start": "300.000", "kind": "vbar", "tail": (0, 10), "series": 2,
     "ticks": ["300.000", "250.000", "200.000", "150.000", "100.000", "50.000", "0"],
     "legend": [["December 2021", "December 2022"]]},
    {"caption": "Figuur 38:", "start": "Overig; 38%", "kind": "pie",
     "slices": [("Syrië; 36%", 36), ("Afghanistan; 8%", 8), ("Turkije; 8%", 8), ("Jemen; 7%", 7),
                ("Somalië; 4%", 4), ("Overig; 38%", 38)]},
    {"caption": "Figuur 39:", "start": "Overig; 34%", "kind": "pie", "extra": ["Afghanistan"],
     "slices": [("Syrië; 42%", 42), ("Afghanistan; 6%", 6), ("Turkije; 8%", 8), ("Jemen; 6%", 6),
                ("Eritrea; 4%", 4), ("Overig; 34%", 34)]},
    {"caption": "Figuur 41:", "start": "Aantal ingediende Aantal ingewilligde Inwilligingspercentage",
     "kind": "table", "table": FIG41},
    {"caption": "Figuur 42:", "start": "MVV-aanvraag Bezwaar", "kind": "table", "table": FIG42},
    {"caption": "Figuur 44:", "start": "< 1 jaar 1-2 jaar 2-3 jaar 3-4 jaar 4-5 jaar > 5 jaar",
     "kind": "table", "table": FIG44},
    {"caption": "Figuur 45:", "start": "< 15 weken 15 weken – 6 6 maanden – > 1 jaar totaal",
     "kind": "table", "table": FIG45},
    {"caption": "Figuur 48:", "start": "Kinderen (excl. amv)", "kind": "table", "table": FIG48},
    {"caption": "Figuur 49:", "start": "amv", "kind": "table", "table": FIG49},
    {"caption": "Figuur 51:", "start": "poor 1", "kind": "stack",
     "ticks": ["40.000", "35.000", "30.000", "25.000", "20.000", "15.000", "10.000", "5.000", "0"],
     "bars": [("2021", 0.62, [(0.79, "79%"), (0.04, "4%"), (0.17, "16%")]),
              ("2022", 0.89, [(0.80, "80%"), (0.03, "3%"), (0.17, "17%")])],
     "legend": [["Spoor 4", "Spoor 2", "Spoor 1"]]},
    {"caption": "Figuur 52:", "start": "11.750", "kind": "hbar", "max": 16000, "after": 1,
     "axis": ["0", "2.000", "4.000", "6.000", "8.000", "10.000", "12.000", "14.000", "16.000"],
     "legend": [["Inwilliging", "Afwijzing", "Overige afdoening"]],
     "rows": [("Spoor 4", [(11750, "11.750"), (3830, "3.830"), (280, "280")]),
              ("Spoor 2", [(30, "30"), (1150, "1.150"), None]),
              ("Spoor 1", [(100, "100"), (2780, "2.780"), None])]},
    {"caption": "Figuur 55:", "start": "117", "kind": "table", "table": FIG55, "tail": (0, None)},
    {"caption": "Figuur 56:", "start": "Aantal verleende asielvergunningen onbepaalde tijd",
     "kind": "table", "table": FIG56},
    {"caption": "Figuur 59:", "start": "Wettelijke termijn Gemiddelde doorlooptijd", "kind": "table",
     "table": FIG59},
    {"caption": "Figuur 60:", "start": None, "kind": "blank"},
    {"caption": "Figuur 62:", "start": "84", "kind": "vbar", "tail": (0, None), "series": 3, "stacked": True,
     "label": "84", "ticks": ["3,0%", "2,5%", "2,0%", "1,5%", "1,0%", "0,5%", "0,0%"],
     "legend": [["EU-27", "Niet EU-27", "Onbekend"]]},
    {"caption": "Figuur 63:", "start": "Aantal migranten ondersteund door IOM", "kind": "gtable"},
    {"caption": "Figuur 64:", "start": "128", "kind": "gtable"},
    {"caption": "Figuur 65:", "start": "Colombiaanse;", "kind": "pie",
     "slices": [("Colombiaanse;\n18%", 18), ("Braziliaanse;\n10%", 10), ("Peruaanse;\n8%", 8),
                ("Filipijnse;\n6%", 6), ("Britse;\n4%", 4), ("Overige;\n54%", 54)]},
    {"caption": "Figuur 68:", "start": "Aantal geregistreerde incidenten Aantal aanhoudingen", "kind": "gtable"},
    {"caption": "Figuur 69:", "start": "KMar Politie", "kind": "gtable"},
    {"caption": "Figuur 70:", "start": "MTV MTV Aantal gecontro- Resultaten MTV Land", "kind": "gtable"},
    {"caption": "Figuur 71:", "start": "Aantal objectgerichte Aantal persoons- % personen aangetroffen",
     "kind": "gtable"},
    {"caption": "Figuur 73:", "start": "Intrekkingen Afwijzingen", "kind": "gtable"},
    {"caption": "Figuur 78:", "start": "%", "kind": "table", "table": FIG78},
    {"caption": "Figuur 80:", "start": "Instroom aanvragen Aantal personen Waaronder aantal", "kind": "table",
     "table": FIG80},
    {"caption": "Figuur 81:", "start": "Braziliaanse;", "kind": "pie",
     "slices": [("Braziliaanse;\n8%", 8), ("Indonesische;\n7%", 7), ("Filipijnse;\n7%", 7),
                ("Albanese;\n6%", 6), ("Tadzjiekse;\n6%", 6), ("Overig;\n65%", 65)]},
    {"caption": "Figuur 83:", "start": "% verschil", "kind": "table", "table": FIG83},
    {"caption": "Figuur 84:", "start": "Aantal verleende vergunningen", "kind": "gtable"},
    {"caption": "Figuur 87:", "start": "Gemeente Capaciteit Totaal toegelaten Actuele bezetting Totaal",
     "kind": "table", "table": FIG87},
    {"caption": "Figuur 88:", "start": "110", "kind": "hbar", "max": 350,
     "axis": ["0", "50", "100", "150", "200", "250", "300", "350"],
     "rows": [("Perspectief Terugkeer", [(110, "110  34%")]), ("Perspectief Doormigratie", [(3, "1%")]),
              ("Perspectief Verblijf", [(142, "44%")]), ("Toegelaten en in onderzoek\nactueel", [(68, "21%")])]},
    {"caption": "Figuur 90:", "start": "Periode taakstelling Achterstand Hoogte taakstelling Realisatie",
     "kind": "table", "table": FIG90},
    {"caption": "Figuur 91:", "start": "Stand op", "kind": "table", "table": FIG91},
    {"caption": "Figuur 93:", "start": "35.000", "kind": "vbar", "series": 3, "stacked": True,
     "ticks": ["35.000", "30.000", "25.000", "20.000", "15.000", "10.000", "5.000", "0"],
     "cats": YEARS_13_22, "legend": [["Voldaan", "Ontheven"], ["Nog inburgeringsplichtig"]]},
    {"caption": "Figuur 94:", "start": "Naturalisatie Aanvragen Beslissingen Inwilligingen", "kind": "gtable"},
    {"caption": "Figuur 97:", "start": "80.000", "kind": "vbar", "series": 2,
     "ticks": ["80.000", "70.000", "60.000", "50.000", "40.000", "30.000", "20.000", "10.000", "0"],
     "cats": MONTHS, "legend": [["Capaciteit", "Bezetting"]]},
]

RULED = [41, 55, 78, 83, 90]
UNRULED = [42, 56, 59, 80, 44, 45, 48, 49, 87, 91]

# --------------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------------

TABLE_SIZE = 7.5
CHART_SIZE = 6.8
CAPTION_SIZE = 7.5
_NUM_RE = re.compile(r"^(?:[<>]?[+\-−]?\d[\d.,]*%?|\(\d[\d.]*\))$")
_MARKER_RE = re.compile(r"^\d{1,3}(?: \d{1,3})*$")


def _cells(spec):
    """Resolve the row lists of a table spec into (row, col, text, rowspan, colspan, valign)."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(spec["rows"]):
        col = 0
        for item in row:
            if isinstance(item, tuple):
                text, rs, cs = item[:3]
                valign = item[3] if len(item) > 3 else "middle"
            else:
                text, rs, cs, valign = item, 1, 1, "middle"
            while (r, col) in taken:
                col += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, col + dc))
            out.append((r, col, text, rs, cs, valign))
            col += cs
    return out


def _cell_lines(text):
    return text.replace("^", "").split("\n")


def table_layout(spec, size=TABLE_SIZE):
    cells = _cells(spec)
    n_rows = len(spec["rows"])
    lh = size * 1.25
    heights = [lh + 4] * n_rows
    for r, _c, text, rs, _cs, _v in cells:
        if rs != 1:
            continue
        if spec.get("rotate_header") and r == 0:
            need = max(d.width(s, d.BOLD, size) for s in _cell_lines(text)) + 12
        else:
            need = len(_cell_lines(text)) * lh + 4
        heights[r] = max(heights[r], need)
    # a spanning cell must fit too: stretch its last row if needed
    for r, _c, text, rs, _cs, _v in cells:
        if rs > 1:
            need = len(_cell_lines(text)) * lh + 4
            have = sum(heights[r : r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
    return cells, heights


def table_height(spec):
    return sum(table_layout(spec)[1])


def draw_table(c, x, y_top, spec, size=TABLE_SIZE):
    """Draw a table with its top-left corner at (x, y_top); return (x0, y_top, x1, y_bottom)."""
    cells, heights = table_layout(spec, size)
    cols = spec["cols"]
    col_x = [x]
    for w in cols:
        col_x.append(col_x[-1] + w)
    row_y = [y_top]
    for h in heights:
        row_y.append(row_y[-1] - h)
    lh = size * 1.25
    boxes = []
    for r, col, text, rs, cs, valign in cells:
        x0, x1 = col_x[col], col_x[col + cs]
        y0, y1 = row_y[r], row_y[r + rs]  # y0 top, y1 bottom
        boxes.append((r, col, text, x0, x1, y0, y1, valign))
    d.black(c)
    if spec.get("ruled"):
        c.setLineWidth(0.5)
        for _r, _col, _t, x0, x1, y0, y1, _v in boxes:
            c.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=0)
    order = spec.get("order")
    if order:  # content-stream order column by column, not reading order
        boxes.sort(key=lambda b: (order.index(b[1]), -b[5]))
    for r, _col, text, x0, x1, y0, y1, valign in boxes:
        if not text:
            continue
        lines = text.split("\n")
        font = d.BOLD if r < spec.get("header_rows", 0) else d.REGULAR
        if spec.get("rotate_header") and r == 0:
            c.saveState()
            c.translate((x0 + x1) / 2 + size * 0.35, y1 + 4)
            c.rotate(90)
            for i, line in enumerate(lines):
                _cell_text(c, 0, -i * lh + (len(lines) - 1) * lh / 2, line, font, size, "l", 0)
            c.restoreState()
            continue
        block = len(lines) * lh
        if valign == "top":
            base = y0 - 2 - size
        else:
            base = (y0 + y1) / 2 + block / 2 - size + 1
        numeric = all(_NUM_RE.match(ln.replace("^", "").strip() or "x") for ln in lines)
        for i, line in enumerate(lines):
            align = "r" if numeric else "l"
            _cell_text(c, x0 + 3, base - i * lh, line, font, size, align, x1 - x0 - 6)
    return (col_x[0], y_top, col_x[-1], row_y[-1])


def _cell_text(c, x, y, line, font, size, align, avail):
    parts = line.split("^")
    main = parts[0]
    sup = parts[1] if len(parts) > 1 else ""
    if main == "" and sup:  # marker written before the text: "^146(9.969)"
        m = re.match(r"(\d+)(.*)", sup)
        sup, main = m.group(1), m.group(2)
        lead = True
    else:
        lead = False
    w = d.text_width(main, font, size) + (d.width(sup, d.REGULAR, size * d.SUPER_RATIO) + 0.3 if sup else 0)
    if align == "r":
        x = x + avail - w
    if lead:
        x = d.superscript(c, x - 0.3, y, sup, size)
        d.text(c, x + 0.5, y, main, font, size)
        return
    x = d.text(c, x, y, main, font, size)
    if sup:
        d.superscript(c, x, y, sup, size)


# ---- generic tables: a text-layer line becomes a row; trailing numbers become right-aligned cells ----

def _split_numeric(line):
    toks = line.split()
    nums: list[str] = []
    while toks and _NUM_RE.match(toks[-1]):
        nums.insert(0, toks.pop())
    return " ".join(toks), nums


def gtable_height(lines):
    return len(lines) * TABLE_SIZE * 1.45 + 4


def draw_gtable(c, x, y_top, w, lines):
    lh = TABLE_SIZE * 1.45
    ncols = max([len(_split_numeric(ln)[1]) for ln in lines if not _MARKER_RE.match(ln)] + [1])
    colw = min(64.0, (w - 150) / max(ncols, 1))
    right = x + 150 + colw * ncols
    y = y_top - TABLE_SIZE - 2
    pending: list[str] = []
    d.black(c)
    for ln in lines:
        if _MARKER_RE.match(ln):
            pending.append(ln)
            continue
        label, nums = _split_numeric(ln)
        if not nums or not label and len(nums) < 2:
            label, nums = ln, []
        font = d.REGULAR if nums else d.BOLD
        markers = [(0, p) for p in pending]
        pending = []
        d.text_with_markers(c, x, y, label, markers, font, TABLE_SIZE)
        for i, num in enumerate(nums):
            cx = right - (len(nums) - 1 - i) * colw
            d.text(c, cx - d.width(num, d.REGULAR, TABLE_SIZE), y, num, d.REGULAR, TABLE_SIZE)
        y -= lh


# ---- charts ----

def _pseudo(i, s, n, decreasing):
    """Bar heights for charts whose values are not printed: plausible, deterministic, never labelled."""
    if decreasing:
        return max(0.08, 0.92 * (1 - i / (n + 3))) * (1 - 0.22 * s)
    return 0.3 + ((i * 7 + s * 5 + 3) % 11) / 18


def _legend(c, x, y, rows, size=CHART_SIZE):
    for r, items in enumerate(rows):
        cx = x
        for item in items:
            idx = [it for row in rows for it in row].index(item)
            d.fill(c, d.PALETTE[idx % len(d.PALETTE)])
            c.rect(cx, y - r * (size + 4), size, size, stroke=0, fill=1)
            d.black(c)
            cx = d.text(c, cx + size + 3, y - r * (size + 4) + 0.5, item, d.REGULAR, size) + 12
    return len(rows) * (size + 4)


def _ticks_v(c, x, y0, y1, ticks, size=CHART_SIZE):
    """Vertical value axis: tick labels from top (y1) to bottom (y0), right-aligned at x."""
    n = len(ticks)
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    ys = []
    for i, t in enumerate(ticks):
        y = y1 - (y1 - y0) * i / max(n - 1, 1)
        ys.append(y)
        d.black(c)
        d.text(c, x - d.width(t, d.REGULAR, size), y - size / 3, t, d.REGULAR, size)
    d.black(c)
    return ys


def draw_vbar(c, x, y, w, h, spec, tail):
    """Vertical bars; no value labels (the text layer has none for these)."""
    ticks = spec["ticks"]
    cats = spec.get("cats") or tail
    rotated = "tail" in spec
    series = spec.get("series", 1)
    legend = spec.get("legend", [])
    size = CHART_SIZE
    label_w = max(d.width(t, d.REGULAR, size) for t in ticks) + 4
    cat_h = (max(d.width(t, d.REGULAR, size) for t in cats) + 4) if rotated and cats else size + 6
    leg_h = len(legend) * (size + 4) + (4 if legend else 0)
    top_pad = size + 6 if spec.get("label") else 4
    px0, px1 = x + label_w + 4, x + w
    py0, py1 = y + cat_h + leg_h, y + h - top_pad
    if spec.get("label"):
        d.text(c, x, y + h - size, spec["label"], d.BOLD, size)
    _ticks_v(c, x + label_w, py0, py1, ticks, size)
    n = max(len(cats), 1)
    gw = (px1 - px0) / n
    stacked = spec.get("stacked")
    bw = gw * 0.7 / (1 if stacked else series)
    decreasing = rotated
    for i, cat in enumerate(cats):
        gx = px0 + i * gw + gw * 0.15
        base = py0
        for s in range(series):
            f = _pseudo(i, s, n, decreasing)
            if stacked:
                f = f / series
            bh = (py1 - py0) * f
            d.fill(c, d.PALETTE[s % len(d.PALETTE)])
            bx = gx if stacked else gx + s * bw
            c.rect(bx, base, bw, bh, stroke=0, fill=1)
            if stacked:
                base += bh
        d.black(c)
        if rotated:
            c.saveState()
            c.translate(px0 + i * gw + gw / 2 + size / 3, py0 - 3)
            c.rotate(90)
            d.text(c, -d.width(cat, d.REGULAR, size), 0, cat, d.REGULAR, size)
            c.restoreState()
        else:
            d.text(c, px0 + i * gw + gw / 2 - d.width(cat, d.REGULAR, size) / 2, py0 - size - 3, cat,
                   d.REGULAR, size)
    c.setLineWidth(0.5)
    c.line(px0, py0, px1, py0)
    if legend:
        _legend(c, px0, y + leg_h - size - 2, legend, size)


def draw_hbar(c, x, y, w, h, spec):
    """Horizontal bars with their data labels at the bar ends, category labels on the axis."""
    rows = spec["rows"]
    axis = spec.get("axis", [])
    legend = spec.get("legend", [])
    size = CHART_SIZE
    lh = size * 1.2
    label_w = max([d.width(s, d.REGULAR, size) for r in rows for s in r[0].split("\n")] + [0]) + 6
    axis_h = size + 6 if axis else 0
    leg_h = len(legend) * (size + 4) + (4 if legend else 0)
    top_pad = size + 6 if spec.get("label") else 2
    if spec.get("label"):
        d.text(c, x, y + h - size, spec["label"], d.BOLD, size)
    end_w = max([d.width(s, d.REGULAR, size) for r in rows for b in r[1] if b and b[1]
                 for s in b[1].split("\n")] + [0])
    px0 = x + label_w
    px1 = x + w - (0 if axis else end_w + 6)
    py0, py1 = y + axis_h + leg_h, y + h - top_pad
    gh = (py1 - py0) / len(rows)
    vmax = spec["max"]
    for i, (cat, bars) in enumerate(rows):
        gy = py1 - (i + 1) * gh
        nb = len(bars)
        bh = gh * 0.72 / nb
        d.black(c)
        cat_lines = cat.split("\n")
        for k, s in enumerate(cat_lines):
            cy = gy + gh / 2 + (len(cat_lines) - 1) * lh / 2 - k * lh - size / 3
            d.text(c, px0 - 4 - d.width(s, d.REGULAR, size), cy, s, d.REGULAR, size)
        for s, bar in enumerate(bars):
            if bar is None:
                continue
            value, label = bar
            by = gy + gh * 0.86 - (s + 1) * bh
            bw = (px1 - px0) * value / vmax
            d.fill(c, d.PALETTE[s % len(d.PALETTE)])
            c.rect(px0, by, bw, bh * 0.9, stroke=0, fill=1)
            d.black(c)
            if label:
                lines = label.split("\n")
                for k, ln in enumerate(lines):
                    ly = by + bh * 0.45 + (len(lines) - 1) * lh / 2 - k * lh - size / 3
                    d.text(c, px0 + bw + 3, ly, ln, d.REGULAR, size)
    c.setLineWidth(0.5)
    c.line(px0, py0, px0, py1)
    for i, t in enumerate(axis):
        tx = px0 + (px1 - px0) * i / (len(axis) - 1)
        d.text(c, tx - d.width(t, d.REGULAR, size) / 2, py0 - size - 2, t, d.REGULAR, size)
    if legend:
        _legend(c, px0, y + leg_h - size - 2, legend, size)


def draw_stack(c, x, y, w, h, spec):
    """Stacked columns with the share of each segment printed on it."""
    size = CHART_SIZE
    ticks = spec["ticks"]
    legend = spec.get("legend", [])
    label_w = max(d.width(t, d.REGULAR, size) for t in ticks) + 4
    leg_h = len(legend) * (size + 4) + 4
    px0, px1 = x + label_w + 4, x + min(w, 260)
    py0, py1 = y + size + 6 + leg_h, y + h - 4
    _ticks_v(c, x + label_w, py0, py1, ticks, size)
    n = len(spec["bars"])
    gw = (px1 - px0) / n
    for i, (cat, total, segs) in enumerate(spec["bars"]):
        bx = px0 + i * gw + gw * 0.25
        bw = gw * 0.5
        base = py0
        for s, (frac, label) in enumerate(segs):
            bh = (py1 - py0) * total * frac
            d.fill(c, d.PALETTE[s % len(d.PALETTE)])
            c.rect(bx, base, bw, bh, stroke=0, fill=1)
            d.black(c)
            d.text(c, bx + bw + 3, base + bh / 2 - size / 3, label, d.REGULAR, size)
            base += bh
        d.text(c, bx + bw / 2 - d.width(cat, d.REGULAR, size) / 2, py0 - size - 3, cat, d.REGULAR, size)
    c.setLineWidth(0.5)
    c.line(px0, py0, px1, py0)
    _legend(c, px0, y + leg_h - size - 2, legend, size)


def draw_pie(c, cx, cy, r, slices, extra=(), size=CHART_SIZE):
    """Wedges proportional to the printed shares, labels "Syrië; 36%" outside the wedges, in a
    column on each side (pushed apart where small wedges would make them collide)."""
    total = sum(p for _l, p in slices)
    angle = 90.0
    lh = size * 1.2
    last = {"r": math.inf, "l": -math.inf}
    for i, (label, pct) in enumerate(slices):
        extent = -360.0 * pct / total
        d.fill(c, d.PALETTE[i % len(d.PALETTE)])
        c.setStrokeColorRGB(1, 1, 1)
        c.wedge(cx - r, cy - r, cx + r, cy + r, angle, extent, stroke=1, fill=1)
        mid = math.radians(angle + extent / 2)
        lines = label.split("\n")
        block = len(lines) * lh
        ly = cy + (r + 6) * math.sin(mid) + block / 2  # top of the label block
        side = "r" if math.cos(mid) >= 0 else "l"
        if side == "r":  # clockwise: labels on the right go down ...
            ly = min(ly, last["r"] - 2)
            last["r"] = ly - block
        else:  # ... and on the left they go up
            ly = max(ly, last["l"] + block + 2)
            last["l"] = ly
        d.black(c)
        for k, ln in enumerate(lines):
            tw = d.width(ln, d.REGULAR, size)
            tx = cx + r + 10 if side == "r" else cx - r - 10 - tw
            d.text(c, tx, ly - size - k * lh, ln, d.REGULAR, size)
        angle += extent
    for k, ln in enumerate(extra):
        d.text(c, cx - r - 90, cy + r - k * lh, ln, d.REGULAR, size)


# ---- figure regions on a body page ----

def figure_height(fig, lines, caption_lines):
    kind = fig["kind"]
    cap = len(caption_lines) * (CAPTION_SIZE + 2.5) + 6
    if kind == "table":
        return table_height(fig["table"]) + cap + 6
    if kind == "gtable":
        return gtable_height(lines) + cap
    if kind == "pie":
        return 120 + cap
    if kind == "blank":
        return 90 + cap
    if kind == "vbar" and "tail" in fig:
        return 175 + cap
    if kind == "hbar":
        return max(70, len(fig["rows"]) * 15 * max(len(r[1]) for r in fig["rows"]) ** 0.5 + 40) + cap
    return 140 + cap


def draw_figure(c, x, y_top, w, h, fig, lines, caption_lines, caption_markers, tail, scale=1.0):
    """Draw a figure region (content, then its caption under it) into the box below y_top."""
    cap_h = len(caption_lines) * (CAPTION_SIZE + 2.5) * scale + 6
    body_h = h - cap_h
    y = y_top - body_h
    kind = fig["kind"]
    d.black(c)
    if kind == "table":
        x0, _t, x1, _b = draw_table(c, x, y_top - 3, fig["table"])
    elif kind == "gtable":
        draw_gtable(c, x, y_top, w, [ln for ln in lines if ln.strip()])
    elif kind == "vbar":
        sl = fig.get("tail")
        cats = tail[slice(*sl)] if sl else None
        draw_vbar(c, x, y, w * 0.85, body_h - 4, fig | ({"cats": cats} if cats else {}), cats or [])
    elif kind == "hbar":
        draw_hbar(c, x, y, w * 0.8, body_h - 4, fig)
    elif kind == "stack":
        draw_stack(c, x, y, w, body_h - 4, fig)
    elif kind == "pie":
        r = min(body_h / 2 - 16, 44)
        draw_pie(c, x + w / 2 - 40, y + body_h / 2, r, fig["slices"], fig.get("extra", ()))
    elif kind == "blank":  # a map in the original; shapes only
        c.setFillColorRGB(0.85, 0.9, 0.95)
        c.roundRect(x, y + 4, w * 0.7, body_h - 8, 6, stroke=0, fill=1)
        d.black(c)
    cy = y - CAPTION_SIZE - 2
    for i, ln in enumerate(caption_lines):
        size = min(CAPTION_SIZE, CAPTION_SIZE * w / max(d.text_width(ln, d.OBLIQUE, CAPTION_SIZE), 1))
        markers = [(len(ln.strip().split(" ")) - 1, m) for m in caption_markers] if i == 0 else []
        d.text_with_markers(c, x, cy, ln.strip(), markers, d.OBLIQUE, size)
        cy -= (CAPTION_SIZE + 2.5) * scale
