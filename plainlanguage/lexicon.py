"""Word lists and small grammar heuristics per language.

The lists live in plainlanguage/wordlists/ as plain text, one entry a line, so editors and
developers can change them without touching code:

- `jargon_<lang>.txt`: officialese, `term | plainer alternative` (the alternative is optional);
- `allowed_<lang>.txt`: words our site uses on purpose that word-frequency lists do not know.

Settings can add to both (see conf.py).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .conf import extra_words

WORDLISTS = Path(__file__).resolve().parent / "wordlists"


def _read(name):
    path = WORDLISTS / name
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


@functools.cache
def _allowed_from_file(language):
    return frozenset(word.lower() for word in _read(f"allowed_{language}.txt"))


def allowed_words(language):
    extra = {word.lower() for word in extra_words("extra_allowed_words", language)}
    return _allowed_from_file(language) | extra


@functools.cache
def _jargon_from_file(language):
    return tuple(_read(f"jargon_{language}.txt"))


def jargon(language):
    """(compiled pattern, term, alternative) for every officialese entry."""
    entries = list(_jargon_from_file(language)) + extra_words("extra_jargon", language)
    return tuple(compile_jargon(entry) for entry in entries)


@functools.lru_cache(maxsize=2048)
def compile_jargon(entry):
    term, _, alternative = (part.strip() for part in entry.partition("|"))
    words = [re.escape(word) for word in term.split()]
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
    return pattern, term, alternative


ABBREVIATIONS = {
    "nl": "bijv. bv. o.a. d.w.z. m.a.w. enz. etc. e.d. i.p.v. t.o.v. m.b.t. z.s.m. ca. nr. art. "
    "blz. p. jl. dhr. mevr. mr. dr. ir. drs. prof. ing. st. t/m. vs. a.s. max. min. evt. incl. "
    "excl. zgn. resp. tel. i.v.m. n.a.v. o.b.v. m.i.v. p.m. jan. feb. okt. nov. dec. aug. sept.",
    "en": "e.g. i.e. etc. mr. mrs. ms. dr. prof. st. no. vs. approx. fig. p. pp. inc. ltd. "
    "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. u.s. a.m. p.m.",
    "de": "z.b. bzw. usw. d.h. u.a. vgl. ca. nr. s. str. dr. prof. hr. fr. evtl. ggf. inkl. "
    "z.t. u.ä. o.ä. bspw. sog. abs. art. jan. feb. okt. nov. dez. aug. sept. i.d.r.",
}


@functools.cache
def abbreviations(language):
    return frozenset(ABBREVIATIONS[language].split())


# Nominalisations -------------------------------------------------------------------------

NOMINAL_SUFFIXES = {
    "nl": ("ing", "ingen", "heid", "heden", "atie", "aties", "itie", "ities"),
    "de": ("ung", "ungen", "heit", "heiten", "keit", "keiten", "ation", "ationen"),
    "en": ("tion", "tions", "sion", "sions", "ment", "ments"),
}
# Everyday words that happen to end like a nominalisation.
NOT_NOMINAL = {
    "nl": set(
        (
            "ding dingen koning koningin woning woningen tekening tekeningen kring kringen "
            "leerling leerlingen richting opleiding opleidingen vereniging verenigingen "
            "vergadering vergaderingen regering lening rekening rekeningen zitting "
            "gezondheid vrijheid tijd informatie organisatie vakantie politie situatie "
            "traditie positie functie editie natie stations station relatie relaties "
            "oefening oefeningen uitnodiging uitnodigingen voorstelling voorstellingen "
            "tentoonstelling tentoonstellingen kerstvakantie zomervakantie meeting "
            "ervaring ervaringen mening meningen heling haring tering wandeling "
            "verzekering verzekeringen"
        ).split()
    ),
    "de": set(
        (
            "wohnung wohnungen zeitung zeitungen rechnung rechnungen ausstellung "
            "ausstellungen übung übungen einladung einladungen meinung richtung "
            "nation station stationen zeit gesundheit freiheit möglichkeit "
            "möglichkeiten"
        ).split()
    ),
    "en": set(
        (
            "nation station question questions mention moment moments comment comments "
            "government apartment department payment payments document documents "
            "information education vacation position section sections version "
            "mention television cement element elements instrument instruments "
            "tournament equipment"
        ).split()
    ),
}


def is_nominalisation(word, language):
    if len(word) < 7 or word in NOT_NOMINAL[language]:
        return False
    return word.endswith(NOMINAL_SUFFIXES[language])


# Passive voice ---------------------------------------------------------------------------

DUTCH_WORDEN = {"word", "wordt", "worden", "werd", "werden", "geworden"}
DUTCH_ZIJN = {"is", "zijn", "was", "waren", "ben", "bent", "wezen"}
DUTCH_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")
DUTCH_NOT_PARTICIPLE = set(
    (
        "gebied gebieden geld gezond gewoon genoeg gemeente geheim gevaar beleid bericht "
        "verschillend verschillende verband verleden vroeg gesprek gedicht gezicht gericht "
        "eerst ergens ervaren heel hebt heeft hoed herfst event beurt beste bestand verstand "
        "verhaal verhalen gebruik gebruiken gedrag gehoor gezellig geleden gelukt ontwerp "
        "ergert vertelt verstaan begint begint bedoeld"
    ).split()
)
DUTCH_IRREGULAR = set(
    (
        "gedaan gegeven gezien genomen gebracht gedacht gekocht gezocht gevonden gebonden "
        "gesloten geschreven gelezen gesproken gedragen gekozen gevraagd gehouden gelaten "
        "gestuurd gemaakt betaald bepaald besloten verboden vergeten verloren ontvangen "
        "ontslagen opgeheven aangenomen afgewezen ingediend vastgesteld toegekend opgelegd "
        "uitgevoerd verstrekt verleend genoemd behandeld beoordeeld verzonden uitgenodigd"
    ).split()
)

ENGLISH_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
ENGLISH_IRREGULAR = set(
    (
        "done given seen taken made brought thought bought found bound shut written read "
        "spoken borne born chosen held sent told paid built kept left lost meant put set "
        "shown known grown drawn thrown sold understood held hidden forbidden forgotten "
        "begun broken driven eaten fallen flown frozen gotten ridden risen shaken stolen "
        "sworn torn woken worn won withdrawn undertaken overseen"
    ).split()
)
ENGLISH_NOT_PARTICIPLE = set(
    "need needed indeed seed speed feed bed red wed shed hundred kindred sacred naked "
    "wicked wretched rugged ragged beloved aged learned".split()
)

GERMAN_WERDEN = {
    "wird",
    "werden",
    "wurde",
    "wurden",
    "worden",
    "werde",
    "wirst",
    "wurdest",
    "werdet",
}


def _looks_like_dutch_participle(word):
    if word in DUTCH_IRREGULAR:
        return True
    if word in DUTCH_NOT_PARTICIPLE or len(word) < 6:
        return False
    # Separable verbs put "ge" inside: "aangevraagd", "opgestuurd", "uitgenodigd".
    core = word
    for particle in (
        "aan",
        "af",
        "in",
        "op",
        "uit",
        "toe",
        "mee",
        "vast",
        "door",
        "over",
        "om",
        "terug",
        "voor",
        "na",
    ):
        if word.startswith(particle + "ge") and len(word) > len(particle) + 5:
            core = word[len(particle) :]
            break
    if not core.startswith(DUTCH_PREFIXES):
        return False
    return core.endswith(("d", "t", "en")) and not core.endswith(("heid", "ment", "tijd", "isme"))


GERMAN_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor", "weg",
    "zu", "zurück", "zusammen", "dar", "vorbei", "um",
)  # fmt: skip
GERMAN_NOT_PARTICIPLE = {"gegen", "genug", "gestern", "gerecht", "geschichten", "gesellschaft"}


def _looks_like_german_participle(word):
    if word in GERMAN_NOT_PARTICIPLE or len(word) < 6:
        return False
    if word.endswith("iert"):
        return True
    core = word
    for particle in GERMAN_PARTICLES:
        if word.startswith(particle + "ge"):
            core = word[len(particle) :]
            break
    return core.startswith("ge") and core.endswith(("t", "en"))


def passives(tokens, language):
    """(first token index, last token index) of each passive construction in a sentence."""
    words = [token.lower for token in tokens]
    found = []
    if language == "nl":
        has_door = "door" in words
        for i, word in enumerate(words):
            is_worden = word in DUTCH_WORDEN
            # "is gemaakt door" is passive; "is gegaan" is not, so "zijn" needs "door".
            if not is_worden and not (word in DUTCH_ZIJN and has_door):
                continue
            for j in range(i + 1, min(len(words), i + 12)):
                if words[j] in DUTCH_WORDEN | DUTCH_ZIJN and j != i:
                    break
                if _looks_like_dutch_participle(words[j]):
                    found.append((i, j))
                    break
            else:
                # Verb-final subclauses: "... dat de brief verstuurd wordt".
                if is_worden and i > 0 and _looks_like_dutch_participle(words[i - 1]):
                    found.append((i - 1, i))
    elif language == "en":
        for i, word in enumerate(words):
            if word not in ENGLISH_BE:
                continue
            for j in range(i + 1, min(len(words), i + 4)):
                candidate = words[j]
                if candidate in ENGLISH_IRREGULAR or (
                    candidate.endswith("ed")
                    and len(candidate) > 4
                    and candidate not in ENGLISH_NOT_PARTICIPLE
                ):
                    found.append((i, j))
                    break
                if not candidate.endswith("ly") and candidate not in {
                    "not",
                    "also",
                    "being",
                    "been",
                    "often",
                    "never",
                }:
                    break
    elif language == "de":
        for i, word in enumerate(words):
            if word not in GERMAN_WERDEN:
                continue
            # German puts the participle at the end of the clause: look well ahead.
            for j in [*range(i + 1, min(len(words), i + 30)), *range(max(0, i - 3), i)]:
                if _looks_like_german_participle(words[j]):
                    found.append((min(i, j), max(i, j)))
                    break
    return found
