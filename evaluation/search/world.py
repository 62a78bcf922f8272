"""A seeded world of fictional makers, as importer rows, each with its hidden ground truth.

    generate(seed=2026, size=500) -> [GeneratedMaker(row, truth)]

`row` is what the maker typed into the importer's CSV (artists/importer.py); `truth` is what the
maker really is and offers. The two differ on purpose, the way real listings do: a choir filed
only under "muziek", a band that writes "boek ons voor je feest" but never ticked "bookable",
flags ticked without a word in the text, a stale "looking for members" with a waiting list in the
text, voices wanted only in the text, a village instead of the town, typos, English texts. Search
is graded on the truth (queries.py), so an engine gets credit for reading the text, not only the
boxes.

Every name is invented from word parts and common first names and surnames; the places and
the art forms are real. One random.Random(seed) drives everything: same seed, same rows.
"""

import csv
import io
import random
from dataclasses import dataclass

from django.utils.text import slugify

SEED = 2026
SIZE = 500
# The importer's columns, copied on purpose rather than imported: the same world must import into
# older versions of the site too, for the side-by-side baseline (run.py drops the columns an
# older importer lacks, such as wanted_parts).
EXTRA_COLUMNS = ["wanted_parts"]
BASE_COLUMNS = [
    "external_id",
    "slug",
    "name",
    "kind",
    "intro",
    "description",
    "disciplines",
    "tags",
    "city",
    "neighbourhood",
    "languages",
    "age_groups",
    "year_founded",
    "looking_for_members",
    "bookable",
    "gives_lessons",
    "website",
    "contact_email",
    "rehearsal_place",
    "links",
]
COLUMNS = BASE_COLUMNS + EXTRA_COLUMNS

# --- geography: the evaluation's own ground truth ----------------------------------------------
# search/data/regions.csv is the copy shipped to the engine; grading never reads it.

# town: (weight, area, other names people write in the town field, neighbourhoods)
TOWNS = {
    "Heerlen": (
        10,
        "Parkstad",
        ["Hoensbroek", "Heerlerheide"],
        ["Centrum", "Schandelen", "Meezenbroek", "Molenberg", "Welten", "Zeswegen"],
    ),
    "Kerkrade": (
        6,
        "Parkstad",
        ["Eygelshoven"],
        ["Centrum", "Chevremont", "Bleijerheide", "Terwinselen", "Holz"],
    ),
    "Landgraaf": (4, "Parkstad", ["Schaesberg", "Nieuwenhagen", "Ubach over Worms"], []),
    "Brunssum": (4, "Parkstad", ["Treebeek"], ["Centrum", "Langeberg", "Rumpen"]),
    "Simpelveld": (1.5, "Parkstad", ["Bocholtz"], []),
    "Voerendaal": (1.5, "Parkstad", ["Klimmen", "Ubachsberg"], []),
    "Beekdaelen": (
        3,
        "Parkstad",
        ["Nuth", "Schinnen", "Schinveld", "Oirsbeek", "Amstenrade", "Hulsberg"],
        [],
    ),
    "Valkenburg": (
        2,
        "Heuvelland",
        ["Valkenburg aan de Geul", "Houthem", "Berg en Terblijt", "Schin op Geul"],
        [],
    ),
    "Gulpen": (1.5, "Heuvelland", ["Gulpen-Wittem", "Wittem", "Mechelen", "Epen"], []),
    "Vaals": (1.2, "Heuvelland", ["Lemiers", "Vijlen"], []),
    "Eijsden": (1.5, "Heuvelland", ["Eijsden-Margraten", "Gronsveld", "Mesch"], []),
    "Margraten": (1, "Heuvelland", ["Eijsden-Margraten", "Cadier en Keer", "Noorbeek"], []),
    "Meerssen": (2, "Heuvelland", ["Bunde", "Ulestraten", "Rothem"], []),
    "Sittard": (
        6,
        "Westelijke Mijnstreek",
        ["Sittard-Geleen", "Born", "Limbricht", "Munstergeleen"],
        ["Centrum", "Overhoven", "Limbrichterveld", "Ophoven", "Baandert"],
    ),
    "Geleen": (
        4,
        "Westelijke Mijnstreek",
        ["Sittard-Geleen", "Lindenheuvel"],
        ["Centrum", "Krawinkel", "Lutterade"],
    ),
    "Stein": (2, "Westelijke Mijnstreek", ["Elsloo", "Urmond", "Berg aan de Maas"], []),
    "Beek": (2, "Westelijke Mijnstreek", ["Spaubeek", "Neerbeek"], []),
    "Maastricht": (
        12,
        "Maastricht",
        [],
        [
            "Wyck",
            "Sphinxkwartier",
            "Malberg",
            "Heer",
            "Wittevrouwenveld",
            "Jekerkwartier",
            "Céramique",
            "Scharn",
            "Amby",
        ],
    ),
    "Utrecht": (
        14,
        "Provincie Utrecht",
        ["Leidsche Rijn", "Vleuten", "De Meern"],
        [
            "Lombok",
            "Oudwijk",
            "Overvecht",
            "Lunetten",
            "Zuilen",
            "Wittevrouwen",
            "Kanaleneiland",
            "Binnenstad",
        ],
    ),
    "Amersfoort": (
        7,
        "Provincie Utrecht",
        ["Hoogland"],
        ["Vathorst", "Kattenbroek", "Soesterkwartier", "Schothorst", "Nieuwland"],
    ),
    "Zeist": (
        3,
        "Provincie Utrecht",
        ["Den Dolder", "Huis ter Heide"],
        ["Centrum", "Kerckebosch", "Vollenhove"],
    ),
    "Nieuwegein": (3, "Provincie Utrecht", [], ["Galecop", "Batau", "Jutphaas", "Vreeswijk"]),
    "Houten": (2.5, "Provincie Utrecht", ["Schalkwijk", "'t Goy"], ["Centrum", "Castellum"]),
    "Veenendaal": (3, "Provincie Utrecht", [], ["Centrum", "Dragonder", "Petenbos"]),
    "IJsselstein": (2, "Provincie Utrecht", [], ["Zenderpark", "Achtersloot"]),
}
LIMBURG_AREAS = {"Parkstad", "Heuvelland", "Westelijke Mijnstreek", "Maastricht"}
ANCHOR_AREAS = [
    "Parkstad",
    "Heuvelland",
    "Westelijke Mijnstreek",
    "Maastricht",
    "Provincie Utrecht",
]
# What a visitor means by a region: the towns in it.
REGIONS = {
    "Parkstad": {t for t, spec in TOWNS.items() if spec[1] == "Parkstad"},
    "Heuvelland": {t for t, spec in TOWNS.items() if spec[1] == "Heuvelland"},
    "Westelijke Mijnstreek": {t for t, spec in TOWNS.items() if spec[1] == "Westelijke Mijnstreek"},
    "Maastricht-Heuvelland": {
        t for t, spec in TOWNS.items() if spec[1] in {"Heuvelland", "Maastricht"}
    },
    "Zuid-Limburg": {t for t, spec in TOWNS.items() if spec[1] in LIMBURG_AREAS},
    "Provincie Utrecht": {t for t, spec in TOWNS.items() if spec[1] == "Provincie Utrecht"},
}
# Half credit for a place: the next-larger area a visitor would still travel in.
REGION_PARENT = {
    "Parkstad": "Zuid-Limburg",
    "Heuvelland": "Maastricht-Heuvelland",
    "Westelijke Mijnstreek": "Zuid-Limburg",
    "Maastricht-Heuvelland": "Zuid-Limburg",
}


def nearby(town):
    """Towns a visitor who asked for `town` would also accept, half-heartedly."""
    area = TOWNS[town][1]
    if area in {"Heuvelland", "Maastricht"}:
        return REGIONS["Maastricht-Heuvelland"] - {town}
    if area == "Provincie Utrecht":
        return REGIONS["Provincie Utrecht"] - {town}
    return REGIONS[area] - {town}


def place_towns(place):
    """(full, partial) town sets for a town or a region name."""
    if place in TOWNS:
        return {place}, nearby(place)
    full = REGIONS[place]
    parent = REGION_PARENT.get(place)
    return full, (REGIONS[parent] - full) if parent else set()


# --- art forms -------------------------------------------------------------------------------

FAMILIES = {
    "music": {
        "choir",
        "band",
        "orchestra",
        "harmonie",
        "fanfare",
        "brass_band",
        "carnival_band",
        "musician",
        "music_school",
    },
    "dance": {"dance_school", "ballet", "street_dance", "folk_dance", "dance_group"},
    "theatre": {"theatre_group", "puppetry", "musical", "cabaret"},
    "visual": {"painter", "sculptor", "ceramist", "art_club", "street_art"},
    "photo": {"photographer", "photo_club"},
    "film": {"film"},
    "literature": {"writer", "spoken_word"},
    "circus": {"circus"},
    "heritage": {"heritage", "schutterij"},
}
FAMILY_OF = {form: family for family, forms in FAMILIES.items() for form in forms}
WIND_BANDS = {"harmonie", "fanfare", "brass_band"}

# The disciplines a careful maker would tick.
DISCIPLINES = {
    "choir": ["koor", "muziek"],
    "band": ["muziek"],
    "orchestra": ["muziek"],
    "harmonie": ["muziek"],
    "fanfare": ["muziek"],
    "brass_band": ["muziek"],
    "carnival_band": ["muziek"],
    "musician": ["muziek"],
    "music_school": ["muziek"],
    "dance_school": ["dans"],
    "ballet": ["dans"],
    "street_dance": ["dans", "urban-arts"],
    "folk_dance": ["dans", "erfgoed"],
    "dance_group": ["dans"],
    "theatre_group": ["theater"],
    "puppetry": ["theater"],
    "musical": ["theater", "muziek"],
    "cabaret": ["theater"],
    "painter": ["beeldende-kunst"],
    "sculptor": ["beeldende-kunst"],
    "ceramist": ["beeldende-kunst"],
    "art_club": ["beeldende-kunst"],
    "street_art": ["urban-arts", "beeldende-kunst"],
    "photographer": ["fotografie"],
    "photo_club": ["fotografie"],
    "film": ["film"],
    "writer": ["literatuur"],
    "spoken_word": ["spoken-word", "literatuur"],
    "circus": ["circus"],
    "heritage": ["erfgoed"],
    "schutterij": ["erfgoed", "muziek"],
}
# A plausible wrong or too-coarse choice, for the makers who tick the boxes loosely.
LOOSE_DISCIPLINES = {
    "choir": ["muziek"],
    "street_dance": ["urban-arts"],
    "folk_dance": ["erfgoed"],
    "musical": ["muziek"],
    "street_art": ["urban-arts"],
    "photo_club": ["beeldende-kunst"],
    "spoken_word": ["literatuur"],
    "circus": ["theater"],
    "schutterij": ["muziek"],
    "puppetry": ["beeldende-kunst"],
    "cabaret": ["spoken-word"],
    "film": ["fotografie"],
    "carnival_band": ["erfgoed"],
}

# Voices and instruments a group may look for: code -> (Dutch words, English word).
PARTS = {
    "soprano": (["sopraan", "sopranen"], "sopranos"),
    "alto": (["alt", "alten"], "altos"),
    "tenor": (["tenor", "tenoren"], "tenors"),
    "bass_voice": (["bas", "bassen"], "basses"),
    "drums": (["drummer", "slagwerker", "slagwerk"], "a drummer"),
    "bass_guitar": (["bassist", "basgitarist", "bas"], "a bass player"),
    "guitar": (["gitarist"], "a guitarist"),
    "keys": (["toetsenist", "keyboardspeler"], "a keyboard player"),
    "vocals": (["zanger", "zangeres", "leadzanger"], "a singer"),
    "trumpet": (["trompettist", "trompet", "bugel"], "trumpet players"),
    "clarinet": (["klarinettist", "klarinet"], "clarinet players"),
    "sax": (["saxofonist", "saxofoon"], "a saxophonist"),
    "trombone": (["trombonist", "trombone"], "a trombonist"),
    "tuba": (["tubaspeler", "tuba"], "a tuba player"),
    "horn": (["hoornist"], "a horn player"),
    "violin": (["violist", "violen"], "violinists"),
    "cello": (["cellist", "cello"], "a cellist"),
    "actors": (["spelers", "toneelspelers", "acteurs"], "actors"),
    "technician": (["technicus", "iemand voor licht en geluid"], "a technician"),
    "dancers": (["dansers", "mannelijke dansers"], "dancers"),
}

# genre code -> (Dutch phrase, English phrase, tags)
GENRES = {
    "classical": ("klassieke muziek", "classical music", ["klassiek"]),
    "pop": ("pop en musical", "pop songs", ["pop"]),
    "gospel": ("gospel en spirituals", "gospel", ["gospel"]),
    "shanty": ("zeemansliederen en shanties", "sea shanties", ["shanty", "zeemansliederen"]),
    "chamber": ("oude en nieuwe koormuziek", "early and modern choral music", ["a capella"]),
    "male": ("het Limburgse mannenkoorrepertoire", "the male choir repertoire", ["mannenkoor"]),
    "female": ("luchtige liederen voor vrouwenstemmen", "songs for women's voices", ["vrouwen"]),
    "world": ("liederen uit de hele wereld", "songs from all over the world", ["wereldmuziek"]),
    "rock": ("stevige rock", "rock", ["rock"]),
    "blues": ("blues en rock-'n-roll", "blues", ["blues"]),
    "jazz": ("jazzstandards en swing", "jazz standards and swing", ["jazz", "swing"]),
    "bigband": ("swing en bigbandmuziek", "big band swing", ["bigband", "jazz"]),
    "folk": ("folk en Ierse muziek", "folk and Irish tunes", ["folk"]),
    "metal": ("metal", "metal", ["metal"]),
    "covers": ("covers van de jaren 70 tot nu", "covers from the seventies to now", ["covers"]),
    "party": ("feestmuziek voor elk feest", "party music", ["feestband", "covers"]),
    "punk": ("punk", "punk", ["punk"]),
    "soul": ("soul en funk", "soul and funk", ["soul", "funk"]),
    "dialect": ("liedjes in het dialect", "songs in Limburgish", ["dialect", "limburgs"]),
    "symphonic": ("symfonische muziek", "symphonic works", ["symfonisch"]),
    "strings": ("muziek voor strijkers", "string music", ["strijkers"]),
    "concert": ("concertmuziek en marsen", "concert music and marches", ["concert"]),
    "carnival": ("carnavalsmuziek", "carnival music", ["carnaval", "vastelaovend"]),
    "singer_songwriter": ("eigen liedjes", "my own songs", ["singer-songwriter"]),
    "piano": ("pianomuziek", "piano music", ["piano"]),
    "dj": ("dansmuziek als DJ", "dance music as a DJ", ["dj"]),
    "salsa": ("salsa en bachata", "salsa and bachata", ["salsa", "bachata"]),
    "ballroom": ("stijldansen en latin", "ballroom and latin", ["stijldansen", "latin"]),
    "tango": ("Argentijnse tango", "Argentine tango", ["tango"]),
    "modern": ("moderne dans", "contemporary dance", ["modern", "hedendaagse dans"]),
    "jazzdance": ("jazzdance", "jazz dance", ["jazzdance"]),
    "hiphop": ("hiphop", "hip-hop", ["hiphop"]),
    "breakdance": ("breakdance", "breaking", ["breakdance", "breaking"]),
    "ballet_classic": ("klassiek ballet", "classical ballet", ["ballet"]),
    "folkdance": ("volksdansen uit binnen- en buitenland", "folk dances", ["volksdansen"]),
    "comedy": ("blijspelen", "comedies", ["blijspel", "komedie"]),
    "drama": ("drama en nieuw werk", "drama", ["drama"]),
    "openair": ("openluchtvoorstellingen", "open-air shows", ["openluchttheater"]),
    "dialect_theatre": ("toneel in het dialect", "plays in Limburgish", ["dialect", "toneel"]),
    "puppets": ("poppenspel", "puppet shows", ["poppen", "kindervoorstelling"]),
    "musical": ("musicals", "musicals", ["musical"]),
    "cabaret": ("cabaret", "stand-up comedy", ["cabaret", "humor"]),
    "oil": ("olieverf", "oil paint", ["olieverf"]),
    "watercolour": ("aquarel", "watercolour", ["aquarel"]),
    "abstract": ("abstract werk", "abstract work", ["abstract"]),
    "portrait": ("portretten", "portraits", ["portret"]),
    "landscape": ("landschappen", "landscapes", ["landschap"]),
    "stone": ("steen", "stone", ["steen"]),
    "wood": ("hout", "wood", ["hout"]),
    "bronze": ("brons", "bronze", ["brons"]),
    "pottery": ("draaien en handvormen", "throwing and hand building", ["pottenbakken", "klei"]),
    "graffiti": ("graffiti", "graffiti", ["graffiti"]),
    "mural": ("muurschilderingen", "murals", ["muurschildering"]),
    "wedding": ("bruiloften", "weddings", ["bruiloft"]),
    "nature": ("natuur", "nature", ["natuur"]),
    "street": ("straatfotografie", "street photography", ["straatfotografie"]),
    "documentary": ("documentaires", "documentaries", ["documentaire"]),
    "short": ("korte films", "short films", ["korte film"]),
    "novel": ("romans en verhalen", "novels and short stories", ["roman"]),
    "poetry": ("gedichten", "poems", ["poëzie"]),
    "childrens_books": ("kinderboeken", "children's books", ["kinderboeken"]),
    "slam": ("poetry slams", "poetry slams", ["poetry slam"]),
    "acrobatics": ("acrobatiek en trapeze", "acrobatics and trapeze", ["acrobatiek"]),
    "juggling": ("jongleren en eenwieleren", "juggling and unicycling", ["jongleren"]),
    "local_history": ("de geschiedenis van ons dorp", "local history", ["geschiedenis"]),
    "mining": ("het mijnverleden", "the mining past", ["mijnbouw", "mijnverleden"]),
    "folklore": ("oude tradities", "old traditions", ["traditie", "folklore"]),
    "general": ("van alles", "a bit of everything", []),
}

# Per art form: weight in the world, makers' kinds, genres, ages, chances that it really is
# bookable / gives lessons / looks for members, and which parts it may want.
FORMS = {
    "choir": {
        "weight": 56,
        "kinds": [("association", 6), ("group", 3), ("organisation", 1)],
        "genres": [
            ("classical", 4),
            ("pop", 5),
            ("gospel", 3),
            ("shanty", 2),
            ("chamber", 2),
            ("male", 3),
            ("female", 1),
            ("world", 1),
            ("jazz", 1),
            ("dialect", 1),
        ],
        "ages": [
            (("adults",), 5),
            (("adults", "seniors"), 4),
            (("children",), 1),
            (("youth",), 1),
            (("children", "youth"), 1),
            (("seniors",), 1),
        ],
        "p": (0.45, 0.05, 0.7),
        "parts": [("tenor", 5), ("bass_voice", 4), ("alto", 2), ("soprano", 2)],
    },
    "band": {
        "weight": 50,
        "kinds": [("group", 9), ("person", 1)],
        "genres": [
            ("pop", 3),
            ("rock", 4),
            ("blues", 2),
            ("jazz", 3),
            ("bigband", 2),
            ("folk", 2),
            ("metal", 1),
            ("covers", 3),
            ("party", 3),
            ("punk", 1),
            ("soul", 2),
            ("dialect", 1),
        ],
        "ages": [(("adults",), 8), (("youth",), 1), (("youth", "adults"), 1)],
        "p": (0.8, 0.05, 0.35),
        "parts": [
            ("drums", 4),
            ("bass_guitar", 3),
            ("guitar", 2),
            ("keys", 2),
            ("vocals", 3),
            ("sax", 1),
            ("trumpet", 1),
        ],
    },
    "orchestra": {
        "weight": 10,
        "kinds": [("association", 8), ("group", 2)],
        "genres": [("symphonic", 3), ("strings", 2), ("classical", 2)],
        "ages": [(("adults",), 4), (("adults", "seniors"), 3), (("youth",), 2)],
        "p": (0.4, 0.05, 0.75),
        "parts": [("violin", 4), ("cello", 3), ("horn", 1), ("clarinet", 1)],
    },
    "harmonie": {
        "weight": 22,
        "kinds": [("association", 1)],
        "genres": [("concert", 1)],
        "ages": [
            (("children", "youth", "adults", "seniors"), 4),
            (("adults", "seniors"), 3),
            (("youth", "adults"), 2),
        ],
        "p": (0.5, 0.35, 0.8),
        "parts": [
            ("trumpet", 2),
            ("clarinet", 3),
            ("sax", 2),
            ("trombone", 2),
            ("tuba", 1),
            ("horn", 1),
            ("drums", 2),
        ],
    },
    "fanfare": {
        "weight": 12,
        "kinds": [("association", 1)],
        "genres": [("concert", 1)],
        "ages": [(("youth", "adults", "seniors"), 3), (("adults", "seniors"), 2)],
        "p": (0.5, 0.3, 0.8),
        "parts": [("trumpet", 3), ("sax", 2), ("tuba", 2), ("trombone", 1), ("drums", 2)],
    },
    "brass_band": {
        "weight": 7,
        "kinds": [("association", 3), ("group", 1)],
        "genres": [("concert", 1)],
        "ages": [(("adults",), 2), (("youth", "adults"), 1)],
        "p": (0.6, 0.2, 0.7),
        "parts": [("trumpet", 3), ("tuba", 2), ("trombone", 2), ("drums", 1)],
    },
    "carnival_band": {
        "weight": 10,
        "kinds": [("group", 3), ("association", 2)],
        "genres": [("carnival", 1)],
        "ages": [(("adults",), 3), (("youth", "adults"), 1)],
        "p": (0.85, 0.0, 0.5),
        "parts": [("trumpet", 2), ("drums", 2), ("sax", 1), ("tuba", 1)],
    },
    "musician": {
        "weight": 26,
        "kinds": [("person", 1)],
        "genres": [
            ("singer_songwriter", 3),
            ("piano", 2),
            ("dj", 3),
            ("jazz", 1),
            ("classical", 2),
            ("folk", 1),
        ],
        "ages": [(("adults",), 5), (("children", "youth", "adults"), 1)],
        "p": (0.85, 0.4, 0.0),
        "parts": [],
    },
    "music_school": {
        "weight": 12,
        "kinds": [("organisation", 4), ("person", 1)],
        "genres": [("general", 3), ("piano", 1), ("pop", 1)],
        "ages": [(("children", "youth", "adults"), 3), (("children", "youth"), 2)],
        "p": (0.1, 1.0, 0.0),
        "parts": [],
    },
    "dance_school": {
        "weight": 22,
        "kinds": [("organisation", 5), ("person", 1)],
        "genres": [
            ("salsa", 2),
            ("ballroom", 3),
            ("tango", 1),
            ("modern", 1),
            ("jazzdance", 2),
            ("hiphop", 2),
        ],
        "ages": [
            (("children", "youth", "adults"), 3),
            (("adults", "seniors"), 2),
            (("children", "youth"), 2),
            (("adults",), 1),
            (("seniors",), 1),
        ],
        "p": (0.25, 1.0, 0.1),
        "parts": [],
    },
    "ballet": {
        "weight": 12,
        "kinds": [("organisation", 4), ("person", 1)],
        "genres": [("ballet_classic", 1)],
        "ages": [(("children", "youth"), 4), (("children", "youth", "adults"), 2)],
        "p": (0.15, 1.0, 0.0),
        "parts": [],
    },
    "street_dance": {
        "weight": 14,
        "kinds": [("group", 3), ("organisation", 1)],
        "genres": [("hiphop", 3), ("breakdance", 2)],
        "ages": [(("youth",), 4), (("children", "youth"), 2), (("youth", "adults"), 1)],
        "p": (0.6, 0.6, 0.4),
        "parts": [("dancers", 1)],
    },
    "folk_dance": {
        "weight": 10,
        "kinds": [("association", 3), ("group", 1)],
        "genres": [("folkdance", 1)],
        "ages": [(("adults", "seniors"), 3), (("seniors",), 2), (("children", "youth"), 1)],
        "p": (0.4, 0.3, 0.6),
        "parts": [("dancers", 1)],
    },
    "dance_group": {
        "weight": 10,
        "kinds": [("group", 1)],
        "genres": [("modern", 3), ("jazzdance", 1)],
        "ages": [(("adults",), 3), (("youth", "adults"), 1)],
        "p": (0.65, 0.2, 0.4),
        "parts": [("dancers", 1)],
    },
    "theatre_group": {
        "weight": 30,
        "kinds": [("association", 3), ("group", 2), ("organisation", 1)],
        "genres": [("comedy", 3), ("drama", 2), ("openair", 1), ("dialect_theatre", 2)],
        "ages": [
            (("adults",), 4),
            (("adults", "seniors"), 2),
            (("children", "youth"), 2),
            (("youth",), 1),
            (("children",), 1),
        ],
        "p": (0.35, 0.25, 0.6),
        "parts": [("actors", 4), ("technician", 2)],
    },
    "puppetry": {
        "weight": 8,
        "kinds": [("person", 2), ("group", 1)],
        "genres": [("puppets", 1)],
        "ages": [(("children",), 1)],
        "p": (0.9, 0.2, 0.0),
        "parts": [],
    },
    "musical": {
        "weight": 10,
        "kinds": [("association", 2), ("organisation", 1)],
        "genres": [("musical", 1)],
        "ages": [(("youth", "adults"), 2), (("children", "youth"), 1), (("adults",), 1)],
        "p": (0.3, 0.4, 0.6),
        "parts": [("actors", 2), ("vocals", 1), ("dancers", 1)],
    },
    "cabaret": {
        "weight": 8,
        "kinds": [("person", 3), ("group", 1)],
        "genres": [("cabaret", 1)],
        "ages": [(("adults",), 1)],
        "p": (0.9, 0.1, 0.0),
        "parts": [],
    },
    "painter": {
        "weight": 28,
        "kinds": [("person", 5), ("organisation", 1)],
        "genres": [
            ("oil", 2),
            ("watercolour", 2),
            ("abstract", 2),
            ("portrait", 1),
            ("landscape", 2),
        ],
        "ages": [
            (("adults",), 5),
            (("adults", "seniors"), 2),
            (("children", "adults"), 1),
            (("children",), 1),
        ],
        "p": (0.15, 0.45, 0.0),
        "parts": [],
    },
    "sculptor": {
        "weight": 9,
        "kinds": [("person", 1)],
        "genres": [("stone", 2), ("wood", 1), ("bronze", 1)],
        "ages": [(("adults",), 1)],
        "p": (0.15, 0.35, 0.0),
        "parts": [],
    },
    "ceramist": {
        "weight": 12,
        "kinds": [("person", 2), ("organisation", 1)],
        "genres": [("pottery", 1)],
        "ages": [(("adults",), 3), (("children", "adults"), 1)],
        "p": (0.1, 0.6, 0.0),
        "parts": [],
    },
    "art_club": {
        "weight": 13,
        "kinds": [("association", 3), ("group", 1)],
        "genres": [("general", 2), ("watercolour", 1), ("oil", 1)],
        "ages": [(("adults", "seniors"), 3), (("adults",), 1), (("children",), 1)],
        "p": (0.0, 0.35, 0.7),
        "parts": [],
    },
    "street_art": {
        "weight": 6,
        "kinds": [("person", 2), ("group", 1)],
        "genres": [("graffiti", 2), ("mural", 1)],
        "ages": [(("youth", "adults"), 2), (("adults",), 1)],
        "p": (0.7, 0.5, 0.0),
        "parts": [],
    },
    "photographer": {
        "weight": 20,
        "kinds": [("person", 1)],
        "genres": [("portrait", 2), ("wedding", 2), ("nature", 2), ("street", 1)],
        "ages": [(("adults",), 1)],
        "p": (0.8, 0.3, 0.0),
        "parts": [],
    },
    "photo_club": {
        "weight": 14,
        "kinds": [("association", 1)],
        "genres": [("general", 2), ("nature", 1), ("street", 1)],
        "ages": [(("adults", "seniors"), 3), (("adults",), 1)],
        "p": (0.0, 0.3, 0.75),
        "parts": [],
    },
    "film": {
        "weight": 10,
        "kinds": [("person", 2), ("group", 1)],
        "genres": [("documentary", 2), ("short", 2)],
        "ages": [(("adults",), 3), (("youth",), 1)],
        "p": (0.5, 0.3, 0.3),
        "parts": [("actors", 1), ("technician", 1)],
    },
    "writer": {
        "weight": 13,
        "kinds": [("person", 4), ("association", 1)],
        "genres": [("novel", 2), ("poetry", 2), ("childrens_books", 1), ("dialect", 1)],
        "ages": [(("adults",), 3), (("children",), 1)],
        "p": (0.35, 0.25, 0.1),
        "parts": [],
    },
    "spoken_word": {
        "weight": 9,
        "kinds": [("person", 3), ("group", 1)],
        "genres": [("slam", 2), ("poetry", 2)],
        "ages": [(("youth", "adults"), 2), (("adults",), 1)],
        "p": (0.75, 0.4, 0.1),
        "parts": [],
    },
    "circus": {
        "weight": 8,
        "kinds": [("organisation", 2), ("association", 1)],
        "genres": [("acrobatics", 1), ("juggling", 1)],
        "ages": [(("children", "youth"), 4), (("children",), 1), (("youth", "adults"), 1)],
        "p": (0.6, 0.85, 0.3),
        "parts": [],
    },
    "heritage": {
        "weight": 11,
        "kinds": [("association", 1)],
        "genres": [("local_history", 3), ("mining", 2)],
        "ages": [(("adults", "seniors"), 3), (("seniors",), 1)],
        "p": (0.1, 0.1, 0.6),
        "parts": [],
    },
    "schutterij": {
        "weight": 7,
        "kinds": [("association", 1)],
        "genres": [("folklore", 1)],
        "ages": [(("children", "youth", "adults", "seniors"), 2), (("adults",), 1)],
        "p": (0.3, 0.0, 0.6),
        "parts": [("drums", 2), ("trumpet", 1)],
    },
}

# Makers who do more than one thing: (forms, weight). The first form names the maker.
COMBINATIONS = [
    (("music_school", "dance_school", "theatre_group"), 3),
    (("dance_school", "ballet"), 3),
    (("photographer", "film"), 2),
    (("writer", "spoken_word"), 2),
    (("street_dance", "street_art"), 1),
    (("painter", "ceramist"), 2),
    (("musical", "choir"), 1),
]

# --- words makers use --------------------------------------------------------------------------

# Dutch nouns a maker calls itself by; {age} variants picked in noun().
NOUNS = {
    "choir": {
        "classical": ["Gemengd Koor", "Koorvereniging", "Zangvereniging", "Koor"],
        "pop": ["Popkoor", "Zanggroep", "Vocal Group", "Popkoor"],
        "gospel": ["Gospelkoor", "Gospel Choir", "Gospelgroep"],
        "shanty": ["Shantykoor", "Zeemanskoor"],
        "chamber": ["Kamerkoor", "Vocaal Ensemble"],
        "male": ["Mannenkoor", "Mannenzangvereniging"],
        "female": ["Vrouwenkoor", "Damesvocaal"],
        "world": ["Wereldkoor", "Zanggroep"],
        "jazz": ["Jazzkoor", "Vocal Group"],
        "dialect": ["Zanggroep", "Dialectkoor"],
        "children": ["Kinderkoor"],
        "youth": ["Jongerenkoor", "Jeugdkoor"],
        "seniors": ["Seniorenkoor", "Zanggroep 55+"],
    },
    "band": {
        "pop": ["Popband", "Band"],
        "rock": ["Rockband", "Band"],
        "blues": ["Bluesband", "Band"],
        "jazz": ["Jazzcombo", "Jazzkwartet", "Jazzband", "Trio"],
        "bigband": ["Bigband", "Big Band"],
        "folk": ["Folkgroep", "Folkband"],
        "metal": ["Band"],
        "covers": ["Coverband", "Band"],
        "party": ["Feestband", "Partyband", "Coverband"],
        "punk": ["Band"],
        "soul": ["Soulband", "Funkband"],
        "dialect": ["Dialectband", "Band"],
    },
    "orchestra": {
        "symphonic": ["Symfonieorkest", "Orkest"],
        "strings": ["Strijkorkest", "Strijkersensemble"],
        "classical": ["Kamerorkest", "Orkest"],
        "youth": ["Jeugdorkest"],
    },
    "harmonie": {"concert": ["Harmonie", "Harmonieorkest", "Koninklijke Harmonie"]},
    "fanfare": {"concert": ["Fanfare", "Fanfareorkest", "Fanfarecorps"]},
    "brass_band": {"concert": ["Brassband", "Brass Band"]},
    "carnival_band": {"carnival": ["Joekskapel", "Zaate Hermenie", "Blaaskapel", "Dweilorkest"]},
    "music_school": {
        "general": ["Muziekschool", "Muziekstudio", "Muziekcentrum"],
        "piano": ["Pianoschool", "Pianostudio"],
        "pop": ["Popschool", "Muziekstudio"],
    },
    "dance_school": {
        "salsa": ["Salsaschool", "Dansschool"],
        "ballroom": ["Dansschool", "Dansschool voor stijldansen"],
        "tango": ["Tangoschool", "Dansstudio"],
        "modern": ["Dansstudio", "Dansschool"],
        "jazzdance": ["Dansstudio", "Dansschool"],
        "hiphop": ["Dansschool", "Dance Studio"],
    },
    "ballet": {"ballet_classic": ["Balletschool", "Balletstudio", "Balletacademie"]},
    "street_dance": {
        "hiphop": ["Streetdance Crew", "Streetdancecrew", "Dance Crew", "Hiphopcrew"],
        "breakdance": ["Breakdancegroep", "Breaking Crew", "Crew"],
    },
    "folk_dance": {"folkdance": ["Volksdansgroep", "Folkloregroep", "Dansgroep"]},
    "dance_group": {
        "modern": ["Dansgezelschap", "Dansgroep", "Dance Company"],
        "jazzdance": ["Dansgroep", "Showdansgroep"],
    },
    "theatre_group": {
        "comedy": ["Toneelvereniging", "Toneelgroep", "Theatergroep"],
        "drama": ["Theatergroep", "Theatergezelschap", "Toneelgroep"],
        "openair": ["Openluchtspel", "Theatergroep"],
        "dialect_theatre": ["Dialecttoneel", "Toneelvereniging", "Dialectgroep"],
        "children": ["Jeugdtheater", "Kindertheater", "Jeugdtheaterschool"],
        "youth": ["Jeugdtheater", "Jongerentheater", "Jeugdtheatergroep"],
    },
    "puppetry": {"puppets": ["Poppentheater", "Marionettentheater", "Poppenkast"]},
    "musical": {"musical": ["Musicalgroep", "Musicalvereniging", "Musicalschool"]},
    "cabaret": {"cabaret": ["Cabaretgroep", "Cabaret"]},
    "painter": {"*": ["Atelier", "Schildersatelier", "Kunstatelier"]},
    "sculptor": {"*": ["Beeldhouwatelier", "Atelier"]},
    "ceramist": {"pottery": ["Keramiekatelier", "Pottenbakkerij", "Keramiekstudio"]},
    "art_club": {"*": ["Kunstkring", "Schilderclub", "Tekenclub", "Creatief Atelier"]},
    "street_art": {"*": ["Streetart Collectief", "Graffiti Collectief"]},
    "photo_club": {"*": ["Fotoclub", "Fotokring", "Fotowerkgroep", "Fotovereniging"]},
    "film": {"*": ["Filmcollectief", "Filmclub", "Jeugdfilmclub"]},
    "writer": {"*": ["Schrijfgroep", "Schrijverskring"]},
    "spoken_word": {"*": ["Poëziecollectief", "Spoken Word Collectief"]},
    "circus": {
        "acrobatics": ["Circusschool", "Jeugdcircus", "Circus"],
        "juggling": ["Jeugdcircus", "Circusschool", "Circus"],
    },
    "heritage": {
        "local_history": ["Heemkundevereniging", "Heemkundekring", "Historische Kring"],
        "mining": ["Stichting Mijnerfgoed", "Werkgroep Mijnverleden", "Heemkundekring"],
    },
    "schutterij": {"folklore": ["Schutterij", "Schuttersgilde"]},
}
# What a person in that art form calls themself (Dutch, English).
PERSON_TITLES = {
    "musician": {
        "singer_songwriter": ("singer-songwriter", "singer-songwriter"),
        "piano": ("pianist", "pianist"),
        "dj": ("DJ", "DJ"),
        "jazz": ("jazzgitarist", "jazz guitarist"),
        "classical": ("violiste", "violinist"),
        "folk": ("accordeonist", "accordion player"),
    },
    "band": {"*": ("muzikant", "musician")},
    "music_school": {"*": ("muziekdocent", "music teacher")},
    "dance_school": {"*": ("dansdocent", "dance teacher")},
    "ballet": {"*": ("balletdocente", "ballet teacher")},
    "puppetry": {"*": ("poppenspeler", "puppeteer")},
    "cabaret": {"*": ("cabaretier", "comedian")},
    "painter": {"*": ("kunstschilder", "painter")},
    "sculptor": {"*": ("beeldhouwer", "sculptor")},
    "ceramist": {"*": ("keramist", "ceramic artist")},
    "street_art": {"*": ("graffitikunstenaar", "street artist")},
    "photographer": {
        "wedding": ("trouwfotograaf", "wedding photographer"),
        "portrait": ("portretfotograaf", "portrait photographer"),
        "nature": ("natuurfotograaf", "nature photographer"),
        "street": ("fotograaf", "photographer"),
    },
    "film": {"*": ("filmmaker", "filmmaker")},
    "writer": {
        "childrens_books": ("kinderboekenschrijver", "children's author"),
        "poetry": ("dichter", "poet"),
        "*": ("schrijver", "writer"),
    },
    "spoken_word": {"*": ("spoken word-artiest", "spoken word artist")},
}
# English nouns for groups writing in English.
EN_NOUNS = {
    "choir": "choir",
    "band": "band",
    "orchestra": "orchestra",
    "harmonie": "wind orchestra",
    "fanfare": "fanfare band",
    "brass_band": "brass band",
    "carnival_band": "carnival band",
    "music_school": "music school",
    "dance_school": "dance school",
    "ballet": "ballet school",
    "street_dance": "street dance crew",
    "folk_dance": "folk dance group",
    "dance_group": "dance company",
    "theatre_group": "theatre group",
    "puppetry": "puppet theatre",
    "musical": "musical group",
    "cabaret": "comedy group",
    "art_club": "art club",
    "painter": "painting studio",
    "sculptor": "sculpture studio",
    "ceramist": "pottery studio",
    "street_art": "street art collective",
    "photo_club": "photo club",
    "film": "film collective",
    "writer": "writers' group",
    "spoken_word": "spoken word collective",
    "circus": "circus school",
    "heritage": "local history society",
    "schutterij": "marksmen's guild",
}

# What a group does, in its own words (we-form). {genre} is the genre phrase.
DOES_NL = {
    "choir": [
        "We zingen {genre}.",
        "Ons repertoire: {genre}.",
        "Wij zingen vooral {genre}, meerstemmig en met veel plezier.",
        "Elke week zingen we samen {genre}.",
    ],
    "band": [
        "We spelen {genre}.",
        "Wij maken {genre}, live en met veel energie.",
        "Ons ding: {genre}.",
    ],
    "orchestra": ["Wij spelen {genre}.", "Ons orkest speelt {genre} op amateurniveau."],
    "harmonie": [
        "We spelen {genre} en treden op bij processies en concoursen.",
        "Wij verzorgen concerten met {genre}.",
    ],
    "fanfare": ["We spelen {genre}.", "Onze fanfare speelt {genre} bij feesten in het dorp."],
    "brass_band": ["Wij spelen {genre} in echte brassbandbezetting."],
    "carnival_band": [
        "Wij spelen {genre} in de vastelaovend en op feesten.",
        "Met de vastelaovend zijn we niet te missen: {genre} op straat en in de zaal.",
    ],
    "music_school": [
        "Bij ons leer je een instrument bespelen.",
        "Les in piano, gitaar, drums, zang en meer.",
    ],
    "dance_school": ["Bij ons leer je {genre}.", "Wij geven lessen {genre}."],
    "ballet": ["Wij geven lessen {genre}.", "Sierlijk en sterk: {genre}."],
    "street_dance": ["We dansen {genre}.", "Wij zijn dansers: {genre}, battles en shows."],
    "folk_dance": ["Wij dansen {genre}.", "We houden {genre} levend."],
    "dance_group": ["Wij maken voorstellingen met {genre}.", "We dansen {genre}."],
    "theatre_group": [
        "Wij spelen {genre}.",
        "Elk jaar brengen we een nieuwe voorstelling: {genre}.",
        "We spelen toneel, vooral {genre}.",
    ],
    "puppetry": ["Voorstellingen met {genre} voor kinderen."],
    "musical": ["Wij brengen {genre} op het podium, met zang, dans en spel."],
    "cabaret": ["Wij maken {genre}."],
    "art_club": [
        "Wij tekenen en schilderen samen: {genre}.",
        "Onze leden schilderen en tekenen: {genre}.",
    ],
    "street_art": ["Wij maken {genre}."],
    "painter": ["In ons atelier wordt geschilderd: {genre}.", "Wij werken vooral met {genre}."],
    "ceramist": ["In ons atelier werken we met klei: {genre}."],
    "photo_club": [
        "Wij fotograferen samen en bespreken elkaars werk.",
        "Onze leden fotograferen graag: {genre}.",
    ],
    "film": ["Wij maken {genre}."],
    "writer": ["Wij schrijven samen en lezen elkaars werk: {genre}."],
    "spoken_word": ["Wij treden op met {genre}.", "Samen schrijven en spelen we {genre}."],
    "circus": ["Bij ons leer je {genre}."],
    "heritage": [
        "Wij onderzoeken {genre}.",
        "Wij verzamelen foto's en verhalen over {genre}.",
    ],
    "schutterij": ["Wij houden {genre} in ere, met tamboers, vendels en het schieten."],
}
# What a person does (I-form).
DOES_PERSON_NL = {
    "musician": ["Ik speel {genre}.", "Ik maak {genre}."],
    "band": ["Ik speel {genre}, solo of met een vaste band."],
    "music_school": ["Ik geef muziekles aan huis en in mijn studio."],
    "dance_school": ["Ik geef danslessen: {genre}."],
    "ballet": ["Ik geef lessen {genre}."],
    "puppetry": ["Ik speel voorstellingen met {genre}."],
    "cabaret": ["Ik maak {genre} over het leven in Limburg en daarbuiten."],
    "painter": ["Ik schilder graag, vooral {genre}.", "Mijn werk: {genre}."],
    "sculptor": ["Ik werk in {genre}.", "Ik maak beelden van {genre}."],
    "ceramist": ["Ik werk met klei: {genre}."],
    "street_art": ["Ik maak {genre}."],
    "photographer": ["Ik fotografeer {genre}.", "Mijn specialiteit: {genre}."],
    "film": ["Ik maak {genre}."],
    "writer": ["Ik schrijf {genre}."],
    "spoken_word": ["Ik schrijf en speel {genre}."],
}
DOES_EN = {
    "group": ["We play {genre}.", "Our thing is {genre}.", "We make {genre}."],
    "choir": ["We sing {genre}.", "Our repertoire: {genre}."],
    "person": ["I make {genre}.", "My work: {genre}."],
}

FIRST_NAMES = [
    "Noor",
    "Sjef",
    "Bram",
    "Lieke",
    "Daan",
    "Fenna",
    "Jos",
    "Marieke",
    "Ruud",
    "Sanne",
    "Thijs",
    "Ilse",
    "Koen",
    "Anouk",
    "Mila",
    "Youssef",
    "Esra",
    "Piotr",
    "Giulia",
    "Hein",
    "Truus",
    "Wiel",
    "Mia",
    "Lotte",
    "Jeroen",
    "Elif",
    "Rianne",
    "Stijn",
    "Nadia",
    "Gijs",
]
SURNAMES = [
    "Vaessen",
    "Bemelmans",
    "Coenen",
    "Dassen",
    "Houben",
    "Kusters",
    "Lemmens",
    "Maessen",
    "Notermans",
    "Ramakers",
    "Wetzels",
    "Frissen",
    "Pluijmen",
    "Lardinois",
    "Schoenmakers",
    "van der Linden",
    "de Graaf",
    "Verhoef",
    "Bosman",
    "van Wijk",
    "Aksoy",
    "El Idrissi",
    "Nowak",
    "Ferrante",
    "Hameleers",
    "Geurts",
    "Kessels",
    "Op de Beek",
    "Brouns",
    "Moonen",
]
# Parts of invented names: "Mergelklank", "Kolenvonk", "Geulstem".
NAME_HEADS = [
    "Mergel",
    "Geul",
    "Kolen",
    "Zilver",
    "Noten",
    "Klank",
    "Zon",
    "Maan",
    "Lente",
    "Herfst",
    "Wind",
    "Bron",
    "Heide",
    "Linden",
    "Kasteel",
    "Berg",
    "Beek",
    "Toren",
    "Sterren",
    "Vlinder",
    "Kiezel",
    "Klaver",
    "Hazel",
    "Wilg",
    "Eiken",
    "Lijster",
    "Krekel",
    "Kompas",
    "Vuurtoren",
    "Roodborst",
]
NAME_TAILS = [
    "klank",
    "lied",
    "zang",
    "vonk",
    "hart",
    "draad",
    "spel",
    "stap",
    "veer",
    "steen",
    "licht",
    "kleur",
    "gloed",
    "toon",
    "kracht",
    "vuur",
    "roos",
    "sprong",
    "wiek",
    "poort",
]
EN_ADJECTIVES = ["Rusty", "Velvet", "Crooked", "Hollow", "Lazy", "Dusty", "Copper", "Loose"]
EN_NOUNS_BAND = ["Pylons", "Tramlines", "Kettles", "Lampposts", "Cranes", "Sandbanks", "Kites"]
# Nouns that go after the name, English style: "Kolenvonk Vocal Group".
ENGLISH_STYLE_NOUNS = {
    "Vocal Group",
    "Gospel Choir",
    "Big Band",
    "Dance Crew",
    "Brass Band",
    "Crew",
}
PLACE_WORDS = ["De Linde", "Het Anker", "De Kroonzaal", "De Schakel", "Het Trefpunt", "De Brug"]


@dataclass(frozen=True)
class Truth:
    """What a maker really is and offers, whatever its fields say."""

    forms: tuple
    genres: tuple
    town: str
    bookable: bool
    lessons: bool
    members: bool
    ages: tuple
    parts: tuple
    languages: tuple
    written_in: str  # the language of its texts

    @property
    def families(self):
        return {FAMILY_OF[form] for form in self.forms}


@dataclass(frozen=True)
class GeneratedMaker:
    row: dict
    truth: Truth

    @property
    def slug(self):
        return self.row["slug"]

    @property
    def name(self):
        return self.row["name"]


# --- the generator ----------------------------------------------------------------------------


def weighted(rng, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


class World:
    """One generation run; every choice comes from `self.rng`."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.names = set()
        self.slugs = set()

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, items):
        return self.rng.choice(items)

    # -- truth --

    def truth(self, anchor=None):
        rng = self.rng
        if anchor:
            forms = (anchor[0],)
        elif self.chance(0.06):
            forms = weighted(rng, COMBINATIONS)
        else:
            forms = (weighted(rng, [(f, spec["weight"]) for f, spec in FORMS.items()]),)
        main = FORMS[forms[0]]
        genres = (weighted(rng, main["genres"]),)
        for extra in forms[1:]:
            genres += (weighted(rng, FORMS[extra]["genres"]),)
        towns = [(t, spec[0]) for t, spec in TOWNS.items() if not anchor or spec[1] == anchor[1]]
        town = weighted(rng, towns)
        ages = set(weighted(rng, main["ages"]))
        for extra in forms[1:]:
            ages |= set(weighted(rng, FORMS[extra]["ages"]))
        p_book, p_lessons, p_members = main["p"]
        for extra in forms[1:]:
            p_book = max(p_book, FORMS[extra]["p"][0])
            p_lessons = max(p_lessons, FORMS[extra]["p"][1])
        bookable = self.chance(p_book)
        lessons = self.chance(p_lessons)
        kind = weighted(rng, main["kinds"])
        members = kind != "person" and self.chance(p_members)
        parts = ()
        if members and main["parts"] and self.chance(0.7):
            count = 1 if self.chance(0.55) else 2
            chosen = []
            while len(chosen) < count:
                part = weighted(rng, main["parts"])
                if part not in chosen:
                    chosen.append(part)
                if len(chosen) >= len(main["parts"]):
                    break
            parts = tuple(chosen)
        limburg = TOWNS[town][1] in LIMBURG_AREAS
        written_in = (
            "en" if self.chance(0.1 if town in {"Maastricht", "Utrecht"} else 0.07) else "nl"
        )
        languages = ["en"] if written_in == "en" else ["nl"]
        if written_in == "en" and self.chance(0.5):
            languages.append("nl")
        if limburg and written_in == "nl" and self.chance(0.3):
            languages.append("li")
        if town in {"Vaals", "Kerkrade", "Simpelveld", "Landgraaf"} and self.chance(0.35):
            languages.append("de")
        if written_in == "nl" and self.chance(0.06):
            languages.append(self.pick(["en", "tr", "pl", "ar", "es"]))
        return kind, Truth(
            forms=forms,
            genres=genres,
            town=town,
            bookable=bookable,
            lessons=lessons,
            members=members,
            ages=tuple(a for a in ("children", "youth", "adults", "seniors") if a in ages),
            parts=parts,
            languages=tuple(dict.fromkeys(languages)),
            written_in=written_in,
        )

    # -- names --

    def invented(self):
        for _ in range(50):
            word = self.pick(NAME_HEADS) + self.pick(NAME_TAILS)
            if word.lower() not in {n.lower() for n in self.names}:
                return word
        return self.pick(NAME_HEADS) + self.pick(NAME_TAILS) + self.pick(["je", "s", "en"])

    def person(self):
        return f"{self.pick(FIRST_NAMES)} {self.pick(SURNAMES)}"

    def noun(self, form, genre, ages):
        options = NOUNS.get(form, {})
        if ages == ("children",) and "children" in options:
            return self.pick(options["children"])
        if ages in {("youth",), ("children", "youth")} and "youth" in options:
            return self.pick(options["youth"])
        if ages == ("seniors",) and "seniors" in options and self.chance(0.7):
            return self.pick(options["seniors"])
        return self.pick(options.get(genre) or options.get("*") or ["Groep"])

    def name(self, kind, truth, written_in):
        form, genre = truth.forms[0], truth.genres[0]
        place = self.written_place(truth.town, for_name=True)
        for _ in range(40):
            if kind == "person":
                name = self.person()
                if self.chance(0.25) and form in {"painter", "ceramist", "sculptor"}:
                    name = f"{self.noun(form, genre, truth.ages)} {name.split()[0]}"
                elif self.chance(0.15) and form in {"photographer", "film"}:
                    name = f"{name.split()[0]} {self.pick(['Fotografie', 'Beeld', 'Studio'])}"
            elif form == "band" and self.chance(0.5):
                name = (
                    f"The {self.pick(EN_ADJECTIVES)} {self.pick(EN_NOUNS_BAND)}"
                    if self.chance(0.5)
                    else f"{self.pick(FIRST_NAMES)} en de {self.invented()}ers"
                )
            elif written_in == "en" and self.chance(0.5):
                name = f"{self.invented()} {EN_NOUNS.get(form, 'Collective').title()}"
            else:
                noun = self.noun(form, genre, truth.ages)
                style = self.rng.random()
                if style < 0.55:
                    name = f"{noun} {self.invented()}"
                elif style < 0.8:
                    name = f"{noun} {self.invented()} {place}".strip()
                elif noun in ENGLISH_STYLE_NOUNS:
                    name = f"{self.invented()} {noun}"
                else:
                    name = f"{noun} De {self.invented()}"
            if name.lower() not in {n.lower() for n in self.names} and slugify(name) not in (
                self.slugs
            ):
                self.names.add(name)
                self.slugs.add(slugify(name))
                return name
        raise RuntimeError("could not invent a unique name")

    # -- places --

    def written_place(self, town, for_name=False):
        """How a maker writes its town: mostly the town, often a village or municipality."""
        _w, _area, others, _n = TOWNS[town]
        roll = self.rng.random()
        if town == "Beekdaelen" and roll < 0.6:
            return self.pick(others)
        if for_name:
            return town if roll < 0.7 or not others else self.pick(others)
        if others and roll < 0.2:
            return self.pick(others)
        return town

    def city_field(self, town):
        roll = self.rng.random()
        if roll < 0.04:
            return ""  # the town is only in the text and the rehearsal place
        if roll < 0.08:
            return town.lower()
        return self.written_place(town)

    # -- texts --

    def genre_phrase(self, genre, language):
        nl, en, _tags = GENRES[genre]
        return en if language == "en" else nl

    def parts_words(self, parts, language):
        if language == "en":
            words = [PARTS[p][1] for p in parts]
        else:
            words = [self.pick(PARTS[p][0][:2]) for p in parts]
        return " and ".join(words) if language == "en" else " en ".join(words)

    def age_phrase(self, ages, language):
        if language == "en":
            table = {
                ("children",): "for children from 6 to 12",
                ("youth",): "for teenagers",
                ("children", "youth"): "for kids and teens",
                ("seniors",): "for people over 60",
                ("adults", "seniors"): "for adults of every age",
            }
            return table.get(ages, "for everyone")
        table = {
            ("children",): self.pick(
                ["voor kinderen van 6 tot 12 jaar", "voor kids", "vanaf 4 jaar"]
            ),
            ("youth",): self.pick(["voor jongeren van 12 tot 18", "voor tieners", "voor de jeugd"]),
            ("children", "youth"): self.pick(["voor kinderen en jongeren", "voor de jeugd"]),
            ("seniors",): self.pick(["voor 55-plussers", "voor senioren", "voor ouderen"]),
            ("adults", "seniors"): self.pick(
                ["voor volwassenen van elke leeftijd", "van 30 tot 90"]
            ),
            ("adults",): self.pick(["voor volwassenen", "vanaf 18 jaar"]),
        }
        return table.get(ages, self.pick(["voor jong en oud", "voor iedereen, van 8 tot 88"]))

    def texts(self, name, kind, truth, city_text, place_line):
        """(intro, description, mentions): mentions says which offers the text states."""
        lang = truth.written_in
        limburg = TOWNS[truth.town][1] in LIMBURG_AREAS
        form, genre = truth.forms[0], truth.genres[0]
        genre_text = self.genre_phrase(genre, lang)
        mentions = {"bookable": False, "lessons": False, "members": False, "parts": False}
        sentences = []
        where = f" in {city_text}" if city_text else ""
        founded = ""
        if lang == "en":
            noun = EN_NOUNS.get(form, "group")
            if kind == "person":
                title = title_for(form, genre)[1]
                intro = self.pick(
                    [
                        f"I am a {title}{' based' if where else ''}{where}.",
                        f"{title[0].upper() + title[1:]}{where}, making {genre_text}.",
                    ]
                )
                does = self.pick(DOES_EN["person"]).format(genre=genre_text)
            else:
                intro = self.pick(
                    [
                        f"We are a {noun}{where}.",
                        f"{name} is an international {noun}{where}.",
                        f"A friendly {noun}{where}, open to everyone.",
                    ]
                )
                pool = DOES_EN["choir"] if form == "choir" else DOES_EN["group"]
                does = self.pick(pool).format(genre=genre_text)
            sentences.append(does)
            if truth.ages and truth.ages != ("adults",) and self.chance(0.7):
                sentences.append(f"Our activities are {self.age_phrase(truth.ages, 'en')}.")
            if truth.members and self.chance(0.75):
                mentions["members"] = True
                if truth.parts and self.chance(0.8):
                    mentions["parts"] = True
                    sentences.append(
                        f"We are looking for {self.parts_words(truth.parts, 'en')}. Join us!"
                    )
                else:
                    sentences.append("New members are very welcome, no audition needed.")
            if truth.bookable and self.chance(0.6):
                mentions["bookable"] = True
                sentences.append("You can book us for parties, weddings and company events.")
            if truth.lessons and self.chance(0.7):
                mentions["lessons"] = True
                sentences.append("We also give lessons and workshops, in English and Dutch.")
            if place_line:
                sentences.append(f"We meet at {place_line}.")
            sentences.append("Drop us a message through the form.")
        else:
            if kind == "person":
                title = title_for(form, genre)[0]
                first = name.split()[0]
                intro = self.pick(
                    [
                        f"Ik ben {first}, {title}{where}.",
                        f"{title[0].upper() + title[1:]}{where}.",
                        f"Als {title}{where} maak ik {genre_text}."
                        if title.lower() not in genre_text.lower()
                        else f"{first}: {title}{where}.",
                    ]
                )
                pool = DOES_PERSON_NL.get(form) or ["Ik maak {genre}."]
            else:
                noun = self.noun(form, genre, truth.ages).lower()
                year = self.founded(form)
                founded = str(year) if self.chance(0.7) else ""
                intro = self.pick(
                    [
                        f"{name} is een {noun}{where}.",
                        f"Wij zijn een {noun}{where}, met plezier voorop.",
                        f"Sinds {year} actief als {noun}{where}."
                        if founded
                        else f"Een {noun}{where} waar het gezellig is.",
                        f"Een {noun}{where} met zo'n {self.rng.randint(12, 70)} leden.",
                    ]
                )
                pool = DOES_NL.get(form) or ["Wij maken {genre}."]
            sentences.append(self.pick(pool).format(genre=genre_text))
            for extra in truth.forms[1:]:
                sentences.append(self.pick(ALSO_NL[extra]))
            if truth.ages and truth.ages != ("adults",) and self.chance(0.7):
                pool = ["Ik werk {a}."] + (["Mijn lessen zijn {a}."] if truth.lessons else [])
                if kind != "person":
                    pool = ["Onze activiteiten zijn {a}.", "Wij zijn er {a}.", "Alles {a}."]
                sentences.append(self.pick(pool).format(a=self.age_phrase(truth.ages, "nl")))
            if truth.members and self.chance(0.7):
                mentions["members"] = True
                if truth.parts and self.chance(0.8):
                    mentions["parts"] = True
                    words = self.parts_words(truth.parts, "nl")
                    sentences.append(
                        self.pick(
                            [
                                f"We zoeken nog: {words}!",
                                f"Gezocht: {words}.",
                                f"Vacature: {words}. Kom een keer meedoen.",
                                f"Extra {words} gezocht!",
                            ]
                        )
                    )
                else:
                    sentences.append(
                        self.pick(
                            [
                                "Nieuwe leden zijn altijd welkom.",
                                "Kom gerust eens kijken, een proefrepetitie is gratis.",
                                "Wil je meedoen? Je bent welkom, ervaring is niet nodig.",
                                "We zoeken nieuwe leden!",
                            ]
                        )
                    )
            elif not truth.members and kind != "person" and self.chance(0.12):
                sentences.append(
                    self.pick(
                        [
                            "Op dit moment hebben we een ledenstop.",
                            "We zitten vol; er is een wachtlijst.",
                        ]
                    )
                )
            if truth.bookable and self.chance(0.6) and kind == "person":
                mentions["bookable"] = True
                sentences.append(
                    self.pick(
                        [
                            "Boek mij voor je feest, bruiloft of bedrijf.",
                            "Ik ben te boeken voor opdrachten en optredens.",
                            "Vraag gerust een offerte aan.",
                        ]
                    )
                )
            elif truth.bookable and self.chance(0.6):
                mentions["bookable"] = True
                sentences.append(
                    self.pick(
                        [
                            "Boek ons voor je feest, bruiloft of bedrijfsfeest!",
                            "Wij treden graag op, ook bij jou: vraag naar de mogelijkheden.",
                            "Een optreden op je feest of in je zaak? Neem contact op.",
                            "Inhuren kan, voor feesten, jubilea en uitvaarten.",
                        ]
                    )
                )
            if truth.lessons and self.chance(0.7) and kind == "person":
                mentions["lessons"] = True
                sentences.append(
                    self.pick(
                        [
                            "Ik geef ook les, privé of in een kleine groep.",
                            "Workshops en cursussen op aanvraag.",
                            "Een proefles is altijd gratis.",
                        ]
                    )
                )
            elif truth.lessons and self.chance(0.7):
                mentions["lessons"] = True
                sentences.append(
                    self.pick(
                        [
                            "We geven ook les en workshops.",
                            "Je kunt bij ons lessen volgen, ook als beginner.",
                            "Cursussen en workshops voor beginners en gevorderden.",
                            "Een proefles is altijd gratis.",
                        ]
                    )
                )
            if place_line and kind != "person":
                sentences.append(
                    self.pick(
                        [
                            f"We repeteren elke {self.day()} in {place_line}.",
                            f"Je vindt ons in {place_line}.",
                            f"Oefenen doen we in {place_line}.",
                        ]
                    )
                )
            sentences.append(
                self.pick(
                    [
                        "Stuur me een bericht via het formulier."
                        if kind == "person"
                        else "Stuur ons een bericht via het formulier.",
                        "Neem gerust contact op.",
                        "Kom gerust ens langs!" if limburg else "Kom gerust langs!",
                        "Meer weten? Stuur een berichtje.",
                    ]
                )
            )
        # One or two paragraphs; some makers put everything in the intro.
        if len(sentences) > 3 and self.chance(0.5):
            cut = self.rng.randint(1, len(sentences) - 1)
            description = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        else:
            description = " ".join(sentences)
        if self.chance(0.12):
            intro, description = self.typos(intro), self.typos(description)
        return intro[:300], description, mentions, founded

    def founded(self, form):
        """A plausible founding year: old wind bands and guilds, young crews and studios."""
        if form in {"harmonie", "fanfare", "schutterij", "heritage"}:
            return self.rng.randint(1850, 1985)
        if form in {"choir", "orchestra", "theatre_group", "folk_dance", "art_club", "photo_club"}:
            return self.rng.randint(1920, 2021)
        return self.rng.randint(1978, 2023)

    def day(self):
        return self.pick(["maandagavond", "dinsdagavond", "woensdag", "donderdagavond", "vrijdag"])

    def typos(self, text):
        """A few slips of the kind people make: a swapped, dropped or doubled letter."""
        words = text.split(" ")
        candidates = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        for i in self.rng.sample(candidates, min(len(candidates), self.rng.randint(1, 2))):
            word, at = words[i], self.rng.randint(1, len(words[i]) - 3)
            how = self.rng.random()
            if how < 0.4:
                word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            elif how < 0.7:
                word = word[:at] + word[at + 1 :]
            else:
                word = word[:at] + word[at] + word[at:]
            words[i] = word
        return " ".join(words)

    # -- fields --

    def disciplines(self, truth):
        slugs = []
        roll = self.rng.random()
        for form in truth.forms:
            if roll < 0.05:
                continue  # ticked nothing
            if roll < 0.25 and form in LOOSE_DISCIPLINES:
                slugs += LOOSE_DISCIPLINES[form]
            elif self.chance(0.3):
                slugs += DISCIPLINES[form][:1]
            else:
                slugs += DISCIPLINES[form]
        return list(dict.fromkeys(slugs))

    def tags(self, truth, mentions):
        if self.chance(0.25):
            return []
        tags = []
        for genre in truth.genres:
            tags += GENRES[genre][2]
        if truth.written_in == "en":
            tags = [GENRES[g][1] for g in truth.genres] + tags[:1]
        if truth.ages == ("children",) and self.chance(0.5):
            tags.append("kinderen")
        if truth.members and not mentions["members"] and self.chance(0.3):
            tags.append("nieuwe leden welkom")
        if self.chance(0.2):
            tags.append(self.pick(["gezellig", "amateur", "optredens", "vrijwilligers", "cultuur"]))
        return list(dict.fromkeys(t for t in tags if t))

    def flags(self, truth, mentions):
        """The boxes as ticked: mostly right, sometimes forgotten, sometimes stale."""
        result = {}
        for field, real in (
            ("bookable", truth.bookable),
            ("gives_lessons", truth.lessons),
            ("looking_for_members", truth.members),
        ):
            mention = mentions[MENTION_OF[field]]
            if real:
                # Text but no tick happens; no tick and no text happens less.
                ticked = self.chance(0.7 if mention else 0.88)
            else:
                ticked = self.chance(0.05)  # stale or optimistic
            result[field] = "yes" if ticked else self.pick(["no", "no", "nee", ""])
        return result

    def maker(self, number, anchor=None):
        kind, truth = self.truth(anchor)
        name = self.name(kind, truth, truth.written_in)
        town = truth.town
        _w, _area, _others, hoods = TOWNS[town]
        neighbourhood = self.pick(hoods) if hoods and self.chance(0.45) else ""
        city = self.city_field(town)
        text_place = city or self.written_place(town)
        if not self.chance(0.75):
            text_place = ""  # many makers never write their town in the text
        rehearsal = ""
        if kind != "person" and self.chance(0.6):
            where = self.written_place(town)
            rehearsal = self.pick(
                [
                    f"Wijkcentrum {neighbourhood or self.pick(PLACE_WORDS)}, {where}",
                    f"Gemeenschapshuis {self.pick(PLACE_WORDS)}, {where}",
                    f"Zaal {self.pick(PLACE_WORDS)}, {where}",
                    f"Basisschool {self.invented()}, {where}",
                    f"Cultuurhuis {where}",
                ]
            )
        intro, description, mentions, founded = self.texts(
            name, kind, truth, text_place, rehearsal if self.chance(0.4) else ""
        )
        if not city and text_place == "" and not rehearsal:
            # Keep the town findable somewhere, as any real listing does.
            rehearsal = f"Cultuurhuis {self.written_place(town)}"
        ages = list(truth.ages)
        roll = self.rng.random()
        if roll < 0.25:
            ages = []
        elif roll < 0.35 and len(ages) > 1:
            ages = ages[:1]
        parts_column = ""
        if truth.parts and (self.chance(0.65) or not mentions["parts"]):
            parts_column = "|".join(self.pick(PARTS[p][0]) for p in truth.parts)
        if parts_column and not mentions["parts"] and self.chance(0.3):
            parts_column = ""  # wanted, but written nowhere: the truth knows, search cannot
        slug = slugify(name)
        year = founded or (str(self.founded(truth.forms[0])) if self.chance(0.4) else "")
        row = {
            "external_id": f"eval-{number:04d}",
            "slug": slug,
            "name": name,
            "kind": kind,
            "intro": intro,
            "description": description,
            "disciplines": "|".join(self.disciplines(truth)),
            "tags": "|".join(self.tags(truth, mentions)),
            "city": city,
            "neighbourhood": neighbourhood,
            "languages": "|".join(truth.languages if self.chance(0.85) else truth.languages[:1]),
            "age_groups": "|".join(ages),
            "year_founded": year,
            **self.flags(truth, mentions),
            "website": f"https://{slug}.example/" if self.chance(0.6) else "",
            "contact_email": f"info@{slug}.example",
            "rehearsal_place": rehearsal,
            "links": f"Instagram=https://instagram.example/{slug}" if self.chance(0.3) else "",
            "wanted_parts": parts_column,
        }
        return GeneratedMaker(row={c: row[c] for c in COLUMNS}, truth=truth)


MENTION_OF = {"bookable": "bookable", "gives_lessons": "lessons", "looking_for_members": "members"}
ALSO_NL = {
    "ballet": ["Ook klassiek ballet voor kinderen.", "Daarnaast balletlessen."],
    "dance_school": ["Je kunt bij ons ook dansles volgen."],
    "theatre_group": ["Ook toneel en theaterlessen.", "Daarnaast hebben we een theatergroep."],
    "film": ["Ook maak ik korte films en video's."],
    "spoken_word": ["Ik treed ook op met spoken word."],
    "street_art": ["Daarnaast maken we graffiti en muurschilderingen."],
    "ceramist": ["Ik werk ook met klei."],
    "choir": ["We hebben ook een eigen koor."],
}


def title_for(form, genre):
    titles = PERSON_TITLES.get(form, {})
    return titles.get(genre) or titles.get("*") or ("maker", "maker")


def generate(seed=SEED, size=SIZE, require_coverage=None):
    """`size` makers; the first n of a larger world are the world of size n.

    A world of the full size must give every query at least one relevant maker; smaller ones
    (for quick tests) are checked only when `require_coverage` is true."""
    world = World(seed)
    # Every art form once in each area first (in shuffled order), so that even a small world
    # has a choir near Heerlen and a puppeteer near Utrecht; the rest follows the weights.
    anchors = [(form, area) for form in FORMS for area in ANCHOR_AREAS]
    world.rng.shuffle(anchors)
    makers = [
        world.maker(number, anchors[number - 1] if number <= len(anchors) else None)
        for number in range(1, size + 1)
    ]
    if require_coverage is None:
        require_coverage = size >= SIZE
    if require_coverage:
        from .queries import check_coverage

        missing = check_coverage(makers)
        assert not missing, f"queries without a relevant maker in the world: {missing}"
    return makers


def to_csv(makers, columns=COLUMNS):
    """The rows as an importer CSV text (only `columns`, in that order)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for maker in makers:
        writer.writerow({c: maker.row[c] for c in columns})
    return buffer.getvalue()
